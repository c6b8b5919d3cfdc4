#!/usr/bin/env bash
# Installs the servers the integration tests start privately (see tests/TthcEngine.TestSupport).
# Idempotent and quiet when everything is present; it never starts a service: each test run
# starts its own throwaway instances on free loopback ports.
set -euo pipefail

apt_updated=false

# Root on CI and on these machines; elsewhere through sudo.
as_root() {
    if [[ $EUID -eq 0 ]]; then "$@"; else sudo "$@"; fi
}

apt_install() {
    if [[ "$apt_updated" == false ]]; then
        as_root apt-get update -qq
        apt_updated=true
    fi
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}

have_rabbitmq() {
    # The tests run the real script in this sbin dir, not the /usr/sbin wrapper.
    compgen -G '/usr/lib/rabbitmq/lib/rabbitmq_server-*/sbin' >/dev/null
}

have_postgresql() {
    compgen -G '/usr/lib/postgresql/*/bin/initdb' >/dev/null
}

have_jsonschema() {
    /usr/bin/python3 -c 'import jsonschema' >/dev/null 2>&1
}

# The schema tests run infra/check-schemas.py with Debian's python3 and its jsonschema module.
install_schema_checker() {
    if ! have_jsonschema; then
        echo "install-test-deps: installing python3-jsonschema"
        apt_install python3-jsonschema
    fi
}

install_servers() {
    local missing=()
    have_rabbitmq || missing+=(rabbitmq-server)
    have_postgresql || missing+=(postgresql)
    if ((${#missing[@]} > 0)); then
        echo "install-test-deps: installing ${missing[*]}"
        apt_install "${missing[@]}"
    fi
}

# Kept apart from the servers: only the browser tests need it.
install_browser() {
    if ! command -v chromium >/dev/null 2>&1; then
        echo "install-test-deps: installing chromium"
        apt_install chromium
    fi
}

# Only validates docker-compose.yml (`docker-compose config`): no Docker engine runs on these machines.
install_compose_checker() {
    if ! command -v docker-compose >/dev/null 2>&1; then
        echo "install-test-deps: installing docker-compose"
        apt_install docker-compose
    fi
}

install_servers
install_schema_checker
install_browser
install_compose_checker

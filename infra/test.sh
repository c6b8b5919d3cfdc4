#!/usr/bin/env bash
# Runs every test of the solution on this machine, installing first what the tests start themselves
# (Debian's rabbitmq-server, postgresql, chromium, python3-jsonschema, docker-compose) when missing. Ends with one line:
# "N passed, N failed". Extra arguments go to each `dotnet test`, e.g. --filter.
set -euo pipefail
cd "$(dirname "$0")/.."

bash infra/install-test-deps.sh

results=$(mktemp -d)
trap 'rm -rf "$results"' EXIT

status=0
if ! dotnet build TthcEngine.sln --configuration Release; then
    echo "0 passed, 1 failed"
    exit 1
fi

# One run per test project, each with its own TRX file: dotnet test's own summary is per project.
for project in $(grep -l 'Microsoft.NET.Test.Sdk' tests/*/*.csproj | sort); do
    name=$(basename "$project" .csproj)
    dotnet test "$project" --no-build --configuration Release \
        --logger "trx;LogFileName=$name.trx" --results-directory "$results" "$@" || status=$?
    if [[ ! -f "$results/$name.trx" ]]; then
        echo "test-run: $name reported no results (its test host failed)" >&2
        status=1
        echo '<Counters passed="0" failed="1" />' > "$results/$name.trx"
    fi
done

read -r passed failed < <(
    cat "$results"/*.trx |
        grep -o '<Counters [^>]*>' |
        sed -E 's/.* passed="([0-9]+)".* failed="([0-9]+)".*/\1 \2/' |
        awk '{ p += $1; f += $2 } END { print p + 0, f + 0 }'
)
echo "$passed passed, $failed failed"
exit "$status"

#!/usr/bin/python3
"""Checks workflow files against their JSON Schemas (draft 2020-12).

Usage: check-schemas.py SCHEMA FILE...   Prints one line per error, "file: path: message"; exits 1 if any.
Uses Debian's python3-jsonschema (infra/install-test-deps.sh installs it): no .NET validator of draft 2020-12 is
served by our package source.
"""
import json
import sys

import jsonschema


def main() -> int:
    schema_path, files = sys.argv[1], sys.argv[2:]
    with open(schema_path, encoding="utf-8") as f:
        schema = json.load(f)
    validator = jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())
    errors = 0
    for path in files:
        with open(path, encoding="utf-8") as f:
            document = json.load(f)
        for error in sorted(validator.iter_errors(document), key=lambda e: list(e.absolute_path)):
            location = "/".join(str(p) for p in error.absolute_path) or "$"
            print(f"{path}: {location}: {error.message}")
            errors += 1
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())

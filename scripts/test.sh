#!/usr/bin/env bash
# Every test of the project: the Rust workspace, the Python package (scripts/python_tests.sh) and
# the official OPTIMADE validator against `crystaldb serve` (scripts/optimade_validator.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
cargo test --workspace
scripts/python_tests.sh
scripts/optimade_validator.sh

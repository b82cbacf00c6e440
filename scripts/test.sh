#!/usr/bin/env bash
# Every test of the project: the Rust workspace, then the Python package (scripts/python_tests.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
cargo test --workspace
scripts/python_tests.sh

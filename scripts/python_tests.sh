#!/usr/bin/env bash
# The Python package's tests: a virtual environment (.venv-test, or $CRYSTALDB_PYENV) filled from
# the package index on first use, the extension built into it with maturin (the workspace's dev
# profile, sharing target/ with `cargo test`), then pytest on python/tests and mypy --strict on
# the package and the examples.
set -euo pipefail
cd "$(dirname "$0")/.."
venv="${CRYSTALDB_PYENV:-.venv-test}"
if [ ! -x "$venv/bin/python" ]; then
    python3 -m venv "$venv"
fi
"$venv/bin/python" -m pip install --quiet --disable-pip-version-check -r python/requirements-test.txt
export VIRTUAL_ENV="$PWD/$venv"
export PATH="$VIRTUAL_ENV/bin:$PATH"
maturin develop --quiet --manifest-path python/Cargo.toml
python -m pytest python/tests -q
mypy --config-file python/pyproject.toml python/crystaldb examples/python

#!/usr/bin/env bash
# The Python package's tests: a virtual environment (.venv-test, or $CRYSTALDB_PYENV) filled from
# the package index on first use, the extension built into it with maturin (the workspace's dev
# profile, sharing target/ with `cargo test`), Debian's chromium for the report-rendering test
# when missing, then pytest on python/tests and mypy --strict on the package and the examples.
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
# The report-rendering test drives Debian's chromium (through Playwright); install it when it is
# missing and this machine can (root with apt). Without it that test skips and says why (-rs).
if ! command -v chromium >/dev/null 2>&1 && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    export DEBIAN_FRONTEND=noninteractive
    apt-get install -y -q --no-install-recommends chromium >/dev/null 2>&1 \
        || { apt-get update -q >/dev/null 2>&1 && apt-get install -y -q --no-install-recommends chromium >/dev/null 2>&1; } \
        || echo "warning: could not install chromium; the report rendering test will skip" >&2
fi
python -m pytest python/tests -q -rs
mypy --config-file python/pyproject.toml python/crystaldb examples/python

#!/usr/bin/env bash
# The whole test suite from a fresh clone: system browser for the review page's
# end-to-end tests, a .venv with the project and its test extras, then pytest.
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v chromium >/dev/null 2>&1; then
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    echo "installing Debian's chromium for the review page's browser tests" >&2
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  else
    echo "chromium not found and cannot be installed here: browser tests will skip" >&2
  fi
fi
if [ ! -d /usr/share/fonts/truetype/liberation ] || [ ! -d /usr/share/fonts/truetype/dejavu ]; then
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    echo "installing the DejaVu and Liberation fonts the PDF layout tests draw with" >&2
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq fonts-dejavu-core fonts-liberation >/dev/null
  fi
fi
python3 -m venv .venv
.venv/bin/pip install -q --upgrade pip
.venv/bin/pip install -q -e ".[test]"
.venv/bin/pip check
export PREFECT_HOME="${PREFECT_HOME:-$(mktemp -d)}"
exec .venv/bin/python -m pytest -q "$@"

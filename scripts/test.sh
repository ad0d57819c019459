#!/usr/bin/env bash
# The README's test command. Starts nothing system-wide: tests start their own Mosquitto on a
# free port. PostgreSQL tests use IDESK_TEST_PG_URL (default: the local server's `test` db);
# in CI (CI=true) they must run, never skip.
set -uo pipefail
cd "$(dirname "$0")/.."
export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}"
export IDESK_TEST_PG_URL="${IDESK_TEST_PG_URL:-postgresql+psycopg://postgres@127.0.0.1:5432/test}"
mkdir -p artifacts
.venv/bin/python -m pytest -p no:cacheprovider "$@"
rc=$?
if [ "$rc" -eq 5 ]; then
  echo "pytest collected no tests: that is a failure for this project" >&2
  exit 1
fi
exit "$rc"

#!/usr/bin/env bash
# The README's test command. Starts nothing system-wide: tests start their own Mosquitto on a
# free port. PostgreSQL tests use IDESK_TEST_PG_URL (default: the local server's `test` db);
# in CI (CI=true) they must run, never skip.
set -uo pipefail
cd "$(dirname "$0")/.."
export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}"
export IDESK_TEST_PG_URL="${IDESK_TEST_PG_URL:-postgresql+psycopg://postgres@127.0.0.1:5432/test}"
mkdir -p artifacts
# A full run (no arguments) measures the core's coverage during tests/unit and fails under the
# floor in pyproject.toml [tool.coverage.report]; IDESK_COVERAGE=0 skips it. It runs on
# IDESK_TEST_WORKERS processes (pytest-xdist, default 3): most of the suite's time is waiting
# for brokers, child processes and Qt, so three workers on two cores keep both busy (on two
# cores: 11:30 with three, 12:59 with two, measured the same evening). Runs with arguments
# (a file, -k ...) stay in one process unless given -n themselves.
cov=()
workers=()
if [ "$#" -eq 0 ]; then
  if [ "${IDESK_COVERAGE:-1}" != "0" ]; then
    cov=(--cov --cov-report=term:skip-covered)
  fi
  workers=(-n "${IDESK_TEST_WORKERS:-3}")
fi
.venv/bin/python -m pytest -p no:cacheprovider "${workers[@]}" "${cov[@]}" "$@"
rc=$?
if [ "$rc" -eq 5 ]; then
  echo "pytest collected no tests: that is a failure for this project" >&2
  exit 1
fi
exit "$rc"

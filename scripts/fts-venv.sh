#!/usr/bin/env bash
# A separate virtual environment with FreeTAKServer 2.2.1 for the opt-in TAK server test
# (tests/integration/test_tak_freetakserver.py). FreeTAKServer pins old versions of protobuf,
# SQLAlchemy and cryptography, so it cannot share the project's environment; its tracing
# needs an opentelemetry older than 1.25 to start. Usage:
#   bash scripts/fts-venv.sh .fts-venv
#   IDESK_TEST_FTS_PYTHON=.fts-venv/bin/python pytest tests/integration/test_tak_freetakserver.py
set -euo pipefail
venv="${1:-.fts-venv}"
python3 -m venv "$venv"
"$venv/bin/pip" install -q "freetakserver==2.2.1" "opentelemetry-sdk<1.25" "opentelemetry-api<1.25"
echo "FreeTAKServer ready: IDESK_TEST_FTS_PYTHON=$venv/bin/python"

"""One harness for the whole suite (STYLE.md 21).

- Qt runs offscreen; QtWebEngine is imported before any QApplication exists.
- Tests that use ``qapp``/``qtbot`` are marked ``gui`` so ``pytest -m "not gui"`` runs the core.
- ``mosquitto`` starts a real broker on a free port with its own config (and persistence).
- ``pg_url`` gives a fresh PostgreSQL schema; in CI (``CI=true``) a missing server fails.
- ``store`` / ``sqlite_store`` / ``pg_store``: real stores (``tests/helpers/stores.py``).
- an unexpected WARNING/ERROR log record fails the test (``tests/helpers/logfail.py``).
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Iterator
from typing import Any

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QTWEBENGINE_DISABLE_SANDBOX", "1")  # root in CI containers only
os.environ.setdefault("QTWEBENGINE_CHROMIUM_FLAGS", "--disable-gpu")

with contextlib.suppress(ImportError):  # QtWebEngine before any QApplication exists
    import PySide6.QtWebEngineWidgets  # noqa: F401

from tests.helpers.brokers import MosquittoBroker, start_mosquitto
from tests.helpers.databases import fresh_postgres_url
from tests.helpers.stores import pg_store, sqlite_store, sqlite_store_as_store, sqlite_url

__all__ = ["pg_store", "sqlite_store", "sqlite_store_as_store", "sqlite_url"]  # fixtures


@pytest.fixture(scope="session")
def qapp_args() -> list[str]:
    return [sys.argv[0] or "incident-desk-tests", "--webEngineArgs", "--disable-gpu"]


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        fixtures = getattr(item, "fixturenames", ())
        if "qapp" in fixtures or "qtbot" in fixtures:
            item.add_marker(pytest.mark.gui)
        if "mosquitto" in fixtures:
            item.add_marker(pytest.mark.broker)
        if "pg_url" in fixtures:
            item.add_marker(pytest.mark.postgres)


@pytest.fixture
def mosquitto(tmp_path_factory: pytest.TempPathFactory) -> Iterator[MosquittoBroker]:
    """A real Mosquitto on a free loopback port, persistence on, stopped after the test."""
    broker = start_mosquitto(tmp_path_factory.mktemp("mosquitto"))
    try:
        yield broker
    finally:
        broker.stop()


@pytest.fixture
def pg_url() -> Iterator[str]:
    """A SQLAlchemy URL to an empty schema on the local PostgreSQL server."""
    with fresh_postgres_url() as url:
        yield url


@pytest.fixture
def clients() -> Iterator[list[Any]]:
    """Bus clients a test makes with ``tracked_client``; all stopped afterwards."""
    made: list[Any] = []
    yield made
    for client in made:
        client.stop()

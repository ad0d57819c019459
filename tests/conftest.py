"""One harness for the whole suite.

- Qt runs offscreen; QtWebEngine is imported before any QApplication exists.
- Tests that use ``qapp``/``qtbot`` are marked ``gui`` so ``pytest -m "not gui"`` runs the core.
- ``mosquitto`` starts a real broker on a free port with its own config (and persistence).
- ``nats_cluster`` starts three nats-server nodes (MQTT interface, JetStream replicated).
- ``rabbitmq`` is the machine's RabbitMQ MQTT listener (.ci/run enables it).
- ``pg_pair`` starts a PostgreSQL primary and streaming replica (initdb, pg_basebackup).
- ``pg_url`` gives a fresh PostgreSQL schema; in CI (``CI=true``) a missing server fails.
- ``store`` / ``sqlite_store`` / ``pg_store``: real stores (``tests/helpers/stores.py``).
- an unexpected WARNING/ERROR log record fails the test (``tests/helpers/logfail.py``).
"""

from __future__ import annotations

import contextlib
import gc
import os
import sys
import warnings
from collections.abc import Iterator
from typing import Any

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QTWEBENGINE_DISABLE_SANDBOX", "1")  # root in CI containers only
os.environ.setdefault("QTWEBENGINE_CHROMIUM_FLAGS", "--disable-gpu")

with contextlib.suppress(ImportError):  # QtWebEngine before any QApplication exists
    import PySide6.QtWebEngineWidgets  # noqa: F401

    from incident_desk.ui.map_tiles import register_tile_scheme

    register_tile_scheme()  # the map's idesk-tiles: scheme, before any QApplication exists

from tests.helpers.brokers import MosquittoBroker, start_mosquitto
from tests.helpers.databases import fresh_postgres_url
from tests.helpers.nats import NatsCluster, start_nats_cluster
from tests.helpers.pgcluster import PgPair, start_pg_pair
from tests.helpers.rabbitmq import rabbitmq_mqtt_url
from tests.helpers.stores import pg_store, sqlite_store, sqlite_store_as_store, sqlite_url

__all__ = ["pg_store", "sqlite_store", "sqlite_store_as_store", "sqlite_url"]  # fixtures

pytest_plugins = ["tests.helpers.logfail"]


@pytest.fixture(scope="session")
def qapp_args() -> list[str]:
    return [sys.argv[0] or "incident-desk-tests", "--webEngineArgs", "--disable-gpu"]


UNIT = os.path.join("tests", "unit", "")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if UNIT not in str(item.path):
            # the coverage floor is the core's under tests/unit; elsewhere pytest-cov does not
            # trace, so the GUI, integration and e2e suites run at full speed
            item.add_marker(pytest.mark.no_cover)
        fixtures = getattr(item, "fixturenames", ())
        if "qapp" in fixtures or "qtbot" in fixtures:
            item.add_marker(pytest.mark.gui)
        if {"mosquitto", "nats_cluster", "rabbitmq"} & set(fixtures):
            item.add_marker(pytest.mark.broker)
        if "pg_url" in fixtures or "pg_pair" in fixtures:
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
def nats_cluster(tmp_path_factory: pytest.TempPathFactory) -> Iterator[NatsCluster]:
    """Three real nats-server nodes (MQTT 3.1.1, JetStream replicated), stopped afterwards."""
    cluster = start_nats_cluster(tmp_path_factory.mktemp("nats"))
    try:
        yield cluster
    finally:
        cluster.stop()


@pytest.fixture
def rabbitmq() -> str:
    """The MQTT URL of the machine's RabbitMQ (shared: use your own topics and client ids)."""
    return rabbitmq_mqtt_url()


@pytest.fixture
def pg_pair() -> Iterator[PgPair]:
    """A PostgreSQL primary and a synchronous streaming replica of our own, on free ports."""
    pair = start_pg_pair()
    try:
        yield pair
    finally:
        pair.stop()


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


@pytest.fixture(scope="module", autouse=True)
def _collect_module_garbage() -> Iterator[None]:
    """After each test module (and its module-scoped fixtures), collect the sockets that
    third-party parts leave to the garbage collector (amqtt, paho clients of killed brokers,
    fake cluster nodes): collected by chance inside a later, unrelated test, their
    ResourceWarning would fail that test. Function-level collection for the integration
    tests is in tests/integration/conftest.py."""
    yield
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ResourceWarning)
        gc.collect()

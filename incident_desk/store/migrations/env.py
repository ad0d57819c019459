"""Alembic environment: run on the connection the Store hands over (``attributes``),
or on ``sqlalchemy.url`` when a developer runs ``alembic`` by hand."""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection, create_engine

from incident_desk.alarms import _schema as _alarm_tables  # noqa: F401  (registers them)
from incident_desk.command import _schema as _command_tables  # noqa: F401  (registers them)
from incident_desk.incidents import _schema as _incident_tables  # noqa: F401  (registers them)
from incident_desk.store._schema import is_modelled, metadata

config = context.config
target_metadata = metadata


def _run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
        include_name=is_modelled,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _run(connection)
        return
    url = config.get_main_option("sqlalchemy.url")
    if not url:
        raise RuntimeError("set sqlalchemy.url or pass a connection in config.attributes")
    engine = create_engine(url)
    try:
        with engine.begin() as conn:
            _run(conn)
    finally:
        engine.dispose()


if context.is_offline_mode():
    raise RuntimeError("offline (SQL script) migrations are not supported")
run_migrations()

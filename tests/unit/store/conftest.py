"""A real store per test, on SQLite and on PostgreSQL (``tests/helpers/stores.py``)."""

from __future__ import annotations

from tests.helpers.stores import store_from_url, store_url_on_both_databases

__all__ = ["store_from_url", "store_url_on_both_databases"]  # fixtures: store_url, store

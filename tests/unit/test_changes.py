"""Change records merge without losing what either said (the ingest route's events)."""

from __future__ import annotations

from incident_desk.changes import Changes, SeqGap


def test_merge_keeps_every_id_once_in_order_and_the_newer_state() -> None:
    batch = Changes(alerts=(1, 2), duplicates=1, gaps=(SeqGap("a", 3, 4),), store_ok=True)
    route = Changes(incidents=(7,), units=("upf-eod-1",), quarantined=(9,), alerts=(2, 3))
    merged = batch.merge(route)
    assert merged.alerts == (1, 2, 3)
    assert merged.duplicates == 1
    assert merged.incidents == (7,)
    assert merged.units == ("upf-eod-1",)
    assert merged.quarantined == (9,)
    assert merged.gaps == (SeqGap("a", 3, 4),)  # the route said nothing about gaps
    assert merged.store_ok
    failed = merged.merge(Changes(store_error="database is locked"))
    assert failed.store_error == "database is locked"
    assert not failed.store_ok
    assert not Changes().merge(Changes())

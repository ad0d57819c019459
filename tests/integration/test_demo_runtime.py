"""``incident-desk gui --demo``: the status bar names the store as it is (issue: a demo store
kept with ``--data-dir`` was called "temporary", and an operator reusing the folder was not
told the earlier run's alerts were in it)."""

from __future__ import annotations

from pathlib import Path

from incident_desk.runtime import DEMO_SCENARIO
from incident_desk.runtime._demo import demo_runtime


def test_a_kept_demo_store_is_named_by_its_file_a_fresh_one_is_temporary(tmp_path: Path) -> None:
    kept = demo_runtime(DEMO_SCENARIO, data_dir=tmp_path / "drill")
    try:
        assert kept.db_label == f"sqlite:///{tmp_path / 'drill' / 'demo.db'}"
    finally:
        kept.stop()
    fresh = demo_runtime(DEMO_SCENARIO)
    try:
        assert fresh.db_label == "SQLite (demo, temporary)"
        assert fresh.demo is not None
        assert fresh.demo.workdir != tmp_path / "drill"
    finally:
        fresh.stop()

"""End to end: the real ``incident-desk gui --demo`` process plays a drill and exits cleanly.

The app runs offscreen with a throw-away HOME, XDG folders and TMPDIR (where the demo keeps
its SQLite file), INFO logging on stderr. The test reads the named log lines it printed,
then opens the demo's database to see what the console really stored.
"""

from __future__ import annotations

import re
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest

from incident_desk import cap
from incident_desk.messaging.runtime import DEMO_SCENARIO
from incident_desk.scenario import load_scenario, render_all
from incident_desk.store import Store
from tests.gui.test_screenshot import ROOT, app_env

pytestmark = pytest.mark.e2e

SPEED = 100
EXIT_AFTER_S = 20
PROCESS_TIMEOUT_S = EXIT_AFTER_S + 20


@pytest.fixture(scope="module")
def demo_run(
    tmp_path_factory: pytest.TempPathFactory,
) -> tuple[subprocess.CompletedProcess[str], Path]:
    tmp = tmp_path_factory.mktemp("demo-process")
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "incident_desk",
            "-v",
            "gui",
            "--demo",
            "--speed",
            str(SPEED),
            "--exit-after",
            str(EXIT_AFTER_S),
        ],
        cwd=ROOT,
        env=app_env(tmp),
        capture_output=True,
        text=True,
        timeout=PROCESS_TIMEOUT_S,
        check=False,
    )
    return done, tmp


def _scenario_alerts() -> list[tuple[int, cap.Alert]]:
    """(offset in drill seconds, CAP alert) of every CAP inject in the demo drill."""
    scenario = load_scenario(DEMO_SCENARIO)
    base = datetime.now(UTC).replace(microsecond=0)
    return [
        (inject.offset_seconds, rendered)
        for inject, rendered in render_all(scenario, base)
        if isinstance(rendered, cap.Alert)
    ]


def test_demo_process_plays_the_drill_and_exits_cleanly(
    demo_run: tuple[subprocess.CompletedProcess[str], Path],
) -> None:
    done, tmp = demo_run
    output = f"--- stdout\n{done.stdout}\n--- stderr\n{done.stderr}"
    assert done.returncode == 0, output
    assert "Traceback" not in done.stdout + done.stderr, output

    log = done.stderr
    broker = re.search(r"embedded broker \(amqtt, MQTT 3\.1\.1\) listening on (mqtt://\S+)", log)
    assert broker, output
    assert re.search(
        rf"demo: broker {re.escape(broker.group(1))}, store \S+, playing {DEMO_SCENARIO.name}",
        log,
    ), output
    assert "as idesk-demo-console" in log, output
    assert re.search(r"broker 127\.0\.0\.1:\d+ connected", log), output
    assert "not published" not in log, output  # every inject the drill reached went out
    # the only WARNINGs: running without a display, and a clean stop is not one
    warnings = [
        line
        for line in log.splitlines()
        if " WARNING " in line and "no display found: running offscreen" not in line
    ]
    assert warnings == [], output

    (db,) = (tmp / "tmp").glob("incident-desk-demo-*/demo.db")
    scenario = load_scenario(DEMO_SCENARIO)
    exercise = scenario.exercise.id
    alerts = _scenario_alerts()
    played_s = EXIT_AFTER_S * SPEED
    surely_sent = [a for offset, a in alerts if offset <= played_s * 0.6]  # start-up slack
    assert surely_sent, "the drill has no CAP inject in its first minutes"
    store = Store.open(f"sqlite:///{db}")
    try:
        stored = store.list_alerts(limit=None, exercise_id=exercise)
        assert store.count_alerts() == len(stored), "traffic outside the drill's exercise"
        keys = {(s.sender, s.identifier, s.sent_text) for s in stored}
        expected = {(a.sender, a.identifier) for a in surely_sent}
        assert expected <= {(k[0], k[1]) for k in keys}, (expected, keys)
        assert len(stored) <= len(alerts)
        assert all(s.status == "Exercise" and s.exercise_id == exercise for s in stored)
    finally:
        store.close()

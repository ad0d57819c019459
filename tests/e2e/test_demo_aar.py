"""End to end: ``incident-desk gui --demo`` plays a whole shipped drill with the real scenario
player at x100 against its embedded broker, then writes the after-action report on exit.

The real process runs offscreen with a throw-away HOME (``app_env``), its SQLite file in
``--data-dir`` and the report in ``--export-aar``. The test then opens that database and reads
the report files: every CAP inject of the drill is in the store as exercise traffic, and the
report (CSV, JSON, HTML) names the exercise and carries the EXERCISE watermark.
"""

from __future__ import annotations

import csv
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from incident_desk.runtime import DEMO_SCENARIO
from incident_desk.scenario import identifier_for, load_scenario
from incident_desk.store import Store
from tests.gui.test_screenshot import ROOT, app_env

pytestmark = pytest.mark.e2e

SPEED = 100
DRILL_S = 3600 / SPEED  # northern-corridor: the last inject is at +01:00:00
EXIT_AFTER_S = DRILL_S + 14  # start-up (QtWebEngine) and slack
PROCESS_TIMEOUT_S = EXIT_AFTER_S + 40


@pytest.fixture(scope="module")
def demo_run(
    tmp_path_factory: pytest.TempPathFactory,
) -> tuple[subprocess.CompletedProcess[str], Path]:
    tmp = tmp_path_factory.mktemp("demo-aar")
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
            "--data-dir",
            str(tmp / "data"),
            "--export-aar",
            str(tmp / "aar"),
        ],
        cwd=ROOT,
        env=app_env(tmp),
        capture_output=True,
        text=True,
        timeout=PROCESS_TIMEOUT_S,
        check=False,
    )
    return done, tmp


def _output(done: subprocess.CompletedProcess[str]) -> str:
    return f"--- stdout\n{done.stdout}\n--- stderr\n{done.stderr}"


def test_the_whole_drill_reaches_the_store(
    demo_run: tuple[subprocess.CompletedProcess[str], Path],
) -> None:
    done, tmp = demo_run
    assert done.returncode == 0, _output(done)
    assert "Traceback" not in done.stdout + done.stderr, _output(done)
    log = done.stderr
    broker = re.search(r"embedded broker \(amqtt, MQTT 3\.1\.1\) listening on (mqtt://\S+)", log)
    assert broker, _output(done)
    assert re.search(
        rf"demo: broker {re.escape(broker.group(1))}, store \S+, playing {DEMO_SCENARIO.name}",
        log,
    ), _output(done)
    assert "as idesk-demo-console" in log, _output(done)
    assert re.search(r"broker 127\.0\.0\.1:\d+ connected", log), _output(done)
    assert "not published" not in log, _output(done)  # every inject went out
    # the only WARNING: running without a display (a clean stop is not one)
    warnings = [
        line
        for line in log.splitlines()
        if " WARNING " in line and "no display found: running offscreen" not in line
    ]
    assert warnings == [], _output(done)

    scenario = load_scenario(DEMO_SCENARIO)
    exercise = scenario.exercise.id
    cap_injects = [
        i for i in scenario.ordered_injects() if i.kind == "cap" and i.contingency_for is None
    ]
    assert len(cap_injects) >= 5
    store = Store.open(f"sqlite:///{tmp / 'data' / 'demo.db'}")
    try:
        stored = store.list_alerts(limit=None, exercise_id=exercise, newest_first=False)
        assert store.count_alerts() == len(stored), "traffic outside the drill's exercise"
        assert len(stored) == len(cap_injects), [s.identifier for s in stored]
        assert {s.identifier for s in stored} == {identifier_for(scenario, i) for i in cap_injects}
        assert all(s.status == "Exercise" and s.exercise_id == exercise for s in stored)
        assert all(s.headline and s.headline.startswith("EXERCISE") for s in stored)
        # free-text injects are exercise messages, not bad payloads
        assert store.count_quarantine() == 0, store.list_quarantine(limit=10)
    finally:
        store.close()


def test_the_after_action_report_is_written_on_exit(
    demo_run: tuple[subprocess.CompletedProcess[str], Path],
) -> None:
    done, tmp = demo_run
    assert done.returncode == 0, _output(done)
    scenario = load_scenario(DEMO_SCENARIO)
    exercise = scenario.exercise.id
    aar = tmp / "aar"
    assert "after-action report written" in done.stderr, _output(done)
    assert sorted(p.name for p in aar.iterdir()) == sorted(
        [
            f"aar-{exercise}.csv",
            f"aar-{exercise}-timeline.csv",
            f"aar-{exercise}.json",
            f"aar-{exercise}.html",
        ]
    )

    report = json.loads((aar / f"aar-{exercise}.json").read_text(encoding="utf-8"))
    assert report["exercise"] == exercise
    assert report["status"] == "Exercise"
    injects = {f["number"]: f for f in report["injects"]}
    assert sorted(injects) == sorted(i.number for i in scenario.injects)
    for inject in scenario.injects:
        finding = injects[inject.number]
        if inject.kind == "cap":
            assert finding["alert_id"] is not None, finding  # every CAP inject was observed
            assert finding["identifier"] == identifier_for(scenario, inject)
    # the console acknowledged nothing: every inject expecting an ack is "not met"
    expecting_ack = [i.number for i in scenario.injects if i.expect and i.expect.ack]
    assert expecting_ack
    assert all(injects[n]["verdict"] == "not met" for n in expecting_ack)

    with (aar / f"aar-{exercise}.csv").open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) == len(scenario.injects)
    assert {r["exercise"] for r in rows} == {exercise}

    html = (aar / f"aar-{exercise}.html").read_text(encoding="utf-8")
    assert '<div class="watermark" aria-hidden="true">EXERCISE</div>' in html
    assert f"EXERCISE EXERCISE EXERCISE — {exercise}" in html

"""Scenario player timing at ×1: how late does each inject go out against its schedule?

A synthetic scenario of 40 free-text injects 0.25 s apart (10 s of play) is played by
``PlayerThread`` into a Mosquitto started here on a free port (the embedded broker if no
``mosquitto`` binary is installed), each inject published at QoS 1 and waited for (PUBACK).
Scenario offsets are whole seconds, so the schedule is 1 s of scenario time apart played at
×4 (0.25 s real time apart); the player's timing path is the one used at ×1.
Lateness = (real time the broker acknowledged the inject) − (start + offset / speed).
Baseline: a bare ``time.sleep`` loop over the same schedule publishing the same bytes through
the same client. Target: p99 < 50 ms.

    python -m benchmarks.bench_player
    python -m benchmarks player
"""

from __future__ import annotations

import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

from incident_desk.exercise import Player, PlayerEvent, PlayerThread, render_message
from incident_desk.messaging import BusClient
from incident_desk.messaging.exercise_bus import BusPublishPort
from incident_desk.scenario import VirtualClock, format_duration, parse_scenario
from incident_desk.settings import BrokerSettings

COUNT = 40
STEP_S = 0.25
TARGET_MS = 50.0


def synthetic_yaml(count: int = COUNT) -> str:
    """``count`` injects 1 s of scenario time apart (offsets are whole seconds)."""
    lines = [
        "schema_version: 1",
        "exercise: {id: BENCH-1, name: Player bench, seed: 1}",
        "countries: [KE]",
        "agencies:",
        "  - {id: nps, country: KE, name: National Police, kind: police, sender: nps.go.ke}",
        "injects:",
    ]
    for n in range(1, count + 1):
        lines += [
            f"  - number: {n}",
            f'    offset: "{format_duration(n - 1)}"',
            "    from: nps",
            "    to: [nps]",
            "    method: radio",
            f"    message: {{text: Bench message {n}}}",
            "    expected_action: none",
        ]
    return "\n".join(lines) + "\n"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextmanager
def _broker() -> Iterator[tuple[str, str]]:
    """(url, protocol) of a broker that lives for the ``with`` block."""
    exe = shutil.which("mosquitto") or (
        "/usr/sbin/mosquitto" if Path("/usr/sbin/mosquitto").exists() else None
    )
    if exe is None:
        from incident_desk.messaging.broker import EmbeddedBroker

        broker = EmbeddedBroker()
        broker.start("127.0.0.1", 0)
        try:
            yield f"mqtt://127.0.0.1:{broker.port}", "3.1.1"
        finally:
            broker.stop()
        return
    port = _free_port()
    with tempfile.TemporaryDirectory() as tmp:
        conf = Path(tmp) / "mosquitto.conf"
        conf.write_text(f"listener {port} 127.0.0.1\nallow_anonymous true\n")
        proc = subprocess.Popen(
            [exe, "-c", str(conf)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        try:
            deadline = time.monotonic() + 10
            while time.monotonic() < deadline:
                with socket.socket() as s:
                    if s.connect_ex(("127.0.0.1", port)) == 0:
                        break
                time.sleep(0.02)
            yield f"mqtt://127.0.0.1:{port}", "5"
        finally:
            proc.terminate()
            proc.wait(10)


def _percentiles(values: list[float]) -> dict[str, float]:
    ordered = sorted(values)

    def pick(q: float) -> float:
        return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]

    return {"p50": pick(0.50), "p99": pick(0.99), "max": ordered[-1]}


def run() -> list[dict[str, object]]:
    scenario = parse_scenario(synthetic_yaml(), "bench.yaml")
    speed = 1.0 / STEP_S  # offsets 1 s apart at ×4 = 0.25 s of real time apart
    # ×4 is the clock setting that gives a 0.25 s real-time schedule; the player's timing
    # path is the same as at ×1 (sleep until clock.real_seconds_until, wake on changes).
    base = datetime.now(UTC).replace(microsecond=0)
    injects = scenario.ordered_injects()
    with _broker() as (url, protocol):
        settings = BrokerSettings(url=url, client_id="idesk-bench-player", protocol=protocol)
        bus = BusClient(settings)
        bus.connect_and_wait(10)
        try:
            port = BusPublishPort(bus)
            # player
            marks: dict[int, float] = {}

            def on_event(event: PlayerEvent) -> None:
                if event.kind == "inject" and event.message and event.message.inject:
                    marks[event.message.inject] = event.monotonic

            player = Player(
                scenario,
                publish=port,
                clock=VirtualClock(speed=speed),
                base_time=base,
                controller="bench",
                on_event=on_event,
            )
            thread = PlayerThread(player)
            start = time.monotonic()
            thread.start()
            thread.join(60)
            # STARTEX happens on the thread a hair after ``start``: measure from its own mark
            player_late = [
                (marks[i.number] - start - i.offset_seconds / speed) * 1000 for i in injects
            ]
            # baseline: a bare sleep loop, same schedule, same bytes, same client
            messages = [render_message(scenario, i, base)[0] for i in injects]
            base_late: list[float] = []
            start = time.monotonic()
            for inject, message in zip(injects, messages, strict=True):
                due = start + inject.offset_seconds / speed
                left = due - time.monotonic()
                if left > 0:
                    time.sleep(left)
                port.publish_json(message.topic, message.payload, retain=False, expiry_s=60)
                base_late.append((time.monotonic() - due) * 1000)
        finally:
            bus.stop()
    p = _percentiles(player_late)
    b = _percentiles(base_late)
    rows: list[dict[str, object]] = []
    for key in ("p50", "p99", "max"):
        rows.append(
            {
                "measure": (
                    f"inject lateness {key} ({COUNT} injects {STEP_S} s apart, MQTT {protocol})"
                ),
                "value": p[key],
                "unit": "ms",
                "baseline": "time.sleep loop",
                "baseline_value": b[key],
                "ratio": p[key] / b[key] if b[key] > 0 else None,
                "target": f"< {TARGET_MS:g} ms" if key == "p99" else None,
            }
        )
    return rows


if __name__ == "__main__":
    for row in run():
        print(row)

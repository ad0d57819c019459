"""CAP parse throughput: ``incident_desk.cap.parse`` next to plain ``lxml.etree.fromstring``.

Both run on the same ~2 KB security-incident alert (tests/data/cap/valid/ke_explosion_alert.xml)
in the same process and run, single core. Each measure is timed over several repetitions with
``time.perf_counter`` and the best repetition is reported (least disturbed by the machine).
``ratio`` = how many times more time ``parse`` needs per alert than bare well-formedness parsing
(the price of safety checks, validation and building the pydantic models).

    python -m benchmarks.bench_cap_parse
    python -m benchmarks cap_parse
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

from lxml import etree

from incident_desk.cap import dumps, parse

SAMPLE = (
    Path(__file__).resolve().parents[1]
    / "tests"
    / "data"
    / "cap"
    / "valid"
    / "ke_explosion_alert.xml"
)
REPEATS = 7
MIN_SECONDS = 0.2  # per repetition


def _best_rate(func: Callable[[], object]) -> float:
    """Best calls/s over REPEATS repetitions, each at least MIN_SECONDS long."""
    loops = 1
    while True:  # calibrate the loop count
        start = time.perf_counter()
        for _ in range(loops):
            func()
        if time.perf_counter() - start >= MIN_SECONDS:
            break
        loops *= 2
    best = float("inf")
    for _ in range(REPEATS):
        start = time.perf_counter()
        for _ in range(loops):
            func()
        best = min(best, (time.perf_counter() - start) / loops)
    return 1.0 / best


def run() -> list[dict[str, object]]:
    data = SAMPLE.read_bytes()
    alert = parse(data)
    plain_parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
    baseline = _best_rate(lambda: etree.fromstring(data, plain_parser))
    ours = _best_rate(lambda: parse(data))
    writing = _best_rate(lambda: dumps(alert))
    size = f"{len(data)} B alert"
    return [
        {
            "measure": f"lxml.etree.fromstring ({size})",
            "value": baseline,
            "unit": "alerts/s",
        },
        {
            "measure": f"cap.parse ({size})",
            "value": ours,
            "unit": "alerts/s",
            "baseline": "lxml.etree.fromstring",
            "baseline_value": baseline,
            "ratio": baseline / ours,
        },
        {
            "measure": "cap.dumps (same alert)",
            "value": writing,
            "unit": "alerts/s",
        },
    ]


def _print(rows: list[dict[str, object]]) -> None:
    print(f"{'measure':42} {'alerts/s':>12} {'x slower than lxml':>20}")
    for row in rows:
        value = row["value"]
        ratio = row.get("ratio")
        rate = f"{value:,.0f}" if isinstance(value, float) else str(value)
        factor = f"{ratio:.1f}" if isinstance(ratio, float) else ""
        print(f"{row['measure']!s:42} {rate:>12} {factor:>20}")


if __name__ == "__main__":
    _print(run())

"""Run every benchmark (or those named) and print one table.

Each ``benchmarks/bench_*.py`` module exposes ``run() -> list[dict]``; each dict is one row
with at least ``measure``, ``value`` and ``unit``, and where it has one, the ``baseline``
measured in the same run (``baseline_value``) and their ``ratio``. Targets are compared here,
never in unit tests (shared machines are noisy).

    python -m benchmarks                 # all
    python -m benchmarks cap_parse       # only bench_cap_parse.py
"""

from __future__ import annotations

import importlib
import json
import sys
import time
from pathlib import Path

HERE = Path(__file__).parent


def _fmt(value: object) -> str:
    if isinstance(value, float):
        return f"{value:,.3f}" if abs(value) < 100 else f"{value:,.0f}"
    return "" if value is None else str(value)


def main(argv: list[str]) -> int:
    names = sorted(p.stem for p in HERE.glob("bench_*.py"))
    wanted = [n for n in names if not argv or n.removeprefix("bench_") in argv]
    rows: list[dict[str, object]] = []
    for name in wanted:
        module = importlib.import_module(f"benchmarks.{name}")
        t0 = time.perf_counter()
        print(f"# {name} ...", file=sys.stderr, flush=True)
        for row in module.run():
            rows.append({"benchmark": name.removeprefix("bench_"), **row})
        print(f"# {name} done in {time.perf_counter() - t0:.1f}s", file=sys.stderr, flush=True)
    cols = [
        "benchmark",
        "measure",
        "value",
        "unit",
        "baseline",
        "baseline_value",
        "ratio",
        "target",
    ]
    table = [[_fmt(r.get(c)) for c in cols] for r in rows]
    widths = [
        max(len(c), *(len(t[i]) for t in table)) if table else len(c) for i, c in enumerate(cols)
    ]
    print("  ".join(c.ljust(w) for c, w in zip(cols, widths, strict=True)))
    print("  ".join("-" * w for w in widths))
    for t in table:
        print("  ".join(v.ljust(w) for v, w in zip(t, widths, strict=True)))
    out = Path("artifacts") / "bench.json"
    out.parent.mkdir(exist_ok=True)
    out.write_text(json.dumps(rows, indent=2, default=str))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

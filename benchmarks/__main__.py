"""Run every benchmark (or those named) and print one table.

Each ``benchmarks/bench_*.py`` module exposes ``run() -> list[dict]``; each dict is one row
with at least ``measure``, ``value`` and ``unit``, and where it has one, the ``baseline``
measured in the same run (``baseline_value``) and their ``ratio``. Targets are compared here,
never in unit tests (shared machines are noisy).

    python -m benchmarks                 # all
    python -m benchmarks cap_parse       # only bench_cap_parse.py

A bench that fails is named in the table with its error and the others still run; the
command then exits 1.
"""

from __future__ import annotations

import importlib
import json
import sys
import time
import traceback
from pathlib import Path

HERE = Path(__file__).parent


def _fmt(value: object) -> str:
    if isinstance(value, float):
        return f"{value:,.3f}" if abs(value) < 100 else f"{value:,.0f}"
    return "" if value is None else str(value)


def main(argv: list[str]) -> int:
    names = sorted(p.stem for p in HERE.glob("bench_*.py"))
    wanted = [n for n in names if not argv or n.removeprefix("bench_") in argv]
    if not wanted:
        print(f"no bench named {' '.join(argv)}; there are: {' '.join(names)}", file=sys.stderr)
        return 2
    rows: list[dict[str, object]] = []
    failed: list[str] = []
    for name in wanted:
        t0 = time.perf_counter()
        print(f"# {name} ...", file=sys.stderr, flush=True)
        try:
            module = importlib.import_module(f"benchmarks.{name}")
            for row in module.run():
                rows.append({"benchmark": name.removeprefix("bench_"), **row})
        except Exception as exc:  # one broken bench must not hide the others' rows
            traceback.print_exc()
            failed.append(name)
            problem = f"{type(exc).__name__}: {exc}"
            rows.append({"benchmark": name.removeprefix("bench_"), "measure": f"FAILED {problem}"})
            print(f"# {name} FAILED: {problem}", file=sys.stderr, flush=True)
            continue
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
    if failed:
        print(f"# failed: {', '.join(failed)}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""Start-up: ``incident-desk gui`` to the window's first paint, on an empty store.

Each run is a fresh process (``python -m incident_desk -v gui --db <new SQLite file>``,
offscreen, a broker address nobody listens on: the console starts and keeps retrying in the
background, as it does when the bus is down). The console logs the system-wide monotonic
clock at its first paint (``incident_desk/ui/first_paint.py``); the time is that stamp minus
the stamp taken just before the process was spawned. Baseline, same run: a fresh Python
process that imports PySide6 and QtWebEngine (as the console must) and paints one empty
``QMainWindow``: what any Qt console costs on this machine before its own work.
Median of ``RUNS`` runs each, after one unmeasured run of each that fills the byte-code cache
(as an installed console has it: see ``_env``). Each empty store is then opened a second time:
an operator's usual start, on a database already at the newest migration (no Alembic).

Wall time on a shared machine swings by tenths of a second with the other processes' load, so
on Linux each run also reports the CPU time the child process (all its threads) had used when
its first-paint line arrived (``/proc/PID/stat``): the same work whatever the load, the figure
to compare two versions by. Waits (a thread blocked on Chromium's start, the disk) are in the
wall time only.

Target: < 1 s (issue #18, reported; the offscreen platform has no compositor to wait for).

    python -m benchmarks startup
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RUNS = 3
TARGET_S = 1.0

BARE_WINDOW = r"""
import os, time
os.environ.setdefault("QTWEBENGINE_CHROMIUM_FLAGS", "--disable-gpu")
import PySide6.QtWebEngineWidgets
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
class F(QObject):
    def eventFilter(self, w, e):
        if e.type() == QEvent.Type.Paint:
            print("first paint at monotonic %.6f" % time.monotonic(), flush=True)
            w.removeEventFilter(self)
            QTimer.singleShot(0, app.quit)
        return False
win = QMainWindow()
f = F(win)
win.installEventFilter(f)
win.resize(1366, 768)
win.show()
app.exec()
"""


def _env(tmp: Path) -> dict[str, str]:
    """The children's environment: a fresh home, and byte-code cached as on an installed
    console (pip compiles a wheel's modules at install; a checkout run with
    PYTHONDONTWRITEBYTECODE=1, as CI machines often set, would recompile ~250 modules on
    every start: a third of a second nobody's workstation pays). The cache goes to a
    temporary prefix, filled by an unmeasured first run, so the checkout stays clean."""
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith("IDESK_") and k != "PYTHONDONTWRITEBYTECODE"
    }
    env.update(
        QT_QPA_PLATFORM="offscreen",
        HOME=str(tmp),
        XDG_CONFIG_HOME=str(tmp / "config"),
        XDG_DATA_HOME=str(tmp / "data"),
        PYTHONPATH=str(ROOT),
        PYTHONPYCACHEPREFIX=str(tmp / "pycache"),
    )
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        env["QTWEBENGINE_DISABLE_SANDBOX"] = "1"
    return env


def _first_paint(argv: list[str], env: dict[str, str]) -> tuple[float, float | None]:
    """Seconds from spawning ``argv`` to its "first paint at monotonic T" line, and the CPU
    seconds the process had used when the line arrived (None where /proc is missing)."""
    start = time.monotonic()
    proc = subprocess.Popen(
        argv, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True
    )
    try:
        assert proc.stdout is not None
        for line in proc.stdout:
            if "first paint at monotonic" in line:
                cpu = _cpu_seconds(proc.pid)
                stamp = float(line.split("first paint at monotonic")[1].split()[0])
                return stamp - start, cpu
        raise RuntimeError(f"{argv[:4]} exited {proc.wait()} without painting")
    finally:
        proc.kill()
        proc.wait(30)


def _cpu_seconds(pid: int) -> float | None:
    """User + system CPU of process ``pid`` so far, every thread (Linux ``/proc``)."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    fields = stat.rsplit(")", 1)[1].split()  # after "pid (name)": state is field 3
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def run() -> list[dict[str, object]]:
    bare: list[tuple[float, float | None]] = []
    console: list[tuple[float, float | None]] = []
    again: list[tuple[float, float | None]] = []  # the same store, second start
    with tempfile.TemporaryDirectory(
        prefix="idesk-bench-startup-", ignore_cleanup_errors=True
    ) as name:
        tmp = Path(name)
        env = _env(tmp)
        warm = [sys.executable, "-m", "incident_desk", "-v", "gui", "--db"]
        warm += [f"sqlite:///{tmp / 'warm.db'}", "--broker", "mqtt://127.0.0.1:9"]
        _first_paint([*warm, "--exit-after", "30"], env)  # fills the byte-code cache
        _first_paint([sys.executable, "-c", BARE_WINDOW], env)
        for n in range(RUNS):
            bare.append(_first_paint([sys.executable, "-c", BARE_WINDOW], env))
            db = f"sqlite:///{tmp / f'empty-{n}.db'}"
            argv = [sys.executable, "-m", "incident_desk", "-v", "gui", "--db", db]
            argv += ["--broker", "mqtt://127.0.0.1:9", "--exit-after", "30"]
            console.append(_first_paint(argv, env))
            again.append(_first_paint(argv, env))
    base = statistics.median(wall for wall, _cpu in bare)
    rows: list[dict[str, object]] = [
        {"measure": "bare PySide6 + QtWebEngine window, first paint", "value": base, "unit": "s"},
    ]
    bare_cpu = [cpu for _wall, cpu in bare if cpu is not None]
    base_cpu = statistics.median(bare_cpu) if bare_cpu else None
    for label, runs in (("empty store", console), ("store at head, second start", again)):
        value = statistics.median(wall for wall, _cpu in runs)
        rows.append(
            {
                "measure": f"incident-desk gui, {label}, first paint",
                "value": value,
                "unit": "s",
                "baseline": "bare Qt window",
                "baseline_value": base,
                "ratio": value / base,
                "target": f"< {TARGET_S:g} s",
            }
        )
        cpus = [cpu for _wall, cpu in runs if cpu is not None]
        if base_cpu and cpus:
            value_cpu = statistics.median(cpus)
            rows.append(
                {
                    "measure": f"incident-desk gui, {label}, CPU to first paint",
                    "value": value_cpu,
                    "unit": "s CPU",
                    "baseline": "bare Qt window",
                    "baseline_value": base_cpu,
                    "ratio": value_cpu / base_cpu,
                }
            )
    return rows


if __name__ == "__main__":
    for row in run():
        print(row)

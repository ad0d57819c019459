"""An installed wheel carries what the console ships: map data, the alarm sound, broker
configurations and the drill scenarios (an integrator installs with pip, not from a checkout).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
NOT_SOURCE = (
    ".git",
    ".venv",
    "build",
    "dist",
    "artifacts",
    "*.egg-info",
    "__pycache__",
    ".*_cache",
)

pytestmark = pytest.mark.e2e

PROBE = """
import sys
from incident_desk.cli import main
from incident_desk.geo._countries import COUNTRIES_50M
from incident_desk.mappage._page import MAP_DIR
from incident_desk.runtime import DEMO_SCENARIO
from incident_desk.trust.brokerconf import TEMPLATES
from incident_desk.ui.alarm import ALARM_WAV
for path in (COUNTRIES_50M, MAP_DIR, DEMO_SCENARIO, TEMPLATES, ALARM_WAV):
    print(path)
sys.exit(main(["scenario", "validate", str(DEMO_SCENARIO)]))
"""


def test_a_wheel_installed_elsewhere_finds_every_shipped_file(tmp_path: Path) -> None:
    source = tmp_path / "source"  # a copy: the build writes build/ and *.egg-info in-tree
    shutil.copytree(ROOT, source, ignore=shutil.ignore_patterns(*NOT_SOURCE))
    built = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(tmp_path), str(source)],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert built.returncode == 0, built.stderr[-2000:]
    (wheel,) = tmp_path.glob("incident_desk-*.whl")
    site = tmp_path / "site"
    with zipfile.ZipFile(wheel) as archive:
        archive.extractall(site)

    # run from elsewhere, with the unpacked wheel first on the path (not the checkout)
    run = subprocess.run(
        [sys.executable, "-c", PROBE],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env={"PYTHONPATH": str(site), "PATH": "/usr/bin:/bin", "QT_QPA_PLATFORM": "offscreen"},
        timeout=120,
    )
    assert run.returncode == 0, run.stderr[-2000:]
    paths = [Path(line) for line in run.stdout.splitlines()[:5]]
    for path in paths:
        assert path.is_relative_to(site / "incident_desk" / "_data"), path
        assert path.exists(), path
    assert (paths[1] / "leaflet" / "leaflet.js").exists() or any(paths[1].rglob("leaflet*.js"))
    assert not (site / "incident_desk" / "_data" / "resources" / "__pycache__").exists()

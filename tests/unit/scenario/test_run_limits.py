"""``scenario validate`` bounds a circle's radius; ``scenario run`` refuses a controller name
or a base time it could not publish, before anything goes out (exit 2)."""

from __future__ import annotations

from pathlib import Path

import pytest

from incident_desk.cli import main
from tests.unit.exercise.conftest import SMALL


@pytest.mark.parametrize("radius", ["1e308", "20001", "inf"])
def test_a_circle_radius_beyond_the_earth_is_refused_with_file_and_line(
    radius: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "drill.yaml"
    text = SMALL.replace("radius_km: 2}", f"radius_km: {radius}}}")
    assert text != SMALL
    path.write_text(text)
    line = text[: text.index(f"radius_km: {radius}")].count("\n") + 1
    assert main(["scenario", "validate", str(path)]) == 2
    err = capsys.readouterr().err
    assert f"{path}:{line}:" in err
    assert "radius_km" in err
    assert "20000" in err


def test_a_circle_radius_of_half_the_earth_is_valid(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "drill.yaml"
    path.write_text(SMALL.replace("radius_km: 2}", "radius_km: 20000}"))
    assert main(["scenario", "validate", str(path)]) == 0


@pytest.mark.parametrize("controller", ["", "   ", "ops\x01"])
def test_an_unusable_controller_is_refused_while_parsing(
    controller: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "small.yaml"
    path.write_text(SMALL)
    with pytest.raises(SystemExit) as exit_:
        main(["scenario", "run", str(path), "--controller", controller,
              "--broker", "mqtt://127.0.0.1:1"])  # fmt: skip
    assert exit_.value.code == 2
    err = capsys.readouterr().err
    assert "argument --controller: " in err
    assert "Traceback" not in err

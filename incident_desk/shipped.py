"""Where the files shipped with the product are: map data, sounds, broker configurations
(``resources/``) and the drill scenarios (``scenarios/``).

In a source checkout or an editable install they are the folders beside the package; in an
installed wheel ``setup.py`` has copied them into the package as ``incident_desk/_data/``.
One function finds them, so no module computes a path from its own location.
"""

from __future__ import annotations

from pathlib import Path
from typing import Final

_PACKAGE: Final = Path(__file__).resolve().parent


def _root(name: str) -> Path:
    installed = _PACKAGE / "_data" / name
    return installed if installed.is_dir() else _PACKAGE.parent / name


def resource_path(*parts: str) -> Path:
    """A path under the shipped ``resources/`` folder (``resource_path("sounds", "alarm.wav")``)."""
    return _root("resources").joinpath(*parts)


def scenario_path(name: str) -> Path:
    """A shipped drill scenario (``scenario_path("northern-corridor.yaml")``)."""
    return _root("scenarios") / name

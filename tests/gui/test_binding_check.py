"""The Qt binding must not drop references when Qt calls the console's models.

PySide6 6.12.0 on Python 3.11 loses a reference to None on every such call; the console
answers hundreds of thousands an hour and would abort mid-shift ("deallocating None").
"""

from __future__ import annotations

import pytest

from incident_desk.errors import ConfigError
from incident_desk.ui import binding_check


def test_installed_binding_keeps_references_across_calls_from_qt() -> None:
    # a few stray references may move on other threads; a broken binding loses one per call
    assert binding_check.leaked_references(2_000) < 100


def test_a_leaking_binding_stops_the_console_with_the_fix(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(
        binding_check, "leaked_references", lambda calls=binding_check.PROBE_CALLS: calls
    )
    with pytest.raises(ConfigError, match=r"PySide6 .* drops a reference.*<6\.12"):
        binding_check.check_qt_binding()


def test_a_sound_binding_passes_the_startup_check() -> None:
    binding_check.check_qt_binding()

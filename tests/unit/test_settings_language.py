"""The ``language`` setting: a code of the console's languages, or nothing (the OS locale)."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from incident_desk.settings import Settings


def test_the_console_language_is_a_known_code_or_unset() -> None:
    assert Settings().language is None  # the OS locale decides (incident_desk/ui/i18n.py)
    assert Settings(language="ar").language == "ar"
    with pytest.raises(ValidationError, match="language"):
        Settings(language="xx")


def test_the_language_comes_from_the_environment_too(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("IDESK_LANGUAGE", "ru")
    assert Settings().language == "ru"

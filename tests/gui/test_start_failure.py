"""A console that cannot start says why in a window: started from a desktop icon, the
operator has no terminal to read the command line's message."""

from __future__ import annotations

from pathlib import Path

import pytest

from incident_desk.errors import ConfigError, StoreError
from incident_desk.store import Store
from incident_desk.ui.i18n import translations
from incident_desk.ui.startup import start_failure_box


def test_a_database_that_cannot_be_reached_is_said_in_the_operators_language(qtbot) -> None:
    with pytest.raises(StoreError) as caught:
        Store.open("postgresql+psycopg://idesk:pw@127.0.0.1:1/alerts?connect_timeout=2")
    translations().set_language("fr")

    box = start_failure_box(caught.value)
    qtbot.addWidget(box)

    assert box.text() == "La console n’a pas pu démarrer."
    assert box.informativeText().startswith("La base de données est injoignable")  # a sentence
    # the details say which database, as the command line does, its password hidden
    assert "idesk:***@127.0.0.1:1/alerts" in box.detailedText()


def test_a_setting_is_said_as_written(qtbot, tmp_path: Path) -> None:
    path = tmp_path / "crm.db"
    path.write_bytes(b"not a database at all")
    with pytest.raises(ConfigError) as caught:
        Store.open(f"sqlite:///{path}")

    box = start_failure_box(caught.value)
    qtbot.addWidget(box)

    assert box.text() == "The console could not start."
    assert f"{path} is not an SQLite database" in box.informativeText()

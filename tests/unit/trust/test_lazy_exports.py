"""The trust package loads its names on first use: they are the modules' own objects, the
list of where they live matches ``__all__``, and the console's start-up path does not load
the signature check (cryptography; signxml, which signs) unless a trust store is configured."""

from __future__ import annotations

import ast
import importlib
import subprocess
import sys
from pathlib import Path

import pytest

import incident_desk.trust as trust

INIT = Path(trust.__file__)


def test_every_exported_name_is_its_modules_object() -> None:
    assert sorted(trust.__all__) == sorted(trust._WHERE)
    for name, module in trust._WHERE.items():
        expected = getattr(importlib.import_module(f"incident_desk.trust.{module}"), name)
        assert getattr(trust, name) is expected, name
    assert set(trust.__all__) <= set(dir(trust))


def test_the_type_checking_imports_name_the_same_modules() -> None:
    tree = ast.parse(INIT.read_text(encoding="utf-8"))
    guarded = next(n for n in tree.body if isinstance(n, ast.If))
    found = {
        alias.name: node.module.rsplit(".", 1)[1]
        for node in guarded.body
        if isinstance(node, ast.ImportFrom) and node.module
        for alias in node.names
    }
    assert found == trust._WHERE


def test_an_unknown_name_is_an_attribute_error() -> None:
    with pytest.raises(AttributeError, match="no_such_name"):
        _ = trust.no_such_name  # type: ignore[attr-defined]


def _modules_after(code: str) -> set[str]:
    out = subprocess.run(
        [sys.executable, "-c", code + "\nimport sys\nprint('\\n'.join(sys.modules))"],
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    ).stdout
    return set(out.split())


def test_a_console_without_a_trust_store_starts_without_the_signature_check(
    tmp_path: Path,
) -> None:
    code = (
        "from incident_desk.runtime import ConsoleRuntime\n"
        "from incident_desk.settings import Settings\n"
        f"r = ConsoleRuntime(Settings(database_url='sqlite:///{tmp_path / 'a.db'}'))\n"
        "r.store.close()\n"
    )
    loaded = _modules_after(code)
    assert "incident_desk.trust.policy" in loaded  # the policy setting was checked
    assert "incident_desk.trust.signature" not in loaded
    assert "signxml" not in loaded
    assert "incident_desk.ingest" not in loaded  # ingest runs in the console's child process


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("trust_policy", "trust-everyone", "trust policy 'trust-everyone' is not one of"),
        ("trust_store", "no-such-folder", "no-such-folder"),
    ],
)
def test_a_console_refuses_a_bad_trust_setting_at_start(
    tmp_path: Path, field: str, value: str, message: str
) -> None:
    from incident_desk.errors import ConfigError
    from incident_desk.runtime import ConsoleRuntime
    from incident_desk.settings import Settings

    settings = Settings(database_url=f"sqlite:///{tmp_path / 'a.db'}")
    if field == "trust_store":
        settings = settings.model_copy(update={field: tmp_path / value})
    else:
        settings = settings.model_copy(update={field: value})
    with pytest.raises(ConfigError, match=message):
        ConsoleRuntime(settings)

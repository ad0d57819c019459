"""render_config and static checks of the shipped Mosquitto templates (resources/mosquitto)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from incident_desk.errors import ConfigError
from incident_desk.trust.brokerconf import TEMPLATES, country_values, main, render_config

FULL = {
    **country_values("KE", "UG"),
    "RUN_AS_USER": "mosquitto",
    "DATADIR": "/var/lib/mosquitto",
    "CONFDIR": "/etc/mosquitto/conf.d",
    "ACLDIR": "/etc/mosquitto",
    "CERTDIR": "/etc/mosquitto/certs",
    "BIND_ADDRESS": "0.0.0.0",
    "AGENCY_PORT": 8883,
    "CONTROL_PORT": 8884,
    "KE_ADDRESS": "mqtt.ke.example:8884",
    "BRIDGE_CAFILE": "/etc/mosquitto/certs/KE-ca.pem",
    "BRIDGE_CERTFILE": "/etc/mosquitto/certs/bridge-ug.pem",
    "BRIDGE_KEYFILE": "/etc/mosquitto/certs/bridge-ug.key",
}
SHIPPED = sorted(p.name for p in TEMPLATES.iterdir() if p.suffix in {".conf", ".acl"})


def _lines(text: str) -> list[str]:
    return [
        ln.strip() for ln in text.splitlines() if ln.strip() and not ln.lstrip().startswith("#")
    ]


@pytest.mark.parametrize("name", SHIPPED)
def test_every_shipped_template_renders_completely(name: str) -> None:
    text = render_config(TEMPLATES / name, **FULL)
    assert not re.search(r"@[A-Z_]+@", text)


def test_shipped_set() -> None:
    assert SHIPPED == [
        "acl-agency.acl",
        "acl-control.acl",
        "agency-listener.conf",
        "bridge-UG-to-KE.conf",
        "control-listener.conf",
        "mosquitto.conf",
    ]


def test_bridge_is_an_explicit_allow_list() -> None:
    text = render_config(TEMPLATES / "bridge-UG-to-KE.conf", **FULL)
    topics = [ln for ln in _lines(text) if ln.startswith("topic ")]
    assert topics == ["topic idesk/v1/actual/UG/# out 1", "topic idesk/v1/actual/KE/# in 1"]
    options = dict(ln.split(None, 1) for ln in _lines(text) if not ln.startswith("topic "))
    assert options["bridge_protocol_version"] == "mqttv50"
    assert options["cleansession"] == "false"
    assert options["notifications"] == "true"
    assert options["bridge_insecure"] == "false"
    assert {"bridge_cafile", "bridge_certfile", "bridge_keyfile"} <= options.keys()


def test_agency_acl_writes_only_under_own_country_and_username() -> None:
    rules = _lines(render_config(TEMPLATES / "acl-agency.acl", **FULL))
    writes = [r.split()[2] for r in rules if r.split()[1] in {"write", "readwrite"}]
    assert writes == [
        "idesk/v1/actual/KE/%u/#",
        "idesk/v1/exercise/+/KE/%u/#",
        "idesk/v1/test/KE/%u/#",
    ]
    assert all(r.startswith("pattern ") for r in rules)


def test_control_acl_has_user_blocks_only() -> None:
    rules = _lines(render_config(TEMPLATES / "acl-control.acl", **FULL))
    assert not any(r.startswith("pattern") for r in rules)
    assert rules[0] == "user excon-ke"
    assert "topic write idesk/v1/actual/UG/#" in rules
    assert "topic read idesk/v1/actual/KE/#" in rules
    assert not any("actual" in r for r in rules[: rules.index("user bridge-ug")])


def test_listeners_require_certificates() -> None:
    for name in ("agency-listener.conf", "control-listener.conf"):
        opts = dict(ln.split(None, 1) for ln in _lines(render_config(TEMPLATES / name, **FULL)))
        assert opts["require_certificate"] == "true"
        assert opts["use_identity_as_username"] == "true"
        assert opts["allow_anonymous"] == "false"
    main_opts = dict(
        ln.split(None, 1) for ln in _lines(render_config(TEMPLATES / "mosquitto.conf", **FULL))
    )
    assert main_opts["per_listener_settings"] == "true"
    assert int(main_opts["max_packet_size"]) > 1 << 20


def test_missing_and_unsafe_values_are_refused(tmp_path: Path) -> None:
    template = tmp_path / "t.conf"
    template.write_text("listener @PORT@\ncafile @CERTDIR@/ca.pem\n")
    assert render_config(template, PORT=1, CERTDIR="/c", UNUSED="x") == (
        "listener 1\ncafile /c/ca.pem\n"
    )
    with pytest.raises(ConfigError, match="@CERTDIR@"):
        render_config(template, PORT=1)
    with pytest.raises(ConfigError, match="one line"):
        render_config(template, PORT="1\nallow_anonymous true", CERTDIR="/c")
    with pytest.raises(ConfigError, match="cannot read"):
        render_config(tmp_path / "missing.conf")


def test_command_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    template = tmp_path / "t.conf"
    template.write_text("port @PORT@\n")
    assert main([str(template), "PORT=8883"]) == 0
    assert capsys.readouterr().out == "port 8883\n"
    assert main([str(template)]) == 2
    assert "@PORT@" in capsys.readouterr().err


def test_country_values() -> None:
    assert country_values("UG", "KE") == {
        "COUNTRY": "UG",
        "COUNTRY_LC": "ug",
        "PARTNER": "KE",
        "PARTNER_LC": "ke",
    }
    with pytest.raises(ConfigError):
        country_values("ke")

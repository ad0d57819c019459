from __future__ import annotations

import logging
from pathlib import Path

import pytest
from pydantic import SecretStr, ValidationError

from incident_desk.errors import ConfigError
from incident_desk.settings import BrokerSettings, Settings, default_client_id, parse_broker_url

SECRET = "s3cr3t-Pa55word"


@pytest.fixture(autouse=True)
def _clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    import os

    for key in list(os.environ):
        if key.startswith("IDESK_"):
            monkeypatch.delenv(key)


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("mqtt://127.0.0.1:1883", ("127.0.0.1", 1883, False)),
        ("mqtt://broker.ke", ("broker.ke", 1883, False)),
        ("mqtts://broker.ke", ("broker.ke", 8883, True)),
        ("mqtts://broker.ke:9883", ("broker.ke", 9883, True)),
        ("mqtt://[::1]:1884", ("::1", 1884, False)),
        ("mqtt://host/", ("host", 1883, False)),
    ],
)
def test_parse_broker_url(url: str, expected: tuple[str, int, bool]) -> None:
    assert parse_broker_url(url) == expected


@pytest.mark.parametrize(
    ("url", "reason"),
    [
        ("http://host", "must start with mqtt://"),
        ("host:1883", "must start with mqtt://"),
        ("", "must start with mqtt://"),
        ("mqtt://", "no host"),
        ("mqtt://:1883", "no host"),
        ("mqtt://host:99999", "not valid"),
        ("mqtt://host:abc", "not valid"),
        ("mqtt://host:0", "port 0"),
        ("mqtt://user:pw@host", "not in the URL"),
        ("mqtt://host/topic", "path"),
        ("mqtt://host?x=1", "path, query"),
    ],
)
def test_parse_broker_url_rejects(url: str, reason: str) -> None:
    with pytest.raises(ConfigError, match=reason):
        parse_broker_url(url)


def test_defaults() -> None:
    s = Settings()
    assert s.schema_version == 1
    assert s.broker.url == "mqtt://127.0.0.1:1883"
    assert s.broker.protocol == "5"
    assert s.broker.client_id == default_client_id()
    assert s.broker.client_id.startswith("idesk-")
    assert s.broker.session_expiry_s == 86400
    assert s.broker.keepalive == 30
    assert s.broker.tls_insecure is False
    assert (s.broker.reconnect_min_s, s.broker.reconnect_max_s) == (0.5, 30.0)
    assert s.broker.password is None
    assert s.workstation
    assert s.operator


def test_client_id_is_stable() -> None:
    assert Settings().broker.client_id == Settings().broker.client_id


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "idesk.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_load_toml(tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        f"""
schema_version = 1
workstation = "ke-ncc-ws01"
operator = "j.otieno"
country = "KE"
agency = "nps"
database_url = "sqlite:///x.db"

[broker]
url = "mqtts://broker.ke:8883"
protocol = "3.1.1"
client_id = "idesk-ws01"
username = "nps"
password = "{SECRET}"
ca_file = "/etc/idesk/ca.pem"
keepalive = 60
session_expiry_s = 3600
""",
    )
    s = Settings.load(path)
    assert s.workstation == "ke-ncc-ws01"
    assert (s.country, s.agency, s.operator) == ("KE", "nps", "j.otieno")
    assert s.broker.protocol == "3.1.1"
    assert (s.broker.host, s.broker.port, s.broker.tls) == ("broker.ke", 8883, True)
    assert s.broker.password is not None
    assert s.broker.password.get_secret_value() == SECRET
    assert s.broker.ca_file == Path("/etc/idesk/ca.pem")
    assert s.broker.session_expiry_s == 3600


def test_environment_overrides_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = _write(
        tmp_path,
        'workstation = "from-file"\n[broker]\nurl = "mqtt://file-host"\nkeepalive = 60\n',
    )
    monkeypatch.setenv("IDESK_WORKSTATION", "from-env")
    monkeypatch.setenv("IDESK_BROKER__URL", "mqtts://env-host")
    monkeypatch.setenv("IDESK_BROKER__PASSWORD", SECRET)
    s = Settings.load(path)
    assert s.workstation == "from-env"
    assert s.broker.url == "mqtts://env-host"
    assert s.broker.keepalive == 60  # untouched file value survives the nested merge
    assert s.broker.password == SecretStr(SECRET)


def test_protocol_may_be_a_number_in_toml(tmp_path: Path) -> None:
    assert Settings.load(_write(tmp_path, "[broker]\nprotocol = 5\n")).broker.protocol == "5"


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("[broker]\nurl = 'http://x'\n", "broker.url"),
        ("[broker]\nprotocol = '4'\n", "broker.protocol"),
        ("[broker]\nclient_id = 'has space'\n", "client id"),
        ("[broker]\nreconnect_min_s = 5\nreconnect_max_s = 1\n", "reconnect_max_s"),
        ("[broker]\nsession_expiry_s = 0\n", "session_expiry_s"),
        ("country = 'ke'\n", "country"),
        ("agency = 'NPS'\n", "agency"),
        ("unknown = 1\n", "unknown"),
        ("schema_version = 2\n", "schema_version 2"),
        ("this is not toml", "not valid TOML"),
    ],
)
def test_load_rejects(tmp_path: Path, text: str, reason: str) -> None:
    path = _write(tmp_path, text)
    with pytest.raises(ConfigError, match=reason) as info:
        Settings.load(path)
    assert str(path) in str(info.value)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="not found"):
        Settings.load(tmp_path / "nope.toml")


def test_bad_value_error_does_not_echo_the_password(tmp_path: Path) -> None:
    path = _write(tmp_path, f"[broker]\npassword = '{SECRET}'\nkeepalive = 1\n")
    with pytest.raises(ConfigError) as info:
        Settings.load(path)
    assert SECRET not in str(info.value)


def test_password_never_shown(caplog: pytest.LogCaptureFixture) -> None:
    s = Settings(broker=BrokerSettings(username="nps", password=SecretStr(SECRET)))
    shown = [
        repr(s),
        str(s),
        repr(s.broker),
        str(s.broker),
        s.model_dump_json(),
        str(s.model_dump()),
    ]
    for text in shown:
        assert SECRET not in text
    assert "**********" in s.model_dump_json()
    logger = logging.getLogger("incident_desk.test")
    with caplog.at_level(logging.DEBUG, logger="incident_desk.test"):
        logger.info("settings %s", s)
        logger.info("broker %r", s.broker)
        logger.info("password %s", s.broker.password)
    assert caplog.records
    assert SECRET not in caplog.text
    assert s.broker.password is not None
    assert s.broker.password.get_secret_value() == SECRET


def test_settings_are_immutable() -> None:
    s = Settings()
    with pytest.raises(ValidationError):
        s.broker.keepalive = 5  # type: ignore[misc]


def test_a_console_speaks_for_the_agency_its_settings_name() -> None:
    from incident_desk.identity import Identity

    named = Identity.from_settings(
        Settings(country="UG", agency="upf", operator="a.okello", workstation="ws02")
    )
    assert (named.country, named.agency, named.sender) == ("UG", "upf", "upf.ug")
    assert (named.operator, named.workstation) == ("a.okello", "ws02")
    signed = Identity.from_settings(Settings(country="KE", agency="nps", sender="nps.go.ke"))
    assert signed.sender == "nps.go.ke"
    unnamed = Identity.from_settings(Settings())
    assert (unnamed.country, unnamed.agency, unnamed.sender) == ("XX", "console", "console.xx")

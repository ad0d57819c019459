"""TLS files and the broker password of every command that connects: a file that cannot be
used is refused before anything connects, naming the option, exit 2 (no traceback)."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from incident_desk.cli import main
from incident_desk.messaging import BusClient
from tests.helpers.brokers import Inbox, MosquittoBroker, bus_settings
from tests.helpers.capgen import alert_bytes


def _openssl(*args: str, cwd: Path) -> None:
    subprocess.run(["openssl", *args], cwd=cwd, check=True, capture_output=True)


@pytest.fixture(scope="module")
def pki(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """ca.pem/ca.key and other.pem/other.key: two self-signed pairs that do not match."""
    d = tmp_path_factory.mktemp("pki")
    for name in ("ca", "other"):
        _openssl(
            "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj",
            f"/CN=idesk-{name}", "-keyout", f"{name}.key", "-out", f"{name}.pem", cwd=d,
        )  # fmt: skip
    _, data = alert_bytes(1)
    (d / "good.xml").write_bytes(data)
    return d


@pytest.fixture
def watched(mosquitto: MosquittoBroker) -> Iterator[Inbox]:
    """Everything published on the broker's idesk/ tree while the test runs."""
    inbox = Inbox()
    client = BusClient(bus_settings(mosquitto.url, "tls-watch"), on_message=inbox.on_message)
    inbox.auto_ack = client
    client.connect_and_wait(10)
    client.subscribe(["idesk/#"], timeout=10)
    yield inbox
    client.stop()


def _nothing_published(mosquitto: MosquittoBroker, inbox: Inbox) -> bool:
    """True when only the sentinel sent after the command reached the broker."""
    sentinel = BusClient(bus_settings(mosquitto.url, "tls-sentinel"))
    sentinel.connect_and_wait(10)
    try:
        sentinel.publish("idesk/v1/test/sentinel", b"{}")
    finally:
        sentinel.stop()
    inbox.wait_messages(1, topic="idesk/v1/test/sentinel")
    return [m.topic for m in inbox.messages] == ["idesk/v1/test/sentinel"]


def _tls_cases(pki: Path) -> list[tuple[list[str], str]]:
    missing, xml = str(pki / "missing.pem"), str(pki / "good.xml")
    ca, other_key = str(pki / "ca.pem"), str(pki / "other.key")
    return [
        (
            ["--ca-file", missing],
            f"--ca-file {missing}: cannot read the CA certificates (No such file or directory)",
        ),
        (["--ca-file", xml], f"--ca-file {xml}: not a PEM certificate"),
        (
            ["--cert-file", missing],
            f"--cert-file {missing}: cannot read the client certificate (No such file",
        ),
        (
            ["--cert-file", ca, "--key-file", str(pki / "missing.key")],
            f"--key-file {pki / 'missing.key'}: cannot read the private key (No such file",
        ),
        (["--cert-file", xml, "--key-file", other_key], f"--cert-file {xml}: not a PEM cert"),
        (["--cert-file", ca, "--key-file", xml], f"--key-file {xml}: not a PEM private key"),
        (
            ["--cert-file", ca, "--key-file", other_key],
            "--cert-file/--key-file: the key does not match the certificate",
        ),
    ]


CASE_IDS = ["ca-missing", "ca-not-pem", "cert-missing", "key-missing", "cert-not-pem",
            "key-not-pem", "key-mismatch"]  # fmt: skip


@pytest.mark.parametrize("case", range(len(CASE_IDS)), ids=CASE_IDS)
def test_publish_refuses_an_unusable_tls_file_naming_it_and_sends_nothing(
    case: int,
    pki: Path,
    mosquitto: MosquittoBroker,
    watched: Inbox,
    capsys: pytest.CaptureFixture[str],
) -> None:
    options, message = _tls_cases(pki)[case]
    broker = f"mqtts://127.0.0.1:{mosquitto.port}"
    code = main(
        ["publish", "--country", "KE", "--agency", "nps", "--broker", broker, *options,
         str(pki / "good.xml")]
    )  # fmt: skip
    lines = capsys.readouterr().err.strip().splitlines()
    assert code == 2
    assert len(lines) == 1, lines  # one line, no traceback
    assert lines[0].startswith(f"incident-desk publish: {message}")
    assert _nothing_published(mosquitto, watched)


@pytest.mark.parametrize(
    "command",
    [
        ["ingest", "--exit-after", "1"],
        ["record", "--out", "OUT", "--exit-after", "1"],
        ["scenario", "run", "SCENARIO"],
        ["publish-update", "1", "--queue-only"],
    ],
    ids=["ingest", "record", "scenario-run", "publish-update"],
)
def test_every_command_that_connects_checks_the_tls_files_first(
    command: list[str], pki: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The check lives where the settings are built: every command refuses the same way,
    before it opens a store, writes a file or connects."""
    scenario = Path(__file__).resolve().parents[2] / "scenarios" / "silk-gate.yaml"
    out = tmp_path / "rec.jsonl"
    db = tmp_path / "idesk.db"
    args = [str(out) if a == "OUT" else str(scenario) if a == "SCENARIO" else a for a in command]
    missing = pki / "missing.pem"
    extra = ["--db", f"sqlite:///{db}"] if command[0] in {"ingest", "publish-update"} else []
    code = main([*args, *extra, "--broker", "mqtts://127.0.0.1:1", "--ca-file", str(missing)])
    err = capsys.readouterr().err
    assert code == 2
    assert f"--ca-file {missing}: cannot read the CA certificates" in err
    assert not out.exists()
    assert not db.exists()


def test_a_tls_file_from_the_settings_file_is_named_by_its_key(
    pki: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = tmp_path / "idesk.toml"
    missing = pki / "missing.pem"
    config.write_text(f'[broker]\nurl = "mqtts://127.0.0.1:1"\nca_file = "{missing}"\n')
    code = main(["publish", "--country", "KE", "--agency", "nps", "--config", str(config),
                 str(pki / "good.xml")])  # fmt: skip
    assert code == 2
    assert f"broker.ca_file {missing}: cannot read the CA certificates" in capsys.readouterr().err


def test_an_unset_password_variable_is_refused_and_nothing_is_sent(
    pki: Path,
    mosquitto: MosquittoBroker,
    watched: Inbox,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.delenv("NOPE_VAR", raising=False)
    code = main(
        ["publish", "--country", "KE", "--agency", "nps", "--broker", mosquitto.url,
         "--username", "nps", "--password-env", "NOPE_VAR", str(pki / "good.xml")]
    )  # fmt: skip
    assert code == 2
    err = capsys.readouterr().err
    assert err.strip() == (
        "incident-desk publish: --password-env NOPE_VAR: that environment variable is not set"
    )
    assert _nothing_published(mosquitto, watched)


@pytest.mark.parametrize(
    ("options", "message"),
    [
        (["--tak-ca", "MISSING"], "--tak-ca {MISSING}: cannot read the CA certificates"),
        (["--tak-ca", "CA", "--tak-cert", "MISSING"], "--tak-cert {MISSING}: cannot read the"),
        (["--tak-ca", "CA", "--tak-cert", "CA", "--tak-key", "MISSING"], "--tak-key {MISSING}"),
        (
            ["--tak-ca", "CA", "--tak-cert", "CA", "--tak-key", "OTHER_KEY"],
            "--tak-cert/--tak-key: the key does not match the certificate",
        ),
    ],
    ids=["ca", "cert", "key", "mismatch"],
)
def test_tak_refuses_unusable_tls_files_at_start(
    options: list[str], message: str, pki: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    names = {"MISSING": pki / "missing.pem", "CA": pki / "ca.pem", "OTHER_KEY": pki / "other.key"}
    args = [str(names[o]) if o in names else o for o in options]
    message = message.format(**names)
    code = main(
        ["tak", "--country", "KE", "--agency", "nps", "--tak", "tls://127.0.0.1:1",
         "--broker", "mqtt://127.0.0.1:1", "--exit-after", "3", *args]
    )  # fmt: skip
    assert code == 2  # before: it retried for ever, "exit 0" after --exit-after
    assert message in capsys.readouterr().err

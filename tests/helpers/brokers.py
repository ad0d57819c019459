"""Start real brokers for tests: Mosquitto on a free port with its own config."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def wait_for_port(port: int, timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with socket.socket() as s:
            if s.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.05)
    raise TimeoutError(f"nothing listens on 127.0.0.1:{port} after {timeout}s")


@dataclass
class MosquittoBroker:
    """A Mosquitto process we own. ``restart()`` keeps its persistence file and port."""

    workdir: Path
    port: int
    extra_config: str = ""
    process: subprocess.Popen[bytes] | None = field(default=None, repr=False)

    @property
    def url(self) -> str:
        return f"mqtt://127.0.0.1:{self.port}"

    @property
    def log_path(self) -> Path:
        return self.workdir / "mosquitto.log"

    def write_config(self) -> Path:
        conf = self.workdir / "mosquitto.conf"
        conf.write_text(
            f"listener {self.port} 127.0.0.1\n"
            "allow_anonymous true\n"
            "persistence true\n"
            f"persistence_location {self.workdir}/\n"
            "autosave_interval 1\n"
            "max_queued_messages 200000\n"
            "max_inflight_messages 100\n"
            f"log_dest file {self.log_path}\n"
            "log_type error\nlog_type warning\nlog_type notice\n"
            # Started as root (CI containers), Mosquitto drops to user "mosquitto", which
            # cannot write persistence_location: the database was silently never saved.
            + ("user root\n" if os.geteuid() == 0 else "")
            + self.extra_config
        )
        return conf

    def start(self) -> None:
        exe = shutil.which("mosquitto") or "/usr/sbin/mosquitto"
        conf = self.write_config()
        self.process = subprocess.Popen(
            [exe, "-c", str(conf)], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
        )
        try:
            wait_for_port(self.port)
        except TimeoutError:
            self.stop()
            raise

    def stop(self) -> None:
        """Stop gracefully (SIGTERM), so Mosquitto writes its persistence file."""
        if self.process and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(5)
        if self.process and self.process.stderr:
            self.process.stderr.close()
        self.process = None

    def kill(self) -> None:
        """Kill hard (SIGKILL): what a crash or power cut looks like."""
        if self.process and self.process.poll() is None:
            self.process.kill()
            self.process.wait(5)
        if self.process and self.process.stderr:
            self.process.stderr.close()
        self.process = None

    def restart(self) -> None:
        self.stop()
        self.start()


def start_mosquitto(workdir: Path, extra_config: str = "") -> MosquittoBroker:
    if not (shutil.which("mosquitto") or Path("/usr/sbin/mosquitto").exists()):
        if _in_ci():
            pytest.fail("mosquitto is not installed; .ci/run must install it")
        pytest.skip("mosquitto binary not installed on this developer machine")
    broker = MosquittoBroker(workdir=workdir, port=free_port(), extra_config=extra_config)
    broker.start()
    return broker


def _in_ci() -> bool:
    return os.environ.get("CI", "").lower() in {"1", "true", "yes"}


# -- Incident Desk bus clients and the embedded broker, for the messaging tests --------------


class Inbox:
    """Collects envelopes and connection states from a ``BusClient``; wait without sleeping."""

    def __init__(self) -> None:
        import threading

        self.messages: list[Any] = []
        self.states: list[Any] = []
        self._cond = threading.Condition()
        self.auto_ack: Any = None  # a BusClient to ack every message with, or None

    def on_message(self, envelope: Any) -> None:
        if self.auto_ack is not None:
            self.auto_ack.ack(envelope)
        with self._cond:
            self.messages.append(envelope)
            self._cond.notify_all()

    def on_state(self, state: Any) -> None:
        with self._cond:
            self.states.append(state)
            self._cond.notify_all()

    def wait_messages(
        self, count: int, timeout: float = 20.0, topic: str | None = None
    ) -> list[Any]:
        def matching() -> list[Any]:
            return [m for m in self.messages if topic is None or m.topic == topic]

        with self._cond:
            self._cond.wait_for(lambda: len(matching()) >= count, timeout)
            got = matching()
        assert len(got) >= count, f"only {len(got)} of {count} messages arrived"
        return got

    def wait_state(self, name: str, after: int = 0, timeout: float = 20.0) -> Any:
        """Wait for a state called ``name`` among the states from index ``after`` on."""

        def find() -> Any:
            return next((s for s in self.states[after:] if s.state == name), None)

        with self._cond:
            self._cond.wait_for(lambda: find() is not None, timeout)
            found = find()
        assert found is not None, f"no {name!r} state; saw {[s.state for s in self.states]}"
        return found


def bus_settings(url: str, client_id: str, **overrides: Any) -> Any:
    from incident_desk.settings import BrokerSettings

    values: dict[str, Any] = {
        "url": url,
        "client_id": client_id,
        "reconnect_min_s": 0.1,
        "reconnect_max_s": 1.0,
        **overrides,
    }
    return BrokerSettings(**values)


def start_embedded_broker(**kwargs: Any) -> Any:
    from incident_desk.messaging.broker import EmbeddedBroker

    broker = EmbeddedBroker(**kwargs)
    broker.start("127.0.0.1", 0)
    return broker


def stop_embedded_broker(broker: Any) -> None:
    """Stop it and collect the client sockets amqtt 0.12 leaves to the garbage collector,
    here, where they were made: otherwise a later test that happens to run a full collection
    (hypothesis does) fails with their ResourceWarning."""
    import gc
    import warnings

    broker.stop()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ResourceWarning)
        gc.collect()


# -- Mosquitto from a GIVEN configuration file (the shipped templates, rendered) -------------


@dataclass
class ConfiguredMosquitto:
    """A Mosquitto process started from a complete config file we did not write ourselves."""

    config: Path
    ports: tuple[int, ...]
    log_path: Path | None = None
    process: subprocess.Popen[bytes] | None = field(default=None, repr=False)

    def start(self) -> None:
        exe = shutil.which("mosquitto") or "/usr/sbin/mosquitto"
        self.process = subprocess.Popen(
            [exe, "-c", str(self.config)], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
        )
        try:
            for port in self.ports:
                wait_for_port(port)
        except TimeoutError:
            err = self.stop()
            raise TimeoutError(f"mosquitto did not start: {err}\n{self.log()}") from None

    def log(self) -> str:
        if self.log_path and self.log_path.exists():
            return self.log_path.read_text(errors="replace")
        return ""

    def stop(self) -> str:
        """Stop gracefully; return what Mosquitto wrote on stderr."""
        err = b""
        if self.process is not None:
            if self.process.poll() is None:
                self.process.terminate()
                try:
                    self.process.wait(10)
                except subprocess.TimeoutExpired:
                    self.process.kill()
                    self.process.wait(5)
            if self.process.stderr:
                err = self.process.stderr.read()
                self.process.stderr.close()
        self.process = None
        return err.decode(errors="replace")


def start_mosquitto_from_config(
    config: Path, ports: tuple[int, ...], log_path: Path | None = None
) -> ConfiguredMosquitto:
    """Start ``mosquitto -c config`` and wait until every port in ``ports`` accepts."""
    if not (shutil.which("mosquitto") or Path("/usr/sbin/mosquitto").exists()):
        if _in_ci():
            pytest.fail("mosquitto is not installed; .ci/run must install it")
        pytest.skip("mosquitto binary not installed on this developer machine")
    broker = ConfiguredMosquitto(config=config, ports=ports, log_path=log_path)
    broker.start()
    return broker


def tracked_client(
    made: list[Any], url: str, client_id: str, inbox: Inbox | None = None, **kw: Any
) -> Any:
    """A ``BusClient`` wired to ``inbox`` (if any) and added to ``made`` for teardown."""
    from incident_desk.messaging import BusClient

    client = BusClient(
        bus_settings(url, client_id, **kw),
        on_message=inbox.on_message if inbox else None,
        on_state=inbox.on_state if inbox else None,
    )
    made.append(client)
    return client


def publish_alert(publisher: Any, topic: str, alert: Any, data: bytes) -> Any:
    """Publish CAP ``data`` (the bytes of ``alert``) with the alert's own key and expiry,
    waiting for the broker's PUBACK (``AlertPublisher.publish_cap``)."""
    return publisher.publish_cap(
        topic,
        data,
        sender=alert.sender,
        identifier=alert.identifier,
        sent=alert.sent.text,
        expires=alert.expires_utc(),
    )

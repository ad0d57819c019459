"""A real three-node NATS cluster with its MQTT interface, for the failover tests.

Each node listens on free loopback ports (NATS clients, cluster routes, MQTT), runs
JetStream in its own folder (MQTT sessions, retained messages and QoS 1 queues live in
JetStream streams, replicated to every node), and can be killed hard (SIGKILL) and started
again with its state. See docs/scaling.md for what NATS's MQTT interface supports.
"""

from __future__ import annotations

import contextlib
import shutil
import subprocess
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from tests.helpers.brokers import _in_ci, free_port, wait_for_port

NATS_EXE = "/usr/sbin/nats-server"
#: how long an unacknowledged QoS 1 message waits before NATS sends it again on the same
#: connection (its default is 30 s; the console acks after the commit, well within this)
ACK_WAIT = "10s"


@dataclass
class NatsNode:
    """One ``nats-server`` process we own; ``kill()`` then ``start()`` keeps its JetStream."""

    name: str
    workdir: Path
    client_port: int
    cluster_port: int
    mqtt_port: int
    routes: list[int] = field(default_factory=list)
    process: subprocess.Popen[bytes] | None = field(default=None, repr=False)

    @property
    def url(self) -> str:
        return f"mqtt://127.0.0.1:{self.mqtt_port}"

    @property
    def log_path(self) -> Path:
        return self.workdir / "nats.log"

    def write_config(self) -> Path:
        routes = ", ".join(f'"nats-route://127.0.0.1:{p}"' for p in self.routes)
        conf = self.workdir / "nats.conf"
        conf.write_text(
            f'server_name: "{self.name}"\n'
            f"listen: 127.0.0.1:{self.client_port}\n"
            f'log_file: "{self.log_path}"\n'
            "jetstream {\n"
            f'  store_dir: "{self.workdir / "js"}"\n'
            "  max_memory_store: 64MB\n  max_file_store: 512MB\n}\n"
            "cluster {\n  name: idesk\n"
            f"  listen: 127.0.0.1:{self.cluster_port}\n"
            f"  routes: [{routes}]\n}}\n"
            "mqtt {\n"
            f"  listen: 127.0.0.1:{self.mqtt_port}\n"
            f'  ack_wait: "{ACK_WAIT}"\n'
            "  stream_replicas: 3\n"
            "  max_ack_pending: 1000\n}\n"
        )
        return conf

    @property
    def running(self) -> bool:
        return self.process is not None and self.process.poll() is None

    def start(self) -> None:
        conf = self.write_config()
        self.process = subprocess.Popen(
            [NATS_EXE, "-c", str(conf)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        try:
            wait_for_port(self.mqtt_port, timeout=20)
        except TimeoutError:
            self.kill()
            raise TimeoutError(f"nats node {self.name} did not start:\n{self.log()}") from None

    def log(self) -> str:
        return self.log_path.read_text(errors="replace") if self.log_path.exists() else ""

    def kill(self) -> None:
        """SIGKILL: what a machine dying looks like."""
        if self.process is not None and self.process.poll() is None:
            self.process.kill()
            self.process.wait(10)
        self.process = None

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(5)
        self.process = None


@dataclass
class NatsCluster:
    """Three ``NatsNode``s routed to each other."""

    nodes: list[NatsNode]

    @property
    def urls(self) -> list[str]:
        return [n.url for n in self.nodes]

    def node_for_port(self, port: int) -> NatsNode:
        return next(n for n in self.nodes if n.mqtt_port == port)

    def stop(self) -> None:
        for node in self.nodes:
            node.stop()

    def wait_ready(self, timeout: float = 60.0) -> None:
        """Wait until the MQTT interface of every running node accepts a session (its
        JetStream streams exist and have a leader: the first connect creates them)."""
        import paho.mqtt.client as mqtt
        from paho.mqtt.enums import CallbackAPIVersion, MQTTProtocolVersion

        deadline = time.monotonic() + timeout
        for node in self.nodes:
            if not node.running:
                continue
            while True:
                probe = mqtt.Client(
                    callback_api_version=CallbackAPIVersion.VERSION2,
                    client_id=f"probe-{node.name}",
                    protocol=MQTTProtocolVersion.MQTTv311,
                    clean_session=True,
                )
                try:
                    if probe.connect("127.0.0.1", node.mqtt_port, keepalive=10) == 0:
                        probe.loop_start()
                        ok = _wait(probe.is_connected, min(10.0, deadline - time.monotonic()))
                        probe.disconnect()
                        probe.loop_stop()
                        if ok:
                            break
                except OSError:
                    pass
                if time.monotonic() > deadline:
                    raise TimeoutError(f"nats node {node.name} never took an MQTT session")
                time.sleep(0.5)


def _wait(condition: object, timeout: float) -> bool:
    deadline = time.monotonic() + max(0.0, timeout)
    while time.monotonic() < deadline:
        if condition():  # type: ignore[operator]
            return True
        time.sleep(0.05)
    return False


def start_nats_cluster(workdir: Path, size: int = 3) -> NatsCluster:
    """Start ``size`` nodes routed to each other on free ports, and wait until MQTT works."""
    if not Path(NATS_EXE).exists() and not shutil.which("nats-server"):
        if _in_ci():
            pytest.fail("nats-server is not installed; .ci/run must install it")
        pytest.skip("nats-server not installed on this developer machine")
    cluster_ports = [free_port() for _ in range(size)]
    nodes = []
    for i in range(size):
        folder = workdir / f"n{i + 1}"
        folder.mkdir(parents=True, exist_ok=True)
        nodes.append(
            NatsNode(
                name=f"n{i + 1}",
                workdir=folder,
                client_port=free_port(),
                cluster_port=cluster_ports[i],
                mqtt_port=free_port(),
                routes=[p for j, p in enumerate(cluster_ports) if j != i],
            )
        )
    cluster = NatsCluster(nodes)
    try:
        for node in nodes:
            node.start()
        cluster.wait_ready()
    except BaseException:
        cluster.stop()
        raise
    return cluster


@contextlib.contextmanager
def nats_cluster(workdir: Path) -> Iterator[NatsCluster]:
    cluster = start_nats_cluster(workdir)
    try:
        yield cluster
    finally:
        cluster.stop()

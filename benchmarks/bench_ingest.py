"""Sustained end-to-end ingest rate and the ingest process's memory, next to raw paho.

One run, on one Mosquitto (started here, persistence on), in two phases that each send the
same N real CAP alerts (``tests/helpers/capgen``, built before the clock starts) from a
publisher PROCESS through ``AlertPublisher`` at QoS 1 (``wait=False`` except every 20,000th
and the last, which wait for their PUBACK: PUBACKs come in order, so then all before are on
the broker; paho cannot hold 65,536 unacknowledged QoS 1 messages, 16-bit packet ids),
yielding the GIL every 20 publishes so that paho's network thread sends them as they come
(without it the first seconds left as a trickle and the rest as one flood):

1. the baseline: a do-nothing paho subscriber PROCESS (MQTT 5, QoS 1, paho's automatic
   ack) alone on the stream: how fast the messages can be received at all on this machine;
2. ``incident-desk ingest --exit-after N`` (a subprocess) alone on the stream: the console's
   ingest pipeline (paho → validation → SQLite) as the operators run it, one persistent
   QoS 1 session.

The phases run one after the other, not side by side: on a 2-core machine a baseline
subscriber running next to the ingest takes a third of a core from it, which no deployment
has. Both rates are N / (time of the Nth message − the publisher's first publish), so each
can be no faster than its phase's publisher (both reported); the ingest's "Nth" is when the
process has stored them and exited (checked: the SQLite file holds N).
Memory: the ingest process's RSS sampled every 50 ms from ``/proc``, reported at 25, 50, 75
and 100 % of its run, and its peak (the kernel's ``VmHWM``, last sample before it exits).

- ``IDESK_BENCH_ALERTS``: N (default 20,000; the issue asks for flat memory over 100,000).

Target: ingest rate ≥ 0.9 × the raw paho rate (issue #18; not met yet: docs/data-volume.md).

    python -m benchmarks ingest
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
TARGET_RATIO = 0.9  # issue #18 (was 0.5)
TOPIC_FILTER = "idesk/v1/actual/#"

PUBLISHER = r"""
import sys, time
from incident_desk.messaging import AlertPublisher, BusClient
from incident_desk.topics import Mode, alert_topic
from tests.helpers.brokers import bus_settings
from tests.helpers.capgen import alert_bytes

url, count = sys.argv[1], int(sys.argv[2])
docs = [alert_bytes(n, sender="upf.go.ug") for n in range(count)]
if len(sys.argv) > 4:  # a signed stream (bench_ingest_signed): KEY CERT files, signed here
    from pathlib import Path
    from incident_desk.trust import sign_alert
    key_pem, cert_pem = Path(sys.argv[3]).read_bytes(), Path(sys.argv[4]).read_bytes()
    docs = [(alert, sign_alert(data, key_pem, cert_pem)) for alert, data in docs]
client = BusClient(bus_settings(url, "bench-publisher-ug-upf"))
client.connect_and_wait(10)
pub = AlertPublisher(client)
topic = alert_topic(Mode.ACTUAL, "UG", "upf")
print("T0", time.monotonic(), time.process_time(), flush=True)
for i, (alert, data) in enumerate(docs):
    # QoS 1 packet ids are 16 bit: paho refuses a 65,536th unacknowledged message ("queue
    # full"), so every 20,000th publish waits for its PUBACK (all before it are then in)
    last = i == count - 1 or (i + 1) % 20_000 == 0
    if i % 20 == 0:
        # let paho's network thread run: publish(wait=False) only queues, and this loop
        # alone would keep the GIL, so the thread that sends would get it every 5 ms
        # (Python's switch interval) and the stream would leave as a trickle, then a flood
        # once the loop ends. 20 = paho's window of unacknowledged outgoing messages.
        time.sleep(0)
    pub.publish_cap(
        topic, data, sender=alert.sender, identifier=alert.identifier, sent=alert.sent.text,
        expires=alert.expires_utc(), wait=last, timeout=600,
    )
print("DONE", time.monotonic(), time.process_time(), flush=True)
client.stop()
"""

RAW_SUBSCRIBER = r"""
import sys, threading, time
import paho.mqtt.client as mqtt
from paho.mqtt.enums import CallbackAPIVersion, MQTTProtocolVersion

host, port, count, topic = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
got = 0
done = threading.Event()
subscribed = threading.Event()

def on_connect(client, userdata, flags, reason_code, properties):
    client.subscribe(topic, qos=1)

def on_subscribe(client, userdata, mid, reason_codes, properties):
    subscribed.set()

def on_message(client, userdata, message):
    global got
    got += 1
    if got == count:
        print("NTH", time.monotonic(), flush=True)
        done.set()

c = mqtt.Client(callback_api_version=CallbackAPIVersion.VERSION2, client_id="bench-raw-paho",
                protocol=MQTTProtocolVersion.MQTTv5)
c.on_connect, c.on_subscribe, c.on_message = on_connect, on_subscribe, on_message
c.connect(host, port)
c.loop_start()
subscribed.wait(10)
cpu0 = time.process_time()
print("READY", flush=True)
done.wait(900)
print("CPU", time.process_time() - cpu0, flush=True)
c.disconnect()
c.loop_stop()
"""


def _alerts() -> int:
    return int(os.environ.get("IDESK_BENCH_ALERTS", "20000"))


def _env(tmp: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("IDESK_")}
    home = tmp / "home"
    home.mkdir(exist_ok=True)
    env.update(
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / ".config"),
        XDG_DATA_HOME=str(home / ".local" / "share"),
        PYTHONPATH=str(ROOT),
        PYTHONUNBUFFERED="1",
    )
    return env


class Lines(threading.Thread):
    """Reads a pipe line by line in the background; ``wait_for`` a line with a prefix."""

    def __init__(self, stream: Any) -> None:
        super().__init__(daemon=True)
        self.stream = stream
        self.lines: list[str] = []
        self.cond = threading.Condition()
        self.start()

    def run(self) -> None:
        for line in self.stream:
            with self.cond:
                self.lines.append(line.rstrip("\n"))
                self.cond.notify_all()
        with self.cond:
            self.lines.append("<EOF>")
            self.cond.notify_all()

    def wait_for(self, needle: str, timeout: float) -> str:
        def found() -> str | None:
            return next((ln for ln in self.lines if needle in ln or ln == "<EOF>"), None)

        with self.cond:
            self.cond.wait_for(lambda: found() is not None, timeout)
            line = found()
        if line is None or line == "<EOF>":
            raise RuntimeError(f"no line with {needle!r}; got:\n" + "\n".join(self.lines[-30:]))
        return line


class RssSampler(threading.Thread):
    """VmRSS of one process every ``interval`` seconds, with ``time.monotonic()`` stamps."""

    def __init__(self, pid: int, interval: float = 0.05) -> None:
        super().__init__(daemon=True)
        self.pid, self.interval = pid, interval
        self.samples: list[tuple[float, int]] = []  # (monotonic, RSS kB)
        self.peak_kb = 0  # VmHWM: the kernel's own high-water mark of this process's RSS
        self.stop_event = threading.Event()
        self.cpu_s = 0.0  # CPU seconds the process had used at the last sample
        self.start()

    def run(self) -> None:
        status = Path(f"/proc/{self.pid}/status")
        while not self.stop_event.wait(self.interval):
            try:
                text = status.read_text()
                self.cpu_s = _process_cpu(self.pid)
            except OSError:
                return
            for line in text.splitlines():
                if line.startswith("VmHWM:"):
                    self.peak_kb = max(self.peak_kb, int(line.split()[1]))
                elif line.startswith("VmRSS:"):
                    self.samples.append((time.monotonic(), int(line.split()[1])))

    def at_fraction(self, start: float, end: float, fraction: float) -> int | None:
        """The last sample taken at or before ``fraction`` of the way from start to end."""
        moment = start + (end - start) * fraction
        before = [kb for t, kb in self.samples if t <= moment]
        return before[-1] if before else None


def _process_cpu(pid: int) -> float:
    """CPU seconds (user + system, every thread) a process has used, from ``/proc``."""
    stat = Path(f"/proc/{pid}/stat").read_text()
    fields = stat[stat.rindex(")") + 2 :].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _machine_cpu() -> tuple[float, float]:
    """(busy, total) CPU seconds of the whole machine so far, every core, from ``/proc/stat``."""
    ticks = [int(v) for v in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]]
    idle = ticks[3] + ticks[4]  # idle + iowait
    hz = os.sysconf("SC_CLK_TCK")
    return (sum(ticks[:8]) - idle) / hz, sum(ticks[:8]) / hz


@dataclass
class Cpu:
    """CPU a phase cost beside the process it measures: the publisher's (first publish to
    last PUBACK, its own clock), the broker's and the whole machine's (busy share of every
    core), from when the publisher's first publish was seen to the phase's end."""

    broker_pid: int
    broker0: float = 0.0
    machine0: tuple[float, float] = (0.0, 0.0)
    publisher_s: float = 0.0
    broker_s: float = 0.0
    busy: float = 0.0

    def start(self) -> None:
        self.broker0, self.machine0 = _process_cpu(self.broker_pid), _machine_cpu()

    def end(self, t0_line: str, done_line: str) -> Cpu:
        busy, total = _machine_cpu()
        self.broker_s = _process_cpu(self.broker_pid) - self.broker0
        self.busy = (busy - self.machine0[0]) / max(total - self.machine0[1], 1e-9)
        self.publisher_s = float(done_line.split()[2]) - float(t0_line.split()[2])
        return self

    def per_alert_us(self, count: int) -> float:
        return (self.publisher_s + self.broker_s) / count * 1e6


def budget_rows(
    raw: RawPhase, cpu: Cpu, count: int, ingest_us: float, share: float | None, target: float
) -> list[dict[str, object]]:
    """Where the CPU of both phases went, and what the ratio target leaves the ingest.

    At ``target`` × the raw rate the publisher and the broker keep P × rate of the machine's
    cores busy (P: their CPU per alert in the ingest phase); the ingest gets the rest. An
    ingest in one process (writer and paho thread under one interpreter lock) gets at most
    one core of it (``share``: the part of a core it used this run); one with worker
    processes (``share`` None: the signed stream's checks) may use all of it. One alert may
    then cost the ingest that CPU over the rate (docs/data-volume.md §2).
    """
    p_raw, p_ingest = raw.cpu.per_alert_us(count), cpu.per_alert_us(count)
    rate = target * raw.rate
    cores = float(os.cpu_count() or 1)
    left = cores - p_ingest * rate / 1e6  # what the publisher and the broker leave
    usable = left if share is None else min(share, 1.0, left)
    allowed = usable / rate * 1e6
    where = "on the cores left" if share is None else "on its core share"
    return [
        _row("publisher + broker CPU per alert, baseline phase", p_raw, "us"),
        _row("publisher + broker CPU per alert, ingest phase", p_ingest, "us"),
        _row("machine busy (share of all cores), baseline phase", raw.cpu.busy * 100, "%"),
        _row("machine busy (share of all cores), ingest phase", cpu.busy * 100, "%"),
        _row(
            f"ingest CPU per alert that stores {target} x the raw rate {where}",
            allowed,
            "us",
            baseline="ingest CPU per alert (measured)",
            baseline_value=ingest_us,
            ratio=allowed / ingest_us,
        ),
        _row(
            "cores the publisher, broker and that ingest would keep busy",
            (p_ingest + allowed) * rate / 1e6,
            "cores",
            baseline="cores",
            baseline_value=cores,
        ),
    ]


def _row(measure: str, value: float, unit: str, **extra: object) -> dict[str, object]:
    return {"measure": measure, "value": value, "unit": unit, **extra}


class Spawner:
    """Starts the benchmark's child processes (stdout and stderr read line by line) and kills
    whatever is still running on exit."""

    def __init__(self, env: dict[str, str]) -> None:
        self.env = env
        self.procs: list[subprocess.Popen[str]] = []

    def __call__(self, argv: list[str]) -> tuple[subprocess.Popen[str], Lines, Lines]:
        proc = subprocess.Popen(
            argv, cwd=ROOT, env=self.env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
        )
        self.procs.append(proc)
        return proc, Lines(proc.stdout), Lines(proc.stderr)

    def __enter__(self) -> Spawner:
        return self

    def __exit__(self, *exc: object) -> None:
        for proc in self.procs:
            if proc.poll() is None:
                proc.kill()
                proc.wait(10)


@dataclass(frozen=True)
class RawPhase:
    """The baseline phase: the publisher and the do-nothing subscriber, nothing else."""

    rate: float  # alerts/s: N / (Nth received - first publish)
    cpu_s: float  # the subscriber's own CPU (receive + PUBACK)
    publish_rate: float
    cpu: Cpu  # the publisher's, the broker's and the machine's


def raw_phase(spawn: Spawner, broker: Any, count: int, *signing: str) -> RawPhase:
    """Publish ``count`` alerts (signed with ``signing`` = KEY CERT files, if given) to a raw
    paho subscriber alone, and time its receiving them all (``broker``: the Mosquitto)."""
    cpu = Cpu(broker.process.pid)
    raw, raw_out, _raw_err = spawn(
        [
            *(sys.executable, "-c", RAW_SUBSCRIBER, "127.0.0.1", str(broker.port)),
            *(str(count), TOPIC_FILTER),
        ]
    )
    raw_out.wait_for("READY", timeout=30)
    pub, pub_out, pub_err = spawn(
        [sys.executable, "-c", PUBLISHER, broker.url, str(count), *signing]
    )
    try:
        t0_line = pub_out.wait_for("T0 ", timeout=900)
        cpu.start()
        done_line = pub_out.wait_for("DONE ", timeout=900)
    except RuntimeError as exc:
        raise RuntimeError(f"{exc}\npublisher stderr:\n" + "\n".join(pub_err.lines[-30:])) from None
    t_raw = float(raw_out.wait_for("NTH ", timeout=900).split()[1])
    cpu.end(t0_line, done_line)
    raw_cpu = float(raw_out.wait_for("CPU ", timeout=60).split()[1])
    for proc in (raw, pub):
        proc.wait(30)
    t0, t_published = float(t0_line.split()[1]), float(done_line.split()[1])
    return RawPhase(count / (t_raw - t0), raw_cpu, count / (t_published - t0), cpu)


def run() -> list[dict[str, object]]:
    from incident_desk.store import Store
    from tests.helpers.brokers import start_mosquitto

    count = _alerts()
    rows: list[dict[str, object]] = []
    with tempfile.TemporaryDirectory(prefix="idesk-bench-ingest-") as tmp_name:
        tmp = Path(tmp_name)
        (tmp / "mosquitto").mkdir()
        broker = start_mosquitto(tmp / "mosquitto")
        db = tmp / "ingest.db"
        try:
            with Spawner(_env(tmp)) as spawn:
                # 1. the baseline alone: what the wire delivers to a Python subscriber here
                raw = raw_phase(spawn, broker, count)
                # 2. the ingest alone on the same broker, the same publisher, the same alerts
                ingest, ingest_out, ingest_err = spawn(
                    [
                        *(sys.executable, "-m", "incident_desk", "-v", "ingest"),
                        *("--broker", broker.url, "--client-id", "bench-ingest"),
                        *("--db", f"sqlite:///{db}", "--exit-after", str(count)),
                    ]
                )
                sampler = RssSampler(ingest.pid)
                ingest_err.wait_for(" connected ", timeout=60)
                startup_cpu = _process_cpu(ingest.pid)  # imports, migrations, connecting
                pub, pub_out, pub_err = spawn(
                    [sys.executable, "-c", PUBLISHER, broker.url, str(count)]
                )
                cpu = Cpu(broker.process.pid)
                try:
                    t0_line = pub_out.wait_for("T0 ", timeout=600)
                    cpu.start()
                    done_line = pub_out.wait_for("DONE ", timeout=900)
                except RuntimeError as exc:
                    raise RuntimeError(
                        f"{exc}\npublisher stderr:\n" + "\n".join(pub_err.lines[-30:])
                    ) from None
                t0, t_published = float(t0_line.split()[1]), float(done_line.split()[1])
                _pid, status = os.waitpid(ingest.pid, 0)
                t_ingest = time.monotonic()
                cpu.end(t0_line, done_line)
                ingest.returncode = os.waitstatus_to_exitcode(status)
                sampler.stop_event.set()
                sampler.join(5)
                ingest_out.join(10)
                summary = " ".join(ln for ln in ingest_out.lines if ln != "<EOF>")
                if ingest.returncode != 0:
                    raise RuntimeError(
                        f"ingest exited {ingest.returncode}:\n" + "\n".join(ingest_err.lines[-30:])
                    )
                pub.wait(30)
            store = Store.open(f"sqlite:///{db}")
            try:
                stored = store.count_alerts()
            finally:
                store.close()
        finally:
            broker.stop()

        raw_rate = raw.rate
        ingest_rate = count / (t_ingest - t0)
        rows.append(
            _row(
                f"publish {count:,} alerts, QoS 1 (publisher process; baseline phase)",
                raw.publish_rate,
                "alerts/s",
            )
        )
        rows.append(_row(f"raw paho receive, QoS 1 auto-ack ({count:,})", raw_rate, "alerts/s"))
        rows.append(
            _row(
                f"publish {count:,} alerts, QoS 1 (publisher process; ingest phase)",
                count / (t_published - t0),
                "alerts/s",
            )
        )
        rows.append(
            _row(
                f"ingest end to end → SQLite ({count:,}; stored {stored:,})",
                ingest_rate,
                "alerts/s",
                baseline="raw paho receive",
                baseline_value=raw_rate,
                ratio=ingest_rate / raw_rate,
                target=f">= {TARGET_RATIO} x baseline",
            )
        )
        start = sampler.samples[0][0] if sampler.samples else t0
        first = None
        for pct in (25, 50, 75, 100):
            kb = sampler.at_fraction(max(start, t0), t_ingest, pct / 100)
            if kb is None:
                continue
            first = first or kb
            rows.append(
                _row(
                    f"ingest RSS at {pct} % of the run",
                    kb / 1024,
                    "MiB",
                    baseline="RSS at 25 %",
                    baseline_value=first / 1024,
                    ratio=kb / first,
                    target="flat (ratio ~1)",
                )
            )
        # CPU the ingest process used per alert (every thread, after start-up: imports,
        # migrations and connecting are not per alert) next to the wall time per alert: far
        # below it, the pipeline waits (commits, acks); near it, one process computes flat out
        rows.append(
            _row(
                "ingest process CPU per alert (all threads, after start-up)",
                (sampler.cpu_s - startup_cpu) / count * 1e6,
                "us",
                baseline="wall time per stored alert",
                baseline_value=(t_ingest - t0) / count * 1e6,
                ratio=(sampler.cpu_s - startup_cpu) / (t_ingest - t0),
            )
        )
        # the part of it no MQTT 5 subscriber in Python avoids: paho receiving and acking
        rows.append(
            _row(
                "raw paho subscriber CPU per alert (receive + PUBACK only)",
                raw.cpu_s / count * 1e6,
                "us",
            )
        )
        rows.extend(
            budget_rows(
                raw,
                cpu,
                count,
                (sampler.cpu_s - startup_cpu) / count * 1e6,
                (sampler.cpu_s - startup_cpu) / (t_ingest - t0),
                TARGET_RATIO,
            )
        )
        # not wait4's ru_maxrss: it counts the pages the child shared with this (large) parent
        # between fork and exec
        rows.append(_row("ingest peak RSS (VmHWM, last sample)", sampler.peak_kb / 1024, "MiB"))
        if stored != count:
            rows.append(_row("ALERTS MISSING from the ingest store", count - stored, "alerts"))
        if summary:
            print(f"# ingest summary: {summary}", file=sys.stderr)
    return rows


if __name__ == "__main__":
    for row in run():
        print(row)

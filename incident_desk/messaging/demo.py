"""Demo traffic for ``incident-desk gui --demo``: a shipped drill played onto the bus.

A simple, faster-than-real-time publisher of a scenario's rendered injects (CAP on the
exercise alert topics, unit status as JSON), so a fresh ``make run`` fills the screen with
realistic traffic. Everything it publishes is exercise content on exercise topics only.
"""

from __future__ import annotations

import json
import logging
import threading
from datetime import UTC, datetime

from incident_desk import cap
from incident_desk.errors import IncidentDeskError
from incident_desk.messaging.client import BusClient
from incident_desk.messaging.publisher import AlertPublisher
from incident_desk.scenario import Scenario, render_all
from incident_desk.topics import Mode, alert_topic, unit_topic

log = logging.getLogger("incident_desk.messaging")


class DemoPlayer:
    """Plays ``scenario`` at ``speed`` on its own thread until the end or ``stop()``."""

    def __init__(self, scenario: Scenario, client: BusClient, *, speed: float = 20.0) -> None:
        self.scenario = scenario
        self.client = client
        self.speed = speed
        self.published = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="idesk-demo-player", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        if self._thread.is_alive():
            self._thread.join(5)
        self.client.stop()

    def _run(self) -> None:
        base = datetime.now(UTC).replace(microsecond=0)
        exercise = self.scenario.exercise.id
        publisher = AlertPublisher(self.client, stream_id=f"demo-{exercise}")
        last_offset = 0
        for inject, rendered in render_all(self.scenario, base):
            wait = (inject.offset_seconds - last_offset) / self.speed
            last_offset = inject.offset_seconds
            if self._stop.wait(max(0.0, wait)):
                return
            agency = self.scenario.agency(inject.from_)
            try:
                if isinstance(rendered, cap.Alert):
                    publisher.publish_cap(
                        alert_topic(Mode.EXERCISE, agency.country, agency.id, exercise_id=exercise),
                        cap.dumps(rendered),
                        sender=rendered.sender,
                        identifier=rendered.identifier,
                        sent=rendered.sent.text,
                        expires=rendered.expires_utc(),
                        exercise_id=exercise,
                    )
                elif rendered.get("schema", "").startswith("idesk.unit-status"):
                    self.client.publish(
                        unit_topic(
                            Mode.EXERCISE,
                            agency.country,
                            agency.id,
                            str(rendered["unit"]),
                            exercise_id=exercise,
                        ),
                        json.dumps(rendered, sort_keys=True).encode(),
                        retain=True,
                        content_type="application/json",
                        user_properties=(("exercise", exercise),),
                    )
                self.published += 1
            except IncidentDeskError as exc:
                log.warning("demo inject %s not published: %s", inject.number, exc)

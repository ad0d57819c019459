"""``incident-desk publish-update``: publish a CAP Update for an incident, headless.

The same core call as the console's "Publish update…" (``Console.publish_update``): the
Update references the incident's alerts in force, carries the latest alert's areas and every
cordon drawn on the incident, is stored and grouped in the store and queued in its outbox.
Then this command sends what the outbox holds for the workstation (QoS 1, waiting for each
PUBACK); with ``--queue-only``, or when the broker cannot be reached, it stays queued and the
console of that workstation sends it at its next connection.
"""

from __future__ import annotations

import argparse
from typing import Any

from incident_desk.cap import SEVERITIES
from incident_desk.cli._options import add_broker_options, count, settings_from, text_option
from incident_desk.errors import BusError, InputError

URGENCIES = ("Immediate", "Expected", "Future", "Past", "Unknown")
CERTAINTIES = ("Observed", "Likely", "Possible", "Unlikely", "Unknown")


def add_parser(sub: Any) -> None:
    p: argparse.ArgumentParser = sub.add_parser(
        "publish-update",
        help="publish a CAP Update for an incident (its alerts in force and its cordons)",
        description=(
            "Build a CAP 1.2 Update for INCIDENT (its id or key) from its latest alert in "
            "force, with the edits given here, the latest alert's areas and every area drawn "
            "on the incident; store it, group it into the incident and publish it on this "
            "agency's alert topic in the incident's traffic (an exercise incident needs "
            "--exercise, or the settings' exercise, and publishes only in that exercise). "
            "Identity (country, agency, sender, operator, workstation) comes from the "
            "settings. Signed with --sign/--cert, or the settings' signing_key/signing_cert."
        ),
    )
    p.add_argument(
        "incident",
        type=incident_ref,
        metavar="INCIDENT",
        help="the incident's id (a number) or key",
    )
    p.add_argument("--headline", help="the Update's headline (default: the latest alert's)")
    p.add_argument("--instruction", help="what people should do (default: the latest alert's)")
    p.add_argument("--severity", choices=SEVERITIES)
    p.add_argument("--urgency", choices=URGENCIES)
    p.add_argument("--certainty", choices=CERTAINTIES)
    p.add_argument("--db", metavar="URL", help="store URL (default: the settings' database)")
    p.add_argument("--exercise", metavar="ID", help="the exercise the console is joined to")
    p.add_argument("--sign", metavar="KEY", help="the agency's CAP signing key (PEM)")
    p.add_argument("--cert", metavar="CERT", help="its certificate (PEM), with --sign")
    p.add_argument(
        "--queue-only",
        action="store_true",
        help="store and queue it only: the workstation's console sends it",
    )
    add_broker_options(p)
    p.set_defaults(run=run)


def incident_ref(text: str) -> str:
    """INCIDENT: a key, or an id from 1 to 2^63-1 (a bigger number is no stored id)."""
    if text.isdigit():
        count(text)  # ArgumentTypeError with the range
    return text


def _incident_id(board: Any, text: str, exercise: str | None) -> int:
    if text.isdigit():
        if board.get(int(text)) is None:
            raise InputError(f"no incident with id {int(text)}")
        return int(text)
    for incident in board.list_incidents(exercise_id=exercise):
        if incident.key == text:
            return int(incident.id)
    where = f"exercise {exercise}" if exercise else "real traffic"
    raise InputError(f"no incident with key {text!r} in {where}")


def run(args: argparse.Namespace) -> int:
    from incident_desk.command import CONTENT_TYPE, CommandBoard
    from incident_desk.console import Console
    from incident_desk.geo import country_code
    from incident_desk.identity import Identity
    from incident_desk.incident_update import UpdateEdits, signing_material
    from incident_desk.incidents import IncidentBoard
    from incident_desk.store import Store
    from incident_desk.topics import Mode

    # every text that goes into the CAP XML, checked before anything is stored or queued
    for option in ("--headline", "--instruction"):
        text_option(option, getattr(args, option[2:]))
    text_option("INCIDENT", args.incident)
    settings = settings_from(args)
    exercise = args.exercise or settings.exercise
    signing = (
        signing_material(args.sign, args.cert)
        if args.sign or args.cert
        else signing_material(settings.signing_key, settings.signing_cert)
    )
    identity = Identity.from_settings(settings)
    with Store.open(settings.database_url) as store:
        board = IncidentBoard(store, country_lookup=country_code)
        console: Console
        command = CommandBoard(
            store,
            identity,
            mode=Mode.EXERCISE if exercise else Mode.ACTUAL,
            exercise_id=exercise,
            publish=lambda t, p: console.send_event(t, p, CONTENT_TYPE),
        )
        console = Console(
            store, identity, exercise_id=exercise, board=board, command=command, signing=signing
        )
        incident_id = _incident_id(board, args.incident, exercise)
        edits = UpdateEdits(
            headline=args.headline,
            instruction=args.instruction,
            severity=args.severity,
            urgency=args.urgency,
            certainty=args.certainty,
        )
        changes = console.publish_update(incident_id, edits)
        (update_id,) = changes.alerts
        stored = store.get_alert(update_id)
        assert stored is not None
        signed = ", signed" if signing is not None else ""
        print(f"Update {stored.alert.identifier} for incident {args.incident} stored{signed}")
        if args.queue_only:
            print(f"queued: the console of workstation {identity.workstation} sends it")
            return 0
        _send(settings, store, identity.workstation)
    return 0


def _send(settings: Any, store: Any, workstation: str) -> None:
    """Send what the workstation's outbox holds now, on a connection of its own."""
    from incident_desk.messaging import AlertPublisher, BusClient
    from incident_desk.messaging.outbox import OutboxSender

    broker = settings.broker.model_copy(
        update={"client_id": f"{settings.broker.client_id}-update", "session_expiry_s": 0}
    )
    client = BusClient(broker)
    try:
        client.connect_and_wait(timeout=15)
    except BusError as exc:
        client.stop()
        raise BusError(f"{exc}; the Update stays queued for the console to send") from None
    try:
        sender = OutboxSender(store, client, AlertPublisher(client), workstation)
        if sender.send_pending():
            waiting = store.count_outgoing(workstation)
            raise BusError(
                f"the broker did not take everything: {waiting} message(s) stay queued for "
                "the console to send"
            )
    finally:
        client.stop()
    print(f"published on {settings.broker.url}")

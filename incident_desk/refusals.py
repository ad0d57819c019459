"""Core refusals as message ids, so the operator reads them in their own language.

A refusal (``RefusedError``: ``CommandError``, ``IncidentError``, ``ClockStateError``) carries
its reason as English text: the command replay writes it into the timeline, the CLI prints
it, the bus peers log it. The window shows it to the operator, who may read French: it gives
the text to :func:`refusal_message`, which finds the sentence it was written from in
:data:`REFUSALS` (each is a ``{placeholder}`` template, marked for the catalog, context
``core``) and returns that sentence's id with the values read back out of the text. A reason
that is no known sentence comes back as itself (``{reason}``, English, shown as written).

Why read the text back rather than raise with ids: the reasons are built in many places of
the command replay, whose outcomes are stored and compared as text (the same rules locally
and on the bus). Reading them back keeps that one English text authoritative and needs no
change to how refusals are made; ``tests/unit/test_refusals.py`` proves every sentence
here is the one the core writes (a refusal provoked for real reads back to its id).

Words in the values (a unit's or an assignment's state, the exercise clock's state) are
translated too (nested :func:`~incident_desk.messages.word`); names, keys and times are data.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any, Final

from incident_desk.messages import CORE, QT_TRANSLATE_NOOP, WORDS, Message

__all__ = ["REFUSALS", "refusal_message"]

#: the refusals the operator meets most: command, handover, assignments, acknowledge,
#: incidents, the exercise clock. Order matters: the first that matches wins.
REFUSALS: Final = (
    # command (incident_desk/command/_replay.py, _ops.py)
    QT_TRANSLATE_NOOP("core", "command is already established ({mode}); propose a transfer"),
    QT_TRANSLATE_NOOP("core", "command needs at least one incident commander"),
    QT_TRANSLATE_NOOP("core", "single command has exactly one incident commander"),
    QT_TRANSLATE_NOOP("core", "unified command has one incident commander per agency"),
    QT_TRANSLATE_NOOP("core", "there is no open command to hand over"),
    QT_TRANSLATE_NOOP("core", "there is no open command to close"),
    QT_TRANSLATE_NOOP("core", "{agency} is not in command of this incident"),
    QT_TRANSLATE_NOOP("core", "{agency} is already in command"),
    QT_TRANSLATE_NOOP("core", "command was closed"),
    # handover
    QT_TRANSLATE_NOOP("core", "the proposal it answers was refused or is unknown"),
    QT_TRANSLATE_NOOP("core", "only a console of {agency} may answer this proposal, not {other}"),
    QT_TRANSLATE_NOOP("core", "the proposal was already answered: lost to {answer} by {author}"),
    QT_TRANSLATE_NOOP("core", "the proposal was superseded by a newer one"),
    QT_TRANSLATE_NOOP("core", "the proposal expired at {time}"),
    QT_TRANSLATE_NOOP("core", "the answer deadline (expires_at) must be in the future"),
    QT_TRANSLATE_NOOP("core", "a handover cannot take effect in the past"),
    QT_TRANSLATE_NOOP("core", "a refusal gives its reason"),
    QT_TRANSLATE_NOOP("core", "there is no handover proposal {proposal}"),
    # assignments and participation (incident_desk/command/_model.py)
    QT_TRANSLATE_NOOP("core", "an assignment names a unit or a person"),
    QT_TRANSLATE_NOOP("core", "an assignment names either a unit or a person"),
    QT_TRANSLATE_NOOP("core", "the assignment it changes does not exist"),
    QT_TRANSLATE_NOOP("core", "there is no unit {unit} in the directory"),
    QT_TRANSLATE_NOOP("core", "there is no assignment {assignment}"),
    QT_TRANSLATE_NOOP("core", "{callsign} is out of service"),
    QT_TRANSLATE_NOOP("core", "name the incident (its CAP incident key)"),
    QT_TRANSLATE_NOOP("core", "the assignment is already {current}"),
    QT_TRANSLATE_NOOP(
        "core", "the assignment is {current}: that is final, it cannot go to {target}"
    ),
    QT_TRANSLATE_NOOP(
        "core",
        "the assignment cannot go from {current} to {target}; from {current} it can go to "
        "{allowed}",
    ),
    QT_TRANSLATE_NOOP("core", "the agency's participation is already {current}"),
    QT_TRANSLATE_NOOP(
        "core",
        "the agency's participation is {current}: that is final, it cannot go to {target}",
    ),
    QT_TRANSLATE_NOOP(
        "core",
        "the agency's participation cannot go from {current} to {target}; from {current} it "
        "can go to {allowed}",
    ),
    QT_TRANSLATE_NOOP(
        "core", "an agency not yet taking part is first alerted, it cannot start as {target}"
    ),
    # acknowledge (incident_desk/console.py)
    QT_TRANSLATE_NOOP("core", "no alert with id {alert}"),
    QT_TRANSLATE_NOOP("core", "a CAP {type} is not itself acknowledged"),
    # incidents (incident_desk/incidents/_board.py)
    QT_TRANSLATE_NOOP("core", "Incident {key} is closed: reopen it to {doing}."),
    QT_TRANSLATE_NOOP("core", "Alert {alert} already belongs to incident {key}."),
    QT_TRANSLATE_NOOP("core", "Incident {key} already exists (id {id}): attach the alert to it."),
    QT_TRANSLATE_NOOP("core", "An incident needs a title."),
    QT_TRANSLATE_NOOP("core", "A note needs some text."),
    # the exercise (incident_desk/scenario/_clock.py, incident_desk/exercise/_player.py)
    QT_TRANSLATE_NOOP("core", "cannot start (STARTEX) while the exercise clock is {state}"),
    QT_TRANSLATE_NOOP("core", "cannot pause while the exercise clock is {state}"),
    QT_TRANSLATE_NOOP("core", "cannot resume while the exercise clock is {state}"),
    QT_TRANSLATE_NOOP("core", "cannot ENDEX while the exercise clock is {state}"),
    QT_TRANSLATE_NOOP("core", "cannot jump while the exercise clock is {state}"),
    QT_TRANSLATE_NOOP("core", "cannot step after ENDEX"),
    QT_TRANSLATE_NOOP("core", "cannot jump after ENDEX"),
    QT_TRANSLATE_NOOP("core", "cannot fire a contingency inject while the exercise is {state}"),
    QT_TRANSLATE_NOOP("core", "cannot send an ad-hoc inject while the exercise is {state}"),
    QT_TRANSLATE_NOOP("core", "no exercise controller runs on this console"),
    # an incident's CAP Update (incident_desk/incident_update.py)
    QT_TRANSLATE_NOOP("core", "there is no such incident"),
    QT_TRANSLATE_NOOP(
        "core",
        "incident {key} was merged: publish the Update for the incident it was merged into",
    ),
    QT_TRANSLATE_NOOP("core", "incident {key} is closed: reopen it first"),
    QT_TRANSLATE_NOOP(
        "core",
        "incident {key} is real traffic and this console is in exercise {exercise}: a real "
        "Update is published from a console in real mode",
    ),
    QT_TRANSLATE_NOOP(
        "core",
        "incident {key} belongs to exercise {exercise}: its Update is published only by a "
        "console joined to that exercise",
    ),
    QT_TRANSLATE_NOOP(
        "core",
        "no alert of incident {key} is in force (all cancelled or superseded): there is "
        "nothing to update",
    ),
    # the database (a StoreError's "Could not {action}: …", read without its action)
    QT_TRANSLATE_NOOP("core", "the database is not usable right now ({detail})"),
    QT_TRANSLATE_NOOP("core", "the database is {db_state}"),
    QT_TRANSLATE_NOOP("core", "the database connection was lost"),
    QT_TRANSLATE_NOOP("core", "cannot create the folder {folder} ({error})"),
)

#: what a database can be when it cannot be used: "Could not {action}: the database is …"
#: (a ``StoreError``, incident_desk/store/_engine.py, which reads the driver's error as one
#: of these); the operator reads "the database is …" (the window says what it was doing)
DB_STATES: Final = (
    QT_TRANSLATE_NOOP(
        "core",
        "unreachable or read-only on every host it lists (a primary change in progress? "
        "check the servers and the network)",
    ),
    QT_TRANSLATE_NOOP("core", "locked by another program (try again in a moment)"),
    QT_TRANSLATE_NOOP("core", "on a full or failing disk"),
    QT_TRANSLATE_NOOP("core", "not writable at its location"),
    QT_TRANSLATE_NOOP("core", "unreachable (check the server and the network)"),
    QT_TRANSLATE_NOOP(
        "core", "not on that server (no database of that name: check the name in the URL)"
    ),
    QT_TRANSLATE_NOOP(
        "core",
        "refusing the user name or password (check both in the URL and the server's access rules)",
    ),
)
_STORE_ERROR: Final = re.compile(r"Could not (?P<action>.+?): (?P<why>.+?)\.?", re.DOTALL)

#: "UPF-1: the assignment cannot go …": a refusal about one named thing
_ABOUT: Final = QT_TRANSLATE_NOOP("core", "{subject}: {refusal}")
#: argument names whose values are words (translated): states
_WORD_ARGS: Final = frozenset({"current", "target", "state"})
#: the exercise clock's states (incident_desk/scenario/_clock.py)
CLOCK_WORDS: Final = (
    QT_TRANSLATE_NOOP("core", "planned"),
    QT_TRANSLATE_NOOP("core", "running"),
    QT_TRANSLATE_NOOP("core", "paused"),
    QT_TRANSLATE_NOOP("core", "ended"),
)
_FIELD = re.compile(r"\{(\w+)\}")


@cache
def _patterns() -> tuple[tuple[re.Pattern[str], str], ...]:
    """Each template as a regex that reads its values back (a repeated field must repeat)."""
    out = []
    for source in REFUSALS:
        parts, seen, at = [], set(), 0
        for found in _FIELD.finditer(source):
            parts.append(re.escape(source[at : found.start()]))
            name = found[1]
            parts.append(f"(?P={name})" if name in seen else f"(?P<{name}>.+?)")
            seen.add(name)
            at = found.end()
        parts.append(re.escape(source[at:]))
        out.append((re.compile("".join(parts), re.DOTALL), source))
    return tuple(out)


def _value(name: str, value: str) -> Any:
    if name == "db_state" and value in DB_STATES:
        return {"id": value}
    if name in _WORD_ARGS:
        spaced, coded = value.replace("_", " "), value.replace(" ", "_")
        if value in WORDS or value in CLOCK_WORDS:
            return {"id": value}
        if spaced in WORDS:
            return {"id": spaced}
        if coded in WORDS:  # a state said as words ("standing by"): its code word
            return {"id": coded}
    return value


def _known(reason: str) -> Message | None:
    for pattern, source in _patterns():
        found = pattern.fullmatch(reason)
        if found is not None:
            args = {k: _value(k, v) for k, v in found.groupdict().items()}
            return Message(source, args, CORE)
    return None


def refusal_message(reason: str) -> Message:
    """``reason`` (a refusal's English text) as the message it was written from; a reason
    about one named thing ("UPF-1: the assignment is already released") keeps its subject as
    data; an unknown reason is kept as written (``{reason}``)."""
    known = _known(reason)
    if known is not None:
        return known
    failed = _STORE_ERROR.fullmatch(reason)  # the database: why, in the reader's words
    if failed is not None:
        why = _known(failed["why"])
        if why is not None:
            return why
    subject, sep, rest = reason.partition(": ")
    inner = _known(rest) if sep else None
    if inner is not None:
        return Message(_ABOUT, {"subject": subject, "refusal": inner.data()}, CORE)
    return Message("{reason}", {"reason": reason}, CORE)

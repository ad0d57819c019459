"""How each signature-check state is worded, in one Qt-free table (README "Signed alerts").

Every place that shows a trust state reads it from :data:`WORDING`: the queue's Trust column
(:func:`trust_label`), the detail panel (:func:`trust_sentence`), the map popup marker
(:func:`trust_marker`) and the command line, logs and quarantine reasons (:func:`trust_word`).
``None`` is an alert stored before signatures were checked ("not checked").
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Final

from incident_desk.messages import QT_TRANSLATE_NOOP, Translate
from incident_desk.trust.details import NOT_SIGNED, say_detail

__all__ = [
    "WORDING",
    "TrustWording",
    "trust_label",
    "trust_marker",
    "trust_rank",
    "trust_sentence",
    "trust_word",
]


@dataclass(frozen=True, slots=True)
class TrustWording:
    """The words for one trust state.

    Attributes:
        label: the queue's Trust cell (``verified`` gets `` by KE/nps`` when the signer is known).
        sentence: the detail panel's plain-words explanation.
        marker: the map popup marker (``[⚠ unsigned]``), None where no marker is shown.
        word: plain lower-case words for the command line, logs and quarantine reasons.
        invalid: evidence of tampering or spoofing (shown in red, first to be quarantined).
        rank: sort order, worst first (an ascending sort puts the alerts to distrust on top).
    """

    label: str
    sentence: str
    marker: str | None
    word: str
    invalid: bool
    rank: int


WORDING: Final[dict[str | None, TrustWording]] = {
    "bad_signature": TrustWording(
        label=QT_TRANSLATE_NOOP("core", "BAD SIGNATURE"),
        sentence=QT_TRANSLATE_NOOP(
            "core",
            "BAD SIGNATURE: the alert was changed after it was signed, or the signature is "
            "broken. Confirm by another channel before acting on it.",
        ),
        marker=QT_TRANSLATE_NOOP("core", "⛔ BAD SIGNATURE"),
        word="bad signature",
        invalid=True,
        rank=0,
    ),
    "signer_mismatch": TrustWording(
        label=QT_TRANSLATE_NOOP("core", "signer ≠ topic"),
        sentence=QT_TRANSLATE_NOOP(
            "core",
            "SIGNED BY ANOTHER AGENCY: a trusted agency signed it, but not the agency whose "
            "topic carried it. Confirm by another channel before acting on it.",
        ),
        marker=QT_TRANSLATE_NOOP("core", "⛔ signer ≠ topic"),
        word="signer mismatch",
        invalid=True,
        rank=1,
    ),
    "check_failed": TrustWording(
        label=QT_TRANSLATE_NOOP("core", "could not check"),
        sentence=QT_TRANSLATE_NOOP(
            "core",
            "Could not check the signature: a fault in this console stopped the check (it "
            "is logged). Nothing is known about who sent it. Confirm by another channel "
            "before acting on it.",
        ),
        marker=QT_TRANSLATE_NOOP("core", "⚠ could not check"),
        word="could not check",
        invalid=False,
        rank=2,
    ),
    "unknown_signer": TrustWording(
        label=QT_TRANSLATE_NOOP("core", "unknown signer"),
        sentence=QT_TRANSLATE_NOOP(
            "core",
            "Signed, but by a signer this console does not trust (not in the trust store).",
        ),
        marker=QT_TRANSLATE_NOOP("core", "⚠ unknown signer"),
        word="unknown signer",
        invalid=False,
        rank=3,
    ),
    "unsigned": TrustWording(
        label=QT_TRANSLATE_NOOP("core", "unsigned"),
        sentence=QT_TRANSLATE_NOOP("core", "Not signed: nothing proves which agency sent it."),
        marker=QT_TRANSLATE_NOOP("core", "⚠ unsigned"),
        word="unsigned",
        invalid=False,
        rank=4,
    ),
    None: TrustWording(
        label=QT_TRANSLATE_NOOP("core", "not checked"),
        sentence=QT_TRANSLATE_NOOP(
            "core", "Not checked: stored before this console checked signatures."
        ),
        marker=None,
        word="not checked",
        invalid=False,
        rank=5,
    ),
    "verified": TrustWording(
        label=QT_TRANSLATE_NOOP("core", "✔ verified"),
        sentence=QT_TRANSLATE_NOOP(
            "core", "Verified: the signature matches and the signer may publish on this topic."
        ),
        marker=None,
        word="verified",
        invalid=False,
        rank=6,
    ),
}


def _wording(state: str | None) -> TrustWording:
    """The table row; a state this table does not know is worded as its own name."""
    found = WORDING.get(state)
    if found is not None:
        return found
    name = str(state).replace("_", " ")
    return TrustWording(name, name, f"⚠ {name}", name, invalid=False, rank=2)


def _english(_context: str, source: str) -> str:
    return source


def trust_label(
    state: str | None, signer: str | None = None, translate: Translate | None = None
) -> str:
    """The queue's Trust cell: ``✔ verified by KE/nps``, ``unsigned``, ``BAD SIGNATURE`` …
    (``translate``: the reader's language, incident_desk/messages.py; default English)."""
    say = translate or _english
    label = say("core", _wording(state).label)
    if state == "verified" and signer:
        return say("core", QT_TRANSLATE_NOOP("core", "{label} by {signer}")).format(
            label=label, signer=signer
        )
    return label


def trust_sentence(
    state: str | None,
    detail: str | None = None,
    translate: Translate | None = None,
    data: Callable[[str], str] | None = None,
) -> str:
    """The state in plain words for the detail panel, with the verifier's detail if any
    (not one the sentence already says), in the reader's language too
    (incident_desk/trust/details.py; ``data`` wraps the names in it, e.g. kept left to right
    in Arabic)."""
    say = translate or _english
    sentence = say("core", _wording(state).sentence)
    if not detail or detail in _SAID_BY_SENTENCE.get(state, ()):
        return sentence
    return f"{sentence} ({say_detail(detail, translate, data)})"


#: details a state's sentence already says: "Not signed: nothing proves which agency sent
#: it." read on "(the alert is not signed)", a third "not signed" on one line
_SAID_BY_SENTENCE: Final[dict[str | None, frozenset[str]]] = {"unsigned": frozenset({NOT_SIGNED()})}


def trust_marker(state: str | None, translate: Translate | None = None) -> str | None:
    """The map popup marker for an alert that is not verified; None for verified/not checked
    (``translate``: the reader's language; default English)."""
    marker = _wording(state).marker
    return None if marker is None else (translate or _english)("core", marker)


def trust_word(state: str | None) -> str:
    """Plain lower-case words for the command line, logs and quarantine reasons."""
    return _wording(state).word


def trust_rank(state: str | None) -> int:
    """Sort key, worst first."""
    return _wording(state).rank

"""Quarantine reasons as message ids: each common reason has its own sentence, the unusual
detail stays data inside it, and a French reader reads it in French (issue #15)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from incident_desk.cap import Problem
from incident_desk.ingest import classify
from incident_desk.ingest._classify import TrustConfig
from incident_desk.ingest._reasons import (
    cap_problems_reason,
    event_reason,
    signature_reason,
    text_reason,
)
from incident_desk.messages import render
from incident_desk.store import Rejected
from incident_desk.trust import TrustPolicy
from incident_desk.ui.catalogs import catalog_translate
from tests.helpers.capgen import alert_bytes

ACTUAL = "idesk/v1/actual/KE/nps/alert"
EXERCISE = "idesk/v1/exercise/EX-1/KE/nps/alert"


@dataclass(frozen=True)
class Msg:
    topic: str
    payload: bytes
    retain: bool = False
    user_properties: tuple[tuple[str, str], ...] = ()
    received_at: dt.datetime = field(default_factory=lambda: dt.datetime.now(dt.UTC))


@pytest.fixture(scope="module", name="fr")
def french():  # type: ignore[no-untyped-def]
    return catalog_translate("fr")


def _rejected(topic: str, payload: bytes, **kwargs: object) -> Rejected:
    verdict = classify(Msg(topic, payload), **kwargs)  # type: ignore[arg-type]
    assert verdict.kind == "reject"
    assert verdict.rejected is not None
    assert verdict.rejected.reason_msg is not None
    return verdict.rejected


def test_not_well_formed_xml_keeps_lxml_detail_as_data(fr) -> None:  # type: ignore[no-untyped-def]
    r = _rejected(ACTUAL, b"<alert><unclosed></alert>")
    msg = r.reason_msg
    assert msg is not None
    assert msg["id"] == "Not well-formed XML: {detail}"
    detail = msg["args"]["detail"]
    assert detail
    assert detail in r.reason
    assert r.reason.startswith("invalid CAP: ")
    assert render(msg, fr) == f"XML mal formé : {detail}"


@pytest.mark.parametrize(
    ("payload", "kwargs", "source", "french"),
    [
        (
            b"x" * 2048,
            {"max_size": 1024},
            "Too large: {size} bytes, over the limit of {limit} bytes",
            "Trop volumineux : 2048 octets",
        ),
        (b"<foo/>", {}, "Not a CAP 1.2 alert: the document is a {root}", "Pas une alerte CAP 1.2"),
        (b"", {}, "Empty payload", "Contenu vide"),
    ],
)
def test_common_reasons_have_their_own_sentence(  # type: ignore[no-untyped-def]
    fr, payload: bytes, kwargs: dict[str, object], source: str, french: str
) -> None:
    msg = _rejected(ACTUAL, payload, **kwargs).reason_msg
    assert msg is not None
    assert msg["id"] == source
    assert render(msg, fr).startswith(french)


def test_schema_violations_are_summed_up_with_the_first_one(fr) -> None:  # type: ignore[no-untyped-def]
    payload = alert_bytes(11)[1].replace(b"<msgType>Alert</msgType>", b"<msgType>Nope</msgType>")
    payload = payload.replace(b"<scope>Public</scope>", b"<scope>Nobody</scope>")
    msg = _rejected(ACTUAL, payload).reason_msg
    assert msg is not None
    assert msg["id"].startswith("Breaks the CAP 1.2 schema or rules")
    assert "/alert/msgType" in msg["args"]["detail"]
    assert render(msg, fr).startswith("Enfreint le schéma ou les règles CAP 1.2")


def test_a_refused_alert_says_the_line_of_its_first_problem(fr) -> None:  # type: ignore[no-untyped-def]
    """An integrator reading the quarantine finds the offending element by its line, in the
    stored English reason and in the operator's language."""
    sample = Path(__file__).parents[1] / "data" / "cap" / "valid" / "ke_explosion_alert.xml"
    payload = sample.read_bytes().replace(b"<msgType>Alert</msgType>", b"<msgType>Nope</msgType>")
    line = payload[: payload.index(b"<msgType>")].count(b"\n") + 1
    assert line > 2  # a document written over many lines
    r = _rejected(ACTUAL, payload)
    assert f"line {line}, /alert/msgType: " in r.reason
    msg = r.reason_msg
    assert msg is not None
    assert msg["id"] == "Breaks the CAP 1.2 schema or rules on line {line}: {detail}"
    assert msg["args"]["line"] == line
    assert render(msg, None).startswith(f"Breaks the CAP 1.2 schema or rules on line {line}: ")
    french = render(msg, fr)
    assert french.startswith("Enfreint le schéma ou les règles CAP 1.2")
    assert f" {line} : /alert/msgType" in french


def test_a_reason_without_a_line_keeps_its_sentence() -> None:
    """A problem of the document as a whole (no element, so no line) reads as before."""
    said = cap_problems_reason([Problem("/alert/info[1]", "bad", line=None)]).data()
    assert said["id"] == "Breaks the CAP 1.2 schema or rules: {detail}"
    two = cap_problems_reason([Problem("/alert", "a", line=3), Problem("/alert", "b")]).data()
    assert two["id"].endswith("the first, on line {line}: {detail}")
    assert two["args"] == {"count": 2, "line": 3, "detail": "/alert: a"}


def test_exercise_traffic_on_a_real_topic_reads_as_mixed_traffic(fr) -> None:  # type: ignore[no-untyped-def]
    payload = alert_bytes(11)[1].replace(b"<status>Actual</status>", b"<status>Exercise</status>")
    r = _rejected(ACTUAL, payload)
    assert r.reason_msg is not None
    assert r.reason_msg["id"].startswith("Exercise and real traffic mixed: CAP status {status}")
    assert render(r.reason_msg, fr).startswith("Exercice et trafic réel mélangés")
    assert r.reason_msg is not None
    assert render(r.reason_msg, None) != ""


def test_an_unknown_reason_is_shown_as_written() -> None:
    msg = text_reason("something nobody wrote a sentence for").data()
    assert render(msg, catalog_translate("fr")) == "something nobody wrote a sentence for"


def test_invalid_unit_event_keeps_its_english_text_and_reads_in_french(fr) -> None:  # type: ignore[no-untyped-def]
    said = event_reason("unit", "status 'flying' is not a unit status")
    assert said.text == "invalid unit event: status 'flying' is not a unit status"
    assert render(said.data(), fr) == (
        "événement d’unité invalide : status 'flying' is not a unit status"
    )


def test_a_refused_signature_reads_wholly_in_french(fr) -> None:  # type: ignore[no-untyped-def]
    """The trust policy's reason: its sentence, the state and the verifier's detail are all
    translated (the detail is one of the forms in incident_desk/trust/details.py)."""
    trust = TrustConfig(policy=TrustPolicy.QUARANTINE)
    r = _rejected(ACTUAL, alert_bytes(1)[1], trust=trust)
    assert r.reason == "signature check: unsigned: the alert is not signed"
    msg = r.reason_msg
    assert msg is not None
    assert msg["args"]["detail"] == {"id": "the alert is not signed", "args": {}}
    assert render(msg, None) == "Signature check failed (unsigned): the alert is not signed"
    assert render(msg, fr) == (
        "Échec du contrôle de signature (non signée) : l’alerte n’est pas signée"
    )


def test_a_refused_signature_from_an_older_console_keeps_its_detail_as_data() -> None:
    msg = signature_reason("unsigned", "a detail no form reads").data()
    assert msg["args"]["detail"] == "a detail no form reads"

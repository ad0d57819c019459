"""The signature check's details are read back into their form and shown in the reader's
language; what the verifier writes is always one of the forms (incident_desk/trust/details.py)."""

from __future__ import annotations

import ast
import string
from pathlib import Path

import pytest

from incident_desk.trust import details as said
from incident_desk.trust.details import FORMS, OUTER, Detail, detail_message, say_detail

TRUST = Path(said.__file__).parent

# Data as it comes: a subject with commas, parentheses and words of the forms themselves.
_DATA = {
    "signer": "KE/nps",
    "subject": "CN=nps (signed by KE/nps),O=Kenya Police,C=KE",
    "ca": "KE.pem",
    "entry": "KE-nps.pem",
    "topic": "UG/upf",
    "count": "3",
    "expected": "64",
    "element": "SignatureValue",
    "algorithm": "'http://www.w3.org/2006/12/xml-c14n11'",
    "start": "2026-01-01",
    "end": "2027-01-01",
    "error": "TypeError",
}


def _filled(form: Detail, inner: Detail | None = None) -> tuple[str, dict[str, object]]:
    """``form`` written with sample data (its nested place holding ``inner``, written the
    same way), and the arguments :func:`detail_message` should read back."""
    text_args: dict[str, object] = {}
    message_args: dict[str, object] = {}
    for _, name, _, _ in string.Formatter().parse(form.source):
        if name is None:
            continue
        if name in form.nested:
            assert inner is not None
            text_args[name], read = _filled(inner)
            message_args[name] = {"id": inner.source, "args": read}
        else:
            text_args[name] = message_args[name] = _DATA[name]
    return form(**text_args), message_args


_CASES = [
    (outer, inner)
    for outer in OUTER
    for inner in ([None] if not outer.nested else next(iter(outer.nested.values())))
]


@pytest.mark.parametrize(
    ("outer", "inner"),
    _CASES,
    ids=[f"{o.source[:30]}|{i.source[:30] if i else ''}" for o, i in _CASES],
)
def test_every_form_reads_back_as_itself(outer: Detail, inner: Detail | None) -> None:
    text, args = _filled(outer, inner)
    assert detail_message(text) == {"id": outer.source, "args": args}
    assert say_detail(text, None) == text  # English: exactly what was stored


def test_every_form_is_a_whole_detail_or_nested_in_one() -> None:
    reached = {id(o) for o, _ in _CASES} | {id(i) for _, i in _CASES if i is not None}
    assert [f.source for f in FORMS if id(f) not in reached] == []
    assert len(FORMS) > 40
    assert len({f.source for f in FORMS}) == len(FORMS)


_RU = {
    "signed by {signer} ({why})": "подписано {signer} ({why})",
    "issued by the CA in {ca}": "выдан УЦ из {ca}",
    "valid signature by an unknown signer: {why}": "подпись верна, подписант неизвестен: {why}",
    "{subject} is not in the trust store and not issued by a trusted CA": (
        "{subject} нет в хранилище доверия"
    ),
    "the signature does not match the alert: {reason}": "подпись не совпадает: {reason}",
    "the SignatureValue has {count} bytes, not {expected}": "{count} байт вместо {expected}",
}


def _ru(context: str, source: str) -> str:
    assert context == "core"
    return _RU.get(source, source)


def test_a_detail_and_the_detail_inside_it_are_both_translated() -> None:
    verified = said.SIGNED_BY(signer="KE/nps", why=said.ISSUED_BY(ca="KE.pem"))
    assert verified == "signed by KE/nps (issued by the CA in KE.pem)"
    assert say_detail(verified, _ru) == "подписано KE/nps (выдан УЦ из KE.pem)"
    bad = said.NO_MATCH(reason=said.VALUE_SIZE(count=63, expected=64))
    assert say_detail(bad, _ru) == "подпись не совпадает: 63 байт вместо 64"


def test_data_that_looks_like_a_form_stays_data() -> None:
    """A certificate subject is the sender's to choose: it is never translated, whatever it
    says (only the places a form names as nested hold details)."""
    subject = "CN=signed by KE/nps (issued by the CA in KE.pem)"
    unknown = said.UNKNOWN_SIGNER(why=said.NOT_TRUSTED(subject=subject))
    shown = say_detail(unknown, _ru)
    assert shown == f"подпись верна, подписант неизвестен: {subject} нет в хранилище доверия"


def test_data_is_wrapped_for_right_to_left_text() -> None:
    verified = said.SIGNED_BY(signer="KE/nps", why=said.ISSUED_BY(ca="KE.pem"))
    shown = say_detail(verified, _ru, data=lambda s: f"[{s}]")
    assert shown == "подписано [KE/nps] (выдан УЦ из [KE.pem])"


def test_a_text_that_is_no_form_is_shown_as_written() -> None:
    for text in ("old row", "signed by", "issued by the CA in", ""):
        assert detail_message(text) is None
        assert say_detail(text, _ru) == text


def test_a_translation_that_lost_a_placeholder_shows_english() -> None:
    def broken(_context: str, source: str) -> str:
        return "подписано {someone}" if source == said.SIGNED_BY.source else source

    verified = said.SIGNED_BY(signer="KE/nps", why=said.PINNED(entry="KE-nps.pem"))
    assert say_detail(verified, broken) == verified


def test_a_form_is_called_with_its_own_placeholders() -> None:
    with pytest.raises(TypeError):
        said.SIGNED_BY(signer="KE/nps")
    with pytest.raises(ValueError, match="each placeholder once"):
        Detail("{a} and {a}")
    with pytest.raises(ValueError, match="nested placeholders"):
        Detail("{a}", nested={"b": ()})


@pytest.mark.parametrize(
    ("module", "calls"),
    [
        ("signature.py", {"_result": 1}),
        ("_dsig.py", {"BadSignature": 0}),
    ],
)
def test_the_verifier_writes_only_forms(module: str, calls: dict[str, int]) -> None:
    """No detail is a string literal or an f-string: each is a form filled in (or a value
    passed along), so every detail the window shows can be read back and translated."""
    tree = ast.parse((TRUST / module).read_text(encoding="utf-8"))
    seen = 0
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Name):
            continue
        where = calls.get(node.func.id)
        if where is None or len(node.args) <= where:
            continue
        seen += 1
        arg = node.args[where]
        assert not isinstance(arg, ast.Constant | ast.JoinedStr), ast.unparse(node)
    assert seen > 10


def test_the_trust_store_says_why_in_forms() -> None:
    tree = ast.parse((TRUST / "store.py").read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef) and node.name in {"identify", "_work_out_path"}:
            for inner in ast.walk(node):
                assert not isinstance(inner, ast.JoinedStr) or "%Y" in ast.unparse(inner), (
                    ast.unparse(inner)
                )

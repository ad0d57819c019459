"""One table words every trust state: the README's queue labels, the map markers, the CLI."""

from __future__ import annotations

import re
import typing
from pathlib import Path

from incident_desk.trust import TrustResult, TrustState, policy_verdict, warning_text
from incident_desk.trust.wording import (
    WORDING,
    trust_label,
    trust_marker,
    trust_rank,
    trust_sentence,
    trust_word,
)

README = Path(__file__).resolve().parents[3] / "README.md"


def test_every_state_the_verifier_returns_is_worded() -> None:
    states = set(typing.get_args(TrustState))
    assert states | {None} == set(WORDING)


def test_queue_labels_are_the_ones_the_readme_documents() -> None:
    rows = re.findall(r"^\| `(\w+)` \| (.+?) \|", README.read_text(encoding="utf-8"), re.M)
    assert len(rows) >= 6
    for state, shown in rows:
        text = shown.replace("**", "").replace(" (red)", "")
        expected = trust_label(state, "KE/nps" if state == "verified" else None)
        assert text == expected, state


def test_map_markers_come_from_the_table() -> None:
    assert trust_marker("unsigned") == "⚠ unsigned"
    assert trust_marker("bad_signature") == "⛔ BAD SIGNATURE"
    assert trust_marker("verified") is None
    assert trust_marker(None) is None
    assert trust_marker("check_failed") == "⚠ could not check"
    assert trust_marker("unsigned", lambda _c, s: s.upper()) == "⚠ UNSIGNED"


def test_invalid_states_sort_first_and_are_quarantined_by_word() -> None:
    ranked = sorted(WORDING, key=trust_rank)
    assert ranked[:2] == ["bad_signature", "signer_mismatch"]
    assert ranked[-1] == "verified"
    reason = policy_verdict(TrustResult("signer_mismatch", "nps", "KE", "x"), "quarantine-invalid")
    assert reason == f"signature check: {trust_word('signer_mismatch')}: x"


def test_could_not_check_is_worded_as_a_fault_not_tampering() -> None:
    assert trust_label("check_failed") == "could not check"
    assert "fault in this console" in trust_sentence("check_failed")
    assert not WORDING["check_failed"].invalid
    result = TrustResult("check_failed", None, None, "TypeError")
    assert warning_text(result) == "could not check: TypeError"
    assert policy_verdict(result, "quarantine-invalid") is None
    assert policy_verdict(result, "quarantine") is not None


def test_an_unknown_state_is_worded_as_its_name() -> None:
    assert trust_label("from_the_future") == "from the future"
    assert trust_sentence(None, "old row") == (
        "Not checked: stored before this console checked signatures. (old row)"
    )

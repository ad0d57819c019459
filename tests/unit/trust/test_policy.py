"""policy_verdict: warn (CAP default) never quarantines; stricter policies do, by state."""

from __future__ import annotations

import pytest

from incident_desk.errors import ConfigError
from incident_desk.trust import TrustPolicy, TrustResult, policy_verdict, warning_text

Q = "quarantine"
TABLE = {
    # state:             warn, quarantine-invalid, quarantine
    "verified": (None, None, None),
    "unsigned": (None, None, Q),
    "unknown_signer": (None, None, Q),
    "bad_signature": (None, Q, Q),
    "signer_mismatch": (None, Q, Q),
}


@pytest.mark.parametrize("state", sorted(TABLE))
@pytest.mark.parametrize(
    ("column", "policy"), list(enumerate(["warn", "quarantine-invalid", "quarantine"]))
)
def test_verdict_table(state: str, column: int, policy: str) -> None:
    result = TrustResult(state, "nps", "KE", "because")  # type: ignore[arg-type]
    verdict = policy_verdict(result, TrustPolicy.parse(policy))
    if TABLE[state][column] is None:
        assert verdict is None
    else:
        assert verdict is not None
        assert state.replace("_", " ") in verdict
        assert "because" in verdict


def test_policy_from_string_and_errors() -> None:
    assert TrustPolicy.parse(" Quarantine ") is TrustPolicy.QUARANTINE
    assert policy_verdict(TrustResult("unsigned", None, None, "x"), "quarantine") is not None
    with pytest.raises(ConfigError, match="warn, quarantine-invalid, quarantine"):
        TrustPolicy.parse("reject")


def test_warning_text() -> None:
    assert warning_text(TrustResult("verified", "nps", "KE", "ok")) is None
    text = warning_text(TrustResult("bad_signature", None, None, "digest mismatch"))
    assert text == "BAD SIGNATURE: digest mismatch"

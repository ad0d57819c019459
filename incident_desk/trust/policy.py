"""What to do with alerts that are not verified (docs/standards.md §1.8, §2).

CAP's rule is that a processor that cannot verify a signature still processes the message and
may warn: so the default, ``warn``, never quarantines. Stricter deployments choose:

================== ==================================== ====================================
policy              unsigned / unknown signer            bad signature / signer mismatch
================== ==================================== ====================================
``warn``            shown, with a warning                shown, with a warning
``quarantine-invalid`` shown, with a warning             quarantined
``quarantine``      quarantined                          quarantined
================== ==================================== ====================================

An unknown signer proves nothing more than no signature at all, so it follows the unsigned
column; so does a check that a fault in this console interrupted (``check_failed``): nothing is
known about that signature, which is not evidence of tampering. A bad signature or a signer
on another agency's topic is evidence of tampering or spoofing, so it is the first thing a
stricter policy quarantines.
"""

from __future__ import annotations

from enum import StrEnum
from typing import TYPE_CHECKING

from incident_desk.errors import ConfigError
from incident_desk.trust.wording import WORDING, trust_label, trust_word

if TYPE_CHECKING:  # the check itself is not needed to read the setting
    from incident_desk.trust.signature import TrustResult

__all__ = ["TrustPolicy", "policy_verdict", "warning_text"]


class TrustPolicy(StrEnum):
    """The ``trust_policy`` setting."""

    WARN = "warn"
    QUARANTINE_INVALID = "quarantine-invalid"
    QUARANTINE = "quarantine"

    @classmethod
    def parse(cls, value: str) -> TrustPolicy:
        """Read the setting (case-insensitive); :class:`ConfigError` names the valid values."""
        try:
            return cls(value.strip().lower())
        except ValueError:
            choices = ", ".join(p.value for p in cls)
            raise ConfigError(f"trust policy {value!r} is not one of {choices}") from None


_INVALID = frozenset(state for state, words in WORDING.items() if words.invalid)
_UNPROVEN = frozenset({"unsigned", "unknown_signer", "check_failed"})


def policy_verdict(result: TrustResult, policy: TrustPolicy | str) -> str | None:
    """The quarantine reason for ``result`` under ``policy``, or None to accept it.

    Accepting is not trusting: use :func:`warning_text` for the warning shown with an
    accepted but unverified alert.
    """
    policy = TrustPolicy.parse(policy) if isinstance(policy, str) else policy
    if result.state == "verified" or policy is TrustPolicy.WARN:
        return None
    if result.state in _INVALID or (result.state in _UNPROVEN and policy is TrustPolicy.QUARANTINE):
        return f"signature check: {trust_word(result.state)}: {result.detail}"
    return None


def warning_text(result: TrustResult) -> str | None:
    """The operator-facing warning for an accepted alert, or None when it is verified."""
    if result.state == "verified":
        return None
    return f"{trust_label(result.state)}: {result.detail}"

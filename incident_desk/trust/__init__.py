"""Trust: CAP signatures, the agency trust store, the trust policy and broker configuration.

Qt-free and paho-free (docs/architecture.md §1).

- :func:`sign_alert` — enveloped XML-DSig on a CAP alert (RSA/ECDSA-SHA256, exclusive c14n).
- :class:`TrustStore` — a folder of PEM files; ``KE-nps.pem`` = agency ``nps`` of ``KE``.
- :func:`verify_all` / :func:`best` — each of several (counter-)signatures, the best state.
- :func:`verify` → :class:`TrustResult` (``verified``, ``unsigned``, ``unknown_signer``,
  ``bad_signature``, ``signer_mismatch``, ``check_failed``); never raises for bad input; a
  fault inside the check is logged and gives ``check_failed`` ("could not check").
- :mod:`incident_desk.trust.wording` — how each state is worded (queue, detail, map, CLI).
- :class:`TrustPolicy` and :func:`policy_verdict` — warn (CAP default) or quarantine.
- :mod:`incident_desk.trust.brokerconf` — render the shipped Mosquitto templates.
- :mod:`incident_desk.trust.drillcerts` — throw-away drill PKI (tests, exercises).
- :mod:`incident_desk.trust.worker` — the check as a worker process runs it (ingest's pool).

Names load on first use (PEP 562): the console's window needs only ``wording`` before its
first paint, and the signature check (cryptography, lxml) costs tens of ms to import.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from incident_desk.trust._xml import UnsafeXml
    from incident_desk.trust.brokerconf import render_config
    from incident_desk.trust.policy import TrustPolicy, policy_verdict, warning_text
    from incident_desk.trust.signature import (
        CHECK_FAILED,
        SigningError,
        TrustResult,
        TrustState,
        best,
        sign_alert,
        verify,
        verify_all,
    )
    from incident_desk.trust.store import Signer, TrustEntry, TrustStore

#: where each exported name lives (tests/unit/trust/test_lazy_exports.py keeps it true)
_WHERE = {
    "UnsafeXml": "_xml",
    "render_config": "brokerconf",
    "TrustPolicy": "policy",
    "policy_verdict": "policy",
    "warning_text": "policy",
    "CHECK_FAILED": "signature",
    "SigningError": "signature",
    "TrustResult": "signature",
    "TrustState": "signature",
    "best": "signature",
    "sign_alert": "signature",
    "verify": "signature",
    "verify_all": "signature",
    "Signer": "store",
    "TrustEntry": "store",
    "TrustStore": "store",
}

__all__ = [
    "CHECK_FAILED",
    "Signer",
    "SigningError",
    "TrustEntry",
    "TrustPolicy",
    "TrustResult",
    "TrustState",
    "TrustStore",
    "UnsafeXml",
    "best",
    "policy_verdict",
    "render_config",
    "sign_alert",
    "verify",
    "verify_all",
    "warning_text",
]


def __getattr__(name: str) -> Any:
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(f"{__name__}.{module}"), name)
    globals()[name] = value  # once: later lookups do not come here
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_WHERE))

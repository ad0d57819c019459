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
"""

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

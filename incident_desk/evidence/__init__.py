"""Evidence-grade record: a tamper-evident log of every stored fact (docs/evidence.md).

The pure parts live here (RFC 9162 hashing and proofs, the canonical entry encoding, C2SP
signed notes, package verification): they need neither the store nor a broker, so a
prosecutor's machine runs ``incident-desk evidence verify`` with this package alone.
Database-side parts are in ``incident_desk.evidence.ledger`` and ``incident_desk.evidence.export``.
"""

"""Evidence-grade record: a tamper-evident log of every stored fact (docs/evidence.md).

- ``incident_desk.tlog``: the log's formats (RFC 9162 Merkle tree, canonical entries); the
  store appends with them in each fact's own transaction;
- ``_note``: C2SP signed notes, checkpoints and Ed25519 cosignatures;
- ``ledger``: proofs, checkpoints, cosignatures and the audit of a store's log;
- ``export``: an incident's package; ``_verify``: its offline verification (no database,
  broker or network);
- ``witness``: what a log owner and a cross-border witness decide
  (``incident_desk.messaging.evidence_witness`` carries it over MQTT 5).
"""

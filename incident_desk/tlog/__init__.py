"""The evidence log's data formats, with no dependency inside Incident Desk (docs/evidence.md).

- :mod:`incident_desk.tlog.merkle`: RFC 9162 Merkle tree hashing, inclusion and consistency
  proofs, the frontier a store appends to;
- :mod:`incident_desk.tlog.entries`: the canonical encoding of a log entry.

Both the store (which appends in each fact's transaction) and ``incident_desk.evidence``
(checkpoints, export, verification) use them; neither depends on the other through here.
"""

"""RFC 9162 (Certificate Transparency v2) Merkle tree hashing and proofs, SHA-256.

- leaf hash ``H(0x00 || entry)``, node hash ``H(0x01 || left || right)``;
- the tree over ``n`` leaves splits at ``k``, the largest power of two below ``n``
  (RFC 9162 §2.1.1), so the root of ``n`` leaves never changes once they are there;
- inclusion proofs (§2.1.3) and consistency proofs (§2.1.4): generation and verification.

Generation works on *ranges* ``[lo, hi)`` of leaves: every hash a proof needs is the root of
such a range, and every range of the RFC tree is a run of *perfect* subtrees (``2**level``
leaves starting at a multiple of ``2**level``). A store keeps exactly those perfect subtree
hashes (``Frontier.append`` says which ones are new), so a proof needs O(log n) reads and
O(log n) hashes whatever the size of the log.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from incident_desk.errors import InputError

HASH_SIZE = 32
STORED_FROM_LEVEL = 4  # a store keeps perfect subtrees of 16 leaves and more (see ledger)
NodeId = tuple[
    int, int
]  # (level, index): the perfect subtree of leaves [index << level, +2**level)


class ProofError(InputError):
    """A proof that does not hold; the message says which check failed."""


def leaf_hash(entry: bytes) -> bytes:
    return hashlib.sha256(b"\x00" + entry).digest()


def node_hash(left: bytes, right: bytes) -> bytes:
    return hashlib.sha256(b"\x01" + left + right).digest()


def empty_root() -> bytes:
    """The root of the empty tree: the hash of the empty string (RFC 9162 §2.1.1)."""
    return hashlib.sha256(b"").digest()


def split(n: int) -> int:
    """The largest power of two strictly smaller than ``n`` (n > 1)."""
    return 1 << ((n - 1).bit_length() - 1)


# -- ranges and perfect subtrees ---------------------------------------------------------


def perfect_parts(lo: int, hi: int) -> list[NodeId]:
    """The perfect subtrees whose hashes make up the RFC 9162 hash of leaves ``[lo, hi)``."""
    size = hi - lo
    if size <= 0:
        raise ValueError("an empty range has no subtrees")
    if size & (size - 1) == 0 and lo % size == 0:
        level = size.bit_length() - 1
        return [(level, lo >> level)]
    k = split(size)
    return perfect_parts(lo, lo + k) + perfect_parts(lo + k, hi)


def range_hash(lo: int, hi: int, nodes: Mapping[NodeId, bytes]) -> bytes:
    """The RFC 9162 hash of leaves ``[lo, hi)`` from the hashes of its perfect subtrees."""
    size = hi - lo
    if size & (size - 1) == 0 and lo % size == 0:
        level = size.bit_length() - 1
        return nodes[(level, lo >> level)]
    k = split(size)
    return node_hash(range_hash(lo, lo + k, nodes), range_hash(lo + k, hi, nodes))


def subtree_from_leaves(leaves: Sequence[bytes]) -> bytes:
    """The hash of a perfect subtree from its leaf hashes (a power of two of them)."""
    level = list(leaves)
    while len(level) > 1:
        level = [node_hash(level[i], level[i + 1]) for i in range(0, len(level), 2)]
    return level[0]


def inclusion_ranges(index: int, size: int) -> list[tuple[int, int]]:
    """The ranges whose hashes form PATH(index, D[size]) (RFC 9162 §2.1.3.1), leaf first."""
    if not 0 <= index < size:
        raise ValueError(f"leaf {index} is not in a tree of {size}")
    out: list[tuple[int, int]] = []
    lo, hi = 0, size
    while hi - lo > 1:
        k = split(hi - lo)
        if index < lo + k:
            out.append((lo + k, hi))
            hi = lo + k
        else:
            out.append((lo, lo + k))
            lo = lo + k
    return out[::-1]


def consistency_ranges(old: int, new: int) -> list[tuple[int, int]]:
    """The ranges whose hashes form PROOF(old, D[new]) (RFC 9162 §2.1.4.1)."""
    if not 0 < old <= new:
        raise ValueError(f"no consistency proof from {old} to {new}")
    out: list[tuple[int, int]] = []
    lo, hi, m, complete = 0, new, old, True
    while True:
        if m == hi - lo:
            if not complete:
                out.append((lo, hi))
            break
        k = split(hi - lo)
        if m <= k:
            out.append((lo + k, hi))
            hi = lo + k
        else:
            out.append((lo, lo + k))
            lo, m, complete = lo + k, m - k, False
    return out[::-1]


def proof_from(
    ranges: Sequence[tuple[int, int]], fetch: Callable[[set[NodeId]], Mapping[NodeId, bytes]]
) -> list[bytes]:
    """The hashes of ``ranges``, reading every perfect subtree they need in one ``fetch``."""
    wanted = {part for lo, hi in ranges for part in perfect_parts(lo, hi)}
    nodes = fetch(wanted)
    return [range_hash(lo, hi, nodes) for lo, hi in ranges]


# -- verification (RFC 9162 §2.1.3.2 and §2.1.4.2) ----------------------------------------


def root_from_inclusion(index: int, size: int, leaf: bytes, proof: Sequence[bytes]) -> bytes:
    """The root that ``proof`` leads to from ``leaf`` at ``index`` in a tree of ``size``."""
    if not 0 <= index < size:
        raise ProofError(f"leaf index {index} is outside a tree of {size} entries")
    _check_hashes([leaf, *proof])
    fn, sn, r = index, size - 1, leaf
    for p in proof:
        if sn == 0:
            raise ProofError("the inclusion proof is longer than the tree is deep")
        if fn & 1 or fn == sn:
            r = node_hash(p, r)
            while not fn & 1 and fn != 0:
                fn, sn = fn >> 1, sn >> 1
        else:
            r = node_hash(r, p)
        fn, sn = fn >> 1, sn >> 1
    if sn != 0:
        raise ProofError("the inclusion proof is shorter than the tree is deep")
    return r


def verify_inclusion(
    index: int, size: int, leaf: bytes, proof: Sequence[bytes], root: bytes
) -> None:
    """Raise ``ProofError`` unless ``proof`` shows ``leaf`` at ``index`` under ``root``."""
    if root_from_inclusion(index, size, leaf, proof) != root:
        raise ProofError(f"the inclusion proof of entry {index} does not lead to the root")


def verify_consistency(
    old: int, new: int, old_root: bytes, new_root: bytes, proof: Sequence[bytes]
) -> None:
    """Raise ``ProofError`` unless the tree of ``new`` entries extends the one of ``old``."""
    _check_hashes(proof)
    if old > new:
        raise ProofError(f"the log shrank from {old} to {new} entries")
    if old == new:
        if proof:
            raise ProofError("a consistency proof between equal sizes must be empty")
        if old_root != new_root:
            raise ProofError(f"two different roots for the same size {old} (a forked log)")
        return
    if old == 0:
        if proof:
            raise ProofError("a consistency proof from the empty tree must be empty")
        return
    if not proof:
        raise ProofError("the consistency proof is empty")
    path = list(proof)
    if old & (old - 1) == 0:
        path.insert(0, old_root)
    fn, sn = old - 1, new - 1
    while fn & 1:
        fn, sn = fn >> 1, sn >> 1
    fr = sr = path[0]
    for c in path[1:]:
        if sn == 0:
            raise ProofError("the consistency proof is too long")
        if fn & 1 or fn == sn:
            fr, sr = node_hash(c, fr), node_hash(c, sr)
            while not fn & 1 and fn != 0:
                fn, sn = fn >> 1, sn >> 1
        else:
            sr = node_hash(sr, c)
        fn, sn = fn >> 1, sn >> 1
    if sn != 0:
        raise ProofError("the consistency proof is too short")
    if fr != old_root:
        raise ProofError(f"the log of {new} entries does not contain the earlier {old} (rewritten)")
    if sr != new_root:
        raise ProofError(f"the consistency proof does not lead to the root of size {new}")


def _check_hashes(hashes: Iterable[bytes]) -> None:
    if any(len(h) != HASH_SIZE for h in hashes):
        raise ProofError(f"a hash in the proof is not {HASH_SIZE} bytes long")


# -- appending ----------------------------------------------------------------------------


@dataclass
class Frontier:
    """The perfect subtrees covering leaves ``[0, size)``, largest first (a compact range).

    Attributes:
        size: the number of leaves.
        hashes: one hash per set bit of ``size``, from the highest bit down.
    """

    size: int = 0
    hashes: list[bytes] = field(default_factory=list)

    def append(self, leaf: bytes) -> list[tuple[int, int, bytes]]:
        """Add one leaf hash; the perfect subtrees it completed, as (level, index, hash)."""
        completed: list[tuple[int, int, bytes]] = []
        h, level, index = leaf, 0, self.size
        while index & 1:
            h = node_hash(self.hashes.pop(), h)
            index, level = index >> 1, level + 1
            completed.append((level, index, h))
        self.hashes.append(h)
        self.size += 1
        return completed

    def root(self) -> bytes:
        if not self.hashes:
            return empty_root()
        r = self.hashes[-1]
        for h in reversed(self.hashes[:-1]):
            r = node_hash(h, r)
        return r

    def pack(self) -> bytes:
        return b"".join(self.hashes)

    @classmethod
    def unpack(cls, size: int, packed: bytes) -> Frontier:
        hashes = [packed[i : i + HASH_SIZE] for i in range(0, len(packed), HASH_SIZE)]
        if len(hashes) != size.bit_count() or len(packed) % HASH_SIZE:
            raise ValueError(f"a frontier of {len(hashes)} hashes cannot cover {size} leaves")
        return cls(size, hashes)


class MemoryTree:
    """A whole tree in memory (tests, exports of small logs): leaves plus every perfect node."""

    def __init__(self, entries: Iterable[bytes] = ()) -> None:
        self.frontier = Frontier()
        self.nodes: dict[NodeId, bytes] = {}
        for entry in entries:
            self.append(entry)

    def append(self, entry: bytes) -> None:
        leaf = leaf_hash(entry)
        self.nodes[(0, self.frontier.size)] = leaf
        for level, index, h in self.frontier.append(leaf):
            self.nodes[(level, index)] = h

    @property
    def size(self) -> int:
        return self.frontier.size

    def root(self, size: int | None = None) -> bytes:
        size = self.size if size is None else size
        return empty_root() if size == 0 else range_hash(0, size, self.nodes)

    def inclusion(self, index: int, size: int | None = None) -> list[bytes]:
        ranges = inclusion_ranges(index, self.size if size is None else size)
        return proof_from(ranges, lambda _: self.nodes)

    def consistency(self, old: int, new: int | None = None) -> list[bytes]:
        new = self.size if new is None else new
        if old == new:
            return []
        return proof_from(consistency_ranges(old, new), lambda _: self.nodes)

"""RFC 9162 hashing and proofs against the published transparency-dev/merkle vectors.

The vectors (tests/data/evidence/rfc9162_vectors.json) name their origin and licence.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from incident_desk.tlog.merkle import (
    Frontier,
    MemoryTree,
    ProofError,
    empty_root,
    verify_consistency,
    verify_inclusion,
)

VECTORS: dict[str, Any] = json.loads(
    (Path(__file__).parents[2] / "data" / "evidence" / "rfc9162_vectors.json").read_text()
)
LEAVES = [bytes.fromhex(x) for x in VECTORS["leaves"]]
ROOTS = [bytes.fromhex(x) for x in VECTORS["roots"]]


def _hashes(items: list[str]) -> list[bytes]:
    return [bytes.fromhex(x) for x in items]


@pytest.mark.parametrize("size", range(1, 9))
def test_root_of_each_prefix_matches_the_published_root(size: int) -> None:
    assert MemoryTree(LEAVES[:size]).root() == ROOTS[size - 1]
    assert MemoryTree(LEAVES).root(size) == ROOTS[size - 1]


def test_empty_tree_root_is_the_hash_of_nothing() -> None:
    assert empty_root().hex() == (
        "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
    )


@pytest.mark.parametrize("vector", VECTORS["inclusion"], ids=lambda v: f"{v['leaf']}of{v['size']}")
def test_inclusion_proofs_match_and_verify(vector: dict[str, Any]) -> None:
    index, size, proof = vector["leaf"] - 1, vector["size"], _hashes(vector["proof"])
    tree = MemoryTree(LEAVES)
    assert tree.inclusion(index, size) == proof
    leaf = tree.nodes[(0, index)]
    verify_inclusion(index, size, leaf, proof, ROOTS[size - 1])


@pytest.mark.parametrize(
    "vector", VECTORS["consistency"], ids=lambda v: f"{v['size1']}to{v['size2']}"
)
def test_consistency_proofs_match_and_verify(vector: dict[str, Any]) -> None:
    old, new, proof = vector["size1"], vector["size2"], _hashes(vector["proof"])
    assert MemoryTree(LEAVES).consistency(old, new) == proof
    verify_consistency(old, new, ROOTS[old - 1], ROOTS[new - 1], proof)


@pytest.mark.parametrize(
    "vector", VECTORS["inclusion"][1:], ids=lambda v: f"{v['leaf']}of{v['size']}"
)
def test_corrupted_inclusion_proofs_fail(vector: dict[str, Any]) -> None:
    index, size, proof = vector["leaf"] - 1, vector["size"], _hashes(vector["proof"])
    leaf, root = MemoryTree(LEAVES).nodes[(0, index)], ROOTS[size - 1]
    bad: list[tuple[int, int, bytes, list[bytes]]] = [
        (index + 1, size, leaf, proof),
        (index, size * 2, leaf, proof),
        (index, size, b"\x00" * 32, proof),
        (index, size, leaf, [*proof, root]),
        (index, size, leaf, [root, *proof]),
        (index, size, leaf, proof[:-1]),
    ]
    for i in range(len(proof)):
        flipped = list(proof)
        flipped[i] = bytes([flipped[i][0] ^ 8]) + flipped[i][1:]
        bad.append((index, size, leaf, flipped))
    for args in bad:
        with pytest.raises(ProofError):
            verify_inclusion(*args, root)


@pytest.mark.parametrize(
    "vector",
    [v for v in VECTORS["consistency"] if v["proof"]],
    ids=lambda v: f"{v['size1']}to{v['size2']}",
)
def test_corrupted_consistency_proofs_fail(vector: dict[str, Any]) -> None:
    old, new, proof = vector["size1"], vector["size2"], _hashes(vector["proof"])
    r1, r2 = ROOTS[old - 1], ROOTS[new - 1]
    bad: list[tuple[int, int, bytes, bytes, list[bytes]]] = [
        (old + 1, new, r1, r2, proof),
        (old, new * 2, r1, r2, proof),
        (old, new, r2, r1, proof),
        (old, new, r1, r2, []),
        (old, new, r1, r2, [*proof, r1]),
        (old, new, r1, r2, [r2, *proof]),
        (old, new, r1, r2, proof[:-1]),
    ]
    for i in range(len(proof)):
        flipped = list(proof)
        flipped[i] = bytes([flipped[i][0] ^ 16]) + flipped[i][1:]
        bad.append((old, new, r1, r2, flipped))
    for args in bad:
        with pytest.raises(ProofError):
            verify_consistency(*args)


def test_same_size_with_another_root_is_a_fork() -> None:
    with pytest.raises(ProofError, match="forked"):
        verify_consistency(3, 3, ROOTS[2], ROOTS[3], [])


@given(st.integers(1, 70), st.data())
def test_every_proof_of_a_grown_log_verifies(size: int, data: st.DataObject) -> None:
    entries = [i.to_bytes(4, "big") for i in range(size)]
    tree = MemoryTree(entries)
    index = data.draw(st.integers(0, size - 1))
    old = data.draw(st.integers(1, size))
    verify_inclusion(index, size, tree.nodes[(0, index)], tree.inclusion(index), tree.root())
    verify_consistency(old, size, tree.root(old), tree.root(), tree.consistency(old))


def test_a_packed_frontier_continues_the_same_tree() -> None:
    tree = MemoryTree(LEAVES[:5])
    again = Frontier.unpack(5, tree.frontier.pack())
    for entry in LEAVES[5:]:
        again.append(MemoryTree([entry]).root())
    assert again.root() == ROOTS[7]

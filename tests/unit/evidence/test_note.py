"""C2SP signed notes, checkpoints and cosignatures.

The PeterNeumann key and note are the published example of the Go reference implementation
(golang.org/x/mod/sumdb/note, note_test.go; BSD-3-Clause, Copyright The Go Authors):
Ed25519 is deterministic, so our signer must reproduce its signature byte for byte.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from incident_desk.evidence._note import (
    COSIGNATURE_V1,
    Checkpoint,
    Note,
    NoteError,
    Signer,
    Verifier,
    load_signer,
)

GO_VKEY = "PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW"
GO_SKEY = "PRIVATE+KEY+PeterNeumann+c74f20a3+AYEKFALVFGyNhPJEMzD1QIDr+Y7hfZx09iUvxdXHKDFz"
GO_TEXT = (
    b"If you think cryptography is the answer to your problem,\n"
    b"then you don't know what your problem is.\n"
)
GO_NOTE = (
    GO_TEXT
    + (
        "\n\u2014 PeterNeumann x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNX"
        "gKvqfqdngotpRZb6KE6RyyBwJnAM=\n"
    ).encode()
)


def test_signer_reproduces_the_go_reference_note() -> None:
    signer = Signer.parse(GO_SKEY)
    assert signer.verifier().vkey() == GO_VKEY
    assert GO_TEXT + b"\n" + signer.sign_line(GO_TEXT).encode() == GO_NOTE
    Note.parse(GO_NOTE).verify(Verifier.parse(GO_VKEY))


def test_a_changed_text_fails_verification() -> None:
    note = Note.parse(GO_NOTE.replace(b"cryptography", b"cryptographY"))
    with pytest.raises(NoteError, match="does not match"):
        note.verify(Verifier.parse(GO_VKEY))


def test_mangled_verifier_keys_are_refused() -> None:
    for bad in (GO_VKEY.replace("c74f20a3", "c74f20a4"), GO_VKEY[:-4], "PeterNeumann"):
        with pytest.raises(NoteError):
            Verifier.parse(bad)


def test_cosignature_verifies_and_carries_its_time() -> None:
    log, witness = Signer.generate("idesk/KE/nps"), Signer.generate("idesk/UG/upf")
    body = Checkpoint("idesk/KE/nps", 3, b"\x07" * 32).text()
    note = Note.parse(body + b"\n" + log.sign_line(body).encode())
    cosigned = note.with_line(witness.cosign_line(body, 1_700_000_000))
    again = Note.parse(cosigned.render())
    assert again.verify(log.verifier()) is None
    assert again.verify(witness.verifier(COSIGNATURE_V1)) == 1_700_000_000
    assert Checkpoint.parse(again.text) == Checkpoint("idesk/KE/nps", 3, b"\x07" * 32)
    with pytest.raises(NoteError, match="no signature by"):
        note.verify(witness.verifier(COSIGNATURE_V1))


def test_key_file_is_created_private_and_read_back(tmp_path: Path) -> None:
    path = tmp_path / "keys" / "evidence.key"
    created = load_signer(path, "idesk/KE/nps")
    assert path.stat().st_mode & 0o077 == 0
    assert load_signer(path).verifier() == created.verifier()

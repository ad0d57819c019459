"""C2SP signed notes (c2sp.org/signed-note), checkpoints (c2sp.org/tlog-checkpoint) and
Ed25519 cosignatures (c2sp.org/tlog-cosignature, ``cosignature/v1``).

Why Ed25519 and not ECDSA: signatures are deterministic (no per-signature nonce that a weak
random source can leak the key through), keys and signatures are small (32 / 64 bytes), and
it is the algorithm both C2SP specifications define key ids for, so the checkpoints and
cosignatures verify with the Go ``sumdb/note`` tools and the public witness ecosystem.

Wire format of a note: the text (UTF-8, ends with a newline), one empty line, then one line
per signature: ``U+2014 U+0020 <key name> U+0020 base64(key id (4 bytes) || signature)``.
The key id is ``SHA-256(name || 0x0A || type || public key)[:4]`` with type 0x01 for a plain
Ed25519 note signature and 0x04 for a cosignature, whose signature bytes are an 8-byte
big-endian POSIX timestamp followed by the Ed25519 signature of
``"cosignature/v1\\ntime <timestamp>\\n" || note text``.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import os
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from incident_desk.errors import ConfigError, InputError

ED25519 = 0x01
COSIGNATURE_V1 = 0x04
DASH = "\u2014 "


class NoteError(InputError):
    """A note, key or signature that is malformed or does not verify."""


def key_id(name: str, kind: int, public: bytes) -> bytes:
    return hashlib.sha256(name.encode() + b"\n" + bytes([kind]) + public).digest()[:4]


def _raw_public(key: Ed25519PublicKey) -> bytes:
    return key.public_bytes(Encoding.Raw, PublicFormat.Raw)


def _check_name(name: str) -> str:
    if not name or any(c.isspace() or c == "+" for c in name):
        raise NoteError(f"key name {name!r} must be non-empty, without spaces or '+'")
    return name


@dataclass(frozen=True)
class Verifier:
    """A public key that checks note signatures (``kind`` ED25519) or cosignatures.

    Attributes:
        name: the key name (for a log: its origin; for a witness: its identity).
        kind: ED25519 (0x01) or COSIGNATURE_V1 (0x04).
        public: the 32-byte Ed25519 public key.
    """

    name: str
    kind: int
    public: bytes

    @property
    def id(self) -> bytes:
        return key_id(self.name, self.kind, self.public)

    def vkey(self) -> str:
        """``<name>+<hex key id>+<base64(type || public key)>`` (the C2SP verifier key)."""
        material = base64.b64encode(bytes([self.kind]) + self.public).decode()
        return f"{self.name}+{self.id.hex()}+{material}"

    @classmethod
    def parse(cls, vkey: str) -> Verifier:
        try:
            name, hex_id, material = vkey.strip().split("+", 2)
            raw = base64.b64decode(material, validate=True)
        except (ValueError, binascii.Error):
            raise NoteError(f"not a verifier key: {vkey[:60]!r}") from None
        if len(raw) != 33 or raw[0] not in (ED25519, COSIGNATURE_V1):
            raise NoteError(f"verifier key {name!r} is not an Ed25519 key")
        verifier = cls(_check_name(name), raw[0], raw[1:])
        if verifier.id.hex() != hex_id.lower():
            raise NoteError(f"verifier key {name!r} has the wrong key id")
        return verifier

    def check(self, text: bytes, sig: bytes) -> int | None:
        """Raise ``NoteError`` unless ``sig`` (after the key id) signs ``text``; a
        cosignature's timestamp, else None."""
        key = Ed25519PublicKey.from_public_bytes(self.public)
        stamp: int | None = None
        message = text
        if self.kind == COSIGNATURE_V1:
            if len(sig) != 72:
                raise NoteError(f"the cosignature of {self.name} has the wrong length")
            stamp, sig = int.from_bytes(sig[:8], "big"), sig[8:]
            message = b"cosignature/v1\ntime %d\n" % stamp + text
        try:
            key.verify(sig, message)
        except InvalidSignature:
            raise NoteError(f"the signature of {self.name} does not match the text") from None
        return stamp


class Signer:
    """An Ed25519 private key with its name; signs notes and cosigns checkpoints.

    Attributes:
        name: the key name written on each signature line.
    """

    def __init__(self, name: str, key: Ed25519PrivateKey) -> None:
        self.name = _check_name(name)
        self._key = key

    @classmethod
    def generate(cls, name: str) -> Signer:
        return cls(name, Ed25519PrivateKey.generate())

    def verifier(self, kind: int = ED25519) -> Verifier:
        return Verifier(self.name, kind, _raw_public(self._key.public_key()))

    def skey(self) -> str:
        """``PRIVATE+KEY+<name>+<hex id>+<base64(0x01 || seed)>`` (Go ``sumdb/note`` form)."""
        from cryptography.hazmat.primitives.serialization import NoEncryption, PrivateFormat

        seed = self._key.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())
        material = base64.b64encode(bytes([ED25519]) + seed).decode()
        return f"PRIVATE+KEY+{self.name}+{self.verifier().id.hex()}+{material}"

    @classmethod
    def parse(cls, skey: str) -> Signer:
        parts = skey.strip().split("+", 4)
        try:
            if len(parts) != 5 or parts[:2] != ["PRIVATE", "KEY"]:
                raise ValueError
            raw = base64.b64decode(parts[4], validate=True)
            if len(raw) != 33 or raw[0] != ED25519:
                raise ValueError
        except (ValueError, binascii.Error):
            raise NoteError("expected PRIVATE+KEY+name+id+key, Ed25519") from None
        signer = cls(parts[2], Ed25519PrivateKey.from_private_bytes(raw[1:]))
        if signer.verifier().id.hex() != parts[3].lower():
            raise NoteError(f"signer key {parts[2]!r} has the wrong key id")
        return signer

    def sign_line(self, text: bytes) -> str:
        """The signature line of ``text`` (a plain Ed25519 note signature)."""
        sig = self.verifier().id + self._key.sign(text)
        return f"{DASH}{self.name} {base64.b64encode(sig).decode()}\n"

    def cosign_line(self, text: bytes, timestamp: int) -> str:
        """The ``cosignature/v1`` line of ``text`` at ``timestamp`` (POSIX seconds)."""
        message = b"cosignature/v1\ntime %d\n" % timestamp + text
        sig = self._key.sign(message)
        blob = self.verifier(COSIGNATURE_V1).id + timestamp.to_bytes(8, "big") + sig
        return f"{DASH}{self.name} {base64.b64encode(blob).decode()}\n"


MAX_KEY_FILE = 64 * 1024  # a signer key is about 100 bytes


def load_signer(path: Path, name: str | None = None) -> Signer:
    """The signer key in ``path``; with ``name``, create the file (mode 0600) if it is missing.

    Raises:
        ConfigError: the file is missing (and ``name`` is None), unreadable or cannot be
            written.
        NoteError: the file holds no Incident Desk signer key (its name is in the message).
    """
    try:
        with path.open("rb") as f:
            data = f.read(MAX_KEY_FILE + 1)
    except (FileNotFoundError, NotADirectoryError):
        if name is None:
            raise ConfigError(
                f"no key file {path}: create one with `incident-desk evidence key`"
            ) from None
        return _create_signer(path, name)
    except OSError as exc:
        raise ConfigError(f"cannot read the key file {path}: {exc.strerror or exc}") from None
    return _parse_key_file(path, data)


def _parse_key_file(path: Path, data: bytes) -> Signer:
    def refuse(why: str) -> NoteError:
        return NoteError(f"{path}: not an Incident Desk signer key ({why})")

    if len(data) > MAX_KEY_FILE:
        raise refuse(f"the file is larger than {MAX_KEY_FILE // 1024} KiB")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise refuse("not UTF-8 text") from None
    if not text.strip():
        raise refuse("the file is empty")
    try:
        return Signer.parse(text)
    except NoteError as exc:
        raise refuse(str(exc)) from None


def _create_signer(path: Path, name: str) -> Signer:
    """A new key in a new file ``path`` (mode 0600 from its creation, never overwritten)."""
    signer = Signer.generate(name)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:  # also a file where the folder should be (FileExistsError)
        raise ConfigError(f"cannot write the key file {path}: {exc.strerror or exc}") from None
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:  # created meanwhile by another process: use that one
        return load_signer(path)
    except OSError as exc:
        raise ConfigError(f"cannot write the key file {path}: {exc.strerror or exc}") from None
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(signer.skey() + "\n")
    except OSError as exc:
        path.unlink(missing_ok=True)
        raise ConfigError(f"cannot write the key file {path}: {exc.strerror or exc}") from None
    return signer


@dataclass(frozen=True)
class SignatureLine:
    name: str
    id: bytes
    sig: bytes  # after the key id

    def line(self) -> str:
        return f"{DASH}{self.name} {base64.b64encode(self.id + self.sig).decode()}\n"


@dataclass(frozen=True)
class Note:
    """A signed note split into its text and its (unverified) signature lines."""

    text: bytes
    signatures: tuple[SignatureLine, ...]

    @classmethod
    def parse(cls, data: bytes) -> Note:
        cut = data.rfind(b"\n\n")
        if cut < 0 or not data.endswith(b"\n"):
            raise NoteError("a signed note needs its text, an empty line and signature lines")
        text, lines = data[: cut + 1], data[cut + 2 :].decode("utf-8").splitlines()
        sigs: list[SignatureLine] = []
        for line in lines:
            if not line.startswith(DASH):
                raise NoteError(f"malformed signature line {line[:40]!r}")
            name, _, blob = line[len(DASH) :].rpartition(" ")
            try:
                raw = base64.b64decode(blob, validate=True)
            except binascii.Error:
                raise NoteError(f"the signature of {name!r} is not base64") from None
            if len(raw) < 5 or not name:
                raise NoteError(f"malformed signature line {line[:40]!r}")
            sigs.append(SignatureLine(name, raw[:4], raw[4:]))
        if not sigs:
            raise NoteError("the note has no signature")
        return cls(text, tuple(sigs))

    def render(self) -> bytes:
        return self.text + b"\n" + "".join(s.line() for s in self.signatures).encode()

    def with_line(self, line: str) -> Note:
        """This note with one more signature line (a cosignature), once per signer id."""
        extra = Note.parse(b"x\n\n" + line.encode()).signatures[0]
        kept = tuple(s for s in self.signatures if (s.name, s.id) != (extra.name, extra.id))
        return Note(self.text, (*kept, extra))

    def verify(self, verifier: Verifier) -> int | None:
        """Check the signature line of ``verifier``; a cosignature's timestamp, else None."""
        for sig in self.signatures:
            if sig.name == verifier.name and sig.id == verifier.id:
                return verifier.check(self.text, sig.sig)
        raise NoteError(f"the note has no signature by {verifier.name}")


@dataclass(frozen=True)
class Checkpoint:
    """The body of a c2sp.org/tlog-checkpoint: origin, tree size, root hash."""

    origin: str
    size: int
    root: bytes

    def text(self) -> bytes:
        return f"{self.origin}\n{self.size}\n{base64.b64encode(self.root).decode()}\n".encode()

    @classmethod
    def parse(cls, text: bytes) -> Checkpoint:
        lines = text.decode("utf-8").split("\n")
        try:
            origin, size_text, root_text = lines[0], lines[1], lines[2]
            size, root = int(size_text), base64.b64decode(root_text, validate=True)
        except (IndexError, ValueError, binascii.Error):
            raise NoteError("not a checkpoint (origin, size, root hash)") from None
        if not origin or size < 0 or len(root) != 32 or size_text != str(size):
            raise NoteError("not a checkpoint (origin, size, root hash)")
        return cls(origin, size, root)

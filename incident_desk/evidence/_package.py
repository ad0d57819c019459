"""The layout of an evidence package (a zip file), shared by export and verify.

docs/evidence.md describes every file; the names are fixed here once.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any, Final

FORMAT: Final = "idesk-evidence/1"
MANIFEST: Final = "manifest.json"
MANIFEST_SIG: Final = "manifest.sig"
PACKAGE: Final = "package.json"
CUSTODY: Final = "custody.json"
PROOFS: Final = "proofs.json"
CONSISTENCY: Final = "consistency.json"
FACTS: Final = "facts.json"
CERTS_INDEX: Final = "certs/index.json"
REPORT: Final = "report.html"
REPORT_PDF: Final = "report.pdf"  # the same report on paper (when a PDF renderer was given)
TSA_ROOTS: Final = "certs/tsa-roots.pem"
MANIFEST_HEADER: Final = "idesk-evidence-manifest/v1"


def entry_name(leaf: int) -> str:
    return f"entries/{leaf:012d}.json"


def raw_name(leaf: int) -> str:
    return f"raw/{leaf:012d}.bin"


def checkpoint_name(size: int) -> str:
    return f"checkpoints/{size:012d}.note"


def timestamp_name(size: int) -> str:
    return f"checkpoints/{size:012d}.tsr"


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def dumps(value: Any) -> bytes:
    """JSON as written into a package: sorted keys, two-space indent, UTF-8, final newline."""
    return (json.dumps(value, sort_keys=True, indent=2, ensure_ascii=False) + "\n").encode()


def manifest_text(manifest: bytes) -> bytes:
    """The note text the log key signs for a manifest (``manifest.sig``)."""
    return f"{MANIFEST_HEADER}\n{sha256(manifest)}\n".encode()

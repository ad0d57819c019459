"""`evidence verify` names a malformed member of a package (which member, what is wrong)
as a failed check, exit 1, never a traceback; the packages are real exports with one member
rewritten (and the manifest rehashed, as a careful forger would)."""

from __future__ import annotations

import json
import shutil
import zipfile
from pathlib import Path

import pytest

from incident_desk.cli import main
from incident_desk.evidence import _package as pkg


def _with_member(source: Path, target: Path, member: str, value: object) -> Path:
    """``source`` with ``member`` replaced by ``value`` (JSON), the manifest rehashed as a
    careful forger would."""
    with zipfile.ZipFile(source) as zf:
        files = {n: zf.read(n) for n in zf.namelist()}
    files[member] = json.dumps(value).encode()
    if member != pkg.MANIFEST:
        listed = {
            n: pkg.sha256(b) for n, b in files.items() if n not in (pkg.MANIFEST, pkg.MANIFEST_SIG)
        }
        files[pkg.MANIFEST] = pkg.dumps({"format": pkg.FORMAT, "files": listed})
    with zipfile.ZipFile(target, "w") as zf:
        for name, data in files.items():
            zf.writestr(name, data)
    return target


@pytest.mark.parametrize(
    ("member", "value", "said"),
    [
        (pkg.PACKAGE, [], "package.json: must be a JSON object, not a list"),
        (pkg.PROOFS, None, "proofs.json: must be a JSON object, not null"),
        (pkg.FACTS, "x", "facts.json: must be a JSON object, not a string"),
        (pkg.CONSISTENCY, {"proofs": 5}, "consistency.json: the file must be a list"),
        (pkg.CONSISTENCY, [{"from": 1, "proof": "ab"}], "consistency.json: 'proof' must be"),
        (pkg.CONSISTENCY, [5], "consistency.json: each proof must be a JSON object"),
        (pkg.PROOFS, {"1": {"proof": ["zz"]}}, "proofs.json: 'proof' holds 'zz'"),
        (pkg.PROOFS, {"1": []}, "proofs.json: the proof of '1' must be a JSON object"),
        (pkg.FACTS, {"1": 5}, "facts.json: the check of entry '1' must be a string"),
        (pkg.MANIFEST, [], "manifest.json: must be a JSON object"),
        (pkg.MANIFEST, {"files": 3}, "manifest.json: 'files' must be a JSON object"),
        (pkg.CERTS_INDEX, {"x": 1}, "certs/index.json: the file must be a list"),
        (pkg.CERTS_INDEX, [{"country": 5}], "certs/index.json: 'country' must be a string"),
    ],
)
def test_a_malformed_member_is_named_without_a_traceback(
    exported: tuple[Path, str],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    member: str,
    value: object,
    said: str,
) -> None:
    package, vkey = exported
    bad = _with_member(package, tmp_path / "bad.zip", member, value)
    assert main(["evidence", "verify", str(bad), "--log-key", vkey]) == 1
    out = capsys.readouterr().out
    assert f"FAILED: the package is malformed: {said}" in out, out
    assert "NOT VERIFIED" in out


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("checkpoint", "12"),
        ("checkpoints", None),
        ("entries", [1, "x"]),
        ("entries", [-1]),
        ("export_entry", True),
        ("witness_keys", [5]),
        ("log_key", 5),
        ("log_key", "garbage"),
        ("timestamps", {}),
        ("origin", None),
    ],
)
def test_every_field_of_package_json_is_checked(
    exported: tuple[Path, str],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    key: str,
    value: object,
) -> None:
    package, _vkey = exported
    with zipfile.ZipFile(package) as zf:
        meta = json.loads(zf.read(pkg.PACKAGE))
    meta[key] = value
    bad = _with_member(package, tmp_path / "bad.zip", pkg.PACKAGE, meta)
    assert main(["evidence", "verify", str(bad)]) == 1
    out = capsys.readouterr().out
    assert f"FAILED: the package is malformed: package.json: '{key}'" in out, out


def test_the_unchanged_package_still_verifies(
    exported: tuple[Path, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    package, vkey = exported
    copy = shutil.copy(package, tmp_path / "copy.zip")
    assert main(["evidence", "verify", str(copy), "--log-key", vkey]) == 0
    assert "VERIFIED" in capsys.readouterr().out

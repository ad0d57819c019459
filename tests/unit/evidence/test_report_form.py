"""The evidence report on paper: the core's form (what the PDF shows) and its place in the
package (in the manifest like every file; verify still holds)."""

from __future__ import annotations

import zipfile
from pathlib import Path

from incident_desk.evidence import _package as pkg
from incident_desk.evidence._note import Signer
from incident_desk.evidence._verify import verify_package
from incident_desk.evidence.export import ExportRequest, export_incident
from incident_desk.exports import IcsForm
from incident_desk.store import Store
from tests.unit.evidence.conftest import INCIDENT, store_history


def test_the_package_holds_the_pdf_report_of_the_form_the_core_gave(
    store: Store, signer: Signer, tmp_path: Path
) -> None:
    store_history(store)
    forms: list[IcsForm] = []

    def render(form: IcsForm) -> bytes:  # stands in for the UI layer's PDF renderer
        forms.append(form)
        return b"%PDF-1.4 " + form.incident_name.encode()

    request = ExportRequest(INCIDENT, "MLA request from UG", "UG-DPP-2026-114", "j.otieno")
    out = tmp_path / "case.zip"
    result = export_incident(store, signer, request, out, render_pdf=render)
    assert result.pdf
    assert result.timeline_id > 0
    [form] = forms
    assert form.form == "Evidence report"
    assert (form.incident_name, form.incident_key, form.exercise_id) == (
        INCIDENT,
        "case UG-DPP-2026-114",
        None,
    )
    header = dict(form.header)
    assert header["Traffic"] == "real"
    assert header["reason"] == "MLA request from UG"
    assert header["exported by"] == "j.otieno"
    assert header["exported at"].endswith(" UTC")  # paper times through timefmt
    assert form.columns == ("entry", "time", "what", "who", "details")
    assert len(form.rows) == result.entries
    assert form.rows[-1][2] == "evidence.export"
    assert any(row[2] == "received Alert (Actual)" for row in form.rows)
    with zipfile.ZipFile(out) as zf:
        assert zf.read(pkg.REPORT_PDF) == b"%PDF-1.4 " + INCIDENT.encode()
        assert pkg.REPORT_PDF.encode() in zf.read(pkg.MANIFEST)
    assert verify_package(out).ok


def test_the_exercise_incident_report_is_marked(
    store: Store, signer: Signer, tmp_path: Path
) -> None:
    store_history(store)
    forms: list[IcsForm] = []
    request = ExportRequest(INCIDENT, "drill review", "EX-1-AAR", "j.otieno", exercise_id="EX-1")
    export_incident(
        store, signer, request, tmp_path / "ex.zip", render_pdf=lambda f: forms.append(f) or b""
    )
    assert forms[0].is_exercise
    assert dict(forms[0].header)["Traffic"] == "EXERCISE EX-1"


def test_without_a_renderer_the_package_has_the_html_report_only(
    store: Store, signer: Signer, tmp_path: Path
) -> None:
    store_history(store)
    request = ExportRequest(INCIDENT, "MLA", "REF-1", "j.otieno")
    result = export_incident(store, signer, request, tmp_path / "p.zip")
    assert not result.pdf
    with zipfile.ZipFile(result.path) as zf:
        assert pkg.REPORT in zf.namelist()
        assert pkg.REPORT_PDF not in zf.namelist()

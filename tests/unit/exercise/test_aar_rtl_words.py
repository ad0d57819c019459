"""The after-action report's HTML page right to left: routes, kinds, lengths of time and
scenario times as an Arabic reader reads them (controller review, ``ctl_ar/aar``).

The review read routes as "bpu, upf, → nps ura, ndoc", raw kind ids (``inject.cap``,
``cap.Alert``, ``cap.Ack``), durations in English ("5 min 00 s") and ``T+`` offsets
mirrored inside sentences. The page here goes through a ``translate`` that knows the few
Arabic words it needs, so that the test does not wait for the catalogs.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from incident_desk.exercise import build_aar, write_html
from incident_desk.scenario import Scenario
from incident_desk.store import Store
from tests.unit.exercise.test_aar import ack, stored_run
from tests.unit.exercise.test_aar_language import _Text

pytestmark = pytest.mark.timeout(60)

FSI, PDI = "\u2068", "\u2069"

#: the Arabic words of the texts under test (the rest stays English: catalog-free test)
ARABIC = {
    "{minutes} min {seconds} s": "{minutes} د {seconds} ث",
    "{seconds} s": "{seconds} ث",
    "CAP inject": "مُدخل CAP",
    "CAP alert": "تنبيه CAP",
    "CAP acknowledgement": "إقرار CAP",
    "inject {number} at {offset}: {action}": "المُدخل {number} عند {offset}: {action}",
}


def translate(context: str, source: str) -> str:
    return ARABIC.get(source, source)


@pytest.fixture(name="page")
def page_fixture(store: Store, small: Scenario, tmp_path: Path) -> str:
    stored_run(store, small)
    ack(store, small, 1, after_s=400)  # 6 min 40 s: later than 5 min
    report = build_aar(store, small)
    return write_html(report, tmp_path, translate=translate, language="ar", rtl=True).read_text(
        encoding="utf-8"
    )


def test_a_route_reads_left_to_right_as_one_piece(page: str) -> None:
    assert '<td><bdi dir="ltr">nps → upf</bdi></td>' in page
    assert '<td><bdi dir="ltr">upf → nps/duty-officer</bdi></td>' in page


def test_the_timeline_kinds_are_words_not_ids(page: str) -> None:
    text = "\n".join(_page_text(page))
    for raw in ("inject.cap", "inject.unit", "cap.Alert", "cap.Ack", "cap.Update"):
        assert raw not in text, raw
    assert "مُدخل CAP" in text
    assert "تنبيه CAP" in text
    assert "إقرار CAP" in text


def test_lengths_of_time_are_in_the_readers_words(page: str) -> None:
    text = "\n".join(_page_text(page))
    assert f"{FSI}5{PDI} د {FSI}00{PDI} ث" in text  # the expectation: within 5 min
    assert f"{FSI}6{PDI} د {FSI}40{PDI} ث" in text  # the late acknowledgement
    assert not re.search(rf"\d{PDI}? (min|s)\b", text)


def test_a_scenario_time_in_a_sentence_is_one_isolated_piece(page: str) -> None:
    assert f"المُدخل {FSI}1{PDI} عند {FSI}T+00:00:00{PDI}: " in page
    assert f"T+{FSI}" not in page


def test_side_by_side_figures_keep_their_order(page: str) -> None:
    assert "per 10 wall-clock minutes" in page
    assert re.search(r'<td><bdi dir="ltr"><bdi>[\d.]+</bdi> / <bdi>\d+</bdi></bdi></td>', page)


def _page_text(html: str) -> list[str]:
    """The visible text nodes of the page."""
    parser = _Text()
    parser.feed(html)
    return parser.nodes

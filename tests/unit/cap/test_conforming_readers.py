"""The rules' one-call readers (``rules.conforming_*``, the quoted-list and identifier fast
checks) accept exactly what the full rule accepts and give the same value: the reader's speed
must never change what an alert says."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from incident_desk.cap import _rules as rules
from incident_desk.cap._models import Point, Polygon
from incident_desk.cap._xml import Collector

SPACES = [" ", "\t", "\r", "\n", "\u00a0", "\u2003"]
NUMBERS = ["0", "1", "-1", "+1.5", ".5", "5.", "-0", "90", "90.5", "-180", "180.25", "1e3", "٣"]
NUMBERS += ["+.5", ".", "-", "1.2.3", "+-1", "1+", "1-2", "..5", "1_0"]
pieces = st.sampled_from(SPACES + NUMBERS + [",", '"', "a", "b", "x y", "<", "&", ""])
texts = st.lists(pieces, max_size=12).map("".join)


def _problems(call: object, *args: object) -> tuple[object, list[str]]:
    out = Collector()
    value = call(*args, out)  # type: ignore[operator]
    return value, [p.message for p in out.problems]


@given(texts)
def test_a_quoted_list_reads_as_the_character_walk_reads_it(text: str) -> None:
    assert _problems(rules.split_quoted, text, "incidents", "/p") == _problems(
        rules.split_quoted_walk, text, "incidents", "/p"
    )


@given(texts)
def test_an_identifier_passes_the_fast_check_only_if_no_rule_fails(text: str) -> None:
    out = Collector()
    rules.check_id_chars(text, "identifier", "/alert/identifier", out)
    old_rule = text.split() == [text] and not any(c in text for c in " ,<&")
    assert (not out.problems) == old_rule


numbers = st.sampled_from(NUMBERS)
gaps = st.sampled_from(["", *SPACES, " , ", ","])


@given(st.tuples(gaps, numbers, st.sampled_from([",", ", "]), numbers, gaps, numbers, gaps))
def test_a_circle_read_in_one_call_is_the_circle_the_rule_reads(parts: tuple[str, ...]) -> None:
    text = "".join(parts)
    fast = rules.conforming_circle(text)
    assert fast is None or _problems(rules.circle, text, "/p") == (fast, [])


@given(st.text(alphabet="0123456789.+-", max_size=8))
def test_float_reads_a_token_of_the_ring_characters_only_if_it_is_a_decimal(token: str) -> None:
    try:
        float(token)
    except ValueError:
        assert not rules._DECIMAL_RE.fullmatch(token)
    else:
        assert rules._DECIMAL_RE.fullmatch(token)


@given(st.tuples(numbers, st.sampled_from([",", ", "]), numbers), texts)
def test_a_ring_read_in_one_call_is_the_ring_the_rule_reads(
    first: tuple[str, ...], middle: str
) -> None:
    start = "".join(first)
    ring = f"{start} 1,2 {middle} 3,4 {start}"
    fast = rules.conforming_polygon(ring)
    assert fast is None or _problems(rules.polygon, ring, "/p") == (fast, [])


@given(
    st.sampled_from(
        ["2026-03-14T09:42:10", "0001-01-01T00:30:00", "2026-02-30T09:42:10", "٢٠٢٦-03-14T09:42:10"]
    ),
    st.sampled_from(["+03:00", "-00:00", "+01:00", "+03:60", "+24:00", "Z", ""]),
    st.sampled_from(["", " "]),
)
def test_a_date_time_read_in_one_call_is_the_time_the_rule_reads(
    base: str, offset: str, space: str
) -> None:
    text = space + base + offset
    fast = rules.conforming_time(text)
    assert fast is None or _problems(rules.cap_time, text, "/p") == (fast, [])
    assert fast == rules.conforming_time.__wrapped__(text)  # a kept value is a fresh read's


def test_the_kept_date_times_are_bounded() -> None:
    for minute in range(2 * rules.TIMES_KEPT):
        rules.conforming_time(f"2026-03-14T09:{minute // 60:02d}:{minute % 60:02d}+03:00")
    assert rules.conforming_time.cache_info().currsize == rules.TIMES_KEPT


@given(st.integers(min_value=3, max_value=40))
def test_a_ring_of_any_length_is_built_as_the_validated_models(length: int) -> None:
    pairs = [(round(-1.2 - i * 1e-3, 4), round(36.8 + i * 1e-3, 4)) for i in range(length)]
    pairs.append(pairs[0])
    fast = rules.conforming_polygon(" ".join(f"{lat},{lon}" for lat, lon in pairs))
    validated = Polygon(points=tuple(Point(lat=lat, lon=lon) for lat, lon in pairs))
    assert fast is not None
    assert (fast, fast.model_dump()) == (validated, validated.model_dump())
    assert all(p.model_fields_set == {"lat", "lon"} for p in fast.points)

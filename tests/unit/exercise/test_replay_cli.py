"""``incident-desk replay``: the whole recording is checked before the broker is even
reached; a bad line names the file, the line and the problem in plain words."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from incident_desk.cli import main
from incident_desk.exercise import RecordedMessage, recording_header, recording_line

pytestmark = pytest.mark.timeout(60)

#: never reached: a refusal of the file comes first (reaching it would be exit 1, not 2)
UNREACHABLE = "mqtt://127.0.0.1:1"
HEADER = recording_header(datetime(2026, 3, 14, 9, 30, tzinfo=UTC))
GOOD = recording_line(RecordedMessage(0.5, "idesk/v1/actual/KE/nps/alert", b"<alert/>"))
FIELDS = json.loads(GOOD)


def line(**changes: object) -> str:
    data = {**FIELDS, **changes}
    return json.dumps({k: v for k, v in data.items() if v is not ...}) + "\n"


def replay(path: Path) -> list[str]:
    return ["replay", str(path), "--exercise", "RX-1", "--broker", UNREACHABLE]


@pytest.mark.parametrize(
    ("bad", "problem"),
    [
        (
            line(t=1e300),
            "'t' must be between 0 and 31622400 seconds since the recording started, not 1e+300",
        ),
        (
            line(t=-1),
            "'t' must be between 0 and 31622400 seconds since the recording started, not -1",
        ),
        (
            '{"t": NaN, "topic": "x", "payload": ""}\n',
            "'t' must be between 0 and 31622400 seconds since the recording started, not nan",
        ),
        (line(t="soon"), "'t' must be a number of seconds, not 'soon'"),
        (line(topic=...), "the recorded message has no 'topic'"),
        (line(t=...), "the recorded message has no 't'"),
        (line(payload="!!!"), "'payload' is not valid base64"),
        (line(user_properties=[["seq"]]), "'user_properties' must be a list of [name, value]"),
        (line(qos=7), "'qos' must be 0, 1 or 2, not 7"),
        (line(retain="yes"), "'retain' must be true or false, not 'yes'"),
        (line(message_expiry=-5), "'message_expiry' must be whole seconds from 0 to"),
    ],
)
def test_a_bad_line_is_refused_before_anything_is_sent(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], bad: str, problem: str
) -> None:
    rec = tmp_path / "rec.jsonl"
    rec.write_text(HEADER + GOOD + bad + GOOD, encoding="utf-8")
    assert main(replay(rec)) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1, err
    assert err.startswith(f"incident-desk replay: {rec}:3: {problem}")
    assert "Error(" not in err  # no exception names, plain words


@pytest.mark.parametrize("text", ["", HEADER, "\n\n"])
def test_a_recording_without_messages_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str
) -> None:
    rec = tmp_path / "rec.jsonl"
    rec.write_text(text, encoding="utf-8")
    assert main(replay(rec)) == 2
    assert capsys.readouterr().err == (f"incident-desk replay: {rec} holds no recorded message\n")

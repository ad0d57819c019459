"""The scenario player on a hand-driven clock: order, pause, speed, step, jump, contingency,
ad-hoc injects and byte-reproducible runs."""

from __future__ import annotations

import json
import logging
import random
import threading
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from incident_desk.cap import Status, parse
from incident_desk.exercise import (
    ExerciseState,
    Player,
    PlayerThread,
    decode_control,
    inject_topic,
    render_run,
)
from incident_desk.scenario import (
    ClockStateError,
    Scenario,
    UnitStatus,
    UnitUpdate,
    VirtualClock,
    load_scenario,
)
from tests.unit.exercise.conftest import BASE, SHIPPED, FakePort, Rig, make_rig

pytestmark = pytest.mark.timeout(30)

REGULAR = [1, 2, 3, 5, 6]  # play order of the small scenario without the contingency (4)


def inject_numbers(rig: Rig) -> list[int]:
    return [m.inject for m in rig.player.published if m.inject is not None]


def commands(rig: Rig) -> list[str]:
    out = []
    for kind, _topic, data, _meta in rig.port.calls:
        if kind == "json" and _topic.endswith("/control"):
            message = decode_control(data)
            assert message is not None
            out.append(message.command.value)
    return out


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: p.stem)
def test_two_x100_runs_of_a_shipped_scenario_are_byte_identical_to_render_run(path: Path) -> None:
    scenario = load_scenario(path)
    expected = [m.wire() for m in render_run(scenario, BASE, speed=100.0)]
    runs = []
    for _ in range(2):
        rig = make_rig(scenario, speed=100.0)
        rig.player.run_until_end(sleep=rig.time.sleep)
        runs.append(rig.port.wire())
    assert runs[0] == expected
    assert runs[1] == expected
    regular = [i for i in scenario.ordered_injects() if i.contingency_for is None]
    assert len(expected) == len(regular) + 2  # STARTEX … ENDEX


def test_render_run_changes_with_the_base_time(small: Scenario) -> None:
    from datetime import timedelta

    one = render_run(small, BASE)
    two = render_run(small, BASE + timedelta(seconds=1))
    assert [m.topic for m in one] == [m.topic for m in two]
    assert [m.payload for m in one] != [m.payload for m in two]


def test_the_run_publishes_in_order_with_markings_and_topics(rig: Rig) -> None:
    rig.player.run_until_end(sleep=rig.time.sleep)
    assert inject_numbers(rig) == REGULAR
    assert commands(rig) == ["STARTEX", "ENDEX"]
    topics = rig.port.topics
    assert topics[0] == "idesk/v1/exercise/EX-T1/control"
    assert topics[1] == "idesk/v1/exercise/EX-T1/KE/nps/alert"
    assert topics[2] == "idesk/v1/exercise/EX-T1/UG/upf/unit/eod-1"
    assert topics[3] == "idesk/v1/exercise/EX-T1/UG/upf/command"
    cap = parse(rig.port.calls[1][2])
    assert cap.status is Status.EXERCISE
    assert (cap.note or "").split()[0] == "EX-T1"
    assert rig.port.calls[1][3]["exercise_id"] == "EX-T1"
    unit = rig.port.calls[2]
    assert unit[3] == {"retain": True, "expiry_s": 12 * 3600}
    assert json.loads(unit[2])["exercise"] == "EX-T1"
    text = rig.port.calls[3]
    assert text[3]["retain"] is False
    assert json.loads(text[2])["text"].startswith("EXERCISE EXERCISE EXERCISE")
    end = decode_control(rig.port.calls[-1][2])
    assert end is not None
    assert end.state is ExerciseState.ENDED
    assert end.scenario_time == 240
    assert rig.player.record(4).state == "held"


def test_nothing_goes_out_before_startex_or_while_paused(rig: Rig) -> None:
    rig.time.now += 500
    assert rig.player.tick() == []
    rig.player.startex()
    assert inject_numbers(rig) == []
    assert [m.inject for m in rig.player.tick()] == [1]
    rig.player.pause()
    rig.time.now += 10_000
    assert rig.player.tick() == []
    rig.player.resume()
    assert rig.player.tick() == []  # the scenario time stood still during the hold
    rig.time.now += 60
    assert [m.inject for m in rig.player.tick()] == [2]
    assert commands(rig) == ["STARTEX", "PAUSE", "RESUME"]


@pytest.mark.parametrize("seed", range(8))
def test_pause_resume_and_speed_never_reorder_skip_or_repeat(small: Scenario, seed: int) -> None:
    rng = random.Random(seed)
    rig = make_rig(small)
    player = rig.player
    player.startex()
    while not player.finished:
        action = rng.choice(["advance", "advance", "pause", "resume", "speed", "tick"])
        if action == "advance":
            rig.time.now += rng.uniform(0, 40)
        elif action == "pause" and player.state == "running":
            player.pause()
        elif action == "resume" and player.state == "paused":
            player.resume()
        elif action == "speed":
            player.set_speed(rng.choice([0.25, 1, 3, 10, 100]))
        if player.state == "paused" and rng.random() < 0.3:
            player.resume()
        player.tick()
    assert inject_numbers(rig) == REGULAR
    states = [r.state for r in player.records if r.number in REGULAR]
    assert states == ["sent"] * len(REGULAR)


def test_speed_scales_real_time(small: Scenario) -> None:
    rig = make_rig(small, speed=10.0)
    rig.player.startex()
    rig.player.tick()
    assert rig.player.real_seconds_until_next() == pytest.approx(6.0)
    rig.player.set_speed(60.0)
    assert rig.player.real_seconds_until_next() == pytest.approx(1.0)


def test_step_releases_the_next_inject_even_while_paused(rig: Rig) -> None:
    rig.player.startex()
    rig.player.tick()
    rig.player.pause()
    stepped = rig.player.step()
    assert [m.inject for m in stepped] == [2]
    assert rig.clock.now() == 60
    assert rig.player.state == "paused"


def test_jump_to_inject_skips_what_it_passes_and_never_sends_it(rig: Rig) -> None:
    rig.player.startex()
    rig.player.tick()
    assert rig.player.jump_to_inject(5) == [2, 3]
    assert [m.inject for m in rig.player.tick()] == [5, 6]
    assert rig.player.record(2).state == "skipped"
    assert rig.player.record(3).state == "skipped"
    assert rig.player.jump_to_inject(1) == []  # backwards: moves the clock only
    assert rig.player.tick() == []
    assert inject_numbers(rig) == [1, 5, 6]
    assert [e.record.number for e in rig.events if e.kind == "skipped" and e.record] == [2, 3]


def test_jump_to_a_contingency_inject_is_refused(rig: Rig) -> None:
    rig.player.startex()
    with pytest.raises(ValueError, match="contingency"):
        rig.player.jump_to_inject(4)


def test_endex_records_what_was_not_played_as_skipped(rig: Rig) -> None:
    rig.player.startex()
    rig.player.tick()
    rig.player.endex("time is up")
    assert [r.state for r in rig.player.records] == [
        "sent",
        "skipped",
        "skipped",
        "held",
        "skipped",
        "skipped",
    ]
    with pytest.raises(ClockStateError):
        rig.player.step()


def test_contingency_is_held_until_fired_at_the_current_scenario_time(rig: Rig) -> None:
    rig.player.startex()
    rig.time.now += 90
    rig.player.tick()
    sent = rig.player.fire_contingency(4)
    assert sent.inject == 4
    assert sent.topic == "idesk/v1/exercise/EX-T1/KE/nps/command"
    body = json.loads(sent.payload)
    assert body["scenario_time"] == "00:01:30"
    assert rig.player.record(4).state == "sent"
    with pytest.raises(ValueError, match="inject 4"):
        rig.player.fire_contingency(4)
    with pytest.raises(ValueError, match="not a contingency"):
        rig.player.fire_contingency(2)


def test_contingency_cannot_be_fired_before_startex(rig: Rig) -> None:
    with pytest.raises(ClockStateError):
        rig.player.fire_contingency(4)
    assert rig.port.calls == []


def test_adhoc_injects_get_numbers_beyond_the_file_and_render_deterministically(
    small: Scenario,
) -> None:
    outputs = []
    for _ in range(2):
        rig = make_rig(small)
        rig.player.startex()
        rig.time.now += 30
        text = rig.player.inject_adhoc("Media report of a second blast", from_agency="upf")
        unit = rig.player.inject_adhoc(UnitUpdate(unit="eod-1", status=UnitStatus.ON_SCENE))
        outputs.append((text, unit))
        assert text.inject == 7
        assert unit.inject == 8
        assert rig.player.record(7).adhoc
        assert text.topic == "idesk/v1/exercise/EX-T1/UG/upf/command"
        assert json.loads(text.payload)["text"].startswith("EXERCISE EXERCISE EXERCISE Media")
        assert unit.retain
    assert outputs[0] == outputs[1]


def test_adhoc_cap_inject_is_an_exercise_alert(small: Scenario) -> None:
    template = small.inject(1).message.cap
    assert template is not None
    rig = make_rig(small)
    rig.player.startex()
    sent = rig.player.inject_adhoc(template, from_agency="nps")
    alert = parse(sent.payload)
    assert alert.identifier == "KE-nps-EX-T1-0007" == rig.player.adhoc_identifier(7)
    assert alert.status is Status.EXERCISE


def test_adhoc_from_an_unknown_agency_is_refused(rig: Rig) -> None:
    rig.player.startex()
    with pytest.raises(KeyError):
        rig.player.inject_adhoc("hello", from_agency="nobody")
    assert inject_numbers(rig) == []


def test_a_failed_publish_is_recorded_and_raised(small: Scenario) -> None:
    rig = make_rig(small)
    rig.port.fail_on = lambda topic: topic.endswith("/unit/eod-1")
    rig.player.startex()
    rig.time.now += 60
    with pytest.raises(RuntimeError, match="refused"):
        rig.player.tick()
    assert rig.player.record(2).state == "failed"
    assert rig.player.record(2).error == "refused idesk/v1/exercise/EX-T1/UG/upf/unit/eod-1"


def test_no_duff_holds_the_clock_and_publishes_a_retained_state(rig: Rig) -> None:
    rig.player.startex()
    rig.player.tick()
    control = rig.player.no_duff("real explosion at Malaba")
    assert control is not None
    assert control.state is ExerciseState.NO_DUFF
    assert control.reason == "real explosion at Malaba"
    assert rig.player.state == "no_duff"
    assert rig.port.calls[-1][3] == {"retain": True, "expiry_s": 12 * 3600}
    rig.time.now += 3600
    assert rig.player.tick() == []
    rig.player.resume()
    assert rig.player.clock.state.value == "running"
    assert commands(rig) == ["STARTEX", "NO_DUFF", "RESUME"]


def test_no_duff_after_endex_publishes_nothing(rig: Rig, caplog: pytest.LogCaptureFixture) -> None:
    rig.player.startex()
    rig.player.endex()
    count = len(rig.port.calls)
    with caplog.at_level(logging.WARNING, logger="incident_desk.exercise"):
        assert rig.player.no_duff("real") is None
    assert len(rig.port.calls) == count
    assert "NO DUFF after ENDEX (not published)" in caplog.text


def test_the_ended_state_expires_sooner_than_the_running_state(rig: Rig) -> None:
    rig.player.startex()
    rig.player.endex()
    assert [c[3]["expiry_s"] for c in rig.port.calls] == [12 * 3600, 3600]
    assert all(c[3]["retain"] for c in rig.port.calls)


def test_player_thread_wakes_on_control_changes_and_ends(small: Scenario) -> None:
    """Real time at ×1: inject 2 is a minute away, yet pause and ENDEX take effect at once."""
    port = FakePort()
    sent = threading.Event()

    def on_event(event: object) -> None:
        sent.set()

    player = Player(
        small,
        publish=port,
        clock=VirtualClock(),
        base_time=BASE,
        controller="c",
        on_event=on_event,
    )
    thread = PlayerThread(player)
    thread.start()
    assert sent.wait(5)
    player.pause()
    player.endex()
    assert thread.join(5)  # inject 2 was a minute away: the thread did not wait for it
    assert thread.error is None
    assert [m.inject for m in player.published if m.inject] == [1]


def test_player_thread_at_x100_keeps_injects_close_to_schedule(small: Scenario) -> None:
    port = FakePort()
    marks: list[tuple[int, float]] = []
    player = Player(
        small,
        publish=port,
        clock=VirtualClock(speed=100.0),
        base_time=BASE,
        controller="c",
        on_event=lambda e: (
            marks.append((e.message.inject or 0, e.monotonic))
            if e.kind == "inject" and e.message
            else None
        ),
    )
    thread = PlayerThread(player)
    start = time.monotonic()
    thread.start()
    assert thread.join(10)
    offsets = {1: 0, 2: 60, 3: 120, 5: 240, 6: 240}
    assert [n for n, _ in marks] == REGULAR
    for number, at in marks:
        late = (at - start) - offsets[number] / 100
        assert -0.01 < late < 0.25, (number, late)
    assert player.state == "ended"


def test_inject_topic_of_each_kind(small: Scenario) -> None:
    assert inject_topic(small, small.inject(1)) == "idesk/v1/exercise/EX-T1/KE/nps/alert"
    assert inject_topic(small, small.inject(2)) == "idesk/v1/exercise/EX-T1/UG/upf/unit/eod-1"
    assert inject_topic(small, small.inject(3)) == "idesk/v1/exercise/EX-T1/UG/upf/command"


def test_without_a_base_time_t0_is_the_wall_instant_of_startex(small: Scenario) -> None:
    """A controller at a console gives no base time: however long the briefing before
    STARTEX, T+0 is when STARTEX was given, so at x1 an inject's sent and expires are wall
    times every console can judge (sent 09:00 and expiring at 11:00 would otherwise have
    expired on arrival after a two-hour briefing)."""
    wall = [datetime(2026, 12, 5, 9, 0, tzinfo=UTC)]
    rig = make_rig(small, base_time=None, wallclock=lambda: wall[0])  # as a console's controller
    wall[0] += timedelta(hours=2, minutes=30, seconds=7)  # the briefing
    startex = wall[0].replace(microsecond=0)
    assert rig.player.base_time == startex  # before STARTEX: now
    control = rig.player.startex()
    assert control.at == startex
    wall[0] += timedelta(minutes=5)  # later readings keep T+0 where STARTEX put it
    assert rig.player.base_time == startex
    rig.player.tick()
    alert = parse(rig.port.calls[1][2])
    assert alert.sent.utc == startex  # inject 1 is at +00:00:00
    assert alert.first_info is not None
    assert alert.first_info.expires is not None
    assert alert.first_info.expires.utc > wall[0]  # not expired on arrival


def controls(rig: Rig) -> list[tuple[str, str, int, float]]:
    """(command, state, scenario time, speed) of every control message published."""
    out = []
    for kind, topic, data, _meta in rig.port.calls:
        if kind == "json" and topic.endswith("/control"):
            message = decode_control(data)
            assert message is not None
            out.append(
                (message.command.value, message.state.value, message.scenario_time, message.speed)
            )
    return out


def test_a_speed_change_a_jump_and_a_step_tell_every_console_the_clock(rig: Rig) -> None:
    """Other consoles learn the exercise clock from the control topic only: a speed change,
    a jump or a step publishes the control state again (CLOCK), so their T+ clock and the
    expiry of injects they judge on it follow the controller's."""
    rig.player.set_speed(20.0)  # before STARTEX: STARTEX will carry it
    assert controls(rig) == []
    rig.player.startex()
    rig.player.tick()
    rig.time.now += 1.5  # 30 exercise seconds at x20
    rig.player.set_speed(40.0)
    assert controls(rig)[-1] == ("CLOCK", "running", 30, 40.0)
    rig.player.jump_to_inject(5)
    assert controls(rig)[-1] == ("CLOCK", "running", 240, 40.0)
    rig.player.pause()
    rig.player.set_speed(10.0)
    assert controls(rig)[-1] == ("CLOCK", "paused", 240, 10.0)
    stepped = rig.player.step()
    assert [m.inject for m in stepped] == [5]
    assert controls(rig)[-1] == ("CLOCK", "paused", 240, 10.0)
    assert rig.port.calls[-1][0] == "cap"  # the clock's new place first, then the inject
    rig.player.endex()
    before = len(rig.port.calls)
    with pytest.raises(ClockStateError):  # after ENDEX there is no clock left to change
        rig.player.set_speed(1.0)
    assert len(rig.port.calls) == before
    assert [c[0] for c in controls(rig)] == [
        "STARTEX",
        "CLOCK",
        "CLOCK",
        "PAUSE",
        "CLOCK",
        "CLOCK",
        "ENDEX",
    ]


def test_a_clock_change_during_no_duff_keeps_the_no_duff_state(rig: Rig) -> None:
    rig.player.startex()
    rig.player.no_duff("REAL: explosion at Busia")
    rig.player.set_speed(5.0)
    last = decode_control(rig.port.calls[-1][2])
    assert last is not None
    assert (last.command.value, last.state) == ("CLOCK", ExerciseState.NO_DUFF)
    assert last.reason == "REAL: explosion at Busia"  # the overlay still names the alert


@pytest.mark.parametrize(("speed", "lapses_after"), [(20.0, 6), (1.0, 120), (0.25, 480)])
def test_an_inject_lapses_on_the_broker_when_the_exercise_clock_reaches_its_expires(
    small: Scenario, speed: float, lapses_after: int
) -> None:
    """Inject 1 expires two exercise hours after it is sent. Its MQTT expiry is the wall
    instant the exercise clock gets there: six wall minutes at x20, eight hours at x0.25.
    The run's base time (March) is long past on the wall clock (December): an expiry read
    on the wall clock would have refused every inject as expired."""
    wall = datetime(2026, 12, 5, 9, 0, tzinfo=UTC)
    rig = make_rig(small, speed=speed, base_time=BASE, wallclock=lambda: wall)
    rig.player.startex()
    rig.player.tick()
    kind, _topic, raw, meta = rig.port.calls[1]
    assert kind == "cap"
    info = parse(raw).first_info
    assert info is not None
    assert info.expires is not None
    assert info.expires.utc == BASE + timedelta(hours=2)  # the document keeps exercise time
    assert meta["expires"] == wall + timedelta(minutes=lapses_after)

"""The exercise engine runtime (docs/architecture.md §5, §6): Qt-free and paho-free.

- :class:`Player` / :class:`PlayerThread` play a scenario into one exercise tree through a
  :class:`PublishPort`; :func:`render_run` gives the byte-exact sequence of a run.
- ``_control``: the versioned, retained control messages (STARTEX … NO_DUFF).
- :func:`assert_exercise_topic`: the separation guard every exercise publisher goes through.
- :class:`NoDuffWatcher`: a real alert during an exercise → a NO DUFF event.
- Recordings and their replay into an exercise (``_replay``).
- The after-action report (``_aar``, ``_aar_observe``, ``_aar_write``), its deadlines on
  the exercise clock (``_clockmap``); the same rules for the live MSEL (``_msel_observe``).
"""

from incident_desk.exercise._aar import (
    AfterActionReport,
    Check,
    InjectFinding,
    TimelineRow,
    build_aar,
    expectation_text,
)
from incident_desk.exercise._aar_write import write_aar, write_csv, write_html, write_json
from incident_desk.exercise._clockmap import (
    ClockAnchor,
    ControlClock,
    ExerciseClockMap,
    on_exercise_clock,
)
from incident_desk.exercise._control import (
    CLEAR_PAYLOAD,
    CONTROL_SCHEMA,
    ENDED_EXPIRY_S,
    STATE_EXPIRY_S,
    Command,
    ControlMessage,
    ExerciseState,
    control_expiry,
    decode_control,
    encode_control,
)
from incident_desk.exercise._guard import SeparationError, assert_exercise_topic
from incident_desk.exercise._messages import (
    TEXT_EXPIRY_S,
    UNIT_EXPIRY_S,
    PublishedMessage,
    PublishPort,
    encode_json,
    send,
)
from incident_desk.exercise._msel_observe import InjectObservation, observe_injects
from incident_desk.exercise._noduff import NoDuffEvent, NoDuffWatcher
from incident_desk.exercise._player import InjectRecord, Player, PlayerEvent, PlayerThread
from incident_desk.exercise._render import control_message, inject_topic, render_message, render_run
from incident_desk.exercise._replay import (
    RECORDING_SCHEMA,
    RecordedMessage,
    Replayer,
    ReplayResult,
    read_recording,
    recording_header,
    recording_line,
    rewrite_cap,
    rewrite_for_exercise,
    rewrite_topic,
)

__all__ = [
    "CLEAR_PAYLOAD",
    "CONTROL_SCHEMA",
    "ENDED_EXPIRY_S",
    "RECORDING_SCHEMA",
    "STATE_EXPIRY_S",
    "TEXT_EXPIRY_S",
    "UNIT_EXPIRY_S",
    "AfterActionReport",
    "Check",
    "ClockAnchor",
    "Command",
    "ControlClock",
    "ControlMessage",
    "ExerciseClockMap",
    "ExerciseState",
    "InjectFinding",
    "InjectObservation",
    "InjectRecord",
    "NoDuffEvent",
    "NoDuffWatcher",
    "Player",
    "PlayerEvent",
    "PlayerThread",
    "PublishPort",
    "PublishedMessage",
    "RecordedMessage",
    "ReplayResult",
    "Replayer",
    "SeparationError",
    "TimelineRow",
    "assert_exercise_topic",
    "build_aar",
    "control_expiry",
    "control_message",
    "decode_control",
    "encode_control",
    "encode_json",
    "expectation_text",
    "inject_topic",
    "observe_injects",
    "on_exercise_clock",
    "read_recording",
    "recording_header",
    "recording_line",
    "render_message",
    "render_run",
    "rewrite_cap",
    "rewrite_for_exercise",
    "rewrite_topic",
    "send",
    "write_aar",
    "write_csv",
    "write_html",
    "write_json",
]

"""Composition roots: the parts of one console (or one exercise controller) built and started
in the right order.

Qt-free and paho-aware: this package is the one place where the core, the bus side
(``incident_desk.messaging``) and the exercise engine are wired together. The window
(``incident_desk.ui``) attaches to a ``ConsoleRuntime``; the CLI builds one; tests start one
without a screen. See docs/architecture.md §1.
"""

from incident_desk.runtime._console import ConsoleRuntime, DemoSetup
from incident_desk.runtime._controller import ControllerEvent, ExerciseController, ExerciseLink
from incident_desk.runtime._demo import DEMO_SCENARIO, controller_runtime, demo_runtime

__all__ = [
    "DEMO_SCENARIO",
    "ConsoleRuntime",
    "ControllerEvent",
    "DemoSetup",
    "ExerciseController",
    "ExerciseLink",
    "controller_runtime",
    "demo_runtime",
]

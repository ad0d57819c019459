"""Standing advisories above the queue: what is wrong, who it concerns, and what to do.

- **No directory**: the console knows no agencies or units, so Establish, Handover and
  Assign have nothing to offer; the banner says so and offers Console → Load directory…
  (named as the menu and its action read, in the operator's language).
- **Unreadable real traffic**: a message on the real (``actual``) tree could not be read
  and was quarantined. During a drill that is the one thing an operator must not miss
  under exercise noise: the banner names the publisher (country/agency, topic, stream) in
  plain words and says what to do; it is drawn in the real-alarm style, never purple.
- **Exercise ended**: after ENDEX the console offers to leave the exercise (it is still
  joined to it until the operator says so).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtWidgets import QFileDialog

from incident_desk.command import load_directory
from incident_desk.topics import Mode, TopicError, parse_topic
from incident_desk.ui.banners import AdvisoryBanner
from incident_desk.ui.notices import reason_headline


class Advisories(QObject):
    """The window's three advisory banners and what raises and clears them.

    Signals:
        leave_exercise_requested: the operator chose to leave the ended exercise.
    """

    leave_exercise_requested = Signal()

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        self.directory = AdvisoryBanner("directory_banner")
        self.real_traffic = AdvisoryBanner("real_traffic_banner")
        self.ended = AdvisoryBanner("ended_banner")
        self.directory.action_requested.connect(self.choose_directory)
        self.real_traffic.action_requested.connect(window.show_notices)
        self.ended.action_requested.connect(self.leave_exercise_requested)
        self._unreadable = 0

    def banners(self) -> tuple[AdvisoryBanner, ...]:
        return (self.real_traffic, self.ended, self.directory)

    # -- directory -------------------------------------------------------------------------
    def check_directory(self) -> None:
        """Warn when the command board knows no agency (nothing to establish or hand to)."""
        board = self.window.console.command
        if board is None:
            return
        if board.agencies():
            self.directory.clear()
            return
        action = self.window.actions_by_name["load_directory"]
        where = self.tr("{menu} → {action}").format(
            menu=self.window.console_menu.title().replace("&", ""),
            action=action.text().replace("&", "").rstrip("…."),
        )
        self.directory.show_advisory(
            self.tr(
                "No agency and unit directory is loaded: the Establish and Handover dialogs "
                "list no agencies, and units appear only once heard on the bus. Set "
                "'directory' in the settings or use {where}."
            ).format(where=where),
            self.tr("Load directory…"),
        )

    @Slot()
    def choose_directory(self) -> None:
        """Console → Load directory…: read an agency and unit directory into the command
        board."""
        board = self.window.console.command
        if board is None:
            self.window.message_bar.show_message(
                self.tr("This console has no command board."), "error"
            )
            return
        path, _ = QFileDialog.getOpenFileName(
            self.window,
            self.tr("Load agency and unit directory"),
            "",
            self.tr("Directory files (*.yaml *.yml)"),
        )
        if path:
            self.load(path)

    def load(self, path: str) -> None:
        """Load the directory file at ``path`` (a bad file is named with its line)."""
        board = self.window.console.command

        def loaded(_changes: Any) -> None:
            self.check_directory()
            self.window.message_bar.show_message(
                self.tr("Directory loaded from {path}.").format(path=path)
            )

        self.window.ops.run(
            self.tr("load the directory"),
            lambda: board.load_directory(load_directory(path)),
            loaded,
        )

    # -- unreadable real traffic -------------------------------------------------------------
    def on_quarantined(self, entries: Sequence[Any]) -> None:
        """New quarantine entries: those from the real tree raise the advisory."""
        real = [e for e in entries if _is_real(e.topic)]
        if not real:
            return
        self._unreadable += len(real)
        newest = max(real, key=lambda e: e.id)
        who = _publisher(newest.topic)
        drill = self.window.console.exercise_id is not None
        text = self.tr(
            "REAL TRAFFIC COULD NOT BE READ{during} — {count} message(s); newest from {who} "
            "on {topic}{stream}. It is kept in quarantine with its raw bytes, nothing was "
            "shown as an alert. Contact {who} by phone or radio for the content, and tell "
            "your supervisor. Why: {reason}"
        ).format(
            during=self.tr(" DURING THE DRILL") if drill else "",
            count=self._unreadable,
            who=who,
            topic=newest.topic,
            stream=f" (stream {newest.source})" if newest.source not in (None, "bus") else "",
            reason=reason_headline(newest),
        )
        self.real_traffic.show_advisory(text, self.tr("Show quarantine"))

    # -- exercise ended ----------------------------------------------------------------------
    @Slot(object)
    def on_control(self, message: Any) -> None:
        if message is None or message.state.value != "ended":
            return
        self.ended.show_advisory(
            self.tr(
                "Exercise {id} has ended (ENDEX by {by}). This console is still joined to it "
                "and marks it EXERCISE. Leave the exercise to work on real traffic only."
            ).format(id=message.exercise, by=message.by),
            self.tr("Leave exercise"),
        )


def _is_real(topic: str | None) -> bool:
    if not topic:
        return False
    try:
        return parse_topic(topic).mode is Mode.ACTUAL
    except TopicError:
        return topic.startswith("idesk/v1/actual/")


def _publisher(topic: str | None) -> str:
    try:
        parsed = parse_topic(topic or "")
    except TopicError:
        return topic or "?"
    return f"{parsed.country}/{parsed.agency}"

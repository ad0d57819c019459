"""How the window shows the CAP reading beyond the queue and the detail pane.

- The alarm banner names each alarm by its headline in the operator's language: the queue's
  row of that alert, which the store feed already read in the operator's language
  (``incident_desk/wording.py``). The core alarm board keeps the words every console stores
  (the first ``info`` block), so the banner asks the queue; when an alarm is raised before
  its row reached the queue, the banner is redrawn as soon as the row arrives.
- The status bar counts the alerts this console shows that were accepted with conformance
  warnings (docs/cap-reading.md): those stored when the window opened
  (``Store.count_with_warnings``, read off the GUI thread), plus each new one the feed
  brings.

One call from the window: ``CapReadingWiring(window)``.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QObject, Slot
from PySide6.QtWidgets import QLabel, QWidget

from incident_desk.display import display_headline

log = logging.getLogger("incident_desk.ui")


class WarningsIndicator(QLabel):
    """``⚠ 3 alerts with warnings`` in the status bar; hidden while there are none."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("warnings_indicator")
        self.count = 0
        self.set_count(0)

    def set_count(self, count: int) -> None:
        self.count = count
        self.setVisible(count > 0)
        if count == 1:
            self.setText(self.tr("⚠ 1 alert with warnings"))
        else:
            self.setText(self.tr("⚠ {n} alerts with warnings").format(n=count))
        self.setToolTip(
            self.tr(
                "{n} of the alerts shown were accepted although they break a rule of the CAP "
                "standard (for example an empty area or a missing reference). They are "
                "complete enough to act on. Each one shows ⚠ and its number of warnings in the "
                "queue's Type column; select it to read what was unusual in the detail pane."
            ).format(n=count)
        )


class CapReadingWiring(QObject):
    """The alarm banner's headlines and the status bar's warnings count for one window."""

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        self.indicator = WarningsIndicator()
        window.statusBar().addPermanentWidget(self.indicator)
        self._stored = 0  # with warnings when the window opened (read once)
        self._live = 0  # with warnings among the alerts that arrived since
        self._missing: set[int] = set()  # alarms named before their queue row arrived
        window.alarm_banner.headline_of = self.headline_of
        window.model.rowsInserted.connect(self._rows_arrived)
        window.feed.bootstrapped.connect(self._count_stored)
        window.feed.delta_read.connect(self._count_new)

    # -- alarm banner ----------------------------------------------------------------------
    def headline_of(self, alert_id: int) -> str | None:
        """The alert's headline as its queue row reads it (the operator's language)."""
        row = self.window.model.alert(alert_id)
        if row is None:
            self._missing.add(alert_id)
            return None
        return display_headline(row.headline, row.event, row.identifier)

    @Slot()
    def _rows_arrived(self) -> None:
        if self._missing and any(self.window.model.alert(i) for i in self._missing):
            self._missing.clear()
            self.window.alarm_banner.refresh()

    # -- warnings count --------------------------------------------------------------------
    @Slot(object)
    def _count_stored(self, _boot: object) -> None:
        feed, top = self.window.feed, self.window.feed.load_top
        store, exercise_id = self.window.store, self.window.console.exercise_id

        def count() -> int:
            real = int(store.count_with_warnings(None, through_id=top))
            joined = store.count_with_warnings(exercise_id, through_id=top) if exercise_id else 0
            return real + int(joined)

        feed.read(count, self._set_stored, self._failed)

    def _set_stored(self, count: int) -> None:
        self._stored = count
        self.indicator.set_count(self._stored + self._live)

    @Slot(object)
    def _count_new(self, delta: Any) -> None:
        new = sum(1 for row in delta.live if row.warning_count)
        if new:
            self._live += new
            self.indicator.set_count(self._stored + self._live)

    def _failed(self, exc: Exception) -> None:
        # the count is a convenience: the queue's ⚠ markers stay right; the next window shows it
        log.warning("could not count the alerts with conformance warnings: %s", exc)

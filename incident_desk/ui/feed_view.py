"""The window's side of the store feed: every typed delta to the views that show it.

``StoreFeed`` (``store_feed.py``) reads the store off the GUI thread and hands over a
``Bootstrap`` once, a ``Delta`` per batch and an ``OlderPage`` each time the queue scrolls
to older alerts (the queue model asks through ``canFetchMore``/``fetchMore``, wired here);
``FeedView`` puts each part where it belongs
(queue rows, acknowledgements, superseded versions, alarms without a board, drill panel,
timeline, quarantine and gap counts, advisories, outbox, incidents, map) and reports a store
that cannot be read in the database banner.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Slot

from incident_desk.errors import StoreError
from incident_desk.incidents import IncidentStatus
from incident_desk.mapfeed import incident_features
from incident_desk.ui.store_feed import Bootstrap, Delta, OlderPage, StoreFeed

if TYPE_CHECKING:
    from incident_desk.ui.main_window import MainWindow

log = logging.getLogger("incident_desk.ui")


class FeedView(QObject):
    """Builds ``window``'s ``StoreFeed`` (``feed``) and applies what it reads."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.feed = StoreFeed(
            window.console,
            detail_alert_id=lambda: window.detail.alert_id,
            with_map=lambda: window.map.shown,  # also while the map is being built
            languages=window.detail.languages,  # multilingual alerts in the operator's
            parent=window,
        )
        self.feed.bootstrapped.connect(self.apply_bootstrap)
        self.feed.delta_read.connect(self.apply_delta)
        self.feed.read_failed.connect(self.on_read_failed)
        self.feed.store_state.connect(self.on_store_state)
        self.feed.gaps_changed.connect(lambda _gaps: self.show_counts())
        self.feed.loaded.connect(self.on_loaded)
        self._select_when_in: int | None = None  # an alert asked for by id, on its way
        self.feed.older_read.connect(self.apply_older)
        self.feed.closed_read.connect(window.incident_board.add_closed)
        window.incident_board.older_closed_requested.connect(self.feed.read_closed)
        window.model.set_older_source(self.feed.can_fetch_older, self.fetch_older)
        window.bridge.changes_applied.connect(self.feed.note)

    def apply_bootstrap(self, boot: Bootstrap) -> None:
        w = self.window
        w.notice_button.set_counts(boot.quarantine, 0)
        w.outbox_indicator.set_waiting(*boot.outbox)
        w.timeline.append_entries(boot.timeline)
        if boot.incidents is not None:
            w.incident_board.model.set_incidents(boot.incidents)
            # the map opens with the active incidents; the recently closed are on the board
            active = [i for i in boot.incidents if i.status != IncidentStatus.CLOSED]
            w.map.push(incident_features(active))

    def apply_delta(self, d: Delta) -> None:
        w = self.window
        if d.rows:
            w.model.append_alerts(d.rows)
            w.rate.record(sum(1 for r in d.live if r.msg_type != "Ack"))
        for alert_id in d.acked:
            w.alert_actions.mark_acknowledged(alert_id)
        if d.superseded:
            w.model.set_superseded(d.superseded)
        if d.acks is not None and w.detail.alert_id == d.acks[0]:
            w.detail.show_acks(d.acks[1])
        if d.rows:
            w.alarms.consider(d.rows, d.acked | w.model.acknowledged_set())
        if d.live:
            w.exercise.feed(d.live)
        if d.timeline:
            w.timeline.append_entries(d.timeline)
        if d.quarantine is not None:
            self.show_counts(d.quarantine)
        if d.quarantined:
            w.advisories.on_quarantined(d.quarantined)
        if d.outbox is not None:
            w.outbox_indicator.set_waiting(*d.outbox)
        if d.incidents is not None:
            w.incident_board.apply_incidents(d.incidents)
        w.map.push(d.map_upsert, d.map_remove)
        if self.feed.loading:
            w.queue.set_loading(w.model.rowCount())

    def forget_exercise(self) -> None:
        """The console left its exercise: the drill's alerts, incidents, timeline entries and
        map items leave the window (``visible(rows, None)``, the rule every read follows from
        now on); the store keeps them. A drill alert in the detail pane goes with them."""
        w = self.window

        def real(row: Any) -> bool:
            return row.exercise_id is None

        shown = w.detail.alert_id
        w.model.keep_only(real)
        board = w.incident_board.model
        snapshots = [board.snapshot(i) for i in board.incident_ids()]
        board.remove([s.id for s in snapshots if s is not None and not real(s)])
        w.timeline.model.keep_only(real)
        w.map.remove_exercise()
        if shown is not None and w.model.row_of(shown) is None:
            w.detail.clear()
        elif shown is not None:
            w.queue.select_alert(shown)  # the reset cleared the selection

    def fetch_older(self) -> None:
        """The queue model's ``fetchMore``: read the next older page ("loading older…")."""
        if self.feed.fetch_older():
            self.window.queue.set_loading_older(True)

    def bring(self, alert_id: int) -> bool:
        """Load the queue down to an alert it does not hold yet (asked for by id: an alarm,
        the map) and select it once it is in. False if it cannot come this way: not older
        than the rows held, more than ``StoreFeed.REACH`` ids below them, or a page is
        already on its way."""
        if self.window.model.row_of(alert_id) is not None:
            return False
        if not self.feed.fetch_older(down_to=alert_id):
            return False
        self._select_when_in = alert_id
        self.window.queue.set_loading_older(True)
        return True

    def apply_older(self, page: OlderPage) -> None:
        """A page of older alerts: their state first (so each row shows right when it is
        inserted), then the rows at the bottom (or in sort order) of the queue."""
        w = self.window
        for alert_id in page.acked:
            w.alert_actions.mark_acknowledged(alert_id)
        if page.superseded:
            w.model.set_superseded(page.superseded)
        shown = w.queue.proxy.rowCount()
        if page.rows:
            w.model.append_older(page.rows)
            w.alarms.consider(page.rows, page.acked | w.model.acknowledged_set())
        target, self._select_when_in = self._select_when_in, None
        if target is not None:
            w.queue.set_loading_older(False)
            w.queue.proxy.page_applied(shown)
            w.queue.select_alert(target)  # False if the filters hide it
            return
        w.queue.older_page_applied(shown, more=page.before > 0)

    @Slot()
    def on_loaded(self) -> None:
        self.window.queue.set_loading(None)
        self.window.loaded.emit()
        self.window.queue.want_older()  # a short first page may not fill the view

    def on_read_failed(self, exc: Exception) -> None:
        if isinstance(exc, StoreError):
            self.window.database_banner.set_error(str(exc))
        else:
            log.error("background read failed", exc_info=exc)
            self.window.message_bar.show_message(
                self.tr("Could not read the store (logged): {error}").format(error=exc), "error"
            )

    def on_store_state(self, error: str | None) -> None:
        if error:
            self.window.database_banner.set_error(error)
        else:
            self.window.database_banner.clear_error()

    def show_counts(self, quarantined: int | None = None) -> None:
        button = self.window.notice_button
        count = button.quarantined if quarantined is None else quarantined
        gaps = sum(g.last - g.first + 1 for g in self.feed.gaps)
        button.set_counts(count, gaps)

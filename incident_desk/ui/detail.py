"""The alert detail panel: every CAP field, the Update/Cancel chain, acks and the raw XML.

Everything shown comes from the store's snapshots (``get_alert``, ``chain``, ``acks_for``);
the raw XML is pretty-printed from the stored bytes with a safe parser, never re-fetched.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Slot
from PySide6.QtGui import QFont, QFontDatabase, QResizeEvent
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QTabWidget, QTextBrowser, QVBoxLayout, QWidget

from incident_desk.display import display_headline
from incident_desk.trust.wording import WORDING, trust_label, trust_sentence
from incident_desk.ui.bidi import auto, ltr
from incident_desk.ui.detail_html import (
    ExerciseStart,
    acks_html,
    alert_html,
    chain_html,
    essentials_html,
    no_startex,
    pretty_xml,
)
from incident_desk.ui.models.alert_table import TRUST_RED, is_exercise
from incident_desk.ui.theme import REAL_MARK
from incident_desk.wording import in_language


@dataclass(frozen=True)
class DetailData:
    """One alert as the detail pane shows it, read off the GUI thread (``read_detail``)."""

    stored: Any
    chain: list[Any]
    acks: list[Any]


def is_real(stored: Any) -> bool:
    """Real traffic: status Actual and no exercise id (what the queue tags REAL during a
    drill)."""
    return str(stored.status) == "Actual" and not stored.exercise_id


# the real-alert strip in the alarm red on either theme, in words (not the colour only)
_REAL_STRIP_STYLE = (
    f"QLabel#real_alert_strip {{ background: {REAL_MARK[0]}; color: {REAL_MARK[1]};"
    f" font-weight: bold; border: 2px solid {REAL_MARK[1]}; padding: 2px 6px;"
    " letter-spacing: 1px; }"
)


def read_detail(store: Any, alert_id: int) -> DetailData | None:
    """The alert, its Update/Cancel chain and its Acks (store reads only: any thread)."""
    stored = store.get_alert(alert_id)
    if stored is None:
        return None
    return DetailData(stored, list(store.chain(alert_id)), list(store.acks_for(alert_id)))


class AlertDetail(QWidget):
    """Shows one alert in tabs: Alert, History (chain + diffs), Acknowledgements, Raw XML."""

    def __init__(
        self, store: Any, languages: Sequence[str] = (), parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._store = store
        self.languages = tuple(languages)  # the operator's, best first (settings, then OS)
        self.alert_id: int | None = None
        self._shown: tuple[int, Any] | None = None
        # STARTEX of an exercise on its clock (the joined exercise's, set by the window)
        self.exercise_start: ExerciseStart = no_startex
        # the console is joined to an exercise (the window's mode, ``set_exercise_mode``)
        self.exercise_mode = False
        self.watermark = QLabel(self.tr("EXERCISE"))
        self.watermark.setObjectName("exercise_watermark")
        self.watermark.setVisible(False)
        self.real_strip = QLabel(self.tr("REAL ALERT — NOT PART OF THE EXERCISE"))
        self.real_strip.setObjectName("real_alert_strip")
        self.real_strip.setStyleSheet(_REAL_STRIP_STYLE)
        self.real_strip.setWordWrap(True)
        self.real_strip.setVisible(False)
        self.title = QLabel(self.tr("No alert selected"))
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        self.essentials = QLabel("")
        self.essentials.setObjectName("alert_essentials")
        self.essentials.setTextFormat(Qt.TextFormat.RichText)
        self.essentials.setWordWrap(True)
        self.essentials.setVisible(False)
        self.trust = QLabel("")
        self.trust.setObjectName("trust_state")
        self.trust.setWordWrap(True)
        self.trust.setVisible(False)
        self.tabs = QTabWidget()
        self.body = QTextBrowser()
        self.body.setOpenExternalLinks(False)
        self.history = QTextBrowser()
        self.acks = QTextBrowser()
        self.raw = QPlainTextEdit()
        self.raw.setReadOnly(True)
        self.raw.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.tabs.addTab(self.body, self.tr("Alert"))
        self.tabs.addTab(self.history, self.tr("History"))
        self.tabs.addTab(self.acks, self.tr("Acknowledgements"))
        self.tabs.addTab(self.raw, self.tr("Raw XML"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.watermark)
        layout.addWidget(self.real_strip)
        layout.addWidget(self.title)
        layout.addWidget(self.essentials)
        layout.addWidget(self.trust)
        layout.addWidget(self.tabs, 1)  # what gives way when room is short: its pages scroll

    def set_exercise_mode(self, on: bool) -> None:
        """The console joined (``on``) or left an exercise: during one, a real alert's
        detail says in a red strip of its own that it is not part of the drill."""
        self.exercise_mode = on
        shown = self._shown if self._shown and self._shown[0] == self.alert_id else None
        self.real_strip.setVisible(on and shown is not None and is_real(shown[1].stored))
        self.fit_text()

    def fit_text(self) -> None:
        """Each word-wrapped text above the tabs at least as tall as it needs at the pane's
        width: the essentials lost their "Sent" and "From" lines in Arabic at 1366×768 when the
        layout squeezed them. The pane's minimum grows with them (the queue above or the tabs
        below give way), never the critical text."""
        margins = self.contentsMargins()
        width = self.width() - margins.left() - margins.right()
        if width <= 0:
            return
        for label in (self.real_strip, self.title, self.essentials, self.trust):
            label.setMinimumHeight(0)  # QLabel's heightForWidth is never below its minimum
            label.setMinimumHeight(label.heightForWidth(width) if label.text() else 0)
        # the tabs give way down to three lines of their page (it scrolls), so that the
        # queue above keeps what room it can
        page = 3 * self.body.fontMetrics().lineSpacing() + 2 * self.body.frameWidth()
        for view in (self.body, self.history, self.acks, self.raw):
            view.setMinimumHeight(page)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.fit_text()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self.fit_text()

    @Slot(int)
    def show_alert(self, alert_id: int) -> None:
        """Read one alert (with its chain and acks) from the store and show it (the window
        reads off the GUI thread instead: ``begin``, then ``show_data``)."""
        self.begin(alert_id)
        self.show_data(alert_id, read_detail(self._store, alert_id))

    def begin(self, alert_id: int) -> None:
        """The operator selected ``alert_id``: its data follows (``show_data``)."""
        self.alert_id = alert_id

    def show_data(self, alert_id: int, data: DetailData | None) -> None:
        """Show what ``read_detail`` read, unless another alert was selected meanwhile."""
        if self.alert_id != alert_id:
            return
        if data is None:
            self.clear(self.tr("Alert {id} is not in the database.").format(id=alert_id))
            return
        stored = data.stored
        exercise = is_exercise(stored)
        self.watermark.setVisible(exercise)
        self.real_strip.setVisible(self.exercise_mode and is_real(stored))
        worded = in_language(stored, self.languages)  # the title the queue row shows
        label = display_headline(worded.headline, worded.event, worded.identifier)
        self._shown = (alert_id, data)  # rendered again when the language changes
        prefix = self.tr("EXERCISE · ") if exercise else ""
        self.title.setText(prefix + auto(label))
        start = self.exercise_start
        self.essentials.setText(essentials_html(stored, self.languages, start))
        self.essentials.setVisible(True)
        self.show_trust(stored)
        self.body.setHtml(alert_html(stored, self.languages, start))
        self.history.setHtml(chain_html(alert_id, data.chain, start))
        self.show_acks(data.acks)
        self.raw.setPlainText(pretty_xml(stored.raw))
        self.fit_text()

    def retranslate_ui(self) -> None:
        """The language changed: the shown alert is rendered again in the new one."""
        if self._shown is not None and self._shown[0] == self.alert_id:
            self.show_data(*self._shown)
        self.fit_text()  # the texts set once (title, strips) are new words too

    def show_trust(self, stored: Any) -> None:
        """The signature check in plain words above the tabs; red when it is evidence of
        tampering or spoofing."""
        state = stored.trust_state
        label = trust_label(state, stored.trust_signer, translate=QCoreApplication.translate)
        self.trust.setText(
            self.tr("Signature: {label}. {sentence}").format(
                label=label,
                sentence=trust_sentence(
                    state, stored.trust_detail, translate=QCoreApplication.translate, data=ltr
                ),
            )
        )
        invalid = state in WORDING and WORDING[state].invalid
        colour = TRUST_RED if invalid else ""
        weight = "bold" if invalid else "normal"
        self.trust.setStyleSheet(f"color: {colour}; font-weight: {weight};" if colour else "")
        self.trust.setProperty("trust_state", state or "")
        self.trust.setVisible(True)

    def show_acks(self, acks: Sequence[Any]) -> None:
        """Show the CAP Acks of the current alert (read by the caller, e.g. off-thread)."""
        self.acks.setHtml(acks_html(acks, self.exercise_start))

    def clear(self, text: str | None = None) -> None:
        text = self.tr("No alert selected") if text is None else text
        self.alert_id = None
        self.watermark.setVisible(False)
        self.real_strip.setVisible(False)
        self.essentials.clear()
        self.essentials.setVisible(False)
        self.title.setText(text)
        self.trust.clear()
        self.trust.setVisible(False)
        for view in (self.body, self.history, self.acks):
            view.clear()
        self.raw.clear()
        self.fit_text()

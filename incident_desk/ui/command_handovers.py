"""The command panel's incoming side: handover proposals to this agency open a non-modal
dialog each (accept as …, or refuse with a reason), and a lost race ("… lost to …" on the
timeline, when another console's acceptance came first) is said in plain words.

Closing an offer's dialog without answering (Esc, the window's X) sets it aside for later:
no refresh pops it up again over the operator's work, and the panel's "Answer handover
offer…" button, shown while an offer waits, opens it again. An offer accepted, refused,
withdrawn or past its deadline closes its dialog and leaves the button.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QTimer, Slot

from incident_desk import timefmt
from incident_desk.command import Tier
from incident_desk.errors import IncidentDeskError
from incident_desk.messages import QT_TRANSLATE_NOOP
from incident_desk.ui.bidi import auto, ltr
from incident_desk.ui.handover_dialog import HandoverDialog

LOST_MARK = " lost to "
#: the Command panel's button that opens the offers waiting for an answer
ANSWER_OFFER = QT_TRANSLATE_NOOP("CommandPanel", "Answer handover offer…")
#: the longest wait a QTimer takes (ms); a later deadline is checked again then
_LONGEST_WAIT_MS = 24 * 3600 * 1000


class IncomingHandovers:
    """Mixed into ``CommandPanel`` (which provides the attributes declared here)."""

    command: Any
    console: Any
    buttons: dict[str, Any]
    handover_dialogs: dict[str, HandoverDialog]  # the offers' dialogs on screen
    pending_offers: dict[str, Any]  # open offers to this agency, answered or not on screen
    _set_aside: set[str]  # offers whose dialog the operator closed without answering
    _seen_lost: set[int]

    if TYPE_CHECKING:

        def window(self) -> Any: ...
        def _say(self, text: str, level: str = "info") -> None: ...
        def _run(
            self, doing: str, call: Callable[[Any], Any], then: Callable[[Any], None] | None = None
        ) -> None: ...

    def check_incoming(self, proposals: Iterable[Any] | None = None) -> list[HandoverDialog]:
        """Open a dialog for each new open proposal to this agency (not one the operator set
        aside); close those no longer open. ``proposals``: the open proposals as read off
        the GUI thread (None: read them now)."""
        if self.command is None:
            return []
        try:
            found = self.command.incoming_proposals() if proposals is None else proposals
            now = self.command.now()
            incoming = {p.id: p for p in found if p.expires_at > now}
        except IncidentDeskError as exc:
            problem = QCoreApplication.translate(
                "CommandPanel", "Could not read handover proposals: {error}"
            ).format(error=exc)
            self._say(problem, "error")
            return []
        self.pending_offers = incoming
        self._set_aside &= set(incoming)
        for pid in [p for p in self.handover_dialogs if p not in incoming]:
            self._close_dialog(pid)
        opened = []
        for pid, p in incoming.items():
            if pid in self.handover_dialogs or pid in self._set_aside:
                continue
            opened.append(self._open_offer(p))
            self._say(
                QCoreApplication.translate(
                    "CommandPanel", "Handover of command of {key} offered by {origin}."
                ).format(key=p.incident_key, origin=f"{p.from_country}/{p.from_agency}")
            )
        self._show_offers()
        return opened

    @Slot()
    def answer_offers(self) -> list[HandoverDialog]:
        """Open (or raise) the dialog of every offer waiting for this agency's answer."""
        self.drop_expired_offers()
        if not self.pending_offers:
            self._say(
                QCoreApplication.translate(
                    "CommandPanel", "No handover offer is waiting for an answer."
                )
            )
            return []
        shown = []
        for pid, p in self.pending_offers.items():
            self._set_aside.discard(pid)
            dialog = self.handover_dialogs.get(pid) or self._open_offer(p)
            dialog.show()
            dialog.raise_()
            dialog.activateWindow()
            shown.append(dialog)
        return shown

    @Slot()
    def drop_expired_offers(self) -> None:
        """Forget the offers past their answer deadline (their dialogs close)."""
        if self.command is None:
            return
        now = self.command.now()
        for pid in [pid for pid, p in self.pending_offers.items() if p.expires_at <= now]:
            self.pending_offers.pop(pid)
            self._set_aside.discard(pid)
            self._close_dialog(pid)
        self._show_offers()

    def _open_offer(self, proposal: Any) -> HandoverDialog:
        dialog = HandoverDialog(
            proposal, self.console.identity.operator, self.command.tiers, self.window()
        )
        dialog.accept_requested.connect(self.accept_handover)
        dialog.refuse_requested.connect(self.refuse_handover)
        dialog.finished.connect(lambda _result: self._closed_unanswered(proposal, dialog))
        self.handover_dialogs[proposal.id] = dialog
        dialog.show()
        return dialog

    def _closed_unanswered(self, proposal: Any, dialog: HandoverDialog) -> None:
        """The operator closed the offer's dialog without answering: later, on demand."""
        if self.handover_dialogs.get(proposal.id) is not dialog:
            return  # answered, withdrawn or expired: closed by this panel
        del self.handover_dialogs[proposal.id]
        dialog.deleteLater()
        self._set_aside.add(proposal.id)
        self._show_offers()
        self._say(
            QCoreApplication.translate(
                "CommandPanel",
                "Handover offer for {key} set aside: answer it with “{action}” in the Command "
                "panel before {expires}.",
            ).format(
                key=auto(proposal.incident_key),
                action=QCoreApplication.translate("CommandPanel", ANSWER_OFFER),
                expires=ltr(timefmt.local(proposal.expires_at, seconds=False)),
            )
        )

    def _show_offers(self) -> None:
        """The "Answer handover offer…" button: shown while an offer waits, its tooltip
        naming each; a timer forgets each offer at its deadline."""
        button = self.buttons.get("answer")
        if button is not None:
            button.setVisible(bool(self.pending_offers))
            button.setToolTip(
                "\n".join(
                    QCoreApplication.translate(
                        "CommandPanel", "{key} offered by {origin}, answer by {expires}"
                    ).format(
                        key=auto(p.incident_key),
                        origin=auto(f"{p.from_country}/{p.from_agency}"),
                        expires=ltr(timefmt.local(p.expires_at, seconds=False)),
                    )
                    for p in self.pending_offers.values()
                )
            )
        self._title_offers()
        timer = self._expiry_timer()
        timer.stop()
        if self.pending_offers and self.command is not None:
            soonest = min(p.expires_at for p in self.pending_offers.values())
            wait = (soonest - self.command.now()).total_seconds() * 1000
            timer.start(int(min(max(wait, 0), _LONGEST_WAIT_MS)) + 1)

    def _title_offers(self) -> None:
        """The Command dock's title (its tab, when it shares a place with others) says an
        offer waits: the button alone is not seen behind another tab."""
        dock = getattr(self.window(), "command_dock", None)
        if dock is None:
            return
        count = len(self.pending_offers)
        name = QCoreApplication.translate("CommandWiring", "Command")
        dock.setWindowTitle(
            # short: the five tabs under the map share 360 pixels at 1366, and "(1) offers
            # waiting — Command" took half, cutting "Alarms" to "Al…"; the panel's "Answer
            # handover offer…" button names each offer. The count first: a tab too narrow
            # still shows it. The tab's own name, translated once
            QCoreApplication.translate(
                "CommandPanel",
                "({n}) {command}",
                "the Command tab while {n} handover offers wait; {command}: the tab's name",
            ).format(n=count, command=name)
            if count
            else name
        )

    def retranslate_ui(self) -> None:
        """The language changed: the dock's title says it again (it is composed)."""
        self._title_offers()

    def _expiry_timer(self) -> QTimer:
        timer: QTimer | None = getattr(self, "_offer_timer", None)
        if timer is None:
            timer = QTimer(self)  # type: ignore[arg-type]
            timer.setSingleShot(True)
            timer.timeout.connect(self.drop_expired_offers)
            self._offer_timer = timer
        return timer

    @Slot(str, str, str)
    def accept_handover(self, proposal_id: str, name: str, tier: str) -> None:
        def accepted(_issued: Any) -> None:
            self._answered(proposal_id)
            self._say(
                QCoreApplication.translate(
                    "CommandPanel", "Handover accepted: you are in command from its effective time."
                )
            )

        self._run(
            QCoreApplication.translate("CommandPanel", "accept the handover"),
            lambda b: b.accept_handover(
                proposal_id,
                name=name or None,
                tier=Tier(tier),
                actor=self.console.identity.operator,
            ),
            accepted,
        )

    @Slot(str, str)
    def refuse_handover(self, proposal_id: str, reason: str) -> None:
        def refused(_issued: Any) -> None:
            self._answered(proposal_id)
            self._say(QCoreApplication.translate("CommandPanel", "Handover refused."))

        self._run(
            QCoreApplication.translate("CommandPanel", "refuse the handover"),
            lambda b: b.refuse_handover(proposal_id, reason, actor=self.console.identity.operator),
            refused,
        )

    def _close_dialog(self, proposal_id: str) -> None:
        """The offer is answered, withdrawn or expired: its dialog closes, for good."""
        dialog = self.handover_dialogs.pop(proposal_id, None)
        if dialog is not None:
            dialog.close()
            dialog.deleteLater()

    def _answered(self, proposal_id: str) -> None:
        self.pending_offers.pop(proposal_id, None)
        self._set_aside.discard(proposal_id)
        self._close_dialog(proposal_id)
        self._show_offers()

    def check_lost(
        self, keys: Iterable[str], timelines: dict[str, list[Any]] | None = None
    ) -> list[str]:
        """Say each new "… lost to …" timeline entry of these incidents (a lost race).
        ``timelines``: their timelines as read off the GUI thread (None: read them now)."""
        if self.command is None:
            return []
        said = []
        for key in sorted(set(keys)):
            entries = self.command.timeline(key) if timelines is None else timelines.get(key, [])
            for entry in entries:
                if LOST_MARK in entry.text and entry.id not in self._seen_lost:
                    self._seen_lost.add(entry.id)
                    said.append(entry.text)
        if said:
            self._say(said[-1], "error")
        return said

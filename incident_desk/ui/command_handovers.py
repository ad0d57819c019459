"""The command panel's incoming side: handover proposals to this agency open a non-modal
dialog each (accept as …, or refuse with a reason), and a lost race ("… lost to …" on the
timeline, when another console's acceptance came first) is said in plain words."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Slot

from incident_desk.command import Tier
from incident_desk.errors import IncidentDeskError
from incident_desk.ui.handover_dialog import HandoverDialog

LOST_MARK = " lost to "


class IncomingHandovers:
    """Mixed into ``CommandPanel`` (which provides the attributes declared here)."""

    command: Any
    console: Any
    handover_dialogs: dict[str, HandoverDialog]
    _seen_lost: set[int]

    if TYPE_CHECKING:

        def window(self) -> Any: ...
        def _say(self, text: str, level: str = "info") -> None: ...
        def _run(
            self, doing: str, call: Callable[[Any], Any], then: Callable[[Any], None] | None = None
        ) -> None: ...

    def check_incoming(self, proposals: Iterable[Any] | None = None) -> list[HandoverDialog]:
        """Open a dialog for each new open proposal to this agency; close stale ones.
        ``proposals``: the open proposals as read off the GUI thread (None: read them now)."""
        if self.command is None:
            return []
        try:
            found = self.command.incoming_proposals() if proposals is None else proposals
            incoming = {p.id: p for p in found}
        except IncidentDeskError as exc:
            self._say(f"Could not read handover proposals: {exc}", "error")
            return []
        for pid in [p for p in self.handover_dialogs if p not in incoming]:
            self.handover_dialogs.pop(pid).close()
        opened = []
        for pid, p in incoming.items():
            if pid in self.handover_dialogs:
                continue
            dialog = HandoverDialog(
                p, self.console.identity.operator, self.command.tiers, self.window()
            )
            dialog.accept_requested.connect(self.accept_handover)
            dialog.refuse_requested.connect(self.refuse_handover)
            self.handover_dialogs[pid] = dialog
            dialog.show()
            opened.append(dialog)
            self._say(
                f"Handover of command of {p.incident_key} offered by "
                f"{p.from_country}/{p.from_agency}."
            )
        return opened

    @Slot(str, str, str)
    def accept_handover(self, proposal_id: str, name: str, tier: str) -> None:
        def accepted(_issued: Any) -> None:
            self._close_dialog(proposal_id)
            self._say("Handover accepted: you are in command from its effective time.")

        self._run(
            "accept the handover",
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
            self._close_dialog(proposal_id)
            self._say("Handover refused.")

        self._run(
            "refuse the handover",
            lambda b: b.refuse_handover(proposal_id, reason, actor=self.console.identity.operator),
            refused,
        )

    def _close_dialog(self, proposal_id: str) -> None:
        dialog = self.handover_dialogs.pop(proposal_id, None)
        if dialog is not None:
            dialog.close()

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

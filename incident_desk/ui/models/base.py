"""What every flat table model of the console shares: row count, columns, header labels."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, ClassVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

Index = QModelIndex | QPersistentModelIndex


class ListTableModel(QAbstractTableModel):
    """A flat table with fixed column labels ``HEADERS`` (marked for translation with
    ``QT_TRANSLATE_NOOP("Headers", …)``, translated when asked); subclasses say how many rows
    they hold (``_count``) and implement ``data``."""

    HEADERS: ClassVar[Sequence[str]] = ()

    def _count(self) -> int:
        raise NotImplementedError

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._count()

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)
            and 0 <= section < len(self.HEADERS)
        ):
            # headers are marked QT_TRANSLATE_NOOP("Headers", …) where they are declared; the
            # tooltip holds the whole name where a narrow column shortens it
            return QCoreApplication.translate("Headers", self.HEADERS[section])
        return None

"""Refuse a Qt binding that drops references when Qt calls back into Python.

PySide6 6.12.0 on Python 3.11 loses one reference to the returned object each time Qt calls a
Python override and converts its result (``QAbstractItemModel.data`` returning None, say):
found while measuring the console, ``Fatal Python error: none_dealloc`` at exit, and a
100,000-call loop aborts the interpreter. The console's queue answers hundreds of thousands
of such calls an hour, so a 12-hour shift on that build ends in a crash. On Python 3.12 and
newer None, True and False are immortal and the probe below passes.

``check_qt_binding`` measures it in a few milliseconds at startup (before any window exists)
and stops with a clear message naming the fix instead of crashing mid-shift.
"""

from __future__ import annotations

import sys
from typing import Any

from incident_desk.errors import ConfigError

#: calls of a Python override through Qt in the probe
PROBE_CALLS = 500


def leaked_references(calls: int = PROBE_CALLS) -> int:
    """References to None lost over ``calls`` calls of a Python ``data()`` made by Qt
    (through a ``QSortFilterProxyModel``, as a view does); 0 on a sound binding."""
    import gc

    from PySide6.QtCore import QAbstractTableModel, QSortFilterProxyModel, Qt

    class _Probe(QAbstractTableModel):
        def rowCount(self, parent: Any = None) -> int:
            return 0 if parent is not None and parent.isValid() else 1

        def columnCount(self, parent: Any = None) -> int:
            return 0 if parent is not None and parent.isValid() else 1

        def data(self, index: Any, role: int = 0) -> None:
            return None

    model = _Probe()
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    index = proxy.index(0, 0)
    role = Qt.ItemDataRole.DisplayRole
    # no collection while measuring: freeing unrelated garbage would move the count, and
    # collecting it here would run other code's finalizers inside this probe
    enabled = gc.isenabled()
    gc.disable()
    try:
        before = sys.getrefcount(None)
        for _ in range(calls):
            proxy.data(index, role)
        lost = before - sys.getrefcount(None)
    finally:
        if enabled:
            gc.enable()
    proxy.deleteLater()
    return max(0, lost)


def check_qt_binding() -> None:
    """Raise ``ConfigError`` if the installed PySide6 drops references (see module doc)."""
    lost = leaked_references()
    if lost >= PROBE_CALLS // 2:
        import PySide6

        raise ConfigError(
            f"PySide6 {PySide6.__version__} on Python {sys.version_info[0]}."
            f"{sys.version_info[1]} drops a reference each time Qt calls into Python "
            f"({lost} of {PROBE_CALLS} calls): the console would crash within hours. "
            "Install the tested release: pip install 'PySide6>=6.8,<6.12'"
        )

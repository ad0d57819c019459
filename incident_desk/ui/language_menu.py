"""The Language menu: every language the console speaks, named in its own language; a choice
switches the whole console at once (no restart) and is remembered for the next start.

The menu's entries are the languages' own names (``Français``, ``العربية``): an operator
who does not read the current language still finds their own. Catalogs a native speaker
has not reviewed yet say so (``(draft)``, translated).
"""

from __future__ import annotations

from PySide6.QtCore import QSettings, Slot
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMainWindow, QMenu

from incident_desk.ui.bidi import isolate
from incident_desk.ui.i18n import LANGUAGES, resolve_language, translations

__all__ = ["SETTINGS_KEY", "LanguageMenu", "install_language_menu", "start_language"]

#: where the operator's last choice is kept (QSettings)
SETTINGS_KEY = "language"


class LanguageMenu(QMenu):
    """One checkable action per language (``action_language_<code>``)."""

    def __init__(self, window: QMainWindow, settings: QSettings) -> None:
        super().__init__(window)
        self.setTitle(self.tr("&Language"))
        self.setObjectName("language_menu")
        self.settings = settings
        tr = translations()
        self.group = QActionGroup(self)
        self.group.setExclusive(True)
        for lang in (lang for lang in LANGUAGES.values() if lang.listed):
            action = QAction(self)
            action.setObjectName(f"action_language_{lang.code}")
            action.setCheckable(True)
            action.setChecked(lang.code == tr.language)
            action.setData(lang.code)
            self.group.addAction(action)
            self.addAction(action)
        self.retranslate_ui()
        self.group.triggered.connect(self._chosen)
        tr.changed.connect(self._sync)  # a slot of this menu: disconnected when it goes

    def retranslate_ui(self) -> None:
        """Each language by its own name, and ``(draft)`` in the current language where no
        native speaker has reviewed it (said again on a switch: the name and the word are
        one label, which the generic retranslation cannot take apart)."""
        draft = self.tr("(draft)", "a translation not yet reviewed by a native speaker")
        for action in self.group.actions():
            lang = LANGUAGES[str(action.data())]
            name = isolate(lang.name)
            action.setText(name if lang.reviewed else f"{name} {draft}")

    @Slot(QAction)
    def _chosen(self, action: QAction) -> None:
        code = str(action.data())
        self.settings.setValue(SETTINGS_KEY, code)
        translations().set_language(code)

    @Slot(str)
    def _sync(self, code: str) -> None:
        for action in self.group.actions():
            action.setChecked(action.data() == code)


def install_language_menu(window: QMainWindow, settings: QSettings) -> LanguageMenu:
    """Add the Language menu to ``window``'s menu bar (objectName ``language_menu``)."""
    menu = LanguageMenu(window, settings)
    window.menuBar().addMenu(menu)
    return menu


def start_language(explicit: str | None, settings: QSettings) -> str:
    """Before the window is built: the language from ``--language`` / the ``language``
    setting, else the last menu choice, else the OS locale (``resolve_language``)."""
    saved = settings.value(SETTINGS_KEY)
    code = resolve_language(explicit, str(saved) if saved else None)
    translations().set_language(code)
    return code

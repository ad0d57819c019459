"""CAP's code words as the operator reads them: severity, urgency, certainty, category,
status, message type and response type, translated.

CAP 1.2 keeps these as English code values in the XML (they are the protocol); on screen
they are words for people. The translations follow the official renderings where a national
warning system publishes one (docs/glossary.md); filters and sorting keep the code value.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from incident_desk.messages import QT_TRANSLATE_NOOP

__all__ = ["CAP_WORDS", "cap_word"]

#: every CAP code value shown to people (context "CAP" in the catalogs)
CAP_WORDS = frozenset(
    {
        # severity
        QT_TRANSLATE_NOOP("CAP", "Extreme"),
        QT_TRANSLATE_NOOP("CAP", "Severe"),
        QT_TRANSLATE_NOOP("CAP", "Moderate"),
        QT_TRANSLATE_NOOP("CAP", "Minor"),
        QT_TRANSLATE_NOOP("CAP", "Unknown"),
        # urgency
        QT_TRANSLATE_NOOP("CAP", "Immediate"),
        QT_TRANSLATE_NOOP("CAP", "Expected"),
        QT_TRANSLATE_NOOP("CAP", "Future"),
        QT_TRANSLATE_NOOP("CAP", "Past"),
        # certainty
        QT_TRANSLATE_NOOP("CAP", "Observed"),
        QT_TRANSLATE_NOOP("CAP", "Likely"),
        QT_TRANSLATE_NOOP("CAP", "Possible"),
        QT_TRANSLATE_NOOP("CAP", "Unlikely"),
        # status
        QT_TRANSLATE_NOOP("CAP", "Actual"),
        QT_TRANSLATE_NOOP("CAP", "Exercise"),
        QT_TRANSLATE_NOOP("CAP", "System"),
        QT_TRANSLATE_NOOP("CAP", "Test"),
        QT_TRANSLATE_NOOP("CAP", "Draft"),
        # message type
        QT_TRANSLATE_NOOP("CAP", "Alert"),
        QT_TRANSLATE_NOOP("CAP", "Update"),
        QT_TRANSLATE_NOOP("CAP", "Cancel"),
        QT_TRANSLATE_NOOP("CAP", "Ack"),
        QT_TRANSLATE_NOOP("CAP", "Error"),
        # category
        QT_TRANSLATE_NOOP("CAP", "Geo"),
        QT_TRANSLATE_NOOP("CAP", "Met"),
        QT_TRANSLATE_NOOP("CAP", "Safety"),
        QT_TRANSLATE_NOOP("CAP", "Security"),
        QT_TRANSLATE_NOOP("CAP", "Rescue"),
        QT_TRANSLATE_NOOP("CAP", "Fire"),
        QT_TRANSLATE_NOOP("CAP", "Health"),
        QT_TRANSLATE_NOOP("CAP", "Env"),
        QT_TRANSLATE_NOOP("CAP", "Transport"),
        QT_TRANSLATE_NOOP("CAP", "Infra"),
        QT_TRANSLATE_NOOP("CAP", "CBRNE"),
        QT_TRANSLATE_NOOP("CAP", "Other"),
        # response type
        QT_TRANSLATE_NOOP("CAP", "Shelter"),
        QT_TRANSLATE_NOOP("CAP", "Evacuate"),
        QT_TRANSLATE_NOOP("CAP", "Prepare"),
        QT_TRANSLATE_NOOP("CAP", "Execute"),
        QT_TRANSLATE_NOOP("CAP", "Avoid"),
        QT_TRANSLATE_NOOP("CAP", "Monitor"),
        QT_TRANSLATE_NOOP("CAP", "Assess"),
        QT_TRANSLATE_NOOP("CAP", "AllClear"),
        QT_TRANSLATE_NOOP("CAP", "None"),
        # scope
        QT_TRANSLATE_NOOP("CAP", "Public"),
        QT_TRANSLATE_NOOP("CAP", "Restricted"),
        QT_TRANSLATE_NOOP("CAP", "Private"),
    }
)


def cap_word(value: str | None) -> str:
    """A CAP code value in the operator's language (unknown values are shown as they are)."""
    if not value:
        return ""
    return QCoreApplication.translate("CAP", value) if value in CAP_WORDS else value

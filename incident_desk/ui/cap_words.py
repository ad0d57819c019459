"""CAP's code words as the operator reads them: severity, urgency, certainty, category,
status, message type and response type, translated.

CAP 1.2 keeps these as English code values in the XML (they are the protocol); on screen
they are words for people. The translations follow the official renderings where a national
warning system publishes one (docs/glossary.md); filters and sorting keep the code value.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from incident_desk.messages import QT_TRANSLATE_NOOP

__all__ = ["CAP_WORDS", "cap_word", "short_severity"]

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


#: a severity where room is short: the severity filter buttons, the incident board's column
#: (translators may abbreviate: "Чрезв."; the context is the filter bar's, where they began)
SHORT_SEVERITY = {
    "Extreme": QT_TRANSLATE_NOOP(
        "AlertFilterBar", "Extreme", "a severity on a narrow filter button"
    ),
    "Severe": QT_TRANSLATE_NOOP("AlertFilterBar", "Severe", "a severity on a narrow filter button"),
    "Moderate": QT_TRANSLATE_NOOP(
        "AlertFilterBar", "Moderate", "a severity on a narrow filter button"
    ),
    "Minor": QT_TRANSLATE_NOOP("AlertFilterBar", "Minor", "a severity on a narrow filter button"),
    "Unknown": QT_TRANSLATE_NOOP(
        "AlertFilterBar", "Unknown", "a severity on a narrow filter button"
    ),
}


def short_severity(value: str | None) -> str:
    """A CAP severity in the operator's language, as short as its translators made it for a
    narrow place ("Чрезв." for "Чрезвычайная"); any other value as ``cap_word`` says it."""
    if value in SHORT_SEVERITY:
        return QCoreApplication.translate(
            "AlertFilterBar", SHORT_SEVERITY[value], "a severity on a narrow filter button"
        )
    return cap_word(value)

"""Exports of the core (Qt-free): ICS-204 Assignment List and ICS-214 Activity Log per
incident, as data (``IcsForm``) and CSV. The PDF of the same forms is drawn by
``incident_desk.ui.ics_pdf`` (Qt)."""

from incident_desk.exports._ics import EXERCISE_MARK, IcsForm, ics204, ics214, to_csv
from incident_desk.exports._locate import exercise_of_incident, exercises_in

__all__ = [
    "EXERCISE_MARK",
    "IcsForm",
    "exercise_of_incident",
    "exercises_in",
    "ics204",
    "ics214",
    "to_csv",
]

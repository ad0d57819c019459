"""The Qt layer of Incident Desk: widgets, item models and dialogs (docs/architecture.md §1).

Only this package imports PySide6. Every operator action here is a core call
(``incident_desk.console.Console``); views refresh from one ``changes_applied`` signal.
"""

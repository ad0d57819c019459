"""Incident Desk: a console for cross-border terrorist-incident alerting and command.

The package root is the Qt-free core (docs/architecture.md §1). ``incident_desk.ui`` adapts it
to Qt and
``incident_desk.messaging`` adapts it to MQTT.
"""

__version__ = "0.1.0"

"""Who a console speaks for on the bus: :class:`Identity`.

Its own module so that every package (``command``, ``console``, the runtime, the CLI) can import
it without importing the console, which imports the boards in turn (no import cycle).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from incident_desk.settings import Settings

__all__ = ["Identity"]


@dataclass(frozen=True)
class Identity:
    """Who this console speaks for on the bus.

    Attributes:
        country: ISO 3166-1 alpha-2 of the command centre (``KE``).
        agency: the agency id the console publishes as (``nps``): its topic subtree.
        sender: the agency's CAP ``sender`` (``nps.go.ke``).
        operator: the person at the keyboard (timeline, CAP ``source``).
        workstation: this console's name (client id, CAP ``source``).
    """

    country: str
    agency: str
    sender: str
    operator: str
    workstation: str

    @classmethod
    def from_settings(cls, settings: Settings) -> Identity:
        """The console's identity from its settings (``XX``/``console`` when unset; the
        sender defaults to ``agency.country``)."""
        country = settings.country or "XX"
        agency = settings.agency or "console"
        return cls(
            country=country,
            agency=agency,
            sender=settings.sender or f"{agency}.{country.lower()}",
            operator=settings.operator,
            workstation=settings.workstation,
        )

"""Render the shipped Mosquitto templates in ``resources/mosquitto/`` (docs/deployment.md).

Templates use ``@NAME@`` placeholders (capitals, digits, ``_``). :func:`render_config` fills
them from keyword arguments and refuses to produce a half-filled file: a placeholder without a
value, or a value that could inject configuration (a newline, a NUL), raises ``ConfigError``.
Values that no placeholder uses are ignored, so one set of values can render every file.

The same function is used by the deployment steps (``python -m incident_desk.trust.brokerconf``)
and by the tests, so the tests run the files we ship.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path
from typing import Final

from incident_desk.errors import ConfigError
from incident_desk.shipped import resource_path

__all__ = ["TEMPLATES", "country_values", "render_config"]

TEMPLATES: Final = resource_path("mosquitto")
_TOKEN: Final = re.compile(r"@([A-Z][A-Z0-9_]*)@")


def render_config(template_path: str | Path, **values: object) -> str:
    """The template's text with every ``@NAME@`` replaced by ``str(values[NAME])``."""
    path = Path(template_path)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise ConfigError(f"cannot read template {path}: {exc.strerror}") from None
    missing = sorted({name for name in _TOKEN.findall(text) if name not in values})
    if missing:
        raise ConfigError(f"{path.name}: no value for {', '.join('@' + m + '@' for m in missing)}")
    for name, value in values.items():
        if any(ch in str(value) for ch in "\r\n\0"):
            raise ConfigError(f"value for @{name}@ must be one line")
    return _TOKEN.sub(lambda m: str(values[m.group(1)]), text)


def country_values(country: str, partner: str | None = None) -> dict[str, str]:
    """The country-derived values: ``COUNTRY``, ``COUNTRY_LC`` and, with a partner, ``PARTNER``
    and ``PARTNER_LC`` (``KE`` → ``ke``: controllers are ``excon-ke``, bridge users ``bridge-ug``).
    """
    if not re.fullmatch(r"[A-Z]{2}", country) or (
        partner is not None and not re.fullmatch(r"[A-Z]{2}", partner)
    ):
        raise ConfigError("countries are ISO 3166-1 alpha-2 codes in capitals, e.g. KE")
    values = {"COUNTRY": country, "COUNTRY_LC": country.lower()}
    if partner:
        values |= {"PARTNER": partner, "PARTNER_LC": partner.lower()}
    return values


def main(argv: list[str] | None = None) -> int:
    """``python -m incident_desk.trust.brokerconf TEMPLATE NAME=VALUE ...`` prints the result."""
    args = argparse.ArgumentParser(description=main.__doc__)
    args.add_argument("template", type=Path)
    args.add_argument("values", nargs="*", metavar="NAME=VALUE")
    ns = args.parse_args(argv)
    values: dict[str, object] = {}
    for item in ns.values:
        name, sep, value = item.partition("=")
        if not sep:
            print(f"error: {item!r} is not NAME=VALUE", file=sys.stderr)
            return 2
        values[name] = value
    try:
        sys.stdout.write(render_config(ns.template, **values))
    except ConfigError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

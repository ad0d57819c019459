"""A small valid CAP 1.2 document and helpers to break it in exactly one place."""

from __future__ import annotations

BASE = """<?xml version="1.0" encoding="UTF-8"?>
<alert xmlns="urn:oasis:names:tc:emergency:cap:1.2">
  <identifier>KE-nps-1</identifier>
  <sender>ops@nps.go.ke</sender>
  <sent>2026-03-14T09:42:10+03:00</sent>
  <status>Actual</status>
  <msgType>Alert</msgType>
  <scope>Public</scope>
  <info>
    <category>Security</category>
    <event>Explosion</event>
    <urgency>Immediate</urgency>
    <severity>Severe</severity>
    <certainty>Observed</certainty>
    <expires>2026-03-14T13:42:10+03:00</expires>
    <resource>
      <resourceDesc>Photo</resourceDesc>
      <mimeType>image/jpeg</mimeType>
      <size>1024</size>
    </resource>
    <area>
      <areaDesc>Nairobi CBD</areaDesc>
      <polygon>-1.28,36.81 -1.29,36.82 -1.30,36.81 -1.28,36.81</polygon>
      <circle>-1.28,36.81 0.5</circle>
      <altitude>100</altitude>
      <ceiling>200</ceiling>
    </area>
  </info>
</alert>
"""


def doc(*replacements: tuple[str, str]) -> bytes:
    """BASE with each (old, new) replaced exactly once (a missing `old` fails loudly)."""
    text = BASE
    for old, new in replacements:
        if text.count(old) != 1:
            raise AssertionError(f"{old!r} occurs {text.count(old)} times in BASE")
        text = text.replace(old, new)
    return text.encode("utf-8")


def alert_children(body: str) -> bytes:
    """A CAP 1.2 alert with the given children only (no info)."""
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<alert xmlns="urn:oasis:names:tc:emergency:cap:1.2">{body}</alert>'
    ).encode()


HEAD = (
    "<identifier>KE-nps-2</identifier><sender>ops@nps.go.ke</sender>"
    "<sent>2026-03-14T09:42:10+03:00</sent><status>Actual</status>"
)

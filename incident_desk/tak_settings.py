"""How the TAK gateway reaches TAK (the ``[tak]`` settings, docs/tak.md): its channels' URLs,
kept apart for real traffic and each exercise, and their TLS files."""

from __future__ import annotations

import re
import ssl
from collections.abc import Mapping
from pathlib import Path
from typing import Final, Literal
from urllib.parse import urlsplit

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from incident_desk.errors import ConfigError
from incident_desk.tls_files import tls_client_context

__all__ = ["TakSettings", "parse_tak_url"]

_TAK_SCHEMES: Final = {"tcp": 8087, "tls": 8089, "ssl": 8089, "udp": 6969}


def parse_tak_url(url: str) -> tuple[str, str, int]:
    """Split ``tcp://host[:8087]``, ``tls://host[:8089]`` or ``udp://group[:6969]``.

    Returns (scheme, host, port) with ``ssl`` read as ``tls``.

    Raises:
        ConfigError: not a usable TAK address (the message says why).
    """
    try:
        parts = urlsplit(url.strip())
        port = parts.port
    except ValueError as exc:
        raise ConfigError(f"TAK URL {url!r} is not valid: {exc}") from None
    if parts.scheme not in _TAK_SCHEMES:
        raise ConfigError(
            f"TAK URL {url!r} must start with tcp://, tls:// (TAK server) or udp:// (multicast)"
        )
    if not parts.hostname:
        raise ConfigError(f"TAK URL {url!r} has no host")
    if parts.path not in {"", "/"} or parts.query or parts.fragment or parts.username:
        raise ConfigError(f"TAK URL {url!r} must be scheme://host:port only")
    scheme = "tls" if parts.scheme == "ssl" else parts.scheme
    return scheme, parts.hostname, port or _TAK_SCHEMES[parts.scheme]


class TakSettings(BaseModel):
    """How the TAK gateway reaches TAK (docs/tak.md)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    url: str = Field(description="tcp://host:8087, tls://host:8089 or udp://group:port")
    protocol: Literal["xml", "protobuf"] = Field("xml", description="CoT XML or TAK protocol v1")
    ca_file: Path | None = Field(None, description="CA (PEM) that signed the TAK server")
    cert_file: Path | None = Field(None, description="client certificate (PEM) for tls://")
    key_file: Path | None = Field(None, description="client private key (PEM) for tls://")
    exercise_channels: dict[str, str] = Field(
        default_factory=dict, description="exercise id -> TAK URL used for that exercise only"
    )
    directory: Path | None = Field(None, description="directory YAML (units and TAK uids)")
    multicast_interface: str = Field(
        "0.0.0.0",  # noqa: S104 - the multicast interface: any, unless one is named
        description="local address for udp:// multicast (127.0.0.1 in tests)",
    )
    multicast_ttl: int = Field(1, ge=0, le=255, description="hops for udp:// multicast")
    group: str = Field("Cyan", min_length=1, description="TAK team colour of our markers")
    unit_stale_s: float = Field(300, gt=0, description="seconds a unit position stays fresh")
    default_ttl_s: float = Field(3600, gt=0, description="stale for alerts without expires")
    refresh_s: float = Field(60, gt=0, description="re-send open incidents this often")
    queue_size: int = Field(2000, ge=10, description="CoT messages queued per channel")
    pli_qos: Literal[0, 1] = Field(
        0,
        description=(
            "MQTT QoS of unit messages from TAK position reports: 0 (the next report supersedes "
            "a lost one) or 1 (queued for offline consoles, fewer per second)"
        ),
    )
    reconnect_min_s: float = Field(0.5, gt=0, description="first reconnect delay (seconds)")
    reconnect_max_s: float = Field(30.0, gt=0, description="longest reconnect delay (seconds)")

    @field_validator("url")
    @classmethod
    def _url_is_usable(cls, value: str) -> str:
        try:
            parse_tak_url(value)
        except ConfigError as exc:
            raise ValueError(str(exc)) from None
        return value

    @field_validator("exercise_channels")
    @classmethod
    def _channels_are_usable(cls, value: dict[str, str]) -> dict[str, str]:
        for exercise, url in value.items():
            if not re.fullmatch(r"[A-Za-z0-9_-]+", exercise):
                raise ValueError(f"exercise id {exercise!r}: letters, digits, '_' or '-' only")
            try:
                parse_tak_url(url)
            except ConfigError as exc:
                raise ValueError(f"{exercise}: {exc}") from None
        return value

    def tls_context(self, names: Mapping[str, str] | None = None) -> ssl.SSLContext:
        """The TLS context of a ``tls://`` TAK channel: ``ca_file`` verifies the server, with
        our client certificate when configured (files checked; :func:`tls_client_context`).

        Raises:
            ConfigError: no ca_file, or a TLS file that cannot be used (the message names it).
        """
        keys = {k: f"tak.{k}" for k in ("ca_file", "cert_file", "key_file")}
        keys.update(names or {})
        if self.ca_file is None:
            raise ConfigError(f"a tls:// TAK channel needs {keys['ca_file']} to verify the server")
        return tls_client_context(
            self.ca_file, self.cert_file, self.key_file, names=keys, default_ca=False
        )

    @property
    def uses_tls(self) -> bool:
        """True when the real channel or an exercise channel is ``tls://``."""
        urls = [self.url, *self.exercise_channels.values()]
        return any(parse_tak_url(u)[0] == "tls" for u in urls)

    @model_validator(mode="after")
    def _channels_apart(self) -> TakSettings:
        seen = {parse_tak_url(self.url): "the real channel"}
        for exercise, url in self.exercise_channels.items():
            where = parse_tak_url(url)
            if where in seen:
                raise ValueError(
                    f"exercise channel {exercise} ({url}) is also {seen[where]}: every "
                    "exercise needs its own TAK channel, apart from real traffic"
                )
            seen[where] = f"the channel of exercise {exercise}"
        return self

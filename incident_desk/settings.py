"""Settings: declared once, with defaults and descriptions (STYLE.md 19).

Sources, strongest first:

1. environment variables ``IDESK_…``, nested with ``__``
   (``IDESK_BROKER__URL=mqtts://broker.ke:8883``, ``IDESK_BROKER__PASSWORD=…``);
2. a TOML file given to ``Settings.load(path)``;
3. the defaults below.

The TOML file (all keys optional)::

    schema_version = 1
    workstation = "ke-ncc-ws01"
    operator = "j.otieno"
    country = "KE"
    agency = "nps"
    database_url = "sqlite:////var/lib/idesk/idesk.db"
    sender = "nps.go.ke"                     # the agency's CAP sender
    exercise = "EX-SILKGATE-26"              # join a drill (omit for real traffic only)
    map_tile_url = "https://tiles.police.go.ke/{z}/{x}/{y}.png"   # optional agency tile server
    map_tile_attribution = "© National Police Service"
    trust_store = "/etc/idesk/truststore"    # folder of agency signing certificates/CAs (PEM)
    trust_policy = "warn"                    # or "quarantine-invalid", "quarantine"
    directory = "/etc/idesk/directory.yaml"  # agencies and units (docs/directory.md)

    [broker]
    url = "mqtts://broker.ke.example:8883"   # mqtt:// → port 1883, mqtts:// (TLS) → 8883
    protocol = "5"                           # or "3.1.1" (the embedded broker)
    client_id = "idesk-ke-ncc-ws01"          # stable per workstation
    username = "nps"
    password = "…"                           # better: IDESK_BROKER__PASSWORD
    ca_file = "/etc/idesk/ca.pem"
    cert_file = "/etc/idesk/ws01.pem"
    key_file = "/etc/idesk/ws01.key"
    tls_insecure = false
    keepalive = 30
    session_expiry_s = 86400
    reconnect_min_s = 0.5
    reconnect_max_s = 30

    [evidence]                               # the tamper-evident log (docs/evidence.md)
    key_file = "/etc/idesk/evidence.key"     # Ed25519 agency key (created on first use)
    checkpoint_entries = 1000                # sign a checkpoint every N new entries ...
    checkpoint_seconds = 300                 # ... or after T seconds with new entries
    witness_for = ["KE/nps=idesk/KE/nps+1a2b3c4d+AQ…"]   # partner logs this console witnesses
    witnesses = ["idesk/UG/upf+5e6f7a8b+BA…"]             # cosigner keys trusted for ours
    tsa_url = "http://tsa.example/tsr"       # optional RFC 3161 timestamps on checkpoints
    tsa_roots = "/etc/idesk/tsa-root.pem"

The password is a ``SecretStr``: repr, str, JSON dumps and logs show ``**********``.
"""

from __future__ import annotations

import getpass
import re
import socket
import tomllib
from pathlib import Path
from typing import Any, Final, Literal
from urllib.parse import urlsplit

from pydantic import BaseModel, ConfigDict, Field, SecretStr, ValidationError, field_validator
from pydantic_settings import BaseSettings, PydanticBaseSettingsSource, SettingsConfigDict

from incident_desk.errors import ConfigError, InputError
from incident_desk.limits import MAX_SETTINGS_BYTES, read_limited

__all__ = [
    "SCHEMA_VERSION",
    "BrokerSettings",
    "EvidenceSettings",
    "Settings",
    "default_client_id",
    "parse_broker_url",
]

SCHEMA_VERSION: Final = 1
_SCHEMES: Final = {"mqtt": (1883, False), "mqtts": (8883, True)}


def _hostname() -> str:
    name = re.sub(r"[^A-Za-z0-9_-]", "-", socket.gethostname().split(".")[0]).strip("-")
    return name or "workstation"


def default_client_id() -> str:
    """A client id that stays the same on this workstation across runs: ``idesk-{hostname}``."""
    return f"idesk-{_hostname()}"


def _default_operator() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no user database entry (containers)
        return "operator"


def parse_broker_url(url: str) -> tuple[str, int, bool]:
    """Split ``mqtt://host[:port]`` / ``mqtts://host[:port]`` into (host, port, tls).

    Raises:
        ConfigError: the URL is not a usable broker address (the message says why).
    """
    try:
        parts = urlsplit(url.strip())
        port = parts.port
    except ValueError as exc:
        raise ConfigError(f"broker URL {url!r} is not valid: {exc}") from None
    if parts.scheme not in _SCHEMES:
        raise ConfigError(f"broker URL {url!r} must start with mqtt:// (plain) or mqtts:// (TLS)")
    if not parts.hostname:
        raise ConfigError(f"broker URL {url!r} has no host name")
    if parts.username or parts.password:
        raise ConfigError(
            "put the broker user name and password in the username/password settings, "
            "not in the URL"
        )
    if parts.path not in {"", "/"} or parts.query or parts.fragment:
        raise ConfigError(f"broker URL {url!r} must not have a path, query or fragment")
    default_port, tls = _SCHEMES[parts.scheme]
    if port == 0:
        raise ConfigError(f"broker URL {url!r} has port 0")
    return parts.hostname, port or default_port, tls


class BrokerSettings(BaseModel):
    """How to reach the MQTT broker."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    url: str = Field(
        "mqtt://127.0.0.1:1883", description="mqtt://host[:1883] or mqtts://host[:8883]"
    )
    protocol: Literal["5", "3.1.1"] = Field("5", description="MQTT protocol version")
    client_id: str = Field(
        default_factory=default_client_id, description="stable client id of this workstation"
    )
    username: str | None = Field(None, description="broker user name")
    password: SecretStr | None = Field(None, description="broker password (never shown)")
    ca_file: Path | None = Field(None, description="CA certificate bundle (PEM)")
    cert_file: Path | None = Field(None, description="client certificate (PEM)")
    key_file: Path | None = Field(None, description="client private key (PEM)")
    tls_insecure: bool = Field(False, description="skip host name verification (tests only)")
    keepalive: int = Field(30, ge=5, le=65535, description="keep-alive in seconds")
    session_expiry_s: int = Field(
        86400, ge=1, le=0xFFFFFFFF, description="MQTT 5 session expiry interval (seconds)"
    )
    reconnect_min_s: float = Field(0.5, gt=0, description="first reconnect delay (seconds)")
    reconnect_max_s: float = Field(30.0, gt=0, description="longest reconnect delay (seconds)")

    @field_validator("url")
    @classmethod
    def _url_is_usable(cls, value: str) -> str:
        try:
            parse_broker_url(value)
        except ConfigError as exc:
            raise ValueError(str(exc)) from None
        return value

    @field_validator("protocol", mode="before")
    @classmethod
    def _protocol_as_text(cls, value: object) -> object:
        return str(value) if isinstance(value, int | float) else value

    @field_validator("client_id")
    @classmethod
    def _client_id_shape(cls, value: str) -> str:
        if not re.fullmatch(r"[A-Za-z0-9_-]{1,64}", value):
            raise ValueError("client id must be 1-64 letters, digits, '_' or '-'")
        return value

    @field_validator("reconnect_max_s")
    @classmethod
    def _max_after_min(cls, value: float, info: Any) -> float:
        low = info.data.get("reconnect_min_s")
        if low is not None and value < low:
            raise ValueError("reconnect_max_s must not be below reconnect_min_s")
        return value

    @property
    def host(self) -> str:
        return parse_broker_url(self.url)[0]

    @property
    def port(self) -> int:
        return parse_broker_url(self.url)[1]

    @property
    def tls(self) -> bool:
        return parse_broker_url(self.url)[2]


class EvidenceSettings(BaseModel):
    """The evidence log's signing key, checkpoint rhythm and cross-border witnesses."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    key_file: Path | None = Field(
        None, description="Ed25519 agency key (C2SP form); None: evidence.key in the data folder"
    )
    origin: str | None = Field(
        None, description="the log's name in checkpoints; None: idesk/{country}/{agency}"
    )
    checkpoint_entries: int = Field(1000, ge=1, description="sign after this many new entries")
    checkpoint_seconds: float = Field(300.0, gt=0, description="... or after this long (s)")
    witness_for: list[str] = Field(
        default_factory=list,
        description="partner logs to witness: 'CC/agency=<log verifier key>' each",
    )
    witnesses: list[str] = Field(
        default_factory=list, description="cosigner verifier keys whose cosignatures we keep"
    )
    tsa_url: str | None = Field(
        None, description="RFC 3161 time-stamping authority for checkpoints; None: none"
    )
    tsa_roots: Path | None = Field(
        None, description="PEM root certificate(s) of that authority (shipped in exports)"
    )


class Settings(BaseSettings):
    """Everything a console, the CLI or a headless recorder needs to start."""

    model_config = SettingsConfigDict(
        env_prefix="IDESK_", env_nested_delimiter="__", extra="forbid", frozen=True
    )

    schema_version: Literal[1] = Field(SCHEMA_VERSION, description="settings file format")
    broker: BrokerSettings = Field(default_factory=BrokerSettings)
    database_url: str | None = Field(None, description="SQLAlchemy URL; None: local SQLite")
    workstation: str = Field(default_factory=_hostname, description="this console's name")
    country: str | None = Field(None, pattern=r"^[A-Z]{2}$", description="ISO alpha-2, e.g. KE")
    agency: str | None = Field(None, pattern=r"^[a-z0-9_-]+$", description="agency id, e.g. nps")
    operator: str = Field(default_factory=_default_operator, description="who is signed in")
    sender: str | None = Field(
        None, description="the agency's CAP sender (e.g. nps.go.ke); default: agency.country"
    )
    exercise: str | None = Field(
        None, pattern=r"^[A-Za-z0-9_-]+$", description="join this exercise (None: real only)"
    )
    map_tile_url: str | None = Field(
        None, description="agency tile server URL template ({z}/{x}/{y}); None: offline base map"
    )
    map_tile_attribution: str | None = Field(None, description="attribution for the tile server")
    trust_store: Path | None = Field(
        None,
        description=(
            "folder of PEM files (KE-nps.pem, KE.pem …) naming who may sign CAP for which "
            "agency; None: signed alerts show as unknown signer"
        ),
    )
    evidence: EvidenceSettings = Field(default_factory=EvidenceSettings)
    directory: Path | None = Field(
        None,
        description=(
            "directory file of agencies and units (docs/directory.md) loaded at start-up; "
            "a drill's scenario adds its own"
        ),
    )
    trust_policy: Literal["warn", "quarantine-invalid", "quarantine"] = Field(
        "warn",
        description=(
            "warn: store every alert, warn when not verified (CAP default); "
            "quarantine-invalid: also quarantine bad signatures and signer/topic mismatches; "
            "quarantine: quarantine everything not verified"
        ),
    )

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        # The environment beats the file (which arrives as init values, see load()).
        return env_settings, init_settings, file_secret_settings

    @classmethod
    def load(cls, path: Path | str | None = None) -> Settings:
        """Read the TOML file (if any), apply ``IDESK_…`` environment overrides, validate.

        Raises:
            ConfigError: the file is missing, not TOML, or holds an unusable value.
        """
        data: dict[str, Any] = {}
        where = "environment"
        if path is not None:
            where = str(path)
            data = _migrate(_read_toml(Path(path), where), where)
        try:
            return cls(**data)
        except ValidationError as exc:
            raise ConfigError(f"{where}: {_plain(exc)}") from None


def _read_toml(path: Path, where: str) -> dict[str, Any]:
    """The settings file's table; over :data:`~incident_desk.limits.MAX_SETTINGS_BYTES` it is
    refused before parsing."""
    if not path.exists():
        raise ConfigError(f"{where}: settings file not found")
    try:
        raw = read_limited(path, MAX_SETTINGS_BYTES, "a settings file")
        return tomllib.loads(raw.decode("utf-8"))
    except InputError as exc:  # unreadable or too large
        raise ConfigError(f"{where}: {exc.problem}") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{where}: not valid TOML: {exc}") from None


def _migrate(data: dict[str, Any], where: str) -> dict[str, Any]:
    """Bring an older settings file up to ``SCHEMA_VERSION`` (none older exists yet)."""
    version = data.get("schema_version", SCHEMA_VERSION)
    if version != SCHEMA_VERSION:
        raise ConfigError(
            f"{where}: schema_version {version!r} is not supported (this version reads "
            f"{SCHEMA_VERSION})"
        )
    return data


def _plain(exc: ValidationError) -> str:
    parts = []
    for err in exc.errors(include_url=False, include_input=False):
        loc = ".".join(str(p) for p in err["loc"]) or "settings"
        parts.append(f"{loc}: {err['msg']}")
    return "; ".join(parts)

"""Settings: declared once, with defaults and descriptions.

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
    map_packages = ["/srv/maps/kenya-topo.mbtiles"]       # offline agency map packages
    trust_store = "/etc/idesk/truststore"    # folder of agency signing certificates/CAs (PEM)
    trust_policy = "warn"                    # or "quarantine-invalid", "quarantine"
    signing_key = "/etc/idesk/nps-cap.key"   # sign the CAP Updates this console publishes
    signing_cert = "/etc/idesk/nps-cap.pem"  # (the agency's CAP signing certificate)
    directory = "/etc/idesk/directory.yaml"  # agencies and units (docs/directory.md)
    cap_policy = "tolerant"                  # or "strict": quarantine non-conforming CAP
    language = "ar"                          # the console's language (default: the OS's)
    languages = ["fr", "en"]                 # multilingual alerts: the info shown first
    alarm_flood_count = 10                   # more alarms than this within …
    alarm_flood_minutes = 10                 # … these minutes is an alarm flood

    [[alarm_priorities]]                     # first match wins; omit for the default table
    severity = ["Extreme"]                   # (docs/alarms.md); [] or absent: any value
    urgency = ["Immediate"]
    certainty = ["Observed", "Likely"]
    priority = 1                             # 1 Critical … 4 Low, 0 no alarm

    [broker]
    url = "mqtts://broker.ke.example:8883"   # mqtt:// → port 1883, mqtts:// (TLS) → 8883
    # or a cluster, in order of preference (the first is the preferred node):
    # urls = ["mqtts://bus1.ke.example:8883", "mqtts://bus2.ke.example:8883"]
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
    [tak]                                    # optional: the TAK gateway (docs/tak.md)
    url = "tls://takserver.ke.example:8089"  # tcp://host:8087, tls://host:8089, udp://239.2.3.1:6969
    protocol = "xml"                         # or "protobuf" (TAK protocol version 1)
    ca_file = "/etc/idesk/tak-ca.pem"        # verifies the TAK server (tls://)
    cert_file = "/etc/idesk/tak-client.pem"  # our client certificate
    key_file = "/etc/idesk/tak-client.key"
    directory = "/etc/idesk/directory.yaml"  # units with their TAK uids / callsigns
    [tak.exercise_channels]                  # exercise id -> its own TAK channel
    EX-SILKGATE-26 = "tcp://tak-exercise.ke.example:8087"

The password is a ``SecretStr``: repr, str, JSON dumps and logs show ``**********``.
"""

from __future__ import annotations

import getpass
import os
import re
import socket
import ssl
import tomllib
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any, Final, Literal
from urllib.parse import urlsplit

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    SecretStr,
    ValidationError,
    field_validator,
    model_validator,
)
from pydantic_settings import (
    BaseSettings,
    PydanticBaseSettingsSource,
    SettingsConfigDict,
    SettingsError,
)

from incident_desk.alarms._priority import DEFAULT_PRIORITIES, PriorityRule
from incident_desk.errors import ConfigError, InputError
from incident_desk.limits import MAX_SETTINGS_BYTES, read_limited
from incident_desk.tak_settings import TakSettings, parse_tak_url
from incident_desk.tls_files import tls_client_context

__all__ = [
    "SCHEMA_VERSION",
    "BrokerSettings",
    "EvidenceSettings",
    "Settings",
    "TakSettings",
    "default_client_id",
    "parse_broker_url",
    "parse_tak_url",
    "tls_client_context",
]

SCHEMA_VERSION: Final = 1
_DEFAULT_URL: Final = "mqtt://127.0.0.1:1883"
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
        _DEFAULT_URL,
        description="mqtt://host[:1883] or mqtts://host[:8883]; with urls: the first of them",
    )
    urls: list[str] = Field(
        default_factory=list,
        description=(
            "the nodes of a broker cluster in order of preference (failover goes down the "
            "list); empty or omitted: [url]"
        ),
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

    @model_validator(mode="before")
    @classmethod
    def _one_url_is_a_list_of_one(cls, data: Any) -> Any:
        """``url`` alone → ``urls = [url]``; ``urls`` alone → ``url = urls[0]``."""
        if not isinstance(data, dict):
            return data
        urls = data.get("urls")
        if isinstance(urls, str):
            urls = [urls]
        if not urls:
            return {**data, "urls": [data.get("url", _DEFAULT_URL)]}
        if "url" in data and data["url"] != urls[0]:
            raise ValueError(
                f"url {data['url']!r} and urls {list(urls)!r} disagree: give only urls "
                "(its first entry is the preferred node)"
            )
        return {**data, "url": urls[0], "urls": list(urls)}

    @field_validator("url")
    @classmethod
    def _url_is_usable(cls, value: str) -> str:
        try:
            parse_broker_url(value)
        except ConfigError as exc:
            raise ValueError(str(exc)) from None
        return value

    @field_validator("urls")
    @classmethod
    def _urls_are_usable(cls, value: list[str]) -> list[str]:
        nodes = []
        for url in value:
            try:
                nodes.append(parse_broker_url(url))
            except ConfigError as exc:
                raise ValueError(str(exc)) from None
        if len({tls for _h, _p, tls in nodes}) > 1:
            raise ValueError("the nodes of one cluster are all mqtt:// or all mqtts://, not mixed")
        if len({(h, p) for h, p, _t in nodes}) < len(nodes):
            raise ValueError("a broker node is listed twice")
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

    @property
    def nodes(self) -> list[tuple[str, int]]:
        """(host, port) of every node, preferred first."""
        return [parse_broker_url(u)[:2] for u in self.urls]

    def tls_context(self, names: Mapping[str, str] | None = None) -> ssl.SSLContext:
        """The TLS context of ``mqtts://`` (files checked; see :func:`tls_client_context`).

        ``names``: what to call ``ca_file``/``cert_file``/``key_file`` in a message
        (default: the settings keys, ``broker.ca_file`` …).

        Raises:
            ConfigError: a TLS file that cannot be used (the message names it).
        """
        keys = {k: f"broker.{k}" for k in ("ca_file", "cert_file", "key_file")}
        return tls_client_context(
            self.ca_file, self.cert_file, self.key_file, names={**keys, **(names or {})}
        )


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
    tak: TakSettings | None = Field(None, description="TAK gateway; None: no TAK")
    map_tile_url: str | None = Field(
        None, description="agency tile server URL template ({z}/{x}/{y}); None: offline base map"
    )
    map_tile_attribution: str | None = Field(None, description="attribution for the tile server")
    map_packages: list[Path] = Field(
        default_factory=list,
        description=(
            "offline agency map packages (MBTiles raster, PMTiles raster or vector files)"
            " offered as base layers; a bad file is reported and skipped"
        ),
    )
    trust_store: Path | None = Field(
        None,
        description=(
            "folder of PEM files (KE-nps.pem, KE.pem …) naming who may sign CAP for which "
            "agency; None: signed alerts show as unknown signer"
        ),
    )
    signing_key: Path | None = Field(
        None,
        description=(
            "the agency's CAP signing key (PEM, unencrypted) the Updates this console "
            "publishes are signed with; needs signing_cert; None: they go unsigned"
        ),
    )
    signing_cert: Path | None = Field(
        None, description="the agency's CAP signing certificate (PEM) matching signing_key"
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
    language: str | None = Field(
        None,
        pattern=r"^(en|fr|ar|ru|sw|kk|ky|rw|pseudo)$",
        description=(
            "the console's own language (en, fr, ar, ru, sw, kk, ky, rw); None: the last "
            "choice from the Language menu, else the OS locale"
        ),
    )
    languages: tuple[str, ...] = Field(
        (),
        description=(
            "the operator's languages for multilingual alerts, best first (e.g. fr, en); "
            "the OS locale is tried after them"
        ),
    )
    cap_policy: Literal["tolerant", "strict"] = Field(
        "tolerant",
        description=(
            "tolerant: store every alert the official CAP schema accepts, with a conformance "
            "warning where it breaks a rule of the specification's prose; strict: quarantine "
            "those too"
        ),
    )
    alarm_priorities: tuple[PriorityRule, ...] = Field(
        DEFAULT_PRIORITIES,
        description="alarm priority by CAP severity × urgency × certainty; first match wins",
    )
    alarm_flood_count: int = Field(10, ge=1, description="alarms per window that make a flood")
    alarm_flood_minutes: float = Field(10, gt=0, description="the alarm flood window (minutes)")

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
        except SettingsError as exc:  # an IDESK_ variable that holds a table or list
            raise ConfigError(_env_problem(exc)) from None


def _env_problem(exc: SettingsError) -> str:
    """``IDESK_BROKER: not valid JSON (…)`` for pydantic-settings' "error parsing value for
    field "broker" from source "EnvSettingsSource"" (its cause: the JSON decoder's error)."""
    found = re.search(r'field "([^"]+)"', str(exc))
    var = f"IDESK_{found.group(1).upper()}" if found else "an IDESK_ environment variable"
    cause = exc.__cause__ or exc.__context__
    return f"{var}: not valid JSON ({cause or exc})"


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


def plain_errors(exc: ValidationError, name: Callable[[str], str]) -> str:
    """A pydantic error in plain words: ``NAME: problem`` once per problem, where ``name``
    turns the dotted key (``broker.url``) into what the user typed (an option, a settings
    key). ``url`` and ``urls`` are one setting: the same problem is said once."""
    parts: list[str] = []
    seen: set[str] = set()
    for err in exc.errors(include_url=False, include_input=False):
        key = ".".join(str(p) for p in err["loc"])
        msg = str(err["msg"]).removeprefix("Value error, ")
        if msg in seen:
            continue
        seen.add(msg)
        parts.append(f"{name(key)}: {msg}")
    return "; ".join(parts)


def _plain(exc: ValidationError) -> str:
    return plain_errors(exc, _source_name)


def _source_name(key: str) -> str:
    """The ``IDESK_…`` variable a value came from when one is set (the environment beats the
    file), else the settings key."""
    if not key:
        return "settings"
    keys = ("broker.url", "broker.urls") if key in {"broker.url", "broker.urls"} else (key,)
    for one in keys:  # url and urls are one setting (a list of one, or the list)
        parts = one.upper().split(".")
        for n in range(len(parts), 0, -1):
            var = "IDESK_" + "__".join(parts[:n])
            if var in os.environ:
                return var
    return key

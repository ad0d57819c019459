"""Agency map packages served to the map page on the ``idesk-tiles:`` scheme (no network).

:func:`register_tile_scheme` must run before the ``QApplication`` exists (Qt's rule for
custom schemes): ``ui/startup.py``, ``tests/conftest.py`` and the benchmarks call it next to
the early QtWebEngine import. :class:`TileSchemeHandler` answers
``idesk-tiles://<package key>/<z>/<x>/<y>`` from the open packages
(:mod:`incident_desk.mappkg`); a missing tile is a 404 the page shows as empty, never a
request that leaves the machine.
"""

from __future__ import annotations

import logging
import re

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QObject
from PySide6.QtWebEngineCore import (
    QWebEngineProfile,
    QWebEngineUrlRequestJob,
    QWebEngineUrlScheme,
    QWebEngineUrlSchemeHandler,
)

from incident_desk.mappkg import MapPackage

log = logging.getLogger("incident_desk.map")

TILE_SCHEME = "idesk-tiles"
_PATH = re.compile(r"^/(\d{1,2})/(\d{1,9})/(\d{1,9})(?:\.\w+)?$")
_registered = False


def register_tile_scheme() -> None:
    """Declare ``idesk-tiles:`` to QtWebEngine (once, before the QApplication is created)."""
    global _registered  # once per process, by Qt's rule
    if _registered or QWebEngineUrlScheme.schemeByName(QByteArray(TILE_SCHEME.encode())).name():
        _registered = True
        return
    scheme = QWebEngineUrlScheme(QByteArray(TILE_SCHEME.encode()))
    scheme.setSyntax(QWebEngineUrlScheme.Syntax.Host)
    # LocalScheme: a local resource, which the file: page may load (without it Chromium
    # treats the scheme as remote and the page's images never ask for it)
    scheme.setFlags(
        QWebEngineUrlScheme.Flag.SecureScheme
        | QWebEngineUrlScheme.Flag.LocalScheme
        | QWebEngineUrlScheme.Flag.CorsEnabled
        | QWebEngineUrlScheme.Flag.FetchApiAllowed  # vector tiles are fetch()ed
    )
    QWebEngineUrlScheme.registerScheme(scheme)
    _registered = True


def tile_scheme_registered() -> bool:
    return bool(QWebEngineUrlScheme.schemeByName(QByteArray(TILE_SCHEME.encode())).name())


class TileSchemeHandler(QWebEngineUrlSchemeHandler):
    """Serves tiles of the packages in :attr:`packages` (key → open package).

    Attributes:
        served: how many tiles were answered (tests check the page really asked).
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.packages: dict[str, MapPackage] = {}
        self.served = 0

    def requestStarted(self, job: QWebEngineUrlRequestJob) -> None:  # Qt override
        url = job.requestUrl()
        package = self.packages.get(url.host().lower())
        match = _PATH.match(url.path())
        if package is None or match is None:
            job.fail(QWebEngineUrlRequestJob.Error.UrlNotFound)
            return
        z, x, y = (int(g) for g in match.groups())
        try:
            data = package.tile(z, x, y)
        except Exception as exc:  # a file damaged after it was opened: no tile, say why once
            log.error("map: tile %d/%d/%d of %s unreadable: %s", z, x, y, package.path, exc)
            job.fail(QWebEngineUrlRequestJob.Error.RequestFailed)
            return
        if data is None:
            job.fail(QWebEngineUrlRequestJob.Error.UrlNotFound)
            return
        # the file: page's origin is "null": vector tiles come through fetch(), under CORS
        job.setAdditionalResponseHeaders(
            {QByteArray(b"Access-Control-Allow-Origin"): QByteArray(b"*")}
        )
        buffer = QBuffer(job)
        buffer.setData(QByteArray(data))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        job.reply(QByteArray(package.mime_type.encode()), buffer)
        self.served += 1


_handler: TileSchemeHandler | None = None


def tile_handler(profile: QWebEngineProfile) -> TileSchemeHandler | None:
    """The one handler of the map profile (None when the scheme was not registered in time)."""
    global _handler  # one per profile, and there is one map profile per process
    if _handler is None:
        if not tile_scheme_registered():
            log.error(
                "map: agency map packages are off: the %s: scheme was not registered before"
                " the application started",
                TILE_SCHEME,
            )
            return None
        _handler = TileSchemeHandler(profile)
        profile.installUrlSchemeHandler(QByteArray(TILE_SCHEME.encode()), _handler)
    return _handler

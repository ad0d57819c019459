"""Agency map packages: offline tile files the map shows as base layers (Qt-free).

Two formats, both single files an agency can copy onto a workstation:

- **MBTiles** 1.3 (an SQLite file with ``metadata`` and ``tiles``): raster tiles (PNG, JPEG,
  WebP). Rows are TMS (y counted from the south): :meth:`MapPackage.tile` flips them.
- **PMTiles** v3 (one file, a header, compressed directories): raster tiles, or vector tiles
  (MVT, uncompressed or gzip: served unpacked, drawn in the page by protomaps-leaflet with a
  plain style per declared layer), read with the ``pmtiles`` package (PyPI, BSD-3-Clause, by
  Protomaps).

:func:`open_package` checks a file before the map uses it and raises
:class:`MapPackageError` naming the file and the problem (missing, not a map package,
truncated, corrupt, unsupported tile format, metadata over :data:`MAX_METADATA_BYTES`); the
console reports it and the map keeps working without that package.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import mmap
import sqlite3
import threading
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final

from pmtiles.reader import Reader
from pmtiles.tile import Compression, TileType, deserialize_header

from incident_desk.errors import InputError

MAX_METADATA_BYTES: Final = 256 * 1024
"""Metadata larger than this (all MBTiles values together, or the PMTiles JSON) is refused:
a tile package names itself in a few hundred bytes; megabytes of it are a broken or hostile
file, and they would travel to the page with every layer switch."""
MAX_TILE_BYTES: Final = 4 * 1024 * 1024
RASTER_FORMATS: Final = {"png": "image/png", "jpg": "image/jpeg", "webp": "image/webp"}
VECTOR_FORMATS: Final = {"mvt": "application/x-protobuf"}
_SQLITE_MAGIC = b"SQLite format 3\x00"
_PMTILES_MAGIC = b"PMTiles"
_PMTILES_TYPES: Final = {
    TileType.PNG: "png",
    TileType.JPEG: "jpg",
    TileType.WEBP: "webp",
    TileType.MVT: "mvt",
    TileType.AVIF: "avif",
}


class MapPackageError(InputError):
    """A map package that cannot be used; the message names the file and the problem."""


@dataclass
class MapPackage:
    """One open package. ``key`` is stable for a path (the page's layer id)."""

    path: Path
    kind: str  # "mbtiles" | "pmtiles"
    name: str
    tile_format: str  # "png" | "jpg" | "webp"
    min_zoom: int
    max_zoom: int
    bounds: tuple[float, float, float, float] | None  # west, south, east, north
    attribution: str
    key: str = ""
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)
    _db: sqlite3.Connection | None = field(default=None, repr=False)
    _reader: Any = field(default=None, repr=False)
    _file: Any = field(default=None, repr=False)
    _mapping: mmap.mmap | None = field(default=None, repr=False)

    vector_layers: tuple[str, ...] = ()  # layer names of vector tiles (PMTiles metadata)
    gzip_tiles: bool = False  # tiles stored gzip-compressed: unpacked before serving

    @property
    def mime_type(self) -> str:
        return {**RASTER_FORMATS, **VECTOR_FORMATS}[self.tile_format]

    def describe(self) -> dict[str, Any]:
        """What the page needs to add the layer (``idesk.addBasemap``)."""
        return {
            "key": self.key,
            "name": self.name,
            "attribution": self.attribution,
            "minZoom": self.min_zoom,
            "maxZoom": self.max_zoom,
            "bounds": list(self.bounds) if self.bounds else None,
            "format": self.tile_format,
            "layers": list(self.vector_layers),
        }

    def tile(self, z: int, x: int, y: int) -> bytes | None:
        """The tile at ``z/x/y`` (XYZ, y from the north), or None where the package has none."""
        if z < 0 or not (0 <= x < 2**z and 0 <= y < 2**z):
            return None
        with self._lock:  # one SQLite connection / one file mapping, any thread
            if self._db is not None:
                row = self._db.execute(
                    "SELECT tile_data FROM tiles WHERE zoom_level = ? AND tile_column = ?"
                    " AND tile_row = ?",
                    (z, x, (1 << z) - 1 - y),
                ).fetchone()
                data = bytes(row[0]) if row and row[0] is not None else None
            elif self._reader is not None:
                raw = self._reader.get(z, x, y)
                data = bytes(raw) if raw else None
            else:
                return None
        if data is not None and self.gzip_tiles:
            data = gzip.decompress(data)
        if data is not None and len(data) > MAX_TILE_BYTES:
            return None
        return data

    def close(self) -> None:
        with self._lock:
            if self._db is not None:
                self._db.close()
                self._db = None
            self._reader = None
            if self._mapping is not None:
                self._mapping.close()
                self._mapping = None
            if self._file is not None:
                self._file.close()
                self._file = None


def package_key(path: Path) -> str:
    """A short stable id for the page (``pkg-1a2b3c4d``), from the resolved path."""
    digest = hashlib.sha256(str(path.resolve()).encode("utf-8")).hexdigest()
    return f"pkg-{digest[:10]}"


def open_package(path: str | Path) -> MapPackage:
    """Open and check a map package (MBTiles or PMTiles, by content, not by extension)."""
    p = Path(path).expanduser()
    try:
        with p.open("rb") as f:
            head = f.read(127)
    except FileNotFoundError:
        raise MapPackageError(f"{p}: no such file") from None
    except IsADirectoryError:
        raise MapPackageError(f"{p}: a folder, not a map package file") from None
    except OSError as exc:
        raise MapPackageError(f"{p}: cannot be read ({exc.strerror or exc})") from exc
    if head.startswith(_SQLITE_MAGIC):
        package = _open_mbtiles(p)
    elif head.startswith(_PMTILES_MAGIC):
        package = _open_pmtiles(p, head)
    elif not head:
        raise MapPackageError(f"{p}: empty file")
    else:
        raise MapPackageError(
            f"{p}: not a map package (neither an MBTiles SQLite file nor PMTiles)"
        )
    package.key = package_key(p)
    return package


def _zoom(value: object, default: int) -> int:
    try:
        return max(0, min(30, int(str(value))))
    except ValueError:
        return default


def _bounds(value: object) -> tuple[float, float, float, float] | None:
    try:
        w, s, e, n = (float(v) for v in str(value).split(","))
    except ValueError:
        return None
    if -180 <= w < e <= 180 and -90 <= s < n <= 90:
        return (w, s, e, n)
    return None


def _open_mbtiles(p: Path) -> MapPackage:
    try:
        db = sqlite3.connect(f"{p.resolve().as_uri()}?mode=ro", uri=True, check_same_thread=False)
    except sqlite3.Error as exc:
        raise MapPackageError(f"{p}: cannot be opened as MBTiles ({exc})") from exc
    try:
        size = db.execute(
            "SELECT COALESCE(SUM(LENGTH(name) + LENGTH(value)), 0) FROM metadata"
        ).fetchone()[0]
        if size > MAX_METADATA_BYTES:
            raise MapPackageError(
                f"{p}: MBTiles metadata of {size} bytes is over the {MAX_METADATA_BYTES} byte"
                " limit (a damaged or foreign file?)"
            )
        meta = {str(k): str(v) for k, v in db.execute("SELECT name, value FROM metadata")}
        db.execute("SELECT zoom_level, tile_column, tile_row, tile_data FROM tiles LIMIT 1")
        first = db.execute("SELECT tile_data FROM tiles LIMIT 1").fetchone()
    except sqlite3.DatabaseError as exc:
        db.close()
        problem = str(exc)
        if "no such table" in problem:
            raise MapPackageError(
                f"{p}: an SQLite file but not MBTiles ({problem}: it needs the tables"
                " 'metadata' and 'tiles')"
            ) from exc
        raise MapPackageError(f"{p}: damaged or truncated MBTiles ({problem})") from exc
    except MapPackageError:
        db.close()
        raise
    fmt = meta.get("format", "").lower().replace("jpeg", "jpg")
    if not fmt and first is not None:
        fmt = _sniff(bytes(first[0]))
    if fmt not in RASTER_FORMATS:
        db.close()
        what = "vector (pbf) MBTiles" if fmt == "pbf" else f"tile format {fmt or 'unknown'!r}"
        raise MapPackageError(
            f"{p}: {what} is not supported; MBTiles must hold PNG, JPEG or WebP tiles"
        )
    return MapPackage(
        path=p,
        kind="mbtiles",
        name=meta.get("name") or p.stem,
        tile_format=fmt,
        min_zoom=_zoom(meta.get("minzoom"), 0),
        max_zoom=_zoom(meta.get("maxzoom"), 18),
        bounds=_bounds(meta.get("bounds")),
        attribution=meta.get("attribution", ""),
        _db=db,
    )


def _sniff(data: bytes) -> str:
    if data.startswith(b"\x89PNG"):
        return "png"
    if data.startswith(b"\xff\xd8"):
        return "jpg"
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "webp"
    return ""


def _open_pmtiles(p: Path, head: bytes) -> MapPackage:
    if len(head) < 127:
        raise MapPackageError(f"{p}: truncated PMTiles (header of {len(head)} of 127 bytes)")
    if head[7] != 3:
        raise MapPackageError(f"{p}: PMTiles version {head[7]} is not supported (only v3)")
    try:
        header = deserialize_header(head)
    except Exception as exc:  # the library raises plain exceptions for a bad header
        raise MapPackageError(f"{p}: damaged PMTiles header ({exc})") from exc
    size = p.stat().st_size
    ends = (
        header["root_offset"] + header["root_length"],
        header["metadata_offset"] + header["metadata_length"],
        header["tile_data_offset"] + header["tile_data_length"],
    )
    if max(ends) > size:
        raise MapPackageError(
            f"{p}: truncated PMTiles (the header points to byte {max(ends)}, the file has {size})"
        )
    if header["metadata_length"] > MAX_METADATA_BYTES:
        raise MapPackageError(
            f"{p}: PMTiles metadata of {header['metadata_length']} bytes is over the"
            f" {MAX_METADATA_BYTES} byte limit (a damaged or foreign file?)"
        )
    fmt = _PMTILES_TYPES.get(header["tile_type"], "unknown")
    if fmt not in RASTER_FORMATS and fmt not in VECTOR_FORMATS:
        raise MapPackageError(
            f"{p}: PMTiles with tile type {fmt} is not supported (PNG, JPEG, WebP or MVT)"
        )
    compression = header["tile_compression"]
    gzip_tiles = compression == Compression.GZIP and fmt in VECTOR_FORMATS
    if compression not in (Compression.NONE, Compression.UNKNOWN) and not gzip_tiles:
        raise MapPackageError(
            f"{p}: tiles compressed with {compression.name.lower()} are not supported"
            " (uncompressed, or gzip for vector tiles)"
        )
    f = p.open("rb")
    mapping: mmap.mmap | None = None
    try:
        mapping = mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ)

        def get_bytes(offset: int, length: int, m: mmap.mmap = mapping) -> bytes:
            return m[offset : offset + length]

        reader = Reader(get_bytes)  # type: ignore[no-untyped-call]  # pmtiles is partly typed
        raw = get_bytes(header["metadata_offset"], header["metadata_length"])
        if header["internal_compression"] == Compression.GZIP:
            raw = gzip.decompress(raw)
        meta = json.loads(raw) if raw else {}
        if not isinstance(meta, dict):
            meta = {}
        reader.get(header["min_zoom"], 0, 0)  # type: ignore[no-untyped-call]  # root dir readable
    except (OSError, EOFError, ValueError, zlib.error) as exc:
        if mapping is not None:
            mapping.close()
        f.close()
        raise MapPackageError(f"{p}: damaged PMTiles ({exc})") from exc
    bounds = (
        header["min_lon_e7"] / 1e7,
        header["min_lat_e7"] / 1e7,
        header["max_lon_e7"] / 1e7,
        header["max_lat_e7"] / 1e7,
    )
    return MapPackage(
        path=p,
        kind="pmtiles",
        name=str(meta.get("name") or p.stem),
        tile_format=fmt,
        min_zoom=int(header["min_zoom"]),
        max_zoom=int(header["max_zoom"]),
        bounds=_bounds(",".join(str(b) for b in bounds)),
        attribution=str(meta.get("attribution") or ""),
        vector_layers=_layer_names(meta) if fmt in VECTOR_FORMATS else (),
        gzip_tiles=gzip_tiles,
        _reader=reader,
        _file=f,
        _mapping=mapping,
    )


def _layer_names(meta: dict[str, Any]) -> tuple[str, ...]:
    """The vector layers a PMTiles package declares (``vector_layers[].id``)."""
    layers = meta.get("vector_layers")
    if not isinstance(layers, list):
        return ()
    return tuple(str(x["id"]) for x in layers if isinstance(x, dict) and x.get("id"))[:200]

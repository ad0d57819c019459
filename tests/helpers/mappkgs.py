"""Small MBTiles and PMTiles files made in a test, with solid-colour PNG tiles."""

from __future__ import annotations

import sqlite3
import struct
import zlib
from collections.abc import Iterable
from pathlib import Path

from pmtiles.tile import Compression, TileType, zxy_to_tileid
from pmtiles.writer import Writer


def solid_png(rgb: tuple[int, int, int], size: int = 256, note: str = "") -> bytes:
    """A ``size``×``size`` PNG of one colour (no imaging library needed); ``note`` goes into
    a text chunk, so tiles of the same colour can still differ byte for byte."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    row = b"\x00" + bytes(rgb) * size
    ihdr = struct.pack(">IIBBBBB", size, size, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", ihdr)
        + (chunk(b"tEXt", b"Comment\x00" + note.encode()) if note else b"")
        + chunk(b"IDAT", zlib.compress(row * size, 9))
        + chunk(b"IEND", b"")
    )


def all_tiles(max_zoom: int) -> Iterable[tuple[int, int, int]]:
    for z in range(max_zoom + 1):
        for x in range(2**z):
            for y in range(2**z):
                yield z, x, y


def make_mbtiles(
    path: Path,
    rgb: tuple[int, int, int],
    *,
    max_zoom: int = 3,
    metadata: dict[str, str] | None = None,
    tile_format: str = "png",
) -> Path:
    """An MBTiles 1.3 file with every tile of zoom 0..``max_zoom`` in one colour (TMS rows)."""
    meta = {
        "name": "Test raster",
        "format": tile_format,
        "minzoom": "0",
        "maxzoom": str(max_zoom),
        "bounds": "-180,-85,180,85",
        "attribution": "© Test Survey Agency",
        **(metadata or {}),
    }
    db = sqlite3.connect(path)
    try:
        db.execute("CREATE TABLE metadata (name TEXT, value TEXT)")
        db.execute(
            "CREATE TABLE tiles (zoom_level INTEGER, tile_column INTEGER, tile_row INTEGER,"
            " tile_data BLOB)"
        )
        db.executemany("INSERT INTO metadata VALUES (?, ?)", meta.items())
        png = solid_png(rgb)
        db.executemany(
            "INSERT INTO tiles VALUES (?, ?, ?, ?)",
            ((z, x, (1 << z) - 1 - y, png) for z, x, y in all_tiles(max_zoom)),
        )
        db.commit()
    finally:
        db.close()
    return path


def make_pmtiles(
    path: Path,
    rgb: tuple[int, int, int],
    *,
    max_zoom: int = 3,
    tile_type: TileType = TileType.PNG,
    metadata: dict[str, object] | None = None,
) -> Path:
    """A PMTiles v3 file with every tile of zoom 0..``max_zoom`` in one colour."""
    tiles = sorted(
        (zxy_to_tileid(z, x, y), solid_png(rgb, note=f"{z}/{x}/{y}"))
        for z, x, y in all_tiles(max_zoom)
    )  # distinct bytes: the writer would fold equal tiles into runs and misread max_zoom
    with path.open("wb") as f:
        writer = Writer(f)
        for tile_id, data in tiles:
            writer.write_tile(tile_id, data)
        writer.finalize(
            {
                "tile_type": tile_type,
                "tile_compression": Compression.NONE,
                "min_lon_e7": -1800000000,
                "min_lat_e7": -850000000,
                "max_lon_e7": 1800000000,
                "max_lat_e7": 850000000,
                "center_zoom": 0,
                "center_lon_e7": 0,
                "center_lat_e7": 0,
            },
            {"name": "Test PMTiles", "attribution": "© Test Mapping Unit", **(metadata or {})},
        )
    return path


def _varint(n: int) -> bytes:
    out = bytearray()
    while True:
        byte = n & 0x7F
        n >>= 7
        if n:
            out.append(byte | 0x80)
        else:
            out.append(byte)
            return bytes(out)


def _field(number: int, wire: int, payload: bytes | int) -> bytes:
    key = _varint((number << 3) | wire)
    if wire == 0:
        assert isinstance(payload, int)
        return key + _varint(payload)
    assert isinstance(payload, bytes)
    return key + _varint(len(payload)) + payload


def _zigzag(n: int) -> int:
    return (n << 1) ^ (n >> 31)


def square_mvt(layer: str = "landuse", extent: int = 4096) -> bytes:
    """A Mapbox Vector Tile with one polygon feature covering the whole tile, in ``layer``
    (protobuf written by hand: version 2, one layer, one feature)."""
    e = extent
    commands = [
        (1 & 7) | (1 << 3), _zigzag(0), _zigzag(0),  # MoveTo 0,0
        (2 & 7) | (3 << 3),  # LineTo x3
        _zigzag(e), _zigzag(0), _zigzag(0), _zigzag(e), _zigzag(-e), _zigzag(0),
        (7 & 7) | (1 << 3),  # ClosePath
    ]  # fmt: skip
    geometry = b"".join(_varint(c) for c in commands)
    feature = _field(1, 0, 1) + _field(3, 0, 3) + _field(4, 2, geometry)  # id, POLYGON
    body = _field(15, 0, 2) + _field(1, 2, layer.encode()) + _field(2, 2, feature)
    body += _field(5, 0, extent)
    return _field(3, 2, body)


def make_vector_pmtiles(path: Path, *, max_zoom: int = 3, layer: str = "landuse") -> Path:
    """A vector PMTiles v3 file (MVT, gzip-compressed tiles as tools write them) whose every
    tile of zoom 0..``max_zoom`` is filled by one polygon of ``layer``."""
    import gzip

    tiles = sorted(
        (
            zxy_to_tileid(z, x, y),
            gzip.compress(square_mvt(layer) + _field(99, 2, f"{z}/{x}/{y}".encode()), mtime=0),
        )
        for z, x, y in all_tiles(max_zoom)
    )  # the unknown field 99 keeps tiles distinct (see make_pmtiles)
    with path.open("wb") as f:
        writer = Writer(f)
        for tile_id, data in tiles:
            writer.write_tile(tile_id, data)
        writer.finalize(
            {
                "tile_type": TileType.MVT,
                "tile_compression": Compression.GZIP,
                "min_lon_e7": -1800000000,
                "min_lat_e7": -850000000,
                "max_lon_e7": 1800000000,
                "max_lat_e7": 850000000,
                "center_zoom": 0,
                "center_lon_e7": 0,
                "center_lat_e7": 0,
            },
            {
                "name": "Test vector",
                "attribution": "© Test Vector Survey",
                "vector_layers": [{"id": layer, "fields": {}}],
            },
        )
    return path

"""Agency map packages: good files open, bad ones are refused with file and problem."""

from __future__ import annotations

import random
import sqlite3
from pathlib import Path

import pytest
from pmtiles.tile import TileType

from incident_desk.mappkg import MAX_METADATA_BYTES, MapPackageError, open_package
from tests.helpers.mappkgs import (
    make_mbtiles,
    make_pmtiles,
    make_vector_pmtiles,
    solid_png,
    square_mvt,
)


def test_an_mbtiles_file_opens_with_its_metadata_and_xyz_rows(tmp_path: Path) -> None:
    path = make_mbtiles(tmp_path / "topo.mbtiles", (200, 30, 30), max_zoom=2)
    db = sqlite3.connect(path)  # a marked tile in the north-west corner of zoom 1 (TMS row 1)
    db.execute(
        "UPDATE tiles SET tile_data = ? WHERE zoom_level = 1 AND tile_column = 0 AND tile_row = 1",
        (solid_png((1, 2, 3)),),
    )
    db.commit()
    db.close()
    package = open_package(path)
    try:
        assert package.describe() | {"key": ""} == {
            "key": "",
            "name": "Test raster",
            "attribution": "© Test Survey Agency",
            "minZoom": 0,
            "maxZoom": 2,
            "bounds": [-180.0, -85.0, 180.0, 85.0],
            "format": "png",
            "layers": [],
        }
        assert package.key.startswith("pkg-")
        assert package.mime_type == "image/png"
        assert package.tile(1, 0, 0) == solid_png((1, 2, 3))  # XYZ y=0 is the north
        assert package.tile(1, 0, 1) == solid_png((200, 30, 30))
        assert package.tile(3, 0, 0) is None  # beyond its zooms
        assert package.tile(1, 5, 0) is None  # outside the grid
    finally:
        package.close()


def test_a_raster_pmtiles_file_opens(tmp_path: Path) -> None:
    package = open_package(make_pmtiles(tmp_path / "city.pmtiles", (30, 30, 200)))
    try:
        assert (package.kind, package.name, package.attribution) == (
            "pmtiles",
            "Test PMTiles",
            "© Test Mapping Unit",
        )
        assert (package.min_zoom, package.max_zoom) == (0, 3)
        tile = package.tile(2, 1, 3)
        assert tile is not None
        assert tile.startswith(b"\x89PNG")
        assert package.tile(4, 0, 0) is None
    finally:
        package.close()


def _problem(path: Path) -> str:
    with pytest.raises(MapPackageError) as caught:
        open_package(path)
    message = str(caught.value)
    assert message.startswith(str(path))  # every message names the file
    return message[len(str(path)) + 2 :]


def test_missing_empty_and_foreign_files(tmp_path: Path) -> None:
    assert _problem(tmp_path / "nowhere.mbtiles") == "no such file"
    (tmp_path / "empty.pmtiles").write_bytes(b"")
    assert _problem(tmp_path / "empty.pmtiles") == "empty file"
    (tmp_path / "notes.mbtiles").write_text("<html>not a map</html>", encoding="utf-8")
    assert "not a map package" in _problem(tmp_path / "notes.mbtiles")
    assert "a folder" in _problem(tmp_path)
    other = tmp_path / "inventory.mbtiles"
    db = sqlite3.connect(other)
    db.execute("CREATE TABLE stock (item TEXT)")
    db.commit()
    db.close()
    assert "an SQLite file but not MBTiles" in _problem(other)


def test_truncated_files(tmp_path: Path) -> None:
    pm = make_pmtiles(tmp_path / "cut.pmtiles", (30, 30, 200))
    pm.write_bytes(pm.read_bytes()[:2000])
    assert "truncated PMTiles" in _problem(pm)
    head = tmp_path / "head.pmtiles"
    head.write_bytes(b"PMTiles\x03" + b"\x00" * 20)
    assert "truncated PMTiles (header of 28 of 127 bytes)" in _problem(head)
    mb = make_mbtiles(tmp_path / "cut.mbtiles", (200, 30, 30))
    mb.write_bytes(mb.read_bytes()[:3000])
    assert "damaged or truncated MBTiles" in _problem(mb)


def test_wrong_tile_formats(tmp_path: Path) -> None:
    vector = make_mbtiles(tmp_path / "roads.mbtiles", (0, 0, 0), metadata={"format": "pbf"})
    assert "vector (pbf) MBTiles is not supported" in _problem(vector)
    avif = make_pmtiles(tmp_path / "photo.pmtiles", (0, 0, 0), tile_type=TileType.AVIF)
    assert "PMTiles with tile type avif is not supported" in _problem(avif)
    brotli = make_pmtiles(tmp_path / "brotli.pmtiles", (0, 0, 0))
    data = bytearray(brotli.read_bytes())
    data[98] = 3  # tile_compression: brotli
    brotli.write_bytes(bytes(data))
    assert "tiles compressed with brotli are not supported" in _problem(brotli)
    odd = make_mbtiles(tmp_path / "odd.mbtiles", (0, 0, 0), metadata={"format": "tiff"})
    assert "tile format 'tiff' is not supported" in _problem(odd)
    v2 = tmp_path / "old.pmtiles"
    v2.write_bytes(b"PMTiles\x02" + b"\x00" * 200)
    assert "PMTiles version 2 is not supported" in _problem(v2)


def test_huge_metadata_is_refused(tmp_path: Path) -> None:
    big = "x" * (MAX_METADATA_BYTES + 1)
    mb = make_mbtiles(tmp_path / "big.mbtiles", (0, 0, 0), metadata={"description": big})
    assert "MBTiles metadata of" in _problem(mb)
    noise = {"junk": random.Random(1).randbytes(MAX_METADATA_BYTES).hex()}  # gzip cannot shrink it
    pm = make_pmtiles(tmp_path / "big.pmtiles", (0, 0, 0), metadata=noise)
    assert "PMTiles metadata of" in _problem(pm)


def test_settings_list_map_packages(tmp_path: Path) -> None:
    from incident_desk.settings import Settings

    settings = Settings(map_packages=[tmp_path / "kenya.mbtiles", "/srv/maps/ug.pmtiles"])
    assert settings.map_packages == [tmp_path / "kenya.mbtiles", Path("/srv/maps/ug.pmtiles")]
    assert Settings().map_packages == []


def test_a_vector_pmtiles_file_opens_and_serves_unpacked_tiles(tmp_path: Path) -> None:
    package = open_package(make_vector_pmtiles(tmp_path / "roads.pmtiles", layer="roads"))
    try:
        assert (package.tile_format, package.mime_type) == ("mvt", "application/x-protobuf")
        assert package.describe()["layers"] == ["roads"]
        tile = package.tile(1, 0, 1)
        assert tile is not None
        assert tile.startswith(square_mvt("roads"))  # gunzipped for the page
    finally:
        package.close()

"""scripts/build_geo.py: the TopoJSON decoder on a hand-made topology."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

SCRIPT = Path(__file__).resolve().parents[3] / "scripts" / "build_geo.py"


def _module() -> ModuleType:
    spec = importlib.util.spec_from_file_location("build_geo", SCRIPT)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_quantized_delta_arcs_and_reversed_arcs() -> None:
    build_geo = _module()
    # Two unit squares sharing the edge x=1; quantised with scale 1, translate (10, 20).
    topology = {
        "type": "Topology",
        "transform": {"scale": [1, 1], "translate": [10, 20]},
        "arcs": [
            [[1, 0], [0, 1]],  # shared edge (1,0)->(1,1), delta-encoded
            [[1, 1], [-1, 0], [0, -1], [1, 0]],  # left square's other three sides
            [[1, 0], [1, 0], [0, 1], [-1, 0]],  # right square's other three sides
        ],
        "objects": {
            "countries": {
                "type": "GeometryCollection",
                "geometries": [
                    {"type": "Polygon", "arcs": [[0, 1]], "id": "404", "properties": {"name": "L"}},
                    {
                        "type": "MultiPolygon",
                        "arcs": [[[2, -1]]],
                        "properties": {"name": "Kosovo"},
                    },
                    {"type": None, "properties": {"name": "empty"}},
                ],
            }
        },
    }
    collection = build_geo.convert(topology)
    left, right = collection["features"]
    assert left["properties"] == {"name": "L", "code": "KE"}
    assert left["geometry"]["coordinates"] == [[[11, 20], [11, 21], [10, 21], [10, 20], [11, 20]]]
    assert right["properties"] == {"name": "Kosovo", "code": "XK"}
    assert right["geometry"]["type"] == "MultiPolygon"
    assert right["geometry"]["coordinates"] == [
        [[[11, 20], [12, 20], [12, 21], [11, 21], [11, 20]]]
    ]

"""A broker cluster in the settings and on the command line: ``urls`` and ``--broker``
repeated; one ``url`` stays a cluster of one (issue 19)."""

from __future__ import annotations

import argparse
from pathlib import Path

import pytest

from incident_desk.cli._options import add_broker_options, settings_from
from incident_desk.errors import ConfigError
from incident_desk.settings import BrokerSettings, Settings

NODES = ["mqtt://bus1.ke:1883", "mqtt://bus2.ke:1883", "mqtt://bus3.ke:1884"]


@pytest.fixture(autouse=True)
def _clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    import os

    for key in list(os.environ):
        if key.startswith("IDESK_"):
            monkeypatch.delenv(key)


def test_one_url_is_a_cluster_of_one() -> None:
    broker = BrokerSettings(url="mqtt://bus1.ke")
    assert broker.urls == ["mqtt://bus1.ke"]
    assert broker.nodes == [("bus1.ke", 1883)]
    assert Settings().broker.urls == ["mqtt://127.0.0.1:1883"]


def test_urls_in_the_file_name_the_nodes_preferred_first(tmp_path: Path) -> None:
    path = tmp_path / "idesk.toml"
    path.write_text(f"[broker]\nurls = {NODES!r}\nprotocol = '3.1.1'\n".replace("'", '"'))
    broker = Settings.load(path).broker
    assert broker.url == NODES[0]  # what single-broker code reads: the preferred node
    assert broker.urls == NODES
    assert broker.nodes == [("bus1.ke", 1883), ("bus2.ke", 1883), ("bus3.ke", 1884)]
    assert (broker.host, broker.port) == ("bus1.ke", 1883)


@pytest.mark.parametrize(
    ("values", "reason"),
    [
        ({"urls": ["mqtt://a", "http://b"]}, "must start with mqtt://"),
        ({"urls": ["mqtt://a", "mqtts://b"]}, "not mixed"),
        ({"urls": ["mqtt://a", "mqtt://a:1883"]}, "listed twice"),
        ({"url": "mqtt://c", "urls": ["mqtt://a", "mqtt://b"]}, "disagree"),
    ],
)
def test_unusable_clusters_are_refused_in_plain_words(
    values: dict[str, object], reason: str
) -> None:
    with pytest.raises(ValueError, match=reason):
        BrokerSettings.model_validate(values)


def test_a_round_trip_through_model_dump_keeps_the_cluster() -> None:
    broker = BrokerSettings(urls=NODES)
    again = BrokerSettings.model_validate({**broker.model_dump(), "protocol": "3.1.1"})
    assert again.urls == NODES


def _parse(*argv: str) -> argparse.Namespace:
    parser = argparse.ArgumentParser()
    add_broker_options(parser)
    return parser.parse_args(list(argv))


def test_broker_option_repeated_is_the_cluster_in_order() -> None:
    args = _parse("--broker", NODES[1], "--broker", NODES[0], "--protocol", "3.1.1")
    broker = settings_from(args).broker
    assert broker.urls == [NODES[1], NODES[0]]
    assert broker.url == NODES[1]
    assert broker.protocol == "3.1.1"


def test_one_broker_option_replaces_a_cluster_from_the_file(tmp_path: Path) -> None:
    path = tmp_path / "idesk.toml"
    path.write_text(f"[broker]\nurls = {NODES!r}\n".replace("'", '"'))
    broker = settings_from(_parse("--config", str(path), "--broker", "mqtt://lab:1883")).broker
    assert broker.urls == ["mqtt://lab:1883"]


def test_a_bad_node_on_the_command_line_is_a_config_error() -> None:
    with pytest.raises(ConfigError, match="mqtt://"):
        settings_from(_parse("--broker", NODES[0], "--broker", "http://x"))

"""Integration tests: real brokers, databases and sockets in this process.

Some of the parts under test (amqtt's embedded broker, paho clients of brokers that are
killed on purpose) leave closed sockets to the garbage collector. Collected at the end of
the test that made them, they are nobody's business; collected later, by chance, inside an
unrelated test (hypothesis runs many collections), their ResourceWarning fails that test. So
every integration test ends with a collection of its own garbage.
"""

from __future__ import annotations

import gc
import warnings
from collections.abc import Iterator

import pytest


@pytest.fixture(autouse=True)
def _collect_own_garbage() -> Iterator[None]:
    yield
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ResourceWarning)
        gc.collect()

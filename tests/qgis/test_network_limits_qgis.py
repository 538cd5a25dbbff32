"""Deadlines and caps of :func:`veille_plugin.qgis_adapters.network.qgis_get` (issue 27), QGIS's network stack
against the attacking local server: one byte every 0.2 s abandoned at the deadline, a body over the cap refused
(announced or not), both as :class:`FeedOfflineError` naming the address."""

import time

import pytest
from limit_server import LimitServer

from veille_plugin.core.feeds.http import FeedDeadlineError, FeedOfflineError, FeedTooLargeError


@pytest.fixture
def server():
    with LimitServer() as s:
        yield s


def test_qgis_get_abandons_a_server_sending_one_byte_every_0_2_s(server):
    from veille_plugin.qgis_adapters.network import qgis_get

    url = server.root + "/drip"
    started = time.monotonic()
    with pytest.raises(FeedDeadlineError) as caught:
        qgis_get(url, retries=3, backoff=0.01, deadline=1)
    assert time.monotonic() - started < 5
    assert isinstance(caught.value, FeedOfflineError) and url in str(caught.value)


@pytest.mark.parametrize("path", ["/big", "/big?unannounced"])
def test_qgis_get_refuses_a_body_over_the_cap(server, path):
    from veille_plugin.qgis_adapters.network import qgis_get

    url = server.root + path
    with pytest.raises(FeedTooLargeError) as caught:
        qgis_get(url, retries=1, max_bytes=100_000)
    assert url in str(caught.value)
    assert len(qgis_get(url, retries=1, max_bytes=2_000_000)) == 1_000_000

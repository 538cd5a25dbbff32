"""Deadlines and caps on every network read (issue 27): a server sending one byte every 0.2 s, a body over the
cap (announced or not), a gzip bomb and a zone of too many vertices are each refused quickly with a French message
naming the address and the limit; the errors are :class:`FeedOfflineError`, so every feed keeps its «last version
used» behaviour."""

import gzip
import socket
import time
from functools import partial

import pytest
from gpu_server import GpuServer
from limit_server import LimitServer

from veille_plugin.core.errors import InputError
from veille_plugin.core.feeds import gpu
from veille_plugin.core.feeds.http import (
    FeedDeadlineError,
    FeedOfflineError,
    FeedTooLargeError,
    gunzip_if_needed,
    http_get,
)


@pytest.fixture
def server():
    with LimitServer() as s:
        yield s


def test_a_server_sending_one_byte_every_0_2_s_is_abandoned_at_the_deadline(server):
    url = server.root + "/drip"
    started = time.monotonic()
    with pytest.raises(FeedDeadlineError) as caught:
        http_get(url, timeout=5, retries=3, backoff=0.01, deadline=1)
    assert time.monotonic() - started < 3  # before: 1,000 bytes at 0.2 s, read for 200 s
    assert isinstance(caught.value, FeedOfflineError)
    assert url in str(caught.value) and "1 s" in str(caught.value)


def test_a_server_dripping_its_headers_is_abandoned_at_the_deadline(server):
    """Each byte of the status line and headers comes within the read timeout: before, the request never ended."""
    url = server.root + "/drip-head"
    started = time.monotonic()
    with pytest.raises(FeedDeadlineError) as caught:
        http_get(url, timeout=5, retries=3, backoff=0.01, deadline=1)
    assert time.monotonic() - started < 2
    assert url in str(caught.value) and "1 s" in str(caught.value)


def test_the_deadline_covers_the_retries_and_their_back_off():
    with socket.socket() as probe:  # a port nobody listens on: every attempt is refused at once
        probe.bind(("127.0.0.1", 0))
        url = f"http://127.0.0.1:{probe.getsockname()[1]}/"
    started = time.monotonic()
    with pytest.raises(FeedDeadlineError) as caught:  # before: 5 attempts and 15 s of back-off
        http_get(url, timeout=0.2, retries=5, backoff=1, deadline=0.5)
    assert time.monotonic() - started < 1 and url in str(caught.value)


@pytest.mark.parametrize("path", ["/big", "/big?unannounced"])
def test_a_body_over_the_cap_is_refused_announced_or_not(server, path):
    url = server.root + path
    with pytest.raises(FeedTooLargeError) as caught:
        http_get(url, timeout=5, retries=1, max_bytes=100_000)
    assert url in str(caught.value) and "0,095 Mo" in str(caught.value)
    assert isinstance(caught.value, FeedOfflineError)
    assert len(http_get(url, timeout=5, retries=1, max_bytes=2_000_000)) == 1_000_000  # under the cap: read whole


def test_a_gzip_bomb_is_refused_past_the_decompressed_cap(server, monkeypatch):
    url = server.root + "/bomb"
    raw = http_get(url, timeout=5, retries=1)
    assert len(raw) < 100_000  # small on the wire
    with pytest.raises(FeedTooLargeError) as caught:
        gunzip_if_needed(raw, url, max_bytes=1_000_000)
    assert url in str(caught.value) and "décompressée" in str(caught.value) and "0,95 Mo" in str(caught.value)
    assert len(gunzip_if_needed(raw, url)) > 20_000_000  # under the default cap (256 MB): decompressed whole
    monkeypatch.setattr("veille_plugin.core.feeds.http.MAX_DECOMPRESSED_BYTES", 1_000_000)
    with pytest.raises(FeedTooLargeError):  # the GPU feed's parser applies the cap
        gpu.decode_collection(raw, url)


def test_gunzip_still_reads_several_members_and_refuses_a_truncated_stream():
    body = b"abc" * 100_000
    assert gunzip_if_needed(gzip.compress(body) + gzip.compress(b"!")) == body + b"!"
    assert gunzip_if_needed(body) == body
    with pytest.raises(EOFError):
        gunzip_if_needed(gzip.compress(body)[:-20])


def _square(n: int) -> dict:
    """A polygon of ``n`` vertices on the edge of a small square near Saint-Saëns."""
    side = n // 4
    ring = []
    for k in range(side):
        ring.append([1.28 + 0.01 * k / side, 49.67])
    for k in range(side):
        ring.append([1.29, 49.67 + 0.01 * k / side])
    for k in range(side):
        ring.append([1.29 - 0.01 * k / side, 49.68])
    for k in range(side):
        ring.append([1.28, 49.68 - 0.01 * k / side])
    ring.append(ring[0])
    return {"type": "Polygon", "coordinates": [ring]}


def _zone(geometry: dict, k: int = 1) -> dict:
    return {"type": "Feature", "geometry": geometry, "properties": {"LIBELLE": f"U{k}", "TYPEZONE": "U"}}


def test_a_zone_with_too_many_vertices_is_refused_naming_the_address():
    with GpuServer() as server:
        big = _square(210_000)
        server.set_document("DU_76648", "PLU", "Saint-Saëns", {"zone-urba": [_zone(big)]}, big)
        document = gpu.GpuDocument("DU_76648", "PLU", "76648")
        started = time.monotonic()
        with pytest.raises(InputError) as caught:
            gpu.fetch_document(document, server.base_url)
        assert time.monotonic() - started < 30
        message = str(caught.value)
        assert server.base_url + "/zone-urba?partition=DU_76648" in message and "200000 sommets" in message
        small = _square(1000)
        server.set_document("DU_76648", "PLU", "Saint-Saëns", {"zone-urba": [_zone(small)]}, small)
        assert gpu.fetch_document(document, server.base_url).n_features == 1  # under the cap: read


def test_a_page_of_too_many_features_is_refused_naming_the_address(monkeypatch):
    monkeypatch.setattr(gpu, "MAX_FEATURES_PER_PAGE", 10)
    with GpuServer() as server:
        small = _square(8)
        zones = [_zone(small, k) for k in range(11)]
        server.set_document("DU_76648", "PLU", "Saint-Saëns", {"zone-urba": zones}, small)
        with pytest.raises(InputError) as caught:
            gpu.fetch_all_pages(server.base_url, "zone-urba", {"partition": "DU_76648"})
        assert "/zone-urba?partition=DU_76648" in str(caught.value) and "10 acceptées" in str(caught.value)


def test_counting_vertices_of_every_geometry_kind():
    assert gpu.count_vertices([1.0, 2.0], 10) == 1
    assert gpu.count_vertices([[0, 0], [1, 1], [2, 2]], 10) == 3
    assert gpu.count_vertices([[[[0, 0], [1, 0], [0, 1], [0, 0]]], [[[5, 5], [6, 5], [5, 6], [5, 5]]]], 100) == 8
    assert gpu.count_vertices([[0, 0]] * 1000, 10) == 11  # stops just past the cap
    collection = {"type": "GeometryCollection", "geometries": [{"type": "Point", "coordinates": [0, 0]}] * 3}
    with pytest.raises(InputError):
        gpu.check_size([{"type": "Feature", "id": "z", "geometry": collection}], "http://x", max_vertices=2)
    assert gpu.count_vertices(None, 10) == 0 and gpu.count_vertices("x", 10) == 0


def test_the_plu_watch_keeps_its_last_snapshot_past_a_cap(ref, tmp_path, monkeypatch):
    from veille_plugin.core.plu.watch import run_watch
    from veille_plugin.core.register import open_register
    from veille_plugin.core.vocabulary import PLU_FAILED, PLU_FIRST

    outline = _square(8)
    with GpuServer() as server, open_register(str(tmp_path / "registre.gpkg")) as register:
        server.add_commune("76648", "Saint-Saëns", outline)
        server.set_document("DU_76648", "PLU", "Saint-Saëns", {"zone-urba": [_zone(_square(1000))]}, outline)

        def watch():
            get = partial(http_get, timeout=2, retries=2, backoff=0.01)
            out = tmp_path / "out"
            return run_watch(["76648"], register, ref, out, base_url=server.base_url, get=get, author="test")

        assert watch().communes[0].status == PLU_FIRST
        big = _square(210_000)
        server.set_document("DU_76648", "PLU", "Saint-Saëns", {"zone-urba": [_zone(big)]}, outline)
        c = watch().communes[0]
        assert c.status == PLU_FAILED and "200000 sommets" in c.message and server.base_url in c.message

        server.set_document("DU_76648", "PLU", "Saint-Saëns", {"zone-urba": [_zone(_square(1000))]}, outline)
        monkeypatch.setattr("veille_plugin.core.feeds.http.MAX_DECOMPRESSED_BYTES", 10_000)  # a zone of 19 kB
        c = watch().communes[0]
        assert c.status == PLU_FAILED and "décompressée" in c.message and "zone-urba" in c.message
        assert "hors ligne" not in c.message and "ne répond pas" not in c.message  # a limit, said as such
        assert len(register.plu_snapshots()) == 1  # nothing stored past a cap

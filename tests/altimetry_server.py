"""A local server answering like the Géoplateforme's altimetry profile (``…/calcul/alti/rest/elevationLine.json``):
``lon`` and ``lat`` joined by ``|`` (the ``delimiter``), ``resource`` (``ign_rge_alti_wld``, else HTTP 400 as the
service answers an unknown resource), ``sampling`` points evenly along the line; the answer is
``{"elevations": [{"lon", "lat", "z", "acc"}, …], "height_differences": {…}}`` (numbers only with ``zonly=true``).

The terrain is synthetic: ``terrain(t)`` gives the altitude at the fraction ``t`` (0 at the first point, 1 at the
last) of every profile asked — a plain (``plain``) or a ridge across the middle (``ridge``). Faults: ``fail_next``
(that many HTTP 500 first), ``garbage`` (a body that is not JSON). ``requests`` keeps each request's query.
"""

import http.server
import json
from urllib.parse import parse_qs, urlsplit

import numpy as np

from local_server import LocalServer

PATH = "/altimetrie/1.0/calcul/alti/rest/elevationLine.json"
RESOURCE = "ign_rge_alti_wld"


def plain(t: np.ndarray, height: float = 50.0) -> np.ndarray:
    """A flat plain at ``height`` metres."""
    return np.full(len(t), height)


def ridge(t: np.ndarray, base: float = 50.0, top: float = 250.0, width: float = 0.05) -> np.ndarray:
    """A plain at ``base`` with a ridge up to ``top`` across the middle of the line."""
    return base + (top - base) * np.exp(-(((t - 0.5) / width) ** 2))


class AltimetryServer(LocalServer):
    """``with AltimetryServer() as server``: ``server.url`` (the elevationLine.json route), ``server.requests``."""

    def __init__(self, terrain=plain):
        self.terrain = terrain
        self.requests = []
        self.fail_next = 0
        self.garbage = False
        self.swap = False  # answers with longitudes and latitudes swapped (a faulty service)
        outer = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self):  # noqa: N802
                parts = urlsplit(self.path)
                query = {k: v[0] for k, v in parse_qs(parts.query).items()}
                outer.requests.append(query)
                if outer.fail_next:
                    outer.fail_next -= 1
                    return self.answer(500, b'{"message": "Erreur interne (simulee)"}')
                if parts.path != PATH:
                    return self.answer(404, b'{"message": "inconnu"}')
                status, body = outer.respond(query)
                self.answer(status, body)

            def answer(self, status, raw):
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(raw)))
                self.end_headers()
                self.wfile.write(raw)

            def log_message(self, *_args):
                pass

        super().__init__(Handler)

    @property
    def url(self) -> str:
        """The profile route on this server."""
        return self.root + PATH

    def respond(self, query: dict):
        """(status, body) of a request."""
        if self.garbage:
            return 200, b"<html>maintenance</html>"
        if query.get("resource") != RESOURCE:
            return 400, json.dumps({"code": "BAD_PARAMETER", "description": "not an accepted resource"}).encode()
        sep = query.get("delimiter", "|")
        lon = [float(v) for v in query["lon"].split(sep)]
        lat = [float(v) for v in query["lat"].split(sep)]
        n = int(query.get("sampling", 2))
        t = np.linspace(0.0, 1.0, n)
        lons, lats = lon[0] + (lon[-1] - lon[0]) * t, lat[0] + (lat[-1] - lat[0]) * t
        if self.swap:
            lons, lats = lats, lons
        z = np.round(self.terrain(t), 2)
        if query.get("zonly") == "true":
            body = {"elevations": z.tolist()}
        else:
            body = {
                "elevations": [
                    {"lon": float(a), "lat": float(b), "z": float(c), "acc": "Variable suivant la source de mesure"}
                    for a, b, c in zip(lons, lats, z)
                ],
                "height_differences": {
                    "positive": float(np.clip(np.diff(z), 0, None).sum()),
                    "negative": float(-np.clip(np.diff(z), None, 0).sum()),
                },
            }
        return 200, json.dumps(body).encode()

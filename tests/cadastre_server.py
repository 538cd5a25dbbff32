"""A local server answering like the Etalab cadastre bundler (``/communes/<INSEE>/geojson/parcelles``, gzip GeoJSON in
WGS 84) from a recorded real file, with the faults the tests need: server errors, a truncated body, a slow answer."""

import gzip
import http.server
import re
import time

from local_server import LocalServer

_PATH = re.compile(r"^/communes/(\w{5})/geojson/parcelles$")


class CadastreServer(LocalServer):
    """``with CadastreServer({insee: geojson bytes}) as server``: ``server.base_url``, ``server.requests`` (paths),
    and faults to set: ``fail_next`` (answers 500 that many times), ``truncate`` (cut the gzip body), ``delay`` (s)."""

    def __init__(self, communes: dict):
        self.communes = communes
        self.requests = []
        self.fail_next = 0
        self.truncate = False
        self.delay = 0.0
        outer = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self):  # noqa: N802
                outer.requests.append(self.path)
                if outer.delay:
                    time.sleep(outer.delay)
                m = _PATH.match(self.path)
                if outer.fail_next:
                    outer.fail_next -= 1
                    self.send_response(500)
                    self.end_headers()
                    return
                if not m or m.group(1) not in outer.communes:
                    self.send_response(404)
                    self.end_headers()
                    return
                body = gzip.compress(outer.communes[m.group(1)])
                if outer.truncate:
                    body = body[: len(body) // 2]
                self.send_response(200)
                self.send_header("Content-Type", "application/geo+json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *_args):
                pass

        super().__init__(Handler)

    @property
    def base_url(self) -> str:
        """The bundler's address on this server."""
        return self.root + "/"

"""A local tile server for the basemap tests: every GET answers one PNG tile of a single colour and is recorded, so
the tests prove that QGIS draws the tiles the plugin asked for, without the Internet."""

import http.server
from urllib.parse import parse_qs, urlsplit

from local_server import LocalServer


class TileServer(LocalServer):
    """``with TileServer(png) as server``: ``server.base_url`` (a WMTS address), ``server.requests`` (query dicts)."""

    def __init__(self, png: bytes):
        self.png = png
        self.requests = []
        outer = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self):  # noqa: N802
                outer.requests.append({k: v[0] for k, v in parse_qs(urlsplit(self.path).query).items()})
                self.send_response(200)
                self.send_header("Content-Type", "image/png")
                self.send_header("Content-Length", str(len(outer.png)))
                self.end_headers()
                self.wfile.write(outer.png)

            def log_message(self, *_args):
                pass

        super().__init__(Handler)

    @property
    def base_url(self) -> str:
        """The service's address on this server."""
        return self.root + "/wmts"


def closed_port_url() -> str:
    """A WMTS address on which nothing listens (an offline service)."""
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    return f"http://127.0.0.1:{port}/wmts"

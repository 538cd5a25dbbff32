"""A local server that attacks its client (issue 27, «deadlines and caps on every network read»): ``/drip`` sends one
byte every ``drip_every`` seconds of a body it announces whole (``/drip-head``: of its headers), ``/big`` a body of
``big_bytes`` (with its ``Content-Length``, or without it and read until the connection closes: ``/big?unannounced``),
``/bomb`` a gzip body small on the wire and ``bomb_bytes`` long once decompressed (a valid GeoJSON FeatureCollection
padded with spaces)."""

import gzip
import http.server
import time

from local_server import LocalServer


class LimitServer(LocalServer):
    """``with LimitServer() as server``: ``server.root`` + ``/drip``, ``/big``, ``/big?unannounced``, ``/bomb``."""

    def __init__(self, drip_every: float = 0.2, big_bytes: int = 1_000_000, bomb_bytes: int = 20_000_000):
        self.drip_every = drip_every
        self.big_bytes = big_bytes
        self.bomb = gzip.compress(b'{"type": "FeatureCollection", "features": []}' + b" " * bomb_bytes)
        outer = self

        class Handler(http.server.BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.0"

            def do_GET(self):  # noqa: N802
                try:
                    if self.path.startswith("/drip-head"):  # the headers themselves, one byte at a time
                        for byte in b"HTTP/1.0 200 OK\r\nX-Lent: " + b"x" * 1000:
                            self.wfile.write(bytes([byte]))
                            self.wfile.flush()
                            time.sleep(outer.drip_every)
                    elif self.path.startswith("/drip"):
                        self.head(1000)
                        for _ in range(1000):
                            self.wfile.write(b" ")
                            self.wfile.flush()
                            time.sleep(outer.drip_every)
                    elif self.path.startswith("/big"):
                        self.head(None if "unannounced" in self.path else outer.big_bytes)
                        chunk = b"x" * 65536
                        for start in range(0, outer.big_bytes, len(chunk)):
                            self.wfile.write(chunk[: outer.big_bytes - start])
                    elif self.path.startswith("/bomb"):
                        self.head(len(outer.bomb), gzip=True)
                        self.wfile.write(outer.bomb)
                    else:
                        self.send_error(404)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client gave up: what is being tested

            def head(self, length, gzip=False):
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                if gzip:
                    self.send_header("Content-Encoding", "gzip")
                if length is not None:
                    self.send_header("Content-Length", str(length))
                self.end_headers()

            def log_message(self, *_args):
                pass

        super().__init__(Handler)

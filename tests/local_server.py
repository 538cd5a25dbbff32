"""What the tests' local HTTP servers share: a thread on 127.0.0.1, a free port, started and stopped with «with»."""

import http.server
import threading


class LocalServer:
    """A threaded HTTP server on 127.0.0.1 with ``handler`` (a BaseHTTPRequestHandler class), for ``with`` blocks."""

    def __init__(self, handler):
        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    @property
    def root(self) -> str:
        """``http://127.0.0.1:<port>``."""
        return f"http://127.0.0.1:{self.httpd.server_address[1]}"

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.httpd.shutdown()
        self.httpd.server_close()

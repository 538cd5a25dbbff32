"""HTTP for the official feeds, headless: ``urllib`` honours ``http_proxy``/``https_proxy``/``no_proxy``; a timeout,
retries with exponential back-off on timeouts and server errors (HTTP 5xx), gzip accepted. Inside QGIS,
:func:`veille_plugin.qgis_adapters.network.qgis_get` has the same contract over QGIS's network stack (its proxy,
SSL and authentication settings apply); every feed takes the getter as a parameter.
"""

import gzip
import time
import urllib.error
import urllib.request


class FeedOfflineError(Exception):
    """The service did not answer (network down, timeout, repeated server errors)."""


class FeedNotFoundError(Exception):
    """The service answered that it has nothing for that commune (HTTP 404)."""


def http_get(url: str, timeout: float = 30.0, retries: int = 3, backoff: float = 1.0, sleep=time.sleep) -> bytes:
    """The body at ``url`` (gzip accepted), retried with back-off on timeouts and server errors (HTTP 5xx).
    Raises :class:`FeedNotFoundError` on HTTP 404 and :class:`FeedOfflineError` when the service cannot be reached."""
    request = urllib.request.Request(url, headers={"Accept-Encoding": "gzip", "User-Agent": "veille-patrimoniale"})
    last = None
    for attempt in range(retries):
        try:
            with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310 (http(s) only, below)
                return response.read()
        except urllib.error.HTTPError as exc:
            if exc.code == 404:
                raise FeedNotFoundError(url) from None
            if exc.code < 500:
                raise FeedOfflineError(f"HTTP {exc.code}") from None
            last = f"HTTP {exc.code}"
        except (urllib.error.URLError, TimeoutError, OSError) as exc:
            last = str(getattr(exc, "reason", exc))
        if attempt + 1 < retries:
            sleep(backoff * 2**attempt)
    raise FeedOfflineError(last or "?")


def gunzip_if_needed(raw: bytes) -> bytes:
    """The body itself: gzip-compressed bodies (magic bytes 1f 8b) are decompressed, others returned as they are.
    A truncated gzip stream raises ``EOFError`` or ``OSError``."""
    return gzip.decompress(raw) if raw[:2] == b"\x1f\x8b" else raw

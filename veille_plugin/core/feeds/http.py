"""HTTP for the official feeds, headless: ``urllib`` honours ``http_proxy``/``https_proxy``/``no_proxy``; a timeout,
retries with exponential back-off on timeouts and server errors (HTTP 5xx), gzip accepted. Inside QGIS,
:func:`veille_plugin.qgis_adapters.network.qgis_get` has the same contract over QGIS's network stack (its proxy,
SSL and authentication settings apply); every feed takes the getter as a parameter.

Every read is bounded: an overall deadline per request (all attempts and back-offs included, besides the timeout
of each read), a cap on the body's size (read in chunks, never whole past the cap) and, in
:func:`gunzip_if_needed`, a cap on the decompressed size (decompressed incrementally). A violation raises
:class:`FeedTooLargeError` or :class:`FeedDeadlineError`, both :class:`FeedOfflineError`: the callers keep the last
version they used, as when the service is down.
"""

import threading
import time
import urllib.error
import urllib.request
import zlib
from functools import partial
from typing import Optional

from ..i18n import tr

#: Overall deadline of one request, all attempts included (seconds)
DEFAULT_DEADLINE = 120.0
#: Longest a whole run of requests may take (a PLU watch; seconds): past it, no new request is sent
DEFAULT_RUN_DEADLINE = 3600.0
#: Largest body read (bytes, as received)
MAX_BODY_BYTES = 64 * 1024 * 1024
#: Largest body once decompressed (bytes)
MAX_DECOMPRESSED_BYTES = 256 * 1024 * 1024
#: Size of one read of the body (bytes)
CHUNK_BYTES = 64 * 1024


class FeedOfflineError(Exception):
    """The service did not answer (network down, timeout, repeated server errors)."""


class FeedNotFoundError(Exception):
    """The service answered that it has nothing for that commune (HTTP 404)."""


class FeedTooLargeError(FeedOfflineError):
    """The answer is larger than the cap (as received or decompressed): it is not read further."""


class FeedDeadlineError(FeedOfflineError):
    """The answer did not arrive whole within the overall deadline of the request."""


def megabytes(n: int) -> str:
    """``n`` bytes in MB (decimals, with a comma, only below 10 MB), for the French messages."""
    mb = n / (1024 * 1024)
    return (f"{mb:.0f}" if mb >= 10 else f"{mb:.2g}").replace(".", ",")


def too_large(url: str, limit: int) -> FeedTooLargeError:
    """The error of a body over ``limit`` bytes as received."""
    return FeedTooLargeError(
        tr("Réponse de {u} trop volumineuse (plus de {n} Mo) : elle n'est pas lue.").format(u=url, n=megabytes(limit))
    )


def too_slow(url: str, deadline: float) -> FeedDeadlineError:
    """The error of an answer not complete within ``deadline`` seconds."""
    return FeedDeadlineError(
        tr("{u} n'a pas donné sa réponse entière en {s} s (délai maximal d'une requête) : elle est abandonnée.").format(
            u=url, s=f"{deadline:g}"
        )
    )


def _read_bounded(response, url: str, deadline: float, ends_at: float, max_bytes: int) -> bytes:
    length = response.headers.get("Content-Length")
    if length and length.strip().isdigit() and int(length) > max_bytes:
        raise too_large(url, max_bytes)
    chunks, size = [], 0
    read = getattr(response, "read1", response.read)
    while True:
        if time.monotonic() > ends_at:
            raise too_slow(url, deadline)
        chunk = read(CHUNK_BYTES)
        if not chunk:
            return b"".join(chunks)
        size += len(chunk)
        if size > max_bytes:
            raise too_large(url, max_bytes)
        chunks.append(chunk)


def _within_deadline(call, url: str, deadline: float, ends_at: float):
    """``call()``'s result, or :func:`too_slow` when it has not returned by ``ends_at``: the timeout of each read does
    not bound a server that sends its status line and headers one byte at a time, so the request runs in a daemon
    thread that is left behind (its socket closes with its own read timeout or with the process)."""
    box: dict = {}

    def target():
        try:
            box["value"] = call()
        except BaseException as exc:  # noqa: BLE001 (handed to the caller's thread as it is)
            box["error"] = exc

    worker = threading.Thread(target=target, name="veille-http", daemon=True)
    worker.start()
    worker.join(max(0.0, ends_at - time.monotonic()))
    if worker.is_alive():
        raise too_slow(url, deadline)
    if "error" in box:
        raise box["error"]
    return box["value"]


def _fetch_once(request, url: str, wait: float, deadline: float, ends_at: float, max_bytes: int) -> bytes:
    with urllib.request.urlopen(request, timeout=wait) as response:  # noqa: S310 (http(s) only)
        return _read_bounded(response, url, deadline, ends_at, max_bytes)


def http_get(
    url: str,
    timeout: float = 30.0,
    retries: int = 3,
    backoff: float = 1.0,
    sleep=time.sleep,
    deadline: float = DEFAULT_DEADLINE,
    max_bytes: int = MAX_BODY_BYTES,
) -> bytes:
    """The body at ``url`` (gzip accepted), retried with back-off on timeouts and server errors (HTTP 5xx), whole
    within ``deadline`` seconds and at most ``max_bytes`` long. Raises :class:`FeedNotFoundError` on HTTP 404,
    :class:`FeedTooLargeError`/:class:`FeedDeadlineError` past a limit and :class:`FeedOfflineError` when the
    service cannot be reached."""
    request = urllib.request.Request(url, headers={"Accept-Encoding": "gzip", "User-Agent": "veille-patrimoniale"})
    ends_at = time.monotonic() + deadline
    last = None
    for attempt in range(retries):
        left = ends_at - time.monotonic()
        if left <= 0:
            raise too_slow(url, deadline)
        try:
            once = partial(_fetch_once, request, url, min(timeout, left), deadline, ends_at, max_bytes)
            return _within_deadline(once, url, deadline, ends_at)
        except urllib.error.HTTPError as exc:
            if exc.code == 404:
                raise FeedNotFoundError(url) from None
            if exc.code < 500:
                raise FeedOfflineError(f"HTTP {exc.code}") from None
            last = f"HTTP {exc.code}"
        except (urllib.error.URLError, TimeoutError, OSError) as exc:
            last = str(getattr(exc, "reason", exc))
        if attempt + 1 < retries:
            pause = backoff * 2**attempt
            if time.monotonic() + pause > ends_at:
                raise too_slow(url, deadline)
            sleep(pause)
    if time.monotonic() > ends_at:
        raise too_slow(url, deadline)
    raise FeedOfflineError(last or "?")


def gunzip_if_needed(raw: bytes, url: str = "", max_bytes: Optional[int] = None) -> bytes:
    """The body itself: gzip-compressed bodies (magic bytes 1f 8b, one member or more) are decompressed
    incrementally, others returned as they are. A truncated gzip stream raises ``EOFError``, a corrupt one
    ``zlib.error``; more than ``max_bytes`` (:data:`MAX_DECOMPRESSED_BYTES` by default) once decompressed raises
    :class:`FeedTooLargeError` naming ``url``."""
    if raw[:2] != b"\x1f\x8b":
        return raw
    max_bytes = MAX_DECOMPRESSED_BYTES if max_bytes is None else max_bytes
    out, size, data = [], 0, raw
    while data[:2] == b"\x1f\x8b":
        stream = zlib.decompressobj(16 + zlib.MAX_WBITS)
        while data:
            part = stream.decompress(data, CHUNK_BYTES)
            size += len(part)
            if size > max_bytes:
                raise FeedTooLargeError(
                    tr(
                        "Réponse de {u} trop volumineuse une fois décompressée (plus de {n} Mo) : elle n'est pas lue."
                    ).format(u=url or "?", n=megabytes(max_bytes))
                )
            out.append(part)
            data = stream.unconsumed_tail
            if stream.eof:
                break
        if not stream.eof:
            raise EOFError("Compressed file ended before the end-of-stream marker was reached")
        data = stream.unused_data
    return b"".join(out)

"""Downloads through QGIS's own network stack (``QgsBlockingNetworkRequest``), so that the proxy, SSL and
authentication settings of QGIS apply; usable from a background task's thread. Same contract as
:func:`veille_plugin.core.feeds.http.http_get`, limits included: an overall deadline per request (a timer cancels
the request's feedback when it passes, so a server sending one byte at a time is abandoned) and a cap on the body's
size (the download is aborted as soon as the announced or received size passes it; Qt decompresses gzip itself,
so the cap applies to the decompressed body too)."""

import threading
import time

from qgis.core import QgsBlockingNetworkRequest, QgsFeedback
from qgis.PyQt.QtCore import QUrl
from qgis.PyQt.QtNetwork import QNetworkRequest

from ..core.feeds.http import (
    DEFAULT_DEADLINE,
    MAX_BODY_BYTES,
    FeedNotFoundError,
    FeedOfflineError,
    FeedRefusedError,
    status_words,
    too_large,
    too_slow,
)


def qgis_get(
    url: str,
    retries: int = 3,
    backoff: float = 1.0,
    sleep=time.sleep,
    deadline: float = DEFAULT_DEADLINE,
    max_bytes: int = MAX_BODY_BYTES,
) -> bytes:
    """The body at ``url``, retried with back-off on server errors and network failures, whole within ``deadline``
    seconds and at most ``max_bytes`` long; FeedNotFoundError on HTTP 404, FeedTooLargeError/FeedDeadlineError past
    a limit, FeedOfflineError when the service cannot be reached."""
    ends_at = time.monotonic() + deadline
    last = "?"
    for attempt in range(retries):
        left = ends_at - time.monotonic()
        if left <= 0:
            raise too_slow(url, deadline)
        request = QgsBlockingNetworkRequest()
        asked = QNetworkRequest(QUrl(url))
        # A feed is read fresh or not at all: never saved to, nor answered from, QGIS's HTTP cache (after a server
        # error, Qt would otherwise hand back the last cached body, an old version taken for the current one).
        asked.setAttribute(
            QNetworkRequest.Attribute.CacheLoadControlAttribute, QNetworkRequest.CacheLoadControl.AlwaysNetwork
        )
        asked.setAttribute(QNetworkRequest.Attribute.CacheSaveControlAttribute, False)
        feedback = QgsFeedback()
        over = []

        def progress(received, total, feedback=feedback, over=over):
            if received > max_bytes or total > max_bytes:
                over.append("size")
                feedback.cancel()

        request.downloadProgress.connect(progress)
        timer = threading.Timer(left, feedback.cancel)
        timer.daemon = True
        timer.start()
        try:
            error = request.get(asked, True, feedback)
        finally:
            timer.cancel()
        if over:
            raise too_large(url, max_bytes)
        if feedback.isCanceled() or time.monotonic() > ends_at:
            raise too_slow(url, deadline)
        reply = request.reply()
        status = reply.attribute(QNetworkRequest.Attribute.HttpStatusCodeAttribute)
        cached = bool(reply.attribute(QNetworkRequest.Attribute.SourceIsFromCacheAttribute))
        if error == QgsBlockingNetworkRequest.ErrorCode.NoError and status in (None, 200) and not cached:
            content = reply.content()
            if len(content) > max_bytes:
                raise too_large(url, max_bytes)
            return bytes(content)
        if status == 404:
            raise FeedNotFoundError(url)
        if status is not None and 300 <= int(status) < 500:
            raise FeedRefusedError(status_words(int(status)))
        last = status_words(int(status)) if status else (request.errorMessage() or "?")
        if attempt + 1 < retries:
            pause = backoff * 2**attempt
            if time.monotonic() + pause > ends_at:
                raise too_slow(url, deadline)
            sleep(pause)
    raise FeedOfflineError(last)

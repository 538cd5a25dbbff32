"""Downloads through QGIS's own network stack (``QgsBlockingNetworkRequest``), so that the proxy, SSL and
authentication settings of QGIS apply; usable from a background task's thread. Same contract as
:func:`veille_plugin.core.feeds.http.http_get`."""

import time

from qgis.core import QgsBlockingNetworkRequest
from qgis.PyQt.QtCore import QUrl
from qgis.PyQt.QtNetwork import QNetworkRequest

from ..core.feeds.http import FeedNotFoundError, FeedOfflineError


def qgis_get(url: str, retries: int = 3, backoff: float = 1.0, sleep=time.sleep) -> bytes:
    """The body at ``url``, retried with back-off on server errors and network failures; FeedNotFoundError on HTTP
    404, FeedOfflineError when the service cannot be reached."""
    last = "?"
    for attempt in range(retries):
        request = QgsBlockingNetworkRequest()
        asked = QNetworkRequest(QUrl(url))
        # A feed is read fresh or not at all: never saved to, nor answered from, QGIS's HTTP cache (after a server
        # error, Qt would otherwise hand back the last cached body, an old version taken for the current one).
        asked.setAttribute(
            QNetworkRequest.Attribute.CacheLoadControlAttribute, QNetworkRequest.CacheLoadControl.AlwaysNetwork
        )
        asked.setAttribute(QNetworkRequest.Attribute.CacheSaveControlAttribute, False)
        error = request.get(asked, True)
        reply = request.reply()
        status = reply.attribute(QNetworkRequest.Attribute.HttpStatusCodeAttribute)
        cached = bool(reply.attribute(QNetworkRequest.Attribute.SourceIsFromCacheAttribute))
        if error == QgsBlockingNetworkRequest.ErrorCode.NoError and status in (None, 200) and not cached:
            return bytes(reply.content())
        if status == 404:
            raise FeedNotFoundError(url)
        if status is not None and 400 <= int(status) < 500:
            raise FeedOfflineError(f"HTTP {status}")
        last = request.errorMessage() or (f"HTTP {status}" if status else "?")
        if attempt + 1 < retries:
            sleep(backoff * 2**attempt)
    raise FeedOfflineError(last)

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

import http.client
import socket
import ssl
import threading
import time
import urllib.error
import urllib.request
import zlib
from functools import partial
from typing import Optional

from ..i18n import QT_TRANSLATE_NOOP, tr
from ..os_words import os_error_words

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


class FeedRefusedError(FeedOfflineError):
    """The service answered, but refused the request (an HTTP status 3xx left over, or 4xx other than 404): its
    message says why in French; the network itself works."""


class FeedTooLargeError(FeedOfflineError):
    """The answer is larger than the cap (as received or decompressed): it is not read further."""


class FeedDeadlineError(FeedOfflineError):
    """The answer did not arrive whole within the overall deadline of the request."""


#: What an HTTP status means, in French words, for the messages («le service a répondu HTTP 403 (accès refusé)»)
_STATUS_WORDS = {
    400: QT_TRANSLATE_NOOP("VeillePatrimoniale", "requête refusée"),
    401: QT_TRANSLATE_NOOP("VeillePatrimoniale", "authentification requise"),
    403: QT_TRANSLATE_NOOP("VeillePatrimoniale", "accès refusé"),
    404: QT_TRANSLATE_NOOP("VeillePatrimoniale", "adresse introuvable"),
    405: QT_TRANSLATE_NOOP("VeillePatrimoniale", "méthode refusée"),
    406: QT_TRANSLATE_NOOP("VeillePatrimoniale", "format de réponse refusé"),
    407: QT_TRANSLATE_NOOP("VeillePatrimoniale", "authentification du proxy requise"),
    408: QT_TRANSLATE_NOOP("VeillePatrimoniale", "délai dépassé côté serveur"),
    410: QT_TRANSLATE_NOOP("VeillePatrimoniale", "ressource supprimée"),
    413: QT_TRANSLATE_NOOP("VeillePatrimoniale", "requête trop volumineuse"),
    414: QT_TRANSLATE_NOOP("VeillePatrimoniale", "adresse trop longue"),
    429: QT_TRANSLATE_NOOP("VeillePatrimoniale", "trop de requêtes, réessayez plus tard"),
    500: QT_TRANSLATE_NOOP("VeillePatrimoniale", "erreur interne du service"),
    501: QT_TRANSLATE_NOOP("VeillePatrimoniale", "fonction non prise en charge par le service"),
    502: QT_TRANSLATE_NOOP("VeillePatrimoniale", "passerelle en erreur"),
    503: QT_TRANSLATE_NOOP("VeillePatrimoniale", "service indisponible"),
    504: QT_TRANSLATE_NOOP("VeillePatrimoniale", "passerelle sans réponse du service"),
}


def status_words(code: int) -> str:
    """«le service a répondu HTTP 403 (accès refusé)»: an HTTP status in a French message."""
    code = int(code)
    if code in _STATUS_WORDS:
        meaning = tr(_STATUS_WORDS[code])
    elif 300 <= code < 400:
        meaning = tr("redirection non suivie")
    elif 400 <= code < 500:
        meaning = tr("requête refusée")
    elif code >= 500:
        meaning = tr("erreur du service")
    else:
        meaning = tr("réponse inattendue")
    return tr("le service a répondu HTTP {c} ({m})").format(c=code, m=meaning)


def redirect_words(url: str, code: int, reason: str = "") -> str:
    """A redirect urllib did not follow, in French: a loop (the same address again, or more than 10 redirects), or
    a redirect to an address that is not http(s)."""
    if "infinite loop" in reason or "maximum redirection" in reason or not reason:
        return tr(
            "l'adresse {u} redirige en boucle (HTTP {c} répété) : le service est mal configuré ou l'adresse a changé"
        ).format(u=url, c=code)
    if "not allowed" in reason:
        return tr(
            "l'adresse {u} redirige vers une adresse qui n'est pas http(s) (HTTP {c}) : elle n'est pas suivie"
        ).format(u=url, c=code)
    return status_words(code)


def network_words(exc: BaseException) -> str:
    """Why a request did not get through, in French (urllib's and the socket's English words never reach the user;
    the technical detail of an unknown fault stays in parentheses)."""
    reason = getattr(exc, "reason", exc) if isinstance(exc, urllib.error.URLError) else exc
    if isinstance(reason, str):
        text = reason
        reason = exc
    else:
        text = str(reason)
    if isinstance(reason, socket.gaierror):
        return tr("nom du serveur introuvable (DNS)")
    if isinstance(reason, ssl.SSLCertVerificationError):
        return tr("certificat du serveur non valide")
    if isinstance(reason, ssl.SSLError):
        return tr("échec de la connexion sécurisée (SSL/TLS)")
    if isinstance(reason, http.client.RemoteDisconnected):
        return tr("le serveur a fermé la connexion sans répondre")
    if isinstance(reason, http.client.IncompleteRead):
        return tr("réponse incomplète : la connexion a été coupée pendant la lecture")
    if isinstance(reason, http.client.HTTPException):
        return tr("réponse HTTP invalide")
    if isinstance(reason, (TimeoutError, socket.timeout)) or "timed out" in text:
        return tr("délai d'attente dépassé")
    if isinstance(reason, OSError) and getattr(reason, "errno", None):
        return os_error_words(reason)
    if "unknown url type" in text:
        return tr("adresse non prise en charge (http ou https attendu)")
    return tr("erreur réseau ({e})").format(e=text or type(reason).__name__)


def decode_words(exc: BaseException) -> str:
    """Why an answer's body could not be read (gzip, UTF-8, JSON), in French, for the feeds' messages."""
    if isinstance(exc, EOFError):
        return tr("compression gzip tronquée")
    if isinstance(exc, zlib.error):
        return tr("compression gzip corrompue")
    if isinstance(exc, UnicodeDecodeError):
        return tr("texte qui n'est pas en UTF-8")
    if isinstance(exc, ValueError):
        return tr("JSON mal formé")
    if isinstance(exc, OSError):
        return os_error_words(exc)
    return tr("contenu illisible")


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
            if 300 <= exc.code < 400:  # urllib follows redirects: one left over is a loop or a refused target
                raise FeedRefusedError(redirect_words(url, exc.code, str(exc.msg or ""))) from None
            if exc.code < 500:
                raise FeedRefusedError(status_words(exc.code)) from None
            last = status_words(exc.code)
        except (urllib.error.URLError, TimeoutError, OSError, http.client.HTTPException) as exc:
            last = network_words(exc)
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

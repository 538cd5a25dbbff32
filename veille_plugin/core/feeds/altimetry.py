"""Terrain profiles from the Géoplateforme's altimetry service (IGN), for the covisibility over the relief.

Documentation followed: «Service Géoplateforme de calcul altimétrique» (geoservices.ign.fr, and the cartes.gouv.fr
user guide «Calcul altimétrique»): a REST API, GET or POST, without a key, limited to 5 requests a second from one
IP address. The profile route is ``elevationLine.json`` under
``https://data.geopf.fr/altimetrie/1.0/calcul/alti/rest/``, with:

- ``lon`` and ``lat``: the path's vertices in WGS 84 (longitude, latitude), joined by the ``delimiter`` (``|``);
- ``resource``: the altimetric resource, here ``ign_rge_alti_wld`` (RGE ALTI® over France);
- ``sampling``: the number of points of the profile along the path (2 to 5,000);
- ``profile_mode``: ``simple`` or ``accurate``; ``zonly``: ``false`` to get each point's lon, lat and z;
  ``indent``: ``false``.

The answer is ``{"elevations": [{"lon": …, "lat": …, "z": …, "acc": …}, …], "height_differences": {…}}`` (with
``zonly=true``, ``elevations`` is a list of numbers); a point without data has ``z`` = -99999.

A profile is fetched through an injectable getter like the other feeds (:func:`.http.http_get` headless,
:func:`veille_plugin.qgis_adapters.network.qgis_get` inside QGIS), at most 5 requests a second
(:class:`RateLimiter`, with an injectable clock), and kept on disk (key: the endpoints rounded to 10⁻⁵ degree, about
a metre, the sampling and the resource) in the configuration folder's ``altimetrie`` or a given folder: the same
profile is asked once. A profile is checked before it is kept (:func:`check_profile`: between the points asked, with
altitudes, all plausible); a suspect one raises :class:`InputError` and is not cached. The service unreachable
raises :class:`.http.FeedOfflineError`; after that the source asks nothing more in the same run (every further
profile not in the cache is offline at once, rather than waiting for the retries again and again).
"""

import hashlib
import json
import threading
import time
import urllib.parse
import zlib
from collections import deque
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Optional

import numpy as np

from ..errors import InputError
from ..i18n import tr
from .http import FeedNotFoundError, FeedOfflineError, decode_words, gunzip_if_needed, http_get

#: The profile route of the public service
ELEVATION_LINE_URL = "https://data.geopf.fr/altimetrie/1.0/calcul/alti/rest/elevationLine.json"
#: The altimetric resource asked (RGE ALTI® over France)
RESOURCE = "ign_rge_alti_wld"
#: What the service allows from one IP address
MAX_REQUESTS_PER_SECOND = 5
#: Most points the service returns for one profile
MAX_SAMPLING = 5000
#: Altitudes at or below this are «no data» (the service writes -99999)
NO_DATA_BELOW = -1000.0
#: Decimals of the endpoints (degrees) in the cache key: 10⁻⁵ degree is about a metre
KEY_DECIMALS = 5


class RateLimiter:
    """At most ``max_calls`` calls in any window of ``period`` seconds: :meth:`wait` sleeps until a call may go.
    ``clock`` and ``sleep`` are injectable (a fake clock in the tests); thread-safe."""

    def __init__(
        self,
        max_calls: int = MAX_REQUESTS_PER_SECOND,
        period: float = 1.0,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
    ):
        self.max_calls, self.period, self.clock, self.sleep = max_calls, period, clock, sleep
        self._calls = deque()
        self._lock = threading.Lock()

    def wait(self) -> None:
        """Block until a call is allowed, then count it."""
        with self._lock:
            while True:
                now = self.clock()
                while self._calls and now - self._calls[0] >= self.period:
                    self._calls.popleft()
                if len(self._calls) < self.max_calls:
                    self._calls.append(now)
                    return
                self.sleep(max(self._calls[0] + self.period - now, 1e-3))


#: One limiter for the process: the service counts the requests of the IP address, whatever asks them.
SHARED_LIMITER = RateLimiter()


@dataclass
class Profile:
    """A terrain profile: longitudes, latitudes (WGS 84) and altitudes (metres, NaN where the service has none)."""

    lon: np.ndarray
    lat: np.ndarray
    z: np.ndarray
    from_cache: bool = False


def profile_url(
    lon1: float,
    lat1: float,
    lon2: float,
    lat2: float,
    sampling: int,
    base_url: str = ELEVATION_LINE_URL,
    resource: str = RESOURCE,
) -> str:
    """The address of the profile between two points (WGS 84) with ``sampling`` points."""
    params = {
        "lon": f"{lon1:.7f}|{lon2:.7f}",
        "lat": f"{lat1:.7f}|{lat2:.7f}",
        "resource": resource,
        "delimiter": "|",
        "sampling": int(sampling),
        "profile_mode": "accurate",
        "zonly": "false",
        "indent": "false",
    }
    return f"{base_url}?{urllib.parse.urlencode(params, safe='|')}"


def parse_profile(raw: bytes, url: str) -> Profile:
    """The profile in an answer of the service; InputError (French) when it is not one."""
    try:
        data = json.loads(gunzip_if_needed(raw, url).decode("utf-8"))
    except (OSError, EOFError, zlib.error, UnicodeDecodeError, ValueError) as exc:
        raise InputError(
            tr("Réponse illisible du service d'altimétrie {u} ({e}).").format(u=url, e=decode_words(exc))
        ) from None
    points = data.get("elevations") if isinstance(data, dict) else None
    if not isinstance(points, list) or len(points) < 2:
        raise InputError(
            tr("Réponse inattendue du service d'altimétrie {u} : pas de profil (« elevations »).").format(u=url)
        )
    try:
        if all(isinstance(p, dict) for p in points):
            lon = np.array([float(p["lon"]) for p in points])
            lat = np.array([float(p["lat"]) for p in points])
            z = np.array([float(p["z"]) for p in points])
        else:
            raise KeyError("lon")
    except (KeyError, TypeError, ValueError):
        raise InputError(
            tr("Réponse inattendue du service d'altimétrie {u} : points sans lon, lat et z.").format(u=url)
        ) from None
    z[~np.isfinite(z) | (z <= NO_DATA_BELOW)] = np.nan
    return Profile(lon, lat, z)


#: Altitudes a profile in France may hold (m): outside, the service answered something else
PLAUSIBLE_Z = (-200.0, 5000.0)
#: How far a profile's ends may lie from the points asked (degrees, about 200 m)
END_TOLERANCE = 0.002


def check_profile(profile: Profile, lon1: float, lat1: float, lon2: float, lat2: float) -> str:
    """Why a parsed profile is suspect, in French («» when fine): it does not run between the points asked
    (swapped or shifted coordinates), it has no altitude at all, or altitudes no place in France has."""
    ends = ((profile.lon[0], profile.lat[0]), (profile.lon[-1], profile.lat[-1]))
    asked = ((lon1, lat1), (lon2, lat2))
    if any(abs(a - b) > END_TOLERANCE for end, want in zip(ends, asked) for a, b in zip(end, want)):
        return tr("le profil ne va pas des points demandés ({a}) mais de {g}").format(
            a=" → ".join(f"{x:.5f}, {y:.5f}" for x, y in asked),
            g=" → ".join(f"{float(x):.5f}, {float(y):.5f}" for x, y in ends),
        )
    known = profile.z[np.isfinite(profile.z)]
    if not len(known):
        return tr("aucune altitude connue le long du profil")
    low, high = PLAUSIBLE_Z
    if known.min() < low or known.max() > high:
        return tr("altitudes de {a:.0f} m à {b:.0f} m, impossibles en France").format(a=known.min(), b=known.max())
    return ""


def cache_key(lon1, lat1, lon2, lat2, sampling: int, resource: str = RESOURCE) -> str:
    """The cache's name for a profile: its rounded endpoints, sampling and resource."""
    text = "|".join(f"{v:.{KEY_DECIMALS}f}" for v in (lon1, lat1, lon2, lat2)) + f"|{int(sampling)}|{resource}"
    return hashlib.sha256(text.encode("ascii")).hexdigest()[:32]


def default_cache_dir() -> Path:
    """The configuration folder's «altimetrie»."""
    from .. import config

    return config.config_dir() / "altimetrie"


def configured_url() -> Optional[str]:
    """The profile address of the user's settings (``altimetry_url``: a mirror, a test server), or None."""
    from .. import config

    return config.load_settings().altimetry_url


class ProfileSource:
    """Where the profiles come from: the cache first, else the service through ``get`` (rate-limited), at
    ``base_url`` (default: the settings' ``altimetry_url``, else the Géoplateforme).

    ``requests`` counts the requests sent; ``offline`` is set by the first failure to reach the service, after which
    only the cache answers (:class:`.http.FeedOfflineError` otherwise)."""

    def __init__(
        self,
        get: Callable[[str], bytes] = http_get,
        base_url: Optional[str] = None,
        cache_dir=None,
        limiter: Optional[RateLimiter] = None,
        resource: str = RESOURCE,
    ):
        self.get = get
        self.base_url = base_url or configured_url() or ELEVATION_LINE_URL
        self.cache_dir = Path(cache_dir) if cache_dir is not None else default_cache_dir()
        self.limiter = limiter or SHARED_LIMITER
        self.resource = resource
        self.requests = 0
        self.offline: Optional[str] = None

    def _cached(self, key: str) -> Optional[Profile]:
        path = self.cache_dir / f"{key}.json"
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            z = np.array([np.nan if v is None else float(v) for v in data["z"]])
            return Profile(np.array(data["lon"], float), np.array(data["lat"], float), z, from_cache=True)
        except (OSError, ValueError, KeyError, TypeError):
            return None

    def _store(self, key: str, profile: Profile) -> None:
        data = {
            "lon": [round(float(v), 7) for v in profile.lon],
            "lat": [round(float(v), 7) for v in profile.lat],
            "z": [None if np.isnan(v) else round(float(v), 2) for v in profile.z],
        }
        try:
            self.cache_dir.mkdir(parents=True, exist_ok=True)
            tmp = self.cache_dir / f"{key}.tmp"
            tmp.write_text(json.dumps(data, separators=(",", ":")), encoding="utf-8")
            tmp.replace(self.cache_dir / f"{key}.json")
        except OSError:  # a cache that cannot be written costs a request next time, nothing else
            pass

    def profile(self, lon1: float, lat1: float, lon2: float, lat2: float, sampling: int) -> Profile:
        """The terrain profile from (lon1, lat1) to (lon2, lat2) with ``sampling`` points (WGS 84)."""
        sampling = int(min(max(sampling, 2), MAX_SAMPLING))
        key = cache_key(lon1, lat1, lon2, lat2, sampling, self.resource)
        cached = self._cached(key)
        if cached is not None:
            return cached
        if self.offline is not None:
            raise FeedOfflineError(self.offline)
        url = profile_url(lon1, lat1, lon2, lat2, sampling, self.base_url, self.resource)
        self.limiter.wait()
        self.requests += 1
        try:
            raw = self.get(url)
        except FeedNotFoundError:
            self.offline = "HTTP 404"
            raise FeedOfflineError(self.offline) from None
        except FeedOfflineError as exc:
            self.offline = str(exc) or "?"
            raise
        profile = parse_profile(raw, url)
        suspect = check_profile(profile, lon1, lat1, lon2, lat2)
        if suspect:
            raise InputError(
                tr("Réponse suspecte du service d'altimétrie {u} : {r} ; elle n'est pas gardée.").format(
                    u=url, r=suspect
                )
            )
        self._store(key, profile)
        return profile

"""Cadastral parcels fetched for the sweep, commune by commune, from the Etalab cadastre («parcels by themselves»).

Documentation followed: «Cadastre Etalab», https://cadastre.data.gouv.fr/datasets/cadastre-etalab — the bundler
serves, for one commune, the parcels of the latest millésime as a gzip-compressed GeoJSON FeatureCollection in WGS 84:
``https://cadastre.data.gouv.fr/bundler/cadastre-etalab/communes/<INSEE>/geojson/parcelles``. Each feature's ``id`` is
the 14-character parcel id (IDU: commune, prefixe, section, numero), with ``commune``, ``prefixe``, ``section``,
``numero`` and ``contenance`` in its properties. Licence Ouverte / Etalab 2.0 (data: DGFiP, PCI).

Each commune's file is kept in a cache folder by commune and date and reused while younger than ``max_age_days``;
offline, the latest cached copy is used and its date said. A download is checked whole (gzip, JSON, a
FeatureCollection of parcels of that commune) and checked for sense (:func:`check_parcels`: not empty, in longitudes
and latitudes, not half the parcels of the cached copy) before it is stored, under a temporary name then renamed: a
truncated or suspect answer is never kept, and the cached copy stays in use. Network: ``urllib`` (it honours
``http_proxy``/``https_proxy``/``no_proxy``), with a timeout and retries with back-off; inside QGIS a caller may pass
QGIS's own network stack as ``get``.
"""

import datetime as _dt
import json
import re
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Optional

from ..errors import InputError
from ..i18n import tr
from .http import (
    FeedDeadlineError,
    FeedNotFoundError,
    FeedOfflineError,
    FeedRefusedError,
    FeedTooLargeError,
    decode_words,
    gunzip_if_needed,
    http_get,
)

#: The Etalab cadastre bundler (public, no key)
ETALAB_CADASTRE = "https://cadastre.data.gouv.fr/bundler/cadastre-etalab"
#: A commune's parcels are downloaded again when the cached copy is older than this (days)
DEFAULT_MAX_AGE_DAYS = 30
_CACHED = re.compile(r"^parcelles-(\d{5}|\d[AB]\d{3})-(\d{4}-\d{2}-\d{2})\.geojson$")
_INSEE = re.compile(r"^(\d{5}|2[AB]\d{3})$")


def commune_url(insee: str, base_url: str = ETALAB_CADASTRE) -> str:
    """The bundler's address of one commune's parcels."""
    return f"{base_url.rstrip('/')}/communes/{insee}/geojson/parcelles"


def decode_parcels(raw: bytes, insee: str, url: str = "") -> dict:
    """The FeatureCollection of a download, checked whole: gzip (or plain) JSON, a FeatureCollection whose features
    have a 14-character id of that commune. Raises InputError (French) on a truncated or foreign body."""
    try:
        text = gunzip_if_needed(raw, url)
        data = json.loads(text.decode("utf-8"))
    except (OSError, EOFError, zlib.error, UnicodeDecodeError, ValueError) as exc:
        raise InputError(
            tr("Parcelles de la commune {c} : réponse incomplète ou illisible ({e}) ; elle n'est pas gardée.").format(
                c=insee, e=decode_words(exc)
            )
        ) from None
    features = data.get("features") if isinstance(data, dict) else None
    if not isinstance(features, list) or data.get("type") != "FeatureCollection":
        raise InputError(
            tr("Parcelles de la commune {c} : la réponse n'est pas une collection d'entités GeoJSON.").format(c=insee)
        )
    ids = [str(f.get("id") or (f.get("properties") or {}).get("id") or "") for f in features]
    foreign = [i for i in ids if len(i) != 14 or not i.startswith(insee)]
    if foreign:
        raise InputError(
            tr(
                "Parcelles de la commune {c} : {k} entité(s) sans identifiant de parcelle de cette commune "
                "(ex. « {x} ») ; le format du service a-t-il changé ?"
            ).format(c=insee, k=len(foreign), x=foreign[0][:20])
        )
    return data


#: Metropolitan France in longitudes and latitudes (with a margin): parcels elsewhere are not in WGS 84
FRANCE_LONLAT = (-6.0, 41.0, 10.0, 51.6)
#: Share of the cached copy's parcels a new download must keep
KEPT_SHARE = 0.5
#: Parcels whose coordinates are checked in a download (spread over the file)
SAMPLE = 500


def check_parcels(data: dict, insee: str, previous_count: Optional[int]) -> str:
    """Why a decoded download is suspect, in French («» when fine): no parcel at all, coordinates outside
    metropolitan France in longitudes and latitudes (another CRS served as WGS 84), or fewer than half the parcels
    of the cached copy (``previous_count``)."""
    import shapely.geometry

    features = data["features"]
    if not features:
        return tr("aucune parcelle dans la réponse (réponse vide)")
    x0, y0, x1, y1 = FRANCE_LONLAT
    step = max(1, len(features) // SAMPLE)
    for f in features[::step]:
        try:
            b = shapely.geometry.shape(f["geometry"]).bounds
        except (KeyError, TypeError, ValueError, AttributeError, shapely.errors.ShapelyError):
            continue
        if not (x0 <= b[0] <= b[2] <= x1 and y0 <= b[1] <= b[3] <= y1):
            return tr(
                "coordonnées hors de la France métropolitaine en longitudes et latitudes (parcelle {p}) : un autre "
                "système (Lambert-93 ?) servi comme WGS 84"
            ).format(p=f.get("id") or "?")
    if previous_count and len(features) < KEPT_SHARE * previous_count:
        return tr("{n} parcelle(s) au lieu de {p} dans la copie précédente").format(n=len(features), p=previous_count)
    return ""


def _count_parcels(path: Path) -> Optional[int]:
    try:
        return len(json.loads(path.read_text(encoding="utf-8")).get("features") or [])
    except (OSError, ValueError, AttributeError):
        return None


@dataclass
class CommuneParcels:
    """One commune's parcels: the cached file, its date, whether it came from the cache, and what to tell."""

    insee: str
    path: Optional[Path]
    fetched_on: Optional[_dt.date]
    from_cache: bool
    message: Optional[str] = None


def cached_copies(cache_dir, insee: str) -> list:
    """[(date, path)] of a commune's cached parcels, newest first."""
    folder = Path(cache_dir)
    found = []
    for p in folder.glob(f"parcelles-{insee}-*.geojson") if folder.is_dir() else []:
        m = _CACHED.match(p.name)
        if m and m.group(1) == insee:
            found.append((_dt.date.fromisoformat(m.group(2)), p))
    return sorted(found, reverse=True)


def fetch_commune_parcels(
    insee: str,
    cache_dir,
    base_url: str = ETALAB_CADASTRE,
    max_age_days: int = DEFAULT_MAX_AGE_DAYS,
    get: Callable[[str], bytes] = http_get,
    today: Optional[_dt.date] = None,
) -> CommuneParcels:
    """A commune's parcels: the cached copy while young enough, else a download (stored whole, atomically); offline,
    the latest cached copy with its date said; with nothing cached, a French message and no parcels."""
    today = today or _dt.date.today()
    cache = Path(cache_dir)
    copies = cached_copies(cache, insee)
    if copies and (today - copies[0][0]).days <= max_age_days:
        return CommuneParcels(insee, copies[0][1], copies[0][0], True)
    url = commune_url(insee, base_url)
    try:
        data = decode_parcels(get(url), insee, url)
        suspect = check_parcels(data, insee, _count_parcels(copies[0][1]) if copies else None)
        if suspect:
            raise InputError(tr("réponse suspecte de {u} : {r} ; elle n'est pas gardée").format(u=url, r=suspect))
    except FeedNotFoundError:
        return CommuneParcels(
            insee, None, None, False, tr("Aucune parcelle publiée pour la commune {c} ({u}).").format(c=insee, u=url)
        )
    except (FeedOfflineError, InputError) as exc:
        whole = isinstance(
            exc, (InputError, FeedTooLargeError, FeedDeadlineError, FeedRefusedError)
        )  # already name the address
        reason = str(exc) if whole else tr("{u} ne répond pas ({e})").format(u=url, e=exc)
        if copies:
            return CommuneParcels(
                insee,
                copies[0][1],
                copies[0][0],
                True,
                tr("Parcelles de la commune {c} : {r} ; copie en cache du {d} utilisée.").format(
                    c=insee, r=reason, d=copies[0][0].strftime("%d/%m/%Y")
                ),
            )
        return CommuneParcels(
            insee,
            None,
            None,
            False,
            tr(
                "Parcelles de la commune {c} indisponibles : {r}, et aucune copie en cache. Ses dossiers sont "
                "localisés par leurs coordonnées ou leur commune ; relancez une fois en ligne, ou donnez une couche de "
                "parcelles."
            ).format(c=insee, r=reason),
        )
    cache.mkdir(parents=True, exist_ok=True)
    target = cache / f"parcelles-{insee}-{today.isoformat()}.geojson"
    tmp = target.with_suffix(".tmp")
    tmp.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    tmp.replace(target)
    for _date, old in copies:  # the older copies are superseded (the newest one stays for offline use)
        if old != target:
            old.unlink(missing_ok=True)
    return CommuneParcels(insee, target, today, False)


@dataclass
class FetchedParcels:
    """The parcels the sweep needs: one table for all communes (or None), and French messages."""

    table: object
    communes: list = field(default_factory=list)
    messages: list = field(default_factory=list)


def parcels_for_communes(
    insees,
    cache_dir,
    base_url: str = ETALAB_CADASTRE,
    max_age_days=DEFAULT_MAX_AGE_DAYS,
    get=http_get,
    today=None,
    is_cancelled=None,
) -> FetchedParcels:
    """The parcels of every commune of ``insees`` (INSEE codes; others ignored), fetched or cached, as one table."""
    import numpy as np
    import pandas as pd

    from ..vector_io import VectorTable, read_vector

    codes = sorted({str(c).strip() for c in insees if c is not None and _INSEE.match(str(c).strip())})
    tables, communes, messages = [], [], []
    for insee in codes:
        if is_cancelled is not None and is_cancelled():
            break
        got = fetch_commune_parcels(insee, cache_dir, base_url, max_age_days, get, today)
        communes.append(got)
        if got.message:
            messages.append(got.message)
        if got.path is not None:
            tables.append(read_vector(got.path))
    if not tables:
        return FetchedParcels(None, communes, messages)
    table = VectorTable(
        pd.concat([t.attributes for t in tables], ignore_index=True),
        np.concatenate([np.asarray(t.geometries, dtype=object) for t in tables]),
        tables[0].crs,
        source=tr("parcelles Etalab de {n} commune(s)").format(n=len(tables)),
    )
    return FetchedParcels(table, communes, messages)

"""Servitudes d'utilité publique for the rules, from the Géoportail de l'Urbanisme (API Carto, module GPU).

Documentation followed: «API Carto – Module Urbanisme (GpU)», https://apicarto.ign.fr/api/doc/gpu (resource
``assiette-sup-s`` with ``categorie`` — the service matches it against the lower-case ``suptype`` — and ``geom``, a
GeoJSON geometry in WGS 84); the national nomenclature of the SUP (https://www.geoportail-urbanisme.gouv.fr/infos_sup/):
AC1 monuments historiques (their abords, and the périmètres délimités des abords), AC2 sites inscrits et classés,
AC4 sites patrimoniaux remarquables. The CNIG SUP standard names the assiette's fields ``nomass``, ``typeass``,
``idgen``, ``datesrcass``; the flux adds ``suptype`` and ``partition``.

The assiettes met by the watched communes are fetched whole (every page, checked, as for the PLU), and kept as a
versioned reference: one dated JSON file a version in ``<config>/servitudes``, a new file only when the content
changed. The rules read the latest version through :func:`official_rule_layers`:
- ``pda``: AC1 assiettes that are périmètres délimités des abords (R03: a PDA replaces the 500 m circle);
- ``site_classe_terrils``: AC2 assiettes of a site classé named after the terrils (R04).
The AC4 assiettes (sites patrimoniaux remarquables) are kept in each version too; no rule of the catalogue asks for
them yet (a rule that does would add its layer to :data:`RULE_LAYERS`).
A layer the user gives under the same name wins; each layer keeps the words that name its source and date.
"""

import datetime as _dt
import hashlib
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Dict, List, Optional, Tuple

from ..errors import InputError
from ..i18n import tr
from ..text import normalize
from .gpu import API_CARTO_GPU, fetch_all_pages
from .http import FeedNotFoundError, FeedOfflineError, http_get

#: Categories of servitude fetched
CATEGORIES = ("AC1", "AC2", "AC4")
_FILE = re.compile(r"^servitudes-(\d{4}-\d{2}-\d{2})-([0-9a-f]{12})\.json$")


@dataclass
class ServitudesFetch:
    """What a fetch did: the version file in use, whether it is new, French messages."""

    path: Optional[Path]
    created: bool
    counts: Dict[str, int] = field(default_factory=dict)
    messages: List[str] = field(default_factory=list)


def servitudes_dir(cache_dir=None) -> Path:
    """The folder of the servitude versions (``<config>/servitudes`` by default)."""
    if cache_dir is not None:
        return Path(cache_dir)
    from ..config import config_dir

    return config_dir() / "servitudes"


def versions(cache_dir=None) -> List[Tuple[_dt.date, Path]]:
    """[(date, path)] of the stored versions, newest first."""
    folder = servitudes_dir(cache_dir)
    found = []
    for p in folder.glob("servitudes-*.json") if folder.is_dir() else []:
        m = _FILE.match(p.name)
        if m:
            found.append((_dt.date.fromisoformat(m.group(1)), p))
    return sorted(found, key=lambda dp: (dp[0], dp[1].stat().st_mtime), reverse=True)


def _bbox_polygon(geoms_wgs84) -> dict:
    import shapely

    x0, y0, x1, y1 = shapely.total_bounds(geoms_wgs84)
    ring = [[x0, y0], [x1, y0], [x1, y1], [x0, y1], [x0, y0]]
    return {"type": "Polygon", "coordinates": [[[round(x, 6), round(y, 6)] for x, y in ring]]}


def fetch_servitudes(
    insees: List[str],
    ref,
    cache_dir=None,
    base_url: str = API_CARTO_GPU,
    get: Callable[[str], bytes] = http_get,
    today: Optional[_dt.date] = None,
) -> ServitudesFetch:
    """Fetch the AC1, AC2 and AC4 assiettes over the communes ``insees`` (their extent, one request set per
    commune) and store them as a new version when they changed. Offline or on a bad answer, nothing is stored and
    the latest version stays in use (its date said)."""
    import numpy as np

    from ..crs import l93_to_wgs84

    today = today or _dt.date.today()
    com = ref.communes
    codes = com.attributes["insee"].astype(str).to_numpy()
    features: Dict[str, Dict[str, dict]] = {c: {} for c in CATEGORIES}
    urls = []
    for insee in insees:
        idx = np.flatnonzero(codes == str(insee))
        if not len(idx):
            continue
        where = json.dumps(_bbox_polygon(l93_to_wgs84(com.geometries[idx])))
        for cat in CATEGORIES:
            try:
                got = fetch_all_pages(base_url, "assiette-sup-s", {"categorie": cat, "geom": where}, get, urls)
            except (FeedOfflineError, FeedNotFoundError, InputError) as exc:
                return _unchanged(cache_dir, tr("Servitudes {c} de la commune {i} : {e}").format(c=cat, i=insee, e=exc))
            for f in got:
                key = str((f.get("properties") or {}).get("idass") or f.get("id") or json.dumps(f, sort_keys=True))
                features[cat][key] = f
    data = {
        "source": base_url,
        "communes": sorted(insees),
        "categories": {
            c: sorted(features[c].values(), key=lambda f: json.dumps(f, sort_keys=True)) for c in CATEGORIES
        },
    }
    digest = hashlib.sha256(json.dumps(data["categories"], sort_keys=True).encode("utf-8")).hexdigest()[:12]
    counts = {c: len(features[c]) for c in CATEGORIES}
    for _d, path in versions(cache_dir):
        if path.name.endswith(f"-{digest}.json"):
            return ServitudesFetch(path, False, counts)
    folder = servitudes_dir(cache_dir)
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"servitudes-{today.isoformat()}-{digest}.json"
    data["releve"] = today.isoformat()
    tmp = target.with_suffix(".tmp")
    tmp.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    tmp.replace(target)
    return ServitudesFetch(target, True, counts)


def _unchanged(cache_dir, reason: str) -> ServitudesFetch:
    kept = versions(cache_dir)
    if kept:
        return ServitudesFetch(
            kept[0][1],
            False,
            messages=[
                tr("{r} ; la version du {d} reste utilisée.").format(r=reason, d=kept[0][0].strftime("%d/%m/%Y"))
            ],
        )
    return ServitudesFetch(
        None, False, messages=[tr("{r} ; aucune version gardée : les règles les demandent encore.").format(r=reason)]
    )


def _text(props: dict, *names) -> str:
    return normalize(" ".join(str(props.get(n) or "") for n in names))


def is_pda(props: dict) -> bool:
    """An AC1 assiette that is a périmètre délimité des abords (not the 500 m circle)."""
    text = _text(props, "typeass", "nomass")
    return "delimite" in text or re.search(r"\bpda\b", text) is not None


def is_terrils_site_classe(props: dict) -> bool:
    """An AC2 assiette of a site classé named after the terrils (the chain of terrils, classé in 2016)."""
    text = _text(props, "typeass", "nomass", "nomgen", "nomsuplitt")
    return "terril" in text and "classe" in text and "inscrit" not in text


#: Rule layer -> (category, which assiettes)
RULE_LAYERS = {
    "pda": ("AC1", is_pda),
    "site_classe_terrils": ("AC2", is_terrils_site_classe),
}


def _load(path: Path):
    """({layer: (shapely array in EPSG:2154, source words)}, {layer: [{nom, date} of each assiette]}) of a version
    file; the date is the CNIG field ``datesrcass`` (date of the assiette's source), empty when the service gave
    none."""
    import numpy as np
    import shapely.geometry

    from ..crs import parse_crs, to_l93

    data = json.loads(path.read_text(encoding="utf-8"))
    day = _dt.date.fromisoformat(data.get("releve") or path.name[11:21]).strftime("%d/%m/%Y")
    layers, details = {}, {}
    for name, (cat, keep) in RULE_LAYERS.items():
        feats = [f for f in data["categories"].get(cat, []) if f.get("geometry") and keep(f.get("properties") or {})]
        if not feats:
            continue
        geoms = np.array([shapely.geometry.shape(f["geometry"]) for f in feats], dtype=object)
        geoms = shapely.make_valid(to_l93(geoms, parse_crs("EPSG:4326")))
        layers[name] = (
            geoms,
            tr("servitude {c} du Géoportail de l'Urbanisme, relevé du {d}").format(c=cat, d=day),
        )
        details[name] = [
            {
                "nom": str((f.get("properties") or {}).get("nomass") or ""),
                "date": str((f.get("properties") or {}).get("datesrcass") or ""),
            }
            for f in feats
        ]
    return layers, details


_LOADED: dict = {}


def _latest(cache_dir=None) -> tuple:
    """The latest stored version, loaded once while the file stays the same: (layers, details), or ({}, {})."""
    kept = versions(cache_dir)
    if not kept:
        return {}, {}
    path = kept[0][1]
    key = (str(path), path.stat().st_mtime)
    if key not in _LOADED:
        _LOADED.clear()
        _LOADED[key] = _load(path)
    return _LOADED[key]


def official_rule_layers(cache_dir=None) -> Dict[str, tuple]:
    """{layer: (geometries in EPSG:2154, source words)} from the latest stored version ({} when none)."""
    return _latest(cache_dir)[0]


def official_servitudes(cache_dir=None) -> tuple:
    """(layers, details) of the latest version, from one reading: :func:`official_rule_layers` and
    :func:`official_layer_details` together, aligned even when a fetch stores a new version meanwhile."""
    return _latest(cache_dir)


def official_layer_details(cache_dir=None) -> Dict[str, list]:
    """{layer: [{"nom", "date"} of each assiette, aligned with the layer's geometries]} of the latest version."""
    return _latest(cache_dir)[1]


def with_official_layers(user_layers: Optional[dict], cache_dir=None) -> Tuple[dict, dict]:
    """The rules' layers: the official servitudes, overridden by the layers the user gave; and the words that name
    each layer's source («couche fournie» for the user's)."""
    layers, sources = {}, {}
    for name, (geoms, words) in official_rule_layers(cache_dir).items():
        layers[name], sources[name] = geoms, words
    for name, geoms in (user_layers or {}).items():
        layers[name], sources[name] = geoms, tr("couche fournie")
    return layers, sources

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

The AC1 **générateurs** (the monuments themselves: resources ``generateur-sup-p``, ``generateur-sup-l`` and
``generateur-sup-s`` with ``categorie`` and ``geom``, CNIG fields ``idgen``, ``nomgen``, ``typegen``, ``datesrcgen``,
and ``nomsuplitt`` in the flux) are fetched with them, paged and checked the same way, and stored in the same version
file (key ``generateurs``; a file written before has none, and reads as a version without générateurs).
:func:`read_version` gives them, with the AC1 assiettes that share their ``idgen``, to
:mod:`veille_plugin.core.reference.monuments`, which says which element each one protects.
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
from .gpu import API_CARTO_GPU, fetch_all_pages, large_change_refusal
from .http import FeedNotFoundError, FeedOfflineError, http_get

#: Categories of servitude fetched
CATEGORIES = ("AC1", "AC2", "AC4")
#: Categories whose générateurs are fetched too (the monuments historiques)
GENERATOR_CATEGORIES = ("AC1",)
#: The resources of the générateurs: points, lines, surfaces
GENERATOR_RESOURCES = ("generateur-sup-p", "generateur-sup-l", "generateur-sup-s")
#: Share of the previous version's servitudes (in the communes fetched again) an answer must keep, unless accepted
KEPT_SHARE = 0.5
#: Tolerance around the extent asked, in degrees (about 1 km)
EXTENT_TOLERANCE = 0.01
_FILE = re.compile(r"^servitudes-(\d{4}-\d{2}-\d{2})-([0-9a-f]{12})\.json$")


@dataclass
class ServitudesFetch:
    """What a fetch did: the version file in use, whether it is new, French messages."""

    path: Optional[Path]
    created: bool
    counts: Dict[str, int] = field(default_factory=dict)
    messages: List[str] = field(default_factory=list)
    #: générateurs by category («AC1»: the monuments historiques)
    generators: Dict[str, int] = field(default_factory=dict)
    #: the answer was refused as suspect (nothing stored; the run did not do its job)
    refused: bool = False
    #: refused only for a large change, which the user may accept
    acceptable: bool = False
    #: the acceptance of a large change, as written in the version file («» when none)
    accepted: str = ""


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


def _bounds(f: dict) -> Optional[tuple]:
    import shapely.geometry

    try:
        return shapely.geometry.shape(f["geometry"]).bounds if f.get("geometry") else None
    except (KeyError, TypeError, ValueError, AttributeError, shapely.errors.ShapelyError):
        return None


def _meets(bounds: Optional[tuple], boxes: List[tuple]) -> bool:
    if bounds is None or any(v != v for v in bounds):  # no geometry, or NaN: not a place
        return False
    x0, y0, x1, y1 = bounds
    if not (-180 <= x0 <= x1 <= 180 and -90 <= y0 <= y1 <= 90):  # not longitudes and latitudes
        return False
    t = EXTENT_TOLERANCE
    return any(x0 <= bx1 + t and x1 >= bx0 - t and y0 <= by1 + t and y1 >= by0 - t for bx0, by0, bx1, by1 in boxes)


def check_servitudes(new: Dict[str, list], previous: Dict[str, list], boxes: List[tuple]) -> Tuple[str, str]:
    """Check an answer before it is stored, as the PLU watch does: ``(refusal, change)`` in French. ``new`` and
    ``previous`` map a group («AC1», «générateurs AC1»…) to its GeoJSON features, ``boxes`` are the extents asked
    (WGS 84). ``refusal``: servitudes outside every extent asked (coordinates in another CRS), whatever the user
    says. ``change``: the answer kept less than half of the previous version's servitudes within those extents
    (among them an empty answer where there were some): refused unless the user accepts it."""
    found = [f for feats in new.values() for f in feats]
    outside = [f for f in found if not _meets(_bounds(f), boxes)]
    if outside:
        b = _bounds(outside[0])
        lonlat = b is not None and -180 <= b[0] <= b[2] <= 180 and -90 <= b[1] <= b[3] <= 90
        hint = (
            ""
            if lonlat
            else tr(
                " ; coordonnées hors des longitudes et latitudes : un autre système (Lambert-93 ?) servi comme WGS 84"
            )
        )
        return (
            tr("{o} servitude(s) sur {n} hors des communes demandées{h}").format(o=len(outside), n=len(found), h=hint),
            "",
        )
    before = sum(1 for feats in previous.values() for f in feats if _meets(_bounds(f), boxes))
    if before and len(found) < KEPT_SHARE * before:
        return "", tr("{n} servitude(s) et générateur(s) au lieu de {p} dans la version précédente").format(
            n=len(found), p=before
        )
    return "", ""


def _previous_content(cache_dir) -> dict:
    kept = versions(cache_dir)
    if not kept:
        return {}
    try:
        return json.loads(kept[0][1].read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def _groups(data: dict) -> Dict[str, list]:
    """A version's features by group: each category's assiettes, then «générateurs <category>»."""
    out = {c: list((data.get("categories") or {}).get(c, [])) for c in CATEGORIES}
    for c in GENERATOR_CATEGORIES:
        out[f"generateurs {c}"] = list((data.get("generateurs") or {}).get(c, []))
    return out


def _merged(fetched: Dict[str, list], previous: Dict[str, list], boxes: List[tuple]) -> Dict[str, list]:
    """The previous version's servitudes outside the extents fetched again (the service, asked by extent, could not
    have answered them), with those fetched: a watch of one commune refreshes that commune and keeps the others'
    servitudes (the rules read one version for all)."""
    import shapely.geometry

    asked = shapely.union_all([shapely.box(*b) for b in boxes]) if boxes else shapely.geometry.Polygon()

    def answered(f: dict) -> bool:  # as the service selects: the geometry meets the extent asked
        try:
            return bool(f.get("geometry")) and shapely.geometry.shape(f["geometry"]).intersects(asked)
        except (KeyError, TypeError, ValueError, AttributeError, shapely.errors.ShapelyError):
            return False

    kept = {g: [f for f in previous.get(g, []) if not answered(f)] for g in fetched}
    return {g: sorted(kept[g] + feats, key=lambda f: json.dumps(f, sort_keys=True)) for g, feats in fetched.items()}


def fetch_servitudes(
    insees: List[str],
    ref,
    cache_dir=None,
    base_url: str = API_CARTO_GPU,
    get: Callable[[str], bytes] = http_get,
    today: Optional[_dt.date] = None,
    accept_change: bool = False,
    author: str = "veille",
) -> ServitudesFetch:
    """Fetch the AC1, AC2 and AC4 assiettes and the AC1 générateurs over the communes ``insees`` (their extent, one
    request set per commune) and store them as a new version when they changed. Offline or on a bad answer (any page
    of any resource), nothing is stored and the latest version stays in use (its date said). The answer is checked
    first (:func:`check_servitudes`): a suspect answer is refused the same way (``refused``), unless it is only a
    large change and ``accept_change`` is given (the acceptance, by ``author``, is written in the version file).
    The servitudes of communes the latest version covers and this fetch does not are kept in the new version."""
    import numpy as np

    from ..crs import l93_to_wgs84

    today = today or _dt.date.today()
    com = ref.communes
    codes = com.attributes["insee"].astype(str).to_numpy()
    features: Dict[str, Dict[str, dict]] = {c: {} for c in CATEGORIES}
    generators: Dict[str, Dict[str, dict]] = {c: {} for c in GENERATOR_CATEGORIES}
    urls = []
    boxes: List[tuple] = []
    for insee in insees:
        idx = np.flatnonzero(codes == str(insee))
        if not len(idx):
            continue
        extent = _bbox_polygon(l93_to_wgs84(com.geometries[idx]))
        ring = extent["coordinates"][0]
        boxes.append((ring[0][0], ring[0][1], ring[2][0], ring[2][1]))
        where = json.dumps(extent)
        for cat in CATEGORIES:
            try:
                got = fetch_all_pages(base_url, "assiette-sup-s", {"categorie": cat, "geom": where}, get, urls)
            except (FeedOfflineError, FeedNotFoundError, InputError) as exc:
                return _unchanged(cache_dir, tr("Servitudes {c} de la commune {i} : {e}").format(c=cat, i=insee, e=exc))
            for f in got:
                key = str((f.get("properties") or {}).get("idass") or f.get("id") or json.dumps(f, sort_keys=True))
                features[cat][key] = f
        for cat in GENERATOR_CATEGORIES:
            for resource in GENERATOR_RESOURCES:
                try:
                    got = fetch_all_pages(base_url, resource, {"categorie": cat, "geom": where}, get, urls)
                except (FeedOfflineError, FeedNotFoundError, InputError) as exc:
                    return _unchanged(
                        cache_dir, tr("Générateurs {c} de la commune {i} : {e}").format(c=cat, i=insee, e=exc)
                    )
                for f in got:
                    props = f.get("properties") or {}
                    key = str(props.get("idgen") or f"{resource}:{f.get('id') or json.dumps(f, sort_keys=True)}")
                    generators[cat][key] = f
    if not boxes:
        return _unchanged(cache_dir, tr("Servitudes : aucune des communes demandées n'est dans les données du Bien"))
    fetched = {c: _sorted(features[c]) for c in CATEGORIES}
    fetched.update({f"generateurs {c}": _sorted(generators[c]) for c in GENERATOR_CATEGORIES})
    previous_data = _previous_content(cache_dir)
    previous = _groups(previous_data)
    refusal, change = check_servitudes(fetched, previous, boxes)
    if change and not accept_change:
        refusal = large_change_refusal(change)
    if refusal:
        refused = _unchanged(
            cache_dir, tr("Réponse suspecte du Géoportail de l'Urbanisme pour les servitudes : {r}").format(r=refusal)
        )
        refused.refused, refused.acceptable = True, bool(change)
        return refused
    groups = _merged(fetched, previous, boxes)
    data = {
        "source": base_url,
        "communes": sorted(set(insees) | set(previous_data.get("communes") or [])),
        "categories": {c: groups[c] for c in CATEGORIES},
        "generateurs": {c: groups[f"generateurs {c}"] for c in GENERATOR_CATEGORIES},
    }
    # a version without générateurs hashes as before they were fetched: the same content is not stored twice
    content = (
        {"categories": data["categories"], "generateurs": data["generateurs"]}
        if any(data["generateurs"].values())
        else data["categories"]
    )
    digest = hashlib.sha256(json.dumps(content, sort_keys=True).encode("utf-8")).hexdigest()[:12]
    counts = {c: len(data["categories"][c]) for c in CATEGORIES}
    made = {c: len(data["generateurs"][c]) for c in GENERATOR_CATEGORIES}
    for _d, path in versions(cache_dir):
        if path.name.endswith(f"-{digest}.json"):
            return ServitudesFetch(path, False, counts, generators=made)
    folder = servitudes_dir(cache_dir)
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"servitudes-{today.isoformat()}-{digest}.json"
    data["releve"] = today.isoformat()
    accepted = ""
    if change:
        accepted = tr("changement important accepté par {a} : {c}").format(a=author, c=change)
        data["acceptation"] = accepted
    tmp = target.with_suffix(".tmp")
    tmp.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    tmp.replace(target)
    return ServitudesFetch(target, True, counts, generators=made, accepted=accepted)


def _sorted(by_key: Dict[str, dict]) -> list:
    return sorted(by_key.values(), key=lambda f: json.dumps(f, sort_keys=True))


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


@dataclass
class ServitudesVersion:
    """One stored version of the servitudes, read once: the rules' layers with the words naming their source, the
    names and dates of their assiettes, and the AC1 générateurs (the monuments) in EPSG:2154 with their CNIG
    properties and the AC1 assiettes sharing their ``idgen``. ``path`` None: no version stored (all empty)."""

    path: Optional[Path] = None
    day: Optional[_dt.date] = None
    layers: Dict[str, tuple] = field(default_factory=dict)
    details: Dict[str, list] = field(default_factory=dict)
    generators: list = field(default_factory=list)
    generator_properties: List[dict] = field(default_factory=list)
    assiettes_by_generator: Dict[str, List[dict]] = field(default_factory=dict)

    def day_text(self) -> str:
        """The date of the version (its relevé), JJ/MM/AAAA, or «»."""
        return self.day.strftime("%d/%m/%Y") if self.day else ""


def _to_l93(features: list):
    import numpy as np
    import shapely
    import shapely.geometry

    from ..crs import parse_crs, to_l93

    geoms = np.array([shapely.geometry.shape(f["geometry"]) for f in features], dtype=object)
    return shapely.make_valid(to_l93(geoms, parse_crs("EPSG:4326"))) if len(geoms) else geoms


def read_version(path: Path) -> ServitudesVersion:
    """A version file, read: its layers (the date of an assiette is the CNIG field ``datesrcass``, the date of its
    source, empty when the service gave none) and its AC1 générateurs. A file written before the générateurs were
    fetched reads as a version without générateurs."""
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    day = _dt.date.fromisoformat(data.get("releve") or Path(path).name[11:21])
    version = ServitudesVersion(Path(path), day)
    for name, (cat, keep) in RULE_LAYERS.items():
        feats = [f for f in data["categories"].get(cat, []) if f.get("geometry") and keep(f.get("properties") or {})]
        if not feats:
            continue
        version.layers[name] = (
            _to_l93(feats),
            tr("servitude {c} du Géoportail de l'Urbanisme, relevé du {d}").format(c=cat, d=version.day_text()),
        )
        version.details[name] = [
            {
                "nom": str((f.get("properties") or {}).get("nomass") or ""),
                "date": str((f.get("properties") or {}).get("datesrcass") or ""),
            }
            for f in feats
        ]
    gens = [f for f in (data.get("generateurs") or {}).get("AC1", []) if f.get("geometry")]
    version.generators = list(_to_l93(gens))
    version.generator_properties = [dict(f.get("properties") or {}) for f in gens]
    for f in data["categories"].get("AC1", []):
        props = f.get("properties") or {}
        if props.get("idgen"):
            version.assiettes_by_generator.setdefault(str(props["idgen"]), []).append(dict(props))
    return version


_LOADED: dict = {}


def latest_version(cache_dir=None) -> ServitudesVersion:
    """The latest stored version, read once while the file stays the same (an empty version when none)."""
    kept = versions(cache_dir)
    if not kept:
        return ServitudesVersion()
    path = kept[0][1]
    key = (str(path), path.stat().st_mtime)
    if key not in _LOADED:
        _LOADED.clear()
        _LOADED[key] = read_version(path)
    return _LOADED[key]


def official_rule_layers(cache_dir=None) -> Dict[str, tuple]:
    """{layer: (geometries in EPSG:2154, source words)} from the latest stored version ({} when none)."""
    return latest_version(cache_dir).layers


def official_servitudes(cache_dir=None) -> tuple:
    """(layers, details) of the latest version, from one reading: :func:`official_rule_layers` and
    :func:`official_layer_details` together, aligned even when a fetch stores a new version meanwhile."""
    version = latest_version(cache_dir)
    return version.layers, version.details


def official_layer_details(cache_dir=None) -> Dict[str, list]:
    """{layer: [{"nom", "date"} of each assiette, aligned with the layer's geometries]} of the latest version."""
    return latest_version(cache_dir).details


def with_official_layers(
    user_layers: Optional[dict], cache_dir=None, version: Optional[ServitudesVersion] = None
) -> Tuple[dict, dict]:
    """The rules' layers: the servitudes of ``version`` (the latest stored one when None), overridden by the layers
    the user gave; and the words that name each layer's source («couche fournie» for the user's)."""
    layers, sources = {}, {}
    official = (version if version is not None else latest_version(cache_dir)).layers
    for name, (geoms, words) in official.items():
        layers[name], sources[name] = geoms, words
    for name, geoms in (user_layers or {}).items():
        layers[name], sources[name] = geoms, tr("couche fournie")
    return layers, sources

"""Alerts and the reference data: which elements an alert concerns, where it is, which commune.

The register stores what it is given; this module turns what people give (element identifiers, a click on
the map, a case of the veille) into complete alert values: element names, commune, a point on the map.
"""

import math
from typing import Dict, List, Optional, Sequence, Tuple

import numpy as np
import shapely

from ..errors import InputError
from ..i18n import tr
from ..text import strip_accents
from .model import join_list, normalize_element_id, split_list

#: How far (m) from a click the map tool looks for elements.
CLICK_TOLERANCE_M = 30.0
#: How far (m) from a click the «Signaler une alerte sur la carte» tool offers the nearest elements.
NEAR_RADIUS_M = 50.0


def element_index(ref) -> Dict[str, int]:
    """{element identifier (upper case): row} of the reference elements."""
    ids = ref.elements.attributes["identifiant"].astype(str).str.upper().tolist()
    return {k: i for i, k in enumerate(ids)}


def resolve_elements(ids: Sequence, ref) -> List[int]:
    """Row numbers of the elements in the reference; unknown identifiers → one French error listing them."""
    index = element_index(ref)
    rows, unknown = [], []
    for raw in ids:
        key = normalize_element_id(raw)
        if not key:
            continue
        if key in index:
            if index[key] not in rows:
                rows.append(index[key])
        else:
            unknown.append(str(raw))
    if unknown:
        raise InputError(
            tr(
                "Champ « Éléments » : identifiant(s) {ids} inconnu(s) dans le jeu de référence {v} (ex. « 63V », « "
                "42B »). "
                "Cherchez un élément par son nom : python -m veille_plugin find « fosse 9 Oignies »."
            ).format(ids=", ".join(f"« {u} »" for u in unknown), v=ref.version)
        )
    return rows


def element_label(ref, row: int) -> str:
    """«id name (communes)» of a reference element."""
    a = ref.elements.attributes.iloc[row]
    return f"{a['identifiant']} {a['nom']} ({a['communes']})"


def derive(values: Dict, ref, geometry=None) -> Tuple[Dict, Optional[object]]:
    """Complete alert values from their elements (names, commune) and choose the point on the map.

    Returns (values with elements normalised and elements_noms / commune_insee / commune_nom filled, geometry):
    the geometry given, else a point inside the elements. A commune is looked up under the point when no
    element is given.
    """
    out = dict(values)
    element_ids = (
        split_list(out.get("elements"))
        if not isinstance(out.get("elements"), (list, tuple))
        else list(out.get("elements"))
    )
    rows = resolve_elements(element_ids, ref)
    attrs = ref.elements.attributes
    if rows:
        out["elements"] = join_list(attrs["identifiant"].iloc[rows].tolist())
        out["elements_noms"] = join_list([element_label(ref, r) for r in rows])
        insee, names = [], []
        for r in rows:
            for code, name in zip(split_list(attrs["insee"].iloc[r]), split_list(attrs["communes"].iloc[r])):
                if code not in insee:
                    insee.append(code)
                    names.append(name)
        out["commune_insee"] = join_list(insee)
        out["commune_nom"] = join_list(names)
        if geometry is None:
            geometry = shapely.point_on_surface(shapely.union_all(ref.elements.geometries[rows]))
    elif "elements" in out:
        out["elements"] = None
        out["elements_noms"] = None
    if geometry is not None and not rows:
        g = shapely.from_wkb(bytes(geometry)) if isinstance(geometry, (bytes, bytearray, memoryview)) else geometry
        communes = ref.communes
        hit = communes.tree.query(g, predicate="intersects")
        if len(hit):
            ca = communes.attributes.iloc[sorted(hit.tolist())]
            code_col = "insee" if "insee" in ca.columns else ca.columns[0]
            name_col = "nom" if "nom" in ca.columns else ca.columns[1]
            out["commune_insee"] = join_list(ca[code_col].astype(str).tolist())
            out["commune_nom"] = join_list(ca[name_col].astype(str).tolist())
    return out, geometry


def prepare(values: Dict, ref, geometry=None, *, partial: bool = False) -> Tuple[Dict, Optional[object]]:
    """:func:`derive`, reporting bad elements together with every other refused field in one French message."""
    from .model import validate_alert

    errors = []
    if geometry is not None:
        problem = _place_problem(geometry)
        if problem:
            errors.append(problem)
            geometry = None
    try:
        derived, geometry = derive(values, ref, geometry)
    except InputError as exc:
        errors.append(str(exc))
        derived = {k: v for k, v in values.items() if k != "elements"}
    try:
        validate_alert(derived, partial=partial)
    except InputError as exc:
        errors.append(str(exc))
    if errors:
        raise InputError(" ".join(errors))
    return derived, geometry


def _place_problem(geometry) -> Optional[str]:
    """A French message when a place cannot be a place of the basin in Lambert-93 (degrees given for metres…)."""
    from ..crs import FRANCE_L93_BOUNDS

    g = shapely.from_wkb(bytes(geometry)) if isinstance(geometry, (bytes, bytearray, memoryview)) else geometry
    # a point of NaN coordinates is empty for GEOS < 3.12 only: test the bounds as well
    if g is None or g.is_empty or not all(math.isfinite(v) for v in shapely.bounds(g)):
        return tr("Emplacement de l'alerte vide : cliquez sur la carte ou choisissez un élément.")
    xmin, ymin, xmax, ymax = shapely.bounds(g)
    fxmin, fymin, fxmax, fymax = FRANCE_L93_BOUNDS
    if xmin < fxmin or ymin < fymin or xmax > fxmax or ymax > fymax:
        hint = tr(" (des degrés donnés pour des mètres ?)") if abs(xmax) <= 180 and abs(ymax) <= 90 else ""
        return tr(
            "Emplacement ({x:.6g}, {y:.6g}) hors de France en Lambert-93{hint} : donnez les coordonnées en mètres, "
            "EPSG:2154, ex. x 690000 y 7040000."
        ).format(x=xmin, y=ymin, hint=hint)
    return None


def elements_near(point, ref, tolerance: float = CLICK_TOLERANCE_M) -> List[str]:
    """Identifiers of the elements within ``tolerance`` metres of a point (EPSG:2154), nearest first."""
    tree = ref.elements.tree
    hits = tree.query(point, predicate="dwithin", distance=tolerance)
    if not len(hits):
        return []
    d = shapely.distance(ref.elements.geometries[hits], point)
    order = hits[np.argsort(d, kind="stable")]
    return ref.elements.attributes["identifiant"].iloc[order].astype(str).tolist()


def elements_around(point, ref, radius: float = NEAR_RADIUS_M, limit: int = 10) -> List[Dict]:
    """The elements a click designates, for a person to choose one by name: those within ``radius`` metres of the
    point (EPSG:2154), nearest first (an element under the point at 0 m), at most ``limit``.

    Each is a dict: ``id``, ``nom``, ``communes``, ``distance`` (m, rounded) and ``label`` («63V Cité des Provinces
    (Lens)», as the form and the alerts show it)."""
    tree = ref.elements.tree
    hits = tree.query(point, predicate="dwithin", distance=radius)
    if not len(hits):
        return []
    d = shapely.distance(ref.elements.geometries[hits], point)
    order = np.argsort(d, kind="stable")[:limit]
    attrs = ref.elements.attributes
    out = []
    for k in order:
        row = int(hits[k])
        a = attrs.iloc[row]
        out.append(
            {
                "id": str(a["identifiant"]),
                "nom": str(a["nom"]),
                "communes": str(a["communes"]),
                "distance": float(round(d[k])),
                "label": element_label(ref, row),
            }
        )
    return out


def element_choices(ref) -> List[Tuple[str, str]]:
    """(identifier, «63V Cité des Provinces (Lens)») of every element of the reference, by name: what the alert
    form completes when a person types a name instead of a code."""
    attrs = ref.elements.attributes
    rows = sorted(
        range(len(attrs)), key=lambda r: (str(attrs["nom"].iloc[r]).lower(), str(attrs["identifiant"].iloc[r]))
    )
    return [(str(attrs["identifiant"].iloc[r]), element_label(ref, r)) for r in rows]


def matching_elements(text: str, choices: Sequence[Tuple[str, str]]) -> List[Tuple[str, str]]:
    """The choices of :func:`element_choices` whose label holds every word typed, without regard to case or
    accents («cite provinces lens» → «63V Cité des Provinces (Lens)»); an exact label or identifier alone."""

    def key(t):
        return strip_accents(str(t)).lower()

    typed = key(text).strip()
    if not typed:
        return []
    exact = [c for c in choices if typed in (key(c[0]), key(c[1]), key(c[1][len(c[0]) :]).strip())]
    if exact:
        return exact[:1]
    words = typed.replace("(", " ").replace(")", " ").split()
    return [c for c in choices if all(w in key(c[1]) for w in words)]


def values_from_case(case: Dict) -> Dict:
    """Alert values suggested by a case of the veille (a permit touching an element)."""
    elements = split_list(str(case.get("elements") or "").replace(";", "; "))
    numero = case.get("numero") or case.get("numero_norm")
    titre = tr("Dossier {n} : {t}").format(
        n=numero, t=case.get("travaux") or case.get("nature") or case.get("type") or tr("projet")
    )
    desc = tr("Alerte ouverte depuis la veille des permis : dossier {n} ({type}), {commune}. Travaux : {w}.").format(
        n=numero, type=case.get("type") or "?", commune=case.get("commune_nom") or "?", w=case.get("travaux") or "?"
    )
    return {
        "elements": elements,
        "titre": titre[:200],
        "description": desc,
        "source": "veille des permis",
        "dossier_veille": case.get("numero_norm") or numero,
    }


def danger_list_from_register(target=None) -> Optional[set]:
    """Elements under an open alert in a register (R12), or None when there is no register to read.

    ``target``: a register (.gpkg or PostgreSQL); None → the default GeoPackage register when it exists.
    """
    from ..register import default_register_path, open_register

    if target is None:
        if not default_register_path().exists():
            return None
    with open_register(target) as reg:
        return reg.alerted_elements()

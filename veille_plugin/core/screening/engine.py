"""Screening engine: where a geometry lies with respect to the Bien, its zone tampon and its elements.

Everything is vectorised: a batch of N geometries is indexed once in an STRtree and each
reference layer is queried against it in bulk (prepared reference geometries, GEOS), so a
million points costs a few bulk calls, never a Python loop per feature.

Zones: ``bien`` (touches a component of the Bien), ``zone_tampon`` (touches the buffer zone
and not the Bien), ``hors``; ``erreur`` for an item that could not be screened (its message says why).
"""

import time
from dataclasses import dataclass, field
from typing import Optional

import numpy as np
import pandas as pd
import shapely

from ..crs import L93, crs_label, looks_like_degrees, outside_france, parse_crs, to_l93
from ..errors import InputError
from ..i18n import tr
from ..reference.data import ReferenceData
from ..vocabulary import (  # noqa: F401 (re-exported)
    ZONE_BIEN,
    ZONE_COMMUNE,
    ZONE_ERREUR,
    ZONE_HORS,
    ZONE_TAMPON,
    ZONE_UNLOCATED,
)

DEFAULT_DISTANCE_M = 500.0


def zone_labels() -> dict:
    """French labels of the zones."""
    return {
        ZONE_BIEN: tr("Dans le Bien inscrit"),
        ZONE_TAMPON: tr("Dans la zone tampon"),
        ZONE_HORS: tr("Hors du Bien et de la zone tampon"),
        ZONE_ERREUR: tr("Non analysé (erreur)"),
        ZONE_COMMUNE: tr("Localisé à la commune seulement (localisation approximative)"),
        ZONE_UNLOCATED: tr("Non localisé"),
    }


@dataclass
class Message:
    """A message about one input geometry (French)."""

    index: int
    level: str  # "erreur" | "avertissement"
    text: str


@dataclass
class PreparedInput:
    """Geometries ready for screening: in EPSG:2154, repaired, with their messages."""

    geometries: np.ndarray  # EPSG:2154, None where unusable
    ok: np.ndarray  # bool mask of screenable items
    messages: list = field(default_factory=list)


def _label(labels, i):
    return labels[i] if labels is not None else tr("entité {n}").format(n=i + 1)


def _finite_coordinates(geoms: np.ndarray) -> np.ndarray:
    """True where every coordinate of a geometry is a finite number."""
    coords, owner = shapely.get_coordinates(geoms, return_index=True)
    out = np.ones(len(geoms), dtype=bool)
    out[np.unique(owner[~np.isfinite(coords).all(axis=1)])] = False
    return out


class _OncePerGeometry:
    """Applies a vectorised function once per distinct geometry object of an array (by identity)."""

    def __init__(self, geoms: np.ndarray):
        self.geoms = geoms
        self.codes, self.uniques = pd.factorize(np.fromiter(map(id, geoms), dtype=np.int64, count=len(geoms)))

    def apply(self, func, idx: np.ndarray) -> np.ndarray:
        """``func(geoms[idx])``, each distinct object of ``geoms[idx]`` given once."""
        if len(self.uniques) == len(self.geoms):
            return func(self.geoms[idx])
        codes, first, inverse = np.unique(self.codes[idx], return_index=True, return_inverse=True)
        return func(self.geoms[idx[first]])[inverse.ravel()]


def prepare_geometries(geoms, crs=L93, labels=None) -> PreparedInput:
    """Validate and reproject geometries to EPSG:2154; problems become per-item French messages."""
    geoms = np.asarray(geoms, dtype=object)
    labels = None if labels is None else list(labels)
    crs = parse_crs(crs) if isinstance(crs, (str, int)) or crs is None else crs
    n = len(geoms)
    messages = []
    missing = pd.isna(geoms)
    empty = np.zeros(n, dtype=bool)
    empty[~missing] = shapely.is_empty(geoms[~missing])
    for i in np.flatnonzero(missing | empty):
        messages.append(
            Message(
                int(i),
                "erreur",
                tr("{item} : géométrie absente ou vide ; élément non analysé.").format(item=_label(labels, i)),
            )
        )
    ok = ~(missing | empty)
    work = np.where(ok, geoms, None)

    # a geometry given to several items (the cases located by their commune) is read once
    once = _OncePerGeometry(work)
    if ok.any():
        finite = once.apply(_finite_coordinates, np.flatnonzero(ok))
        bad_rows = np.flatnonzero(~finite)
        for i in np.flatnonzero(ok)[bad_rows]:
            messages.append(
                Message(
                    int(i),
                    "erreur",
                    tr("{item} : coordonnée non numérique (NaN ou infinie) ; élément non analysé.").format(
                        item=_label(labels, i)
                    ),
                )
            )
        ok[np.flatnonzero(ok)[bad_rows]] = False
        work[~ok] = None

    invalid = np.zeros(n, dtype=bool)
    invalid[ok] = ~once.apply(shapely.is_valid, np.flatnonzero(ok))
    if invalid.any():
        reasons = shapely.is_valid_reason(work[invalid])
        work[invalid] = shapely.make_valid(work[invalid])
        for i, reason in zip(np.flatnonzero(invalid), reasons):
            messages.append(
                Message(
                    int(i),
                    "avertissement",
                    tr("{item} : géométrie invalide ({reason}), corrigée automatiquement avant analyse.").format(
                        item=_label(labels, i), reason=reason
                    ),
                )
            )

    epsg = crs.to_epsg()
    if ok.any() and epsg is not None and not crs.is_geographic:
        deg = np.zeros(n, dtype=bool)
        deg[ok] = looks_like_degrees(work[ok])
        for i in np.flatnonzero(deg):
            messages.append(
                Message(
                    int(i),
                    "erreur",
                    tr(
                        "{item} : les coordonnées ressemblent à des degrés (longitude/latitude) alors que le système "
                        "indiqué est {crs} en mètres. Indiquez --crs EPSG:4326 si elles sont en WGS84."
                    ).format(item=_label(labels, i), crs=crs_label(crs)),
                )
            )
        ok &= ~deg
    if ok.any():
        work[ok] = to_l93(work[ok], crs)
        finite = np.zeros(n, dtype=bool)
        finite[ok] = np.isfinite(shapely.bounds(work[ok])).all(axis=1)
        far = np.zeros(n, dtype=bool)
        far[ok] = outside_france(work[ok]) | ~finite[ok]
        for i in np.flatnonzero(far):
            messages.append(
                Message(
                    int(i),
                    "erreur",
                    tr(
                        "{item} : coordonnées hors de la France métropolitaine une fois reprojetées depuis {crs}. "
                        "Vérifiez le système de coordonnées (Lambert-93 = EPSG:2154, WGS84 = EPSG:4326) et l'ordre "
                        "x/y."
                    ).format(item=_label(labels, i), crs=crs_label(crs)),
                )
            )
        ok &= ~far
    work[~ok] = None
    messages.sort(key=lambda m: (m.index, m.level))
    return PreparedInput(work, ok, messages)


@dataclass
class BatchScreening:
    """Raw, vectorised result of screening N geometries (indices into the reference layers)."""

    n: int
    zone: np.ndarray
    component_pairs: np.ndarray  # (2, k): input index, component index
    element_pairs: np.ndarray  # (2, k): input index, element index (intersecting)
    near_pairs: np.ndarray  # (2, k): input index, element index (within distance)
    near_distances: np.ndarray  # (k,) metres
    abords_pairs: np.ndarray  # (2, k): input index, MH abords index
    nearest_index: np.ndarray  # (n,) element index or -1
    nearest_distance: np.ndarray  # (n,) metres or nan
    distance: float
    messages: list
    ok: np.ndarray
    #: The spatial queries run, in order: ``{"couche", "predicat", "couples", "secondes"}`` (benchmark, profiling).
    queries: list = field(default_factory=list)
    #: Seconds of the whole call.
    seconds: float = 0.0
    #: The spatial index of the screened geometries (reused by the impact assessment for its own layers).
    input_tree: Optional[shapely.STRtree] = None
    #: What the périmètres délimités des abords change (:func:`pda_facts`), or None when no PDA layer is known: set
    #: by the rules' context, so that the summary (:func:`explain`) says what rules R03 and R21 say.
    pda: Optional["PdaFacts"] = None
    #: (2, k): input index, index into ``ref.partly_inscribed_cites`` (the whole cité touched)
    cite_pairs: Optional[np.ndarray] = None
    #: When inputs share one geometry object (the cases located by their commune), ``input_tree`` holds each shared
    #: geometry once and this says which inputs stand behind each of its geometries (:class:`SharedGeometries`).
    shared: Optional["SharedGeometries"] = None

    def pairs_with(self, geometries, predicate: Optional[str] = "intersects", **kw) -> np.ndarray:
        """(input, feature) pairs of the screened inputs against ``geometries`` (one bulk query on the inputs' index,
        a geometry shared by several inputs tested once), sorted by input then feature."""
        tree = self.input_tree
        if tree is None:
            raise ValueError("no spatial index kept for this batch")
        res = tree.query(geometries, predicate=predicate, **kw)  # (feature, tree index)
        return _sorted_pairs(res[1], res[0], self.shared)


@dataclass
class SharedGeometries:
    """Inputs grouped by the geometry object they hold: the spatial index keeps each geometry once."""

    first: np.ndarray  # (g,) the first input holding each distinct geometry (the index's geometries, in order)
    order: np.ndarray  # (n,) the inputs ordered by group
    starts: np.ndarray  # (g,) where each group begins in ``order``
    counts: np.ndarray  # (g,) inputs per group

    @classmethod
    def of(cls, geometries: np.ndarray) -> Optional["SharedGeometries"]:
        """The groups of ``geometries`` (by identity), or None when no two inputs share one."""
        codes, uniques = pd.factorize(np.fromiter(map(id, geometries), dtype=np.int64, count=len(geometries)))
        if len(uniques) == len(geometries):
            return None
        order = np.argsort(codes, kind="stable")
        counts = np.bincount(codes, minlength=len(uniques))
        starts = np.cumsum(counts) - counts
        return cls(order[starts], order, starts, counts)

    def inputs(self, members: np.ndarray) -> tuple:
        """(inputs, position in ``members``) of every input behind each index geometry of ``members``."""
        rep = self.counts[members]
        offsets = np.arange(int(rep.sum())) - np.repeat(np.cumsum(rep) - rep, rep)
        return self.order[np.repeat(self.starts[members], rep) + offsets], np.repeat(np.arange(len(members)), rep)


def _sorted_pairs(tree_index: np.ndarray, feature: np.ndarray, shared: Optional[SharedGeometries]) -> np.ndarray:
    """(input, feature) pairs from an index query, inputs sharing a geometry expanded, sorted by input then feature."""
    if shared is not None and len(tree_index):
        inputs, at = shared.inputs(tree_index)
        tree_index, feature = inputs, feature[at]
    if not len(tree_index):
        return np.empty((2, 0), dtype=np.int64)
    order = np.lexsort((feature, tree_index))
    return np.vstack([tree_index[order], feature[order]]).astype(np.int64)


@dataclass
class PdaFacts:
    """The périmètres délimités des abords (PDA) of a layer, read against a batch (Code du patrimoine L.621-30: a PDA
    replaces the 500 m circle of the monument it surrounds; the works inside it need the ABF's accord)."""

    replaced: np.ndarray  # (n MH abords,) bool: the monument's 500 m circle is replaced by a PDA (a PDA touches it)
    inside: np.ndarray  # (n inputs,) bool: the input touches a PDA


def pda_facts(result: BatchScreening, ref: ReferenceData, pda, geometries=None) -> PdaFacts:
    """The PDA of layer ``pda`` (EPSG:2154 geometries) against the monuments and the screened inputs, vectorised:
    a monument has a PDA when the layer touches it; an input is in a PDA when it touches one. ``geometries`` are the
    inputs when the batch kept no spatial index."""
    layer = np.asarray(pda, dtype=object)
    layer = layer[~pd.isna(layer)]
    ab_ids = ref.mh_abords.attributes["identifiant"].to_numpy(dtype=object)
    el = ref.elements
    geom_of = dict(zip(el.attributes["identifiant"], el.geometries))
    monuments = np.array([geom_of.get(i) for i in ab_ids], dtype=object)
    replaced = np.zeros(len(ab_ids), dtype=bool)
    inside = np.zeros(result.n, dtype=bool)
    if len(layer):
        tree = shapely.STRtree(layer)
        known = ~pd.isna(monuments)
        hit = tree.query(monuments[known], predicate="intersects")
        replaced[np.flatnonzero(known)[hit[0]]] = True
        if result.input_tree is not None:
            inside[result.pairs_with(layer)[0]] = True
        elif geometries is not None:
            geoms = np.asarray(geometries, dtype=object)
            idx = np.flatnonzero(result.ok & ~pd.isna(geoms))
            res = tree.query(geoms[idx], predicate="intersects")
            inside[idx[res[0]]] = True
        inside &= result.ok
    return PdaFacts(replaced, inside)


def _pairs(
    tree_inputs: shapely.STRtree,
    ref_geoms: np.ndarray,
    predicate: str,
    log: list,
    layer: str,
    shared: Optional[SharedGeometries] = None,
    **kw,
) -> np.ndarray:
    """Pairs (input index, reference index), sorted by input then reference index; the query is logged. ``shared``:
    the inputs behind each geometry of the index when inputs share geometries."""
    start = time.perf_counter()
    res = tree_inputs.query(ref_geoms, predicate=predicate, **kw)  # (ref idx, index geometry)
    pairs = _sorted_pairs(res[1], res[0], shared)
    log.append(
        {
            "couche": layer,
            "predicat": predicate or "boites",
            "couples": int(pairs.shape[1]),
            "secondes": time.perf_counter() - start,
        }
    )
    return pairs


def _near_elements(tree, work, el_geoms, touching, distance, log, shared=None) -> tuple:
    """(input, element) pairs within ``distance`` (sorted by input then element) and their distances: candidates
    from the elements' bounding boxes grown by the distance (one bulk query on the inputs' index), then one vectorised
    distance call for the candidates that do not touch their element (``touching``: the intersecting pairs, at 0 m)
    — a «dwithin» query followed by the distance of its pairs measured each pair twice."""
    b = shapely.bounds(el_geoms) + np.array([-distance, -distance, distance, distance])
    boxes = shapely.box(b[:, 0], b[:, 1], b[:, 2], b[:, 3])
    cand = _pairs(tree, boxes, None, log, "elements_boites_distance", shared)
    start = time.perf_counter()
    n_el = max(len(el_geoms), 1)
    touched = np.isin(cand[0] * n_el + cand[1], touching[0] * n_el + touching[1])
    d = np.zeros(cand.shape[1])
    apart = np.flatnonzero(~touched)
    if len(apart):
        # the distance between the two boxes never exceeds the distance between the geometries: the candidates whose
        # boxes lie farther apart than the distance (the corners of the grown boxes) need no measure
        a, e = (
            shapely.bounds(work[cand[0][apart]]),
            b[cand[1][apart]] + np.array([distance, distance, -distance, -distance]),
        )
        gap_x = np.maximum(0.0, np.maximum(e[:, 0] - a[:, 2], a[:, 0] - e[:, 2]))
        gap_y = np.maximum(0.0, np.maximum(e[:, 1] - a[:, 3], a[:, 1] - e[:, 3]))
        far = np.hypot(gap_x, gap_y) > distance * (1 + 1e-9) + 1e-6
        d[apart[far]] = np.inf
        apart = apart[~far]
    if len(apart):
        # inputs sharing one geometry (the cases located by their commune: a few hundred communes for tens of
        # thousands of cases) have each of their distances measured once
        same, _u = pd.factorize(np.fromiter(map(id, work), dtype=np.int64, count=len(work)))
        key = same[cand[0][apart]].astype(np.int64) * n_el + cand[1][apart]
        _k, first, inverse = np.unique(key, return_index=True, return_inverse=True)
        rows = apart[first]
        d[apart] = shapely.distance(work[cand[0][rows]], el_geoms[cand[1][rows]])[inverse.ravel()]
    keep = d <= distance
    log.append(
        {
            "couche": "elements_distances",
            "predicat": "distance",
            "couples": int(keep.sum()),
            "secondes": time.perf_counter() - start,
        }
    )
    return cand[:, keep], d[keep]


def screen_geometries(
    geoms_l93,
    ref: ReferenceData,
    distance: float = DEFAULT_DISTANCE_M,
    nearest: bool = True,
    nearest_max_distance: Optional[float] = None,
    ok: Optional[np.ndarray] = None,
    messages: Optional[list] = None,
) -> BatchScreening:
    """Screen geometries already in EPSG:2154 (see :func:`prepare_geometries`)."""
    if distance is None or not np.isfinite(distance) or distance < 0:
        raise InputError(tr("Distance invalide : {d}. Indiquez une distance positive en mètres.").format(d=distance))
    start = time.perf_counter()
    queries = []
    geoms = np.asarray(geoms_l93, dtype=object)
    n = len(geoms)
    if ok is None:
        ok = ~pd.isna(geoms)
        ok[ok] = ~shapely.is_empty(geoms[ok])
    work = np.where(ok, geoms, None)
    # inputs sharing one geometry (the cases located by their commune) are indexed and tested once
    shared = SharedGeometries.of(work)
    tree = shapely.STRtree(work if shared is None else work[shared.first])

    comp = _pairs(tree, ref.components.geometries, "intersects", queries, "composantes", shared)
    zt = _pairs(tree, ref.buffer_zone.geometries, "intersects", queries, "zone_tampon", shared)
    elem = _pairs(tree, ref.elements.geometries, "intersects", queries, "elements", shared)
    abords = _pairs(tree, ref.mh_abords.geometries, "intersects", queries, "abords_mh", shared)
    cites = _pairs(
        tree, ref.partly_inscribed_cites.geometries, "intersects", queries, "cites_inscrites_en_partie", shared
    )
    if distance > 0:
        near, near_d = _near_elements(tree, work, ref.elements.geometries, elem, distance, queries, shared)
    else:
        near, near_d = elem, np.zeros(elem.shape[1])

    zone = np.full(n, ZONE_HORS, dtype=object)
    zone[np.unique(zt[0])] = ZONE_TAMPON
    zone[np.unique(comp[0])] = ZONE_BIEN
    zone[~ok] = ZONE_ERREUR

    nearest_index = np.full(n, -1, dtype=np.int64)
    nearest_distance = np.full(n, np.nan)
    if nearest:
        # nearest within the screening distance comes free from the dwithin pairs
        if near.shape[1]:
            order = np.lexsort((near[1], near_d, near[0]))
            first = np.ones(len(order), dtype=bool)
            first[1:] = near[0][order][1:] != near[0][order][:-1]
            sel = order[first]
            nearest_index[near[0][sel]] = near[1][sel]
            nearest_distance[near[0][sel]] = near_d[sel]
        if nearest_max_distance is not None:
            too_far = nearest_distance > nearest_max_distance
            nearest_index[too_far] = -1
            nearest_distance[too_far] = np.nan
        todo = ok & (nearest_index < 0)
        if nearest_max_distance is None or nearest_max_distance > distance:
            idx = np.flatnonzero(todo)
            if len(idx):
                kw = {"max_distance": nearest_max_distance} if nearest_max_distance else {}
                res, dist = ref.elements.tree.query_nearest(work[idx], return_distance=True, all_matches=False, **kw)
                nearest_index[idx[res[0]]] = res[1]
                nearest_distance[idx[res[0]]] = dist
    return BatchScreening(
        n,
        zone,
        comp,
        elem,
        near,
        near_d,
        abords,
        nearest_index,
        nearest_distance,
        float(distance),
        messages or [],
        ok,
        queries,
        time.perf_counter() - start,
        tree,
        cite_pairs=cites,
        shared=shared,
    )


def screen(
    geoms, ref: ReferenceData, crs=L93, distance: float = DEFAULT_DISTANCE_M, labels=None, nearest_max_distance=None
) -> BatchScreening:
    """Validate, reproject and screen geometries given in any CRS."""
    prepared = prepare_geometries(geoms, crs, labels)
    return screen_geometries(
        prepared.geometries,
        ref,
        distance,
        ok=prepared.ok,
        messages=prepared.messages,
        nearest_max_distance=nearest_max_distance,
    )


# --------------------------------------------------------------------------- reporting


def _element_record(ref: ReferenceData, j: int) -> dict:
    a = ref.elements.attributes.iloc[j]
    return {
        "id": a["identifiant"],
        "nom": a["nom"],
        "categorie": a["categorie"],
        "type": a["type"],
        "composante": int(a["composante"]),
        "protection_mh": a["protection_mh"],
        "communes": a["communes"],
        "insee": a["insee"],
    }


def _slice(pairs: np.ndarray, i: int) -> slice:
    """The slice of ``pairs`` (sorted by input index) that belongs to input ``i``."""
    lo, hi = np.searchsorted(pairs[0], [i, i + 1])
    return slice(int(lo), int(hi))


def _plural(count, singular, plural):
    return singular if count == 1 else plural


def describe(result: BatchScreening, ref: ReferenceData, i: int, label: Optional[str] = None) -> dict:
    """A deterministic, explained French record for item ``i`` of a batch."""
    labels = zone_labels()
    comp_sl = _slice(result.component_pairs, i)
    el_sl = _slice(result.element_pairs, i)
    near_sl = _slice(result.near_pairs, i)
    ab_sl = _slice(result.abords_pairs, i)
    comps = ref.components.attributes
    components = [
        {
            "no": int(comps["no_composante"].iloc[j]),
            "nom": comps["nom"].iloc[j],
            "compagnie": comps["compagnie"].iloc[j],
        }
        for j in result.component_pairs[1][comp_sl]
    ]
    touched = [_element_record(ref, j) for j in result.element_pairs[1][el_sl]]
    near = []
    for j, d in sorted(
        zip(result.near_pairs[1][near_sl], result.near_distances[near_sl]),
        key=lambda t: (round(float(t[1]), 1), ref.elements.attributes["identifiant"].iloc[t[0]]),
    ):
        rec = _element_record(ref, j)
        rec["distance_m"] = round(float(d), 1)
        near.append(rec)
    ab = ref.mh_abords.attributes
    abords = [
        {
            "id": ab["identifiant"].iloc[j],
            "nom": ab["nom"].iloc[j],
            "protection_mh": ab["protection_mh"].iloc[j],
            "communes": ab["communes"].iloc[j],
            # None: no PDA layer known; True: a PDA replaces the monument's 500 m circle (L.621-30)
            "remplace_par_pda": None if result.pda is None else bool(result.pda.replaced[j]),
        }
        for j in result.abords_pairs[1][ab_sl]
    ]
    nearest = None
    if result.nearest_index[i] >= 0:
        nearest = _element_record(ref, int(result.nearest_index[i]))
        nearest["distance_m"] = round(float(result.nearest_distance[i]), 1)
    msgs = [{"niveau": m.level, "message": m.text} for m in result.messages if m.index == i]
    zone = result.zone[i]
    record = {
        "entite": label if label is not None else i + 1,
        "zone": zone,
        "zone_libelle": labels[zone],
        "composantes": components,
        "elements_intersectes": touched,
        "elements_proches": near,
        "distance_recherche_m": result.distance,
        "abords_mh": abords,
        "element_le_plus_proche": nearest,
        "messages": msgs,
    }
    record["cites_inscrites_en_partie"] = _partly_inscribed(result, ref, i, touched)
    record["explication"] = explain(record, None if result.pda is None else bool(result.pda.inside[i]))
    return record


def _partly_inscribed(result: BatchScreening, ref: ReferenceData, i: int, touched: list) -> list:
    """The cités inscribed only in part that input ``i`` touches outside their inscribed part (their element)."""
    if result.cite_pairs is None or not result.cite_pairs.shape[1]:
        return []
    cites = ref.partly_inscribed_cites.attributes
    inside = {e["id"] for e in touched}
    out = []
    for j in result.cite_pairs[1][_slice(result.cite_pairs, i)]:
        row = cites.iloc[int(j)]
        if row["identifiant"] not in inside:
            out.append({"id": row["identifiant"], "nom": row["nom"], "part_bien": float(row["part_bien"])})
    return out


def _monuments(entries) -> str:
    return ", ".join(tr("{id} « {nom} » ({protection_mh})").format(**e) for e in entries)


def _monument_words(count: int) -> str:
    return _plural(count, tr("monument historique"), tr("monuments historiques"))


def abords_sentences(rec: dict, in_pda: Optional[bool] = None) -> list:
    """What the monuments historiques regime says of a described record, as rules R03 (500 m circle without PDA:
    the ABF's accord only in covisibility), R21 (in a PDA: the ABF's accord) and R22/R23 (works on the monument itself)
    say it (Code du patrimoine L.621-9, L.621-27, L.621-30, L.621-32). ``in_pda``: None when no PDA layer is known."""
    out = []
    abords = rec["abords_mh"]
    on_monument = [e for e in rec["elements_intersectes"] if e.get("protection_mh") in ("classé", "inscrit")]
    if on_monument:  # R22, R23; the abords regime does not apply to a monument itself (L.621-30)
        for status, text in (
            (
                "classé",
                tr(
                    "{els} : monument historique classé ; des travaux sur le monument lui-même demandent "
                    "l'autorisation du préfet de région (DRAC), et non l'accord de l'ABF au titre des abords."
                ),
            ),
            (
                "inscrit",
                tr(
                    "{els} : monument historique inscrit ; des travaux sur le monument lui-même demandent, s'ils sont "
                    "soumis à permis, l'accord de l'autorité chargée des monuments historiques, sinon une déclaration "
                    "quatre mois avant ; pas le régime des abords."
                ),
            ),
        ):
            els = [e for e in on_monument if e["protection_mh"] == status]
            if els:
                out.append(text.format(els=", ".join(tr("{id} « {nom} »").format(**e) for e in els)))
        if abords:
            out.append(
                tr("Dans le rayon de 500 m de {n} {what} : {els}.").format(
                    n=len(abords), what=_monument_words(len(abords)), els=_monuments(abords)
                )
            )
        return out
    if in_pda is None:  # no PDA layer: R03 over every circle, asking to check that no PDA replaces it; R21 unknown
        if abords:
            out.append(
                tr(
                    "Dans le rayon de 500 m de {n} {what} : {els}. Sans périmètre délimité des abords (PDA), les "
                    "travaux qui modifient l'aspect extérieur n'y demandent l'accord de l'ABF (avis conforme) que si "
                    "le projet est visible du monument ou en même temps que lui (covisibilité, à vérifier sur place) ; "
                    "couche des PDA non fournie : vérifier qu'aucun PDA ne remplace ce rayon."
                ).format(n=len(abords), what=_monument_words(len(abords)), els=_monuments(abords))
            )
        else:
            out.append(
                tr(
                    "Hors du rayon de 500 m des éléments protégés au titre des monuments historiques ; couche des "
                    "périmètres délimités des abords (PDA) non fournie."
                )
            )
        return out
    free = [e for e in abords if not e.get("remplace_par_pda")]
    replaced = [e for e in abords if e.get("remplace_par_pda")]
    if free:  # R03
        out.append(
            tr(
                "Dans le rayon de 500 m de {n} {what} sans périmètre délimité des abords (PDA) : {els}. Les travaux "
                "qui modifient l'aspect extérieur n'y demandent l'accord de l'ABF (avis conforme) que si le projet est "
                "visible du monument ou en même temps que lui (covisibilité, à vérifier sur place)."
            ).format(n=len(free), what=_monument_words(len(free)), els=_monuments(free))
        )
    if replaced:
        out.append(
            tr("Le rayon de 500 m de {els} est remplacé par un périmètre délimité des abords (PDA).").format(
                els=_monuments(replaced)
            )
        )
    if in_pda:  # R21
        out.append(
            tr(
                "Dans un périmètre délimité des abords (PDA) : les travaux qui modifient l'aspect extérieur y "
                "demandent l'accord de l'ABF (avis conforme), sans condition de covisibilité."
            )
        )
    elif replaced:
        out.append(tr("Hors de tout PDA : pas d'accord de l'ABF au titre des abords de ces monuments."))
    elif not free:
        out.append(
            tr(
                "Hors du rayon de 500 m des éléments protégés au titre des monuments historiques et hors des "
                "périmètres délimités des abords (PDA) fournis."
            )
        )
    return out


def explain(rec: dict, in_pda: Optional[bool] = None) -> str:
    """French explanation sentences for a described record (``in_pda``: see :func:`abords_sentences`)."""
    if rec["zone"] == ZONE_ERREUR:
        return " ".join(m["message"] for m in rec["messages"]) or tr("Entité non analysée.")
    parts = []
    if rec["zone"] == ZONE_BIEN:
        comps = ", ".join(tr("n° {no} « {nom} »").format(**c) for c in rec["composantes"])
        parts.append(
            tr("Situé dans le Bien inscrit : {what} {comps}.").format(
                what=_plural(len(rec["composantes"]), tr("composante"), tr("composantes")), comps=comps
            )
        )
    elif rec["zone"] == ZONE_TAMPON:
        parts.append(tr("Situé dans la zone tampon du Bien (hors du Bien lui-même)."))
    else:
        parts.append(tr("Situé hors du Bien et de sa zone tampon."))
    if rec["elements_intersectes"]:
        els = ", ".join(tr("{id} « {nom} » ({categorie})").format(**e) for e in rec["elements_intersectes"])
        parts.append(
            tr("Touche {n} {what} : {els}.").format(
                n=len(rec["elements_intersectes"]),
                what=_plural(len(rec["elements_intersectes"]), tr("élément"), tr("éléments")),
                els=els,
            )
        )
    d = (
        int(rec["distance_recherche_m"])
        if float(rec["distance_recherche_m"]).is_integer()
        else rec["distance_recherche_m"]
    )
    near_only = [e for e in rec["elements_proches"] if e["distance_m"] > 0]
    if near_only:
        els = ", ".join(tr("{id} « {nom} » à {distance_m:.0f} m").format(**e) for e in near_only[:5])
        more = tr(" et {k} autres").format(k=len(near_only) - 5) if len(near_only) > 5 else ""
        parts.append(
            tr("{n} {what} à moins de {d} m sans contact : {els}{more}.").format(
                n=len(near_only), what=_plural(len(near_only), tr("élément"), tr("éléments")), d=d, els=els, more=more
            )
        )
    elif not rec["elements_intersectes"]:
        parts.append(tr("Aucun élément du Bien à moins de {d} m.").format(d=d))
    for cite in rec.get("cites_inscrites_en_partie") or []:
        parts.append(
            tr(
                "Dans la cité « {nom} », inscrite en partie ({p} % dans le Bien) : hors de sa partie inscrite "
                "(élément {id})."
            ).format(nom=cite["nom"], p=max(1, round(100 * cite["part_bien"])), id=cite["id"])
        )
    parts.extend(abords_sentences(rec, in_pda))
    nearest = rec["element_le_plus_proche"]
    if nearest and nearest["distance_m"] > 0:
        parts.append(tr("Élément le plus proche : {id} « {nom} » à {distance_m:.0f} m.").format(**nearest))
    for m in rec["messages"]:
        if m["niveau"] == "avertissement":
            parts.append(m["message"])
    return " ".join(parts)


def joined_ids(pairs: np.ndarray, ids, n: int, sep: str = ";") -> np.ndarray:
    """Per input ``0 … n-1``, the ``ids`` of its pairs' reference indices joined by ``sep`` in the pairs' order («»
    without a pair). Vectorised: the inputs are grouped by their number of pairs, and each distinct combination of
    reference indices is joined once (a batch has a few thousand of them, not millions)."""
    out = np.full(n, "", dtype=object)
    if pairs.shape[1] == 0:
        return out
    ids = np.asarray(ids, dtype=object)
    order = np.argsort(pairs[0], kind="stable")
    case, ref = pairs[0][order], pairs[1][order]
    starts = np.flatnonzero(np.r_[True, case[1:] != case[:-1]])
    counts = np.diff(np.r_[starts, len(case)])
    for width in np.unique(counts):
        first = starts[counts == width]
        combos = ref[first[:, None] + np.arange(width)]  # (inputs with ``width`` pairs, width)
        uniq, inverse = np.unique(combos, axis=0, return_inverse=True)
        texts = np.array([sep.join(ids[row]) for row in uniq], dtype=object)
        out[case[first]] = texts[inverse.ravel()]
    return out


def to_dataframe(result: BatchScreening, ref: ReferenceData) -> pd.DataFrame:
    """One row per input with ids joined by «;» (vectorised groupby, no per-feature loop)."""
    n = result.n
    idx = pd.RangeIndex(n)

    def joined(pairs, ids):
        return pd.Series(joined_ids(pairs, ids, n), index=idx, dtype=object)

    el_ids = ref.elements.attributes["identifiant"].to_numpy(dtype=object)
    comp_ids = ref.components.attributes["no_composante"].astype(str).to_numpy(dtype=object)
    ab_ids = ref.mh_abords.attributes["identifiant"].to_numpy(dtype=object)
    nearest = np.where(result.nearest_index >= 0, el_ids[np.maximum(result.nearest_index, 0)], "")
    texts = {}
    for message in result.messages:  # in their order, joined per input
        texts.setdefault(message.index, []).append(message.text)
    msgs = np.full(n, "", dtype=object)
    if texts:
        msgs[list(texts)] = [" | ".join(t) for t in texts.values()]
    return pd.DataFrame(
        {
            "zone": result.zone,
            "composantes": joined(result.component_pairs, comp_ids),
            "elements": joined(result.element_pairs, el_ids),
            "elements_proches": joined(result.near_pairs, el_ids),
            "abords_mh": joined(result.abords_pairs, ab_ids),
            "element_proche": nearest,
            "distance_element_m": np.round(result.nearest_distance, 1),
            "messages": msgs,
        },
        index=idx,
    )

"""Where a case's priority is assessed: the value of each attribute it affects × the magnitude of its change.

The method (ICOMOS 2011, appendix 3; UNESCO 2022, tool 3) is data (:mod:`.method`). Each case has interactions:
the attributes its footprint touches (elements of the Bien, cités and terrils of the zone tampon, agricultural views
onto the terrils, the component, the abords of a monument, the zone) and the elements in whose setting it stands
(by distance and nature of works). Each interaction gets a significance from the matrix; the case takes the
strongest. Everything is vectorised: spatial queries on indexes, one pass of array operations for all cases; the
sentences are formatted once per distinct combination.

The priority is a second axis beside the rules' verdicts: it says what could harm the property most, never what the
law allows.
"""

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import List, Optional

import numpy as np
import pandas as pd
import shapely

from ..i18n import QT_TRANSLATE_NOOP, tr
from ..reference.data import ReferenceData
from ..screening.engine import BatchScreening
from ..text import normalize, phrase_pattern
from ..vocabulary import ZONE_BIEN, ZONE_ERREUR
from .method import ABORDS_SOURCE, ELEMENT_SOURCE, LAYER_SOURCES, ZONE_SOURCE, ImpactMethod

#: The words of the sentences (translated where shown; French where stored)
_KM = QT_TRANSLATE_NOOP("VeillePatrimoniale", "{d:.1f} km")
_NO_WORKS = QT_TRANSLATE_NOOP("VeillePatrimoniale", "travaux non précisés")
_IN_SETTING = QT_TRANSLATE_NOOP("VeillePatrimoniale", "dans le cadre de {a} ({f}), à {d}")
_TOUCHES = QT_TRANSLATE_NOOP("VeillePatrimoniale", "touche {a} ({f})")
_MASKED = QT_TRANSLATE_NOOP("VeillePatrimoniale", " (vue masquée par le relief : ampleur réduite)")
_ABORDS_OF = QT_TRANSLATE_NOOP("VeillePatrimoniale", "abords de {id} « {nom} » ({p})")
_COMPONENT = QT_TRANSLATE_NOOP("VeillePatrimoniale", "composante n° {n} « {nom} »")
_VIEWS_TO = QT_TRANSLATE_NOOP("VeillePatrimoniale", "espace de vue vers {t}")
_SENTENCE = QT_TRANSLATE_NOOP(
    "VeillePatrimoniale",
    "{what} : valeur {v} × ampleur {m} = importance {s} (matrice ICOMOS 2011, annexe 3C) → priorité {r}",
)


def _french(text: str) -> str:
    return text


#: Where an interaction's attribute comes from (the ``source`` array of :class:`Interactions`).
SRC_ELEMENT, SRC_ABORDS, SRC_ZONE = 0, 1, 2
SRC_LAYERS = {name: 3 + k for k, name in enumerate(LAYER_SOURCES)}
_SENTINEL = -1


@dataclass
class Interactions:
    """Every (case, attribute) interaction, as parallel arrays."""

    case: np.ndarray  # int64
    source: np.ndarray  # int8: SRC_*
    feature: np.ndarray  # int64: index in the source's layer (element, abords, layer feature; component or -1)
    family: np.ndarray  # int16: index in method.families
    value: np.ndarray  # int8: value strength
    magnitude: np.ndarray  # int8: magnitude strength
    significance: np.ndarray  # int16: index in method.significances (0 = strongest)
    setting: np.ndarray  # bool: the case stands in the attribute's setting (does not touch it)
    distance: np.ndarray  # float: metres (0 when touched)
    nature: np.ndarray  # int16: the works nature that gave the magnitude (index in method.works)
    #: bool: the relief masks the view (covisibility computed), the magnitude is the method's steps smaller
    relief: Optional[np.ndarray] = None

    def masked(self, k: int) -> bool:
        """True when interaction ``k``'s magnitude was lowered because the relief masks the view."""
        return self.relief is not None and bool(self.relief[k])


@dataclass
class Assessment:
    """The priority of every case: its strongest interaction, and every interaction for the explanations."""

    method: ImpactMethod
    rank: np.ndarray  # int8, 1 = most urgent
    significance: np.ndarray  # int16, -1 when not located
    value: np.ndarray  # int8, -1 when not located
    magnitude: np.ndarray  # int8
    winner: np.ndarray  # int64: index of the winning interaction, -1 when not located
    paragraph_172: np.ndarray  # bool: a large or very large effect on an attribute of the Bien
    works: np.ndarray  # (n, K) bool: natures of works recognised
    assumed: np.ndarray  # bool: nature of works supposed from the case type (nothing recognised)
    interactions: Interactions
    labels: "AttributeLabels"

    @property
    def n(self) -> int:
        """Number of cases."""
        return len(self.rank)


# ----------------------------------------------------------------------------- attributes and their values


def _matches(table: pd.DataFrame, filters: dict) -> np.ndarray:
    """Rows of ``table`` whose fields hold one of the filter's values (accents and case ignored)."""
    mask = np.ones(len(table), dtype=bool)
    for name, wanted in filters.items():
        if name not in table.columns:
            return np.zeros(len(table), dtype=bool)
        keys = {normalize(w) for w in wanted}
        mask &= table[name].map(lambda v, keys=keys: normalize(v) in keys).to_numpy(dtype=bool)
    return mask


def _family_of_features(method: ImpactMethod, source: str, table: pd.DataFrame) -> np.ndarray:
    """Index of the first family of ``source`` that applies to each feature (-1: none)."""
    out = np.full(len(table), _SENTINEL, dtype=np.int16)
    for k, fam in enumerate(method.families):
        if fam.source != source:
            continue
        hit = (out == _SENTINEL) & _matches(table, fam.filters)
        out[hit] = k
    return out


class AttributeLabels:
    """How an attribute is named in French («63V « Cité des Provinces »», «vue sur T031 « Transvaal 1 Nord »»)."""

    def __init__(self, ref: ReferenceData):
        self.ref = ref
        self._layers = {}
        el = ref.elements.attributes
        self.element_names = (el["identifiant"] + " « " + el["nom"].fillna("") + " »").to_numpy(dtype=object)
        names = {}
        for ident, nom in zip(el["identifiant"], el["nom"].fillna("")):  # «Terril Transvaal 1 Nord (T031)»
            m = re.search(r"\((T\d+[a-z]?)\)", nom)
            if m:
                names[m.group(1).upper()] = f"{ident} « {nom} »"
        zt = ref.optional_layer("terrils_zone_tampon")
        if zt is not None and "id" in zt.attributes.columns:
            for tid, nom in zip(zt.attributes["id"], zt.attributes.get("nom", pd.Series(dtype=object))):
                if isinstance(tid, str):
                    names.setdefault(tid.upper(), f"{tid} « {nom} »" if nom else tid)
        self.terril_names = names
        self._french_labels = {}  # (source, feature, family, id of the method): label in French (stored words)

    def layer(self, name: str):
        """A reference layer (cached), or None when the reference data has none."""
        if name not in self._layers:
            self._layers[name] = self.ref.optional_layer(name)
        return self._layers[name]

    def views(self, text) -> str:
        """«T031 « Transvaal 1 Nord », T032 « … »» for the «vue_sur» of a view space."""
        parts = []
        for piece in re.split(r",\s*", str(text or "")):
            piece = piece.strip()
            if piece:
                parts.append(self.terril_names.get(piece.upper(), piece))
        return ", ".join(parts)

    def label(self, source: int, feature: int, method: ImpactMethod, family: int, translated: bool = True) -> str:
        """The attribute of one interaction, in words (``translated=False``: in French, as the register stores it;
        a family's own label is returned as the method writes it)."""
        if not translated:  # the stored words, whatever the interface's language: read once per attribute
            key = (source, feature, family, id(method))
            if key not in self._french_labels:
                self._french_labels[key] = self._label(source, feature, method, family, _french)
            return self._french_labels[key]
        return self._label(source, feature, method, family, tr)

    def _label(self, source: int, feature: int, method: ImpactMethod, family: int, words) -> str:
        fam = method.families[family]
        if source == SRC_ELEMENT:
            return self.element_names[feature]
        if source == SRC_ABORDS:
            ab = self.ref.mh_abords.attributes
            return words(_ABORDS_OF).format(
                id=ab["identifiant"].iloc[feature], nom=ab["nom"].iloc[feature], p=ab["protection_mh"].iloc[feature]
            )
        if source == SRC_ZONE:
            if feature >= 0:
                comp = self.ref.components.attributes
                return words(_COMPONENT).format(n=comp["no_composante"].iloc[feature], nom=comp["nom"].iloc[feature])
            return fam.label
        name = LAYER_SOURCES[source - 3]
        layer = self.layer(name)
        attrs = layer.attributes
        if name == "parvis_agricoles":
            return words(_VIEWS_TO).format(t=self.views(attrs["vue_sur"].iloc[feature]))
        nom = attrs["nom"].iloc[feature] if "nom" in attrs.columns else None
        ident = attrs["id"].iloc[feature] if "id" in attrs.columns else None
        text = f"« {nom} »" if isinstance(nom, str) and nom else ""
        if name == "terrils_zone_tampon" and isinstance(ident, str):
            text = f"{ident} {text}".strip()
        return text or fam.label


# ----------------------------------------------------------------------------- natures of works


def recognise_works(method: ImpactMethod, cases) -> tuple:
    """(n, K) natures of works of every case, and where they were only supposed from the case type.

    A nature is recognised from the description (its expressions, once its «sauf» are removed), from the project
    nature, or from the height and the declared footprint; the «si_rien» natures and the case type fill in."""
    n, k = len(cases), len(method.works)
    if cases.works_uniques is not None:
        uniques, codes = pd.Series(cases.works_uniques, dtype=object), cases.works_codes
    else:
        codes, uniq = pd.factorize(pd.Series(cases.works, dtype=object), use_na_sentinel=False)
        uniques = pd.Series(uniq, dtype=object)
    uniques = uniques.fillna("  ").astype(str)
    found = np.zeros((n, k), dtype=bool)
    nature = np.asarray(cases.nature, dtype=object)
    nature_codes, nature_uniques = pd.factorize(pd.Series(nature, dtype=object).fillna(""), use_na_sentinel=False)
    nature_uniques = np.asarray(nature_uniques, dtype=object)
    height = np.asarray(cases.height_m, dtype=float)
    footprint = np.asarray(cases.footprint_m2, dtype=float)
    declared = (
        np.asarray(cases.footprint_declared, dtype=bool)
        if getattr(cases, "footprint_declared", None) is not None
        else np.zeros(n, dtype=bool)
    )
    described = np.zeros(n, dtype=bool)  # something of the description recognised
    for j, w in enumerate(method.works):
        col = np.zeros(n, dtype=bool)
        pattern = phrase_pattern(w.expressions)
        if pattern:
            text = uniques
            if w.excluded:
                text = text.str.replace(phrase_pattern(w.excluded), "  ", regex=True)
            col |= text.str.contains(pattern, regex=True).to_numpy(dtype=bool)[codes]
            described |= col
        if w.natures:
            col |= np.isin(nature_uniques, w.natures)[nature_codes]
        with np.errstate(invalid="ignore"):
            if w.height_min is not None:
                col |= height >= w.height_min
            if w.footprint_min is not None:
                col |= declared & (footprint >= w.footprint_min)
        found[:, j] = col
    nothing = ~described
    for j, w in enumerate(method.works):
        if w.natures_if_nothing and nothing.any():
            found[:, j] |= nothing & np.isin(nature_uniques, w.natures_if_nothing)[nature_codes]
    assumed = ~found.any(axis=1)
    if assumed.any():
        index = {w.code: j for j, w in enumerate(method.works)}
        types = pd.Series(np.asarray(cases.case_type, dtype=object)).fillna("projet").to_numpy(dtype=object)
        for case_type, code in method.by_case_type.items():
            found[assumed & (types == case_type), index[code]] = True
    return found, assumed


def _kind_magnitudes(method: ImpactMethod, kinds: List[str]) -> np.ndarray:
    """(K, G) magnitude strength of each nature of works for each kind of attribute."""
    out = np.zeros((len(method.works), len(kinds)), dtype=np.int8)
    for j, w in enumerate(method.works):
        for g, kind in enumerate(kinds):
            out[j, g] = method.magnitude_strength(w.magnitude_for(kind))
    return out


def _strongest_nature(found: np.ndarray, per_nature: np.ndarray) -> tuple:
    """For each row: the strongest magnitude among the natures found, and which nature gave it (first of ties)."""
    scores = np.where(found, per_nature, -1)
    best = scores.argmax(axis=1)
    return np.maximum(scores[np.arange(len(best)), best], 0).astype(np.int8), best.astype(np.int16)


# ----------------------------------------------------------------------------- the assessment


def _query_layer(screening: BatchScreening, geometries: np.ndarray, layer) -> np.ndarray:
    """(case, feature) pairs of the cases intersecting ``layer`` (the cases' own index is reused)."""
    if screening.input_tree is not None:
        return screening.pairs_with(layer.geometries)
    tree = shapely.STRtree(np.where(screening.ok, geometries, None))
    res = tree.query(layer.geometries, predicate="intersects")
    return np.vstack([res[1], res[0]]).astype(np.int64)


#: Spacing (metres) of the points that stand for the elements' outlines in far-reaching settings: the nearest of
#: them finds the nearest element (the exact distance to that element is then measured).
OUTLINE_STEP_M = 50.0


def _inside_elements(geometries, touched: np.ndarray, ref, wanted: Optional[np.ndarray] = None) -> np.ndarray:
    """Cases wholly inside the elements they touch (a point in a cité; a parcel within it); one prepared union of the
    elements touched for the others. ``wanted``: the cases whose answer is read (the others are not measured)."""
    n = len(geometries)
    out = np.zeros(n, dtype=bool)
    if not touched.shape[1]:
        return out
    cases = np.unique(touched[0])
    points = shapely.get_type_id(geometries[cases]) == 0
    out[cases[points]] = True
    rest = cases[~points]
    if wanted is not None:
        rest = rest[wanted[rest]]
    if not len(rest):
        return out
    # a case within one element it touches: tested pair by pair, small polygons against small polygons (the union
    # of every element touched cost 1.4 s for the week's 2,000 permits, issue 29)
    sel = np.isin(touched[0], rest)
    pc, pe = touched[0][sel], touched[1][sel]
    within_one = shapely.covered_by(geometries[pc], ref.elements.geometries[pe])
    out[pc[within_one]] = True
    # the others only when they touch two elements or more and their box lies within the box of those elements (a
    # parcel astride two elements of a cité); a commune's outline never does
    left = ~out[pc]
    pc, pe = pc[left], pe[left]
    if not len(pc):
        return out
    starts = np.flatnonzero(np.r_[True, pc[1:] != pc[:-1]])
    many = np.diff(np.r_[starts, len(pc)]) >= 2
    el_box = shapely.bounds(ref.elements.geometries[pe])
    lo = np.minimum.reduceat(el_box[:, :2], starts)
    hi = np.maximum.reduceat(el_box[:, 2:], starts)
    candidates = pc[starts]
    case_box = shapely.bounds(geometries[candidates])
    inside_box = many & np.all(case_box[:, :2] >= lo, axis=1) & np.all(case_box[:, 2:] <= hi, axis=1)
    candidates = candidates[inside_box]
    if len(candidates):
        union = shapely.union_all(ref.elements.geometries[np.unique(pe[np.isin(pc, candidates)])])
        shapely.prepare(union)
        out[candidates] = shapely.covered_by(geometries[candidates], union)
    return out


def _nearest_points(coords, probes, vertices, geometries, reach) -> tuple:
    """(cases found, index of their nearest outline point) within ``reach``: a k-d tree on the probes when SciPy is
    there (QGIS's Python ships it on Debian, Windows and macOS; about fifty times faster), else shapely's index."""
    try:
        from scipy.spatial import cKDTree
    except ImportError:  # pragma: no cover - every supported QGIS ships SciPy
        tree = shapely.STRtree(vertices)
        res = tree.query_nearest(geometries, max_distance=reach + OUTLINE_STEP_M, all_matches=False)
        return res[0], res[1]
    dist, nearest = cKDTree(coords).query(probes, k=1, distance_upper_bound=reach + OUTLINE_STEP_M)
    found = np.flatnonzero(np.isfinite(dist))
    return found, nearest[found]


def _nearest_by_value(geometries, idx, ref, el_family, method, reach) -> tuple:
    """(case, element) pairs and distances for a far-reaching setting (turbines: kilometres): for each case, the
    nearest element of each value within ``reach``. The magnitude grows as the distance shrinks, so the nearest
    element of a value is the one that decides; the others of that value add nothing to the priority. The search
    runs on points every OUTLINE_STEP_M along the elements' outlines (point to point is cheap), then the distance to
    the element found is measured exactly."""
    values = np.array([method.value_strength(method.families[f].value) if f >= 0 else -1 for f in el_family])
    outlines = shapely.segmentize(shapely.boundary(ref.elements.geometries), OUTLINE_STEP_M)
    coords, owner = shapely.get_coordinates(outlines, return_index=True)
    vertices = shapely.points(coords)
    cases_out, elements_out = [], []
    probes = shapely.get_coordinates(shapely.point_on_surface(geometries[idx]))  # one point per case
    for v in np.unique(values[values >= 0]):
        keep = values[owner] == v
        found, nearest = _nearest_points(coords[keep], probes, vertices[keep], geometries[idx], reach)
        cases_out.append(idx[found])
        elements_out.append(owner[keep][nearest])
    if not cases_out:
        return np.empty((2, 0), dtype=np.int64), np.empty(0)
    pairs = np.vstack([np.concatenate(cases_out), np.concatenate(elements_out)]).astype(np.int64)
    dist = shapely.distance(geometries[pairs[0]], ref.elements.geometries[pairs[1]])
    near = dist <= reach
    return pairs[:, near], dist[near]


def assess_cases(
    cases, screening: BatchScreening, ref: ReferenceData, method: ImpactMethod, approximate=None, covisibility=None
):
    """The priority of every case (see the module docstring); ``approximate`` flags the cases located only by
    their commune, which get the method's rank for cases not located; ``covisibility`` (the sight lines over the
    relief, :class:`..screening.covisibility.CovisibilityResults`, None when not computed) lowers the magnitude of
    the interactions the method names where the relief masks the view (:func:`apply_relief`)."""
    n = len(cases)
    kinds = list(method.kinds)
    kind_index = {k: g for g, k in enumerate(kinds)}
    found, assumed = recognise_works(method, cases)
    per_kind = _kind_magnitudes(method, kinds)  # (K, G)
    located = np.asarray(screening.ok, dtype=bool) & (np.asarray(screening.zone, dtype=object) != ZONE_ERREUR)
    if approximate is not None:
        located &= ~np.asarray(approximate, dtype=bool)
    labels = AttributeLabels(ref)
    parts = []  # (case, source, feature, family, value, kind, setting, distance, setting magnitude, setting nature)

    def add(case, source, feature, family, kind, setting=False, distance=None, mag=None, nature=None):
        keep = located[case] & (family >= 0)
        if not keep.any():
            return
        m = len(case)
        fam_values = np.array([method.value_strength(f.value) for f in method.families], dtype=np.int8)
        parts.append(
            (
                case[keep],
                np.full(m, source, dtype=np.int8)[keep] if np.isscalar(source) else source[keep],
                feature[keep],
                family[keep],
                fam_values[family[keep]],
                kind[keep],
                np.full(int(keep.sum()), setting, dtype=bool),
                (np.zeros(m) if distance is None else distance)[keep],
                (np.full(m, -1, dtype=np.int8) if mag is None else mag)[keep],
                (np.full(m, -1, dtype=np.int16) if nature is None else nature)[keep],
            )
        )

    # elements of the Bien: touched, and the ones in whose setting the case stands
    el = ref.elements.attributes
    el_family = _family_of_features(method, ELEMENT_SOURCE, el)
    el_kind = np.array([kind_index.get(method.category_kinds.get(c, ""), -1) for c in el["categorie"]], dtype=np.int16)
    if (el_kind < 0).any():  # a category without a kind weighs as the component around it
        el_kind[el_kind < 0] = kind_index.get("composante", 0)
    touched = screening.element_pairs
    add(touched[0], SRC_ELEMENT, touched[1], el_family[touched[1]], el_kind[touched[1]])
    touched_keys = touched[0] * len(el) + touched[1]
    for block in method.setting:
        natures = [j for j, w in enumerate(method.works) if w.code in block.natures]
        has = found[:, natures].any(axis=1) & located
        if not has.any():
            continue
        which = np.asarray(natures, dtype=np.int16)[found[:, natures].argmax(axis=1)]
        if block.reach <= screening.distance:
            pairs, dist = screening.near_pairs, screening.near_distances
            keep = has[pairs[0]] & (dist <= block.reach)
            pairs, dist = pairs[:, keep], dist[keep]
        else:
            pairs, dist = _nearest_by_value(cases.geometries, np.flatnonzero(has), ref, el_family, method, block.reach)
        keep = ~np.isin(pairs[0] * len(el) + pairs[1], touched_keys)
        pairs, dist = pairs[:, keep], dist[keep]
        limits = np.array([d for d, _m in block.bands])
        mags = np.array([method.magnitude_strength(m) for _d, m in block.bands], dtype=np.int8)
        band = np.minimum(np.searchsorted(limits, dist, side="left"), len(limits) - 1)
        add(
            pairs[0],
            SRC_ELEMENT,
            pairs[1],
            el_family[pairs[1]],
            el_kind[pairs[1]],
            setting=True,
            distance=dist,
            mag=mags[band],
            nature=which[pairs[0]],
        )

    # the reference layers of the zone tampon (cités, terrils, views onto the terrils)
    for name in LAYER_SOURCES:
        layer = labels.layer(name)
        fams = [f for f in method.families if f.source == name]
        if layer is None or not fams:
            continue
        fam = _family_of_features(method, name, layer.attributes)
        kind = np.array([kind_index[method.families[f].kind] if f >= 0 else 0 for f in fam], dtype=np.int16)
        pairs = _query_layer(screening, cases.geometries, layer)
        add(pairs[0], SRC_LAYERS[name], pairs[1], fam[pairs[1]], kind[pairs[1]])

    # the abords of a monument, when the case does not touch the monument itself
    ab = screening.abords_pairs
    ab_family = [k for k, f in enumerate(method.families) if f.source == ABORDS_SOURCE]
    if ab.shape[1] and ab_family:
        el_of = pd.Series(np.arange(len(el)), index=el["identifiant"].to_numpy())
        monument = el_of.reindex(ref.mh_abords.attributes["identifiant"].to_numpy()).fillna(-1).to_numpy(np.int64)
        keep = ~np.isin(ab[0] * len(el) + monument[ab[1]], touched_keys)
        fam = ab_family[0]
        add(
            ab[0][keep],
            SRC_ABORDS,
            ab[1][keep],
            np.full(int(keep.sum()), fam, dtype=np.int16),
            np.full(int(keep.sum()), kind_index[method.families[fam].kind], dtype=np.int16),
        )

    # the zone: the component (its first, when it touches one), the zone tampon, or beyond
    zone_codes, zone_uniques = pd.factorize(pd.Series(np.asarray(screening.zone, dtype=object)), use_na_sentinel=False)
    zone_keys = np.array([normalize(z) for z in zone_uniques], dtype=object)
    component = np.full(n, -1, dtype=np.int64)
    comp = screening.component_pairs
    if comp.shape[1]:
        first = np.ones(comp.shape[1], dtype=bool)
        first[1:] = comp[0][1:] != comp[0][:-1]
        component[comp[0][first]] = comp[1][first]
    remaining = located.copy()
    for k, fam in enumerate(method.families):
        if fam.source != ZONE_SOURCE:
            continue
        wanted = {normalize(z) for z in fam.filters.get("zone", [])}
        hit = remaining & (np.isin(zone_keys, list(wanted))[zone_codes] if wanted else True)
        remaining &= ~hit
        if fam.of_bien and fam.kind == "composante":  # the component counts for what lies outside its elements
            hit &= ~_inside_elements(cases.geometries, touched, ref, hit)
        idx = np.flatnonzero(hit)
        in_bien = np.asarray(zone_uniques, dtype=object)[zone_codes[idx]] == ZONE_BIEN
        feature = np.where(in_bien, component[idx], -1)
        add(idx, SRC_ZONE, feature, np.full(len(idx), k, dtype=np.int16), np.full(len(idx), kind_index[fam.kind]))

    inter = _interactions(parts, found, per_kind, method)
    if covisibility is not None:
        apply_relief(inter, method, covisibility, ref)
    return _decide(method, inter, found, assumed, located, labels, n)


def _interactions(parts, found, per_kind, method) -> Interactions:
    """Stack the interactions and give each its magnitude and significance."""
    if parts:
        cols = [np.concatenate([p[c] for p in parts]) for c in range(10)]
    else:
        cols = [np.empty(0, dtype=t) for t in (np.int64, np.int8, np.int64, np.int16, np.int8, np.int16, bool, float)]
        cols += [np.empty(0, dtype=np.int8), np.empty(0, dtype=np.int16)]
    case, source, feature, family, value, kind, setting, distance, set_mag, set_nature = cols
    magnitude = np.zeros(len(case), dtype=np.int8)
    nature = np.full(len(case), -1, dtype=np.int16)
    direct = ~setting
    if direct.any():
        # the strongest nature of works of each case for the kind of each attribute it touches, computed once per
        # distinct (natures found, kind): a batch has a few hundred of them, not millions
        packed = np.packbits(found, axis=1)
        row_keys = np.ascontiguousarray(packed).view(np.dtype((np.void, packed.shape[1]))).ravel()
        _u, first_row, row_code = np.unique(row_keys, return_index=True, return_inverse=True)
        combo = row_code.ravel()[case[direct]].astype(np.int64) * per_kind.shape[1] + kind[direct]
        uniq, inverse = np.unique(combo, return_inverse=True)
        rows = found[first_row[uniq // per_kind.shape[1]]]
        mags = per_kind[:, uniq % per_kind.shape[1]].T  # (u, K)
        u_mag, u_nature = _strongest_nature(rows, mags)
        magnitude[direct], nature[direct] = u_mag[inverse.ravel()], u_nature[inverse.ravel()]
    magnitude[setting] = set_mag[setting]
    nature[setting] = set_nature[setting]
    table = method.significance_table()
    significance = table[value, magnitude] if len(case) else np.empty(0, dtype=np.int16)
    return Interactions(
        case.astype(np.int64),
        source.astype(np.int8),
        feature.astype(np.int64),
        family.astype(np.int16),
        value.astype(np.int8),
        magnitude,
        np.asarray(significance, dtype=np.int16),
        setting.astype(bool),
        distance.astype(float),
        nature,
    )


def apply_relief(inter: Interactions, method: ImpactMethod, covisibility, ref: ReferenceData) -> None:
    """Where the relief masks the view between an element and the project, the interactions the method names
    (``relief_masquant``: the element's setting, «cadre»; a monument's «abords») lose its steps of magnitude (never
    below «aucun changement») and their significance follows the matrix. The footprint's interactions never change;
    a pair not computed, or unknown (offline), neither."""
    inter.relief = np.zeros(len(inter.case), dtype=bool)
    n_el = len(ref.elements.attributes)
    masked = covisibility.masked_keys(n_el)
    if not method.relief_step or not len(masked) or not len(inter.case):
        return
    element = np.full(len(inter.case), -1, dtype=np.int64)
    if "cadre" in method.relief_interactions:
        sel = inter.setting & (inter.source == SRC_ELEMENT)
        element[sel] = inter.feature[sel]
    if "abords" in method.relief_interactions:
        sel = inter.source == SRC_ABORDS
        index = pd.Series(np.arange(n_el), index=ref.elements.attributes["identifiant"].to_numpy())
        index = index[~index.index.duplicated()]
        monument = index.reindex(ref.mh_abords.attributes["identifiant"].to_numpy()).fillna(-1).to_numpy(np.int64)
        element[sel] = monument[inter.feature[sel]]
    hit = (element >= 0) & np.isin(inter.case * n_el + element, masked)
    if not hit.any():
        return
    inter.magnitude[hit] = np.maximum(inter.magnitude[hit] - method.relief_step, 0).astype(np.int8)
    inter.significance[hit] = method.significance_table()[inter.value[hit], inter.magnitude[hit]]
    inter.relief = hit


def _decide(method, inter: Interactions, found, assumed, located, labels, n) -> Assessment:
    """Each case's strongest interaction (strongest significance, then value, then magnitude)."""
    ranks = np.array([s["rang"] for s in method.significances], dtype=np.int8)
    p172 = np.array([bool(s["paragraphe_172"]) for s in method.significances], dtype=bool)
    # the method's rule: the smallest rank; within a rank, the strongest value, then the strongest magnitude; then an
    # attribute of the Bien before the others, and the family listed first (the monument before the cité around it)
    sig_rank = ranks[inter.significance] if len(inter.case) else np.empty(0, dtype=np.int8)
    bien = np.array([f.of_bien for f in method.families], dtype=bool)[inter.family]
    order = np.lexsort((inter.significance, inter.family, ~bien, -inter.magnitude, -inter.value, sig_rank, inter.case))
    winner = np.full(n, -1, dtype=np.int64)
    if len(order):
        first = np.ones(len(order), dtype=bool)
        first[1:] = inter.case[order][1:] != inter.case[order][:-1]
        winner[inter.case[order][first]] = order[first]
    has = winner >= 0
    rank = np.full(n, method.unlocated_rank, dtype=np.int8)
    significance = np.full(n, -1, dtype=np.int16)
    value = np.full(n, -1, dtype=np.int8)
    magnitude = np.full(n, -1, dtype=np.int8)
    significance[has] = inter.significance[winner[has]]
    rank[has] = ranks[significance[has]]
    value[has] = inter.value[winner[has]]
    magnitude[has] = inter.magnitude[winner[has]]
    # paragraph 172: a large or very large effect on an attribute of the Bien (an element, its setting, a component)
    of_bien = (
        np.array([f.of_bien for f in method.families], dtype=bool)[inter.family]
        if len(inter.case)
        else np.zeros(0, bool)
    )
    flagged = np.zeros(n, dtype=bool)
    hit = of_bien & p172[inter.significance] if len(inter.case) else np.zeros(0, dtype=bool)
    flagged[inter.case[hit]] = True
    return Assessment(method, rank, significance, value, magnitude, winner, flagged, found, assumed, inter, labels)


# ----------------------------------------------------------------------------- words


def _km(distance: float, words=tr) -> str:
    return words(_KM).format(d=distance / 1000).replace(".", ",") if distance >= 1000 else f"{distance:.0f} m"


def interaction_phrase(a: Assessment, k: int, translated: bool = True) -> str:
    """What the case does to which attribute: «Démolition touche 15A « Fosse d'Arenberg » (élément du Bien…)»;
    ``translated=False``: in French whatever the interface's language (the sentence the register stores)."""
    words = tr if translated else _french
    m, it = a.method, a.interactions
    fam = m.families[int(it.family[k])]
    attribute = a.labels.label(int(it.source[k]), int(it.feature[k]), m, int(it.family[k]), translated)
    family = words(fam.label)
    nature = words(m.works[int(it.nature[k])].label) if it.nature[k] >= 0 else words(_NO_WORKS)
    where = (
        words(_IN_SETTING).format(a=attribute, f=family, d=_km(float(it.distance[k]), words))
        if it.setting[k]
        else (words(_TOUCHES).format(a=attribute, f=family) if attribute != fam.label else family)
    )
    if it.masked(k):
        where += words(_MASKED)
    return f"{nature[0].upper()}{nature[1:]} {where}"


def interaction_sentence(a: Assessment, k: int, translated: bool = True) -> str:
    """One interaction in a sentence: the attribute, its value, the change, the cell of the matrix, the rank (in the
    interface's language, the method's words too; ``translated=False``: in French, as the register stores it)."""
    words = tr if translated else _french
    m, it = a.method, a.interactions
    value = m.values[len(m.values) - 1 - int(it.value[k])]
    mag = m.magnitudes[len(m.magnitudes) - 1 - int(it.magnitude[k])]
    sig = m.significances[int(it.significance[k])]
    return words(_SENTENCE).format(
        what=interaction_phrase(a, k, translated),
        v=words(m.value_labels[value]),
        m=words(m.magnitude_labels[mag]),
        s=words(sig["libelle"]),
        r=words(m.rank_labels[int(sig["rang"])]),
    )


def _pack(*columns) -> np.ndarray:
    """One int64 key per row from small non-negative integer columns, each given the bits its largest value needs
    (at most 62 in all: an interaction's source, feature, family, magnitude, nature, setting and distance step need
    about 40), to find distinct combinations with one np.unique."""
    key = np.zeros(len(columns[0]), dtype=np.int64)
    used = 0
    for col in columns:
        col = np.asarray(col, dtype=np.int64)
        bits = int(col.max()).bit_length() if len(col) else 1
        used += bits
        if used > 62 or (len(col) and col.min() < 0):
            raise ValueError("key does not fit in 62 bits")
        key = (key << bits) | col
    return key


def reason_sentences(a: Assessment) -> np.ndarray:
    """The sentence that explains each case's priority, formatted once per distinct interaction."""
    n = a.n
    out = np.full(n, a.method.unlocated_reason, dtype=object)
    has = np.flatnonzero(a.winner >= 0)
    if not len(has):
        return out
    w = a.winner[has]
    it = a.interactions
    dist = np.where(it.setting[w], np.round(it.distance[w] / 100.0), 0).astype(np.int64)  # 100 m steps
    relief = it.relief[w] if it.relief is not None else np.zeros(len(w), dtype=bool)
    key = _pack(
        it.source[w], it.feature[w] + 1, it.family[w], it.magnitude[w], it.nature[w] + 1, it.setting[w], dist, relief
    )
    _u, first, codes = np.unique(key, return_index=True, return_inverse=True)
    codes = codes.ravel()
    # stored in the register and the sweep's files: French whatever the interface's language (issue 28)
    texts = np.array([interaction_sentence(a, int(w[i]), translated=False) for i in first], dtype=object)
    out[has] = texts[codes]
    return out


def priority_columns(a: Assessment) -> pd.DataFrame:
    """The priority columns of a case table (cases.csv, layers, register)."""
    m = a.method
    has = a.winner >= 0
    sig_labels = np.array([s["libelle"] for s in m.significances] + [""], dtype=object)
    value_labels = np.array([m.value_labels[v] for v in reversed(m.values)] + [""], dtype=object)
    mag_labels = np.array([m.magnitude_labels[x] for x in reversed(m.magnitudes)] + [""], dtype=object)
    rank_labels = np.array([""] + [m.rank_labels[r] for r in range(1, 6)], dtype=object)
    attribute = np.full(a.n, "", dtype=object)
    if has.any():
        it, w = a.interactions, a.winner[has]
        _u, first, codes = np.unique(
            _pack(it.source[w], it.feature[w] + 1, it.family[w]), return_index=True, return_inverse=True
        )
        codes = codes.ravel()
        names = np.array(
            # stored in the register and the sweep's files: French whatever the interface's language
            [
                a.labels.label(int(it.source[w[i]]), int(it.feature[w[i]]), m, int(it.family[w[i]]), translated=False)
                for i in first
            ],
            dtype=object,
        )
        attribute[has] = names[codes]
    return pd.DataFrame(
        {
            "priorite_rang": a.rank.astype(int),
            "priorite": rank_labels[a.rank],
            "priorite_importance": sig_labels[np.where(has, a.significance, -1)],
            "priorite_valeur": value_labels[np.where(has, a.value, -1)],
            "priorite_ampleur": mag_labels[np.where(has, a.magnitude, -1)],
            "priorite_attribut": attribute,
            "priorite_172": np.where(a.paragraph_172, "oui", "non"),
            "priorite_motif": reason_sentences(a),
        }
    )


def describe_priority(a: Assessment, i: int, limit: int = 6) -> dict:
    """Case ``i``'s priority for the fiche and ``screen --json``: rank, label, value, magnitude, the matrix cell,
    the attributes affected (strongest first) and the sentences that explain it."""
    m = a.method
    rank = int(a.rank[i])
    out = {
        "rang": rank,
        "libelle": m.rank_labels[rank],
        "importance": None,
        "valeur": None,
        "ampleur": None,
        "cellule": None,
        "interaction": None,
        "paragraphe_172": bool(a.paragraph_172[i]),
        "travaux_reconnus": [m.works[j].label for j in np.flatnonzero(a.works[i])],
        "travaux_supposes": bool(a.assumed[i]),
        "attributs": [],
        "autres_attributs": 0,
        "raisons": [],
        "methode": m.to_summary(),
    }
    if a.winner[i] < 0:
        out["raisons"] = [m.unlocated_reason]
        return out
    it = a.interactions
    mine = np.flatnonzero(it.case == i)
    ranks = np.array([s["rang"] for s in m.significances])
    bien = np.array([f.of_bien for f in m.families], dtype=bool)[it.family[mine]]
    keys = (it.significance[mine], it.family[mine], ~bien, -it.magnitude[mine], -it.value[mine])
    mine = mine[np.lexsort(keys + (ranks[it.significance[mine]],))]
    seen = set()
    for k in mine:
        name = a.labels.label(int(it.source[k]), int(it.feature[k]), m, int(it.family[k]))
        if name in seen:  # one line per attribute: its strongest interaction
            continue
        seen.add(name)
        if len(out["attributs"]) == limit:
            out["autres_attributs"] += 1
            continue
        fam = m.families[int(it.family[k])]
        sig = m.significances[int(it.significance[k])]
        out["attributs"].append(
            {
                "attribut": name,
                "famille": fam.label,
                "valeur": m.value_labels[m.values[len(m.values) - 1 - int(it.value[k])]],
                "ampleur": m.magnitude_labels[m.magnitudes[len(m.magnitudes) - 1 - int(it.magnitude[k])]],
                "importance": sig["libelle"],
                "rang": int(sig["rang"]),
                "interaction": tr("cadre") if it.setting[k] else tr("emprise"),
                "distance_m": round(float(it.distance[k]), 0),
                "relief_masquant": it.masked(k),
            }
        )
    w = int(a.winner[i])
    value = m.values[len(m.values) - 1 - int(it.value[w])]
    mag = m.magnitudes[len(m.magnitudes) - 1 - int(it.magnitude[w])]
    cell = m.cells[value][mag]
    sig = m.significances[int(it.significance[w])]
    out.update(
        importance=sig["libelle"],
        valeur=m.value_labels[value],
        ampleur=m.magnitude_labels[mag],
        interaction=interaction_phrase(a, w),
        cellule={
            "valeur": m.value_labels[value],
            "ampleur": m.magnitude_labels[mag],
            "importance": sig["libelle"],
            "source": cell["source"],
        },
    )
    reasons = [interaction_sentence(a, w), tr("Valeur : {r}.").format(r=m.families[int(it.family[w])].reason)]
    if it.masked(w):
        reasons.append(tr("Ampleur réduite de {n} cran(s) : {r}.").format(n=m.relief_step, r=m.relief_reason))
    if a.assumed[i]:
        reasons.append(
            tr("Ampleur supposée d'après le type de dossier : la description ne dit rien que la méthode reconnaisse.")
        )
    if a.paragraph_172[i]:
        reasons.append(
            tr(
                "Effet grand ou très grand sur un attribut du Bien : l'État peut avoir à en informer le Centre du "
                "patrimoine mondial avant de décider (Orientations, paragraphe 172) ; une étude d'impact patrimonial "
                "est recommandée."
            )
        )
    out["raisons"] = reasons
    return out


# ----------------------------------------------------------------------------- stored words, shown translated


@lru_cache(maxsize=64)
def _template_pattern(template: str) -> "re.Pattern":
    """A regular expression reading back a text made from ``template`` («{what} : valeur {v}…»), each field a group."""
    parts = re.split(r"\{(\w+)(?::[^}]*)?\}", template)
    # a family's label in brackets may hold brackets of its own («… du Bien (500 m)»): it is the last balanced group
    fields = {"f": r"[^()]*(?:\([^()]*\)[^()]*)*", "a": ".+"}
    pattern = "".join(re.escape(p) if k % 2 == 0 else f"(?P<{p}>{fields.get(p, '.+?')})" for k, p in enumerate(parts))
    return re.compile(pattern + r"\Z", re.S)


def attribute_words(text) -> str:
    """A stored attribute (French: «abords de 63Q « … » (classé)», «composante n° 12 « … »», «espace de vue vers…»,
    a family's label) in the interface's language; an element's name, or a text read otherwise, is kept."""
    if not isinstance(text, str) or not text:
        return "" if text is None or text != text else str(text)
    for template in (_ABORDS_OF, _COMPONENT, _VIEWS_TO):
        m = _template_pattern(template).match(text)
        if m:
            return tr(template).format(**m.groupdict())
    return tr(text)


def attribute_words_column(values) -> np.ndarray:
    """:func:`attribute_words` of a column (the «priorite_attribut» of a case table), each distinct value read once."""
    codes, uniques = pd.factorize(pd.Series(values, dtype=object), use_na_sentinel=True)
    words = np.array([attribute_words(u) for u in uniques] + [attribute_words(None)], dtype=object)
    return words[codes]


def _what_words(what: str) -> str:
    masked = what.endswith(_MASKED)
    core = what[: -len(_MASKED)] if masked else what
    out = None
    for template in (_IN_SETTING, _TOUCHES):
        m = re.match(r"(?P<nature>.+?) " + _template_pattern(template).pattern, core, re.S)
        if m:
            g = m.groupdict()
            nature = g.pop("nature")
            nature = tr(nature[0].lower() + nature[1:]) if nature else nature
            fields = {k: attribute_words(v) if k == "a" else tr(v) for k, v in g.items()}
            out = f"{nature[0].upper()}{nature[1:]} " + tr(template).format(**fields)
            break
    if out is None:  # «Construction neuve zone tampon»: the works, then the family's label (both the method's words)
        words = core.split(" ")
        for k in range(1, len(words)):
            nature, family = " ".join(words[:k]), " ".join(words[k:])
            nature = nature[0].lower() + nature[1:]
            if tr(nature) != nature and tr(family) != family:
                out = f"{tr(nature)[0].upper()}{tr(nature)[1:]} {tr(family)}"
                break
    if out is None:
        return what
    return out + (tr(_MASKED) if masked else "")


def reason_words(text) -> str:
    """The priority's sentence the register stores (French, :func:`reason_sentences`) in the interface's language:
    read back along its template, its pieces translated (the method's words, the attribute); a sentence of another
    shape is kept as it is."""
    if not isinstance(text, str) or not text:
        return "" if text is None or text != text else str(text)
    m = _template_pattern(_SENTENCE).match(text)
    if not m:
        return tr(text)  # the method's own sentences (a case not located…)
    g = m.groupdict()
    return tr(_SENTENCE).format(what=_what_words(g["what"]), v=tr(g["v"]), m=tr(g["m"]), s=tr(g["s"]), r=tr(g["r"]))

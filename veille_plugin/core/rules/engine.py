"""Where a rule is evaluated: the management-plan rules over a batch of screened cases.

Vectorised: every atomic condition is a numpy operation over all cases at once (pairs from the
screening, keyword masks over the works descriptions, spatial queries on user layers), combined
in three-valued logic — false / unknown (missing data) / true — with short-circuit masks so costly
conditions run only on the cases still undecided.

Verdict per case and rule: the rule's ``verdict_si_vrai`` (``à vérifier`` or ``non conforme``) when its condition
is true; ``donnée manquante`` when the answer depends on data that is not there, an optional layer included (never a
silent pass); when the condition is false, ``non applicable`` — the rule does not concern the case (its type, its
works, the object or the place the rule is about) — unless the rule names its ``exigences``, the conditions that test
what a case it concerns must meet: false on those alone, ``conforme``. A rule that names none never says ``conforme``.
"""

from dataclasses import dataclass, field
from typing import Optional

import numpy as np
import pandas as pd
import shapely

from ..i18n import QT_TRANSLATE_NOOP, tr
from ..reference.data import ReferenceData
from ..screening.engine import ZONE_ERREUR, BatchScreening, pda_facts, zone_labels
from ..text import normalize, phrase_pattern
from ..vocabulary import (
    SEVERITY_BLOCKING,
    SEVERITY_MAJOR,
    SEVERITY_NONE,
    VERDICT_CHECK,
    VERDICT_FAIL,
    VERDICT_MISSING,
    VERDICT_NA,
    VERDICT_OK,
    VERDICT_ORDER,
)
from .cases import Cases
from .catalogue import SEVERITIES, Catalogue
from .foundations import foundations_of, foundations_text, status_label

F, U, T = 0, 1, 2  # three-valued logic: AND = min, OR = max, NOT = 2 - x

#: The catalogue's key of a rule's requirements: the conditions (by their key, e.g. ``couche_utilisateur``) that test
#: what a case the rule concerns must meet. Every other condition says which cases the rule concerns.
REQUIREMENTS_KEY = "exigences"

V_NA, V_OK, V_CHECK, V_FAIL, V_MISSING = 0, 1, 2, 3, 4
VERDICT_LABELS = {
    V_NA: VERDICT_NA,
    V_OK: VERDICT_OK,
    V_CHECK: VERDICT_CHECK,
    V_FAIL: VERDICT_FAIL,
    V_MISSING: VERDICT_MISSING,
}
_VERDICT_CODE = {VERDICT_CHECK: V_CHECK, VERDICT_FAIL: V_FAIL}
SEVERITY_RANK = {s: i + 1 for i, s in enumerate(SEVERITIES)}  # 0 = aucune

USER_LAYER_LABELS = {
    "site_classe_terrils": QT_TRANSLATE_NOOP("VeillePatrimoniale", "périmètre du site classé de la chaîne des terrils"),
    "cones_de_vue": QT_TRANSLATE_NOOP("VeillePatrimoniale", "cônes de vue"),
    "aires_influence_paysagere": QT_TRANSLATE_NOOP("VeillePatrimoniale", "Aires d'Influence Paysagère"),
    "plu_info_perimetre_unesco": QT_TRANSLATE_NOOP("VeillePatrimoniale", "périmètre UNESCO reporté dans le PLU"),
    "plu_protections_patrimoniales": QT_TRANSLATE_NOOP(
        "VeillePatrimoniale", "protections patrimoniales du PLU (L.151-19)"
    ),
    "plu_permis_de_demolir": QT_TRANSLATE_NOOP("VeillePatrimoniale", "périmètre du permis de démolir"),
    "plu_ouverture_urbanisation": QT_TRANSLATE_NOOP("VeillePatrimoniale", "zones ouvertes à l'urbanisation"),
    "plu_zones_constructibles": QT_TRANSLATE_NOOP("VeillePatrimoniale", "zones constructibles du PLU (U, AUc, AUs)"),
    "risques": QT_TRANSLATE_NOOP("VeillePatrimoniale", "plans de prévention des risques"),
    "pda": QT_TRANSLATE_NOOP("VeillePatrimoniale", "périmètres délimités des abords"),
}


@dataclass
class Context:
    """What the rules may look at besides the cases: screening, reference, user layers, danger list."""

    ref: ReferenceData
    screening: BatchScreening
    user_layers: dict = field(default_factory=dict)  # name -> shapely array in EPSG:2154
    danger_list: Optional[set] = None  # element ids on the danger list; None = not available
    #: name -> the words that name a layer's source and date («servitude AC2 … relevé du …», «couche fournie»)
    layer_sources: dict = field(default_factory=dict)
    #: the sight lines over the relief the rules asked for (:mod:`..screening.covisibility`); None: not computed
    covisibility: Optional[object] = None

    def source_of(self, name: str) -> str:
        """« (source) » of a layer for a verdict's reason, or «» when unknown."""
        words = self.layer_sources.get(name)
        return f" ({words})" if words else ""

    def __post_init__(self):
        self._cache = {}
        # the PDA facts go with the screening, so that its summary says what R03 and R21 say
        pda = self.user_layers.get("pda")
        self.screening.pda = None if pda is None else pda_facts(self.screening, self.ref, pda)


@dataclass
class RuleResults:
    """Verdicts and severities of every rule on every case."""

    catalogue: Catalogue
    verdicts: np.ndarray  # (n_cases, n_rules) int8
    severity: np.ndarray  # (n_cases,) int8, 0 = aucune
    missing: dict  # rule index -> set of missing data names (for messages)

    @property
    def n(self):
        """Number of cases."""
        return self.verdicts.shape[0]


# ----------------------------------------------------------------------------- atomic conditions


def element_mask(ref: ReferenceData, spec: dict) -> np.ndarray:
    """Mask of the elements a condition's filter selects (categories, types, MH protection)."""
    a = ref.elements.attributes
    mask = np.ones(len(a), dtype=bool)
    if spec.get("categories"):
        mask &= a["categorie"].isin(spec["categories"]).to_numpy()
    if spec.get("types"):
        wanted = {normalize(t) for t in spec["types"]}
        mask &= a["type"].map(lambda t: normalize(t) in wanted).to_numpy()
    if "protection_mh" in spec:
        wanted = spec["protection_mh"]
        if wanted in ("classé", "inscrit"):  # a monument classé, or inscrit, au titre des monuments historiques
            mask &= (a["protection_mh"] == wanted).to_numpy()
        else:
            mh = a["protection_mh"].isin(["inscrit", "classé"]).to_numpy()
            mask &= mh if wanted else ~mh
    return mask


def _cases_with(pairs: np.ndarray, n: int, keep: Optional[np.ndarray] = None) -> np.ndarray:
    out = np.zeros(n, dtype=bool)
    if pairs.shape[1]:
        idx = pairs[0] if keep is None else pairs[0][keep]
        out[idx] = True
    return out


def _tv(b: np.ndarray) -> np.ndarray:
    return np.where(b, T, F).astype(np.int8)


class Evaluator:
    """Evaluates the catalogue's conditions over all cases at once (boolean masks)."""

    def __init__(self, cases: Cases, ctx: Context, catalogue: Catalogue):
        self.cases = cases
        self.ctx = ctx
        self.cat = catalogue
        self.n = len(cases)
        self.missing_names = set()
        self.free = None  # see scope(): the atoms that read whatever lets the condition hold
        self.positive = True  # polarity of the atom being read (false under an «aucun»)

    # each atom returns an int8 array over all cases (only values under ``mask`` matter)
    def atom(self, key, value, mask) -> np.ndarray:
        """Mask of one atomic condition."""
        if self.free is not None and key in self.free:
            return np.full(self.n, T if self.positive else F, dtype=np.int8)
        return getattr(self, "_c_" + key)(value, mask)

    def scope(self, cond: dict, mask: np.ndarray, requirements) -> np.ndarray:
        """The condition with its requirements left free (read as whatever lets it hold: «true», or «false» under an
        «aucun»): false where the rule does not concern the case whatever the requirements say."""
        saved = set(self.missing_names)
        self.free, self.positive = frozenset(requirements), True
        try:
            return self.evaluate(cond, mask)
        finally:
            self.free, self.positive = None, True
            self.missing_names = saved

    def isin(self, name, values, wanted):
        """Mask of the cases whose ``name`` values are in ``wanted`` (cached)."""
        key = ("isin", name, tuple(wanted))
        if key not in self.ctx._cache:
            self.ctx._cache[key] = np.isin(values, list(wanted))
        return self.ctx._cache[key]

    def _c_zone(self, value, mask):
        return _tv(self.isin("zone", self.ctx.screening.zone, value))

    def _c_type_dossier(self, value, mask):
        return _tv(self.isin("type", self.cases.case_type, value))

    def _c_nature_projet(self, value, mask):
        wanted = [normalize(v) for v in value]
        return _tv(np.isin(self.cases.nature, wanted))

    def keyword_mask(self, keyword: str) -> np.ndarray:
        """Mask of the cases whose works mention ``keyword`` (cached)."""
        key = ("kw", keyword)
        if key not in self.ctx._cache:
            exprs = self.cat.vocabulary.get(keyword, [normalize(keyword)])
            pattern = phrase_pattern(exprs)
            if not pattern:
                self.ctx._cache[key] = np.zeros(self.n, bool)
            elif self.cases.works_uniques is not None:  # match each distinct description once
                hit = pd.Series(self.cases.works_uniques).str.contains(pattern, regex=True).to_numpy(dtype=bool)
                self.ctx._cache[key] = hit[self.cases.works_codes]
            else:
                self.ctx._cache[key] = (
                    pd.Series(self.cases.works).str.contains(pattern, regex=True).to_numpy(dtype=bool)
                )
        return self.ctx._cache[key]

    def _c_travaux(self, value, mask):
        out = np.zeros(self.n, dtype=bool)
        for kw in value:
            out |= self.keyword_mask(kw)
        return _tv(out)

    def _c_touche_elements(self, spec, mask):
        sel = element_mask(self.ctx.ref, spec)
        pairs = self.ctx.screening.element_pairs
        return _tv(_cases_with(pairs, self.n, sel[pairs[1]] if pairs.shape[1] else None))

    def near_pairs(self, distance: float, mask: np.ndarray, with_distance: bool = False):
        """(case, element) pairs within ``distance`` for the cases under ``mask`` (and their distances).

        Within the screening distance the screening's pairs are reused; beyond it, the cases not yet
        queried at this distance are queried once and cached (rules share distances such as 10 km)."""
        s = self.ctx.screening
        if distance <= s.distance:
            keep = s.near_distances <= distance
            return s.near_pairs[:, keep], s.near_distances[keep]
        key = ("near", distance)
        done, pairs = self.ctx._cache.get(key, (np.zeros(self.n, dtype=bool), np.empty((2, 0), dtype=np.int64)))
        todo = np.flatnonzero(mask & s.ok & ~done)
        if len(todo):
            res = self.ctx.ref.elements.tree.query(self.cases.geometries[todo], predicate="dwithin", distance=distance)
            pairs = np.hstack([pairs, np.vstack([todo[res[0]], res[1]])])
            done = done.copy()
            done[todo] = True
            self.ctx._cache[key] = (done, pairs)
        sel = pairs[:, mask[pairs[0]]] if pairs.shape[1] else pairs
        if not with_distance:
            return sel, None
        d = (
            shapely.distance(self.cases.geometries[sel[0]], self.ctx.ref.elements.geometries[sel[1]])
            if sel.shape[1]
            else np.empty(0)
        )
        return sel, d

    def _c_elements_a_moins_de(self, spec, mask):
        sel = element_mask(self.ctx.ref, spec)
        distance = float(spec["distance_m"])
        if distance > self.ctx.screening.distance:
            return _tv(self.any_within(distance, sel, mask))
        pairs, _d = self.near_pairs(distance, mask)
        return _tv(_cases_with(pairs, self.n, sel[pairs[1]] if pairs.shape[1] else None))

    def any_within(self, distance: float, sel: np.ndarray, mask: np.ndarray) -> np.ndarray:
        """Cases with an element of ``sel`` within ``distance`` (beyond the screening distance), for the cases under
        ``mask``. A distance of 10 km holds hundreds of elements per case, whose pairs the verdict never needs: each
        selected element is tested (``dwithin``, vectorised) only against the cases in its box grown by the distance
        that no element answered yet, so a case is mostly tested once. Same answer as the pairs of :meth:`near_pairs`
        (distance ≤ ``distance``); cached per distance and selection, the cases already answered kept."""
        key = ("any_within", distance, sel.tobytes())
        done, hit = self.ctx._cache.get(key, (np.zeros(self.n, dtype=bool), np.zeros(self.n, dtype=bool)))
        todo = mask & self.ctx.screening.ok & ~done
        if todo.any():
            done, hit = done | todo, hit.copy()
            elements = self.ctx.ref.elements.geometries
            chosen = np.flatnonzero(sel)
            grown = shapely.bounds(elements[chosen]) + np.array([-distance, -distance, distance, distance])
            boxes = shapely.box(grown[:, 0], grown[:, 1], grown[:, 2], grown[:, 3])
            waiting = todo.copy()  # asked, and no element within the distance yet
            for j, box in zip(chosen, boxes):
                if not waiting.any():
                    break
                cand = self.cases_in(box)
                cand = cand[waiting[cand]]
                if len(cand):
                    near = cand[shapely.dwithin(self.cases.geometries[cand], elements[j], distance)]
                    hit[near] = True
                    waiting[near] = False
            self.ctx._cache[key] = (done, hit)
        return hit

    def cases_in(self, box) -> np.ndarray:
        """The cases whose bounding box meets ``box`` (the screening's index, else one built once)."""
        screening = self.ctx.screening
        if screening.input_tree is not None:
            found = screening.input_tree.query(box)
            return found if screening.shared is None else screening.shared.inputs(found)[0]
        key = ("case_tree",)
        if key not in self.ctx._cache:
            self.ctx._cache[key] = shapely.STRtree(np.where(self.ctx.screening.ok, self.cases.geometries, None))
        return self.ctx._cache[key].query(box)

    def _c_abords_mh(self, value, mask):
        inside = _cases_with(self.ctx.screening.abords_pairs, self.n)
        return _tv(inside if value else ~inside)

    def _c_abords_sans_pda(self, value, mask):
        """In the 500 m circle of a monument whose abords are not replaced by a PDA (Code du patrimoine L.621-30: a
        PDA, where one is delimited, replaces the circle). A monument has a PDA when the «pda» layer touches it
        (:func:`..screening.engine.pda_facts`, which the location summary reads too); without that layer every
        circle counts (the rule says the PDA is to be checked)."""
        pairs = self.ctx.screening.abords_pairs
        facts = self.ctx.screening.pda
        keep = ~facts.replaced[pairs[1]] if facts is not None and pairs.shape[1] else None
        inside = _cases_with(pairs, self.n, keep)
        return _tv(inside if value else ~inside)

    def _numeric(self, values, threshold):
        out = np.full(self.n, U, dtype=np.int8)
        known = ~np.isnan(values)
        out[known] = np.where(values[known] >= threshold, T, F)
        return out

    def _c_hauteur_min_m(self, value, mask):
        if np.isnan(self.cases.height_m[mask]).any():
            self.missing_names.add(tr("hauteur du projet"))
        return self._numeric(self.cases.height_m, value)

    def _c_emprise_min_m2(self, value, mask):
        if np.isnan(self.cases.footprint_m2[mask]).any():
            self.missing_names.add(tr("emprise au sol"))
        return self._numeric(self.cases.footprint_m2, value)

    def concerned_elements(self):
        """(case, element) pairs touched or near (cached)."""
        s = self.ctx.screening
        pairs = np.hstack([s.element_pairs, s.near_pairs])
        return pairs

    def _c_element_en_peril(self, value, mask):
        pairs = self.concerned_elements()
        concerned = _cases_with(pairs, self.n)
        if self.ctx.danger_list is None:
            out = np.where(concerned, U, F).astype(np.int8)
            if (concerned & mask).any():
                self.missing_names.add(tr("liste des sites en péril"))
        else:
            ids = self.ctx.ref.elements.attributes["identifiant"].to_numpy(dtype=object)
            on_list = np.isin(ids, list(self.ctx.danger_list))
            out = _tv(_cases_with(pairs, self.n, on_list[pairs[1]] if pairs.shape[1] else None))
        return out if value else (2 - out).astype(np.int8)

    def _c_couche_utilisateur(self, spec, mask):
        name = spec["couche"]
        layer = self.ctx.user_layers.get(name)
        if layer is None:  # required or optional («si_absente: faux»), a layer not there is unknown, never «false»
            if mask.any():
                self.missing_names.add(tr(USER_LAYER_LABELS.get(name, name)))
            return np.full(self.n, U, dtype=np.int8)
        idx = np.flatnonzero(mask & self.ctx.screening.ok)
        out = np.zeros(self.n, dtype=np.int8)
        if len(idx) and spec.get("couverture_min") is not None:
            frac = self.coverage(name, idx)
            out[idx] = np.where(frac >= float(spec["couverture_min"]) - 1e-9, T, F)
            return out
        if len(idx):
            tree = self.ctx._cache.setdefault(("tree", name), shapely.STRtree(layer))
            d = float(spec.get("distance_m", 0) or 0)
            geoms = self.cases.geometries[idx]
            res = (
                tree.query(geoms, predicate="dwithin", distance=d)
                if d > 0
                else tree.query(geoms, predicate="intersects")
            )
            hit = np.zeros(len(idx), dtype=bool)
            hit[res[0]] = True
            out[idx] = np.where(hit, T, F)
        return out

    def coverage(self, name: str, idx: np.ndarray) -> np.ndarray:
        """Share of each case ``idx`` covered by user layer ``name``: area for polygons, length for lines, 0/1 for
        points."""
        key = ("union", name)
        if key not in self.ctx._cache:
            layer = np.asarray(self.ctx.user_layers[name], dtype=object)
            self.ctx._cache[key] = shapely.union_all(layer[~pd.isna(layer)]) if len(layer) else shapely.Polygon()
        union = self.ctx._cache[key]
        geoms = self.cases.geometries[idx]
        dims = shapely.get_dimensions(geoms)
        frac = np.zeros(len(idx))
        hit = shapely.intersects(geoms, union)
        poly, line, point = hit & (dims == 2), hit & (dims == 1), hit & (dims == 0)
        if poly.any():
            frac[poly] = shapely.area(shapely.intersection(geoms[poly], union)) / np.maximum(
                shapely.area(geoms[poly]), 1e-12
            )
        if line.any():
            frac[line] = shapely.length(shapely.intersection(geoms[line], union)) / np.maximum(
                shapely.length(geoms[line]), 1e-12
            )
        frac[point] = 1.0
        return np.clip(frac, 0.0, 1.0)

    def _c_couche_reference(self, spec, mask):
        name = spec["couche"]
        try:
            layer = self.ctx.ref.layer(name)
        except Exception:
            self.missing_names.add(tr("couche de référence « {c} »").format(c=name))
            return np.full(self.n, U, dtype=np.int8)
        idx = np.flatnonzero(mask & self.ctx.screening.ok)
        out = np.zeros(self.n, dtype=np.int8)
        if len(idx):
            d = float(spec.get("distance_m", 0) or 0)
            geoms = self.cases.geometries[idx]
            res = (
                layer.tree.query(geoms, predicate="dwithin", distance=d)
                if d > 0
                else layer.tree.query(geoms, predicate="intersects")
            )
            hit = np.zeros(len(idx), dtype=bool)
            hit[res[0]] = True
            out[idx] = np.where(hit, T, F)
        return out

    # --------------------------------------------------------------------- combinators
    def evaluate(self, cond: dict, mask: np.ndarray) -> np.ndarray:
        """Three-valued mask of a condition (true, false, unknown) over ``mask``."""
        ((key, value),) = cond.items()
        if key == "tous":
            out = np.full(self.n, T, dtype=np.int8)
            for sub in value:
                m = mask & (out != F)
                if not m.any():
                    break
                r = self.evaluate(sub, m)
                out[m] = np.minimum(out[m], r[m])
            return out
        if key == "un_parmi":
            out = np.full(self.n, F, dtype=np.int8)
            for sub in value:
                m = mask & (out != T)
                if not m.any():
                    break
                r = self.evaluate(sub, m)
                out[m] = np.maximum(out[m], r[m])
            return out
        if key == "aucun":
            self.positive = not self.positive
            try:
                inner = self.evaluate({"un_parmi": value}, mask)
            finally:
                self.positive = not self.positive
            return (2 - inner).astype(np.int8)
        return self.atom(key, value, mask)


# ----------------------------------------------------------------------------- batch evaluation


def evaluate_rules(catalogue: Catalogue, cases: Cases, ctx: Context) -> RuleResults:
    """Verdicts of every rule of the catalogue on every case."""
    n = len(cases)
    rules = catalogue.rules
    verdicts = np.zeros((n, len(rules)), dtype=np.int8)
    severity = np.zeros(n, dtype=np.int8)
    missing = {}
    ok = ctx.screening.ok
    ev = Evaluator(cases, ctx, catalogue)
    for j, rule in enumerate(rules):
        applies = ev.isin("type", cases.case_type, rule.s_applique_a)
        mask = applies & ok
        ev.missing_names = set()
        val = ev.evaluate(rule.condition, mask)
        col = np.full(n, V_NA, dtype=np.int8)  # false: the rule does not concern the case…
        false = mask & (val == F)
        requirements = rule.data.get(REQUIREMENTS_KEY)
        if requirements and false.any():  # …unless it does whatever its requirements say: it meets them
            col[false & (ev.scope(rule.condition, false, requirements) != F)] = V_OK
        col[mask & (val == U)] = V_MISSING
        col[mask & (val == T)] = _VERDICT_CODE[rule.verdict_si_vrai]
        col[applies & ~ok] = V_MISSING
        verdicts[:, j] = col
        severity = np.maximum(severity, effective_severity(rule, col))
        if ev.missing_names:
            missing[j] = set(ev.missing_names)
    return RuleResults(catalogue, verdicts, severity, missing)


def effective_severity(rule, col: np.ndarray) -> np.ndarray:
    """Rank of what a rule's verdicts weigh in the overall severity: its severity when it fired, but a «bloquant»
    rule that is only «à vérifier» weighs «majeur» (the overall severity reads «bloquant» only for a rule that says
    «non conforme»); nothing when it did not fire."""
    rank = SEVERITY_RANK[rule.severite]
    checked = min(rank, SEVERITY_RANK[SEVERITY_MAJOR]) if rule.severite == SEVERITY_BLOCKING else rank
    return np.select([col == V_FAIL, col == V_CHECK], [rank, checked], 0).astype(np.int8)


def severity_label(rank: int) -> str:
    """The French severity of a rank (0: «aucune»)."""
    return SEVERITIES[rank - 1] if rank > 0 else SEVERITY_NONE


def results_table(results: RuleResults) -> pd.DataFrame:
    """Per case: overall severity, rules fired, rules lacking data (ids «;»-joined), vectorised."""
    ids = np.array([r.id for r in results.catalogue.rules], dtype=object)
    v = results.verdicts
    fired = (v == V_CHECK) | (v == V_FAIL)
    lacking = v == V_MISSING

    def joined(mask):
        # each case's set of rules packed into bytes; distinct sets are few, so build each string once
        packed = np.packbits(mask, axis=1)
        keys = np.ascontiguousarray(packed).view(np.dtype((np.void, packed.shape[1]))).ravel()
        uniq, first, inv = np.unique(keys, return_index=True, return_inverse=True)
        texts = np.array([";".join(ids[mask[k]]) for k in first], dtype=object)
        return pd.Series(texts[inv.ravel()])

    labels = np.array([SEVERITY_NONE] + list(SEVERITIES), dtype=object)
    return pd.DataFrame(
        {
            "severite": labels[results.severity],
            "regles": joined(fired).to_numpy(),
            "regles_non_conformes": joined(v == V_FAIL).to_numpy(),
            "regles_donnee_manquante": joined(lacking).to_numpy(),
            "catalogue_version": results.catalogue.version,
        }
    )


# ----------------------------------------------------------------------------- explanations


def _names(ref, idx, with_distance=None):
    a = ref.elements.attributes
    out = []
    for k, j in enumerate(idx):
        text = f"{a['identifiant'].iloc[j]} « {a['nom'].iloc[j]} »"
        if with_distance is not None:
            text += tr(" à {d:.0f} m").format(d=with_distance[k])
        out.append(text)
    return out


def _mh_source(ref, idx) -> str:
    """« (servitude AC1 (GPU), version du …) » when the MH protection of these elements comes from the servitudes
    (:mod:`..reference.monuments`), «» when it is the reference data's."""
    a = ref.elements.attributes
    if "source_mh" not in a.columns:
        return ""
    from ..reference.monuments import reference_source

    words = sorted({str(a["source_mh"].iloc[j]) for j in idx} - {"", reference_source()})
    return f" ({'; '.join(words)})" if words else ""


class Explainer:
    """Why a condition holds for one case: French phrases, deterministic."""

    def __init__(self, ev: Evaluator, i: int):
        self.ev, self.i = ev, i
        self.mask = np.zeros(ev.n, dtype=bool)
        self.mask[i] = True

    def value(self, cond):
        """Value of a condition for the explained case."""
        return int(self.ev.evaluate(cond, self.mask)[self.i])

    def why(self, cond) -> list:
        """Why a condition holds or not for the explained case (French)."""
        ((key, value),) = cond.items()
        v = self.value(cond)
        if key in ("tous", "un_parmi"):
            phrases = []
            for sub in value:
                sv = self.value(sub)
                # explain the parts that decided the outcome
                if (key == "tous" and (v == T or sv == v)) or (key == "un_parmi" and sv == v):
                    phrases += self.why(sub)
                    if key == "un_parmi" and v == T:
                        break
                    if key == "tous" and v != T:
                        break
            return phrases
        if key == "aucun":
            return (
                [tr("non : ") + p for p in self.why({"un_parmi": value})]
                if v == F
                else [tr("aucune des conditions suivantes : ") + "; ".join(p for sub in value for p in self.why(sub))]
            )
        return [self.atom_phrase(key, value, v)]

    def atom_phrase(self, key, value, v) -> str:
        """French phrase for one atomic condition of the explained case."""
        ev, i, ref = self.ev, self.i, self.ev.ctx.ref
        s = ev.ctx.screening
        yes = v == T
        if key == "zone":
            label = zone_labels()[s.zone[i]]
            return tr("zone : {z}").format(z=label[0].lower() + label[1:])
        if key == "type_dossier":
            return tr("type de dossier {t}").format(t=ev.cases.case_type[i]) + (
                "" if yes else tr(" (non concerné : {v})").format(v=", ".join(value))
            )
        if key == "nature_projet":
            return tr("nature du projet : {n}").format(n=ev.cases.nature_raw[i] or tr("non précisée"))
        if key == "travaux":
            found = [kw for kw in value if ev.keyword_mask(kw)[i]]
            return (
                tr("travaux mentionnés : {k}").format(k=", ".join(found))
                if found
                else tr("aucun des travaux visés ({k}) dans la description").format(k=", ".join(value))
            )
        if key == "touche_elements":
            sel = element_mask(ref, value)
            sl = s.element_pairs[1][s.element_pairs[0] == i]
            sl = [j for j in sl if sel[j]]
            what = ", ".join(value.get("categories", []) or value.get("types", [])) or tr("élément du Bien")
            if "protection_mh" in value and value["protection_mh"] is not False:
                mh = value["protection_mh"]
                what = tr("monument historique {p}").format(p=mh) if isinstance(mh, str) else tr("monument historique")
                if sl:
                    return tr("touche {els}, {w}").format(els=", ".join(_names(ref, sl)), w=what) + _mh_source(ref, sl)
            return (
                tr("touche {els}").format(els=", ".join(_names(ref, sl)))
                if sl
                else tr("ne touche aucun élément ({w})").format(w=what)
            )
        if key == "elements_a_moins_de":
            sel = element_mask(ref, value)
            pairs, d = ev.near_pairs(float(value["distance_m"]), self.mask, with_distance=True)
            keep = (pairs[0] == i) & (sel[pairs[1]] if pairs.shape[1] else np.zeros(0, bool))
            order = np.argsort(d[keep], kind="stable")[:5]
            what = ", ".join(value.get("categories", []) or value.get("types", [])) or tr("élément")
            if keep.any():
                return tr("à moins de {dist:.0f} m : {els}").format(
                    dist=value["distance_m"], els=", ".join(_names(ref, pairs[1][keep][order], d[keep][order]))
                )
            return tr("aucun {w} à moins de {dist:.0f} m").format(w=what, dist=value["distance_m"])
        if key == "abords_sans_pda":
            ab = ref.mh_abords.attributes
            sl = s.abords_pairs[1][s.abords_pairs[0] == i]
            if not len(sl):
                return tr("hors du rayon de 500 m des monuments historiques")
            monuments = ", ".join(
                f"{ab['identifiant'].iloc[j]} « {ab['nom'].iloc[j]} » ({ab['protection_mh'].iloc[j]})" for j in sl
            )
            if "pda" not in ev.ctx.user_layers:
                return tr(
                    "à moins de 500 m de {m} ; couche des PDA non fournie : vérifier qu'aucun PDA ne remplace ce rayon"
                ).format(m=monuments)
            return (
                tr("à moins de 500 m de {m}, sans PDA qui remplace ce rayon").format(m=monuments)
                if yes
                else tr("rayon de 500 m de {m} remplacé par un PDA").format(m=monuments)
            ) + ev.ctx.source_of("pda")
        if key == "abords_mh":
            ab = ref.mh_abords.attributes
            sl = s.abords_pairs[1][s.abords_pairs[0] == i]
            return (
                tr("dans les abords de {els}").format(
                    els=", ".join(
                        f"{ab['identifiant'].iloc[j]} « {ab['nom'].iloc[j]} » ({ab['protection_mh'].iloc[j]})"
                        for j in sl
                    )
                )
                if len(sl)
                else tr("hors des abords MH")
            )
        if key == "hauteur_min_m":
            h = ev.cases.height_m[i]
            return (
                tr("hauteur non renseignée (seuil {t:.0f} m)").format(t=value)
                if np.isnan(h)
                else tr("hauteur {h:.1f} m (seuil {t:.0f} m)").format(h=h, t=value)
            )
        if key == "emprise_min_m2":
            a = ev.cases.footprint_m2[i]
            return (
                tr("emprise non renseignée (seuil {t:.0f} m²)").format(t=value)
                if np.isnan(a)
                else tr("emprise {a:.0f} m² (seuil {t:.0f} m²)").format(a=a, t=value)
            )
        if key == "element_en_peril":
            if v == U:
                return tr("liste des sites en péril non disponible pour les éléments concernés")
            if yes:
                pairs = ev.concerned_elements()
                ids = ref.elements.attributes["identifiant"].to_numpy(dtype=object)
                on = sorted({j for j in pairs[1][pairs[0] == i] if ids[j] in ev.ctx.danger_list}, key=lambda j: ids[j])
                return tr("sur la liste des sites en péril : {els}").format(els=", ".join(_names(ref, on)))
            return tr("aucun élément concerné sur la liste des sites en péril")
        if key == "couche_reference":
            names = {
                "terrils_zone_tampon": tr("terrils recensés de la zone tampon"),
                "cites_zone_tampon": tr("cités minières de la zone tampon"),
            }
            label = names.get(value["couche"], value["couche"])
            return tr("touche les {c}").format(c=label) if yes else tr("ne touche pas les {c}").format(c=label)
        if key == "couche_utilisateur":
            label = tr(USER_LAYER_LABELS.get(value["couche"], value["couche"]))
            if value.get("si_absente") == "faux" and v == U:
                return tr("donnée manquante : couche facultative « {c} » non fournie").format(c=label)
            if v == U:
                return tr("donnée manquante : couche « {c} » non fournie").format(c=label)
            source = ev.ctx.source_of(value["couche"])
            if value.get("couverture_min") is not None:
                frac = float(ev.coverage(value["couche"], np.array([i]))[0])
                return (
                    tr("couvert à {p:.0f} % par la couche « {c} » (seuil {s:.0f} %)").format(
                        p=100 * frac, c=label, s=100 * float(value["couverture_min"])
                    )
                    + source
                )
            return (
                tr("dans la couche « {c} »").format(c=label) if yes else tr("hors de la couche « {c} »").format(c=label)
            ) + source
        return f"{key} : {value}"


def _with_covisibility(reason: str, ctx: Context, i: int, rule) -> str:
    """A fired rule's reason with what the covisibility over the relief says (never a change of verdict: a view the
    relief masks from the element may still be seen with it from elsewhere, see the catalogue's «si_masque»)."""
    a = ctx.ref.elements.attributes
    names = (a["identifiant"] + " « " + a["nom"].fillna("") + " »").to_numpy(dtype=object)
    spec = rule.data.get("covisibilite")
    when_masked = spec.get("si_masque", "") if isinstance(spec, dict) else ""
    phrase = ctx.covisibility.rule_phrase(i, rule.id, names, when_masked)
    return f"{reason} ; {phrase}" if phrase else reason


def describe_case(
    results: RuleResults, cases: Cases, ctx: Context, i: int, include_non_applicable: bool = False
) -> dict:
    """Verdicts of case ``i`` with their explanations, overall severity and consultations."""
    ev = Evaluator(cases, ctx, results.catalogue)
    ex = Explainer(ev, i)
    verdicts, consultations, lacking, not_applicable = [], [], [], []
    for j, rule in enumerate(results.catalogue.rules):
        code = int(results.verdicts[i, j])
        if code == V_NA:
            not_applicable.append(rule.id)
        if code == V_NA and not include_non_applicable:
            continue
        if code == V_NA and cases.case_type[i] not in rule.s_applique_a:
            reason = tr("ne s'applique pas aux dossiers de type {t}").format(t=cases.case_type[i])
        elif code == V_NA:
            reason = tr("non concerné : {why}").format(why="; ".join(ex.why(rule.condition)))
        elif not ctx.screening.ok[i]:
            reason = tr("géométrie inutilisable : le cas n'a pas pu être situé")
        else:
            reason = "; ".join(ex.why(rule.condition))
        if code in (V_CHECK, V_FAIL) and ctx.covisibility is not None and rule.data.get("covisibilite"):
            reason = _with_covisibility(reason, ctx, i, rule)
        rec = {
            "regle": rule.id,
            "titre": rule.titre,
            "verdict": VERDICT_LABELS[code],
            "severite": rule.severite,
            "motif": reason,
            "explication": rule.explication,
            "fondement": foundations_of(rule),
            "fondement_texte": foundations_text(rule),
            "statut_regle": status_label(rule),
            "questions": list(rule.data.get("questions") or []) if code in (V_CHECK, V_FAIL, V_MISSING) else [],
            "facteurs_unesco": rule.facteurs_unesco,
            "attributs_vue": rule.data.get("attributs_vue", []),
            "consultations": rule.data.get("consultations", []) if code in (V_CHECK, V_FAIL) else [],
            "recommandation": rule.recommandation if code in (V_CHECK, V_FAIL, V_MISSING) else "",
            "catalogue_version": results.catalogue.version,
        }
        verdicts.append(rec)
        for c in rec["consultations"]:
            if c not in consultations:
                consultations.append(c)
        if code == V_MISSING:
            lacking.append(rule.id)
    verdicts.sort(key=lambda r: (VERDICT_ORDER[r["verdict"]], -SEVERITY_RANK[r["severite"]], r["regle"]))
    return {
        "catalogue": {
            "nom": results.catalogue.name,
            "version": results.catalogue.version,
            "fichier": results.catalogue.source,
        },
        "severite_globale": severity_label(int(results.severity[i])),
        "consultations": consultations,
        "regles_donnee_manquante": lacking,
        "regles_non_applicables": not_applicable,
        "verdicts": verdicts,
        "avertissements_catalogue": list(results.catalogue.warnings),
    }


def run_case_rules(
    catalogue: Catalogue,
    cases: Cases,
    ref: ReferenceData,
    screening: BatchScreening,
    user_layers=None,
    danger_list=None,
):
    """Apply the catalogue to screened cases (the context is built from the arguments)."""
    ctx = Context(ref, screening, user_layers or {}, danger_list)
    return evaluate_rules(catalogue, cases, ctx), ctx


__all__ = [
    "evaluate_rules",
    "describe_case",
    "results_table",
    "run_case_rules",
    "Context",
    "VERDICT_LABELS",
    "ZONE_ERREUR",
]

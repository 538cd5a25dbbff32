"""Which sight lines the rules ask for, and computing them (covisibility over the relief,
:mod:`..screening.covisibility`).

A rule asks for the covisibility when the catalogue gives it a ``covisibilite`` entry (R03, R09, R10). For a case the
rule fired on («à vérifier» or «non conforme») whose project height is known, the elements it names are those of its
conditions that hold for the case: ``elements_a_moins_de`` (R09's terrils and headframes within 2 km, R10's within
10 km) and ``abords_sans_pda`` / ``abords_mh`` (R03's monument, whose 500 m circle holds the case). The nearest
:data:`MAX_ELEMENTS_PER_RULE` are computed (the others are counted), each (case, element) pair once whatever the rules
that ask for it, nearest first, through the rate-limited, cached profile source.

Nothing here changes a verdict: the rules' explanations say the answer (:func:`.engine.describe_case`) and the impact
assessment reads the pairs the relief masks (:func:`..impact.assessment.assess_cases`).
"""

from typing import Callable, Optional

import numpy as np
import shapely

from ..screening.covisibility import CovisibilityResults, observer_height_for, sight_between
from .engine import V_CHECK, V_FAIL, Evaluator, element_mask

#: The catalogue's key of a rule that asks for the covisibility
COVISIBILITY_KEY = "covisibilite"
#: Elements computed at most for one rule and one case (the nearest)
MAX_ELEMENTS_PER_RULE = 6


def _positive_atoms(cond: dict, out: list) -> list:
    """The atoms of a condition that must hold for it to hold (none under an «aucun»)."""
    ((key, value),) = cond.items()
    if key in ("tous", "un_parmi"):
        for sub in value:
            _positive_atoms(sub, out)
    elif key != "aucun":
        out.append((key, value))
    return out


def rule_elements(ev: Evaluator, rule, mask: np.ndarray):
    """(case, element) pairs a rule names for the cases under ``mask``, with their distances (metres)."""
    ctx = ev.ctx
    ref, s = ctx.ref, ctx.screening
    cases, elements, distances = [], [], []
    for key, value in _positive_atoms(rule.condition, []):
        if key == "elements_a_moins_de":
            pairs, d = ev.near_pairs(float(value["distance_m"]), mask, with_distance=True)
            if not pairs.shape[1]:
                continue
            keep = element_mask(ref, value)[pairs[1]] & mask[pairs[0]]
            cases.append(pairs[0][keep])
            elements.append(pairs[1][keep])
            distances.append(np.asarray(d)[keep])
        elif key in ("abords_sans_pda", "abords_mh") and value is True:
            ab = s.abords_pairs
            if not ab.shape[1]:
                continue
            keep = mask[ab[0]].copy()
            if key == "abords_sans_pda" and s.pda is not None:
                keep &= ~s.pda.replaced[ab[1]]
            index = {ident: j for j, ident in enumerate(ref.elements.attributes["identifiant"])}
            monument = np.array(
                [index.get(ident, -1) for ident in ref.mh_abords.attributes["identifiant"]], dtype=np.int64
            )
            keep &= monument[ab[1]] >= 0
            c, e = ab[0][keep], monument[ab[1][keep]]
            cases.append(c)
            elements.append(e)
            distances.append(shapely.distance(ev.cases.geometries[c], ref.elements.geometries[e]))
    if not cases:
        return np.empty(0, np.int64), np.empty(0, np.int64), np.empty(0)
    return np.concatenate(cases), np.concatenate(elements), np.concatenate(distances)


def compute_covisibility(
    cases,
    ctx,
    results,
    source,
    skip: Optional[np.ndarray] = None,
    progress: Optional[Callable[[float], None]] = None,
    is_cancelled: Optional[Callable[[], bool]] = None,
) -> CovisibilityResults:
    """The sight lines the rules ask for (see the module's note), with the profiles of ``source``
    (:class:`..feeds.altimetry.ProfileSource`). ``skip`` flags cases to leave out (located only by their commune);
    ``progress(fraction)`` is told along; ``is_cancelled()`` stops the computation (the pairs not computed yet are
    left out of the results)."""
    out = CovisibilityResults()
    ev = Evaluator(cases, ctx, results.catalogue)
    ref = ctx.ref
    height = np.asarray(cases.height_m, dtype=float)
    eligible = np.asarray(ctx.screening.ok, dtype=bool).copy()
    if skip is not None:
        eligible &= ~np.asarray(skip, dtype=bool)
    with np.errstate(invalid="ignore"):
        known = np.isfinite(height) & (height > 0)
    todo = {}
    for j, rule in enumerate(results.catalogue.rules):
        if not rule.data.get(COVISIBILITY_KEY):
            continue
        fired = np.isin(results.verdicts[:, j], (V_CHECK, V_FAIL)) & eligible
        out.no_height.update(int(c) for c in np.flatnonzero(fired & ~known))
        mask = fired & known
        if not mask.any():
            continue
        c, e, d = rule_elements(ev, rule, mask)
        order = np.lexsort((e, d, c))
        for case in np.unique(c).tolist():
            mine = order[c[order] == case]
            nearest = {}  # element -> its distance, nearest first (the pairs are sorted by distance)
            for element, dist in zip(e[mine].tolist(), d[mine].tolist()):
                nearest.setdefault(element, dist)
            chosen = list(nearest)[:MAX_ELEMENTS_PER_RULE]
            out.asked[(case, rule.id)] = chosen
            if len(nearest) > len(chosen):
                out.left_out[(case, rule.id)] = len(nearest) - len(chosen)
            for element in chosen:
                todo[(case, element)] = min(nearest[element], todo.get((case, element), np.inf))
    categories = ref.elements.attributes["categorie"].to_numpy(dtype=object)
    before = getattr(source, "requests", 0)
    for n, (case, element) in enumerate(sorted(todo, key=lambda key: (key[0], todo[key], key[1]))):
        if is_cancelled is not None and is_cancelled():
            break
        category = str(categories[element])
        out.sights[(case, element)] = sight_between(
            source,
            ref.elements.geometries[element],
            cases.geometries[case],
            observer_height_for(category),
            float(height[case]),
            summit=category == "terril",
        )
        if progress is not None:
            progress((n + 1) / len(todo))
    out.requests = getattr(source, "requests", 0) - before
    return out

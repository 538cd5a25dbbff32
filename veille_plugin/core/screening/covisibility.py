"""Covisibility over the relief: is the top of a project visible from an element of the Bien, over the terrain?

The terrain comes from the Géoplateforme's altimetry service (:mod:`..feeds.altimetry`): one profile between the
element and the project. The answer is one of:

- «visible par-dessus le relief»: the sight line passes above every point of the terrain;
- «masqué par le relief à {d} km, de {m} m»: the terrain rises above the sight line, most at {d} km from the element,
  by {m} metres;
- «inconnu (hors ligne)»: the service could not be reached (nor was the profile in the cache); «inconnu» also when
  its answer is unreadable or without altitudes.

It is the relief alone: buildings and trees are ignored (RGE ALTI® is a terrain model), and every answer says so
(«bâti et végétation non pris en compte»). A hedge or a row of houses may hide what the relief leaves visible; never
the reverse.

Assumptions, stated in every fiche:

- observer: on an element of the Bien, at its point (its centroid, or a point inside it when the centroid falls
  outside) — on a monument historique or a headframe, at eye level, 1.6 m above the ground at its foot (the data do
  not give the height of the headframes: the view from their top is not computed); on a terril, at its summit: the
  highest point of the profile within the terril's footprint, at the height of the terrain (+0 m);
- target: the top of the project, its height above the terrain at its point (centroid or inside point);
- the profile's points inside the element's own footprint or the project's do not mask (an element does not hide
  itself);
- Earth curvature and atmospheric refraction (coefficient k = 0.13): at distance d from the observer, on a line of
  length D, the terrain is raised by d (D − d) / (2 R / (1 − k)), R = 6,371 km (about 1.7 m mid-way on 10 km);
- the terrain masks only when it rises above the sight line by more than 1 m (the altimetry's uncertainty counts in
  favour of visibility).

Everything along a profile is numpy arrays (one pass over its points).
"""

import math
from dataclasses import dataclass, field
from typing import Dict, List, Set, Tuple

import numpy as np
import shapely

from ..errors import InputError
from ..feeds.http import FeedOfflineError
from ..i18n import tr

EARTH_RADIUS_M = 6_371_000.0
#: Coefficient of atmospheric refraction (standard value for visibility studies)
REFRACTION_K = 0.13
#: Eye level above the ground of an observer standing at a monument or a headframe
EYE_LEVEL_M = 1.6
#: Observer above the terrain at a terril's summit (the terril is in the terrain model)
TERRIL_OBSERVER_M = 0.0
#: The terrain masks only when it rises more than this above the sight line
MASK_TOLERANCE_M = 1.0
#: Spacing of the profile's points, and their number (at least, at most)
SAMPLE_SPACING_M = 20.0
MIN_SAMPLES, MAX_SAMPLES = 50, 500
#: Elements a rule's reason names with their answer (the others are counted)
PHRASE_ELEMENTS = 3

VISIBLE, MASKED, OFFLINE, UNREADABLE, NO_DATA = "visible", "masque", "hors_ligne", "illisible", "sans_altitude"
UNKNOWN_STATUSES = (OFFLINE, UNREADABLE, NO_DATA)


def _french(value: float, digits: int) -> str:
    return f"{value:.{digits}f}".replace(".", ",")


def caveat_text() -> str:
    """What every covisibility answer leaves out."""
    return tr("bâti et végétation non pris en compte")


@dataclass
class SightLine:
    """The sight line between an element (observer, at distance 0) and the top of a project, over the terrain."""

    status: str
    observer_height_m: float = 0.0
    target_height_m: float = 0.0
    distances: np.ndarray = field(default_factory=lambda: np.empty(0))  # metres from the observer
    terrain: np.ndarray = field(default_factory=lambda: np.empty(0))  # altitudes (m), NaN where unknown
    sight: np.ndarray = field(default_factory=lambda: np.empty(0))  # sight line's altitude over each point
    obstacle: int = -1  # index of the point that masks most, -1 when none
    obstacle_distance_m: float = math.nan
    obstacle_excess_m: float = math.nan
    from_cache: bool = False

    @property
    def length_m(self) -> float:
        """Length of the sight line (metres), NaN when unknown."""
        return float(self.distances[-1]) if len(self.distances) else math.nan

    @property
    def known(self) -> bool:
        """True when the answer is «visible» or «masqué»."""
        return self.status in (VISIBLE, MASKED)

    def answer(self) -> str:
        """The answer in French («visible par-dessus le relief», «masqué par le relief à 1,2 km, de 35 m»…)."""
        if self.status == VISIBLE:
            return tr("visible par-dessus le relief")
        if self.status == MASKED:
            return tr("masqué par le relief à {d} km, de {m} m").format(
                d=_french(self.obstacle_distance_m / 1000.0, 1), m=_french(max(self.obstacle_excess_m, 1.0), 0)
            )
        if self.status == OFFLINE:
            return tr("inconnu (hors ligne)")
        if self.status == NO_DATA:
            return tr("inconnu (altitudes manquantes)")
        return tr("inconnu (réponse illisible du service d'altimétrie)")

    def to_dict(self) -> dict:
        """The answer and its figures (JSON)."""
        return {
            "statut": self.status,
            "reponse": self.answer(),
            "longueur_m": None if math.isnan(self.length_m) else round(self.length_m, 0),
            "hauteur_observateur_m": self.observer_height_m,
            "hauteur_projet_m": self.target_height_m,
            "obstacle_distance_m": None if self.obstacle < 0 else round(self.obstacle_distance_m, 0),
            "obstacle_depassement_m": None if self.obstacle < 0 else round(self.obstacle_excess_m, 1),
        }


def line_of_sight(
    distances,
    terrain,
    observer_height: float,
    target_height: float,
    ignore=None,
    k: float = REFRACTION_K,
    radius: float = EARTH_RADIUS_M,
    tolerance: float = MASK_TOLERANCE_M,
) -> SightLine:
    """The sight line from ``observer_height`` above the first point of a profile to ``target_height`` above its last
    (``distances`` in metres from the first point, ``terrain`` altitudes, NaN where unknown). ``ignore``: points that
    cannot mask (the element's and the project's own footprints). Earth curvature and refraction (``k``) apply."""
    d = np.asarray(distances, dtype=float)
    z = np.asarray(terrain, dtype=float)
    if len(d) < 2 or not (np.isfinite(z[0]) and np.isfinite(z[-1])) or d[-1] <= 0:
        return SightLine(NO_DATA, observer_height, target_height, d, z)
    length = d[-1]
    z_obs, z_target = z[0] + observer_height, z[-1] + target_height
    bulge = d * (length - d) / (2.0 * radius / (1.0 - k))  # how much the curved, refracted Earth raises the ground
    sight = z_obs + (z_target - z_obs) * d / length - bulge  # the sight line over each point of the terrain
    excess = z - sight
    can_mask = np.isfinite(z)
    can_mask[0] = can_mask[-1] = False
    if ignore is not None:
        can_mask &= ~np.asarray(ignore, dtype=bool)
    scores = np.where(can_mask, excess, -np.inf)
    worst = int(np.argmax(scores))
    if scores[worst] > tolerance:
        return SightLine(
            MASKED, observer_height, target_height, d, z, sight, worst, float(d[worst]), float(excess[worst])
        )
    return SightLine(VISIBLE, observer_height, target_height, d, z, sight)


def samples_for(length_m: float) -> int:
    """Number of profile points for a sight line of ``length_m`` (one every SAMPLE_SPACING_M, within bounds)."""
    return int(min(max(math.ceil(length_m / SAMPLE_SPACING_M) + 1, MIN_SAMPLES), MAX_SAMPLES))


def observer_point(geometry):
    """Where the observer stands on an element: its centroid, or a point inside it when the centroid falls outside."""
    centroid = shapely.centroid(geometry)
    return centroid if shapely.covered_by(centroid, geometry) else shapely.point_on_surface(geometry)


def observer_height_for(category: str) -> float:
    """The observer's height above the terrain on an element of this category (see the module's note)."""
    return TERRIL_OBSERVER_M if str(category) == "terril" else EYE_LEVEL_M


def sight_between(
    source,
    observer_area,
    target_area,
    observer_height: float,
    target_height: float,
    summit: bool = False,
) -> SightLine:
    """The sight line from an element (``observer_area``, EPSG:2154) to the top of a project (``target_area``) with
    the profile of ``source`` (:class:`..feeds.altimetry.ProfileSource`). ``summit``: the observer stands at the
    highest point of the profile within the element (a terril's summit)."""
    from ..crs import l93_to_wgs84, parse_crs, to_l93

    start, end = observer_point(observer_area), observer_point(target_area)
    length = float(shapely.distance(start, end))
    if length < 1.0:  # the project stands where the observer does: nothing between them
        return SightLine(VISIBLE, observer_height, target_height, np.array([0.0]), np.array([np.nan]))
    lonlat = shapely.get_coordinates(l93_to_wgs84(np.array([start, end], dtype=object)))
    try:
        profile = source.profile(lonlat[0, 0], lonlat[0, 1], lonlat[1, 0], lonlat[1, 1], samples_for(length))
    except FeedOfflineError:
        return SightLine(OFFLINE, observer_height, target_height)
    except InputError:
        return SightLine(UNREADABLE, observer_height, target_height)
    points = to_l93(shapely.points(profile.lon, profile.lat), parse_crs("EPSG:4326"))
    xy = shapely.get_coordinates(points)
    x0, y0 = shapely.get_coordinates(start)[0]
    distances = np.hypot(xy[:, 0] - x0, xy[:, 1] - y0)
    terrain = np.asarray(profile.z, dtype=float)
    inside_element = shapely.contains_xy(observer_area, xy[:, 0], xy[:, 1])
    ignore = inside_element | shapely.contains_xy(target_area, xy[:, 0], xy[:, 1])
    if summit and inside_element.any():
        candidates = np.where(inside_element & np.isfinite(terrain), terrain, -np.inf)
        top = int(np.argmax(candidates))
        if np.isfinite(candidates[top]) and top > 0:  # the line starts at the summit, towards the project
            distances, terrain, ignore = distances[top:] - distances[top], terrain[top:], ignore[top:]
    sight = line_of_sight(distances, terrain, observer_height, target_height, ignore)
    sight.from_cache = profile.from_cache
    return sight


@dataclass
class CovisibilityResults:
    """The sight lines computed for a batch of cases, and what each rule asked for."""

    #: (case, element) -> its sight line
    sights: Dict[Tuple[int, int], SightLine] = field(default_factory=dict)
    #: (case, rule id) -> the elements asked for, nearest first
    asked: Dict[Tuple[int, str], List[int]] = field(default_factory=dict)
    #: (case, rule id) -> how many elements beyond the ones computed (the nearest only are)
    left_out: Dict[Tuple[int, str], int] = field(default_factory=dict)
    #: cases for which it was asked but the project's height is unknown
    no_height: Set[int] = field(default_factory=set)
    #: requests sent to the service
    requests: int = 0

    def masked_keys(self, n_elements: int) -> np.ndarray:
        """``case × n_elements + element`` of the pairs the relief masks (sorted, for ``np.isin``)."""
        keys = [c * n_elements + e for (c, e), s in self.sights.items() if s.status == MASKED]
        return np.array(sorted(keys), dtype=np.int64)

    def of_case(self, case: int) -> List[Tuple[int, SightLine]]:
        """The (element, sight line) pairs of a case, nearest element first."""
        pairs = [(e, s) for (c, e), s in self.sights.items() if c == case]
        return sorted(pairs, key=lambda p: (p[1].length_m if p[1].known else math.inf, p[0]))

    def rule_phrase(self, case: int, rule_id: str, element_names, when_masked: str = "") -> str:
        """What the covisibility says for a rule that fired on a case (French), or «» when nothing was asked.
        ``element_names[j]`` names element ``j``; ``when_masked`` is what the rule adds when the relief masks."""
        if (case, rule_id) not in self.asked and case not in self.no_height:
            return ""
        head = tr("covisibilité par-dessus le relief ({c})").format(c=caveat_text())
        if (case, rule_id) not in self.asked:
            return tr("{head} : non calculée, hauteur du projet non renseignée").format(head=head)
        elements = [j for j in self.asked[(case, rule_id)] if (case, j) in self.sights]
        # what matters first: a view over the relief, then what is not known, then the masked ones (nearest first)
        rank = {VISIBLE: 0, OFFLINE: 1, UNREADABLE: 1, NO_DATA: 1, MASKED: 2}
        elements.sort(key=lambda j: rank[self.sights[(case, j)].status])
        parts = [
            tr("depuis {e} : {a}").format(e=element_names[j], a=self.sights[(case, j)].answer())
            for j in elements[:PHRASE_ELEMENTS]
        ]
        rest = [self.sights[(case, j)].status for j in elements[PHRASE_ELEMENTS:]]
        if rest:
            counts = (
                (rest.count(VISIBLE), tr("{n} visible(s)")),
                (rest.count(MASKED), tr("{n} masqué(s)")),
                (sum(x in UNKNOWN_STATUSES for x in rest), tr("{n} inconnu(s)")),
            )
            detail = ", ".join(text.format(n=n) for n, text in counts if n)
            parts.append(tr("{n} autre(s) : {detail}").format(n=len(rest), detail=detail))
        more = self.left_out.get((case, rule_id), 0)
        if more:
            parts.append(tr("{n} élément(s) plus éloigné(s) non calculé(s)").format(n=more))
        text = f"{head} : " + " ; ".join(parts)
        if when_masked and any(self.sights[(case, j)].status == MASKED for j in elements):
            text += " — " + when_masked
        return text

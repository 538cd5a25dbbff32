"""The monuments historiques of the Bien: the MH protection of each element, from the reference data completed by the
AC1 générateurs of the servitudes (Géoportail de l'Urbanisme).

The property's documents count 145 elements protected as monuments historiques (002, l. 1606); the shipped reference
data flags 78 of them. The AC1 générateurs (the monuments themselves, :mod:`..feeds.servitudes`) say the others:

- **which element** a générateur protects, in space: the elements it covers (half of the element at least inside the
  générateur grown by :data:`MATCH_DISTANCE_M`, since the geometries of the Bien are simplified to about 10 m), or,
  when it covers none, the element it lies in (half of the générateur at least) provided their names agree (a church
  inside a cité does not make the whole cité a monument); among several, the best-named, then the smallest;
- **classé or inscrit**, from the words of the générateur and of the AC1 assiettes sharing its ``idgen`` (CNIG SUP:
  ``typegen``, ``nomgen``, ``nomsuplitt``, ``typeass``, ``nomass``; the standard's ``typegen`` of an AC1 is
  «Monument», the level is in the names): «classé», «classement», «MHC» → classé; «inscrit», «inscription», «ISMH»,
  «MHI» → inscrit; a monument partly classé and partly inscrit is classé. A générateur whose level is not said
  protects nothing here: it is counted, never guessed;
- **source and date**: «servitude AC1 (GPU), version du JJ/MM/AAAA» and the générateur's ``datesrcgen``.

Elements MH in the reference data keep their level and their source, «données du Bien». :func:`monument_reference`
gives the reference data with these protections merged: elements' ``protection_mh`` (and ``source_mh``), and a
500 m abords circle around each new monument (R03; a PDA replaces it as for the others), so that the screening,
the rules (R03, R21–R23) and the impact assessment read them without knowing where they come from.
"""

import copy
import re
import threading
from dataclasses import dataclass, field
from typing import Dict, List, Optional

import numpy as np
import pandas as pd
import shapely

from ..i18n import tr
from ..text import normalize, tokens
from .data import Layer, ReferenceData

#: How far (metres) a générateur may lie from an element it protects (the Bien's geometries are simplified ~10 m)
MATCH_DISTANCE_M = 10.0
#: Share of an element inside a générateur (or of a générateur inside an element) that makes them one
COVER_SHARE = 0.5
#: Levels of protection, highest first
LEVELS = ("classé", "inscrit")
NONE = "aucune"

_CLASSE = re.compile(r"\b(classe|classes|classee|classees|classement|mhc|clmh)\b")
_INSCRIT = re.compile(r"\b(inscrit|inscrits|inscrite|inscrites|inscription|ismh|mhi)\b")
#: Words that name a kind of building or a protection, not one monument: names agree on the other words only
_GENERIC = frozenset(
    """
    ancien ancienne anciens anciennes batiment batiments bis bureaux chapelle chevalement chevalements cite cites
    classe classee classement compagnie dit dite ecole ecoles eglise ensemble facade facades fosse gare grand grands
    historique historiques immeuble inscrit inscrite inscription maison maisons mh mine mines minier miniere monument
    monuments partie parties partiel partiellement perimetre protection puits saint sainte salle terril terrils
    toiture toitures totalite
    """.split()
)


def protection_level(properties: dict, assiettes: Optional[List[dict]] = None) -> str:
    """«classé», «inscrit», or «» when neither the générateur nor its assiettes say it (see the module's note)."""
    parts = [properties.get(k) for k in ("typegen", "nomgen", "nomsuplitt", "nomsup")]
    for a in assiettes or []:
        parts += [a.get(k) for k in ("typeass", "nomass", "nomsuplitt")]
    text = " ".join(normalize(p) for p in parts if p)
    if _CLASSE.search(text):
        return "classé"
    return "inscrit" if _INSCRIT.search(text) else ""


def _distinctive(text) -> set:
    return {t for t in tokens(text) if t not in _GENERIC and (len(t) >= 3 or t.isdigit())}


def name_agreement(generator_name, element_names) -> int:
    """How many distinctive words (not a kind of building, not a protection word) two names share."""
    return len(_distinctive(generator_name) & _distinctive(" ".join(str(n) for n in element_names if n)))


def _share(whole, part) -> float:
    """Share of ``whole`` inside ``part`` (area for a surface, length for a line, 1 or 0 for a point)."""
    if shapely.get_dimensions(whole) == 2:
        area = shapely.area(whole)
        return float(shapely.area(shapely.intersection(whole, part)) / area) if area > 0 else 0.0
    if shapely.get_dimensions(whole) == 1:
        length = shapely.length(whole)
        return float(shapely.length(shapely.intersection(whole, part)) / length) if length > 0 else 0.0
    return 1.0 if shapely.intersects(whole, part) else 0.0


@dataclass
class Monuments:
    """The MH protection of each element of the reference data (arrays aligned with ``ref.elements``)."""

    level: np.ndarray  # «classé», «inscrit», «aucune»
    source: np.ndarray  # the words that name where the level comes from («» when none)
    date: np.ndarray  # the générateurs' ``datesrcgen`` (CNIG date of their source), «» when unknown
    added: np.ndarray  # bool: MH through the servitudes only
    generators: List[List[str]]  # names of the AC1 générateurs matched to each element
    version_label: str = ""  # «servitude AC1 (GPU), version du JJ/MM/AAAA», «» without générateurs
    unmatched: List[str] = field(default_factory=list)  # générateurs that protect no element of the Bien
    unread: List[str] = field(default_factory=list)  # générateurs matched whose level (classé, inscrit) is not said

    def counts(self) -> List[dict]:
        """[{"source", "classé", "inscrit"}] of the elements protected, by source (the reference data first)."""
        out = []
        for source in dict.fromkeys(s for s in self.source if s):
            mine = self.source == source
            out.append({"source": source, **{lv: int(((self.level == lv) & mine).sum()) for lv in LEVELS}})
        return out

    def total(self) -> Dict[str, int]:
        """{"classé", "inscrit", "total"} of the elements protected, all sources together."""
        out = {lv: int((self.level == lv).sum()) for lv in LEVELS}
        out["total"] = out["classé"] + out["inscrit"]
        return out

    def summary(self) -> str:
        """French sentence: how many elements are MH, and by which source."""
        t = self.total()
        parts = [
            tr("{s} : {c} classés, {i} inscrits").format(s=c["source"], c=c["classé"], i=c["inscrit"])
            for c in self.counts()
        ]
        text = tr("{n} éléments protégés au titre des monuments historiques ({c} classés, {i} inscrits)").format(
            n=t["total"], c=t["classé"], i=t["inscrit"]
        )
        text += (" — " + " ; ".join(parts) if parts else "") + "."
        if self.unread:
            text += " " + tr("Générateurs AC1 rattachés à un élément sans dire classé ou inscrit : {n}.").format(
                n=len(self.unread)
            )
        if self.unmatched:
            text += " " + tr("Générateurs AC1 hors des éléments du Bien : {n}.").format(n=len(self.unmatched))
        return text


def reference_source() -> str:
    """The words naming the reference data as the source of an element's protection."""
    return tr("données du Bien")


def merge_monuments(ref: ReferenceData, version) -> Monuments:
    """The MH protection of every element: the reference data's, completed by the AC1 générateurs of ``version``
    (a :class:`..feeds.servitudes.ServitudesVersion`; None or an empty version adds nothing)."""
    attrs = ref.elements.attributes
    n = len(attrs)
    level = attrs["protection_mh"].fillna(NONE).astype(str).to_numpy(dtype=object).copy()
    from_data = np.isin(level, LEVELS)
    level[~from_data] = NONE
    source = np.where(from_data, reference_source(), "").astype(object)
    date = np.full(n, "", dtype=object)
    added = np.zeros(n, dtype=bool)
    names: List[List[str]] = [[] for _ in range(n)]
    gens = list(getattr(version, "generators", None) or [])
    if not gens:
        return Monuments(level, source, date, added, names)
    label = tr("servitude AC1 (GPU), version du {d}").format(d=version.day_text())
    props = version.generator_properties
    el_geoms = ref.elements.geometries
    el_names = [
        [attrs[c].iloc[j] for c in ("nom", "nom_complementaire", "composante_nom") if c in attrs.columns]
        for j in range(n)
    ]
    areas = shapely.area(el_geoms)
    unmatched, unread = [], []
    for g, p in zip(gens, props):
        gname = str(p.get("nomgen") or p.get("nomsuplitt") or p.get("idgen") or "")
        cands = ref.elements.tree.query(g, predicate="dwithin", distance=MATCH_DISTANCE_M)
        grown = shapely.buffer(g, MATCH_DISTANCE_M)
        covered = [int(j) for j in cands if _share(el_geoms[j], grown) >= COVER_SHARE]
        if not covered:
            inside = [
                (name_agreement(gname, el_names[j]), -areas[j], int(j))
                for j in cands
                if _share(g, shapely.buffer(el_geoms[j], MATCH_DISTANCE_M)) >= COVER_SHARE
            ]
            inside = [c for c in inside if c[0] > 0]
            covered = [max(inside)[2]] if inside else []
        if not covered:
            unmatched.append(gname)
            continue
        lv = protection_level(p, version.assiettes_by_generator.get(str(p.get("idgen") or "")))
        if not lv:
            unread.append(gname)
        for j in covered:
            names[j].append(gname)
            if from_data[j] or not lv:
                continue
            if level[j] == NONE or LEVELS.index(lv) < LEVELS.index(level[j]):
                level[j] = lv
            added[j], source[j] = True, label
            day = str(p.get("datesrcgen") or "")
            date[j] = ", ".join(sorted({d for d in (date[j].split(", ") + [day]) if d}))
    return Monuments(level, source, date, added, names, label, unmatched, unread)


def with_monuments(ref: ReferenceData, monuments: Monuments) -> ReferenceData:
    """``ref`` with the merged protections: the elements' ``protection_mh`` and ``source_mh``, and a 500 m abords
    circle around each element MH through the servitudes only (the abords of the others are kept in their order, so
    that their positions do not change). The same ``ref`` when the servitudes add no monument."""
    from .build import ABORDS_DISTANCE_M

    if not monuments.added.any():
        return ref
    el = ref.elements
    attrs = el.attributes.copy()
    attrs["protection_mh"] = monuments.level
    attrs["source_mh"] = monuments.source
    elements = Layer(attrs, el.geometries)
    elements.__dict__["tree"] = el.tree  # same geometries: the spatial index is shared
    ab = ref.mh_abords
    new = np.flatnonzero(monuments.added)
    extra = attrs.iloc[new].reindex(columns=ab.attributes.columns)
    abords = Layer(
        pd.concat([ab.attributes, extra], ignore_index=True),
        np.concatenate(
            [
                np.asarray(ab.geometries, dtype=object),
                shapely.buffer(el.geometries[new], ABORDS_DISTANCE_M, quad_segs=16),
            ]
        ),
    )
    view = copy.copy(ref)  # metadata, other layers and cached unions shared; these two layers replaced
    view._layers = {**ref._layers, "elements": elements, "abords_mh": abords}
    view.monuments = monuments
    return view


_MERGED: list = []
_MERGED_LOCK = threading.Lock()  # one view per reference and version, the background preparation included


def monument_reference(ref: ReferenceData, version=None) -> ReferenceData:
    """The reference data with the MH protections of ``version`` merged (:func:`merge_monuments`,
    :func:`with_monuments`); ``version`` None: the latest stored version of the servitudes. Computed once for the same
    reference data and version."""
    if version is None:
        from ..feeds.servitudes import latest_version

        version = latest_version()
    if not getattr(version, "generators", None):
        return ref
    with _MERGED_LOCK:
        for r, v, view in _MERGED:
            if r is ref and v is version:
                return view
        view = with_monuments(ref, merge_monuments(ref, version))
        _MERGED[:] = [(ref, version, view)]
        return view


def monuments_of(ref: ReferenceData, version=None) -> Monuments:
    """The merged protections of ``ref`` (those a :func:`monument_reference` view carries, else merged now with
    ``version``; None: the latest stored version)."""
    found = getattr(ref, "monuments", None)
    if found is not None:
        return found
    if version is None:
        from ..feeds.servitudes import latest_version

        version = latest_version()
    return merge_monuments(ref, version)

"""Places as people know them, from every official layer shipped: one record per place, with its true status.

The reference GeoPackage holds several official layers that describe the same places differently:

- ``elements``: the 353 elements of the Bien (the inscribed part of a cité, a headframe, a terril…);
- ``cites_erbm``: cités of the ERBM programme, drawn whole (a cité may be only partly inscribed);
- ``cites_zone_tampon`` and ``terrils_zone_tampon``: the zone tampon's own cités and terrils;
- ``puits_de_mines``: the shafts (commune, company, fosse, number), which tie a headframe to its fosse number.

:func:`build_places` merges the records of one place into one :class:`Place`:

- a cité record (ERBM or zone tampon) whose name is the element's name and whose area overlaps the element is the
  whole of that cité: the element is its inscribed part, and the place reads «inscrite en partie» with the share of
  the whole cité that lies in the Bien when that share is under :data:`WHOLE_SHARE`;
- a zone tampon terril that overlaps an element terril, or bears its «T…» number, is that terril;
- the shafts of one fosse (same commune, company and fosse) are one place; lying within :data:`PIT_DISTANCE_M` of a
  pit element (fosse, headframe), they are that element's shafts and give it their fosse numbers and commune.

A place not merged into an element keeps its status from its geometry: inscrit when :data:`WHOLE_SHARE` of it lies
in the Bien, inscrit en partie from :data:`PARTIAL_SHARE`, zone tampon when it lies in the zone tampon (or comes
from a zone tampon layer), non inscrit otherwise. A few records of the zone tampon layers lie in the Bien's
perimeter (a terril inside a park element): they are said by where they lie. Geometries are simplified to about
10 m by their publication, so a share under :data:`PARTIAL_SHARE` is a shared edge, not an inscription. An ERBM
cité that holds part of an element (the engineers' houses of its cité) is inscribed in part and names the element;
a zone tampon cité keeps its layer's word, «zone tampon», and names the element too. An element cité merged with a
zone tampon record of itself («Cité du Bas Riez (partie en zone-tampon)») is inscribed in part.

Everything here is computed from the shipped data; nothing is invented. Each place lists the records it merges
(``sources``), and why (``merge_reasons``).
"""

from dataclasses import dataclass, field
from typing import Optional

import numpy as np
import shapely

from ..i18n import QT_TRANSLATE_NOOP, tr
from ..text import tokens
from .search_lexicon import kind_of

# Status codes (stable, for programs) and their labels (French, for people)
INSCRIT, EN_PARTIE, ZONE_TAMPON, NON_INSCRIT = "inscrit", "inscrit_en_partie", "zone_tampon", "non_inscrit"
STATUS_LABELS = {
    INSCRIT: QT_TRANSLATE_NOOP("VeillePatrimoniale", "dans le Bien inscrit"),
    EN_PARTIE: QT_TRANSLATE_NOOP("VeillePatrimoniale", "en partie dans le Bien inscrit"),
    ZONE_TAMPON: QT_TRANSLATE_NOOP("VeillePatrimoniale", "zone tampon"),
    NON_INSCRIT: QT_TRANSLATE_NOOP("VeillePatrimoniale", "hors du Bien et de la zone tampon"),
}
# Object kinds of a place (the layer of its main record)
ELEMENT, COMPONENT, ERBM = "élément", "composante", "cité ERBM"
ZT_CITE, ZT_TERRIL, PIT = "cité zone tampon", "terril zone tampon", "puits"
KIND_KEYS = {
    ELEMENT: "élément",
    COMPONENT: "composante",
    ERBM: "erbm",
    ZT_CITE: "zt-cite",
    ZT_TERRIL: "zt-terril",
    PIT: "puits",
}

WHOLE_SHARE = 0.95  # at least this share in the Bien: the place is inscribed (simplified geometries)
PARTIAL_SHARE = 0.10  # from this share in the Bien: inscribed in part (under it, an edge shared within ~10 m)
PIT_DISTANCE_M = 150.0  # a shaft this close to a pit element is one of its shafts
# A cité record of the element's name this close to it is its other part («Cité du Bas Riez (partie en zone-tampon)»
# borders the element without overlapping it)
TWIN_DISTANCE_M = 20.0
TOUCH_SHARE = 0.01  # a cité sharing this share of its area with an element holds part of it
# Words that do not tell two cités apart when comparing their names
# («Rés. du Parc (partie en zone-tampon)» is the zone tampon part of «Résidence du Parc»)
NAME_NOISE = frozenset("cite cites coron corons residence res quartier rue partie zone tampon".split())


@dataclass
class Place:
    """One place as people know it, merged from the official records that describe it."""

    kind: str  # ELEMENT, COMPONENT, ERBM, ZT_CITE, ZT_TERRIL, PIT: the layer of its main record
    ident: str
    nom: str
    categorie: Optional[str]
    type: Optional[str]
    composante: Optional[int]
    composante_nom: Optional[str]
    communes: list  # [(nom, insee)]
    status: str  # INSCRIT, EN_PARTIE, ZONE_TAMPON, NON_INSCRIT
    share_bien: float  # share of the whole place in the Bien (0–1)
    dans_zone_tampon: bool
    x: float
    y: float
    bbox: tuple
    kind_class: str = ""  # «cite», «fosse», «terril»… (see search_lexicon)
    interet: str = ""  # value class of the source: Exceptionnelle, Remarquable, Témoin
    protections: list = field(default_factory=list)  # [{"protection", "source"}]
    sources: list = field(default_factory=list)  # [(kind, ident)] of every merged record, main first
    other_names: list = field(default_factory=list)  # [(name, source)] from merged records
    extra_numbers: frozenset = frozenset()  # fosse and shaft numbers from merged shafts
    extra_communes: list = field(default_factory=list)  # [(nom, insee)] of merged records, not of the place itself
    touches: list = field(default_factory=list)  # elements of the Bien a non-inscribed cité touches
    merge_reasons: list = field(default_factory=list)
    whole: object = None  # for an element cité merged with its whole-cité records: the whole cité's geometry
    name_tokens: frozenset = frozenset()
    head_word: str = ""  # the first word of its name («cavalier» of «Cavalier du 7 de Béthune»)
    qualifiers: frozenset = frozenset()
    numbers: frozenset = frozenset()
    aliases: list = field(default_factory=list)  # [Alias]

    @property
    def key(self) -> str:
        """«élément:63AE», «composante:23», «erbm:ERBM-63», «zt-cite:12», «zt-terril:T065», «puits:…»."""
        return f"{KIND_KEYS[self.kind]}:{self.ident}"

    @property
    def insee(self) -> set:
        """The INSEE codes of the communes it lies in, and of the communes of the records merged into it."""
        return {c for _n, c in self.communes + self.extra_communes if c}

    def status_label(self) -> str:
        """«dans le Bien inscrit», «en partie dans le Bien inscrit (62 %)», «zone tampon», «hors du Bien et de la zone
        tampon»: the World Heritage inscription, never an MH level; a cité holding part of an element names it
        («… — touche l'élément 56B du Bien»)."""
        if self.status == EN_PARTIE and self.touches:
            return tr("en partie dans le Bien inscrit ({p} %) — touche l'élément {ids} du Bien").format(
                p=max(1, round(100 * self.share_bien)), ids=", ".join(self.touches)
            )
        if self.status == EN_PARTIE:
            return tr("en partie dans le Bien inscrit ({p} %)").format(p=max(1, round(100 * self.share_bien)))
        if self.status == ZONE_TAMPON and self.touches:
            return tr("zone tampon — touche l'élément {ids} du Bien").format(ids=", ".join(self.touches))
        return tr(STATUS_LABELS[self.status])


def status_from_share(share: float, in_buffer: bool) -> str:
    """The status of a place from the share of it in the Bien and whether it lies in the zone tampon."""
    if share >= WHOLE_SHARE:
        return INSCRIT
    if share >= PARTIAL_SHARE:
        return EN_PARTIE
    return ZONE_TAMPON if in_buffer else NON_INSCRIT


def name_key(*texts) -> frozenset:
    """The words of a name that tell places apart («Cité de la Gare» → {gare}); numbers kept."""
    return frozenset(t for text in texts for t in tokens(text or "") if t not in NAME_NOISE)


def same_name(a: frozenset, b: frozenset) -> bool:
    """Two name keys designate the same place: equal, or one holds the other and they share two words or more."""
    if not a or not b:
        return False
    return a == b or ((a <= b or b <= a) and len(a & b) >= 2)


def split_list(value) -> list:
    """«A; B» → [A, B] (None and NaN → [])."""
    if value is None or (isinstance(value, float) and np.isnan(value)):
        return []
    return [v.strip() for v in str(value).split(";") if v.strip()]


def _text(value) -> str:
    if value is None or (isinstance(value, float) and np.isnan(value)):
        return ""
    return str(value).strip()


class PlaceBuilder:
    """Builds the places of a reference data set (see the module docstring)."""

    def __init__(self, ref, resolve_commune):
        self.ref = ref
        self.resolve_commune = resolve_commune  # written name → [(official name, insee)]
        self.data_source = tr("couche officielle des éléments du Bien")

    # ------------------------------------------------------------------ helpers
    def _share_in_bien(self, geoms) -> np.ndarray:
        """Share of each geometry's area in the Bien (for points: 1 inside, 0 outside); the components do not
        overlap, so the shares of each component add up."""
        geoms = np.asarray(geoms, dtype=object)
        comps = self.ref.components
        g_idx, c_idx = comps.tree.query(geoms, predicate="intersects")
        area = shapely.area(geoms)
        inside = np.zeros(len(geoms))
        np.add.at(inside, g_idx, shapely.area(shapely.intersection(geoms[g_idx], comps.geometries[c_idx])))
        share = np.where(area > 0, inside / np.maximum(area, 1e-9), 0.0)
        touching = np.zeros(len(geoms), dtype=bool)
        touching[g_idx] = True
        return np.where(area > 0, np.minimum(share, 1.0), touching.astype(float))

    def _in_buffer(self, geoms) -> np.ndarray:
        """Whether each geometry meets the zone tampon."""
        zt = self.ref.buffer_zone
        g_idx, _z = zt.tree.query(np.asarray(geoms, dtype=object), predicate="intersects")
        out = np.zeros(len(geoms), dtype=bool)
        out[g_idx] = True
        return out

    def _communes_of(self, written: list) -> list:
        out = []
        for name in written:
            for pair in self.resolve_commune(name):
                if pair not in out:
                    out.append(pair)
        return out

    def _protections(self, value, source=None) -> list:
        """[{"protection", "source"}] of an MH level; the source is the record's ``source_mh`` when the reference data
        was completed by the AC1 générateurs (:mod:`.monuments`), else the official layer."""
        value = _text(value)
        if not value or value == "aucune":
            return []
        return [
            {"protection": tr("monument historique {p}").format(p=value), "source": _text(source) or self.data_source}
        ]

    @staticmethod
    def _geometry_point(geom) -> tuple:
        pt = shapely.point_on_surface(geom)
        return float(shapely.get_x(pt)), float(shapely.get_y(pt)), tuple(float(v) for v in shapely.bounds(geom))

    # ------------------------------------------------------------------ layers
    def elements(self) -> list:
        """[(Place, geometry, names)] of the elements."""
        el = self.ref.elements
        out = []
        for i, row in enumerate(el.attributes.to_dict("records")):
            names = split_list(row.get("communes"))
            codes = split_list(row.get("insee"))
            ident = str(row["identifiant"])
            x, y, bbox = self._geometry_point(el.geometries[i])
            place = Place(
                ELEMENT,
                ident,
                row["nom"],
                row.get("categorie"),
                row.get("type"),
                int(row["composante"]) if row.get("composante") is not None else None,
                row.get("composante_nom"),
                list(zip(names, codes + [None] * (len(names) - len(codes)))),
                INSCRIT,
                float(row.get("fraction_bien") or 0.0),
                bool(row.get("dans_zone_tampon")),
                x,
                y,
                bbox,
                kind_class=kind_of(row.get("categorie"), row.get("type")),
                interet=_text(row.get("interet")),
                protections=self._protections(row.get("protection_mh"), row.get("source_mh")),
                sources=[(ELEMENT, ident)],
            )
            out.append((place, el.geometries[i], [row["nom"], _text(row.get("nom_complementaire"))]))
        return out

    def erbm(self) -> list:
        """[(Place, geometry, names)] of the ERBM cités."""
        layer = self.ref.erbm
        out = []
        for i, row in enumerate(layer.attributes.to_dict("records")):
            names = split_list(row.get("communes"))
            codes = split_list(row.get("insee"))
            ident = str(row["identifiant"])
            share = float(row.get("fraction_bien") or 0.0)
            x, y, bbox = self._geometry_point(layer.geometries[i])
            place = Place(
                ERBM,
                ident,
                row["nom"],
                row.get("categorie"),
                row.get("type"),
                None,
                None,
                list(zip(names, codes + [None] * (len(names) - len(codes)))),
                status_from_share(share, bool(row.get("dans_zone_tampon"))),
                share,
                bool(row.get("dans_zone_tampon")),
                x,
                y,
                bbox,
                kind_class="cite",
                interet=_text(row.get("interet")),
                protections=self._protections(row.get("protection_mh")),
                sources=[(ERBM, ident)],
            )
            out.append((place, layer.geometries[i], [row["nom"], _text(row.get("nom_complementaire"))]))
        return out

    def _buffer_layer(self, name: str, kind: str, name_fields: tuple, kind_class: str) -> list:
        layer = self.ref.optional_layer(name)
        if layer is None or not len(layer):
            return []
        a = layer.attributes
        shares = self._share_in_bien(layer.geometries)
        out = []
        for i, row in enumerate(a.to_dict("records")):
            written = [_text(row.get(f"commune_{k}")) for k in (1, 2, 3)]
            communes = self._communes_of([w for w in written if w])
            names = [_text(row.get(f)) for f in name_fields]
            nom = names[0] or names[1] or str(row["id"])
            if kind == ZT_TERRIL and "terril" not in tokens(nom) and nom != str(row["id"]):
                nom = f"Terril {nom} ({row['id']})"
            x, y, bbox = self._geometry_point(layer.geometries[i])
            share = float(shares[i])
            place = Place(
                kind,
                str(row["id"]),
                nom,
                "cité minière" if kind == ZT_CITE else "terril",
                _text(row.get("type")) or _text(row.get("forme")) or None,
                None,
                None,
                communes,
                status_from_share(share, True),
                round(share, 3),
                True,
                x,
                y,
                bbox,
                kind_class=kind_class,
                interet=_text(row.get("interet")),
                sources=[(kind, str(row["id"]))],
            )
            out.append((place, layer.geometries[i], names))
        return out

    def buffer_cites(self) -> list:
        """[(Place, geometry, names)] of the zone tampon's cités."""
        return self._buffer_layer("cites_zone_tampon", ZT_CITE, ("nom", "nom_2"), "cite")

    def buffer_terrils(self) -> list:
        """[(Place, geometry, names)] of the zone tampon's terrils."""
        return self._buffer_layer("terrils_zone_tampon", ZT_TERRIL, ("nom", "nom_usuel"), "terril")

    def pits(self) -> list:
        """[(Place, geometry, names, numbers)] of the fosses of the shafts layer: one place per commune, company and
        fosse, its shafts as one multipoint."""
        layer = self.ref.optional_layer("puits_de_mines")
        if layer is None or not len(layer):
            return []
        a = layer.attributes.copy()
        for col in ("commune", "compagnie", "fosse", "fosse_alias", "puits", "concession"):
            a[col] = a[col].map(_text) if col in a else ""
        a["fosse_key"] = np.where(a["fosse"] != "", a["fosse"], a["fosse_alias"])
        a["fosse_key"] = np.where(a["fosse_key"] != "", a["fosse_key"], a["puits"])
        a["_row"] = np.arange(len(a))
        shares = self._share_in_bien(layer.geometries)
        in_buffer = self._in_buffer(layer.geometries)
        out = []
        # a fosse is «commune/fosse»; the company is added only where two companies had a fosse of that name there
        short = a.groupby(["commune", "fosse_key"])["compagnie"].nunique()
        for (commune, company, fosse), group in a.groupby(["commune", "compagnie", "fosse_key"], sort=True):
            ident = f"{commune}/{fosse}" if short[(commune, fosse)] == 1 else f"{commune}/{fosse} ({company})"
            rows = group["_row"].to_numpy()
            geom = shapely.multipoints(shapely.get_coordinates(layer.geometries[rows]))
            numbered = any(ch.isdigit() for ch in fosse)
            nom = ("Fosse n°{f}" if numbered else "Fosse {f}").format(f=fosse)
            if company:
                nom = f"{nom} ({company})"
            shafts = sorted(set(group["puits"]) - {""})
            aliases = sorted(set(group["fosse_alias"]) - {"", fosse})
            numbers = frozenset(t for v in [fosse, *aliases, *shafts] for t in tokens(v) if t.isdigit())
            x, y, bbox = self._geometry_point(geom)
            share = float(shares[rows].max())
            place = Place(
                PIT,
                ident,
                nom,
                "puits de mine",
                "Fosse",
                None,
                None,
                self._communes_of([commune]),
                status_from_share(share, bool(in_buffer[rows].any())),
                share,
                bool(in_buffer[rows].any()),
                x,
                y,
                bbox,
                kind_class="fosse",
                sources=[(PIT, ident)],
                extra_numbers=numbers,
            )
            place.type = company or None
            names = [
                ("Fosse n°{f}" if numbered else "Fosse {f}").format(f=fosse),
                *(f"fosse {v}" for v in aliases),
                *(f"puits n°{p}" for p in shafts if any(ch.isdigit() for ch in p)),
            ]
            out.append((place, geom, names))
        return out

    # ------------------------------------------------------------------ merging
    def _merge(self, target, other, other_names: list, reason: str):
        place = target[0]
        place.sources.append(other[0].sources[0])
        place.merge_reasons.append(reason)
        for name in other_names:
            if name and name not in [n for n, _s in place.other_names] and name != place.nom:
                place.other_names.append((name, other[0].kind))
        for pair in other[0].communes:
            if pair[1] and pair[1] not in place.insee:
                place.extra_communes.append(pair)
        if not place.interet and other[0].interet:
            place.interet = other[0].interet
        place.extra_numbers = place.extra_numbers | other[0].extra_numbers
        for prot in other[0].protections:
            if prot not in place.protections:
                place.protections.append(prot)

    def _whole_cite(self, target, parts: list):
        """An element cité with its whole-cité records: share of the whole in the Bien, and the status."""
        whole = shapely.union_all([target[1], *(p[1] for p in parts)])
        share = float(self._share_in_bien([whole])[0])
        place = target[0]
        place.share_bien = round(share, 3)
        place.whole = whole
        # a zone tampon record of the cité that lies outside the Bien («… (partie en zone-tampon)») is its rest
        rest_outside = any(p[0].kind == ZT_CITE and p[0].share_bien < 0.5 for p in parts)
        if share < WHOLE_SHARE or rest_outside:
            place.status = EN_PARTIE

    def build(self) -> list:
        """[(Place, geometry, names)] of every place, merged (elements first)."""
        elements, erbm, zt_cites, zt_terrils, pits = (
            self.elements(),
            self.erbm(),
            self.buffer_cites(),
            self.buffer_terrils(),
            self.pits(),
        )
        el_geoms = np.asarray([g for _p, g, _n in elements], dtype=object)
        tree = shapely.STRtree(el_geoms)
        kept = []

        def overlapping_element(item, kind_classes) -> Optional[int]:
            place, geom, names = item
            key = name_key(*names)
            best, best_area = None, -1.0
            for j in tree.query(geom, predicate="dwithin", distance=TWIN_DISTANCE_M):
                target = elements[j][0]
                if target.kind_class not in kind_classes:
                    continue
                same_code = place.kind == ZT_TERRIL and terril_code(target.nom) == place.ident.upper()
                if not same_code and not same_name(key, name_key(target.nom)):
                    continue
                area = float(shapely.area(shapely.intersection(geom, el_geoms[j])))
                if area >= best_area:
                    best, best_area = j, area
            return best

        cite_wholes = {}
        for item in erbm + zt_cites:
            j = overlapping_element(item, ("cite",))
            if j is None:
                kept.append(item)
                continue
            cite_wholes.setdefault(j, []).append(item)
            reason = tr("même cité que l'élément {e} (nom et emprise communs)").format(e=elements[j][0].ident)
            self._merge(elements[j], item, item[2], reason)
        self._merge_into_erbm(kept, erbm)
        for item in zt_terrils:
            j = overlapping_element(item, ("terril",))
            if j is None:
                j = next((k for k, e in enumerate(elements) if terril_code(e[0].nom) == item[0].ident.upper()), None)
            if j is None:
                kept.append(item)
                continue
            self._merge(elements[j], item, item[2], tr("même terril que l'élément {e}").format(e=elements[j][0].ident))
        pit_elements = np.flatnonzero([p.kind_class == "fosse" and p.categorie == "bâti" for p, _g, _n in elements])
        for item in pits:
            near = [j for j in tree.query(item[1], predicate="dwithin", distance=PIT_DISTANCE_M) if j in pit_elements]
            if not near:
                kept.append(item)
                continue
            dist = shapely.distance(el_geoms[near], item[1])
            j = near[int(np.argmin(dist))]
            reason = tr("puits de la fosse à moins de {d} m de l'élément {e}").format(
                d=int(PIT_DISTANCE_M), e=elements[j][0].ident
            )
            self._merge(elements[j], item, item[2], reason)
        for j, parts in cite_wholes.items():
            self._whole_cite(elements[j], parts)
        self._touches(kept, elements, tree)
        return elements + kept

    def _merge_into_erbm(self, kept: list, erbm: list):
        """A zone tampon cité of the same name as an ERBM cité it overlaps is that cité: merged into the ERBM record
        (its status then comes from the whole)."""
        alone = [item for item in erbm if item in kept]
        if not alone:
            return
        tree = shapely.STRtree(np.asarray([g for _p, g, _n in alone], dtype=object))
        for item in [it for it in kept if it[0].kind == ZT_CITE]:
            key = name_key(*item[2])
            hits = [j for j in tree.query(item[1], predicate="intersects") if same_name(key, name_key(*alone[j][2]))]
            if not hits:
                continue
            target = alone[hits[0]]
            kept.remove(item)
            self._merge(target, item, item[2], tr("même cité que la cité ERBM {e}").format(e=target[0].ident))
            whole = shapely.union(target[1], item[1])
            share = float(self._share_in_bien([whole])[0])
            target[0].share_bien = round(share, 3)
            target[0].status = status_from_share(share, True)

    @staticmethod
    def _touches(kept: list, elements: list, tree):
        """A cité left on its own that shares at least :data:`TOUCH_SHARE` of its area with an element (more than a
        shared edge), or holds half of an element, is inscribed in part, and names the element («Cité du 4-11» holds
        the engineers' houses 56B)."""
        for place, geom, _names in kept:
            if place.kind not in (ERBM, ZT_CITE) or place.status == INSCRIT:
                continue
            area = max(float(shapely.area(geom)), 1e-9)
            for j in tree.query(geom, predicate="intersects"):
                shared = float(shapely.area(shapely.intersection(geom, elements[j][1])))
                held = shared / max(float(shapely.area(elements[j][1])), 1e-9)
                if shared / area >= TOUCH_SHARE or held >= 0.5:
                    place.touches.append(elements[j][0].ident)
            if place.touches and place.kind == ERBM:
                place.status = EN_PARTIE  # a zone tampon cité keeps its layer's word, and names the element


def terril_code(name: str) -> str:
    """«Terril Marais du Vivier Ouest (T140)» → «T140» («» when the name carries no code)."""
    for tok in str(name).replace("(", " ").replace(")", " ").split():
        if len(tok) >= 2 and tok[0] in "Tt" and tok[1:].rstrip("abAB").isdigit():
            return tok.upper()
    return ""


def build_places(ref, resolve_commune) -> list:
    """[(Place, geometry, names)] of every place of the reference data, merged as the module docstring says."""
    return PlaceBuilder(ref, resolve_commune).build()


def _no_commune(_written: str) -> list:
    return []


def partly_inscribed_cites(ref) -> tuple:
    """(attributes, geometries) of the cités inscribed only in part: the element's identifier and name, the share of
    the whole cité in the Bien (``part_bien``), and the whole cité's geometry (EPSG:2154)."""
    rows, geoms = [], []
    for place, _geom, _names in PlaceBuilder(ref, _no_commune).build():
        if place.kind == ELEMENT and place.status == EN_PARTIE and place.whole is not None:
            rows.append({"identifiant": place.ident, "nom": place.nom, "part_bien": place.share_bien})
            geoms.append(place.whole)
    return rows, np.asarray(geoms, dtype=object)

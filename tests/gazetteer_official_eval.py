"""An evaluation of the place search that cannot be tuned (issue 26, item 2).

Why it cannot be tuned
----------------------
Every query is generated from the official layers of the shipped reference GeoPackage
(``resources/data/reference_bassin_minier.gpkg``), read here with sqlite3 and shapely (GeoPackage WKB), never
through the plugin's code; the expected records and statuses are computed from the same layers by the rules
below, written without looking at the search. Each class covers EVERY record of its layer (not a sample, no
randomness; the order is the layers' fid order), so there is no hand-picked query to tune the search to: raising
a class means answering the whole layer better. The rules are fixed here; changing them is changing the test.

How the set is made
-------------------
* ``element_exact``: each element's ``nom`` and its first commune, as written in the layer (353 queries).
* ``element_variant``: the same, lower case, without accents, hyphens as spaces; a name with «n°» gives three
  queries («no 4», «numero 4», «n 4»).
* ``erbm``: each ERBM cité's ``nom`` and first commune, plus «St-» → «Saint-» and «Rés.» → «Résidence» variants.
* ``zt_cite``: each buffer-zone cité's ``nom`` (without the layer's note «(partie en zone-tampon)») and its
  commune as people write it (the official spelling from the ``communes`` layer, not the upper case of the
  layer); ``nom_2`` too when it reads as a name (it starts with Cité, Coron, Rés., Résidence, Rue or Quartier,
  after a leading «+»; «A ou B» gives both; «Ancienne et nouvelle» is skipped).
* ``zt_terril``: «Terril {nom}» (no prefix when the name already starts with Terril/Cavalier) and the commune;
  ``nom_usuel`` too when present.
* ``neighbour_commune``: each cité (element cités and buffer-zone cités) with a neighbouring commune instead of
  its own: the communes whose polygon touches (within 1 m) the cité's first commune, sorted by name, first one
  that holds no place of the same normalised name (preferring one with no such place next to it either).
* ``old_commune``: each record (elements, ERBM, buffer-zone cités and terrils) lying in a commune that absorbed
  an old commune (``communes_anciennes``): its name with the old commune's name, one query per old commune (the
  layer carries no geometry for old communes, so we cannot tell which part of the new commune a record is in).
* ``fosse_commune``: each shaft of ``puits_de_mines`` within 150 m of a «bâti» element whose name or type says
  fosse/chevalement/puits/carreau gives «Chevalement de la fosse n°{fosse} à {commune}», «fosse {fosse}
  {commune}» and «puits n°{puits} de {commune}» (no «n°» before a name such as «Bonnel»); the commune is the
  official commune whose polygon holds the shaft (the layer's ``commune`` field holds historical names such as
  «Bruay» or «Marles»). Expected: the element(s) within 150 m, status «inscrit». The «puits» query is left out
  when another fosse of the same commune has a shaft of that number (puits n°1 de Raismes: Sabatier, La Grange
  and Vicoigne), as the query cannot tell them apart.
* ``weak``: each cité (element cités and buffer-zone cités) with the commune nearest to it among those lying at
  least 30 km from every place of the same normalised name. Expected: no result, or a first result flagged
  ``a_confirmer``.

Official status, computed from the data
---------------------------------------
* an element: «inscrit» (every element belongs to the Bien);
* an ERBM cité: «inscrit» if ``fraction_bien`` ≥ 0.95, «inscrit_en_partie» if 0.01 ≤ ``fraction_bien`` < 0.95,
  else «zone_tampon» when ``dans_zone_tampon`` is 1, else «non_inscrit»;
* a buffer-zone cité or terril: «zone_tampon», unless ≥ 50 % of its area lies in the Bien (union of
  ``composantes``), then the ERBM thresholds on that fraction. A record with 1 % to 50 % of its area in the Bien is
  partly inscribed by the ERBM thresholds: both «zone_tampon» and «inscrit_en_partie» are accepted for it; one
  lying mostly (Bien + buffer zone < 50 % of its area) outside the ``zone_tampon`` polygons may also be
  «non_inscrit»;
* the same cité in several layers (an element cité, its ERBM record, the part of it in the buffer zone): records of
  the cité layers linked by an overlap of at least 50 % of the smaller one, or by the same normalised name in a
  shared commune, form one place. Its status is the common status of its records when they agree; a mix of an
  inscribed record with anything else is «inscrit_en_partie» (so an element cité whose ERBM record has less than
  95 % of its area in the Bien is «inscrit_en_partie»); otherwise (a mix of «zone_tampon» and «non_inscrit»)
  either is accepted;
* a buffer-zone terril lying mostly (≥ 50 % of its area) in an element, or named by an element («… (T140)»), is
  also answered by that element;
* a component (``composantes``, layer key «composante») that holds a single element, or that and one of its
  elements each hold ≥ 50 % of the other, is the same place as that element.

A query passes when its first result's ``sources`` hold one of the accepted records and its ``statut_officiel``
is an expected status. Accepted records: the record the query was made from, the other records of the same place,
and every record with the same normalised name in the query's commune (duplicates: the query cannot tell them
apart; what is in brackets counts when the query writes it), each with its own status; identical query texts of
a class share their accepted records. The ``neighbour_commune`` class accepts the place only. «Confident wrong»:
a first result that does not pass, with a score ≥ 0.8 and not ``a_confirmer``.

Older search code (before issue 26) has no ``sources``, ``statut_officiel`` nor ``a_confirmer``: they are read
as [{objet, id}] of the result, its ``statut`` text («inscrit en partie…», «inscrit…», «zone tampon…», else
non inscrit) and ``confiance == "incertain"``.

What the data hold that a reader may not expect
-----------------------------------------------
* buffer-zone terrils in the Bien: T070 (100 %, inside element 63J «Parc de Wingles»), T050a (99.7 %), T140
  (96.7 %, it is element 36 «Terril Marais du Vivier Ouest (T140)»), T257 (91 %); T031a, T249, T251, T242 lie 33 to
  45 % in it. No buffer-zone cité has more than 4 % of its area in the Bien;
* 17 element cités have a «(partie en zone-tampon)» twin in ``cites_zone_tampon`` (same name, same commune): those
  cités are partly outside the Bien, hence «inscrit_en_partie»;
* ``cites_zone_tampon`` records lying outside the ``zone_tampon`` polygons (39 Impasse Jean Marles, 63 Rue de
  l'Yser, 141 Cité Champ du manoeuvre at 0 %); ERBM-100044 (same footprint as 141) says ``dans_zone_tampon`` 0,
  ERBM-262 says 1 with 5 % of its area in the buffer zone; ERBM-343 «Cité du 4-11» has 1.1 % in the Bien (the
  element 56B «Maisons d'ingénieurs» inside it);
* communes: Enquin-lez-Guinegatte is missing from ``communes`` (elements and terrils lie in it);
  «NOYELLES-LES-VERMELLE» and «MONTIGNY-EN-OSTREVEN» are typos of the buffer-zone layers; ``communes_anciennes``
  has no geometry; ``puits_de_mines.commune`` holds historical names (Bruay, Marles, Haisnes-lez-La-Bassée);
* duplicates (same normalised name, same commune, different places): terrils T103/T103a, T104/T104a,
  T043a/b/c, T085/T089, T109/T113, T213/b/c/d; elements «Dispensaire» (Pecquencourt), «Maison d'ingénieur» and
  «Maison d'instituteur» (Lens), «Maisons d'ingénieurs» (Sallaumines), the long cavalier names.

Run: ``.venv/bin/python tests/gazetteer_official_eval.py [--failures N] [--root DIR]``.
"""

import argparse
import difflib
import re
import sqlite3
import sys
import time
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Dict, FrozenSet, List, Optional, Tuple

import shapely

ROOT = Path(__file__).resolve().parents[1]
GPKG = Path("resources") / "data" / "reference_bassin_minier.gpkg"

ELEMENT, ERBM, ZT_CITE, ZT_TERRIL = "élément", "cité ERBM", "cité zone tampon", "terril zone tampon"
PUITS, COMPOSANTE = "puits", "composante"
INSCRIT, EN_PARTIE, ZONE_TAMPON, NON_INSCRIT = "inscrit", "inscrit_en_partie", "zone_tampon", "non_inscrit"
CLASSES = (
    "element_exact",
    "element_variant",
    "erbm",
    "zt_cite",
    "zt_terril",
    "neighbour_commune",
    "old_commune",
    "fosse_commune",
    "weak",
)
CONFIDENT = 0.8
SAME_PLACE_OVERLAP = 0.5
SHAFT_DISTANCE_M = 150.0
WEAK_DISTANCE_M = 30_000.0
HEADFRAME_WORDS = re.compile(r"\b(fosse|chevalement|puits|carreau)\b")
ZT_NOTE = re.compile(r"\s*\(partie en zone[- ]tampon\)\s*", re.IGNORECASE)

Ref = Tuple[str, str]  # (layer key, id)


# --------------------------------------------------------------------------------------------------- text helpers
def fold(text: str) -> str:
    """Lower case without accents or ligatures."""
    text = (text or "").replace("œ", "oe").replace("Œ", "OE").replace("æ", "ae").replace("Æ", "AE")
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if not unicodedata.combining(c)).lower()


_WORDS = {"st": "saint", "ste": "sainte", "res": "residence", "no": "n", "numero": "n"}


def name_key(text: str) -> str:
    """The normalised name used to find duplicates: folded, notes in brackets dropped, «St»/«Rés.»/«n°» unified."""
    text = fold(re.sub(r"\([^)]*\)", " ", text or "")).replace("n°", " n ").replace("nº", " n ")
    return " ".join(_WORDS.get(w, w) for w in re.sub(r"[^a-z0-9]+", " ", text).split())


def full_key(text: str) -> str:
    """:func:`name_key` keeping what is in brackets («Terril 10 d'Oignies (T116)» is not «… (T117)»)."""
    return name_key((text or "").replace("(", " ").replace(")", " "))


def commune_key(text: str) -> str:
    """A commune name folded for matching («NOEUX-LES-MINES» and «Nœux-les-Mines» agree)."""
    return " ".join(_WORDS.get(w, w) for w in re.sub(r"[^a-z0-9]+", " ", fold(text)).split())


def status_of_fraction(fraction: float, fallback: str) -> str:
    """«inscrit» from 95 % of the area in the Bien, «inscrit_en_partie» from 1 %, else ``fallback``."""
    if fraction >= 0.95:
        return INSCRIT
    if fraction >= 0.01:
        return EN_PARTIE
    return fallback


# --------------------------------------------------------------------------------------------------- the layers
def _geometry(blob):
    if blob is None:
        return None
    envelope = (blob[3] >> 1) & 7
    return shapely.from_wkb(bytes(blob[8 + {0: 0, 1: 32, 2: 48, 3: 48, 4: 64}[envelope] :]))


def read_layer(gpkg: Path, table: str) -> List[dict]:
    """Every row of a GeoPackage table, ordered by fid, its ``geom`` decoded to shapely (EPSG:2154)."""
    with sqlite3.connect(f"file:{gpkg}?mode=ro", uri=True) as con:
        con.row_factory = sqlite3.Row
        rows = [dict(r) for r in con.execute(f'SELECT * FROM "{table}" ORDER BY fid')]
    for row in rows:
        row["geom"] = _geometry(row.get("geom"))
    return rows


@dataclass
class Record:
    """One official record: layer key, id, name, official communes (names and INSEE codes), geometry, status."""

    key: str
    id: str
    name: str
    communes: Tuple[str, ...]
    insee: Tuple[str, ...]
    geom: object
    kind: str  # «cité», «terril», «autre»
    statuses: FrozenSet[str] = frozenset()
    bien_fraction: float = 0.0
    other_names: Tuple[str, ...] = ()
    row: dict = field(default_factory=dict, repr=False)

    @property
    def ref(self) -> Ref:
        """(layer key, id)."""
        return (self.key, self.id)


class Official:
    """The official layers, read once, with the places, statuses and commune relations the generator needs."""

    def __init__(self, gpkg: Path):
        self.gpkg = Path(gpkg)
        self.communes = read_layer(self.gpkg, "communes")
        self.commune_by_key = {commune_key(c["nom"]): c for c in self.communes}
        self.commune_by_insee = {c["insee"]: c for c in self.communes}
        self.components = read_layer(self.gpkg, "composantes")
        self.bien = shapely.union_all([r["geom"] for r in self.components])
        self.buffer_zone = shapely.union_all([r["geom"] for r in read_layer(self.gpkg, "zone_tampon")])
        self.unmatched_communes: List[str] = []
        self.names_from_elements: Dict[str, dict] = {}
        for row in read_layer(self.gpkg, "elements"):
            for name, insee in zip((row["communes"] or "").split(";"), (row["insee"] or "").split(";")):
                self.names_from_elements.setdefault(commune_key(name), {"nom": name.strip(), "insee": insee.strip()})
        self.elements = [self._element(r) for r in read_layer(self.gpkg, "elements")]
        self.erbm = [self._erbm(r) for r in read_layer(self.gpkg, "cites_erbm")]
        self.zt_cites = [self._zone_tampon(r, ZT_CITE, "cité") for r in read_layer(self.gpkg, "cites_zone_tampon")]
        self.zt_terrils = [
            self._zone_tampon(r, ZT_TERRIL, "terril") for r in read_layer(self.gpkg, "terrils_zone_tampon")
        ]
        self.shafts = read_layer(self.gpkg, "puits_de_mines")
        self.old_communes = read_layer(self.gpkg, "communes_anciennes")
        self.records: List[Record] = self.elements + self.erbm + self.zt_cites + self.zt_terrils
        self.by_ref: Dict[Ref, Record] = {r.ref: r for r in self.records}
        self.by_name: Dict[str, List[Record]] = defaultdict(list)
        for rec in self.records:
            self.by_name[name_key(rec.name)].append(rec)
        self._neighbours: Dict[str, List[str]] = {}
        self.places: Dict[Ref, FrozenSet[Ref]] = {r.ref: frozenset([r.ref]) for r in self.records}
        self.place_status: Dict[Ref, FrozenSet[str]] = {r.ref: r.statuses for r in self.records}
        self.mixed_places: List[FrozenSet[Ref]] = []
        self._link_cites()
        self._link_terrils()
        self.component_twins: List[Tuple[Ref, Ref]] = []
        self._link_components()

    # ----------------------------------------------------------------------------------------- records
    def _official_commune(self, written: str) -> dict:
        """The official commune (``nom``, ``insee``) of an upper-case name: the ``communes`` layer, else the names
        the elements give with their INSEE code, else the closest official name (typos), else title case."""
        key = commune_key(written)
        found = self.commune_by_key.get(key) or self.names_from_elements.get(key)
        if found is None:
            close = difflib.get_close_matches(key, sorted(self.commune_by_key), n=1, cutoff=0.9)
            found = self.commune_by_key[close[0]] if close else {"nom": written.title(), "insee": None}
            self.unmatched_communes.append(f"{written} → {found['nom']}")
        return found

    def _element(self, row: dict) -> Record:
        names = tuple(n.strip() for n in (row["communes"] or "").split(";") if n.strip())
        insee = tuple(n.strip() for n in (row["insee"] or "").split(";") if n.strip())
        kind = {"cité minière": "cité", "terril": "terril"}.get(row["categorie"], "autre")
        other = (row["nom_complementaire"],) if row.get("nom_complementaire") else ()
        return Record(
            ELEMENT,
            str(row["identifiant"]),
            row["nom"],
            names,
            insee,
            row["geom"],
            kind,
            frozenset([INSCRIT]),
            float(row["fraction_bien"] or 0),
            other,
            row,
        )

    def _erbm(self, row: dict) -> Record:
        names = tuple(n.strip() for n in (row["communes"] or "").split(";") if n.strip())
        insee = tuple(n.strip() for n in (row["insee"] or "").split(";") if n.strip())
        fraction = float(row["fraction_bien"] or 0)
        status = status_of_fraction(fraction, ZONE_TAMPON if row["dans_zone_tampon"] == 1 else NON_INSCRIT)
        return Record(
            ERBM,
            str(row["identifiant"]),
            row["nom"],
            names,
            insee,
            row["geom"],
            "cité",
            frozenset([status]),
            fraction,
            (),
            row,
        )

    def _zone_tampon(self, row: dict, key: str, kind: str) -> Record:
        found = [self._official_commune(row[f"commune_{i}"]) for i in (1, 2, 3) if row.get(f"commune_{i}")]
        names = tuple(c["nom"] for c in found)
        insee = tuple(c["insee"] for c in found if c["insee"])
        geom = row["geom"]
        fraction = geom.intersection(self.bien).area / geom.area if geom is not None and geom.area else 0.0
        in_buffer = geom.intersection(self.buffer_zone).area / geom.area if geom is not None and geom.area else 0.0
        if fraction >= 0.5:
            statuses = frozenset([status_of_fraction(fraction, ZONE_TAMPON)])
        elif fraction >= 0.01:
            statuses = frozenset([ZONE_TAMPON, EN_PARTIE])
        else:
            statuses = frozenset([ZONE_TAMPON])
        if fraction + in_buffer < 0.5:  # the layer says buffer zone, its geometry lies mostly outside it
            statuses |= {NON_INSCRIT}
        other = tuple(row[k] for k in ("nom_2", "nom_usuel") if row.get(k))
        return Record(
            key,
            str(row["id"]),
            ZT_NOTE.sub(" ", row["nom"] or "").strip(),
            names,
            insee,
            geom,
            kind,
            statuses,
            fraction,
            other,
            row,
        )

    # ----------------------------------------------------------------------------------------- places
    @staticmethod
    def _overlap(a: Record, b: Record) -> Tuple[float, float]:
        if a.geom is None or b.geom is None or not a.geom.intersects(b.geom):
            return 0.0, 0.0
        inter = a.geom.intersection(b.geom).area
        return inter / a.geom.area if a.geom.area else 0.0, inter / b.geom.area if b.geom.area else 0.0

    def _link_cites(self) -> None:
        """Union of the cité records (element cités, ERBM, buffer-zone cités) that are the same place."""
        cites = [r for r in self.records if r.kind == "cité"]
        parent = {r.ref: r.ref for r in cites}

        def root(x):
            while parent[x] != x:
                parent[x] = parent[parent[x]]
                x = parent[x]
            return x

        tree = shapely.STRtree([r.geom for r in cites])
        for i, rec in enumerate(cites):
            for j in sorted(int(j) for j in tree.query(rec.geom)):
                if j <= i:
                    continue
                other = cites[j]
                a, b = self._overlap(rec, other)
                same_name = name_key(rec.name) == name_key(other.name) and set(rec.insee) & set(other.insee)
                if max(a, b) >= SAME_PLACE_OVERLAP or same_name:
                    parent[root(rec.ref)] = root(other.ref)
        groups: Dict[Ref, set] = defaultdict(set)
        for ref in parent:
            groups[root(ref)].add(ref)
        for members in groups.values():
            members = frozenset(members)
            statuses = [self.by_ref[m].statuses for m in sorted(members)]
            status = self._mix(statuses)
            if len(set(statuses)) > 1:
                self.mixed_places.append(members)
            for m in members:
                self.places[m] = members
                self.place_status[m] = status

    @staticmethod
    def _mix(statuses: List[FrozenSet[str]]) -> FrozenSet[str]:
        """The status of a place from the statuses of its records (see the module docstring)."""
        if len(set(statuses)) == 1:
            return statuses[0]
        if any(s & {INSCRIT, EN_PARTIE} for s in statuses):
            return frozenset([EN_PARTIE])
        return frozenset().union(*statuses)

    def _link_terrils(self) -> None:
        """A buffer-zone terril is also answered by the element that holds most of it or that names its id."""
        tree = shapely.STRtree([e.geom for e in self.elements])
        for terril in self.zt_terrils:
            found = set(self.places[terril.ref])
            for j in sorted(int(j) for j in tree.query(terril.geom)):
                element = self.elements[j]
                if self._overlap(terril, element)[0] >= SAME_PLACE_OVERLAP:
                    found.add(element.ref)
            tag = re.compile(rf"\({re.escape(terril.id)}\)", re.IGNORECASE)
            found |= {e.ref for e in self.elements if tag.search(e.name)}
            self.places[terril.ref] = frozenset(found)
            for ref in found - {terril.ref}:  # the element named after it («… (T140)») also answers as the terril
                if tag.search(self.by_ref[ref].name):
                    self.places[ref] = self.places[ref] | {terril.ref}

    def _link_components(self) -> None:
        """A component that is one element (its only element, or each holds ≥ 50 % of the other) is that place."""
        by_number = {str(c["no_composante"]): c for c in self.components}
        count = defaultdict(int)
        for element in self.elements:
            count[str(element.row.get("composante"))] += 1
        for element in self.elements:
            comp = by_number.get(str(element.row.get("composante")))
            if comp is None or not element.geom.intersects(comp["geom"]):
                continue
            inter = element.geom.intersection(comp["geom"]).area
            mutual = min(inter / element.geom.area, inter / comp["geom"].area) >= SAME_PLACE_OVERLAP
            if not (mutual or count[str(comp["no_composante"])] == 1):
                continue
            ref = (COMPOSANTE, str(comp["no_composante"]))
            self.component_twins.append((element.ref, ref))
            place = self.places[element.ref] | {ref}
            for member in self.places[element.ref]:
                self.places[member] = place
            self.places[ref] = place
            self.place_status[ref] = self.place_status[element.ref]

    # ----------------------------------------------------------------------------------------- communes
    def commune_geom(self, name: str):
        """The polygon of an official commune, by name."""
        found = self.commune_by_key.get(commune_key(name))
        return found["geom"] if found else None

    def neighbours(self, name: str) -> List[str]:
        """Official communes whose polygon touches (within 1 m) the given commune's, sorted by folded name."""
        key = commune_key(name)
        if key not in self._neighbours:
            geom = self.commune_geom(name)
            if geom is None:  # a commune missing from the layer: the communes around its records stand in
                geom = shapely.union_all([r.geom for r in self.records if key in map(commune_key, r.communes)])
                geom = geom.buffer(2000.0)
            self._neighbours[key] = sorted(
                (c["nom"] for c in self.communes if commune_key(c["nom"]) != key and c["geom"].distance(geom) <= 1.0),
                key=commune_key,
            )
        return self._neighbours[key]

    def holds_name(self, commune: str, key: str) -> bool:
        """Whether a record of that normalised name lies in the commune."""
        ck = commune_key(commune)
        return any(ck in {commune_key(c) for c in r.communes} for r in self.by_name.get(key, ()))

    def expect(self, rec: Record, commune: Optional[str], name: str = "") -> Dict[Ref, FrozenSet[str]]:
        """What answers a query made from ``rec`` (with right statuses): the records of its place, with the place's
        status, and, when ``commune`` is given, the records in it that the written ``name`` cannot tell apart (same
        normalised name; brackets count when the query writes them), with their own."""
        out = {m: self.place_status[rec.ref] for m in self.places[rec.ref]}
        if commune:
            ck, written = commune_key(commune), full_key(name or rec.name)
            for dup in self.by_name.get(name_key(name or rec.name), ()):
                if written not in (full_key(dup.name), name_key(dup.name)):
                    continue
                if ck in {commune_key(c) for c in dup.communes}:
                    for m in self.places[dup.ref]:
                        out[m] = out.get(m, frozenset()) | self.place_status[dup.ref]
        return out


# --------------------------------------------------------------------------------------------------- the queries
@dataclass
class Query:
    """One generated query: class, text, the record it was made from, accepted records and statuses."""

    cls: str
    text: str
    origin: Ref
    expect: Dict[Ref, FrozenSet[str]]  # accepted records → the statuses that are right with each
    commune: str = ""  # the commune written in the query
    note: str = ""


def _q(ref: Official, cls: str, rec: Record, name: str, written: str, commune: str = "", **how) -> Query:
    """The query «{name} {written}»; its duplicates are looked for in ``commune`` (default: ``written``), unless
    ``own=False``, under ``dup_name`` (default: ``name``)."""
    where = (commune or written) if how.get("own", True) else None
    expect = ref.expect(rec, where, how.get("dup_name") or name)
    return Query(cls, " ".join(f"{name} {written}".split()), rec.ref, expect, written)


def _variant(text: str) -> List[str]:
    base = re.sub(r"[-‐–—]", " ", fold(text))
    if "n°" not in base:
        return [base]
    return [re.sub(r"n°\s*", word, base) for word in ("no ", "numero ", "n ")]


def _saint_residence(name: str) -> str:
    name = re.sub(r"\bSt-", "Saint-", name)
    name = re.sub(r"\bSte-", "Sainte-", name)
    return re.sub(r"\bRés\.\s*", "Résidence ", name)


PLACE_WORD = re.compile(r"(?i)^(cités?|corons?|rés\.|résidences?|rues?|quartiers?)\b")


def _second_names(names) -> Tuple[str, ...]:
    """The ``nom_2`` that read as names: «+ Résidence X» → «Résidence X», «A ou B» → both; not «Ancienne et …»."""
    out = []
    for name in names:
        for part in re.split(r"\s+ou\s+", name.strip().lstrip("+").strip()):
            if PLACE_WORD.match(part):
                out.append(part)
    return tuple(out)


def _terril_name(name: str) -> str:
    return name if re.match(r"(?i)(terril|cavalier)\b", name.strip()) else f"Terril {name}"


def _neighbour(ref: Official, rec: Record) -> Tuple[Optional[str], str]:
    key = name_key(rec.name)
    candidates = [n for n in ref.neighbours(rec.communes[0]) if n not in rec.communes and not ref.holds_name(n, key)]
    for n in candidates:  # preferred: no same-name place in a commune next to it either (else it is ambiguous)
        others = [r for r in ref.by_name[key] if r.ref not in ref.places[rec.ref]]
        if not any(set(r.communes) & set(ref.neighbours(n)) for r in others):
            return n, ""
    return (candidates[0], "ambiguous") if candidates else (None, "")


def _weak_commune(ref: Official, rec: Record) -> Optional[str]:
    same = [r.geom for r in ref.by_name[name_key(rec.name)] if r.geom is not None]
    far = [c for c in ref.communes if all(c["geom"].distance(g) >= WEAK_DISTANCE_M for g in same)]
    if not far:
        return None
    return min(far, key=lambda c: (c["geom"].distance(rec.geom), commune_key(c["nom"])))["nom"]


def _number(value: str) -> str:
    return f"n°{value}" if re.match(r"\d", value) else value


def _fosse(value: str) -> str:
    return re.sub(r"(?i)^fosse\s+", "", value.strip())  # the layer writes «Fosse Ledoux» once


def shaft_communes(ref: Official) -> List[str]:
    """The official commune whose polygon holds each shaft (the layer's own field when none does)."""
    tree = shapely.STRtree([c["geom"] for c in ref.communes])
    out = []
    for shaft in ref.shafts:
        holding = [ref.communes[int(i)]["nom"] for i in tree.query(shaft["geom"], predicate="intersects")]
        out.append(sorted(holding, key=commune_key)[0] if holding else shaft["commune"])
    return out


def shaft_matches(ref: Official) -> List[Tuple[dict, List[Record], str]]:
    """Each shaft within 150 m of a headframe-like «bâti» element: (shaft, elements, official commune)."""
    headframes = [
        e
        for e in ref.elements
        if e.row["categorie"] == "bâti" and HEADFRAME_WORDS.search(fold(f"{e.name} {e.row['type'] or ''}"))
    ]
    out = []
    for shaft, commune in zip(ref.shafts, shaft_communes(ref)):
        near = [e for e in headframes if e.geom.distance(shaft["geom"]) <= SHAFT_DISTANCE_M]
        if near:
            out.append((shaft, near, commune))
    return out


def build_queries(ref: Official) -> List[Query]:
    """The whole evaluation set, in a fixed order (layer order, then class order)."""
    qs: List[Query] = []
    cites = [r for r in ref.elements if r.kind == "cité"] + ref.zt_cites
    for rec in ref.elements:
        qs.append(_q(ref, "element_exact", rec, rec.name, rec.communes[0]))
    for rec in ref.elements:
        for text in _variant(f"{rec.name} {rec.communes[0]}"):
            q = _q(ref, "element_variant", rec, rec.name, rec.communes[0])
            q.text = " ".join(text.split())
            qs.append(q)
    for rec in ref.erbm:
        names = [rec.name] + ([_saint_residence(rec.name)] if _saint_residence(rec.name) != rec.name else [])
        qs += [_q(ref, "erbm", rec, name, rec.communes[0]) for name in names]
    for rec in ref.zt_cites:
        for name in (rec.name,) + _second_names(rec.other_names):
            qs.append(_q(ref, "zt_cite", rec, name, rec.communes[0]))
    for rec in ref.zt_terrils:
        qs.append(_q(ref, "zt_terril", rec, _terril_name(rec.name), rec.communes[0], dup_name=rec.name))
        qs += [_q(ref, "zt_terril", rec, name, rec.communes[0]) for name in rec.other_names]
    for rec in cites:
        commune, note = _neighbour(ref, rec)
        if commune:
            q = _q(ref, "neighbour_commune", rec, rec.name, commune, own=False)  # only the place itself answers
            q.note = note
            qs.append(q)
    old_by_insee: Dict[str, List[str]] = defaultdict(list)
    for old in ref.old_communes:
        old_by_insee[old["insee_actuelle"]].append(old["nom"])
    for rec in ref.records:
        for insee in rec.insee:
            current = ref.commune_by_insee.get(insee, {}).get("nom", "")
            for old in sorted(old_by_insee.get(insee, ()), key=commune_key):
                qs.append(_q(ref, "old_commune", rec, rec.name, old, current))
    shaft_puits = defaultdict(set)  # (commune, puits) → the fosses that have such a shaft
    for shaft, commune in zip(ref.shafts, shaft_communes(ref)):
        shaft_puits[(commune, name_key(shaft["puits"] or ""))].add(name_key(shaft["fosse"] or ""))
    for shaft, near, commune in shaft_matches(ref):
        texts = []
        fosse = _fosse(shaft["fosse"] or "")
        if fosse:
            texts += [f"Chevalement de la fosse {_number(fosse)} à {commune}", f"fosse {fosse} {commune}"]
        if shaft["puits"] and len(shaft_puits[(commune, name_key(shaft["puits"]))]) == 1:  # else ambiguous
            texts.append(f"puits {_number(shaft['puits'])} de {commune}")
        for text in texts:
            expect = {m: frozenset([INSCRIT]) for e in near for m in ref.places[e.ref]}
            qs.append(Query("fosse_commune", " ".join(text.split()), (PUITS, str(shaft["fid"])), expect, commune))
    for rec in cites:
        commune = _weak_commune(ref, rec)
        if commune:
            name = re.sub(r"\s*\([^)]*\)", "", rec.name).strip()
            qs.append(Query("weak", f"{name} {commune}", rec.ref, {}, commune))
    # identical texts of a class cannot be told apart: they share what they accept
    shared: Dict[Tuple[str, str], List[Query]] = defaultdict(list)
    for q in qs:
        shared[(q.cls, fold(q.text))].append(q)
    for group in shared.values():
        if len(group) > 1:
            merged: Dict[Ref, FrozenSet[str]] = {}
            for q in group:
                for k, v in q.expect.items():
                    merged[k] = merged.get(k, frozenset()) | v
            for q in group:
                q.expect = dict(merged)
    return qs


# --------------------------------------------------------------------------------------------------- the scorer
def _status_from_text(text: str) -> str:
    text = fold(text or "")
    if text.startswith("inscrit en partie"):
        return EN_PARTIE
    if text.startswith("inscrit"):
        return INSCRIT
    if text.startswith("zone tampon"):
        return ZONE_TAMPON
    return NON_INSCRIT


def read_answer(result: Optional[dict]) -> Optional[dict]:
    """The fields the judge reads from a first result, with the fallbacks for code older than issue 26."""
    if result is None:
        return None
    sources = result.get("sources")
    if sources is None:
        sources = [{"objet": result.get("objet"), "id": result.get("id")}]
    status = result.get("statut_officiel") or _status_from_text(result.get("statut", ""))
    to_confirm = result.get("a_confirmer")
    if to_confirm is None:
        to_confirm = result.get("confiance") == "incertain"
    return {
        "sources": {(s.get("objet"), str(s.get("id"))) for s in sources},
        "statut_officiel": status,
        "a_confirmer": bool(to_confirm),
        "score": float(result.get("score") or 0),
        "nom": result.get("nom"),
        "objet": result.get("objet"),
        "id": result.get("id"),
    }


@dataclass
class Outcome:
    """A query, what the search answered first, and the verdict."""

    query: Query
    answer: Optional[dict]
    passed: bool
    confident_wrong: bool


def judge(query: Query, answer: Optional[dict]) -> Outcome:
    """Pass/fail and «confident wrong» for one query (see the module docstring)."""
    if query.cls == "weak":
        passed = answer is None or answer["a_confirmer"]
    else:
        passed = bool(answer) and any(
            answer["statut_officiel"] in query.expect.get(src, ()) for src in answer["sources"]
        )
    confident = bool(answer and not passed and answer["score"] >= CONFIDENT and not answer["a_confirmer"])
    return Outcome(query, answer, passed, confident)


def evaluate(gazetteer, queries: List[Query]) -> List[Outcome]:
    """Ask the search every query (each distinct text once) and judge its first result."""
    cache: Dict[str, Optional[dict]] = {}
    out = []
    for q in queries:
        if q.text not in cache:
            results = gazetteer.find(q.text).results
            cache[q.text] = read_answer(results[0] if results else None)
        out.append(judge(q, cache[q.text]))
    return out


def summary(outcomes: List[Outcome]) -> Dict[str, dict]:
    """Per class: n, passed, rate and confident wrong answers; plus «total»."""
    table: Dict[str, dict] = {}
    for cls in CLASSES + ("total",):
        part = [o for o in outcomes if cls == "total" or o.query.cls == cls]
        n, ok = len(part), sum(o.passed for o in part)
        table[cls] = {
            "n": n,
            "passed": ok,
            "rate": ok / n if n else 0.0,
            "confident_wrong": sum(o.confident_wrong for o in part),
        }
    return table


def format_table(table: Dict[str, dict], title: str = "") -> str:
    """The per-class table as text."""
    lines = [title] if title else []
    lines.append(f"{'class':<18} {'n':>5} {'passed':>7} {'%':>6} {'confident wrong':>16}")
    for cls, row in table.items():
        rate, wrong = 100 * row["rate"], row["confident_wrong"]
        lines.append(f"{cls:<18} {row['n']:>5} {row['passed']:>7} {rate:>6.1f} {wrong:>16}")
    return "\n".join(lines)


def format_failures(outcomes: List[Outcome], per_class: int) -> str:
    """Up to ``per_class`` failures of each class, in the set's order."""
    lines = []
    for cls in CLASSES:
        failed = [o for o in outcomes if o.query.cls == cls and not o.passed][:per_class]
        for o in failed:
            a = o.answer
            got = (
                "no result"
                if a is None
                else (
                    f"{a['objet']} {a['id']} «{a['nom']}» {a['statut_officiel']} score {a['score']:.2f}"
                    + (" à confirmer" if a["a_confirmer"] else "")
                )
            )
            want = (
                "no result or à confirmer"
                if cls == "weak"
                else ("; ".join(f"{k} {i} {'/'.join(sorted(v))}" for (k, i), v in sorted(o.query.expect.items())))
            )
            lines.append(f"[{cls}] «{o.query.text}» → {got}; expected {want}")
    return "\n".join(lines)


def load_gazetteer(root: Path):
    """The plugin's Gazetteer on the embedded reference data, imported from ``root``."""
    sys.path.insert(0, str(root))
    from veille_plugin.core.paths import embedded_reference_gpkg
    from veille_plugin.core.reference.data import ReferenceData
    from veille_plugin.core.reference.gazetteer import Gazetteer

    import veille_plugin

    if Path(veille_plugin.__file__).resolve().parents[1] != Path(root).resolve():
        raise SystemExit(f"veille_plugin imported from {veille_plugin.__file__}, not from {root}")
    return Gazetteer(ReferenceData(embedded_reference_gpkg()))


def main(argv=None) -> int:
    """Command line: generate the set from the official layers, ask the search, print the table."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--root", type=Path, default=ROOT, help="the plugin tree to evaluate (default: this one)")
    parser.add_argument("--failures", type=int, default=0, help="print up to N failures of each class")
    args = parser.parse_args(argv)
    start = time.time()
    official = Official(args.root / GPKG)
    queries = build_queries(official)
    gazetteer = load_gazetteer(args.root)
    outcomes = evaluate(gazetteer, queries)
    print(format_table(summary(outcomes), f"Official-layer search evaluation of {args.root.resolve()}"))
    if args.failures:
        print(format_failures(outcomes, args.failures))
    print(f"({len(queries)} queries, {time.time() - start:.1f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

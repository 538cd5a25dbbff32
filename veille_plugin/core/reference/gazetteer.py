"""Element search: find elements, components and ERBM cités by name and commune, as people write them.

Robust to accents, case, punctuation, hyphens, «n°/no/numéro», «bis», «lez/lès/les»,
«sur-l'Escaut/sur-Escaut», word order, partial words, small typos, filler words people add
or drop («chevalement», «fosse», «cité», «salle des bains-douches»…), old commune names
(COG communes déléguées/associées) and the aliases of ``resources/gazetteer_aliases.json``.

Index: every token of every searchable field → (record, field weight). A query token is
matched once against the vocabulary (exact, prefix, fuzzy), then scores are summed per record.
"""

import difflib
from dataclasses import dataclass
from typing import Optional

import numpy as np
import shapely

from ..i18n import tr
from ..text import normalize, tokens
from .communes import build_commune_index, load_resource_json, old_commune_names
from .data import ReferenceData

# Words people add or drop: they help when present, they never penalise when absent.
SOFT_WORDS = frozenset(
    """
    chevalement chevalements fosse fosses puits cite cites coron corons salle salles bains bain douches douche pendus
    terril terrils cavalier cavaliers ancien ancienne anciens anciennes residence element mine mines site minier miniere
    minieres miniers ensemble paysage
    """.split()
)
# The same concepts spelled differently: the query token is replaced by the canonical one.
SYNONYMS = {
    "bainsdouches": "bains",
    "douche": "douches",
    "bain": "bains",
    "eglise": "eglise",
    "ecole": "ecole",
    "residence": "cite",
}

# A filler word also says what kind of thing is sought: «cité du Pinson» is a cité, not its school.
KIND_WORDS = {
    "cite": ("categorie", "cité minière"),
    "cites": ("categorie", "cité minière"),
    "coron": ("categorie", "cité minière"),
    "corons": ("categorie", "cité minière"),
    "residence": ("categorie", "cité minière"),
    "terril": ("categorie", "terril"),
    "terrils": ("categorie", "terril"),
    "cavalier": ("categorie", "cavalier"),
    "cavaliers": ("categorie", "cavalier"),
    "fosse": ("type", "Fosse"),
    "fosses": ("type", "Fosse"),
    "puits": ("type", "Fosse"),
    "chevalement": ("type", "Chevalement"),
    "chevalements": ("type", "Chevalement"),
}
KIND_BONUS = 0.15

FIELD_WEIGHTS = {"id": 1.2, "nom": 1.0, "alias": 1.0, "commune": 0.9, "composante": 0.75, "type": 0.6}
KIND_ORDER = {"élément": 0, "composante": 1, "cité ERBM": 2}


@dataclass
class Record:
    """One searchable place: an element, a component or an ERBM cité, with its normalised names."""

    kind: str
    ident: str
    nom: str
    categorie: Optional[str]
    type: Optional[str]
    composante: Optional[int]
    composante_nom: Optional[str]
    communes: list  # [(nom, insee)]
    statut: str
    dans_zone_tampon: bool
    fraction_bien: float
    x: float
    y: float
    bbox: tuple
    commune_keys: frozenset


def _split(value) -> list:
    if value is None or (isinstance(value, float) and np.isnan(value)):
        return []
    return [v.strip() for v in str(value).split(";") if v.strip()]


class Gazetteer:
    """Search of the reference places by name as people write it."""

    def __init__(self, ref: ReferenceData):
        self.ref = ref
        self.records: list = []
        self.index: dict = {}
        old_names = old_commune_names(ref)
        self.commune_index = build_commune_index(ref, old_names)
        aliases = load_resource_json("gazetteer_aliases.json")
        self._build(ref, old_names, aliases)
        self.vocabulary = sorted(self.index)
        self._candidate_cache = {}

    # ------------------------------------------------------------------ index
    def resolve_commune(self, text: str) -> set:
        """INSEE codes a commune name designates (exact normalised name, else names starting with it)."""
        key = normalize(text)
        if key in self.commune_index:
            return set(self.commune_index[key])
        codes = set()
        for k, v in self.commune_index.items():
            if k.startswith(key):
                codes |= v
        return codes

    def _add(self, rec: Record, fields: dict):
        r = len(self.records)
        self.records.append(rec)
        for fname, texts in fields.items():
            for text in texts:
                for tok in tokens(text):
                    tok = SYNONYMS.get(tok, tok)
                    # a bare number inside an id («74» of «74A») is weak evidence
                    w = 0.6 if (fname == "id" and tok.isdigit()) else FIELD_WEIGHTS[fname]
                    slot = self.index.setdefault(tok, {})
                    if slot.get(r, 0) < w:
                        slot[r] = w

    def _build(self, ref, old_names, aliases):
        comp_attr = ref.components.attributes
        for layer, kind in ((ref.elements, "élément"), (ref.erbm, "cité ERBM")):
            a = layer.attributes
            pts = shapely.point_on_surface(layer.geometries)
            bounds = shapely.bounds(layer.geometries)
            for i, row in enumerate(a.to_dict("records")):
                names = _split(row.get("communes"))
                codes = _split(row.get("insee"))
                communes = list(zip(names, codes + [None] * (len(names) - len(codes))))
                olds = [o for c in codes for o in old_names.get(c, [])]
                frac = float(row.get("fraction_bien") or 0.0)
                if kind == "élément":
                    statut = "inscrit"
                else:
                    statut = "partiellement inscrit" if frac > 0.01 else "non inscrit"
                ident = row["identifiant"]
                comp_no = int(row["composante"]) if row.get("composante") is not None and kind == "élément" else None
                rec = Record(
                    kind,
                    ident,
                    row["nom"],
                    row.get("categorie"),
                    row.get("type"),
                    comp_no,
                    row.get("composante_nom"),
                    communes,
                    statut,
                    bool(row.get("dans_zone_tampon")),
                    round(frac, 3),
                    float(shapely.get_x(pts[i])),
                    float(shapely.get_y(pts[i])),
                    tuple(float(v) for v in bounds[i]),
                    frozenset(normalize(n) for n in names + olds + _split(row.get("communes_source")) if n),
                )
                fields = {
                    "id": [ident],
                    "nom": [row["nom"], row.get("nom_complementaire") or ""],
                    "alias": aliases.get(ident, []),
                    "commune": names + olds + [row.get("communes_source") or ""],
                    "type": [row.get("type") or "", row.get("categorie") or ""],
                }
                if kind == "élément":
                    fields["composante"] = [row.get("composante_nom") or ""]
                self._add(rec, fields)
        pts = shapely.point_on_surface(ref.components.geometries)
        bounds = shapely.bounds(ref.components.geometries)
        for i, row in enumerate(comp_attr.to_dict("records")):
            names = _split(row.get("communes"))
            codes = _split(row.get("insee"))
            olds = [o for c in codes for o in old_names.get(c, [])]
            no = int(row["no_composante"])
            rec = Record(
                "composante",
                str(no),
                row["nom"],
                tr("composante"),
                row.get("compagnie"),
                no,
                row["nom"],
                list(zip(names, codes)),
                "inscrit",
                False,
                1.0,
                float(shapely.get_x(pts[i])),
                float(shapely.get_y(pts[i])),
                tuple(float(v) for v in bounds[i]),
                frozenset(normalize(n) for n in names + olds),
            )
            self._add(
                rec,
                {
                    "nom": [row["nom"]],
                    "alias": aliases.get(f"C{no}", []),
                    "commune": names + olds,
                    "type": [row.get("compagnie") or ""],
                },
            )

    # ------------------------------------------------------------------ search
    def _candidates(self, qtok: str) -> tuple:
        """Vocabulary tokens matching one query token, with a match quality in ]0, 1] (memoised)."""
        cached = self._candidate_cache.get(qtok)
        if cached is None:
            if len(self._candidate_cache) > 4096:
                self._candidate_cache.clear()
            cached = self._candidate_cache[qtok] = self._match_vocabulary(qtok)
        return cached

    def _match_vocabulary(self, qtok: str) -> tuple:
        out = []
        if qtok in self.index:
            out.append((qtok, 1.0))
        if qtok.isdigit():
            return tuple(out)  # numbers match exactly: «9» is not «19»
        if len(qtok) >= 3:
            for v in self.vocabulary:
                if v != qtok and v.startswith(qtok):
                    out.append((v, 0.85))
        if len(qtok) >= 4 and not out:
            for v in difflib.get_close_matches(qtok, self.vocabulary, n=5, cutoff=0.78):
                if not v.isdigit():
                    out.append((v, 0.8 * difflib.SequenceMatcher(None, qtok, v).ratio()))
        return tuple(out)

    def _token_scores(self, qtok: str) -> dict:
        scores = {}
        for vtok, quality in self._candidates(qtok):
            for r, w in self.index[vtok].items():
                s = quality * w
                if s > scores.get(r, 0.0):
                    scores[r] = s
        return scores

    def search(self, text: str, commune: Optional[str] = None, limit: int = 10, kinds=None) -> list:
        """Places matching ``text`` (optionally in one commune), best first, with their score."""
        qtoks = [SYNONYMS.get(t, t) for t in tokens(text)]
        hard = [t for t in qtoks if t not in SOFT_WORDS]
        soft = [t for t in qtoks if t in SOFT_WORDS]
        if not hard and soft:  # «cité», «chevalement» alone: search them for real
            hard, soft = soft, []
        commune_key = normalize(commune) if commune else None
        commune_codes = self.resolve_commune(commune) if commune else set()
        if not hard:
            return []
        total = {}
        matched = {}
        for t in hard:
            for r, s in self._token_scores(t).items():
                total[r] = total.get(r, 0.0) + s
                matched[r] = matched.get(r, 0) + 1
        for t in soft:
            for r, s in self._token_scores(t).items():
                if r in total:
                    total[r] += 0.1 * s
        wanted_kinds = [KIND_WORDS[t] for t in qtoks if t in KIND_WORDS]
        if wanted_kinds:
            for r in total:
                rec = self.records[r]
                for field_name, value in wanted_kinds:
                    if (rec.categorie if field_name == "categorie" else rec.type) == value:
                        total[r] += KIND_BONUS * len(hard)
                        break
        results = []
        qnorm = " ".join(qtoks)
        for r, s in total.items():
            rec = self.records[r]
            if kinds and rec.kind not in kinds:
                continue
            if commune_key:
                if commune_codes:
                    if not commune_codes & {c for _n, c in rec.communes if c}:
                        continue
                elif not any(k == commune_key or k.startswith(commune_key) for k in rec.commune_keys):
                    continue
            coverage = matched[r] / len(hard)
            missing_numbers = [
                t
                for t in hard
                if t.isdigit() and t not in tokens(rec.nom) + tokens(rec.ident) + tokens(rec.composante_nom or "")
            ]
            score = (s / len(hard)) * (0.4 + 0.6 * coverage)
            if missing_numbers:
                score *= 0.5
            name_norm = normalize(rec.nom)
            if name_norm == qnorm or normalize(rec.ident) == qnorm:
                score += 0.2
            results.append((round(min(score, 1.2) / 1.2, 4), rec))
        results.sort(key=lambda t: (-t[0], KIND_ORDER.get(t[1].kind, 9), t[1].ident))
        return [self.to_dict(rec, score) for score, rec in results[: max(0, limit)] if score > 0.15]

    def place(self, kind: str, ident: str) -> Optional[dict]:
        """The place of this kind («élément», «composante», «cité ERBM») and identifier, as a search result with a
        score of 1, or None."""
        for rec in self.records:
            if rec.kind == kind and rec.ident == ident:
                return self.to_dict(rec, 1.0)
        return None

    @staticmethod
    def to_dict(rec: Record, score: float) -> dict:
        """A search result as plain data."""
        return {
            "id": rec.ident,
            "objet": rec.kind,
            "nom": rec.nom,
            "categorie": rec.categorie,
            "type": rec.type,
            "composante": {"no": rec.composante, "nom": rec.composante_nom} if rec.composante is not None else None,
            "communes": [{"nom": n, "insee": c} for n, c in rec.communes],
            "statut": rec.statut,
            "dans_zone_tampon": rec.dans_zone_tampon,
            "fraction_dans_bien": rec.fraction_bien,
            "score": score,
            "x_l93": round(rec.x, 1),
            "y_l93": round(rec.y, 1),
            "emprise_l93": [round(v, 1) for v in rec.bbox],
        }


_cache = {}


def get_gazetteer(ref: ReferenceData) -> Gazetteer:
    """The gazetteer of a reference data set (built once per data set)."""
    key = id(ref)
    if key not in _cache:
        _cache.clear()
        _cache[key] = Gazetteer(ref)
    return _cache[key]

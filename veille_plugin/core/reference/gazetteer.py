"""Place search: every place of the official layers found by name as people write it, with its true status.

The places come from :mod:`.places`: the elements, the components, the ERBM cités, the zone tampon's cités and
terrils, and the fosses of the shafts layer, the records of one place merged into one answer (an element and its
whole cité, a headframe and its shafts). Each answer carries its status (inscrit, inscrit en partie with the share
in the Bien, zone tampon, non inscrit), its value class, its protections with their source, the records it merges.

People write «le chevalement d'Oignies», «cité ancienne du 1», «Bruay la Buisiere», «Auchy-lez-La-Bassée»,
«Chevalement de la fosse n°9 à Roost-Warendin», «Cité des Électriciens et Cité Anatole France». The search
understands:

- accents, case, punctuation, «n°/no/numéro», «lez/lès/les», word order, prefixes and small typos;
- **kind words** (:mod:`.search_lexicon`): «chevalement», «puits», «carreau», «salle des pendus» designate a pit
  site; a query that names a kind prefers that kind, and a kind word alone with a commune lists that kind there;
- **qualifiers** (ancienne/nouvelle, haute/basse, nord/sud, est/ouest, grand/petit, bis) and **numbers** (a fosse's
  number comes from its shafts) decide between places of the same name;
- **commune names** current, old (with their source) and with a letter off (:mod:`.communes`); a commune written
  wrongly (a neighbouring one) finds the place in the neighbouring communes, and says the correction;
- **aliases** with their source (:mod:`.place_aliases`);
- **compound queries** that join places with «et», «/», «-» or «,»: each place is returned.

Every result says why it matched (``raisons``) and how sure the search is (``score``, ``confiance``). Under the
confidence threshold (:data:`CONFIDENT`) the status reads «à confirmer» and the other answers come with it.

Index: every token of every searchable field → {record: (weight, field)}. A query token is matched once against
the vocabulary (exact, prefix, fuzzy), then scores are summed per record and adjusted by kind, qualifiers and
numbers.
"""

import difflib
import re
from dataclasses import dataclass, field
from typing import Optional

import numpy as np
import shapely

from ..i18n import QT_TRANSLATE_NOOP, tr
from ..text import normalize, strip_accents, tokens
from .communes import CommuneMatch, CommuneResolver, old_commune_names
from .data import ReferenceData
from .place_aliases import all_aliases
from .places import (
    COMPONENT,
    ELEMENT,
    ERBM,
    INSCRIT,
    PIT,
    ZT_CITE,
    ZT_TERRIL,
    Place,
    build_places,
    split_list,
    terril_code,
)
from .search_lexicon import KIND_LABELS, OPPOSITES, QUALIFIERS, QUERY_KINDS, split_places

# Words people add or drop: they help a little when present, they never penalise when absent.
FILLER_WORDS = frozenset("site element ensemble paysage minier miniere minieres miniers salle".split())
SYNONYMS = {"bainsdouches": "bains", "douche": "douches", "bain": "bains"}

FIELD_WEIGHTS = {"id": 1.2, "nom": 1.0, "alias": 1.0, "commune": 0.9, "composante": 0.75, "type": 0.6}
FIELD_LABELS = {
    "id": QT_TRANSLATE_NOOP("VeillePatrimoniale", "identifiant"),
    "nom": QT_TRANSLATE_NOOP("VeillePatrimoniale", "nom"),
    "alias": QT_TRANSLATE_NOOP("VeillePatrimoniale", "autre nom"),
    "commune": QT_TRANSLATE_NOOP("VeillePatrimoniale", "commune"),
    "composante": QT_TRANSLATE_NOOP("VeillePatrimoniale", "composante"),
    "type": QT_TRANSLATE_NOOP("VeillePatrimoniale", "type"),
}
# Between places of equal score: the element first, then the component, the whole cités, the zone tampon, the pits
OBJECT_ORDER = {ELEMENT: 0, COMPONENT: 1, ERBM: 2, ZT_CITE: 3, ZT_TERRIL: 4, PIT: 5}

CONFIDENT = 0.8  # a result at or above this is presented as sure
PROBABLE = 0.5
MIN_SCORE = 0.25  # below this a result is not shown
KIND_LISTING_SCORE = 0.85  # «chevalement» with a commune: the pit sites of that commune
NEAREST_SCORE = 0.55  # nothing of that kind in the commune: the nearest ones
# A place of the name sought in a commune next to the one written: found, with the correction, a little lower
NEIGHBOUR_FACTOR = 0.9
OUTSIDE_COMMUNE_CAP = 0.75  # a place outside the commune named in the query (and not its neighbour) is never sure
NAMING_FIELDS = frozenset({"nom", "alias", "id"})  # the fields that name the place itself
UNNAMED_FACTOR = 0.6  # a place none of whose own names holds a name word asked for
TIE_MARGIN = 0.02  # sure answers this close to the best one are as good as it
UNSURE_SCORE = 0.79  # the score an ambiguous or displaced answer is brought down to, just under CONFIDENT
NEIGHBOUR_DISTANCE_M = 10.0  # communes this close touch (their limits are simplified)
# A component ranks just below the element that bears the same name: the element is the more precise answer.
COMPONENT_FACTOR = 0.95


@dataclass
class SearchAnswer:
    """A search and what it understood: the results, the commune, the places of a compound query, a suggestion."""

    text: str
    results: list
    commune: Optional[CommuneMatch] = None
    parts: list = field(default_factory=list)  # the places of a compound query, as written
    suggestion: str = ""  # «did you mean» when nothing matched


def _qualifiers(*texts) -> frozenset:
    return frozenset(QUALIFIERS[t] for text in texts for t in tokens(text or "") if t in QUALIFIERS)


def _numbers(*texts) -> frozenset:
    return frozenset(t for text in texts for t in tokens(text or "") if t.isdigit())


def confidence_label(score: float) -> str:
    """«sûr», «probable» or «incertain» (French)."""
    if score >= CONFIDENT:
        return tr("sûr")
    if score >= PROBABLE:
        return tr("probable")
    return tr("incertain")


@dataclass
class _Query:
    """A query split into what each word does."""

    words: list  # every token, synonyms applied
    hard: list  # tokens that must match (names, numbers, communes)
    kinds: list  # kind classes named, first = the kind sought
    kind_words: list
    qualifiers: set
    soft: list  # filler words


def _parse(text: str) -> _Query:
    words = [SYNONYMS.get(t, t) for t in tokens(text)]
    kind_words = [t for t in words if t in QUERY_KINDS]
    kinds = list(dict.fromkeys(QUERY_KINDS[t] for t in kind_words))
    quals = {QUALIFIERS[t] for t in words if t in QUALIFIERS}
    soft = [t for t in words if t in FILLER_WORDS and t not in QUALIFIERS]
    hard = [t for t in words if t not in QUERY_KINDS and t not in QUALIFIERS and t not in FILLER_WORDS]
    if not hard and not kinds:
        hard = [t for t in words if t in QUALIFIERS or t in FILLER_WORDS]  # «nord» alone: search it for real
    return _Query(words, hard, kinds, kind_words, quals, soft)


class Gazetteer:
    """Search of the reference places by name as people write it."""

    def __init__(self, ref: ReferenceData):
        self.ref = ref
        self.records: list = []
        self.geometries: list = []
        self.index: dict = {}
        old_names = old_commune_names(ref)
        self.communes = CommuneResolver(ref, old_names)
        self.commune_index = self.communes.index
        self._build(ref, old_names, all_aliases(ref))
        self.communes.add_names(pair for rec in self.records for pair in rec.communes)
        self.vocabulary = sorted(self.index)
        self._candidate_cache = {}
        self._neighbours = None
        self._by_key = {(rec.kind, rec.ident): i for i, rec in enumerate(self.records)}
        self._ids = identifier_index(self.records)
        self._tree = shapely.STRtree(np.asarray(self.geometries, dtype=object))

    # ------------------------------------------------------------------ communes
    def match_commune(self, text: str) -> CommuneMatch:
        """What a commune name written by a user designates (current, old, approximate), with suggestions."""
        return self.communes.resolve(text)

    def resolve_commune(self, text: str) -> set:
        """INSEE codes a commune name designates (empty when none)."""
        return set(self.match_commune(text).codes)

    # ------------------------------------------------------------------ index
    def _add(self, rec: Place, geometry, fields: dict):
        r = len(self.records)
        self.records.append(rec)
        self.geometries.append(geometry)
        for fname, texts in fields.items():
            for text in texts:
                for tok in tokens(text):
                    tok = SYNONYMS.get(tok, tok)
                    # a bare number inside an id («74» of «74A») is weak evidence
                    w = 0.6 if (fname == "id" and tok.isdigit()) else FIELD_WEIGHTS[fname]
                    slot = self.index.setdefault(tok, {})
                    if slot.get(r, (0, ""))[0] < w:
                        slot[r] = (w, fname)

    def _commune_pairs(self, written: str) -> list:
        """[(official name, insee)] a commune name of an official layer designates."""
        match = self.communes.resolve(written)
        return [(self.communes.official.get(c, c), c) for c in sorted(match.codes)]

    def _build(self, ref, old_names, aliases):
        for place, geometry, names in build_places(ref, self._commune_pairs):
            place.aliases = aliases.get(place.key, [])
            self._index_place(place, geometry, names, old_names)
        comps = ref.components
        pts = shapely.point_on_surface(comps.geometries)
        bounds = shapely.bounds(comps.geometries)
        element_kinds = {}
        for rec in self.records:
            if rec.kind == ELEMENT:
                element_kinds.setdefault(rec.composante, set()).add(rec.kind_class)
        com = ref.communes
        for i, row in enumerate(comps.attributes.to_dict("records")):
            names = split_list(row.get("communes"))
            codes = split_list(row.get("insee"))
            if not codes:  # three monuments' components carry no commune in the source: the communes they lie in
                hits = com.tree.query(comps.geometries[i], predicate="intersects")
                codes = [str(c) for c in com.attributes["insee"].iloc[hits]]
                names = [str(n) for n in com.attributes["nom"].iloc[hits]]
            no = int(row["no_composante"])
            kinds = element_kinds.get(no, set())
            place = Place(
                COMPONENT,
                str(no),
                row["nom"],
                tr("composante"),
                row.get("compagnie"),
                no,
                row["nom"],
                list(zip(names, codes)),
                INSCRIT,
                1.0,
                False,
                float(shapely.get_x(pts[i])),
                float(shapely.get_y(pts[i])),
                tuple(float(v) for v in bounds[i]),
                kind_class=next(iter(kinds)) if len(kinds) == 1 else "",
                sources=[(COMPONENT, str(no))],
            )
            place.aliases = aliases.get(place.key, [])
            self._index_place(place, comps.geometries[i], [row["nom"]], old_names, types=[row.get("compagnie") or ""])

    def _index_place(self, place: Place, geometry, names: list, old_names, types=None):
        """Fill the place's matching keys and index its words."""
        alias_names = [al.name for al in place.aliases]
        other = [n for n, _kind in place.other_names]
        place.name_tokens = frozenset(t for n in names for t in tokens(n))
        place.head_word = next(iter(tokens(names[0])), "")
        place.qualifiers = _qualifiers(*names)
        place.numbers = _numbers(names[0], *alias_names)  # the numbers of its own name (others: extra_numbers)
        place.extra_numbers = place.extra_numbers | _numbers(*names[1:], *other)
        olds = [o.name for c in place.insee for o in old_names.get(c, [])]
        fields = {
            "nom": names,
            "alias": alias_names + other,
            "commune": [n for n, _c in place.communes + place.extra_communes] + olds,
            "type": types if types is not None else [place.type or "", place.categorie or ""],
        }
        if place.kind in (ELEMENT, ERBM, ZT_TERRIL):  # the zone tampon cités' and the pits' ids mean nothing to people
            fields["id"] = [place.ident]
        if place.kind == ELEMENT:
            fields["composante"] = [place.composante_nom or ""]
        self._add(place, geometry, fields)

    # ------------------------------------------------------------------ matching
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
        if len(qtok) >= 4 or (len(qtok) == 3 and not out):
            for v in self.vocabulary:
                if v != qtok and v.startswith(qtok):
                    out.append((v, 0.85 if len(qtok) >= 4 else 0.6))
        if len(qtok) >= 4 and not out:
            for v in difflib.get_close_matches(qtok, self.vocabulary, n=5, cutoff=0.78):
                if not v.isdigit():
                    out.append((v, 0.8 * difflib.SequenceMatcher(None, qtok, v).ratio()))
        return tuple(out)

    def _token_scores(self, qtok: str) -> dict:
        """{record: (score, field, vocabulary token)} for one query token."""
        scores = {}
        for vtok, quality in self._candidates(qtok):
            for r, (w, fname) in self.index[vtok].items():
                s = quality * w
                if s > scores.get(r, (0.0,))[0]:
                    scores[r] = (s, fname, vtok)
        return scores

    # ------------------------------------------------------------------ search
    def search(self, text: str, commune: Optional[str] = None, limit: int = 10, kinds=None) -> list:
        """Places matching ``text`` (optionally in one commune), best first, each with its score and reasons."""
        return self.find(text, commune=commune, limit=limit, kinds=kinds).results

    def find(self, text: str, commune: Optional[str] = None, limit: int = 10, kinds=None) -> SearchAnswer:
        """The search and what it understood: results, the commune understood, the places of a compound query, a
        suggestion when nothing matched."""
        match = self.match_commune(commune) if commune else None
        if match is not None and not match.found:
            return SearchAnswer(text, [], match)
        codes = match.codes if match is not None else set()
        limit = max(0, limit)
        places = [p for p in split_places(text) if not self._is_commune(p)]
        if len(places) >= 2:
            whole = self._search_one(text, codes, kinds)
            first = whole[:1] if whole and whole[0][0] >= CONFIDENT and whole[0][2] else []
            results = self._compound(places, codes, kinds, limit, first)
            return SearchAnswer(text, mark_unconfirmed(results), match, places)
        else:
            scored = self._search_one(text, codes, kinds)
            if codes and _parse(text).hard:  # a kind word alone lists the nearest of that kind instead
                scored = self._with_neighbours(text, scored, codes, kinds)
            if codes and not scored and _parse(text).hard:
                scored = self._elsewhere(text, match, kinds)
            if not self._is_listing(text):
                scored = disambiguate(scored)
        results = [self._result(rec, score, reasons) for score, rec, _full, reasons in scored[:limit]]
        suggestion = "" if results else self._suggest(text, codes, kinds)
        return SearchAnswer(text, mark_unconfirmed(results), match, [], suggestion)

    def _is_listing(self, text: str) -> bool:
        """A kind word with, at most, a commune: the query lists the places of that kind (see :meth:`_list_kind`)."""
        q = _parse(text)
        in_commune = self._communes_in_query(q.hard)
        return bool(q.kinds) and (not q.hard or bool(in_commune and len(in_commune[0]) == len(q.hard)))

    def _elsewhere(self, text: str, match, kinds) -> list:
        """Nothing of that name in the commune given nor in its neighbours: the places of that name elsewhere, never
        sure, saying where they are (an empty answer would read as «not heritage»)."""
        written = ", ".join(match.names) or match.written
        out = []
        for score, rec, full, reasons in self._search_one(text, set(), kinds):
            if score < PROBABLE:
                continue
            where = ", ".join(n for n, _c in rec.communes) or "?"
            note = tr("à {w}, et non dans la commune indiquée ({c})").format(w=where, c=written)
            out.append((min(score, OUTSIDE_COMMUNE_CAP), rec, full, reasons + [note]))
        return out

    def _is_commune(self, part: str) -> bool:
        key = normalize(part)
        return bool(key) and key in self.commune_index

    def _compound(self, places, codes, kinds, limit, whole_first=()) -> list:
        """Each place of a compound query: the best answer of each part first, then the others by score. A place
        whose own name holds the whole query («Pharmacie et cabinet médical») comes before them."""
        firsts, rest, seen = [], [], set()
        for score, rec, _full, reasons in whole_first:
            seen.add(rec.key)
            firsts.append((score, rec, reasons))
        for part in places:
            scored = self._search_one(part, codes, kinds)
            for n, (score, rec, _full, reasons) in enumerate(scored):
                if rec.key in seen:
                    continue
                seen.add(rec.key)
                item = (score, rec, reasons + [tr("partie « {p} » de la requête").format(p=part)])
                (firsts if n == 0 and score >= PROBABLE else rest).append(item)
        rest.sort(key=lambda t: (-t[0], OBJECT_ORDER.get(t[1].kind, 9), t[1].ident))
        return [self._result(rec, score, reasons) for score, rec, reasons in (firsts + rest)[:limit]]

    def _search_one(self, text: str, codes: set, kinds) -> list:
        """[(score, record, all hard words matched, reasons)] best first, for one place; an official identifier
        written in the query («T004», «42A», «ERBM-63») names its place for sure."""
        found = self._by_identifier(text, codes, kinds)
        if found:
            return found
        q = _parse(text)
        in_commune = self._communes_in_query(q.hard)
        listing_codes = codes or (in_commune[1] if in_commune and len(in_commune[0]) == len(q.hard) else set())
        if q.kinds and (not q.hard or (listing_codes and in_commune and len(in_commune[0]) == len(q.hard))):
            return self._list_kind(q, listing_codes, kinds, in_commune[0] if in_commune and not codes else ())
        if not q.hard:
            return []
        commune_words = set(in_commune[0]) if in_commune else set()
        total, matched, why, by_name, named = {}, {}, {}, {}, {}
        for t in q.hard:
            for r, (s, fname, vtok) in self._token_scores(t).items():
                total[r] = total.get(r, 0.0) + s
                matched[r] = matched.get(r, 0) + 1
                why.setdefault(r, []).append((fname, vtok))
                if t not in commune_words:
                    by_name[r] = by_name.get(r, 0.0) + s
                    named[r] = named.get(r, 0) + 1
        name_words = len([t for t in q.hard if t not in commune_words])
        for t in q.soft + q.kind_words:
            for r, (s, _fname, _vtok) in self._token_scores(t).items():
                if r in total:
                    total[r] += 0.1 * s
        qnums = {t for t in q.hard if t.isdigit()}
        qnorm = " ".join(q.words)
        qset = set(q.words)
        raw = []
        for r, s in total.items():
            rec = self.records[r]
            if kinds and rec.kind not in kinds:
                continue
            if codes and not codes & rec.insee:
                continue
            outside = bool(in_commune) and not in_commune[1] & rec.insee and not commune_words <= rec.name_tokens
            if outside and name_words:
                # elsewhere than the commune written: judged on the name's words, then lowered (see _adjust)
                coverage = named.get(r, 0) / name_words
                score = (by_name.get(r, 0.0) / name_words) * (0.4 + 0.6 * coverage)
            else:
                coverage = matched[r] / len(q.hard)
                score = (s / len(q.hard)) * (0.4 + 0.6 * coverage)
            factor, reasons = self._adjust(rec, q, qnums, in_commune)
            score *= factor
            if set(tokens(rec.nom)) == qset or normalize(rec.ident) == qnorm:
                score += 0.2
            if outside:
                score = min(score, OUTSIDE_COMMUNE_CAP * 1.2)  # elsewhere than the commune written: to confirm
            if not any(fname in NAMING_FIELDS for fname, _v in why[r]) and set(q.hard) - commune_words:
                # a name asked for, found only in the component's name, the commune or the type: one of its places,
                # not the one named; below the places that bear the name elsewhere
                score = min(score * UNNAMED_FACTOR, OUTSIDE_COMMUNE_CAP * 1.2)
            if score / 1.2 <= MIN_SCORE:
                continue
            raw.append((score, rec, coverage == 1.0, self._field_reasons(rec, why[r]) + reasons))
        # ordered by the raw score (an exact name beats a longer one), shown capped to 1
        raw.sort(key=lambda t: (-t[0], OBJECT_ORDER.get(t[1].kind, 9), len(t[1].name_tokens), t[1].ident))
        scored = [(round(min(score, 1.2) / 1.2, 4), rec, full, reasons) for score, rec, full, reasons in raw]
        if in_commune and not codes:
            words = set(in_commune[0])
            rest = " ".join(w for w in q.words if w not in words)
            return self._with_neighbours(rest, scored, in_commune[1], kinds, words)
        return scored

    def neighbours(self, codes: set) -> set:
        """INSEE codes of the communes that touch the communes ``codes`` (not including them)."""
        if self._neighbours is None:
            com = self.ref.communes
            insee = com.attributes["insee"].astype(str).to_numpy()
            a, b = com.tree.query(com.geometries, predicate="dwithin", distance=NEIGHBOUR_DISTANCE_M)
            self._neighbours = {}
            for i, j in zip(a, b):
                if i != j:
                    self._neighbours.setdefault(insee[i], set()).add(insee[j])
        return {n for c in codes for n in self._neighbours.get(c, ())} - set(codes)

    def _with_neighbours(self, text: str, scored: list, named: set, kinds, words=frozenset()) -> list:
        """A commune written wrongly (a neighbouring commune, the commune of the company's pit): when the commune
        written holds no sure answer, the places of that name in the neighbouring communes compete with its answers,
        a little lower (:data:`NEIGHBOUR_FACTOR`), with the correction in words. A sure answer of the commune
        written, or whose own name holds the commune's words («Terril 2 d'Oignies» at Libercourt), stands."""
        here = [
            score for score, rec, _f, _r in scored[:3] if rec.insee & named or (words and set(words) <= rec.name_tokens)
        ]
        if not text.strip() or (here and max(here) >= CONFIDENT):
            return scored
        near = self.neighbours(named)
        written = ", ".join(sorted(self.communes.official.get(c, c) for c in named))
        corrected = []
        for score, rec, full, reasons in self._search_one(text, near, kinds):
            if score < PROBABLE:
                continue
            there = ", ".join(n for n, c in rec.communes + rec.extra_communes if c in near)
            note = tr("dans la commune voisine {n}, et non à {w} comme écrit").format(n=there, w=written)
            corrected.append((round(score * NEIGHBOUR_FACTOR, 4), rec, full, reasons + [note]))
        if not corrected:
            return scored
        best = {item[1].key: item for item in scored}
        corrected = [item for item in corrected if item[0] > best.get(item[1].key, (0.0,))[0]]
        seen = {rec.key for _s, rec, _f, _r in corrected}
        out = corrected + [item for item in scored if item[1].key not in seen]
        out.sort(key=lambda t: (-t[0], OBJECT_ORDER.get(t[1].kind, 9), len(t[1].name_tokens), t[1].ident))
        return out

    def _by_identifier(self, text: str, codes: set, kinds) -> list:
        """The places whose official identifier is a word of the query (letters and digits together, as the layers
        write them: «T004», «63AE», «ERBM-63»; an element's, starting with digits, in capitals), sure; [] when the
        query holds none."""
        hits = {}
        for word in IDENTIFIER.findall(strip_accents(str(text))):
            if word[0].isdigit() and not word.isupper():
                continue  # «25b» is a cité's number written in a name; an element's identifier is «25B»
            for r in self._ids.get(word.lower().replace("-", ""), ()):
                rec = self.records[r]
                if (kinds and rec.kind not in kinds) or (codes and not codes & rec.insee) or r in hits:
                    continue
                hits[r] = word
        reason = tr("identifiant officiel")
        return [(1.0, self.records[r], True, [f"{reason} : {word}"]) for r, word in hits.items()]

    def _communes_in_query(self, hard: list):
        """(tokens, INSEE codes) of the longest run of query words that names a commune, or None."""
        best = None
        for i in range(len(hard)):
            for j in range(min(len(hard), i + 5), i, -1):
                key = " ".join(hard[i:j])
                if key in self.commune_index and (best is None or j - i > len(best[0])):
                    best = (hard[i:j], set(self.commune_index[key]))
                    break
        return best

    def _adjust(self, rec: Place, q: _Query, qnums: set, in_commune):
        """The factor for kind, qualifiers, numbers and a commune named in the query, and what it says."""
        factor, reasons = (COMPONENT_FACTOR if rec.kind == "composante" else 1.0), []
        if in_commune and not in_commune[1] & rec.insee and not set(in_commune[0]) <= rec.name_tokens:
            factor *= 0.7
            reasons.append(tr("hors de la commune nommée"))
        elif in_commune and in_commune[1] & rec.insee:
            factor *= 1.01  # between places named alike, the one in the commune named comes first
        if q.kinds:
            # a place whose name starts with the kind word sought («Cavalier du 7 de Béthune», a zone tampon terril)
            named = (not rec.kind_class and any(k in rec.name_tokens for k in q.kind_words)) or (
                rec.head_word == q.kind_words[0]
            )
            if rec.kind_class == q.kinds[0] or named:
                factor *= 1.1
                reasons.append(tr("type : {k}").format(k=tr(KIND_LABELS[q.kinds[0]])))
            elif rec.kind_class in q.kinds:
                pass
            elif rec.kind_class:
                factor *= 0.5
                reasons.append(tr("autre type que celui demandé ({k})").format(k=tr(KIND_LABELS[q.kinds[0]])))
            else:
                factor *= 0.85
        for qual in sorted(q.qualifiers):
            if qual in rec.qualifiers:
                reasons.append(tr("qualificatif « {q} »").format(q=qual))
            elif OPPOSITES.get(qual) in rec.qualifiers:
                factor *= 0.45
                reasons.append(tr("qualificatif contraire (« {q} » demandé)").format(q=qual))
            else:
                factor *= 0.75
                reasons.append(tr("sans le qualificatif « {q} »").format(q=qual))
        extra = rec.qualifiers - q.qualifiers
        if "bis" in extra and qnums:
            factor *= 0.8  # «fosse n°2» is not «fosse n°2 bis»: another pit
            reasons.append(tr("« bis » non demandé"))
        elif extra:
            factor *= 0.9
        missing = qnums - rec.numbers - rec.extra_numbers  # a headframe answers to its shafts' numbers too
        if missing:
            factor *= 0.45 ** len(missing)
            reasons.append(tr("numéro absent : {n}").format(n=", ".join(sorted(missing))))
        elif qnums and rec.numbers - qnums:
            factor *= 0.85
        return factor, reasons

    @staticmethod
    def _field_reasons(rec: Place, matches: list) -> list:
        by_field = {}
        for fname, vtok in matches:
            by_field.setdefault(fname, []).append(vtok)
        reasons = []
        for fname in ("nom", "alias", "id", "commune", "composante", "type"):
            if fname not in by_field:
                continue
            words = ", ".join(dict.fromkeys(by_field[fname]))
            if fname == "alias":
                hits = [a for a in rec.aliases if set(tokens(a.name)) & set(by_field[fname])]
                for alias in hits[:1]:
                    reasons.append(tr("autre nom « {a} » ({s})").format(a=alias.name, s=alias.source))
                merged = [(n, k) for n, k in rec.other_names if set(tokens(n)) & set(by_field[fname])]
                for name, kind in merged[:1] if not hits else []:
                    reasons.append(tr("nom de la fiche réunie « {a} » ({k})").format(a=name, k=kind))
                continue
            reasons.append(f"{tr(FIELD_LABELS[fname])} : {words}")
        return reasons

    def _list_kind(self, q: _Query, codes: set, kinds, commune_words=()) -> list:
        """A kind word with no name: the places of that kind, in the commune when one is given (or named in the
        query), else the nearest ones. Places whose name holds more of the query's words come first."""
        wanted = q.kinds[0]
        label = tr(KIND_LABELS[wanted])
        words = set(q.words)
        # the words that say more than the kind and the commune («Coron de la Fosse» in «coron de la fosse Haveluy»)
        telling = words - set(q.kind_words[:1]) - set(commune_words) - set(q.qualifiers)
        pool = [
            r
            for r, rec in enumerate(self.records)
            if rec.kind not in (COMPONENT, PIT)  # a pit is found by its name or number, not listed
            and (not kinds or rec.kind in kinds)
            and (rec.kind_class == wanted or (not rec.kind_class and set(q.kind_words) & rec.name_tokens))
        ]
        inside = [
            r
            for r in pool
            if not codes
            or codes & self.records[r].insee
            or (commune_words and set(commune_words) <= self.records[r].name_tokens)
        ]
        if codes and telling and not any(telling <= self.records[r].name_tokens for r in inside):
            corrected = self._named_in_neighbours(pool, codes, telling, words, label)
            if corrected:
                return corrected
        if not inside and codes and pool:
            return self._nearest_of_kind(pool, codes, label)
        base = KIND_LISTING_SCORE if codes else PROBABLE
        raw = []
        for r in inside:
            rec = self.records[r]
            overlap = len(telling & rec.name_tokens) / len(telling) if telling else 1.0
            score = base * (0.6 + 0.4 * overlap)
            if q.qualifiers and not q.qualifiers <= rec.qualifiers:
                score *= 0.8
            exact = words == rec.name_tokens
            named = min(len(set(q.kind_words) & rec.name_tokens), 2)  # «piscine» prefers «Piscine - stade parc»
            reasons = [tr("type : {k}").format(k=label)] + ([tr("dans la commune")] if codes else [])
            raw.append((score + 0.05 * named + (0.1 if exact else 0.0), len(rec.name_tokens), rec, reasons))
        raw.sort(key=lambda t: (-t[0], t[1], OBJECT_ORDER.get(t[2].kind, 9), normalize(t[2].nom), t[2].ident))
        out = [(round(min(score, base), 4), rec, True, reasons) for score, _n, rec, reasons in raw]
        bearing = [rec.key for _s, rec, _f, _r in out if commune_words and set(commune_words) <= rec.name_tokens]
        if bearing:
            # «cité de Guesnain»: the place named after the commune (the one named exactly so, when there is one),
            # not every cité of the commune
            exact = [rec.key for _s, rec, _f, _r in out if rec.key in bearing and rec.name_tokens <= words]
            chosen = set(exact or bearing)
            note = tr("porte un autre nom que celui demandé")
            out = [
                (score, rec, full, reasons)
                if rec.key in chosen
                else (min(score, UNSURE_SCORE * 0.95), rec, full, reasons + [note])
                for score, rec, full, reasons in out
            ]
            out.sort(key=lambda t: -t[0])
        return out

    def _named_in_neighbours(self, pool: list, codes: set, telling: set, words: set, label: str) -> list:
        """A name made of kind words («Cité de la Gare», «Coron de l'Église») that no place of the commune bears:
        the places bearing it in the neighbouring communes, with the correction."""
        near = self.neighbours(codes)
        written = ", ".join(sorted(self.communes.official.get(c, c) for c in codes))
        out = []
        for r in pool:
            rec = self.records[r]
            if not (telling <= rec.name_tokens and near & rec.insee):
                continue
            there = ", ".join(n for n, c in rec.communes + rec.extra_communes if c in near)
            score = NEIGHBOUR_FACTOR * (KIND_LISTING_SCORE + (0.1 if words == rec.name_tokens else 0.0))
            reasons = [
                tr("type : {k}").format(k=label),
                tr("dans la commune voisine {n}, et non à {w} comme écrit").format(n=there, w=written),
            ]
            out.append((round(score, 4), rec, True, reasons))
        out.sort(key=lambda t: (-t[0], OBJECT_ORDER.get(t[1].kind, 9), len(t[1].name_tokens), t[1].ident))
        return out

    def _nearest_of_kind(self, pool: list, codes: set, label: str) -> list:
        """Nothing of that kind in the commune: the three nearest."""
        com = self.ref.communes
        area = shapely.union_all(com.geometries[com.attributes["insee"].astype(str).isin(codes).to_numpy()])
        dist = shapely.distance(np.asarray([self.geometries[r] for r in pool], dtype=object), area)
        order = np.argsort(dist, kind="stable")[:3]
        out = []
        for k in order:
            reasons = [
                tr("type : {k}").format(k=label),
                tr("aucun lieu de ce type dans la commune ; le plus proche, à {d} km").format(
                    d=f"{dist[k] / 1000:.1f}".replace(".", ",")
                ),
            ]
            out.append((NEAREST_SCORE, self.records[pool[k]], True, reasons))
        return out

    def _suggest(self, text: str, codes: set, kinds) -> str:
        """A corrected query that finds something («did you mean»), or «»: each word not in the vocabulary is
        replaced by its closest vocabulary word."""
        out, changed = [], False
        for w in tokens(text):
            if w in self.index or w.isdigit() or w in QUERY_KINDS or w in QUALIFIERS:
                out.append(w)
                continue
            close = difflib.get_close_matches(w, self.vocabulary, n=1, cutoff=0.7)
            if not close:
                return ""  # a word with nothing near it: no honest suggestion
            out.append(close[0])
            changed = True
        if not changed:
            return ""
        suggestion = " ".join(out)
        found = self._search_one(suggestion, codes, kinds)
        return suggestion if found and found[0][0] >= PROBABLE else ""

    # ------------------------------------------------------------------ results
    def place(self, kind: str, ident: str) -> Optional[dict]:
        """The place of this kind («élément», «composante», «cité ERBM») and identifier, as a search result with a
        score of 1, or None."""
        r = self._by_key.get((kind, str(ident)))
        return None if r is None else self._result(self.records[r], 1.0, [tr("choisi par son identifiant")])

    def geometry(self, kind: str, ident: str):
        """The shapely geometry (EPSG:2154) of a place of this kind and identifier: a partly inscribed cité whole
        (its element and the records of its rest), else its own; None when unknown."""
        r = self._by_key.get((kind, str(ident)))
        if r is None:
            return None
        return self.records[r].whole if self.records[r].whole is not None else self.geometries[r]

    @staticmethod
    def _result(rec: Place, score: float, reasons: list) -> dict:
        out = Gazetteer.to_dict(rec, score)
        out["confiance"] = confidence_label(score)
        out["raisons"] = list(dict.fromkeys(reasons))
        return out

    @staticmethod
    def to_dict(rec: Place, score: float) -> dict:
        """A search result as plain data: the place, its status (``statut`` for people, ``statut_officiel`` for
        programs), its value class, its protections and the official records it merges."""
        return {
            "id": rec.ident,
            "objet": rec.kind,
            "nom": rec.nom,
            "categorie": rec.categorie,
            "type": rec.type,
            "composante": {"no": rec.composante, "nom": rec.composante_nom} if rec.composante is not None else None,
            "communes": [{"nom": n, "insee": c} for n, c in rec.communes],
            "statut": rec.status_label(),
            "statut_officiel": rec.status,
            "a_confirmer": score < CONFIDENT,
            "dans_zone_tampon": rec.dans_zone_tampon,
            "fraction_dans_bien": rec.share_bien,
            "valeur": rec.interet or None,
            "protections": list(rec.protections),
            "sources": [{"objet": kind, "id": ident} for kind, ident in rec.sources],
            "fusion": list(rec.merge_reasons),
            "score": score,
            "x_l93": round(rec.x, 1),
            "y_l93": round(rec.y, 1),
            "emprise_l93": [round(v, 1) for v in rec.bbox],
            "autres_noms": [{"nom": a.name, "source": a.source} for a in rec.aliases]
            + [{"nom": n, "source": tr("couche officielle : {k}").format(k=k)} for n, k in rec.other_names],
        }


# An official identifier as written in the layers: letters and digits in one word («T004», «63AE», «ERBM-63»)
IDENTIFIER = re.compile(r"\b(?=[A-Za-z-]*\d)(?=[\d-]*[A-Za-z])[A-Za-z0-9]+(?:-[A-Za-z0-9]+)?\b")


def identifier_index(records: list) -> dict:
    """{identifier in lower case without hyphen: [record]} of the identifiers people quote: those of the elements,
    the ERBM cités and the terrils (their own, those of the records merged into them, and the «T…» code an element's
    name carries). Bare numbers (components, the zone tampon cités, some elements) are left out: they read as
    numbers of a name."""
    out = {}
    for r, rec in enumerate(records):
        if rec.kind in (COMPONENT, ZT_CITE, PIT):
            continue
        codes = {rec.ident} | {i for k, i in rec.sources if k in (ELEMENT, ERBM, ZT_TERRIL)} | {terril_code(rec.nom)}
        for code in codes:
            if code and IDENTIFIER.fullmatch(code):
                out.setdefault(code.lower().replace("-", ""), []).append(r)
    return out


def disambiguate(scored: list) -> list:
    """Several distinct places answering equally well at the top («Cité du Moulin» in four communes, «Arenberg»):
    none of them is sure; each says that the commune would tell them apart."""
    top = [item for item in scored if item[0] >= CONFIDENT and item[1].kind != COMPONENT]
    if len(top) < 2 or top[0][0] - top[1][0] > TIE_MARGIN:
        return scored
    tied = {item[1].key for item in top if top[0][0] - item[0] <= TIE_MARGIN}
    note = tr("plusieurs lieux répondent aussi bien : précisez la commune")
    # every answer is brought under the threshold, so that the order stays that of the scores
    return [
        (min(score, UNSURE_SCORE), rec, full, reasons + [note] if rec.key in tied else reasons)
        for score, rec, full, reasons in scored
    ]


def mark_unconfirmed(results: list, alternatives: int = 3) -> list:
    """Results below the confidence threshold read «à confirmer» (their own status kept in ``statut_lieu``) and
    carry the other answers as ``alternatives``."""
    for n, res in enumerate(results):
        if not res["a_confirmer"]:
            continue
        res["statut_lieu"] = res["statut"]
        res["statut"] = tr("à confirmer")
        others = [r for k, r in enumerate(results) if k != n][:alternatives]
        res["alternatives"] = [
            {
                "objet": r["objet"],
                "id": r["id"],
                "nom": r["nom"],
                "statut": r.get("statut_lieu", r["statut"]),
                "communes": [c["nom"] for c in r["communes"]],
                "score": r["score"],
            }
            for r in others
        ]
    return results


_cache = {}


def get_gazetteer(ref: ReferenceData) -> Gazetteer:
    """The gazetteer of a reference data set (built once per data set)."""
    key = id(ref)
    if key not in _cache:
        _cache.clear()
        _cache[key] = Gazetteer(ref)
    return _cache[key]

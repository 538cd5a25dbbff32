"""Evaluation of the place search (issue 13): queries written as people write them, with their expected place.

Two sources of queries:
- ``tests/data/gazetteer/requetes.csv``, written by hand: typos, missing accents, old commune names, qualifiers,
  kind words, compound queries, places that do not exist;
- variations generated here from the official attributes of the elements (lower case without accents, a letter
  swapped, the commune added, the words reversed, the kind word dropped), each expecting its own element.

Figures: precision at rank 1 (the first result is an expected place; for «aucun», no result reaches 0.5) and the
rate of confident wrong answers (the first result scores 0.8 or more and is wrong).

Run ``.venv/bin/python tests/gazetteer_eval.py`` to print the figures and the failures.
"""

import csv
import sys
import unicodedata
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
QUERIES = ROOT / "tests" / "data" / "gazetteer" / "requetes.csv"
CONFIDENT = 0.8
NONE_THRESHOLD = 0.5
KIND_WORDS = ("Cité", "Fosse", "Terril", "Église", "École", "Chevalement", "Groupe scolaire")
OBJECTS = {
    "élément": "élément",
    "composante": "composante",
    "erbm": "cité ERBM",
    "zt-cite": "cité zone tampon",  # «Cité du Rivage Nouvelle» is a cité of the zone tampon layer (issue 26)
    "zt-terril": "terril zone tampon",
}


@dataclass
class Query:
    """One evaluated query: its text, an optional commune, the expected places (one set per place named)."""

    text: str
    commune: str
    expected: list  # [set of (objet, id)] ; [] means «aucun»
    case: str


def parse_expected(value: str) -> list:
    """«élément:23|composante:23+élément:17» → [{(élément, 23), (composante, 23)}, {(élément, 17)}]."""
    if value.strip() == "aucun":
        return []
    places = []
    for part in value.split("+"):
        alternatives = set()
        for alt in part.split("|"):
            kind, _sep, ident = alt.strip().partition(":")
            alternatives.add((OBJECTS[kind], ident))
        places.append(alternatives)
    return places


def hand_written() -> list:
    """The hand-written queries."""
    lines = [line for line in QUERIES.read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")]
    return [
        Query(row["requete"], row["commune"] or "", parse_expected(row["attendu"]), row["cas"])
        for row in csv.DictReader(lines, delimiter=";")
    ]


def _strip_accents(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", text) if unicodedata.category(c) != "Mn")


def _swap_letters(text: str) -> str:
    words = text.split()
    i = max(range(len(words)), key=lambda k: len(words[k]))
    w = words[i]
    if len(w) < 6 or not w.isalpha():
        return ""
    m = len(w) // 2
    words[i] = w[: m - 1] + w[m] + w[m - 1] + w[m + 1 :]
    return " ".join(words)


def generated(ref, count: int = 160) -> list:
    """Variations of the official element names, each expecting its element (and its one-element component)."""
    from veille_plugin.core.reference.search_lexicon import QUERY_KINDS
    from veille_plugin.core.text import normalize, tokens

    el = ref.elements.attributes.reset_index(drop=True)
    comps = ref.components.attributes
    comp_by_name = {normalize(n): str(int(no)) for n, no in zip(comps["nom"], comps["no_composante"])}
    names = [normalize(n) for n in el["nom"]]
    erbm_names = {normalize(n) for n in ref.erbm.attributes["nom"]}
    first_commune = [str(c).split(";")[0].strip() for c in el["communes"].fillna("")]
    name_count = {n: names.count(n) for n in set(names)}
    communes = [{c.strip() for c in str(v).split(";") if c.strip()} for v in el["communes"].fillna("")]
    per_component = el["composante"].value_counts().to_dict()

    def same_name_nearby(i):  # another element of the same name in one of its communes
        return any(j != i and names[j] == names[i] and communes[j] & communes[i] for j in range(len(el)))

    token_sets = [set(tokens(n)) for n in el["nom"]]

    def kind_words(text):
        return [t for t in tokens(text) if t in QUERY_KINDS]

    def shared_in_commune(i, words):  # another element of the same commune whose name holds these words
        return any(j != i and first_commune[j] == first_commune[i] and words <= token_sets[j] for j in range(len(el)))

    out = []
    for i, row in el.iterrows():
        nom, ident, commune = row["nom"], row["identifiant"], first_commune[i]
        key = names[i]
        if key in erbm_names or same_name_nearby(i) or len(key.split()) < 2:
            continue  # an ERBM cité of the same name, or a name shared in the same commune: no single answer
        expected = {("élément", ident)}
        if key in comp_by_name:
            expected.add(("composante", comp_by_name[key]))
        if per_component.get(row["composante"]) == 1:  # a one-element component is the same place
            expected.add(("composante", str(int(row["composante"]))))
        unique = name_count[key] == 1
        variant = i % 5
        if variant == 0 and unique:
            text, case = _strip_accents(nom).lower(), "généré : minuscules sans accents"
        elif variant == 1 and unique and _swap_letters(nom):
            text, case = _swap_letters(nom), "généré : lettres inversées"
        elif variant == 2 and unique and len(kind_words(nom)) < 2:
            words = nom.split()
            text, case = " ".join(words[1:] + words[:1]), "généré : mots dans le désordre"
        elif variant == 3 and any(nom.startswith(k + " ") for k in KIND_WORDS):
            kind = next(k for k in KIND_WORDS if nom.startswith(k + " "))
            rest = nom[len(kind) + 1 :]
            if not normalize(rest) or kind_words(rest) or shared_in_commune(i, set(tokens(rest))):
                continue  # «de la Cité du Nouveau Monde» is another place; «Sabatier» alone is several
            text, case = f"{rest} {commune}", "généré : sans le mot de type, avec la commune"
        else:
            text, case = f"{nom} {commune}", "généré : nom et commune"
        out.append(Query(text, "", [expected], case))
    step = max(1, len(out) // count)
    return out[::step][:count]


def all_queries(ref) -> list:
    """The hand-written queries and the generated variations."""
    return hand_written() + generated(ref)


@dataclass
class Outcome:
    """What the search answered to one query."""

    query: Query
    correct: bool
    confident_wrong: bool
    answer: str


def evaluate_one(gaz, q: Query) -> Outcome:
    """Run one query and judge its answer."""
    results = gaz.search(q.text, commune=q.commune or None, limit=10)
    top = results[0] if results else None
    answer = f"{top['objet']}:{top['id']} {top['nom']} ({top['score']:.2f})" if top else "(aucun résultat)"
    if not q.expected:
        correct = top is None or top["score"] < NONE_THRESHOLD
        return Outcome(q, correct, bool(top) and top["score"] >= CONFIDENT, answer)
    keys = [(r["objet"], r["id"]) for r in results]
    first_ok = bool(keys) and any(keys[0] in alts for alts in q.expected)
    head = set(keys[: len(q.expected) + 2])
    all_found = all(alts & head for alts in q.expected)
    correct = first_ok and all_found
    return Outcome(q, correct, bool(top) and top["score"] >= CONFIDENT and not first_ok, answer)


def evaluate(gaz, queries) -> dict:
    """Precision at rank 1 and confident-wrong rate over the queries, with the failures."""
    outcomes = [evaluate_one(gaz, q) for q in queries]
    n = len(outcomes)
    return {
        "queries": n,
        "precision_at_1": sum(o.correct for o in outcomes) / n,
        "confident_wrong": sum(o.confident_wrong for o in outcomes) / n,
        "failures": [o for o in outcomes if not o.correct],
        "hand_written": sum(1 for q in queries if not q.case.startswith("généré")),
    }


def main() -> int:
    """Print the figures and each failure."""
    sys.path.insert(0, str(ROOT))
    from veille_plugin.core.reference.data import load_reference
    from veille_plugin.core.reference.gazetteer import Gazetteer

    ref = load_reference()
    report = evaluate(Gazetteer(ref), all_queries(ref))
    for o in report["failures"]:
        flag = "SÛR ET FAUX" if o.confident_wrong else "faux"
        commune = f" [--commune {o.query.commune}]" if o.query.commune else ""
        print(f"{flag:12} {o.query.case:40} « {o.query.text} »{commune} → {o.answer}")
    print(
        f"{report['queries']} requêtes ({report['hand_written']} écrites à la main) : précision au rang 1 "
        f"{report['precision_at_1']:.1%}, réponses sûres et fausses {report['confident_wrong']:.1%}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())

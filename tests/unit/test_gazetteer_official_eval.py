"""The search evaluation generated from the official layers (issue 26, item 2): every record of each layer gives
its queries, the expected records and statuses are computed from the data (tests/gazetteer_official_eval.py).
These tests check the generator itself and print the per-class table; they also land in
tests/artifacts/gazetteer_official_eval.json."""

import json
import sqlite3
from collections import defaultdict
from pathlib import Path

import pytest
from gazetteer_official_eval import (
    CLASSES,
    CONFIDENT,
    ELEMENT,
    EN_PARTIE,
    ERBM,
    GPKG,
    INSCRIT,
    NON_INSCRIT,
    ROOT,
    WEAK_DISTANCE_M,
    ZONE_TAMPON,
    ZT_CITE,
    ZT_TERRIL,
    Official,
    build_queries,
    commune_key,
    evaluate,
    format_failures,
    format_table,
    name_key,
    read_answer,
    shaft_matches,
    summary,
)

from veille_plugin.core.reference.gazetteer import Gazetteer

ARTIFACTS = Path(__file__).resolve().parents[1] / "artifacts"
STATUSES = {INSCRIT, EN_PARTIE, ZONE_TAMPON, NON_INSCRIT}

# Minimum pass rate per class (0..1): regression floors, set after the search was improved (issue 26) a little
# under the figures it reached then (before → after: element 95.2 → 100 %, zone tampon cités 1.1 → 100 %, zone
# tampon terrils 1.6 → 95.1 %, neighbouring commune 11.9 → 98.3 %, fosse and commune 92.0 → 96.4 %, total 63.1 →
# 99.1 %). The set itself is generated from the official layers and never edited to fit the search.
FLOORS = {
    "element_exact": 0.98,
    "element_variant": 0.98,
    "erbm": 0.95,
    "zt_cite": 0.98,
    "zt_terril": 0.92,
    "neighbour_commune": 0.95,
    "old_commune": 0.95,
    "fosse_commune": 0.93,
    "weak": 0.97,
}


@pytest.fixture(scope="module")
def official():
    return Official(ROOT / GPKG)


@pytest.fixture(scope="module")
def queries(official):
    return build_queries(official)


@pytest.fixture(scope="module")
def outcomes(ref, queries):
    out = evaluate(Gazetteer(ref), queries)
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    (ARTIFACTS / "gazetteer_official_eval.json").write_text(
        json.dumps(
            {
                "classes": summary(out),
                "echecs": [
                    {
                        "classe": o.query.cls,
                        "requete": o.query.text,
                        "attendu": sorted(f"{k} {i}: {'/'.join(sorted(v))}" for (k, i), v in o.query.expect.items()),
                        "reponse": None
                        if o.answer is None
                        else {k: (sorted(v) if isinstance(v, set) else v) for k, v in o.answer.items()},
                        "sur_et_faux": o.confident_wrong,
                    }
                    for o in out
                    if not o.passed
                ],
            },
            ensure_ascii=False,
            indent=2,
            default=list,
        ),
        encoding="utf-8",
    )
    return out


def _count(table, where="1"):
    with sqlite3.connect(f"file:{ROOT / GPKG}?mode=ro", uri=True) as con:
        return con.execute(f'SELECT COUNT(*) FROM "{table}" WHERE {where}').fetchone()[0]


def _origins(queries, cls):
    found = defaultdict(int)
    for q in queries:
        if q.cls == cls:
            found[q.origin] += 1
    return found


def test_every_record_of_every_layer_gives_its_queries(official, queries):
    layers = {
        "elements": official.elements,
        "cites_erbm": official.erbm,
        "cites_zone_tampon": official.zt_cites,
        "terrils_zone_tampon": official.zt_terrils,
    }
    for table, records in layers.items():
        assert len(records) == _count(table) and len({r.ref for r in records}) == len(records), table
    assert {r.ref for r in official.elements} == set(_origins(queries, "element_exact"))
    assert sum(q.cls == "element_exact" for q in queries) == _count("elements") == 353
    assert {r.ref for r in official.elements} == set(_origins(queries, "element_variant"))
    assert {r.ref for r in official.erbm} == set(_origins(queries, "erbm")) and len(official.erbm) == 35
    assert {r.ref for r in official.zt_cites} == set(_origins(queries, "zt_cite")) and len(official.zt_cites) == 162
    assert {r.ref for r in official.zt_terrils} == set(_origins(queries, "zt_terril"))
    assert len(official.zt_terrils) == 111
    cites = {r.ref for r in official.elements if r.kind == "cité"} | {r.ref for r in official.zt_cites}
    assert len(cites) == _count("elements", "categorie = 'cité minière'") + 162
    for cls in ("neighbour_commune", "weak"):
        origins = _origins(queries, cls)
        assert set(origins) == cites and set(origins.values()) == {1}, cls
    merged = {o["insee_actuelle"] for o in official.old_communes}
    in_merged = {r.ref for r in official.records if set(r.insee) & merged}
    assert in_merged and set(_origins(queries, "old_commune")) == in_merged
    shafts = shaft_matches(official)
    assert len(shafts) >= 30
    assert set(_origins(queries, "fosse_commune")) == {("puits", str(s["fid"])) for s, _, _ in shafts}
    assert {q.cls for q in queries} == set(CLASSES)


def test_expected_records_and_statuses_come_from_the_data(official, queries):
    for q in queries:
        if q.cls == "weak":
            assert not q.expect
            continue
        assert q.expect and all(v and v <= STATUSES for v in q.expect.values()), q.text
        if q.cls != "fosse_commune":
            assert q.origin in q.expect, q.text
    for rec in official.erbm:  # the ERBM thresholds, recomputed from the row
        f, zt = rec.row["fraction_bien"], rec.row["dans_zone_tampon"]
        want = INSCRIT if f >= 0.95 else EN_PARTIE if f >= 0.01 else ZONE_TAMPON if zt == 1 else NON_INSCRIT
        assert rec.statuses == {want}, rec.ref
    for rec in official.zt_cites + official.zt_terrils:
        inside = rec.geom.intersection(official.bien).area / rec.geom.area
        if inside < 0.5:
            assert ZONE_TAMPON in rec.statuses, rec.ref
        else:
            assert rec.statuses == {INSCRIT if inside >= 0.95 else EN_PARTIE}, rec.ref
    for rec in official.elements:
        place = official.places[rec.ref]
        if place == {rec.ref} or all(official.place_status.get(m) == {INSCRIT} for m in place):
            assert official.place_status[rec.ref] == {INSCRIT}, rec.ref
        else:  # an element cité with a part outside the Bien (its ERBM record, its «partie en zone-tampon»)
            assert rec.kind == "cité" and official.place_status[rec.ref] == {EN_PARTIE}, rec.ref
    assert official.place_status[(ERBM, "ERBM-63")] == {EN_PARTIE}  # Cité Anatole France, 90.8 % in the Bien
    assert official.place_status[(ELEMENT, "96A")] == {EN_PARTIE}
    assert official.place_status[(ELEMENT, "16A")] == {INSCRIT}  # Chabaud Latour Ancienne, ERBM 97.9 %
    assert all(q.expect == {k: {INSCRIT} for k in q.expect} for q in queries if q.cls == "fosse_commune")


def test_the_commune_classes_follow_their_rules(official, queries):
    by_ref = official.by_ref
    for q in queries:
        rec = by_ref.get(q.origin)
        if q.cls not in ("fosse_commune", "element_variant"):
            assert q.text.endswith(" " + q.commune), q.text
        if q.cls == "neighbour_commune":
            assert q.commune not in rec.communes and q.commune in official.neighbours(rec.communes[0]), q.text
            assert not official.holds_name(q.commune, name_key(rec.name)), q.text
        elif q.cls == "weak":
            geom = official.commune_geom(q.commune)
            assert all(geom.distance(r.geom) >= WEAK_DISTANCE_M for r in official.by_name[name_key(rec.name)]), q.text
        elif q.cls in ("zt_cite", "zt_terril"):  # the official spelling, not the layer's upper case
            known = set(official.commune_by_key) | set(official.names_from_elements)
            assert commune_key(q.commune) in known and not q.commune.isupper(), q.text
        elif q.cls == "old_commune":
            assert q.commune in {o["nom"] for o in official.old_communes}, q.text


def test_the_set_is_deterministic(official, queries):
    again = build_queries(Official(ROOT / GPKG))

    def rows(qs):
        return [(q.cls, q.text, q.origin, q.commune, q.expect) for q in qs]

    assert rows(again) == rows(queries)


def test_the_judge_can_fail(queries):
    """A search that always answers the same element at 1.0 scores badly and is confidently wrong."""

    class Fixed:
        def find(self, text, commune=None, limit=10):
            class Answer:
                results = [
                    {"objet": ELEMENT, "id": "1", "nom": "Plaque commémorative", "score": 1.0, "statut": "inscrit"}
                ]

            return Answer()

    table = summary(evaluate(Fixed(), queries))
    assert table["total"]["rate"] < 0.05 and table["total"]["confident_wrong"] > 0.9 * table["total"]["n"]
    assert CONFIDENT == 0.8
    old = read_answer({"objet": ZT_CITE, "id": "3", "statut": "zone tampon", "confiance": "incertain", "score": 0.4})
    assert old["sources"] == {(ZT_CITE, "3")} and old["statut_officiel"] == ZONE_TAMPON and old["a_confirmer"]
    new = read_answer(
        {
            "objet": ZT_TERRIL,
            "id": "T1",
            "sources": [{"objet": ELEMENT, "id": "36"}],
            "statut_officiel": INSCRIT,
            "a_confirmer": False,
            "score": 0.9,
        }
    )
    assert new["sources"] == {(ELEMENT, "36")} and not new["a_confirmer"]


def test_the_search_on_the_official_layers(outcomes, capsys):
    table = summary(outcomes)
    with capsys.disabled():
        print("\n" + format_table(table, "Search evaluation generated from the official layers (issue 26):"))
        print(format_failures(outcomes, 2))
    low = {cls: round(table[cls]["rate"], 3) for cls, floor in FLOORS.items() if table[cls]["rate"] < floor}
    assert not low, low

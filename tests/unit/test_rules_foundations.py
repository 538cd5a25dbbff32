"""Rules an ABF would sign (issue 14): every quoted phrase is in the property's documents at the lines given, every
article is one the table knows, a proposal is always labelled a proposal, «non conforme» needs a law or a regulation,
and the page «Fondements des règles» says all of it.

The documents' excerpts are read from ``resources/sources/documents/sources.md`` (a verbatim copy of the project's
shared ``docs/sources.md``, see its PROVENANCE.md), independently of the code under test.
"""

import copy
import json
import re
from pathlib import Path

import jsonschema
import pytest
import yaml

from veille_plugin.core.rules.catalogue import embedded_catalogue_path, load_catalogue_file, schema_path
from veille_plugin.core.rules.foundations import foundations_markdown, is_proposal

ROOT = Path(__file__).resolve().parents[2]
SOURCES = ROOT / "resources" / "sources" / "documents" / "sources.md"
REFERENCES = ROOT / "resources" / "rules" / "references.yaml"
PAGE = ROOT / "resources" / "rules" / "fondements_regles.md"
LAW = {"loi", "règlement"}
DOCUMENTS = {"document du gestionnaire", "rapport de l'État"}
#: condition keys whose number is a threshold chosen by the project, never found in a text
THRESHOLDS = ("distance_m", "hauteur_min_m", "emprise_min_m2", "couverture_min")


def _squash(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("**", "").replace("\u00a0", " ")).strip()


@pytest.fixture(scope="module")
def excerpt_lines() -> dict:
    """{(file, line number): text} of every excerpt line of sources.md."""
    lines, current = {}, None
    for raw in SOURCES.read_text(encoding="utf-8").splitlines():
        head = re.match(r"^## (\d{3}_[0-9a-f]{16}\.txt), lines", raw)
        if head:
            current = head.group(1)
            continue
        m = re.match(r"^(\d+): (.*)$", raw)
        if current and m:
            lines[(current, int(m.group(1)))] = m.group(2)
    assert len(lines) > 80
    return lines


@pytest.fixture(scope="module")
def doc():
    return yaml.safe_load(embedded_catalogue_path().read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def refs():
    return yaml.safe_load(REFERENCES.read_text(encoding="utf-8"))


def _foundations(doc):
    for rule in doc["regles"]:
        for f in rule["fondement"]:
            yield rule["id"], f


def test_every_quote_is_in_the_document_at_the_lines_given(doc, excerpt_lines, refs):
    checked = 0
    for rid, f in _foundations(doc):
        if f["nature"] not in DOCUMENTS:
            continue
        first, _sep, last = f["lignes"].replace("–", "-").partition("-")
        span = range(int(first), int(last or first) + 1)
        text = _squash(" ".join(excerpt_lines.get((f["document"], n), "") for n in span))
        assert text, f"{rid} : lignes {f['lignes']} absentes des extraits de {f['document']}"
        assert _squash(f["citation"]) in text, f"{rid} : citation introuvable à {f['document']} l. {f['lignes']}"
        assert len(f["citation"].split()) <= 25, rid
        # the nature says who wrote it: the Mission's documents or the State's report
        assert refs["documents"][f["document"]]["nature"] == f["nature"], rid
        assert str(f["annee"]) in refs["documents"][f["document"]]["titre"], rid
        checked += 1
    assert checked >= 30


def test_every_article_is_in_the_table(doc, refs):
    seen = set()
    for rid, f in _foundations(doc):
        if f["nature"] in LAW:
            assert f["article"] in refs["articles"][f["code"]], (rid, f["code"], f["article"])
            # a regulation article starts with R (or D), a law article with L
            assert (f["nature"] == "loi") == f["article"].startswith("L."), (rid, f["article"])
            seen.add((f["code"], f["article"]))
    # the abords regime, works on monuments, the site classé and the PLU articles the issue names
    for needed in (
        ("Code du patrimoine", "L.621-30"),
        ("Code du patrimoine", "L.621-9"),
        ("Code du patrimoine", "L.621-27"),
        ("Code de l'environnement", "L.341-10"),
        ("Code de l'urbanisme", "L.151-18"),
        ("Code de l'urbanisme", "L.151-19"),
        ("Code de l'urbanisme", "R.151-53"),
        ("Code de l'urbanisme", "R.421-28"),
    ):
        assert needed in seen, needed


def test_a_threshold_of_ours_is_always_labelled_a_proposal(doc):
    for rule in doc["regles"]:
        cond = json.dumps(rule["condition"], ensure_ascii=False)
        if any(f'"{key}"' in cond for key in THRESHOLDS):
            assert any(f["nature"] == "proposition à confirmer" for f in rule["fondement"]), rule["id"]
    cat = load_catalogue_file(embedded_catalogue_path())
    proposals = {r.id for r in cat.rules if is_proposal(r)}
    assert {"R09", "R10", "R11", "R12", "R13", "R15", "R17", "R18", "R19", "R27", "R29"} <= proposals
    assert not {"R03", "R05", "R21", "R22", "R23"} & proposals


def test_non_conforme_needs_a_law_and_every_rule_asks_its_questions(doc):
    for rule in doc["regles"]:
        natures = {f["nature"] for f in rule["fondement"]}
        if rule["verdict_si_vrai"] == "non conforme":
            assert natures & LAW, rule["id"]
        assert rule["questions"] and all(q.endswith("?") for q in rule["questions"]), rule["id"]


def test_the_schema_refuses_what_the_issue_forbids(doc):
    """A document-based «non conforme», a quote of more than 25 words, a law without its article, a proposal without
    its text: each is refused by the JSON Schema itself."""
    schema = json.loads(schema_path().read_text(encoding="utf-8"))
    validator = jsonschema.Draft202012Validator(schema)
    assert not list(validator.iter_errors(doc))

    def broken(change):
        bad = copy.deepcopy(doc)
        change(bad["regles"][4])  # R05
        return list(validator.iter_errors(bad))

    assert broken(lambda r: r.update(verdict_si_vrai="non conforme"))  # R05 rests on documents only
    assert broken(lambda r: r["fondement"][0].update(citation=" ".join(["mot"] * 26)))
    assert broken(lambda r: r["fondement"].append({"nature": "loi", "code": "Code du patrimoine"}))
    assert broken(lambda r: r["fondement"].append({"nature": "proposition à confirmer"}))
    assert broken(lambda r: r["fondement"].append({"nature": "recommandation du gestionnaire", "texte": "x" * 10}))
    assert broken(lambda r: r.pop("questions"))
    # with a law among its fondements the same verdict is allowed
    ok = copy.deepcopy(doc)
    ok["regles"][4]["verdict_si_vrai"] = "non conforme"
    ok["regles"][4]["fondement"].append({"nature": "règlement", "code": "Code de l'urbanisme", "article": "R.421-28"})
    assert not list(validator.iter_errors(ok))


def test_the_defects_of_issue_14_are_gone(doc):
    rules = {r["id"]: r for r in doc["regles"]}

    def cites(rid, file, lines):
        return any(f.get("document", "").startswith(file) and f.get("lignes") == lines for f in rules[rid]["fondement"])

    assert "avis simple" not in json.dumps(rules["R03"], ensure_ascii=False)
    assert rules["R05"]["verdict_si_vrai"] == "à vérifier" and rules["R05"]["severite"] != "bloquant"
    assert cites("R05", "002", "672") and cites("R05", "003", "643")  # the «2013» quote is from 2021
    assert cites("R07", "002", "431")
    assert cites("R13", "002", "1622") and rules["R13"]["verdict_si_vrai"] == "à vérifier"
    assert "opposable" not in json.dumps(rules["R13"], ensure_ascii=False)
    assert cites("R14", "002", "1620") and rules["R14"]["verdict_si_vrai"] == "à vérifier"
    assert cites("R15", "002", "1620") and rules["R15"]["verdict_si_vrai"] == "à vérifier"
    assert "2013" not in json.dumps(rules["R15"]["fondement"], ensure_ascii=False)
    assert any(f.get("article") == "R.421-28" for f in rules["R15"]["fondement"])
    assert not all(f["nature"] == "loi" for f in rules["R17"]["fondement"])
    assert cites("R18", "002", "620")
    assert cites("R20", "003", "886")
    assert rules["R10"]["severite"] != "bloquant" and cites("R10", "003", "598") and cites("R10", "003", "604")
    # the rules that were missing
    assert cites("R25", "002", "664") and cites("R26", "003", "631") and cites("R29", "002", "620")
    assert any(f.get("article") == "L.151-18" for f in rules["R28"]["fondement"])
    travaux = json.dumps([r["condition"] for r in doc["regles"]], ensure_ascii=False)
    assert '"changement de destination"' in travaux and '"antenne"' in travaux  # vocabulary now used


def test_the_foundations_page_is_up_to_date():
    """The committed page is what ``rules fondements`` produces from the embedded catalogue (regenerate with
    ``.venv/bin/python -m veille_plugin rules fondements --rules resources/rules/catalogue.yaml --out
    resources/rules/fondements_regles.md``)."""
    cat = load_catalogue_file(embedded_catalogue_path())
    page = foundations_markdown(cat)
    assert PAGE.read_text(encoding="utf-8") == page
    for rule in cat.rules:
        assert f"**{rule.id}**" in page
    assert "proposition à confirmer" in page and "officielle" in page

"""The «Veille» dock's core (issue 15, points 6 and 9): a case in words, the list read once, each sweep's flags kept,
filters prepared once and narrowed as one types."""

import uuid
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from veille_plugin.core.register import LATEST_VERSION, open_register
from veille_plugin.core.register.case_view import case_details, detail_names, load_case_list
from veille_plugin.core.sweep.filters import CaseFilter, filter_mask

ROOT = Path(__file__).resolve().parents[2]
DEMO = ROOT / "resources" / "demo"
SITADEL_PA = ROOT / "tests" / "data" / "sitadel" / "sample_toulouse_Liste-des-permis-damenager.2026-01.csv"


@pytest.fixture(params=["gpkg", "postgis"])
def spec(request, tmp_path):
    """(target, schema) of an empty register on each back end."""
    if request.param == "gpkg":
        return str(tmp_path / "registre.gpkg"), "veille"
    return request.getfixturevalue("postgis_dsn"), "t_" + uuid.uuid4().hex[:12]


def _rows(numbers, works="ravalement"):
    return pd.DataFrame(
        {
            "numero": [f"PC 062 498 24 {n:05d}" for n in numbers],
            "source": "demo",
            "commune_nom": "Loos-en-Gohelle",
            "commune_insee": "62528",
            "travaux": works,
            "zone": "bien",
            "severite": "majeur",
        }
    )


def test_each_sweep_keeps_its_own_flags_on_both_back_ends(spec):
    target, schema = spec
    with open_register(target, schema=schema) as reg:
        s1 = reg.record_sweep(_rows([1, 2, 3]), ["a.csv"], ["demo"], author="t").sweep_id
        reg.finish_sweep(s1, {})
        rows = _rows([2, 3, 4])
        rows.loc[0, "travaux"] = "démolition"  # case 2 modified, case 1 gone, case 4 new
        s2 = reg.record_sweep(rows, ["a.csv"], ["demo"], author="t").sweep_id
        reg.finish_sweep(s2, {})
        latest = load_case_list(reg)
        first = load_case_list(reg, s1)
        unknown = load_case_list(reg, 999)
    marks = dict(zip(latest.cases["numero_norm"], latest.marks))
    assert latest.shown_sweep == s2 and [s["id"] for s in latest.sweeps] == [s1, s2]
    assert marks == {
        "PC0624982400001": "disparu",
        "PC0624982400002": "modifié",
        "PC0624982400003": "",
        "PC0624982400004": "nouveau",
    }
    earlier = dict(zip(first.cases["numero_norm"], first.marks))
    assert earlier == {
        "PC0624982400001": "nouveau",
        "PC0624982400002": "nouveau",
        "PC0624982400003": "nouveau",
        "PC0624982400004": "",
    }
    assert unknown.shown_sweep == s2  # an id the register does not hold shows the latest sweep
    assert "geom_wkb" not in latest.cases and "demandeur" not in latest.cases  # the list reads a few columns


def test_a_case_in_words_names_its_elements_and_rules(ref):
    from veille_plugin.core.rules.catalogue import load_catalogue

    elements, rules = detail_names(ref, load_catalogue())
    case = {
        "numero": "PC 062 498 24 00012",
        "travaux": "extension",
        "zone": "zone_tampon",
        "localisation": "coordonnees",
        "elements": "63AO",
        "regles": "R01;R05",
        "date_depot": "2026-09-14",
        "hauteur": 12.5,
        "adresse": None,
        "demandeur": float("nan"),
    }
    shown = dict(case_details(case, elements, rules))
    assert shown["Zone"] == "zone tampon" and shown["Localisé par"] == "coordonnées"
    assert shown["Éléments du Bien"] == f"63AO {elements['63AO']}" and elements["63AO"]
    assert shown["Règles déclenchées"] == f"R01 {rules['R01']} ; R05 {rules['R05']}"
    assert shown["Dépôt"] == "14/09/2026" and shown["Hauteur"] == "12,5 m"
    assert shown["Adresse"] == shown["Demandeur"] == shown["Parcelles"] == "non renseigné"
    assert "Abords de monuments historiques" not in shown  # an empty optional field is left out


def test_sitadel_applicant_is_read_when_published():
    from veille_plugin.core.imports import read_permits

    res = read_permits(SITADEL_PA)
    raw = pd.read_csv(SITADEL_PA, sep=";", skiprows=1, dtype=str)
    published = raw["DENOM_DEM"].fillna("").str.strip()
    assert (published != "").any() and (published == "").any()
    df = res.df
    expected = published.to_numpy()[df["ligne"].astype(int).to_numpy() - 3]  # two header lines, 1-based
    got = df["demandeur"].fillna("").astype(str).to_numpy()
    assert (got == expected).all() and (got != "").any()


def test_a_register_gets_the_applicant_column_by_migration(tmp_path):
    import sqlite3

    path = tmp_path / "ancien.gpkg"
    with open_register(str(path), target_version=5) as reg:
        assert "demandeur" not in reg.present_fields()
        reg.record_sweep(_rows([1]), ["a.csv"], ["demo"], author="t")
    with open_register(str(path)) as reg:
        assert "demandeur" in reg.present_fields() and reg.schema_version == LATEST_VERSION
        assert len(reg.get_cases()) == 1
    cols = [r[1] for r in sqlite3.connect(path).execute("PRAGMA table_info(cases)")]
    assert "demandeur" in cols


def test_typing_narrows_like_a_fresh_search():
    """The filter searches again only what the shorter text found: same answer as a search from scratch, for every
    prefix of several texts (numbers, words with accents, stopwords)."""
    rng = np.random.default_rng(3)
    works = np.array(["démolition d'un garage", "extension", "ravalement de façade", "", None], dtype=object)
    communes = np.array(["Liévin", "Lens", "Loos-en-Gohelle", "Condé-sur-l'Escaut", None], dtype=object)
    n = 3000
    cases = pd.DataFrame(
        {
            "numero": [f"PC 062 {k:03d} 24 {k * 7:05d}" for k in range(n)],
            "travaux": works[rng.integers(0, len(works), n)],
            "commune_nom": communes[rng.integers(0, len(communes), n)],
            "elements": np.where(rng.random(n) < 0.2, "63AE", ""),
        }
    )
    for text in ("PC 062 01", "démolition", "de la façade", "63ae", "Liévin garage"):
        typing = CaseFilter(cases)
        for k in range(1, len(text) + 1):
            assert (typing.mask(text=text[:k]) == filter_mask(cases, text=text[:k])).all(), text[:k]
    assert filter_mask(cases, text="PC 062 010").sum() == 1
    assert filter_mask(cases, text=" ").all()  # nothing to look for: everything shown


def test_prepared_filters_answer_like_fresh_ones():
    cases = pd.DataFrame(
        {
            "numero": ["A1", "A2", "A3"],
            "zone": ["bien", None, "hors"],
            "epci": ["CA Lens-Liévin", None, "CA Lens-Liévin"],
            "commune_nom": ["Liévin", "Lens", None],
            "commune_insee": ["62510", "62498", "62498"],
            "date_depot": ["2026-01-02", None, "2026-03-01"],
        }
    )
    prepared = CaseFilter(cases).prepare()
    for criteria in (
        {"zone": "bien"},
        {"epci": "CA Lens-Liévin"},
        {"commune": "62498"},
        {"commune": "lievin"},
        {"date_from": "2026-02-01"},
        {"text": "a2"},
    ):
        assert (prepared.mask(**criteria) == filter_mask(cases, **criteria)).all(), criteria
    assert prepared.distinct("epci") == ["CA Lens-Liévin"]


def test_basemap_tile_templates_and_the_probe_tile():
    from urllib.parse import parse_qs, urlsplit

    from veille_plugin.core.basemaps import BASEMAPS, basemap, probe_url, tile_of, tile_url

    assert [b.key for b in BASEMAPS] == ["plan_ign", "orthophotos", "parcelles"]
    url = tile_url(basemap("parcelles"), "http://127.0.0.1:9/wmts")
    assert url.startswith("http://127.0.0.1:9/wmts?") and url.endswith("TILEMATRIX={z}&TILEROW={y}&TILECOL={x}")
    query = {k: v[0] for k, v in parse_qs(urlsplit(url).query).items()}
    assert query["LAYER"] == "CADASTRALPARCELS.PARCELLAIRE_EXPRESS" and query["STYLE"] == "PCI vecteur"
    assert query["FORMAT"] == "image/png" and query["TILEMATRIXSET"] == "PM"
    assert tile_of(0.0, 0.0, 1) == (1, 1) and tile_of(-179.9, 85.0, 2) == (0, 0)
    probe = {k: v[0] for k, v in parse_qs(urlsplit(probe_url(basemap("plan_ign"))).query).items()}
    assert probe["TILEMATRIX"] == "12" and (int(probe["TILECOL"]), int(probe["TILEROW"])) == tile_of(2.83, 50.43, 12)

"""Screening note («fiche d'analyse»): self-contained, escaped, sourced HTML with an SVG map; file names; CLI.

Expected values come from the case records (``CaseScreening.record``) and the reference layers
(shapely), not from the note generator itself.
"""

import html
import json
import math
import re
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from pathlib import Path

import pytest
import numpy as np
import shapely
from cli_helpers import run  # noqa: E402

from veille_plugin.core.rules.case_screening import screen_cases
from veille_plugin.core.rules.catalogue import load_catalogue
from veille_plugin.core.rules.note import (
    DEFAULT_TITLE,
    MAP_RESOURCE,
    map_extent,
    note_html,
    note_svg_map,
    safe_file_stem,
    write_notes,
)
from veille_plugin.core.styles import ELEMENT_COLOURS

ROOT = Path(__file__).resolve().parents[2]
SVG_NS = {"s": "http://www.w3.org/2000/svg"}
DATE = "21 novembre 2026"
NASTY_ID = "PC 062 <script>alert('x')</script> & 98/é"


def _element_geom(ref, ident):
    a = ref.elements.attributes
    return ref.elements.geometries[a.index[a["identifiant"] == ident][0]]


@pytest.fixture(scope="module")
def cs(ref):
    """Four cases around the fosse 9-9bis (Oignies): a point in the Bien, a small polygon, a far point, an unusable
    one."""
    c = shapely.centroid(_element_geom(ref, "42A"))
    geoms = [
        shapely.Point(c.x + 120, c.y - 60),
        shapely.box(c.x + 300, c.y + 200, c.x + 380, c.y + 260),
        shapely.Point(c.x + 9000, c.y + 9000),
        None,
    ]
    return screen_cases(
        geoms,
        ref,
        load_catalogue(),
        ids=[NASTY_ID, "PD 062 498 24 00012/é", "DP loin", "PC sans géométrie"],
        case_type=["PC", "PD", "DP", "PC"],
        works=["démolition partielle <b>façade</b> & menuiseries", "démolition", "", "façade"],
        nature=["bâtiment", "", "", ""],
        height_m=[12, None, None, None],
    )


@pytest.fixture(scope="module")
def page(cs):
    return note_html(cs, 0, date=DATE)


class _Tags(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags, self.text = [], []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data):
        self.text.append(data)


def _parse(page):
    p = _Tags()
    p.feed(page)
    return p


def _svg(page):
    m = re.search(r"<svg\b.*?</svg>", page, re.DOTALL)
    assert m, "no inline SVG map"
    return ET.fromstring(m.group(0))  # well-formed XML, so ids and names are escaped inside it too


def test_note_is_a_self_contained_french_page(page):
    assert page.startswith("<!DOCTYPE html>")
    assert '<html lang="fr">' in page and '<meta charset="utf-8">' in page
    assert "<style>" in page and "@page" in page and "A4" in page
    # nothing fetched from elsewhere: no external stylesheet, script, image or font
    tags = _parse(page).tags
    assert not [t for t, a in tags if t in ("script", "link", "iframe", "object", "embed")]
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:|//|data:)""", page)
    assert "url(http" not in page
    assert f"<h1>{html.escape(DEFAULT_TITLE)}</h1>" in page
    assert DATE in page


def test_case_ids_and_texts_are_escaped(page, cs):
    parsed = _parse(page)
    assert "script" not in [t for t, _ in parsed.tags]
    assert "<script>" not in page and "alert('x')</script>" not in page
    assert html.escape(NASTY_ID) in page
    assert "&amp; 98/é" in page
    # the works description keeps its «<b>» as text, not markup
    assert html.escape("démolition partielle <b>façade</b> & menuiseries") in page
    assert NASTY_ID in "".join(parsed.text)
    svg_text = ET.tostring(_svg(page), encoding="unicode")
    assert "<script" not in svg_text


def test_custom_title_is_escaped(cs):
    page = note_html(cs, 0, title="Fiche <UDAP 62> & DDTM", date=DATE)
    assert "<h1>Fiche &lt;UDAP 62&gt; &amp; DDTM</h1>" in page


def test_header_case_and_location(page, cs):
    rec = cs.record(0)
    c = rec["cas"]
    assert c["type"] == "PC" and ">PC<" in page
    assert "12,0 m" in page  # height
    assert html.escape(c["nature_projet"]) in page
    assert html.escape(rec["zone_libelle"]) in page
    for comp in rec["composantes"]:
        assert html.escape(comp["nom"]) in page
    assert rec["elements_intersectes"] and rec["elements_proches"] and rec["abords_mh"]
    for e in rec["elements_intersectes"]:
        assert f"<b>{html.escape(e['id'])}</b>" in page and html.escape(e["nom"]) in page
    for e in rec["elements_proches"]:
        if e["distance_m"] > 0:
            assert f"{e['distance_m']:.0f}".replace(",", "") in page.replace("\u202f", "")
    for a in rec["abords_mh"]:
        assert html.escape(a["nom"]) in page and html.escape(a["protection_mh"]) in page
    # MH protection of the elements near is given
    protected = [e for e in rec["elements_proches"] if e["protection_mh"] in ("inscrit", "classé")]
    assert protected and all(f"<td>{e['protection_mh']}</td>" in page for e in protected)


def test_verdicts_table_details_the_rules_that_fire_and_names_the_others(page, cs):
    """Issue 15, point 5: the rules that ask for an examination in full; the others in a line each (the fiche of a
    usual case fits on two pages); their recommendations make the «Projet d’avis»."""
    rec = cs.record(0)
    assert rec["verdicts"]
    table = page[page.index('<table class="verdicts"') :]
    table = table[: table.index("</table>")]
    firing = [v for v in rec["verdicts"] if v["verdict"] in ("non conforme", "à vérifier")]
    assert firing
    for v in firing:
        assert f"<b>{v['regle']}</b>" in table
        for key in ("titre", "verdict", "severite", "motif"):
            assert html.escape(v[key]) in table, (v["regle"], key)
    others = [v for v in rec["verdicts"] if v not in firing]
    for v in others:
        assert f"<b>{v['regle']}</b>" not in table
        assert re.search(rf"\b{v['regle']}\b", page.split('<table class="verdicts"')[1]), v["regle"]
    assert "à vérifier" in table  # demolition in the Bien, abords MH
    assert "non conforme" not in table  # catalogue 2.0: no rule says it from documents (issue 14)
    # what to check: each rule that fires asks its questions
    asking = page[page.index("Ce qu’il faut vérifier") :]
    for v in firing:
        for q in v["questions"]:
            assert html.escape(q) in asking, v["regle"]
    advice = page[page.index("Projet d’avis") :]
    advice = advice[: advice.index("<h2>")]
    for v in firing:
        if v["recommandation"]:
            assert html.escape(v["recommandation"]) in advice, v["regle"]
    assert "à compléter et signer par l’instructeur" in advice
    assert html.escape(rec["severite_globale"]) in page
    for consultation in rec["consultations"]:
        assert html.escape(consultation) in page


def test_sources_section_cites_rules_catalogue_and_data(page, cs, ref):
    rec = cs.record(0)
    sources = page[page.index("<h2>Sources</h2>") :]
    for v in rec["verdicts"]:
        if v["verdict"] not in ("non conforme", "à vérifier"):
            continue
        for f in v["fondement"]:  # each fondement by its article, or its document and lines (quotes: their page)
            for key in ("article", "document", "lignes"):
                if f.get(key):
                    assert html.escape(str(f[key])) in sources, (v["regle"], key)
        assert html.escape(v["statut_regle"]) in sources
    assert "Fondements des règles" in sources
    cat = rec["catalogue"]
    for value in (cat["nom"], cat["version"]):
        assert html.escape(value) in sources
    # the catalogue's file by its place in the plugin, never the path of the machine (issue 15, point 5)
    assert "resources/rules/catalogue.yaml" in sources and html.escape(cat["fichier"]) not in sources
    src = ref.describe_source()
    for value in (src["version"], src["licence"]):
        assert html.escape(value) in sources
    assert "10 m" in sources
    assert "ne constitue pas un avis" in sources


def test_no_unesco_emblem_or_any_image(page, cs):
    lower = page.lower()
    for word in ("emblème", "embleme", "emblem", "logo"):
        assert word not in lower
    assert "<img" not in page  # svg mode: the only picture is the drawn map
    svg = _svg(page)
    assert not svg.findall(".//s:image", SVG_NS)
    img_page = note_html(cs, 0, date=DATE, map_mode="img")
    imgs = [a for t, a in _parse(img_page).tags if t == "img"]
    assert [a["src"] for a in imgs] == [MAP_RESOURCE]


def test_map_svg_draws_the_case_scale_bar_north_arrow_legend_and_labels(page, cs, ref):
    rec = cs.record(0)
    svg = _svg(page)
    # legend with the element colours of the QGIS styles, the abords dashed
    texts = ["".join(t.itertext()) for t in svg.iter("{http://www.w3.org/2000/svg}text")]
    assert "Légende" in texts
    for cat, (fill, _outline) in ELEMENT_COLOURS.items():
        assert cat in texts
        assert f'fill="{fill}"' in ET.tostring(svg, encoding="unicode")
    assert "Abords MH (500 m)" in texts
    assert svg.findall(".//s:path[@stroke-dasharray]", SVG_NS)
    # element ids labelled: every element touched or near that lies in the map
    for e in rec["elements_intersectes"] + rec["elements_proches"]:
        assert e["id"] in texts, e["id"]
    # north arrow and scale bar
    north = svg.find(".//s:g[@class='fleche-nord']", SVG_NS)
    assert north is not None and "N" in "".join(north.itertext())
    bar = svg.find(".//s:g[@class='echelle']", SVG_NS)
    length = float(bar.get("data-longueur-m"))
    assert length / 10 ** math.floor(math.log10(length)) in (1, 2, 2.5, 5)
    assert any(t.endswith(" m") or t.endswith(" km") for t in ["".join(x.itertext()) for x in bar])
    rects = bar.findall("s:rect", SVG_NS)
    px_per_m = (float(rects[1].get("width")) + float(rects[2].get("width"))) / length
    # the case point is in the map frame (centred unless elements the rules name widen the map)
    frame = svg.find("s:defs/s:clipPath/s:rect", SVG_NS)
    fx, fy, fw, fh = (float(frame.get(k)) for k in ("x", "y", "width", "height"))
    case = svg.find(".//s:g[@class='cas']", SVG_NS)
    circle = case.find("s:circle", SVG_NS)
    assert fx < float(circle.get("cx")) < fx + fw and fy < float(circle.get("cy")) < fy + fh
    # the extract is at least 600 m wide
    assert fw / px_per_m >= 600 - 1


def test_polygon_case_is_drawn_to_scale(cs):
    page = note_html(cs, 1, date=DATE)
    svg = _svg(page)
    bar = svg.find(".//s:g[@class='echelle']", SVG_NS)
    rects = bar.findall("s:rect", SVG_NS)
    px_per_m = (float(rects[1].get("width")) + float(rects[2].get("width"))) / float(bar.get("data-longueur-m"))
    paths = svg.find(".//s:g[@class='cas']", SVG_NS).findall("s:path", SVG_NS)
    xy = [tuple(map(float, p.split(","))) for p in re.findall(r"-?\d+\.?\d*,-?\d+\.?\d*", paths[-1].get("d"))]
    xs, ys = [p[0] for p in xy], [p[1] for p in xy]
    assert abs((max(xs) - min(xs)) / px_per_m - 80) < 2  # the 80 m × 60 m box
    assert abs((max(ys) - min(ys)) / px_per_m - 60) < 2


def test_map_extent_covers_case_and_near_elements_only_within_reach(ref):
    geom = shapely.centroid(_element_geom(ref, "42A"))
    ext = map_extent(geom, ref, 500.0, aspect=1.2)
    w, h = ext[2] - ext[0], ext[3] - ext[1]
    assert w >= 600 and abs(w / h - 1.2) < 1e-6
    assert shapely.box(*ext).contains(geom)
    near = ref.elements.tree.query(geom, predicate="dwithin", distance=500.0)
    window = shapely.box(geom.x - 500, geom.y - 500, geom.x + 500, geom.y + 500)
    for j in near:
        assert shapely.box(*ext).buffer(1).contains(shapely.clip_by_rect(ref.elements.geometries[j], *window.bounds))
    # never smaller than 600 m, even for a point far from everything
    far = shapely.Point(geom.x + 40000, geom.y + 40000)
    ext = map_extent(far, ref, 0.0)
    assert ext[2] - ext[0] >= 600


def test_svg_map_is_reusable_on_its_own(ref):
    geom = shapely.centroid(_element_geom(ref, "42A")).buffer(30)
    svg = note_svg_map(ref, geom, 200.0, highlight=["42A"], width=800, height=500)
    root = ET.fromstring(svg)
    assert root.get("width") == "800" and root.get("height") == "500"
    bold = [
        t for t in root.iter("{http://www.w3.org/2000/svg}text") if t.text == "42A" and t.get("font-weight") == "bold"
    ]
    assert bold


def test_deterministic_apart_from_the_date(cs):
    a = note_html(cs, 0, date="1 janvier 2030")
    b = note_html(cs, 0, date="1 janvier 2030")
    c = note_html(cs, 0, date="2 février 2031")
    assert a == b
    assert a != c and a.replace("1 janvier 2030", "D") == c.replace("2 février 2031", "D")


def test_default_date_is_today_in_french(cs):
    import datetime

    from veille_plugin.core.rules.note import french_date

    assert french_date(datetime.date(2026, 8, 3)) == "3 août 2026"
    assert french_date() in note_html(cs, 2)


def test_case_far_away_and_unusable_case(cs):
    far = note_html(cs, 2, date=DATE)
    assert "Hors du Bien et de la zone tampon" in far and "<svg" in far
    bad = note_html(cs, 3, date=DATE)
    assert "<svg" not in bad and "Géométrie inutilisable" in bad
    assert "Non analysé (erreur)" in bad and "Erreurs et avertissements" in bad
    assert "géométrie absente ou vide" in bad
    assert "donnée manquante" in bad  # rules cannot be decided, never a silent pass


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("PC 062 498 24 00012/é", "PC_062_498_24_00012_e"),
        ("<script>&", "script"),
        ("../../etc/passwd", "etc_passwd"),
        ("", "cas"),
        (None, "cas"),
        ("Œuvre «été» n°9-9bis", "OEuvre_ete_no9-9bis"),
        ("a" * 300, "a" * 80),
    ],
)
def test_safe_file_stem(raw, expected):
    assert safe_file_stem(raw) == expected


def test_write_notes_one_safe_file_per_case(tmp_path, ref):
    geoms = [shapely.Point(700000 + 10 * k, 7050000) for k in range(5)]
    ids = ["PC 062 498 24 00012/é", "PC 062 498 24 00012/é", "<script>&", "..", "PC/062:498*24?00012|\"x\""]
    cs = screen_cases(geoms, ref, load_catalogue(), ids=ids, case_type="PC")
    out = tmp_path / "fiches"
    paths = write_notes(cs, out, date=DATE)
    assert len(paths) == 5 and len({p.name.lower() for p in paths}) == 5
    for p in paths:
        assert p.parent == out and p.suffix == ".html" and p.exists()
        assert re.fullmatch(r"fiche_[A-Za-z0-9._-]+\.html", p.name), p.name
    assert paths[0].name == "fiche_PC_062_498_24_00012_e.html"
    assert paths[1].name == "fiche_PC_062_498_24_00012_e_2.html"
    assert html.escape(ids[2]) in paths[2].read_text(encoding="utf-8")
    assert write_notes(cs, out, indices=[4], date=DATE) == [out / "fiche_PC_062_498_24_00012_x.html"]


# ----------------------------------------------------------------------------- command line


def _run(tmp_path, *args):
    return run(tmp_path / "cfg", *args, timeout=300)


def test_cli_screen_fiche_writes_html_and_pdf(tmp_path, ref):
    c = shapely.centroid(_element_geom(ref, "42A"))
    out = tmp_path / "fiches"
    proc = _run(tmp_path, "screen", "--wkt", f"POINT({c.x + 120} {c.y - 60})", "--type", "PD", "--fiche", out, "--json")
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout)
    assert len(data["fiches"]) == 1
    fiche = data["fiches"][0]
    page = Path(fiche["html"]).read_text(encoding="utf-8")
    assert Path(fiche["html"]).parent == out and "Démolition dans le Bien" in page
    assert fiche["pdf"] and Path(fiche["pdf"]).read_bytes().startswith(b"%PDF")
    assert Path(fiche["pdf"]).with_suffix(".html") == Path(fiche["html"])
    assert "Traceback" not in proc.stderr and "QStandardPaths" not in proc.stderr

    text = _run(tmp_path, "screen", "--wkt", f"POINT({c.x} {c.y})", "--fiche", out)
    assert text.returncode == 0, text.stderr
    assert re.search(r"Fiche d'analyse : .*fiche_1\.html", text.stdout)


def test_cli_refuses_fiches_for_a_large_file(tmp_path):
    csv = tmp_path / "permis.csv"
    csv.write_text("numero;x;y\n" + "".join(f"PC {k};{700000 + k};7050000\n" for k in range(201)), encoding="utf-8")
    out = tmp_path / "fiches"
    proc = _run(tmp_path, "screen", "--file", csv, "--crs", "EPSG:2154", "--fiche", out)
    assert proc.returncode == 2
    assert "201 entités" in proc.stderr and "200" in proc.stderr and "fichier plus petit" in proc.stderr
    assert "Traceback" not in proc.stderr
    assert not out.exists()


def test_the_three_fiches_of_issue_14_read_correctly(ref):
    """A PD in a cité of the zone tampon, works on a monument classé, a PC about 400 m from a monument outside any
    PDA: each fiche says which regime applies and what to check. Places found here from the official layers."""
    el = ref.elements.attributes.reset_index(drop=True)
    geoms = ref.elements.geometries
    allel = shapely.union_all(geoms)
    zt_cite = next(
        p
        for p in shapely.point_on_surface(ref.layer("cites_zone_tampon").geometries)
        if p.intersects(ref.buffer_union) and not p.intersects(ref.bien_union) and p.distance(allel) > 30
    )
    classe = int(np.flatnonzero(el["protection_mh"] == "classé")[0])
    on_classe = shapely.point_on_surface(geoms[classe])
    mh = shapely.union_all(geoms[el["protection_mh"].isin(["classé", "inscrit"]).to_numpy()])
    c = shapely.centroid(geoms[int(np.flatnonzero(el["protection_mh"] == "inscrit")[0])])
    near = next(
        p
        for a in np.linspace(0, 2 * np.pi, 36, endpoint=False)
        for p in [shapely.Point(c.x + 420 * np.cos(a), c.y + 420 * np.sin(a))]
        if 350 < p.distance(mh) < 450 and p.distance(allel) > 50
    )
    cs = screen_cases(
        [zt_cite, on_classe, near],
        ref,
        load_catalogue(),
        case_type=["PD", "DP", "PC"],
        works=["Démolition d'une maison", "Réfection de la toiture", "Construction d'une maison individuelle"],
    )
    pd_zt, on_mh, pc400 = (note_html(cs, i, date=DATE) for i in range(3))
    check = [p[p.index("Ce qu’il faut vérifier") :].split("<h2", 1)[0] for p in (pd_zt, on_mh, pc400)]
    # a PD in a cité of the zone tampon: the demolition method and the zone tampon quality requirement
    assert "<b>R05</b>" in check[0] and "<b>R25</b>" in check[0] and "cité entière" in check[0]
    # works on a monument classé: the DRAC authorisation (L.621-9), not the abords
    assert "<b>R22</b>" in check[1] and "DRAC" in check[1] and "<b>R03</b>" not in check[1]
    assert "L.621-9" in on_mh
    # a PC 400 m from a monument outside any PDA: covisibility to check on site, no «avis simple»
    assert "<b>R03</b>" in check[2] and "covisibilité" in check[2] and "avis simple" not in pc400
    assert "vérifier qu&#x27;aucun PDA ne remplace ce rayon" in pc400 or "aucun PDA ne remplace" in pc400


def test_identity_block_from_the_form_and_the_commune_from_the_geometry(ref):
    """Issue 15, point 5: commune, address, parcels, applicant, filing date and deadline head the fiche; a commune not
    given is the one the case lies in; a missing field says so."""
    c = shapely.centroid(_element_geom(ref, "42A"))
    cs = screen_cases(
        [c, c],
        ref,
        load_catalogue(),
        case_type="PC",
        ids=["PC 1", "PC 2"],
        identity={"adresse": ["3 rue fictive", None], "date_limite": ["2026-12-24", ""], "demandeur": "SCI fictive"},
    )
    first, second = note_html(cs, 0, date=DATE), note_html(cs, 1, date=DATE)
    block = first[first.index('<table class="cas"') :].split("</table>", 1)[0]
    commune = cs.record(0)["identite"]["commune"]
    assert commune and "(" in commune and html.escape(commune) in block
    assert "3 rue fictive" in block and "24/12/2026" in block and "SCI fictive" in block
    block2 = second[second.index('<table class="cas"') :].split("</table>", 1)[0]
    assert "non renseignée" in block2  # the address and the deadline of the second case
    with pytest.raises(Exception, match="valeurs pour 2 cas"):
        screen_cases([c, c], ref, load_catalogue(), identity={"adresse": ["un seul"]})


def test_the_map_shows_the_elements_the_rules_name(ref):
    """Issue 15, point 5: a wind turbine 1.5 km from a terril: R09 names the terrils within 2 km, and the map shows
    them (it was one dot on white)."""
    a = ref.elements.attributes.reset_index(drop=True)
    i = int(np.flatnonzero(a["categorie"] == "terril")[0])
    c = shapely.centroid(ref.elements.geometries[i])
    cs = screen_cases([shapely.Point(c.x + 1500, c.y)], ref, load_catalogue(), nature="éolienne", height_m=150)
    rec = cs.record(0)
    r09 = next(v for v in rec["verdicts"] if v["regle"] == "R09")
    assert r09["verdict"] == "à vérifier" and a.loc[i, "identifiant"] in r09["motif"]
    svg = _svg(note_html(cs, 0, date=DATE))
    bold = {t.text for t in svg.iter("{http://www.w3.org/2000/svg}text") if t.get("font-weight") == "bold"}
    assert a.loc[i, "identifiant"] in bold
    assert not rec["elements_proches"]  # none within 500 m: without the rule's names the map showed nothing


def test_every_element_the_verdicts_name_is_labelled_on_the_map(ref):
    """A PC in the Cité des Provinces (63V) within the abords of its school (63Y, MH inscrit): both are named by
    the verdicts (R06, R03); their labels collided with the case's mark and the other labels and were dropped.
    A named label is now written beside its element with a leader line when its own place is taken."""
    cs = screen_cases(
        [shapely.Point(685308.8, 7038206.5)], ref, load_catalogue(), case_type="PC", works="extension, menuiseries"
    )
    rec = cs.record(0)
    named = {e for v in rec["verdicts"] if v["verdict"] != "non applicable" for e in ("63V", "63Y") if e in v["motif"]}
    assert named == {"63V", "63Y"}
    svg = _svg(note_html(cs, 0, date=DATE))
    bold = {t.text for t in svg.iter("{http://www.w3.org/2000/svg}text") if t.get("font-weight") == "bold"}
    assert {"63V", "63Y"} <= bold
    leaders = [g.get("data-element") for g in svg.iter("{http://www.w3.org/2000/svg}g") if g.get("class") == "renvoi"]
    assert set(leaders) & {"63V", "63Y"}  # at least one had to move beside its element

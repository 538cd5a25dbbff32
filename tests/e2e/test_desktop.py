"""End to end: the packaged ZIP installed in a fresh profile of the real QGIS desktop, under Xvfb.

The plugin loads, the reference layers are added, a point is screened through the dock and a
screenshot is saved under tests/artifacts/ (git-ignored) for a person to look at.
"""

import json
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
import shapely

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.e2e


def _tile_png() -> bytes:
    """A 256 × 256 PNG of a pale map colour (the local server's every tile)."""
    import struct
    import zlib

    row = b"\x00" + bytes((236, 233, 224)) * 256
    raw = zlib.compress(row * 256)

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", struct.pack(">IIBBBBB", 256, 256, 8, 2, 0, 0, 0))
        + chunk(b"IDAT", raw)
        + chunk(b"IEND", b"")
    )


@pytest.fixture(scope="module")
def package():
    subprocess.run([sys.executable, "scripts/package.py"], cwd=ROOT, check=True, capture_output=True)
    return ROOT / "dist" / "veille_plugin.zip"


def test_zip_is_a_valid_qgis_plugin_archive(package):
    with zipfile.ZipFile(package) as zf:
        names = zf.namelist()
    tops = {n.split("/")[0] for n in names}
    assert tops == {"veille_plugin"}
    for required in (
        "veille_plugin/__init__.py",
        "veille_plugin/metadata.txt",
        "veille_plugin/resources/data/reference_bassin_minier.gpkg",
        "veille_plugin/forms/analysis_dock.ui",
        "veille_plugin/resources/icon.svg",
        "veille_plugin/resources/ATTRIBUTION.md",
    ):
        assert required in names
    assert not [n for n in names if "__pycache__" in n or n.endswith(".pyc")]


@pytest.mark.skipif(
    shutil.which("qgis") is None or shutil.which("xvfb-run") is None, reason="QGIS desktop or Xvfb absent"
)
def test_real_qgis_desktop_loads_plugin_and_screens_a_point(package, tmp_path, ref):
    out = ROOT / "tests" / "artifacts"
    out.mkdir(parents=True, exist_ok=True)
    for old in ("report.json", "qgis_analyse.png", "desktop_exit.json"):
        (out / old).unlink(missing_ok=True)
    env = dict(os.environ, VEILLE_E2E_OUT=str(out), VEILLE_CONFIG_DIR=str(tmp_path / "config"), QGIS_TIMEOUT="200")
    env.pop("DISPLAY", None)
    from tile_server import TileServer

    with TileServer(_tile_png()) as tiles:  # the basemap, served locally: the desktop never needs the Internet
        (tmp_path / "config").mkdir(exist_ok=True)
        (tmp_path / "config" / "config.json").write_text(json.dumps({"basemap_url": tiles.base_url}), encoding="utf-8")
        proc = subprocess.run(["./scripts/run_qgis.sh"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=240)
    report_path = out / "report.json"
    assert report_path.exists(), proc.stdout + proc.stderr
    report = json.loads(report_path.read_text(encoding="utf-8"))
    steps = {s["name"]: s for s in report["steps"]}
    steps_order = [s["name"] for s in report["steps"]]
    assert "error" not in steps, steps.get("error")
    assert steps["plugin_loaded"]["cls"] == "VeillePlugin"  # not the missing-libraries stand-in
    assert report["python_errors"] == [], report["python_errors"]
    # the one warning of the session is the suspect PLU answer played on purpose (issue 27, below)
    expected = [{"level": 1, "message": "Veille des PLU : échec 1."}]
    assert report["plugin_messages"] == expected, report["plugin_messages"]
    native = steps["native_libraries"]
    assert native["duplicated"] == {}, native  # one PROJ, one GEOS, one GDAL in QGIS's process
    assert native["loaded"]["PROJ"] and native["loaded"]["GEOS"] and native["loaded"]["GDAL"], native
    assert proc.returncode == 0, (
        f"QGIS s'est terminé avec le code {proc.returncode}\n" + proc.stdout[-3000:] + proc.stderr[-3000:]
    )
    assert json.loads((out / "desktop_exit.json").read_text())["exit_code"] == 0
    counts = steps["layers"]["counts"]
    assert counts["Bien inscrit – composantes (109)"] == 109 and counts["Éléments du Bien (353)"] == 353
    assert steps["dock"]["visible"] is True
    # issue 15: one instructor session, from the search to the fiche — the search bar typed, Enter, the map lands
    # on the Cité des Provinces, selected; «Pointer» clicked, then the map: the place is in the Bien, in the cité
    assert steps["search_field"]["cls"] == "QgsLocatorLineEdit"
    found = steps["search_result"]
    assert found["selected"] == ["63V"], found  # Cité des Provinces, Lens
    assert abs(found["x"] - 685309) < 1500 and abs(found["y"] - 7038207) < 1500 and found["scale"] < 20000, found
    point = steps["session_point"]
    assert point["tool_checked"] and point["zone"] == "bien" and "63V" in point["elements"], point
    order = [name for name in steps_order if name in ("search_result", "session_point", "veille", "fiche")]
    assert order == ["search_result", "session_point", "veille", "fiche"], order
    assert steps["screened"]["zone"] == "bien" and "42A" in steps["screened"]["elements"]
    # a PD in a cité: «à vérifier» with the method's questions, not «bloquant» (issue 14)
    assert steps["rules"]["severity"] == "majeur" and "R05" in steps["rules"]["fired"]
    found = steps["foundations"]  # the «Fondements…» button of the Règles dock, clicked
    assert found["shown"] is True and "R05" in found["text"] and "proposition à confirmer" in found["text"]
    veille = steps["veille"]
    assert veille["rows"] > 40 and 0 < veille["shown"] < veille["rows"]
    assert (out / "qgis_veille.png").exists()
    # issue 15, point 6: the case in words; each sweep's flags kept and chosen
    assert (
        "Travaux" in veille["detail"] and "Parcelles" in veille["detail"] and "Règles déclenchées" in veille["detail"]
    )
    assert len(veille["sweeps"]) == 2 and veille["new_in_first_sweep"] > 0
    # issue 25: the Veille dock opens with the most urgent cases first; clicking the headers reorders it and back
    ranks = [int(p[0]) for p in veille["priorities_opened"]]
    assert veille["priority_header"] == "Priorité" and ranks[0] == 1 and ranks == sorted(ranks), veille
    assert veille["numbers_after_click"] != veille["numbers_opened"], veille
    assert veille["priorities_after_clicks"] == veille["priorities_opened"], veille
    # issue 28: this week's file replaced last week's in the source list, the sweep run from the dock; the earlier
    # sweep's report opened from the chooser; the two one-click filters; the dock at 340 px
    sources = steps["veille_sources"]
    assert [t.split(" — ")[0] for t in sources["before"]] == ["permis_fictifs_semaine1.csv"], sources
    assert [t.split(" — ")[0] for t in sources["after"]] == ["permis_fictifs_semaine2.csv"], sources
    assert "lu le" in sources["read"][0], sources
    monday = steps["veille_monday"]
    assert len(monday["opened"]) == 2 and all(monday["opened_exist"]), monday
    earlier, latest = (Path(p) for p in monday["opened"])
    assert earlier.name == latest.name == "rapport.html" and earlier.parent != latest.parent, monday
    assert earlier.parent.name.endswith("_n1") and earlier.parent.parent == latest.parent.parent, monday
    assert 0 < monday["new_in_bien"] <= monday["new_only"] < monday["rows"], monday
    assert monday["zones_shown"] == ["Bien"], monday
    assert monday["dock_width"] <= 360, monday
    assert monday["columns"] == ["Prio.", "Dossier / commune", "Zone", "Sévérité"], monday
    assert monday["table_scrolls_sideways"] is False, monday  # the essential columns fit the narrow dock
    assert monday["triage_top"] < monday["dock_height"] - 100, monday  # the triage above the fold
    assert (out / "qgis_veille_340px.png").exists()
    # issue 29, point 2: «Autorisés sans avis» clicked: authorised in the Bien or the zone tampon, no avis, by priority
    unheard = steps["veille_authorised_without_avis"]
    assert unheard["button"] == "Autorisés sans avis" and 0 < unheard["shown"] < unheard["rows"], unheard
    assert set(unheard["zones"]) <= {"bien", "zone_tampon"} and unheard["avis"] == [], unheard
    assert set(unheard["decisions"]) <= {"accordé", "accordé avec prescriptions"}, unheard
    assert unheard["ranks"] == sorted(unheard["ranks"]) and str(unheard["shown"]) in unheard["count_label"], unheard
    assert (out / "qgis_veille_autorises_sans_avis.png").exists()
    # issue 29, part 1: «Listes Sitadel (DiDo)» ticked in the opened «Balayage hebdomadaire» box, the sweep run from
    # the dock against the local DiDo (FICTITIOUS permits): the message bar says the months fetched and the cases
    # swept, the list gains the basin's permits; the same sweep again says nothing new was fetched
    from sitadel_server import BASIN, LISTS, MONTHS, fictitious_rows

    basin_permits = sum(1 for rid in LISTS for r in fictitious_rows(rid, MONTHS[-1]) if r["COMM"] in BASIN)
    sitadel = steps["veille_sitadel"]
    first, second = sitadel["first"], sitadel["second"]
    for run in (first, second):
        assert run["folded_before"] and run["box_opened"] and run["checkbox_visible"], run
        assert run["checkbox_text"] == "Listes Sitadel (DiDo)" and run["ticked"] and run["started"], run
        assert run["folded_after"], run  # the box folds away once the sweep is done
    months = ", ".join(MONTHS)
    assert f"Listes Sitadel (DiDo) : mois {months} récupérés" in first["message"], first
    assert first["message"].startswith("Balayage n°"), first  # the counts on the message bar's first line
    # (the week's file, still listed, is read again: its «modifiés» are its own, not the lists')
    assert f" : {basin_permits} nouveaux, " in first["message"] and " 0 disparus" in first["message"], first
    assert first["rows"] == first["rows_before"] + basin_permits, first
    assert first["new_shown"] == basin_permits and f"{basin_permits} dossier(s) affiché(s)" in first["count_label"]
    assert len(first["communes_shown"]) == len(BASIN) and all("FICTIF" in n for n in first["numbers_shown"]), first
    assert f"rien de nouveau, les mois gardés sont à jour ({months})" in second["message"], second
    assert " : 0 nouveaux, 0 modifiés, 0 disparus" in second["message"], second
    assert second["rows"] == first["rows"] and second["new_shown"] == 0, second
    assert second["row_requests"] == first["row_requests"] > 0, sitadel  # nothing asked of DiDo again
    assert (out / "qgis_veille_sitadel.png").exists() and (out / "qgis_veille_sitadel_rien_de_nouveau.png").exists()
    # issue 15, point 2: the Plan IGN basemap from the toolbar, its tiles asked of the (local) service
    assert veille["basemaps"] == ["Plan IGN (rues, bâtiments, noms de lieux)"]
    asked = [r for r in tiles.requests if r.get("REQUEST") == "GetTile"]
    assert asked and {r["LAYER"] for r in asked} == {"GEOGRAPHICALGRIDSYSTEMS.PLANIGNV2"}
    # issue 15, point 5: the fiche of the chosen case, two pages, its header from the register
    fiche = steps["fiche"]
    assert 1 <= fiche["pages"] <= 2 and fiche["case"].replace(" ", "") in fiche["first_page"].replace(" ", "")
    assert "Adresse" in fiche["first_page"] and "Parcelles" in fiche["first_page"]
    alerts = steps["alerts"]
    assert alerts["rows"] == 5 and alerts["shown"] == 4  # the closed demonstration alert is listed under «closes» only
    assert alerts["layer_valid"] is True and alerts["layer_features"] == 4
    assert alerts["categories"][0].startswith("A — Risque immédiat")
    # issue 28: an alert from a map click without any code: the toolbar's tool, the canvas clicked on the Cité des
    # Provinces, the element chosen by its name, the form prefilled (every priority explained), saved, ONE history entry
    on_map = steps["alert_map"]
    assert on_map["tool_active"] is True and not on_map["timeouts"], on_map
    assert on_map["chooser_labels"][0].startswith("Cité des Provinces\n") and "63V" in on_map["chooser_labels"][0]
    assert on_map["chosen"] == "63V" and on_map["form_elements"] == "63V", on_map
    assert "63V Cité des Provinces (Lens)" in on_map["form_names"] and "▶ <b>B</b>" in on_map["priorities"], on_map
    assert on_map["saved"] == [{"elements": "63V", "priorite": "B", "commune_nom": "Lens"}], on_map
    assert [(h["action"], h["field"]) for h in on_map["history"]] == [("création", None)], on_map
    assert (out / "qgis_alerte_carte.png").exists() and (out / "qgis_alerte_formulaire_priorites.png").exists()
    assert steps["plu"]["ok"] is True and steps["plu"]["changes"] > 0 and steps["plu"]["layer"] is True
    # issue 28: the officer types «Loos», picks «Loos-en-Gohelle (62528)», clicks «Comparer», reads every change in
    # words beside its codes, and the colours' legend; the comparison comes first, the online watch folded
    plu = steps["plu"]
    assert plu["watch_folded"] is True and plu["offered"] == ["Loos-en-Gohelle (62528)"], plu
    assert plu["commune_field"] == "Loos-en-Gohelle (62528)" and plu["commune_compared"] == "62528", plu
    cells = {c["Avant"]: c for c in plu["cells"]}
    opening = cells["zone naturelle et forestière (N)"]
    assert opening["Changement"] == "zone agricole ou naturelle ouverte à l'urbanisation (A/N → U/AU)", opening
    assert opening["Après"] == "1AUh – zone à urbaniser (AUc)" and opening["Codes CNIG"] == "N → AUc", opening
    assert opening["Éléments proches"].startswith("63W Maison d'ingénieur (Loos-en-Gohelle)"), opening
    assert any(k.startswith("PB-63W – Patrimoine bâti à protéger") for k in cells), list(cells)
    assert plu["legend_visible"] and "zone agricole ou naturelle ouverte à l'urbanisation" in plu["legend"], plu
    assert "R14 PLU : éléments protégés au titre de l'article L.151-19" in plu["summary"], plu["summary"]
    assert plu["table_rows_visible"] is True, plu  # the list of changes is on screen without scrolling
    assert (out / "qgis_plu_comparaison.png").exists()
    # issue 16: «Vérifier les PLU en ligne» typed and clicked twice, the service publishing a new version between
    watch = steps["plu_watch"]
    assert "premier instantané" in watch["first"] and watch["rows_first"] == 1, watch
    assert "nouvelle version" in watch["second"] and watch["rows_second"] == 2 and watch["changes_shown"] > 0, watch
    assert len(watch["chosen"]) == 2 and watch["compared"] == watch["chosen"], watch
    assert (out / "qgis_plu_en_ligne.png").exists()
    # issue 27: the service lost most zones: refused, «Accepter le changement» shown, clicked, confirmed, kept
    assert "Réponse suspecte" in watch["refused"] and watch["accept_visible"] is True, watch
    assert watch["question"] and "62528" in watch["question"] and "Garder la nouvelle version" in watch["question"]
    assert "nouvelle version" in watch["accepted"] and watch["accept_visible_after"] is False, watch
    assert (out / "qgis_plu_changement_suspect.png").exists() and (out / "qgis_plu_accepter_question.png").exists()
    # issue 17: the «Rapports» dock, from its toolbar button: the comité technique report, then an element's file
    reports = steps["reports"]
    assert reports["visible"] and reports["committee_file"] and "dossier(s) nouveau(x)" in reports["committee"], reports
    assert reports["element_file"] and "1 fiche(s) de suivi" in reports["element"], reports
    # issue 17: «Constat…» in the Rapports dock, the condition form filled and saved, the element's file shows it
    condition = steps["condition"]
    assert condition["written"] == 1 and not condition["open_after_save"] and condition["in_file"], condition
    # issue 13: «cité ancienne du 1» lands on the Cité Ancienne du n°1 (Nœux-les-Mines), not the Cité n°1 of Lens;
    # «le chevalement d'Oignies» on a pit site of Oignies
    el = ref.elements.attributes
    assert steps["search_qualifier"]["selected"] == list(el.loc[el["nom"] == "Cité Ancienne du n°1", "identifiant"])
    oignies_pits = set(el.loc[el["type"].isin(["Fosse", "Chevalement"]) & (el["communes"] == "Oignies"), "identifiant"])
    assert len(steps["search_kind"]["selected"]) == 1 and set(steps["search_kind"]["selected"]) <= oignies_pits
    # issue 26: a cité of the zone tampon's own layer is found, centred, and said «zone tampon» in the message bar;
    # a headframe known by its fosse number and commune lands on its element (the shafts layer links them)
    zt = ref.layer("cites_zone_tampon")
    tab = zt.geometries[int(zt.attributes.index[zt.attributes["nom"] == "Cité des Tabernaux"][0])]
    found = steps["search_buffer_cite"]
    assert tab.distance(shapely.Point(found["x"], found["y"])) < 300, found
    assert "Cité des Tabernaux" in found["message"] and "zone tampon" in found["message"], found
    pits = ref.layer("puits_de_mines")
    anhiers_2 = (pits.attributes["commune"] == "Anhiers") & (pits.attributes["fosse"] == "2")
    shaft = pits.geometries[int(pits.attributes.index[anhiers_2][0])]
    near = [i for i, g in zip(el["identifiant"], ref.elements.geometries) if g.distance(shaft) < 150]
    assert steps["search_fosse"]["selected"] == near and len(near) == 1, (steps["search_fosse"], near)
    assert "dans le Bien inscrit" in steps["search_fosse"]["message"], steps["search_fosse"]
    # issue 15, point 4: the six docks are tabbed together in the real main window, which keeps its size
    layout = steps["dock_layout"]
    assert len(layout["docks"]) == 6 and layout["min_width"] >= 300
    assert all(len(tabs) >= 4 for tabs in layout["tabbed"].values()), layout["tabbed"]
    assert layout["window_height"] <= 1100, layout
    for name in ("qgis_alertes.png", "qgis_alerte_formulaire.png", "qgis_alerte_historique.png", "qgis_plu.png"):
        assert (out / name).exists(), name
    shot = out / "qgis_analyse.png"
    assert shot.exists() and shot.stat().st_size > 50_000
    from qgis.PyQt.QtGui import QImage

    img = QImage(str(shot))
    assert img.width() == 1600 and img.height() == 1000
    colours = {img.pixel(x, y) for x in range(0, 1600, 40) for y in range(0, 1000, 40)}
    assert len(colours) > 20  # a rendered desktop, not a blank frame

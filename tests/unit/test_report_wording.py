"""Issue 28, the reports' words (points 3 and 4): on a register of two FICTITIOUS weekly sweeps, the committee report
counts the avis and the authority's decisions apart, names its «nouveaux» as it counts them, says that a case is gone
from its source; the sweep report names fields and rules in French (codes in a column of their own) and writes its
map's numbers without two labels colliding."""

import datetime as dt
import html as html_lib
import json
import re
from pathlib import Path

import pytest

from veille_plugin.core.reports.case_map import LABEL_DIGIT_PX, LABEL_FONT_PX, place_labels
from veille_plugin.core.reports.case_words import detail_in_words, gone_sentence
from veille_plugin.core.reports.committee import committee_data, period, summary, write_committee

ROOT = Path(__file__).resolve().parents[2]
DEMO = ROOT / "resources" / "demo"
TODAY = dt.date.today()
DAY = TODAY.strftime("%d/%m/%Y")
GONE = ["FICTIF-059026-26-00016", "FICTIF-059390-26-00006"]  # in week 1's file, not in week 2's


@pytest.fixture(scope="module")
def sweeps(tmp_path_factory, ref):
    """Two demo sweeps in one register, an avis given on one case and a refusal entered on another."""
    from veille_plugin.core.register import open_register
    from veille_plugin.core.rules.catalogue import load_catalogue
    from veille_plugin.core.sweep.run import SourceSpec, run_sweep

    root = tmp_path_factory.mktemp("wording")
    path = root / "registre.gpkg"
    results = []
    with open_register(str(path)) as reg:
        for week in (1, 2):
            results.append(
                run_sweep(
                    [SourceSpec(str(DEMO / f"permis_fictifs_semaine{week}.csv"), name="demo")],
                    reg,
                    ref,
                    load_catalogue(),
                    root / f"s{week}",
                    parcels=str(DEMO / "parcelles_fictives.geojson"),
                    author="test",
                )
            )
        reg.set_follow_up("FICTIF-062498-26-00003", "udap", avis="défavorable")
        reg.set_follow_up("FICTIF-062498-26-00001", "ddtm", decision="refusé", decision_date="2026-11-30")
    return path, results


def _sweep_page(result) -> str:
    return Path(result.outputs["rapport"]).read_text(encoding="utf-8")


def _rows(table_html: str):
    """[[cell text…]…] of a table's body rows (tags dropped, entities read)."""
    out = []
    for row in re.findall(r"<tr>(<td.*?)</tr>", table_html, re.S):
        cells = re.findall(r"<td[^>]*>(.*?)</td>", row, re.S)
        out.append([html_lib.unescape(re.sub(r"<[^>]+>", "|", c)) for c in cells])
    return out


def test_avis_and_decisions_are_counted_apart(sweeps, ref, tmp_path):
    from veille_plugin.core.register import open_register

    path, _results = sweeps
    with open_register(str(path)) as reg:
        data = committee_data(reg, ref, period(au=TODAY.isoformat()))
        decided = reg.case_columns(["numero", "decision"]).dropna(subset=["decision"])
        files = write_committee(reg, ref, tmp_path, period(au=TODAY.isoformat()))
    figures = summary(data)
    # the avis: the follow-up's «avis» only; the decisions: every case given one in the period (Sitadel's «accordé»
    # read by the sweeps, and the refusal entered by hand), never counted as avis
    assert figures["avis_rendus"] == 1 and figures["par_avis"] == {"défavorable": 1}
    assert figures["decisions_inscrites"] == len(decided) == len(data["decisions"])
    assert figures["par_decision"]["refusé"] == 1 and figures["par_decision"]["accordé"] == len(decided) - 1
    page = Path(files["rapports"][0]).read_text(encoding="utf-8")
    label = period(au=TODAY.isoformat()).short_label()
    assert "<td>avis rendus (ABF/UDAP, Mission)</td><td class='n'>1</td>" in page
    assert (
        f"<td>décisions de l&#x27;autorité compétente (accordé, refusé, tacite…)</td><td class='n'>{len(decided)}</td>"
        in page
    )
    assert f"<h2>Avis rendus {label} (1)</h2>" in page
    assert f"<h2>Décisions de l&#x27;autorité compétente {label} ({len(decided)})</h2>" in page
    avis = page[page.index("<h2>Avis rendus") : page.index("<h2>Décisions de l&#x27;autorité")]
    assert _rows(avis) == [["FICTIF-062498-26-00003", "Lens", "défavorable", _rows(avis)[0][3], "udap"]]
    assert "accordé" not in avis


def test_the_new_cases_are_those_the_heading_names(sweeps, ref, tmp_path):
    from veille_plugin.core.register import open_register

    path, results = sweeps
    p = period(au=TODAY.isoformat())
    start = (TODAY - dt.timedelta(days=30)).strftime("%d/%m")
    with open_register(str(path)) as reg:
        total = reg.count_cases()
        by_period = write_committee(reg, ref, tmp_path / "periode", p)
        by_sweep = write_committee(reg, ref, tmp_path / "balayage", p, sweep_id=results[1].sweep_id)
    page = Path(by_period["rapports"][0]).read_text(encoding="utf-8")
    heading = f"Dossiers apparus du {start} au {DAY} ({total})"
    assert by_period["resume"][0]["dossiers_nouveaux"] == total  # both sweeps ran today: every case is the period's
    assert by_period["resume"][0]["nouveaux"]["intitule"] == f"Dossiers apparus du {start} au {DAY}"
    assert f"<h2>{heading} par sévérité et zone</h2>" in page
    assert f"<td>dossiers apparus du {start} au {DAY}</td><td class='n'>{total}</td>" in page
    # the second sweep as the subject: its own new cases only, and the heading says so
    new_of_sweep = results[1].counts["changements"]["nouveau"]
    assert by_sweep["resume"][0]["dossiers_nouveaux"] == new_of_sweep == 7
    page = Path(by_sweep["rapports"][0]).read_text(encoding="utf-8")
    n = results[1].sweep_id
    assert f"<h2>Nouveaux du balayage n° {n} ({new_of_sweep}) par sévérité et zone</h2>" in page
    assert f"<td>nouveaux du balayage n° {n}</td><td class='n'>{new_of_sweep}</td>" in page
    assert "Dossiers apparus" not in page


def test_a_gone_case_says_so_in_both_reports(sweeps, ref, tmp_path):
    from veille_plugin.core.register import open_register

    path, results = sweeps
    sentence = html_lib.escape(gone_sentence(DAY))
    assert sentence == (f"disparu de la source au balayage du {DAY} : retiré de la liste nationale ou renuméroté ?")
    with open_register(str(path)) as reg:
        files = write_committee(reg, ref, tmp_path, period(au=TODAY.isoformat()))
    figures = files["resume"][0]
    assert sorted(figures["dossiers_disparus"]) == GONE
    page = Path(files["rapports"][0]).read_text(encoding="utf-8")
    label = period(au=TODAY.isoformat()).short_label()
    gone = page[page.index(f"<h2>Dossiers disparus de la source {label} (2)</h2>") :].split("<h2>")[1]
    assert sorted(r[0] for r in _rows(gone)) == [f"{n}||⊘ disparu|" for n in GONE]
    lead = page[page.index("À traiter d’abord") :].split("<h2>")[0]
    for numero in GONE:  # in the lead table: the mark under the number, the sentence in the follow-up column
        row = next(r for r in _rows(lead) if r[1].startswith(numero))
        assert row[1] == f"{numero}||⊘ disparu|" and row[-1] == f"|{gone_sentence(DAY)}||à examiner", row
    # the sweep report: the mark in the «changement» column and the sentence under it
    sweep_page = _sweep_page(results[1])
    first = sweep_page[sweep_page.index("Nouveaux de ce balayage (") : sweep_page.index("Règles citées")]
    for numero in GONE:
        row = next(r for r in _rows(first) if r[1] == numero)
        assert row[3] == f"|⊘ disparu|||{gone_sentence(DAY)}|", row
    assert first.count(sentence) == 2


def test_the_sweep_report_names_fields_and_rules_in_french(sweeps, ref):
    from veille_plugin.core.rules.catalogue import load_catalogue

    _path, results = sweeps
    counts = results[1].counts["changements"]
    page = _sweep_page(results[1])
    heading = (
        f"Nouveaux de ce balayage ({counts['nouveau']}), modifiés ({counts['modifié']}) et disparus de la source "
        f"({counts['disparu']}) : le Bien, puis par priorité"
    )
    assert f"<h2>{heading}</h2>" in page and (counts["nouveau"], counts["modifié"], counts["disparu"]) == (7, 7, 2)
    first = page[page.index(heading) : page.index("Règles citées")]
    head = [html_lib.unescape(h) for h in re.findall(r"<th[^>]*>([^<]*)</th>", first.split("</thead>")[0])]
    assert head == [
        "n°",
        "dossier",
        "priorité, attribut le plus touché",
        "changement",
        "commune, zone, localisation",
        "travaux",
        "éléments",
        "règles déclenchées",
        "code",
        "sévérité",
        "statut de veille",
    ]
    # field names in French: «statut du dossier : autorisé → commencé», never «statut_dossier»
    assert "statut du dossier : autorisé → commencé" in first and "statut_dossier" not in page
    assert detail_in_words("statut_dossier : autorisé → terminé; hauteur : 9 → 12") == (
        "statut du dossier : autorisé → terminé; hauteur : 9 → 12"
    )
    # each rule by its title from the catalogue, its code in the column beside
    titles = {r.id: r.titre for r in load_catalogue().rules}
    rows = _rows(first)
    assert len(rows) == sum(counts[k] for k in ("nouveau", "modifié", "disparu"))
    cases = {r["numero"]: r for r in results[1].cases.to_dict("records")}
    for row in rows:
        codes = [c for c in (cases[row[1]].get("regles") or "").split(";") if c]
        assert row[8] == ", ".join(codes), row
        assert row[7] == " ; ".join(titles[c] for c in codes), row
    demolition = next(r for r in rows if r[1] == "FICTIF-062427-26-00044")
    assert demolition[7:9] == ["Emprise dans le Bien inscrit ; Démolition dans le Bien ou la zone tampon", "R01, R05"]
    assert "<td class='num'>FICTIF-062427-26-00044</td>" in first  # the number kept on one line


def _label_boxes(svg: str):
    """The boxes of the numbers written on a map (as case_map draws them: x, baseline + 1.5, digits' width)."""
    boxes = []
    for x, y, text in re.findall(r"<text x='([\d.]+)' y='([\d.]+)' font-size='9' font-weight='bold'[^>]*>(\d+)<", svg):
        x, y = float(x), float(y) + 1.5
        boxes.append((text, (x, y - LABEL_FONT_PX, x + LABEL_DIGIT_PX * len(text) + 1, y)))
    return boxes


def _collisions(boxes):
    return [
        (a, b)
        for i, (a, p) in enumerate(boxes)
        for b, q in boxes[i + 1 :]
        if p[0] < q[2] and q[0] < p[2] and p[1] < q[3] and q[1] < p[3]
    ]


def test_map_labels_never_collide(sweeps, ref, tmp_path):
    from veille_plugin.core.register import open_register

    _path, results = sweeps
    page = _sweep_page(results[1])
    svg = page[page.index("<svg") : page.index("</svg>")]
    boxes = _label_boxes(svg)
    assert len(boxes) >= 12 and _collisions(boxes) == []
    assert {"1", "2", "3"} <= {t for t, _b in boxes}  # the most urgent keep their label
    # the committee's map, framed on its cases (many close dots in the Bien)
    with open_register(str(sweeps[0])) as reg:
        files = write_committee(reg, ref, tmp_path, period(au=TODAY.isoformat()))
    page = Path(files["rapports"][0]).read_text(encoding="utf-8")
    svg = page[page.index("<svg") : page.index("</svg>")]
    boxes = _label_boxes(svg)
    written = {t for t, _b in boxes}
    assert len(boxes) >= 20 and _collisions(boxes) == [] and "1" in written
    left_out = re.search(r"Numéros non écrits sur la carte \(points trop proches\) : ([\d, ]+)", svg)
    listed = json.loads(Path(files["json"][0]).read_text(encoding="utf-8"))["ordre"]
    told = set(left_out.group(1).split(", ")) if left_out else set()
    assert not (told & written) and len(written) + len(told) <= len(listed)


def test_label_placement_keeps_the_first_and_leaves_out_what_cannot_fit():
    anchors = [(100 + (k % 5) * 3, 100 + (k // 5) * 3) for k in range(25)]  # 25 dots in 15 px
    placed = place_labels(anchors, [str(k + 1) for k in range(25)], 400, 300)
    boxes = [(t, b) for t, b in placed]
    assert placed[0][0] == "1" and _collisions(boxes) == [] and len(placed) < 25
    far = place_labels([(10, 10), (390, 290)], ["1", "2"], 400, 300)
    assert [t for t, _b in far] == ["1", "2"] and all(
        0 < b[0] and b[2] < 400 and 0 < b[1] and b[3] < 300 for _t, b in far
    )


def test_two_thousand_labels_placed_quickly_without_collisions():
    import random
    import time

    rng = random.Random(28)
    anchors = [(rng.uniform(0, 760), rng.uniform(0, 460)) for _ in range(2000)]  # a sweep's whole first table
    start = time.perf_counter()
    placed = place_labels(anchors, [str(k + 1) for k in range(2000)], 760, 460)
    assert time.perf_counter() - start < 2.0
    assert 300 < len(placed) < 2000 and placed[0][0] == "1" and _collisions(placed) == []


def test_the_element_file_marks_a_gone_case(sweeps, ref, tmp_path):
    from veille_plugin.core.register import open_register
    from veille_plugin.core.reports.element_file import write_element_files

    with open_register(str(sweeps[0])) as reg:
        write_element_files(reg, ref, tmp_path, ["22B"])
    page = (tmp_path / "element_22B.html").read_text(encoding="utf-8")
    assert "<td class='num'>FICTIF-059390-26-00006<br><span class='gone'>⊘ disparu de la source</span></td>" in page
    assert "<td class='num'>FICTIF-059390-26-00038</td>" in page  # a case still in its source: no mark

"""Issue 28, point 4: the sweep report, the comité technique report and a comité local's report fit the A4 page.
Each is laid out by a browser engine (QtWebKit, headless, in its own process) at the width an A4 page leaves between
its margins: no table wider than the page, no case number broken over lines; then printed to PDF, whose first page is
rendered to PNG."""

import datetime as dt
import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DEMO = ROOT / "resources" / "demo"
CHECK = ROOT / "tests" / "webkit_page_check.py"


def _webkit_available() -> bool:
    probe = subprocess.run([sys.executable, "-c", "import PyQt5.QtWebKitWidgets"], capture_output=True, timeout=60)
    return probe.returncode == 0


pytestmark = pytest.mark.skipif(not _webkit_available(), reason="QtWebKit absent (python3-pyqt5.qtwebkit)")


@pytest.fixture(scope="module")
def reports(tmp_path_factory, ref):
    from veille_plugin.core.register import open_register
    from veille_plugin.core.reports.committee import period, write_committee
    from veille_plugin.core.rules.catalogue import load_catalogue
    from veille_plugin.core.sweep.run import SourceSpec, run_sweep

    root = tmp_path_factory.mktemp("a4")
    with open_register(str(root / "registre.gpkg")) as reg:
        for week in (1, 2):
            result = run_sweep(
                [SourceSpec(str(DEMO / f"permis_fictifs_semaine{week}.csv"), name="demo")],
                reg,
                ref,
                load_catalogue(),
                root / f"s{week}",
                parcels=str(DEMO / "parcelles_fictives.geojson"),
                author="test",
            )
        p = period(au=dt.date.today().isoformat())
        files = write_committee(reg, ref, root / "comite", p)
        local = write_committee(reg, ref, root / "local", p, "CA de Lens - Liévin", "local")
    return {
        "balayage": Path(result.outputs["rapport"]),
        "comite": Path(files["rapports"][0]),
        "local": Path(local["rapports"][0]),
        "root": root,
    }


def _page_rule(html: str) -> tuple:
    """(orientation, margin in mm) of the report's own «@page» rule."""
    rule = re.search(r"@page\{size:A4( landscape)?;margin:([\d.]+)cm\}", html)
    assert rule, "pas de règle @page A4"
    return ("landscape" if rule.group(1) else "portrait"), float(rule.group(2)) * 10


@pytest.mark.parametrize("which", ["balayage", "comite", "local"])
def test_the_report_fits_the_a4_page(reports, which):
    html_path = reports[which]
    html = html_path.read_text(encoding="utf-8")
    orientation, margin = _page_rule(html)
    assert orientation == ("landscape" if which == "balayage" else "portrait")
    pdf = reports["root"] / f"{which}.pdf"
    done = subprocess.run(
        [sys.executable, str(CHECK), str(html_path), orientation, str(margin), str(pdf)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    measured = json.loads(done.stdout.strip().splitlines()[-1])
    assert measured["view"] == measured["page_px"]
    assert measured["scroll"] <= measured["page_px"], measured  # nothing wider than the page
    assert measured["tables"] and max(measured["tables"]) <= measured["page_px"], measured
    assert measured["nums"] > (10 if which == "local" else 40) and measured["broken"] == [], measured[
        "broken"
    ]  # case numbers on one line
    info = subprocess.run([shutil.which("pdfinfo") or "pdfinfo", str(pdf)], capture_output=True, text=True).stdout
    size = "842 x 595" if orientation == "landscape" else "595 x 842"
    assert f"Page size:       {size} pts (A4)" in info
    if shutil.which("pdftoppm"):
        subprocess.run(
            ["pdftoppm", "-r", "60", "-png", "-f", "1", "-l", "2", str(pdf), str(pdf.with_suffix(""))], check=True
        )
        assert pdf.with_name(f"{which}-1.png").exists() or pdf.with_name(f"{which}-01.png").exists()

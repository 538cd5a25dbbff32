"""Screening note as PDF through Qt (QTextDocument + QPrinter), headless, checked by rendering it back with poppler."""

import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest
import shapely

from veille_plugin.core.rules.case_screening import screen_cases
from veille_plugin.core.rules.catalogue import load_catalogue
from veille_plugin.core.rules.note import MAP_RESOURCE, note_html, note_svg_map
from veille_plugin.core.styles import ELEMENT_COLOURS

ARTIFACTS = Path(__file__).resolve().parents[1] / "artifacts"
DATE = "21 novembre 2026"


def _need(tool):
    path = shutil.which(tool)
    assert path, f"{tool} absent : installez poppler-utils (make setup s'en charge)"
    return path


@pytest.fixture(scope="module")
def cs(ref):
    a = ref.elements.attributes
    c = shapely.centroid(ref.elements.geometries[a.index[a["identifiant"] == "42A"][0]])
    return screen_cases(
        [shapely.Point(c.x + 120, c.y - 60), shapely.box(c.x + 300, c.y + 200, c.x + 380, c.y + 260)],
        ref,
        load_catalogue(),
        ids=["PC 062 <script>alert(1)</script> & 98/é", "PD 062 498 24 00012"],
        case_type=["PC", "PD"],
        works=["démolition partielle, façade, menuiseries", "démolition"],
        nature=["bâtiment", ""],
        height_m=[12, None],
    )


def _png_of_first_page(pdf: Path, out_stem: Path, dpi=60) -> Path:
    subprocess.run(
        [_need("pdftoppm"), "-r", str(dpi), "-png", "-f", "1", "-l", "1", "-singlefile", str(pdf), str(out_stem)],
        check=True,
        timeout=60,
    )
    png = out_stem.with_suffix(".png")
    assert png.exists()
    return png


def _ink(image, colour=None, tolerance=40):
    """Share of non-white pixels (or of pixels close to ``colour``) on a grid sample of a QImage."""
    from qgis.PyQt.QtGui import QColor

    target = QColor(colour) if colour else None
    hits = total = 0
    for y in range(0, image.height(), 3):
        for x in range(0, image.width(), 3):
            c = QColor(image.pixel(x, y))
            total += 1
            if target is None:
                hits += (c.red() + c.green() + c.blue()) < 3 * 245
            else:
                hits += (
                    abs(c.red() - target.red()) + abs(c.green() - target.green()) + abs(c.blue() - target.blue())
                    < tolerance
                )
    return hits / total


def test_colours_are_those_of_the_qgis_layer_styles(qgis_app):
    from veille_plugin.qgis_adapters import reference_layers

    assert reference_layers.ELEMENT_COLOURS is ELEMENT_COLOURS


def test_svg_map_renders_with_qt(qgis_app, cs, ref):
    from veille_plugin.qgis_adapters.note_pdf import svg_to_image

    image = svg_to_image(note_svg_map(ref, cs.cases.geometries[0], 500.0), scale=1.0)
    assert image.width() == 960 and image.height() == 600
    assert _ink(image) > 0.3
    # the cité minière (orange) and the case marker are drawn
    assert _ink(image, "#f0a862", 60) > 0.02


def test_pdf_is_a4_paginated_and_not_blank(qgis_app, cs, tmp_path):
    from qgis.PyQt.QtGui import QImage

    from veille_plugin.qgis_adapters.note_pdf import html_to_pdf

    pdf = html_to_pdf(note_html(cs, 0, date=DATE), tmp_path / "fiche.pdf")
    data = pdf.read_bytes()
    assert data.startswith(b"%PDF")
    info = subprocess.run([_need("pdfinfo"), str(pdf)], capture_output=True, text=True, check=True).stdout
    pages = int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))
    assert pages >= 1
    assert "595 x 842" in info  # A4 in points

    png = _png_of_first_page(pdf, tmp_path / "page1", dpi=60)
    image = QImage(str(png))
    assert not image.isNull()
    assert 0.05 < _ink(image) < 0.9  # text and map, not blank, not a black page
    assert _ink(image, "#f0a862", 60) > 0.01  # the map (cité minière fill) made it into the PDF

    # the text is real text in the PDF (searchable, copyable), escaped ids shown literally
    if shutil.which("pdftotext"):
        text = subprocess.run(
            ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
        ).stdout
        assert "Fiche d'analyse" in text and "<script>alert(1)</script> & 98/é" in text
        assert "Sources" in text and "page 1 /" in text

    ARTIFACTS.mkdir(exist_ok=True)
    _png_of_first_page(pdf, ARTIFACTS / "fiche_exemple", dpi=110)


def test_pdf_from_img_mode_with_a_map_image(qgis_app, cs, ref, tmp_path):
    from qgis.PyQt.QtGui import QImage

    from veille_plugin.qgis_adapters.note_pdf import html_to_pdf, svg_to_image

    page = note_html(cs, 1, date=DATE, map_mode="img")
    assert f'src="{MAP_RESOURCE}"' in page and "<svg" not in page
    image = svg_to_image(note_svg_map(ref, cs.cases.geometries[1], 500.0))
    pdf = html_to_pdf(page, tmp_path / "fiche_img.pdf", map_image=image)
    png = _png_of_first_page(pdf, tmp_path / "img1")
    assert _ink(QImage(str(png)), "#f0a862", 60) > 0.01


def test_write_note_pdfs_next_to_the_html(qgis_app, cs, tmp_path):
    from veille_plugin.core.rules.note import write_notes
    from veille_plugin.qgis_adapters.note_pdf import write_note_pdfs

    htmls = write_notes(cs, tmp_path)
    pdfs = write_note_pdfs(htmls)
    assert [p.with_suffix(".html") for p in pdfs] == htmls
    assert all(p.read_bytes()[:4] == b"%PDF" for p in pdfs)


def _pages(pdf: Path) -> int:
    info = subprocess.run([_need("pdfinfo"), str(pdf)], capture_output=True, text=True, check=True).stdout
    return int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))


def _usual_cases(ref):
    """Usual PCs (FICTITIOUS dossiers at real places): in a cité of the Bien, in the zone tampon, and outside both."""
    a = ref.elements.attributes.reset_index(drop=True)
    cite = int(a.index[a["categorie"] == "cité minière"][0])
    in_bien = shapely.point_on_surface(ref.elements.geometries[cite])
    tampon = next(
        p
        for p in shapely.point_on_surface(ref.layer("cites_zone_tampon").geometries)
        if p.intersects(ref.buffer_union) and not p.intersects(ref.bien_union)
    )
    outside = shapely.Point(in_bien.x + 30000, in_bien.y + 30000)
    return [in_bien, tampon, outside]


def test_the_fiche_of_a_usual_pc_fits_two_pages_with_its_identity(qgis_app, ref, tmp_path):
    """Issue 15, point 5: a usual PC's fiche is two A4 pages, opens with the case's identity, and no heading ends a
    page alone."""
    from veille_plugin.qgis_adapters.note_pdf import html_to_pdf, keep_headings_with_next, prepare_document

    cs = screen_cases(
        _usual_cases(ref),
        ref,
        load_catalogue(),
        ids=["PC 062 498 26 00042", "PC 059 000 26 00007", "PC 062 000 26 00001"],
        case_type="PC",
        works="Extension d'une maison et remplacement des menuiseries (FICTIF)",
        height_m=6,
        identity={
            "adresse": "12 rue fictive",
            "parcelles": "000 AB 0123",
            "demandeur": "Demandeur fictif",
            "date_depot": "2026-11-20",
            "date_limite": "2026-12-20",
        },
    )
    for i in range(cs.n):
        page = note_html(cs, i, date=DATE)
        pdf = html_to_pdf(page, tmp_path / f"fiche_{i}.pdf")
        assert _pages(pdf) <= 2, cs.cases.ids[i]
        text = subprocess.run(["pdftotext", "-l", "1", str(pdf), "-"], capture_output=True, text=True).stdout
        text = unicodedata.normalize("NFKC", text)  # the PDF writes «fi» as a ligature
        for value in ("12 rue fictive", "000 AB 0123", "Demandeur fictif", "20/11/2026", "20/12/2026"):
            assert value in text, (cs.cases.ids[i], value)
        assert cs.record(i)["identite"]["commune"] in text.replace("\n", " ") or i == 2
        full = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
        assert "Projet d’avis" in full and "Situation" in full
        # no heading at the foot of a page: each heading starts on the page of what follows it
        doc = prepare_document(page, 700)
        doc.setPageSize(doc.pageSize().__class__(700, 1000))
        keep_headings_with_next(doc, 1000)
        layout, block = doc.documentLayout(), doc.begin()
        while block.isValid():
            nxt = block.next()
            if block.blockFormat().headingLevel() and nxt.isValid():
                top, below = layout.blockBoundingRect(block).top(), layout.blockBoundingRect(nxt).top()
                assert int(top // 1000) == int(below // 1000), block.text()
            block = nxt
    if shutil.which("pdftoppm"):
        subprocess.run(
            [_need("pdftoppm"), "-r", "70", "-png", str(tmp_path / "fiche_0.pdf"), str(ARTIFACTS / "fiche_pc_usuelle")],
            check=True,
            timeout=60,
        )


def test_a_pdf_that_cannot_be_finished_leaves_the_previous_one_whole(tmp_path, monkeypatch):
    """Issue 27, point 6: the PDF is printed under a temporary name and renamed only once complete."""
    from veille_plugin.core.errors import VeilleError
    from veille_plugin.qgis_adapters import note_pdf

    target = tmp_path / "fiche.pdf"
    target.write_bytes(b"%PDF-1.4 previous complete fiche")

    def half_printed(html, tmp, path, *rest):
        tmp.write_bytes(b"%PDF-1.4 half")  # the disk filled up: the printer could not finish
        return False

    monkeypatch.setattr(note_pdf, "_print_pdf", half_printed)
    with pytest.raises(VeilleError, match="n'a pas pu être écrite"):
        note_pdf.html_to_pdf("<p>x</p>", target)
    assert [p.name for p in tmp_path.iterdir()] == ["fiche.pdf"]
    assert target.read_bytes() == b"%PDF-1.4 previous complete fiche"

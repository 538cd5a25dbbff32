"""Screening note → PDF (A4) with Qt only: ``QTextDocument`` laid out on a ``QPrinter`` in PDF mode.

``QTextDocument`` does not draw inline SVG: every ``<svg>…</svg>`` block of the HTML is rendered
to a PNG with ``QSvgRenderer`` and swapped for an ``<img>`` whose image is given to the document
with ``addResource``. Works headless (``QT_QPA_PLATFORM=offscreen``); a ``QGuiApplication`` is
created only when no Qt application exists (the command line), never inside QGIS.
"""

import os
import re
import tempfile
from pathlib import Path

from qgis.PyQt.QtCore import QByteArray, QCoreApplication, QMarginsF, QPointF, QRectF, QSizeF, Qt, QUrl
from qgis.PyQt.QtGui import (
    QColor,
    QFont,
    QGuiApplication,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPen,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)
from qgis.PyQt.QtPrintSupport import QPrinter
from qgis.PyQt.QtSvg import QSvgRenderer

from ..core.errors import VeilleError
from ..core.i18n import tr

_SVG_BLOCK = re.compile(r"<svg\b[^>]*>.*?</svg>", re.DOTALL | re.IGNORECASE)
_PAGE_RULE = re.compile(r"@page\s*\{[^}]*\}", re.IGNORECASE)
_IMG_TAG = re.compile(r"<img\b[^>]*>", re.IGNORECASE)
_SIZE_ATTR = r'\b{name}="([0-9.]+)(?:px)?"'
_MARGINS_MM = (12.0, 10.0, 12.0, 13.0)  # left, top, right, bottom (a usual fiche fits two pages)
_RASTER_SCALE = 2.0  # map raster resolution: px per SVG unit (≈ 270 dpi at the printed width of 18 cm)

_app = None  # keeps the application we created alive


def ensure_qt_application():
    """The running Qt application, or a new headless-capable ``QGuiApplication``."""
    global _app
    app = QCoreApplication.instance()
    if app is not None:
        return app
    if (
        not os.environ.get("QT_QPA_PLATFORM")
        and not os.environ.get("DISPLAY")
        and not os.environ.get("WAYLAND_DISPLAY")
    ):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"  # no screen: Qt would abort the process otherwise
    if not os.environ.get("XDG_RUNTIME_DIR"):
        # otherwise Qt warns on stderr in every command-line run (root, containers, cron)
        os.environ["XDG_RUNTIME_DIR"] = tempfile.mkdtemp(prefix="veille-qt-runtime-")
    _app = QGuiApplication(["veille_plugin"])
    return _app


_SVG_FRAME = re.compile(r'data-emprise="([-\d. ]+)" data-cadre="([-\d. ]+)"')


def svg_to_image(svg: str, scale: float = _RASTER_SCALE, underlay=None) -> QImage:
    """Render an SVG document to an opaque (white background) ``QImage``.

    ``underlay(extent, width_px, height_px)`` (optional) returns a basemap image of a map's world rectangle
    (EPSG:2154, from the SVG's ``data-emprise``), drawn in its frame (``data-cadre``) under the map: the map is then
    laid over it in «multiply» mode, so the houses and parcels of the basemap show through the colours of the Bien,
    and the labels stay black."""
    ensure_qt_application()  # fonts and painting need one; without it Qt crashes
    renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))
    if not renderer.isValid():
        raise VeilleError(tr("Carte SVG illisible par Qt : la fiche PDF ne peut pas être produite."))
    size = renderer.defaultSize()
    w, h = max(1, int(size.width() * scale)), max(1, int(size.height() * scale))
    image = QImage(w, h, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
    frame = _SVG_FRAME.search(svg[:2000]) if underlay is not None else None
    below = None
    if frame is not None:
        extent = [float(v) for v in frame.group(1).split()]
        x0, y0, fw, fh = (float(v) * scale for v in frame.group(2).split())
        below = underlay(extent, int(round(fw)), int(round(fh)))
        if below is not None and not below.isNull():
            painter.drawImage(QPointF(x0, y0), below)
            painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_Multiply)
    renderer.render(painter)
    credit = getattr(underlay, "attribution", "") if below is not None and not below.isNull() else ""
    if credit:  # the basemap's attribution, in the frame's top-left corner
        painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceOver)
        font = QFont("DejaVu Sans")
        font.setPixelSize(max(8, int(11 * scale)))
        painter.setFont(font)
        box = QRectF(x0 + 4 * scale, y0 + 4 * scale, fw * 0.8, 16 * scale)
        painter.fillRect(box.adjusted(-2, 0, 2, 0), QColor(255, 255, 255, 200))
        painter.setPen(QColor("#333333"))
        painter.drawText(
            box, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), tr("Fond : {a}").format(a=credit)
        )
    painter.end()
    return image.convertToFormat(QImage.Format.Format_RGB32)


def _fit_img(tag: str, text_width: float) -> str:
    """Shrink an ``<img width height>`` wider than the text (Qt does not scale images to fit)."""
    w = re.search(_SIZE_ATTR.format(name="width"), tag)
    h = re.search(_SIZE_ATTR.format(name="height"), tag)
    if not w or float(w.group(1)) <= text_width:
        return tag
    ratio = text_width / float(w.group(1))
    tag = tag[: w.start()] + f'width="{text_width:.0f}"' + tag[w.end() :]
    if h:
        h = re.search(_SIZE_ATTR.format(name="height"), tag)
        tag = tag[: h.start()] + f'height="{float(h.group(1)) * ratio:.0f}"' + tag[h.end() :]
    return tag


def _svg_size(svg: str):
    head = svg[: svg.index(">") + 1]
    w = re.search(_SIZE_ATTR.format(name="width"), head)
    h = re.search(_SIZE_ATTR.format(name="height"), head)
    return (float(w.group(1)) if w else 600.0), (float(h.group(1)) if h else 400.0)


def prepare_document(html: str, text_width: float, underlay=None) -> QTextDocument:
    """A ``QTextDocument`` of the note, its inline SVG maps replaced by images fitting ``text_width`` (drawn over a
    basemap when ``underlay`` gives one, see :func:`svg_to_image`)."""
    ensure_qt_application()
    doc = QTextDocument()
    images = []

    def swap(match):
        svg = match.group(0)
        name = f"veille-svg-{len(images) + 1}.png"
        image = svg_to_image(svg, underlay=underlay)
        images.append((name, image))
        w, h = _svg_size(svg)
        shown_w = min(w, text_width)
        return f'<img src="{name}" width="{shown_w:.0f}" height="{shown_w * h / w:.0f}">'

    html = _SVG_BLOCK.sub(swap, html)
    html = _IMG_TAG.sub(lambda m: _fit_img(m.group(0), text_width), html)
    # Qt's rich text turns «@page { margin }» into root-frame margins: the printer's margins already apply
    html = _PAGE_RULE.sub("", html)
    for name, image in images:
        doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), image)
    font = QFont("DejaVu Sans")
    font.setPointSizeF(9.0)
    doc.setDefaultFont(font)
    doc.setHtml(html)
    return doc


def keep_headings_with_next(doc: QTextDocument, page_height: float) -> int:
    """Move to the next page every heading that would end a page alone (Qt's rich text ignores CSS
    ``page-break-after: avoid``): no orphan «Extrait de carte» or «Règles» title at the foot of a page. Returns how
    many headings were moved."""
    layout = doc.documentLayout()
    moved = 0
    for _round in range(50):  # each move shifts what follows: look again from the top
        block = doc.begin()
        changed = False
        while block.isValid():
            following = block.next()
            if block.blockFormat().headingLevel() > 0 and following.isValid():
                top = layout.blockBoundingRect(block).top()
                next_top = layout.blockBoundingRect(following).top()  # document coordinates, cells included
                if int(top // page_height) != int(next_top // page_height):
                    fmt = block.blockFormat()
                    if fmt.pageBreakPolicy() != QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore:
                        fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
                        QTextCursor(block).setBlockFormat(fmt)
                        moved += 1
                        changed = True
                        break
            block = following
        if not changed:
            return moved
    return moved


def html_to_pdf(html: str, path, map_image: QImage = None, footer: str = None, underlay=None) -> Path:
    """Print the note's HTML to an A4 PDF at ``path``; return the path.

    Inline SVG is rasterised (see module doc). ``map_image``: the image for a note made with
    ``map_mode="img"`` (resource ``veille-carte.png``), rendered by the caller. Each page gets a
    footer: ``footer`` (default: the HTML ``<title>``) and «page n / N».
    """
    from ..core.atomic_files import make_dirs, replacing

    ensure_qt_application()
    path = Path(path)
    make_dirs(path.parent)
    with replacing(path) as tmp:  # printed under a temporary name, renamed once complete: never a partial PDF
        printed = _print_pdf(html, tmp, path, map_image, footer, underlay)
        if not printed or not tmp.exists() or tmp.stat().st_size == 0:
            raise VeilleError(tr("La fiche PDF n'a pas pu être écrite : {p}.").format(p=path))
    return path


def _print_pdf(html: str, tmp: Path, path: Path, map_image, footer, underlay) -> bool:
    """Print the note to the temporary PDF file ``tmp`` of ``path``; False when the printer could not finish."""
    from ..core.rules.note import MAP_RESOURCE

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp))
    printer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(*_MARGINS_MM),
            QPageLayout.Unit.Millimeter,
        )
    )
    printer.setCreator("Veille patrimoniale")
    printer.setDocName(path.stem)

    # the document is laid out in «CSS px» (96 dpi) on pages as wide as the printable area,
    # minus a band for the footer; each page is then painted scaled to the printer's resolution
    paint_mm = printer.pageLayout().paintRect(QPageLayout.Unit.Millimeter)
    page_w = paint_mm.width() / 25.4 * 96.0
    page_h = paint_mm.height() / 25.4 * 96.0
    footer_h = 22.0
    doc = prepare_document(html, page_w - 10, underlay)
    if map_image is not None:
        doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(MAP_RESOURCE), map_image)
    doc.setPageSize(QSizeF(page_w, page_h - footer_h))
    keep_headings_with_next(doc, page_h - footer_h)
    footer = footer if footer is not None else doc.metaInformation(QTextDocument.MetaInformation.DocumentTitle)

    painter = QPainter()
    if not painter.begin(printer):
        raise VeilleError(tr("Impossible d'écrire la fiche PDF : {p}.").format(p=path))
    try:
        scale = printer.resolution() / 96.0
        body_h = page_h - footer_h
        n_pages = doc.pageCount()
        foot_font = QFont("DejaVu Sans")
        foot_font.setPixelSize(10)  # doc px (the painter is scaled), not points of the 1200 dpi printer
        for page in range(n_pages):
            if page:
                printer.newPage()
            painter.save()
            painter.scale(scale, scale)
            painter.save()
            painter.translate(0, -page * body_h)
            doc.drawContents(painter, QRectF(0, page * body_h, page_w, body_h))
            painter.restore()
            painter.setPen(QPen(QColor("#9a9a9a"), 0.6))
            painter.drawLine(QPointF(0, page_h - footer_h + 6), QPointF(page_w, page_h - footer_h + 6))
            painter.setFont(foot_font)
            painter.setPen(QColor("#555555"))
            band = QRectF(0, page_h - footer_h + 8, page_w, footer_h - 8)
            painter.drawText(band, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), _elide(footer, 110))
            painter.drawText(
                band,
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                tr("page {n} / {t}").format(n=page + 1, t=n_pages),
            )
            painter.restore()
    finally:
        ended = painter.end()
    return bool(ended)


def _elide(text: str, n: int) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= n else text[: n - 1] + "…"


def write_note_pdfs(html_paths) -> list:
    """A PDF next to each HTML note (same name, «.pdf»), made from the HTML file itself, so both say the same."""
    return [html_to_pdf(Path(p).read_text(encoding="utf-8"), Path(p).with_suffix(".pdf")) for p in html_paths]


def save_fiche(cs, i: int, path, underlay=None) -> tuple:
    """Write case ``i``'s fiche next to ``path`` as HTML, then as PDF: ([paths written], French error or None). The
    HTML is written first, so a PDF failure loses nothing. ``underlay``: the basemap under the PDF's map (see
    :func:`svg_to_image`; :func:`veille_plugin.qgis_adapters.basemaps.project_basemap_underlay`)."""
    from ..core.atomic_files import write_text
    from ..core.rules.note import note_html

    target = Path(path)
    html_text = note_html(cs, i)
    html_path = target.with_suffix(".html")
    write_text(html_path, html_text)  # temporary name, then renamed: whole or not at all
    written = [html_path]
    try:
        written.append(html_to_pdf(html_text, target.with_suffix(".pdf"), underlay=underlay))
    except Exception as exc:  # reported to the user; the HTML stays
        return written, tr("PDF non produit ({err}) ; la fiche HTML est enregistrée.").format(err=exc)
    return written, None

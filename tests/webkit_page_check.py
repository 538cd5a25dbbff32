"""Measure an HTML report as a browser lays it out on an A4 page, and print it to PDF (QtWebKit, headless).

Run as a separate process (it makes its own QApplication): ``python tests/webkit_page_check.py report.html
portrait|landscape margin_mm [out.pdf]``. Prints JSON: the width available on the page in CSS pixels (A4 less the
@page margins, at 96 px per inch), the document's scroll width, the right edge of every table, and the case numbers
(cells ``td.num``) whose first line broke or overflowed its cell."""

import json
import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("XDG_RUNTIME_DIR", "/tmp")

from PyQt5.QtCore import QMarginsF, QSize, Qt, QUrl  # noqa: E402
from PyQt5.QtGui import QPageLayout, QPageSize  # noqa: E402
from PyQt5.QtPrintSupport import QPrinter  # noqa: E402
from PyQt5.QtWebKitWidgets import QWebPage  # noqa: E402
from PyQt5.QtWidgets import QApplication  # noqa: E402

MEASURE = """(function(){
var out={view:document.documentElement.clientWidth, scroll:document.documentElement.scrollWidth, tables:[], nums:0,
broken:[]};
var ts=document.getElementsByTagName('table');
for(var i=0;i<ts.length;i++){out.tables.push(ts[i].getBoundingClientRect().right);}
var cs=document.querySelectorAll('td.num');out.nums=cs.length;
for(var i=0;i<cs.length;i++){var r=document.createRange();r.selectNodeContents(cs[i].firstChild||cs[i]);
var rects=r.getClientRects(),tops={};for(var k=0;k<rects.length;k++){tops[Math.round(rects[k].top)]=1;}
if(Object.keys(tops).length>1||cs[i].scrollWidth>cs[i].clientWidth+1){out.broken.push(cs[i].textContent);}}
return JSON.stringify(out);})()"""


def main(path: str, orientation: str, margin_mm: float, pdf: str = "") -> dict:
    """Lay ``path`` out at the printable width of an A4 page and measure it (see the module's note)."""
    app = QApplication.instance() or QApplication(["webkit_page_check"])
    landscape = orientation == "landscape"
    width_px = int(((297 if landscape else 210) - 2 * margin_mm) / 25.4 * 96)
    page = QWebPage()
    page.setViewportSize(QSize(width_px, 1000))
    for direction in (Qt.Orientation.Vertical, Qt.Orientation.Horizontal):  # a scroll bar would narrow the page
        page.mainFrame().setScrollBarPolicy(direction, Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    done = []
    page.mainFrame().loadFinished.connect(done.append)
    with open(path, encoding="utf-8") as fh:
        page.mainFrame().setHtml(fh.read(), QUrl.fromLocalFile(os.path.abspath(path)))
    while not done:
        app.processEvents()
    result = json.loads(page.mainFrame().evaluateJavaScript(MEASURE))
    result["page_px"] = width_px
    if pdf:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(pdf)
        printer.setPageLayout(
            QPageLayout(
                QPageSize(QPageSize.PageSizeId.A4),
                QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait,
                QMarginsF(margin_mm, margin_mm, margin_mm, margin_mm),
                QPageLayout.Unit.Millimeter,
            )
        )
        page.mainFrame().print(printer)
    return result


if __name__ == "__main__":
    print(json.dumps(main(sys.argv[1], sys.argv[2], float(sys.argv[3]), sys.argv[4] if len(sys.argv) > 4 else "")))

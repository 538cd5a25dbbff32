"""What every HTML and text report shares: escaping, French numbers, French dates.

One place for these conventions: the screening note, the sweep report, the PLU report, the alerts exports, the
command line and the docks all format values through here.
"""

import datetime as _dt
import html
import math

_MONTHS = (
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
)


def _missing(value) -> bool:
    return value is None or (isinstance(value, float) and math.isnan(value))


def escape(value) -> str:
    """HTML/XML-escaped text (quotes included); None and NaN become an empty string."""
    return "" if _missing(value) else html.escape(str(value), quote=True)


def french_number(value, digits: int = 0) -> str:
    """A number as the French write it: narrow no-break space for thousands, comma for decimals («1 234,5»)."""
    return f"{value:,.{digits}f}".replace(",", "\u202f").replace(".", ",")


def french_date(value=None) -> str:
    """«21 novembre 2026» (``value``: date, datetime — then «à HH:MM» —, a string kept as it is, None: today)."""
    if value is None:
        value = _dt.date.today()
    if isinstance(value, str):
        return value
    return f"{value.day} {_MONTHS[value.month - 1]} {value.year}" + (
        f" à {value:%H:%M}" if isinstance(value, _dt.datetime) else ""
    )


def french_datetime(value):
    """Stored dates as French users read them: «2026-09-14» or «20260914» → «14/09/2026»; «2026-11-22T02:26:53Z» (UTC) →
    «22/11/2026 03:26» (local time). None, NaN, "" and unparsable values are returned unchanged."""
    if _missing(value) or value == "":
        return value
    text = str(value)
    try:
        if len(text) == 10:
            return _dt.datetime.strptime(text, "%Y-%m-%d").strftime("%d/%m/%Y")
        if len(text) == 8 and text.isdigit():  # a date alone as the CNIG standard writes it (DATAPPRO, datesrcass)
            return _dt.datetime.strptime(text, "%Y%m%d").strftime("%d/%m/%Y")
        moment = _dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=_dt.timezone.utc)
        return moment.astimezone().strftime("%d/%m/%Y %H:%M")
    except ValueError:
        return value


class Markup(str):
    """Text already written as HTML (escaped where needed): :func:`html_table` puts it in a cell as it is."""


def html_table(headers, rows, classes=None, numeric=(), table_class: str = "") -> str:
    """An HTML table: ``headers`` (text), ``rows`` (lists of values: escaped, except :class:`Markup`), ``classes``
    (one CSS class per column or None: «num» keeps a case number on one line, «txt» lets long free text break
    anywhere) and ``numeric`` (indices of right-aligned columns)."""
    classes = list(classes or [None] * len(headers))
    for j in numeric:
        classes[j] = ((classes[j] or "") + " n").strip()
    attrs = [f" class='{c}'" if c else "" for c in classes]
    head = "".join(f"<th{a}>{escape(h)}</th>" for h, a in zip(headers, attrs))
    body = "".join(
        "<tr>"
        + "".join(f"<td{a}>{v if isinstance(v, Markup) else escape(v)}</td>" for v, a in zip(row, attrs))
        + "</tr>"
        for row in rows
    )
    opening = f"<table class='{table_class}'>" if table_class else "<table>"
    return f"{opening}<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


#: The print rules every report's tables share: the A4 page, the case numbers on one line, long free text allowed to
#: break anywhere (never a table wider than the page), a row never split over two pages, headers repeated.
TABLE_CSS = (
    "table{border-collapse:collapse;max-width:100%}table.wide{width:100%}"
    "td.num{white-space:nowrap;font-size:.92em}th.num{white-space:nowrap}"
    "td.txt{overflow-wrap:anywhere;word-wrap:break-word;word-break:break-word}"
    ".gone{color:#922b21;font-weight:bold}.sub{color:#566573;font-size:.9em}"
    "svg{max-width:100%;height:auto}"
    "@media print{tr{page-break-inside:avoid}thead{display:table-header-group}}"
)

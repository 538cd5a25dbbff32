"""The map of a list of cases (SVG, inline in the HTML reports): the Bien and the zone tampon, one dot per case
coloured by its priority, and the number each case has in the report's table beside its dot.

The sweep report and the committee reports draw their maps here, so that a number on a map is always the number of
the same row of the table under it.
"""

import numpy as np
import pandas as pd
import shapely

from ..i18n import tr
from ..impact.ordering import MISSING_RANK, priority_label
from ..vector_io import geometries_from_wkb
from ..vocabulary import PRIORITY_COLOURS
from .html import escape as _e

#: Dots closer than this (pixels) are drawn once, in the colour of the most urgent case among them: a sweep of a
#: million cases gives a map of a few thousand dots, not a million (the report stays light).
DOT_CELL_PX = 3.0
#: Smallest extent (metres) of a map drawn around its cases only (a single case still shows its surroundings).
MIN_EXTENT_M = 4000.0
#: Labels (the table's numbers) on the map: font size and the width of one digit, in pixels (bold DejaVu Sans)
LABEL_FONT_PX = 9.0
LABEL_DIGIT_PX = 6.3
#: Where a label may sit around its dot (offsets of its box's lower-left corner, in pixels), the first preferred
_LABEL_SPOTS = ((4, -3), (-4, -3), (4, 12), (-4, 12), (6, 4), (-6, 4), (-0.5, -5), (-0.5, 14))


def _ranks(cases: pd.DataFrame) -> np.ndarray:
    if "priorite_rang" not in cases.columns:
        return np.full(len(cases), MISSING_RANK)
    return pd.to_numeric(cases["priorite_rang"], errors="coerce").fillna(MISSING_RANK).astype(int).to_numpy()


def cases_map_svg(cases: pd.DataFrame, ref, width=760, height=460, numbers=None, around_cases=False) -> str:
    """The map of ``cases`` (column ``geom_wkb``); ``numbers`` ({row label: n°}) puts the table's number next to
    those cases' dots; ``around_cases`` frames the cases themselves instead of the whole Bien."""
    all_geoms = (
        geometries_from_wkb(cases["geom_wkb"].to_numpy(dtype=object))
        if "geom_wkb" in cases.columns
        else np.array([], dtype=object)
    )
    located = ~pd.isna(all_geoms) if len(all_geoms) else np.zeros(0, dtype=bool)
    geoms = all_geoms[located] if len(all_geoms) else all_geoms
    ranks = _ranks(cases)[located] if len(geoms) else np.array([], dtype=int)
    if around_cases and len(geoms):
        xmin, ymin, xmax, ymax = shapely.total_bounds(geoms)
        cx, cy = (xmin + xmax) / 2, (ymin + ymax) / 2
        aspect = width / height  # the extent takes the frame's shape: the cases spread over the whole map
        half_x = max(xmax - xmin, (ymax - ymin) * aspect, MIN_EXTENT_M) / 2
        half_y = half_x / aspect
        xmin, xmax, ymin, ymax = cx - half_x, cx + half_x, cy - half_y, cy + half_y
    else:
        xmin, ymin, xmax, ymax = shapely.total_bounds(
            np.concatenate([geoms, ref.components.geometries]) if len(geoms) else ref.components.geometries
        )
    pad = 0.04 * max(xmax - xmin, ymax - ymin)
    xmin, ymin, xmax, ymax = xmin - pad, ymin - pad, xmax + pad, ymax + pad
    scale = min(width / (xmax - xmin), height / (ymax - ymin))
    frame = shapely.box(xmin, ymin, xmax, ymax)

    def path(g):
        g = shapely.simplify(shapely.clip_by_rect(g, xmin, ymin, xmax, ymax), 1.5 / scale)
        parts = []
        for poly in getattr(g, "geoms", [g]):
            for ring in [poly.exterior, *poly.interiors] if hasattr(poly, "exterior") else []:
                xy = shapely.get_coordinates(ring)  # always 2D (QGIS's GEOS may hand back XYZ in the desktop)
                if len(xy):
                    pts = " ".join(f"{(x - xmin) * scale:.1f},{(ymax - y) * scale:.1f}" for x, y in xy)
                    parts.append(f"M{pts}Z")
        return " ".join(parts)

    def shapes(geometries, style):
        seen = geometries[shapely.intersects(geometries, frame)]
        return "".join(f"<path d='{path(g)}' {style}/>" for g in seen)

    zt = shapes(ref.buffer_zone.geometries, "fill='#aed6f1' fill-opacity='0.5' stroke='#2471a3' stroke-width='0.4'")
    bien = shapes(ref.components.geometries, "fill='#f7dc6f' stroke='#b7950b' stroke-width='0.5'")
    dots = _dots(geoms, ranks, xmin, ymax, scale)
    left_out: list = []
    bar_m = 1000 if (xmax - xmin) < 20_000 else 10_000
    bar = bar_m * scale
    furniture = [(6, height - 28, 14 + max(bar, 30), height - 8), (width - 24, 6, width, 36)]  # scale bar, north
    if numbers:
        labels_at = cases.index[located] if len(all_geoms) else cases.index[:0]
        labelled = sorted(
            ((numbers[k], g) for k, g in zip(labels_at, geoms) if k in numbers), key=lambda t: _order_key(t[0])
        )
        if labelled:
            pts = shapely.get_coordinates(shapely.point_on_surface(np.array([g for _n, g in labelled], dtype=object)))
            anchors = [((x - xmin) * scale, (ymax - y) * scale) for x, y in pts]
            placed = place_labels(anchors, [str(n) for n, _g in labelled], width, height, furniture)
            dots += [
                f"<text x='{box[0]:.1f}' y='{box[3] - 1.5:.1f}' font-size='{LABEL_FONT_PX:g}' "
                f"font-weight='bold' fill='#1b2631'>"
                f"{_e(text)}</text>"
                for text, box in placed
            ]
            shown = {text for text, _box in placed}
            left_out = [str(n) for n, _g in labelled if str(n) not in shown]
    step = (width - 70) / len(PRIORITY_COLOURS)
    legend = f"<text x='4' y='{height + 18}' font-size='10' font-weight='bold'>{_e(tr('Priorité'))}</text>" + "".join(
        f"<circle cx='{70 + step * k:.0f}' cy='{height + 14}' r='4' fill='{c}'/><text x='{78 + step * k:.0f}' "
        f"y='{height + 18}' font-size='10'>{_e(priority_label(r))}</text>"
        for k, (r, c) in enumerate(PRIORITY_COLOURS.items())
    )
    total = height + 28
    if left_out:  # said under the legend: those cases are in the table, their dot too close to others' labels
        note = tr("Numéros non écrits sur la carte (points trop proches) : {n}").format(n=", ".join(left_out[:40]))
        legend += (
            f"<text x='4' y='{height + 40}' font-size='10'>{_e(note + (' …' if len(left_out) > 40 else ''))}</text>"
        )
        total += 16
    return (
        f"<svg xmlns='http://www.w3.org/2000/svg' width='{width}' height='{total}' viewBox='0 0 {width} "
        f"{total}' style='max-width:100%;height:auto' role='img' aria-label='{_e(tr('Carte des dossiers'))}'>"
        f"<rect width='{width}' height='{height}' fill='#fbfcfc' stroke='#d5d8dc'/>{zt}{bien}{''.join(dots)}"
        f"<line x1='10' y1='{height - 12}' x2='{10 + bar:.1f}' y2='{height - 12}' stroke='black' "
        f"stroke-width='2'/><text x='10' y='{height - 16}' font-size='10'>{bar_m // 1000} km</text>"
        f"<text x='{width - 18}' y='20' font-size='13' font-weight='bold'>N</text><path d='M{width - 14},24 l-4,10 "
        f"l8,0 z' fill='black'/>{legend}</svg>"
    )


def _order_key(n):
    return (0, n, "") if isinstance(n, (int, np.integer)) else (1, 0, str(n))


def label_box(anchor, text: str, spot) -> tuple:
    """The box (x0, y0, x1, y1 in SVG pixels, y downwards) of ``text`` set at ``spot`` around ``anchor``: a spot
    with a negative x offset puts the label to the left of the dot."""
    w = LABEL_DIGIT_PX * len(text) + 1
    dx, dy = spot
    x0 = anchor[0] + dx if dx >= 0 else anchor[0] + dx - w
    if dx == -0.5:  # centred above or below the dot
        x0 = anchor[0] - w / 2
    y1 = anchor[1] + dy
    return (x0, y1 - LABEL_FONT_PX, x0 + w, y1)


def _overlap(a, b) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def place_labels(anchors, texts, width: float, height: float, obstacles=()) -> list:
    """Where the labels go on the map, without two of them colliding: [(text, box)…] for the labels placed.

    ``anchors`` (the dots, SVG pixels) and ``texts`` come in priority order (the table's order: the most urgent
    first), so the most urgent cases keep their label. Each label tries the spots of :data:`_LABEL_SPOTS` around its
    dot, first one that neither covers a label already placed nor another labelled dot, then one that only covers a
    dot; a label that fits nowhere inside the map is left out (its case stays in the table). ``obstacles``: boxes
    no label may cover (the scale bar, the north arrow)."""
    labels, dots = _BoxIndex(), _BoxIndex()  # boxes by grid cell: a sweep's 2,000 labels stay quick to place
    for box in obstacles:
        labels.add(box, -1)
    for j, (x, y) in enumerate(anchors):
        dots.add((x - 3.2, y - 3.2, x + 3.2, y + 3.2), j)
    placed = []
    for k, (anchor, text) in enumerate(zip(anchors, texts)):
        candidates = [label_box(anchor, text, spot) for spot in _LABEL_SPOTS]
        inside = [b for b in candidates if b[0] >= 1 and b[1] >= 1 and b[2] <= width - 1 and b[3] <= height - 1]
        free = [b for b in inside if not labels.hits(b)]
        clear = [b for b in free if not dots.hits(b, but=k)]
        chosen = (clear or free or [None])[0]
        if chosen is not None:
            labels.add(chosen, k)
            placed.append((text, chosen))
    return placed


class _BoxIndex:
    """Boxes filed by the cells of a grid they touch, to find quickly those a new box would overlap."""

    CELL = 24.0

    def __init__(self):
        self.cells: dict = {}

    def _keys(self, box):
        c = self.CELL
        for i in range(int(box[0] // c), int(box[2] // c) + 1):
            for j in range(int(box[1] // c), int(box[3] // c) + 1):
                yield (i, j)

    def add(self, box, owner) -> None:
        """File ``box`` (x0, y0, x1, y1), owned by ``owner`` (a label's or a dot's index)."""
        for key in self._keys(box):
            self.cells.setdefault(key, []).append((box, owner))

    def hits(self, box, but=None) -> bool:
        """Whether ``box`` overlaps a filed box (other than those owned by ``but``)."""
        return any(
            owner != but and _overlap(box, other) for key in self._keys(box) for other, owner in self.cells.get(key, ())
        )


def _dots(geoms: np.ndarray, ranks: np.ndarray, xmin: float, ymax: float, scale: float) -> list:
    if not len(geoms):
        return []
    pts = shapely.get_coordinates(shapely.point_on_surface(geoms))
    cx, cy = (pts[:, 0] - xmin) * scale, (ymax - pts[:, 1]) * scale
    cells = pd.DataFrame(
        {
            "i": np.round(cx / DOT_CELL_PX).astype(np.int64),
            "j": np.round(cy / DOT_CELL_PX).astype(np.int64),
            "r": ranks,
            "cx": cx,
            "cy": cy,
        }
    )
    top = (
        cells.sort_values("r", kind="stable")
        .drop_duplicates(["i", "j"])
        .sort_values("r", ascending=False, kind="stable")
    )  # the most urgent dots drawn last (on top)
    return [
        f"<circle cx='{x:.1f}' cy='{y:.1f}' r='3.2' fill='{PRIORITY_COLOURS.get(r, '#bdc3c7')}' stroke='white' "
        "stroke-width='0.6'/>"
        for x, y, r in zip(top["cx"], top["cy"], top["r"])
    ]

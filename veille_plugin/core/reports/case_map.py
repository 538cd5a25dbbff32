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
from ..vocabulary import PRIORITY_COLOURS
from .html import escape as _e

#: Dots closer than this (pixels) are drawn once, in the colour of the most urgent case among them: a sweep of a
#: million cases gives a map of a few thousand dots, not a million (the report stays light).
DOT_CELL_PX = 3.0
#: Smallest extent (metres) of a map drawn around its cases only (a single case still shows its surroundings).
MIN_EXTENT_M = 4000.0


def _ranks(cases: pd.DataFrame) -> np.ndarray:
    if "priorite_rang" not in cases.columns:
        return np.full(len(cases), MISSING_RANK)
    return pd.to_numeric(cases["priorite_rang"], errors="coerce").fillna(MISSING_RANK).astype(int).to_numpy()


def cases_map_svg(cases: pd.DataFrame, ref, width=760, height=460, numbers=None, around_cases=False) -> str:
    """The map of ``cases`` (column ``geom_wkb``); ``numbers`` ({row label: n°}) puts the table's number next to
    those cases' dots; ``around_cases`` frames the cases themselves instead of the whole Bien."""
    all_geoms = (
        shapely.from_wkb(cases["geom_wkb"].to_numpy(dtype=object))
        if "geom_wkb" in cases.columns
        else np.array([], dtype=object)
    )
    located = ~pd.isna(all_geoms) if len(all_geoms) else np.zeros(0, dtype=bool)
    geoms = all_geoms[located] if len(all_geoms) else all_geoms
    ranks = _ranks(cases)[located] if len(geoms) else np.array([], dtype=int)
    if around_cases and len(geoms):
        xmin, ymin, xmax, ymax = shapely.total_bounds(geoms)
        cx, cy = (xmin + xmax) / 2, (ymin + ymax) / 2
        half = max(xmax - xmin, ymax - ymin, MIN_EXTENT_M) / 2
        xmin, xmax, ymin, ymax = cx - half, cx + half, cy - half, cy + half
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
    if numbers:
        labels_at = cases.index[located] if len(all_geoms) else cases.index[:0]
        labelled = [(numbers[k], g) for k, g in zip(labels_at, geoms) if k in numbers]
        if labelled:
            pts = shapely.get_coordinates(shapely.point_on_surface(np.array([g for _n, g in labelled], dtype=object)))
            dots += [
                f"<text x='{(x - xmin) * scale + 4:.1f}' y='{(ymax - y) * scale - 3:.1f}' font-size='9' "
                f"font-weight='bold' fill='#1b2631'>{n}</text>"
                for (n, _g), (x, y) in zip(labelled, pts)
            ]
    bar_m = 1000 if (xmax - xmin) < 20_000 else 10_000
    bar = bar_m * scale
    step = (width - 70) / len(PRIORITY_COLOURS)
    legend = f"<text x='4' y='{height + 18}' font-size='10' font-weight='bold'>{_e(tr('Priorité'))}</text>" + "".join(
        f"<circle cx='{70 + step * k:.0f}' cy='{height + 14}' r='4' fill='{c}'/><text x='{78 + step * k:.0f}' "
        f"y='{height + 18}' font-size='10'>{_e(priority_label(r))}</text>"
        for k, (r, c) in enumerate(PRIORITY_COLOURS.items())
    )
    return (
        f"<svg xmlns='http://www.w3.org/2000/svg' width='{width}' height='{height + 28}' viewBox='0 0 {width} "
        f"{height + 28}' role='img' aria-label='{_e(tr('Carte des dossiers'))}'>"
        f"<rect width='{width}' height='{height}' fill='#fbfcfc' stroke='#d5d8dc'/>{zt}{bien}{''.join(dots)}"
        f"<line x1='10' y1='{height - 12}' x2='{10 + bar:.1f}' y2='{height - 12}' stroke='black' "
        f"stroke-width='2'/><text x='10' y='{height - 16}' font-size='10'>{bar_m // 1000} km</text>"
        f"<text x='{width - 18}' y='20' font-size='13' font-weight='bold'>N</text><path d='M{width - 14},24 l-4,10 "
        f"l8,0 z' fill='black'/>{legend}</svg>"
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

"""The screening note («fiche d'analyse») of one case: a self-contained, printable French HTML page.

Everything the instructor needs to attach to an avis: the case, a map extract (inline SVG drawn
from the reference geometries in EPSG:2154), where it lies, the elements and protections concerned,
the verdicts of the management-plan rules with their reasons and recommendations, the
consultations, and the sources (legal basis of each rule, catalogue and data versions, licence).

No Qt here: the PDF is made by :mod:`veille_plugin.qgis_adapters.note_pdf`, which renders the
inline SVG to an image (``QTextDocument`` cannot draw SVG). ``map_mode="img"`` puts an
``<img src="…">`` in place of the SVG for renderers that need it.

Every text that comes from data (case ids, works, element names, catalogue texts) is escaped.
No UNESCO emblem or logo is ever drawn: its use is restricted.
"""

import math
import re
import unicodedata
from pathlib import Path
from typing import Iterable, Optional

import numpy as np
import shapely

from ..i18n import QT_TRANSLATE_NOOP, tr
from ..reports.html import escape as esc
from ..reports.html import french_date, french_number  # noqa: F401 (re-exported)
from .foundations import foundation_reference, foundation_text
from ..styles import ABORDS_STYLE, BUFFER_STYLE, COMPONENT_STYLE, ELEMENT_COLOURS
from ..vocabulary import (
    VERDICTS_FIRING,
    SEVERITY_BLOCKING,
    SEVERITY_CHECK,
    SEVERITY_INFO,
    SEVERITY_MAJOR,
    SEVERITY_NONE,
    VERDICT_CHECK,
    VERDICT_FAIL,
    VERDICT_MISSING,
    VERDICT_NA,
    VERDICT_OK,
    display,
)

DEFAULT_TITLE = QT_TRANSLATE_NOOP("VeillePatrimoniale", "Fiche d'analyse – Veille patrimoniale")
MAP_RESOURCE = "veille-carte.png"  # image name used when map_mode="img"
MAP_WIDTH, MAP_HEIGHT = 960, 600  # SVG size in px (map frame + legend panel)
_LEGEND_W = 280
MIN_MAP_WIDTH_M = 600.0
FICHE_MAP_HEIGHT = 380  # the fiche's map: lower than the default, so that a usual case fits two pages with its priority
_MAP_ASPECT = (MAP_WIDTH - _LEGEND_W - 12) / (FICHE_MAP_HEIGHT - 2)  # width / height of the fiche's map frame
#: Verdicts the fiche details (the others are named in a line each)
FIRING = VERDICTS_FIRING
#: Elements listed in the fiche's table; the farther ones are named in one line
MAX_ELEMENT_ROWS = 5
#: The map shows the elements a rule names (R09's terrils within 2 km) up to this distance of the case
NAMED_REACH_M = 2500.0
_NAMED_ID = re.compile(r"\b([0-9]{1,3}[A-Z]{0,3})\s+«")
CASE_COLOUR = "#c2185b"
_FONT = "DejaVu Sans, Arial, Helvetica, sans-serif"
_VERDICT_CLASS = {
    VERDICT_FAIL: "v-fail",
    VERDICT_CHECK: "v-check",
    VERDICT_MISSING: "v-missing",
    VERDICT_OK: "v-ok",
    VERDICT_NA: "v-na",
}
_SEVERITY_CLASS = {
    SEVERITY_BLOCKING: "s-bloquant",
    SEVERITY_MAJOR: "s-majeur",
    SEVERITY_CHECK: "s-verifier",
    SEVERITY_INFO: "s-info",
    SEVERITY_NONE: "s-aucune",
}


# ----------------------------------------------------------------------------- map (SVG)


class _Frame:
    """World (EPSG:2154) → SVG pixels for the map frame at (x0, y0) of size w × h."""

    def __init__(self, extent, x0, y0, w, h):
        self.minx, self.miny, self.maxx, self.maxy = extent
        self.x0, self.y0, self.w, self.h = x0, y0, w, h
        self.scale = min(w / (self.maxx - self.minx), h / (self.maxy - self.miny))

    def xy(self, coords: np.ndarray) -> np.ndarray:
        """Map coordinates (EPSG:2154) → SVG coordinates of the frame."""
        out = np.empty_like(coords, dtype=float)
        out[:, 0] = self.x0 + (coords[:, 0] - self.minx) * self.scale
        out[:, 1] = self.y0 + (self.maxy - coords[:, 1]) * self.scale
        return out

    def box(self):
        """The frame's extent as a shapely box."""
        return shapely.box(self.minx, self.miny, self.maxx, self.maxy)


#: Where a label the verdicts name is tried, in pixels from its element (on it first, then around it)
LABEL_OFFSETS = (
    (0, 0),
    (0, -24),
    (0, 26),
    (-44, 0),
    (44, 0),
    (-44, -24),
    (44, -24),
    (-44, 26),
    (44, 26),
    (0, -48),
    (0, 50),
    (-80, 0),
    (80, 0),
)


def _ring_d(frame: _Frame, coords, close: bool) -> str:
    pts = frame.xy(np.asarray(coords)[:, :2])
    if len(pts) == 0:
        return ""
    body = " L".join(f"{x:.1f},{y:.1f}" for x, y in pts)
    return "M" + body + (" Z" if close else "")


def _path_d(frame: _Frame, geom) -> str:
    """SVG path data for any (multi)polygon / (multi)line geometry; points are ignored."""
    parts = []
    for g in shapely.get_parts(geom):
        t = g.geom_type
        if t == "Polygon":
            parts.append(_ring_d(frame, shapely.get_coordinates(g.exterior), True))
            parts += [_ring_d(frame, shapely.get_coordinates(r), True) for r in g.interiors]
        elif t in ("LineString", "LinearRing"):
            parts.append(_ring_d(frame, shapely.get_coordinates(g), False))
        elif t == "GeometryCollection" or t.startswith("Multi"):
            parts.append(_path_d(frame, g))
    return " ".join(p for p in parts if p)


def _clip(geom, frame: _Frame, pad: float = 0.0):
    if geom is None or shapely.is_empty(geom):
        return None
    c = shapely.clip_by_rect(geom, frame.minx - pad, frame.miny - pad, frame.maxx + pad, frame.maxy + pad)
    return None if c is None or shapely.is_empty(c) else c


def _polygonal(geom):
    parts = [g for g in shapely.get_parts(geom) if g.geom_type in ("Polygon", "MultiPolygon")]
    return shapely.union_all(parts) if parts else None


def _polygon_svg(frame: _Frame, geom, fill, stroke, fill_opacity=1.0, stroke_width=1.0, dash=None) -> str:
    """A polygon clipped to the frame: fill from the clipped area, outline from its real boundary only."""
    out = []
    area = _clip(geom, frame, pad=2.0 / frame.scale)
    if area is None:
        return ""
    if fill != "none":
        d = _path_d(frame, _polygonal(area) or area)
        if d:
            out.append(
                f'<path d="{d}" fill="{fill}" fill-opacity="{fill_opacity:.2f}" fill-rule="evenodd" stroke="none"/>'
            )
    line = _clip(
        shapely.boundary(geom) if geom.geom_type in ("Polygon", "MultiPolygon") else geom, frame, pad=2.0 / frame.scale
    )
    if line is not None and stroke != "none":
        d = _path_d(frame, line)
        dash_attr = f' stroke-dasharray="{dash}"' if dash else ""
        if d:
            out.append(
                f'<path d="{d}" fill="none" stroke="{stroke}" stroke-width="{stroke_width}"{dash_attr} '
                'stroke-linejoin="round"/>'
            )
    return "".join(out)


def _nice_length(max_m: float) -> float:
    """Largest 1-2-2.5-5 × 10^k length not above ``max_m``."""
    k = 10 ** math.floor(math.log10(max_m))
    for m in (5, 2.5, 2, 1):
        if m * k <= max_m:
            return m * k
    return k


def _round_width(m: float) -> float:
    return round(m / 100) * 100 if m >= 1000 else round(m / 10) * 10


def _fmt_length(m: float) -> str:
    if m >= 1000:
        km = m / 1000
        return f"{km:.2f}".rstrip("0").rstrip(".").replace(".", ",") + " km"
    return f"{m:.0f} m"


def map_extent(
    geometry,
    ref,
    distance: float = 500.0,
    min_width: float = MIN_MAP_WIDTH_M,
    aspect: float = 1.0,
    margin: float = 0.08,
):
    """Extent (minx, miny, maxx, maxy) showing the case and the elements near it, ≥ ``min_width`` wide.

    Elements count only by their part within ``distance`` of the case (a cavalier 10 km long
    must not zoom the map out); with no element that close, the nearest one within 2 km is
    brought into view.
    """
    bx = shapely.bounds(geometry)
    reach = max(float(distance or 0), 50.0)
    window = shapely.box(bx[0] - reach, bx[1] - reach, bx[2] + reach, bx[3] + reach)
    els = ref.elements.geometries
    idx = ref.elements.tree.query(shapely.buffer(geometry, reach) if reach else geometry, predicate="intersects")
    if len(idx) == 0:
        far = ref.elements.tree.query_nearest(geometry, max_distance=2000.0, return_distance=True)
        if len(far[0]):
            d = float(far[1][0])
            reach = d + 60.0
            window = shapely.box(bx[0] - reach, bx[1] - reach, bx[2] + reach, bx[3] + reach)
            idx = far[0]
    boxes = [bx]
    for j in idx:
        part = shapely.clip_by_rect(els[j], *shapely.bounds(window))
        if part is not None and not shapely.is_empty(part):
            boxes.append(shapely.bounds(part))
    b = np.array(boxes)
    minx, miny = b[:, 0].min(), b[:, 1].min()
    maxx, maxy = b[:, 2].max(), b[:, 3].max()
    # centred on the case, so that it sits in the middle of the extract
    cx, cy = (bx[0] + bx[2]) / 2, (bx[1] + bx[3]) / 2
    w = 2 * max(cx - minx, maxx - cx)
    h = 2 * max(cy - miny, maxy - cy)
    w, h = w * (1 + 2 * margin), h * (1 + 2 * margin)
    w = max(w, min_width, h * aspect)
    h = max(h, w / aspect)
    w = h * aspect
    return (cx - w / 2, cy - h / 2, cx + w / 2, cy + h / 2)


def _legend_svg(x0: float, y0: float, ref_categories: Iterable[str], distance: float, case_kind: str = "point"):
    out = [f'<text x="{x0}" y="{y0 + 16}" font-size="17" font-weight="bold" fill="#222">{esc(tr("Légende"))}</text>']
    y = y0 + 34
    row = 26

    def item(swatch, label):
        nonlocal y
        out.append(swatch.format(x=x0, y=y, xm=x0 + 14, ym=y + 8, x2=x0 + 28))
        out.append(f'<text x="{x0 + 38}" y="{y + 13}" font-size="13.5" fill="#222">{esc(label)}</text>')
        y += row

    if case_kind == "line":
        swatch = '<line x1="{x}" y1="{ym}" x2="{x2}" y2="{ym}" stroke="' + CASE_COLOUR + '" stroke-width="3.5"/>'
    elif case_kind == "polygon":
        swatch = (
            '<rect x="{x}" y="{y}" width="28" height="16" fill="'
            + CASE_COLOUR
            + '" fill-opacity="0.22" stroke="'
            + CASE_COLOUR
            + '" stroke-width="3"/>'
        )
    else:
        swatch = (
            '<circle cx="{xm}" cy="{ym}" r="6" fill="'
            + CASE_COLOUR
            + '" fill-opacity="0.35" stroke="'
            + CASE_COLOUR
            + '" stroke-width="3"/>'
        )
    item(swatch, tr("Cas analysé"))
    if distance and distance > 0:
        item(
            '<line x1="{x}" y1="{ym}" x2="{x2}" y2="{ym}" stroke="#444" stroke-width="1.4" stroke-dasharray="2,3"/>',
            tr("Distance de recherche ({d})").format(d=_fmt_length(distance)),
        )
    fill, stroke, op = COMPONENT_STYLE
    item(
        f'<rect x="{{x}}" y="{{y}}" width="28" height="16" fill="{fill}" fill-opacity="{op}" stroke="{stroke}" '
        'stroke-width="1.6"/>',
        tr("Bien inscrit (composante)"),
    )
    fill, stroke, op = BUFFER_STYLE
    item(
        f'<rect x="{{x}}" y="{{y}}" width="28" height="16" fill="{fill}" fill-opacity="{op}" stroke="{stroke}" '
        'stroke-width="1.2"/>',
        tr("Zone tampon"),
    )
    out.append(
        f'<text x="{x0}" y="{y + 13}" font-size="14" font-style="italic" '
        f'fill="#222">{esc(tr("Éléments du Bien :"))}</text>'
    )
    y += row - 2
    for cat in ref_categories:
        fill, stroke = ELEMENT_COLOURS[cat]
        item(
            f'<rect x="{{x}}" y="{{y}}" width="28" height="16" fill="{fill}" fill-opacity="0.75" stroke="{stroke}" '
            'stroke-width="1"/>',
            cat,
        )
    _f, stroke, _o = ABORDS_STYLE
    item(
        f'<line x1="{{x}}" y1="{{ym}}" x2="{{x2}}" y2="{{ym}}" stroke="{stroke}" stroke-width="2" '
        'stroke-dasharray="7,4"/>',
        tr("Abords MH (500 m)"),
    )
    item('<line x1="{x}" y1="{ym}" x2="{x2}" y2="{ym}" stroke="#9a9a9a" stroke-width="1"/>', tr("Limite communale"))
    return "".join(out), y


def note_svg_map(
    ref,
    geometry,
    distance: float = 500.0,
    highlight: Iterable[str] = (),
    width: int = MAP_WIDTH,
    height: int = MAP_HEIGHT,
    extent=None,
) -> str:
    """Inline SVG map of a case geometry (EPSG:2154) over the reference layers, with legend, scale bar and north arrow.

    ``highlight``: element ids to label in bold (touched or near). The SVG is self-contained
    (no external image, font or script) and readable by browsers and by Qt's SVG renderer.
    """
    map_w, map_h = width - _LEGEND_W - 10, height
    x0, y0 = 1.0, 1.0
    map_w, map_h = map_w - 2, map_h - 2
    if extent is None:
        extent = map_extent(geometry, ref, distance, aspect=map_w / map_h)
    frame = _Frame(extent, x0, y0, map_w, map_h)
    win = frame.box()
    highlight = set(highlight or ())
    s = []
    # the world rectangle the frame shows (EPSG:2154) and the frame in SVG units: a PDF writer may draw a basemap
    # under the map there (qgis_adapters.note_pdf)
    world = (frame.minx, frame.maxy - map_h / frame.scale, frame.minx + map_w / frame.scale, frame.maxy)
    s.append(
        f'<svg xmlns="http://www.w3.org/2000/svg" version="1.1" class="carte" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" style="aspect-ratio: {width} / {height}" font-family="{_FONT}" role="img" '
        f'data-emprise="{" ".join(f"{v:.2f}" for v in world)}" data-cadre="{x0} {y0} {map_w} {map_h}" '
        f'aria-label="{esc(tr("Extrait de carte du cas analysé"))}">'
    )
    s.append(f'<title>{esc(tr("Extrait de carte – Lambert-93 (EPSG:2154)"))}</title>')
    s.append(f'<rect x="0" y="0" width="{width}" height="{height}" fill="#ffffff"/>')
    s.append(f'<defs><clipPath id="cadre"><rect x="{x0}" y="{y0}" width="{map_w}" height="{map_h}"/></clipPath></defs>')
    s.append(f'<rect x="{x0}" y="{y0}" width="{map_w}" height="{map_h}" fill="#fbfbf8"/>')
    s.append('<g clip-path="url(#cadre)">')

    def layer_in(layer):
        return layer.tree.query(win, predicate="intersects")

    # communes (thin grey) first, then zone tampon, components, elements, abords, case on top
    communes = ref.communes
    com_idx = layer_in(communes)
    for j in com_idx:
        s.append(_polygon_svg(frame, communes.geometries[j], "none", "#9a9a9a", stroke_width=0.9))
    fill, stroke, op = BUFFER_STYLE
    for j in layer_in(ref.buffer_zone):
        s.append(_polygon_svg(frame, ref.buffer_zone.geometries[j], fill, stroke, op, 1.2))
    fill, stroke, op = COMPONENT_STYLE
    for j in layer_in(ref.components):
        s.append(_polygon_svg(frame, ref.components.geometries[j], fill, stroke, op, 1.6))
    attrs = ref.elements.attributes
    el_idx = sorted(
        layer_in(ref.elements),
        key=lambda j: (
            list(ELEMENT_COLOURS).index(attrs["categorie"].iloc[j])
            if attrs["categorie"].iloc[j] in ELEMENT_COLOURS
            else 9,
            j,
        ),
    )
    for j in el_idx:
        fill, stroke = ELEMENT_COLOURS.get(attrs["categorie"].iloc[j], ("#95a5a6", "#566573"))
        g = ref.elements.geometries[j]
        if g.geom_type in ("LineString", "MultiLineString"):
            s.append(_polygon_svg(frame, g, "none", fill, stroke_width=3.0))
        else:
            s.append(
                _polygon_svg(
                    frame, g, fill, stroke, 0.75 if attrs["categorie"].iloc[j] != "cité minière" else 0.55, 1.0
                )
            )
    _f, ab_stroke, _o = ABORDS_STYLE
    ab_idx = layer_in(ref.mh_abords)
    for j in ab_idx:
        s.append(_polygon_svg(frame, ref.mh_abords.geometries[j], "none", ab_stroke, stroke_width=1.8, dash="7,4"))

    # case: search ring, then the geometry itself with a white halo
    if distance and distance > 0:
        ring = shapely.boundary(shapely.buffer(geometry, distance, quad_segs=32))
        s.append(_polygon_svg(frame, ring, "none", "#444444", stroke_width=1.4, dash="2,3"))
    s.append('<g class="cas">')
    for g in shapely.get_parts(geometry):
        if g.geom_type == "Point":
            ((px, py),) = frame.xy(np.array([[g.x, g.y]]))
            s.append(
                f'<circle cx="{px:.1f}" cy="{py:.1f}" r="9" fill="#ffffff" fill-opacity="0.7" stroke="#ffffff" '
                'stroke-width="6"/>'
            )
            s.append(
                f'<circle cx="{px:.1f}" cy="{py:.1f}" r="9" fill="{CASE_COLOUR}" fill-opacity="0.35" '
                f'stroke="{CASE_COLOUR}" stroke-width="3.5"/>'
            )
            s.append(f'<circle cx="{px:.1f}" cy="{py:.1f}" r="2" fill="{CASE_COLOUR}"/>')
        else:
            clipped = _clip(g, frame, pad=5.0 / frame.scale)
            if clipped is None:
                continue
            d = _path_d(frame, clipped)
            is_area = g.geom_type == "Polygon"
            # a large case (a PLU zone, a district) must not veil the map it covers
            opacity = 0.22 if shapely.area(clipped) * frame.scale**2 < 0.1 * map_w * map_h else 0.06
            fill_attr = (
                f'fill="{CASE_COLOUR}" fill-opacity="{opacity}" fill-rule="evenodd"' if is_area else 'fill="none"'
            )
            s.append(
                f'<path d="{d}" fill="none" stroke="#ffffff" stroke-width="7" stroke-linejoin="round" '
                'stroke-linecap="round"/>'
            )
            s.append(
                f'<path d="{d}" {fill_attr} stroke="{CASE_COLOUR}" stroke-width="3.5" stroke-linejoin="round" '
                'stroke-linecap="round"/>'
            )
    s.append("</g>")

    # labels: element ids (touched / near ones in bold), then commune names
    placed = []

    def label(x, y, text, size, weight="normal", colour="#111", style="normal", force=False) -> bool:
        """Write a label unless it would cover another or leave the map (``force``: only kept inside the map)."""
        w = (0.72 if text.isupper() else 0.62) * size * len(text)
        if force:  # slid inside the map
            x = min(max(x, x0 + 4 + w / 2), x0 + map_w - 4 - w / 2)
            y = min(max(y, y0 + 4 + size), y0 + map_h - 7)
        box = (x - w / 2, y - size, x + w / 2, y + 3)
        if not force and any(not (box[2] < b[0] or box[0] > b[2] or box[3] < b[1] or box[1] > b[3]) for b in placed):
            return False
        if box[0] < x0 + 2 or box[2] > x0 + map_w - 2 or box[1] < y0 + 2 or box[3] > y0 + map_h - 2:
            return False
        placed.append(box)
        t = esc(text)
        common = (
            f'x="{x:.1f}" y="{y:.1f}" font-size="{size}" font-weight="{weight}" font-style="{style}" '
            'text-anchor="middle"'
        )
        s.append(
            f'<text {common} fill="#ffffff" stroke="#ffffff" stroke-width="3.2" stroke-linejoin="round">{t}</text>'
        )
        s.append(f'<text {common} fill="{colour}">{t}</text>')
        return True

    def named_label(px, py, text, size) -> None:
        """A label the verdicts name is always written: on the element, else beside it with a leader line, else
        over what it would cover."""
        for dx, dy in LABEL_OFFSETS:
            if (dx, dy) != (0, 0):
                s.append(f'<g class="renvoi" data-element="{esc(text)}">')
                mark = len(s)
            if label(px + dx, py + 5 + dy, text, size, "bold"):
                if (dx, dy) != (0, 0):
                    s.insert(
                        mark,
                        f'<line x1="{px:.1f}" y1="{py:.1f}" x2="{px + dx * 0.8:.1f}" y2="{py + dy * 0.8:.1f}" '
                        'stroke="#111" stroke-width="1"/>',
                    )
                    s.append("</g>")
                return
            if (dx, dy) != (0, 0):
                s.pop()  # the empty group
        label(px, py + 5, text, size, "bold", force=True)

    # the case, the scale bar and the north arrow never hide under a label
    placed.append((x0, y0 + map_h - 50, x0 + 14 + map_w * 0.28 + 70, y0 + map_h))
    placed.append((x0 + map_w - 50, y0, x0 + map_w, y0 + 70))
    for g in shapely.get_parts(geometry):
        cb = shapely.bounds(_clip(g, frame, 0) or g)
        (ax, ay), (bx_, by_) = frame.xy(np.array([[cb[0], cb[1]], [cb[2], cb[3]]]))
        if abs(bx_ - ax) < 60 and abs(by_ - ay) < 60:  # a large case may hold labels: only small ones are kept clear
            placed.append((min(ax, bx_) - 11, min(ay, by_) - 11, max(ax, bx_) + 11, max(ay, by_) + 11))
    order = sorted(el_idx, key=lambda j: (attrs["identifiant"].iloc[j] not in highlight, j))
    for j in order:
        part = _clip(ref.elements.geometries[j], frame, 0)
        if part is None:
            continue
        p = shapely.point_on_surface(part)
        ((lx, ly),) = frame.xy(np.array([[p.x, p.y]]))
        ident = str(attrs["identifiant"].iloc[j])
        if ident in highlight:
            named_label(lx, ly, ident, 15)
        else:
            label(lx, ly + 5, ident, 12.5)
    names = communes.attributes["nom"]
    for j in com_idx:
        part = _clip(communes.geometries[j], frame, 0)
        if part is None or shapely.area(part) < 0.08 * (map_w * map_h) / frame.scale**2:
            continue
        p = shapely.point_on_surface(part)
        ((lx, ly),) = frame.xy(np.array([[p.x, p.y]]))
        label(lx, ly, str(names.iloc[j]).upper(), 11.5, colour="#6b6b6b", style="italic")
    s.append("</g>")
    # scale bar (bottom left) and north arrow (top right): Lambert-93 grid north, ≈ true north here
    bar_m = _nice_length((map_w * 0.28) / frame.scale)
    bar_px = bar_m * frame.scale
    bx0, by0 = x0 + 16, y0 + map_h - 22
    s.append(f'<g class="echelle" data-longueur-m="{bar_m:g}">')
    s.append(
        f'<rect x="{bx0 - 10}" y="{by0 - 24}" width="{bar_px + 70}" height="40" fill="#ffffff" fill-opacity="0.85" '
        'stroke="#999" stroke-width="0.6"/>'
    )
    half = bar_px / 2
    s.append(
        f'<rect x="{bx0:.1f}" y="{by0:.1f}" width="{half:.1f}" height="7" fill="#222" stroke="#222" stroke-width="1"/>'
    )
    s.append(
        f'<rect x="{bx0 + half:.1f}" y="{by0:.1f}" width="{half:.1f}" height="7" fill="#ffffff" stroke="#222" '
        'stroke-width="1"/>'
    )
    s.append(f'<text x="{bx0:.1f}" y="{by0 - 5:.1f}" font-size="13" text-anchor="middle" fill="#222">0</text>')
    s.append(
        f'<text x="{bx0 + half:.1f}" y="{by0 - 5:.1f}" font-size="13" text-anchor="middle" '
        f'fill="#222">{_fmt_length(bar_m / 2)}</text>'
    )
    s.append(
        f'<text x="{bx0 + bar_px:.1f}" y="{by0 - 5:.1f}" font-size="13" text-anchor="middle" '
        f'fill="#222">{_fmt_length(bar_m)}</text>'
    )
    s.append("</g>")
    nx, ny = x0 + map_w - 30, y0 + 14
    s.append('<g class="fleche-nord">')
    s.append(
        f'<rect x="{nx - 17}" y="{ny - 6}" width="34" height="54" fill="#ffffff" fill-opacity="0.85" stroke="#999" '
        'stroke-width="0.6"/>'
    )
    s.append(f'<path d="M{nx},{ny} L{nx + 10},{ny + 30} L{nx},{ny + 24} Z" fill="#222"/>')
    s.append(
        f'<path d="M{nx},{ny} L{nx - 10},{ny + 30} L{nx},{ny + 24} Z" fill="#ffffff" stroke="#222" stroke-width="1"/>'
    )
    s.append(
        f'<text x="{nx}" y="{ny + 44}" font-size="13" font-weight="bold" text-anchor="middle" fill="#222">N</text>'
    )
    s.append("</g>")

    s.append(f'<rect x="{x0}" y="{y0}" width="{map_w}" height="{map_h}" fill="none" stroke="#555" stroke-width="1.2"/>')

    # legend panel (right)
    lx0 = width - _LEGEND_W + 4
    cats = list(ELEMENT_COLOURS)
    dim = int(shapely.get_dimensions(geometry))
    legend, _ = _legend_svg(lx0, 4, cats, distance, {0: "point", 1: "line"}.get(dim, "polygon"))
    s.append(legend)
    foot = [
        tr("Lambert-93 (EPSG:2154)"),
        tr("Largeur : {w}").format(w=_fmt_length(_round_width(frame.maxx - frame.minx))),
        tr("Données simplifiées (~10 m)"),
    ]
    fy = height - 10 - 19 * (len(foot) - 1)
    for k, text in enumerate(foot):
        s.append(f'<text x="{lx0}" y="{fy + 19 * k}" font-size="13" fill="#555">{esc(text)}</text>')
    s.append("</svg>")
    return "".join(s)


# ----------------------------------------------------------------------------- covisibility profile (SVG)

PROFILE_WIDTH, PROFILE_HEIGHT = 640, 170
#: Profiles drawn at most in a fiche (the others are in its table)
MAX_PROFILES = 2


def profile_svg(sight, observer_label: str, width: int = PROFILE_WIDTH, height: int = PROFILE_HEIGHT) -> str:
    """A small drawing of a sight line over the relief (:class:`..screening.covisibility.SightLine`): the terrain, the
    sight line from the element (left) to the top of the project (right), the point that masks most; altitudes are
    exaggerated to fit. Empty when the profile is unknown."""
    d, z, line = sight.distances, sight.terrain, sight.sight
    if not len(d) or not len(line) or not np.isfinite(z).any():
        return ""
    left, right, top, bottom = 52.0, 16.0, 22.0, 26.0
    zs = np.concatenate([z[np.isfinite(z)], line])
    zmin, zmax = float(zs.min()), float(zs.max())
    pad = max((zmax - zmin) * 0.08, 2.0)
    zmin, zmax = zmin - pad, zmax + pad
    length = max(float(d[-1]), 1.0)

    def px(x):
        return left + (np.asarray(x, float) / length) * (width - left - right)

    def py(v):
        return top + (zmax - np.asarray(v, float)) / (zmax - zmin) * (height - top - bottom)

    ok = np.isfinite(z)
    xs, ys = px(d[ok]), py(z[ok])
    ground = " L".join(f"{x:.1f},{y:.1f}" for x, y in zip(xs, ys))
    base = height - bottom
    s = [
        f'<svg xmlns="http://www.w3.org/2000/svg" version="1.1" class="profil" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" font-family="{_FONT}">',
        f'<rect x="0" y="0" width="{width}" height="{height}" fill="white"/>',
        f'<path d="M{xs[0]:.1f},{base:.1f} L{ground} L{xs[-1]:.1f},{base:.1f} Z" fill="#e8dcc4" stroke="none"/>',
        f'<path d="M{ground}" fill="none" stroke="#7a5c3a" stroke-width="1.4"/>',
    ]
    colour = "#1e8449" if sight.status == "visible" else "#b03a2e"
    sight_pts = " L".join(f"{x:.1f},{y:.1f}" for x, y in zip(px(d), py(line)))
    s.append(f'<path d="M{sight_pts}" fill="none" stroke="{colour}" stroke-width="1.6" stroke-dasharray="6,3"/>')
    x0, y0 = px(0.0), py(line[0])
    x1, y1 = px(length), py(line[-1])
    s.append(f'<circle cx="{x0:.1f}" cy="{y0:.1f}" r="3.5" fill="#1f2d3d"/>')
    s.append(
        f'<line x1="{x1:.1f}" y1="{py(line[-1] - sight.target_height_m):.1f}" x2="{x1:.1f}" y2="{y1:.1f}" '
        f'stroke="{CASE_COLOUR}" stroke-width="2.2"/>'
    )
    s.append(f'<circle cx="{x1:.1f}" cy="{y1:.1f}" r="3.5" fill="{CASE_COLOUR}"/>')
    if sight.obstacle >= 0:
        k = sight.obstacle
        s.append(
            f'<circle cx="{px(d[k]):.1f}" cy="{py(z[k]):.1f}" r="5" fill="none" stroke="#b03a2e" stroke-width="2"/>'
        )
        s.append(
            f'<text x="{px(d[k]):.1f}" y="{max(py(z[k]) - 8, 12):.1f}" font-size="11" text-anchor="middle" '
            f'fill="#b03a2e">{esc(tr("obstacle : +{m} m").format(m=french_number(sight.obstacle_excess_m)))}</text>'
        )
    s.append(
        f'<text x="{x0 + 6:.1f}" y="{max(y0 - 7, 12):.1f}" font-size="11" fill="#1f2d3d">{esc(observer_label)}</text>'
    )
    s.append(
        f'<text x="{x1 - 4:.1f}" y="{max(y1 - 7, 12):.1f}" font-size="11" text-anchor="end" fill="{CASE_COLOUR}">'
        f"{esc(tr('sommet du projet ({h} m)').format(h=french_number(sight.target_height_m)))}</text>"
    )
    s.append(f'<line x1="{left}" y1="{base}" x2="{width - right}" y2="{base}" stroke="#888" stroke-width="0.8"/>')
    s.append(f'<text x="{left}" y="{height - 8}" font-size="10" fill="#555">0</text>')
    s.append(
        f'<text x="{width - right}" y="{height - 8}" font-size="10" text-anchor="end" fill="#555">'
        f"{esc(french_number(length / 1000.0, 1))} km</text>"
    )
    for value in (zmin + pad, zmax - pad):
        s.append(
            f'<text x="{left - 4}" y="{py(value) + 4:.1f}" font-size="10" text-anchor="end" fill="#555">'
            f"{esc(french_number(value))} m</text>"
        )
    s.append("</svg>")
    return "".join(s)


def _covisibility_html(cs, i: int, rec: dict) -> str:
    """The covisibility over the relief of a case, when it was computed: a table of the sight lines, the assumptions
    and the drawing of the most telling ones (a view over the relief first, then a masked one)."""
    items = rec.get("covisibilite")
    cov = cs.context.covisibility
    if cov is None or (not items and i not in cov.no_height):
        return ""
    from ..screening.covisibility import EYE_LEVEL_M, MASKED, VISIBLE, caveat_text

    h = [f"<h2>{esc(tr('Covisibilité par-dessus le relief'))}</h2>\n"]
    if not items:
        h.append(f"<p>{esc(tr('Non calculée : hauteur du projet non renseignée.'))}</p>")
        return "".join(h)
    rows = [
        [
            f"<b>{esc(x['element'])}</b>",
            esc(x["nom"]),
            esc(", ".join(x["regles"])),
            ("num", _dist(x["longueur_m"]) if x["longueur_m"] is not None else "—"),
            esc(x["reponse"]),
        ]
        for x in items
    ]
    h.append(
        _table(
            [tr("Id."), tr("Élément du Bien"), tr("Règles"), tr("Distance"), tr("Réponse")],
            rows,
            "elements",
            widths=[7, 36, 10, 11, 36],
        )
    )
    assumptions = tr(
        "Profil du terrain de la Géoplateforme (RGE ALTI®, IGN) entre l’élément et le sommet du projet (sa hauteur "
        "au-dessus du sol), courbure terrestre et réfraction (k = 0,13) comprises ; observateur au sommet d’un terril, "
        "à {eye} m du sol ailleurs ; {caveat}. Un projet masqué par le relief peut rester visible d’ailleurs : "
        "les règles restent à vérifier."
    ).format(eye=french_number(EYE_LEVEL_M, 1), caveat=caveat_text())
    h.append(f'<p class="petit">{esc(assumptions)}</p>')
    pairs = cov.of_case(i)
    chosen = [p for p in pairs if p[1].status == VISIBLE][:1] + [p for p in pairs if p[1].status == MASKED][:1]
    a = cs.context.ref.elements.attributes
    for element, sight in chosen[:MAX_PROFILES]:
        label = f"{a['identifiant'].iloc[element]} « {a['nom'].iloc[element]} »"
        drawing = profile_svg(sight, label)
        if drawing:
            caption = tr("Profil depuis {e} : {a}").format(e=label, a=sight.answer())
            h.append(f'<div class="carte-bloc"><p class="carte">{drawing}</p>')
            h.append(f'<p class="legende-carte">{esc(caption)}</p></div>')
    return "".join(h)


# ----------------------------------------------------------------------------- HTML

_CSS = """
@page { size: A4; margin: 11mm 12mm 13mm 12mm; }
body { font-family: "DejaVu Sans", Arial, Helvetica, sans-serif; font-size: 9pt; color: #1d1d1d; margin: 0;
       line-height: 1.25; }
@media screen { body { max-width: 190mm; margin: 8mm auto; padding: 0 6mm; } }
h1 { font-size: 16pt; margin: 0 0 2pt 0; color: #1f2d3d; }
h2 { font-size: 11pt; margin: 9pt 0 3pt 0; padding-bottom: 2pt; border-bottom: 1.5pt solid #1f2d3d; color: #1f2d3d;
     page-break-after: avoid; }
h3 { font-size: 10pt; margin: 8pt 0 3pt 0; color: #333; page-break-after: avoid; }
p { margin: 3pt 0; }
h2.nouvelle-page { page-break-before: always; }
@media screen { h2.nouvelle-page { page-break-before: auto; } }
.sous-titre { color: #555; font-size: 9pt; margin-bottom: 6pt; }
table { border-collapse: collapse; width: 100%; margin: 3pt 0 6pt 0; }
th, td { border: 0.6pt solid #b8b8b8; padding: 2.5pt 4pt; vertical-align: top; text-align: left; }
th { background-color: #e9edf2; font-weight: bold; }
thead { display: table-header-group; }
tr { page-break-inside: avoid; }
table.cas th { width: 24%; background-color: #f3f5f8; }
table.synthese, table.avis { margin: 6pt 0; }
td.synthese { border: 1pt solid #1f2d3d; background-color: #f4f6f9; padding: 5pt 7pt; }
td.avis { border: 1pt solid #a04000; background-color: #fff6ec; padding: 4pt 7pt; }
td.avis-projet { border: 1pt dashed #1f2d3d; background-color: #fbfbf4; padding: 4pt 7pt; }
table.cas th { width: auto; }
table.elements td, table.elements th { font-size: 8.5pt; padding: 1.5pt 3pt; }
.carte-bloc { page-break-inside: avoid; margin: 4pt 0; }
p.carte { line-height: 100%; margin: 0; }
svg.carte { width: 100%; height: auto; border: 0; }
svg.profil { width: 100%; height: auto; border: 0; }
.legende-carte { font-size: 8pt; color: #555; }
.v-fail { background-color: #f5c6c2; font-weight: bold; }
.v-check { background-color: #fde3b5; font-weight: bold; }
.v-missing { background-color: #e4dcef; }
.v-ok { background-color: #d8efdc; }
.v-na { color: #777; }
.s-bloquant { color: #a01010; font-weight: bold; }
.s-majeur { color: #b35900; font-weight: bold; }
.s-verifier { color: #7a5c00; }
.s-info, .s-aucune { color: #333; }
.s-inactive { color: #777; }
.prio1 { color: #7b241c; font-weight: bold; }
.prio2 { color: #b35900; font-weight: bold; }
.prio3 { color: #7a5c00; }
.num { text-align: right; white-space: nowrap; }
table.verdicts td, table.verdicts th { font-size: 8.5pt; }
div.sources p, div.sources li { font-size: 7.5pt; }
.petit { font-size: 8.5pt; }
.pied { font-size: 8pt; color: #666; margin-top: 10pt; border-top: 0.6pt solid #bbb; padding-top: 3pt; }
ul { margin: 2pt 0 4pt 14pt; padding: 0; }
li { margin: 1pt 0; }
"""


def _table(headers, rows, cls="", col_classes=None, widths=None) -> str:
    """An HTML table (escaped cells are the caller's job); ``headers=None``: no header row.

    Attributes (width, cellspacing…) as well as CSS: Qt's ``QTextDocument`` reads the former.
    """
    if not rows:
        return ""
    n = len(rows[0])
    col_classes = col_classes or [""] * n
    head = ""
    if headers:
        widths = widths or [None] * n
        head = (
            "<thead><tr>"
            + "".join(f'<th width="{w}%">{esc(h)}</th>' if w else f"<th>{esc(h)}</th>" for h, w in zip(headers, widths))
            + "</tr></thead>"
        )
    body = []
    for row in rows:
        cells = []
        for k, cell in enumerate(row):
            extra, text = ("", cell) if not isinstance(cell, tuple) else cell
            klass = " ".join(c for c in (col_classes[k], extra) if c)
            tag = "th" if (not headers and k == 0) else "td"
            cells.append(f'<{tag} class="{klass}">{text}</{tag}>' if klass else f"<{tag}>{text}</{tag}>")
        body.append("<tr>" + "".join(cells) + "</tr>")
    cls_attr = f' class="{cls}"' if cls else ""
    return (
        f'<table{cls_attr} width="100%" cellspacing="0" cellpadding="3" border="0">{head}<tbody>'
        + "".join(body)
        + "</tbody></table>\n"
    )


def _box(cls: str, inner: str) -> str:
    """A framed box: a one-cell table, since Qt's rich text draws no border around a <div>."""
    return (
        f'<table class="{cls}" width="100%" cellspacing="0" cellpadding="6" border="0"><tr><td '
        f'class="{cls}">{inner}</td></tr></table>\n'
    )


def _mh(value) -> str:
    return "" if value in (None, "", "aucune") else esc(value)


def _dist(m) -> str:
    return french_number(float(m)) + " m" if m is not None else ""


def _missing_text(feminine: bool = False) -> str:
    return f"<i>{esc(tr('non renseignée') if feminine else tr('non renseigné'))}</i>"


def _identity_table(rec: dict, date_text: str) -> str:
    """The case's identity block: what the dossier is, where, who filed it, when, and by when to answer."""
    c, ident = rec["cas"], rec.get("identite") or {}

    def val(key, feminine=False):
        value = ident.get(key)
        return esc(value) if value not in (None, "") else _missing_text(feminine)

    height = (french_number(c["hauteur_m"], 1) + " m") if c["hauteur_m"] is not None else _missing_text(True)
    footprint = (french_number(c["emprise_m2"]) + " m²") if c["emprise_m2"] is not None else _missing_text(True)
    pairs = [
        ((tr("Dossier"), esc(c["identifiant"])), (tr("Type de dossier"), esc(c["type"]))),
        ((tr("Commune"), val("commune", True)), (tr("Déposé le"), val("date_depot"))),
        ((tr("Adresse"), val("adresse", True)), (tr("Réponse attendue avant le"), val("date_limite", True))),
        ((tr("Parcelles"), val("parcelles", True)), (tr("Demandeur"), val("demandeur"))),
        (
            (tr("Nature du projet"), esc(c["nature_projet"]) or _missing_text(True)),
            (tr("Hauteur ; emprise"), f"{height} ; {footprint}"),
        ),
    ]
    rows = [f"<tr><th>{esc(a)}</th><td>{va}</td><th>{esc(b)}</th><td>{vb}</td></tr>" for (a, va), (b, vb) in pairs]
    works = esc(c["travaux"]) or f"<i>{esc(tr('non renseignés'))}</i>"
    rows.append(f"<tr><th>{esc(tr('Travaux'))}</th><td colspan=\"3\">{works}</td></tr>")
    if isinstance(rec.get("entite"), str):
        rows.append(f"<tr><th>{esc(tr('Entité analysée'))}</th><td colspan=\"3\">{esc(rec['entite'])}</td></tr>")
    return (
        '<table class="cas" width="100%" cellspacing="0" cellpadding="3"><colgroup><col width="16%"><col width="34%">'
        '<col width="20%"><col width="30%"></colgroup>' + "".join(rows) + "</table>\n"
    )


def _elements_html(rec: dict) -> str:
    """The elements the case touches or is near, in one compact table; the components and abords in a line each."""
    h = []
    d = _fmt_length(rec["distance_recherche_m"])
    if rec["composantes"]:
        comps = ", ".join(f"{k['no']} « {k['nom']} » ({k['compagnie']})" for k in rec["composantes"])
        h.append(f"<p><b>{esc(tr('Composantes du Bien touchées'))} :</b> {esc(comps)}</p>")
    touched = rec["elements_intersectes"]
    near = [e for e in rec["elements_proches"] if e["distance_m"] > 0]
    listed = (touched + near)[:MAX_ELEMENT_ROWS]
    if listed:
        rows = [
            [
                f"<b>{esc(e['id'])}</b>",
                esc(e["nom"]),
                esc(e["categorie"]),
                _mh(e.get("protection_mh")),
                ("num", tr("touché") if e in touched else _dist(e["distance_m"])),
            ]
            for e in listed
        ]
        h.append(
            _table(
                [tr("Id."), tr("Élément du Bien"), tr("Catégorie"), tr("Protection MH"), tr("Distance")],
                rows,
                "elements",
                widths=[8, 46, 16, 14, 16],
            )
        )
        others = (touched + near)[MAX_ELEMENT_ROWS:]
        if others:
            more = tr("Et {k} autre(s) élément(s) à moins de {d} : {ids}.").format(
                k=len(others), d=d, ids=", ".join(f"{e['id']} ({_dist(e['distance_m'])})" for e in others)
            )
            h.append(f'<p class="petit">{esc(more)}</p>')
    else:
        h.append(f"<p>{esc(tr('Aucun élément du Bien touché ni à moins de {d}.').format(d=d))}</p>")
        nearest = rec["element_le_plus_proche"]
        if nearest:
            h.append(
                f"<p><b>{esc(tr('Élément le plus proche'))} :</b> {esc(nearest['id'])} « {esc(nearest['nom'])} » "
                f"({esc(nearest['categorie'])}), {_dist(nearest['distance_m'])}.</p>"
            )
    if rec["abords_mh"]:
        abords = ", ".join(f"{a['id']} « {a['nom']} » ({a['protection_mh']})" for a in rec["abords_mh"])
        h.append(
            f"<p><b>{esc(tr('Dans les 500 m de monuments historiques'))} :</b> {esc(abords)}. "
            f'<span class="petit">{esc(tr("Un périmètre délimité des abords (PDA), s’il existe, prévaut."))}</span></p>'
        )
    else:
        h.append(
            f"<p>{esc(tr('Hors des abords (500 m) des éléments protégés au titre des monuments historiques.'))}</p>"
        )
    return "".join(h)


def _named_in_verdicts(rec: dict, ref) -> list:
    """Ids of the elements the firing rules name in their reasons («8F « Terril Ledoux Lavoir » à 524 m»)."""
    known = set(ref.elements.attributes["identifiant"].astype(str))
    named = []
    for v in rec["verdicts"]:
        if v["verdict"] in FIRING:
            named += [m for m in _NAMED_ID.findall(v["motif"] or "") if m in known]
    return list(dict.fromkeys(named))


def _map_extent_with_named(ref, geom, distance: float, named: list):
    """The usual extent, widened to show the elements the rules name within ``NAMED_REACH_M`` of the case."""
    attrs = ref.elements.attributes.reset_index(drop=True)
    idx = np.flatnonzero(attrs["identifiant"].astype(str).isin(named).to_numpy())
    geoms = [g for g in ref.elements.geometries[idx] if shapely.distance(g, geom) <= NAMED_REACH_M]
    base = map_extent(geom, ref, distance, aspect=_MAP_ASPECT)
    if not geoms:
        return base
    reach = shapely.union_all(
        [geom, *[shapely.clip_by_rect(g, *shapely.buffer(geom, NAMED_REACH_M).bounds) for g in geoms]]
    )
    wide = map_extent(reach, ref, 0.0, aspect=_MAP_ASPECT)
    return tuple(min(a, b) if k < 2 else max(a, b) for k, (a, b) in enumerate(zip(base, wide)))


def _short_missing(motif: str) -> str:
    """What a rule lacks, by its name: «donnée manquante : couche « X » non fournie» gives «« X »»."""
    text = str(motif or "")
    if "«" in text and "»" in text:  # the name of what is missing is enough
        return "«" + text.split("«", 1)[1].split("»", 1)[0] + "»"
    return text.split(" : ", 1)[1] if text.startswith(VERDICT_MISSING) else text


def _advice_draft(rec: dict) -> str:
    """«Projet d’avis»: the sentences the rules support, for the instructor to edit; the tool never signs it."""
    c = rec["cas"]
    works = c["travaux"] or tr("travaux non décrits")
    where = rec["zone_libelle"]
    first = tr("Le dossier {id} ({type} : {works}) se situe : {where}.").format(
        id=c["identifiant"], type=c["type"], works=works, where=where[0].lower() + where[1:] if where else ""
    )
    touched = [f"{e['id']} « {e['nom']} »" for e in rec["elements_intersectes"]]
    near = [f"{e['id']} « {e['nom']} » ({_dist(e['distance_m'])})" for e in rec["elements_proches"] if e["distance_m"]]
    lines = [first]
    if touched:
        lines.append(tr("Il touche : {e}.").format(e=", ".join(touched)))
    elif near:
        lines.append(tr("Il est proche de : {e}.").format(e=", ".join(near[:3])))
    firing = [v for v in rec["verdicts"] if v["verdict"] in FIRING and v.get("recommandation")]
    bullets = "".join(f"<li>{esc(v['recommandation'])} ({esc(v['regle'])})</li>" for v in firing)
    missing = [v for v in rec["verdicts"] if v["verdict"] == VERDICT_MISSING]
    h = [f"<p>{esc(' '.join(lines))}</p>"]
    if bullets:
        h.append(f"<p>{esc(tr('Au regard du plan de gestion du Bien :'))}</p><ul>{bullets}</ul>")
    if missing:
        h.append(
            "<p>"
            + esc(
                tr("Avant de conclure, réunir ce qui manque pour : {r}.").format(
                    r=", ".join(v["regle"] for v in missing)
                )
            )
            + "</p>"
        )
    cons = rec["consultations"]
    if cons:
        h.append(f"<p>{esc(tr('Consultations : {c}.').format(c=', '.join(tr(x) for x in cons)))}</p>")
    h.append(
        f"<p><b>{esc(tr('Avis'))} :</b> "
        + esc(
            tr(
                "[favorable / avec prescriptions / défavorable] — à compléter et signer par l’instructeur (jamais "
                "par l’outil)."
            )
        )
        + "</p>"
    )
    return "".join(h)


def catalogue_file_label(path: str) -> str:
    """The catalogue's file as a fiche shows it: the embedded one by its place in the plugin, another by its name
    (never a temporary path of the machine that wrote the fiche)."""
    text = str(path or "")
    marker = "resources/rules/"
    if marker in text.replace("\\", "/"):
        return tr("catalogue embarqué ({f})").format(f=marker + text.replace("\\", "/").split(marker, 1)[1])
    return Path(text).name or text


def _fondement_text(f) -> str:
    """The fondements of a rule (a list of dicts), each said in French (HTML-escaped)."""
    items = f if isinstance(f, list) else [f] if f else []
    if not items:
        return f"<i>{esc(tr('fondement non précisé'))}</i>"
    return " ; ".join(esc(foundation_text(x)) if isinstance(x, dict) else esc(x) for x in items)


def _priority_html(prio: Optional[dict]) -> str:
    """The priority, on the severity's line: rank, what the case does to which attribute, the matrix cell (the second
    axis, beside the rules' severity: what could harm the property most, not what the law allows)."""
    if not prio:
        return ""
    text = f' ; <b>{esc(tr("priorité"))} :</b> <span class="prio{prio["rang"]}">{esc(tr(prio["libelle"]))}</span>'
    cell = prio.get("cellule")
    if not cell:
        return text + f' <span class="petit">— {esc(prio["raisons"][0])}</span>'
    attribute = prio["attributs"][0]["attribut"] if prio.get("attributs") else ""
    works = ", ".join(prio.get("travaux_reconnus") or [])[:80]
    why = tr("{works} sur {a} : valeur {v} × ampleur {m} = importance {s} ({src})").format(
        works=works, a=attribute, v=cell["valeur"], m=cell["ampleur"], s=cell["importance"], src=cell["source"]
    )
    if prio.get("paragraphe_172"):
        why += " ; " + tr("à signaler au Centre du patrimoine mondial (Orientations, § 172)")
    return text + f' <span class="petit">— {esc(why)}</span>'


def note_html(
    cs, i: int, title: Optional[str] = None, map_mode: str = "svg", date=None, include_non_applicable: bool = False
) -> str:
    """The screening note of case ``i`` of a :class:`~.case_screening.CaseScreening`, as a self-contained HTML page
    that prints on two A4 pages for a usual case: identity, synthesis and map on the first; the elements concerned,
    the rules that fire, what to check, a draft advice («Projet d’avis») and the sources on the second.

    ``map_mode``: ``"svg"`` (inline SVG, for browsers), ``"img"`` (``<img src="veille-carte.png">``,
    the caller supplies that image, e.g. Qt's ``QTextDocument.addResource``) or ``"none"``.
    ``date``: date of the analysis (default: today); the rest of the page is deterministic.
    """
    if map_mode not in ("svg", "img", "none"):
        raise ValueError(f"map_mode: svg, img ou none, pas {map_mode!r}")
    ref = cs.context.ref
    rec = cs.record(i, include_non_applicable=include_non_applicable)
    title = title or tr(DEFAULT_TITLE)
    date_text = french_date(date)
    geom = cs.cases.geometries[i] if cs.screening.ok[i] else None
    c = rec["cas"]
    sev = rec["severite_globale"]
    h = []
    h.append('<!DOCTYPE html>\n<html lang="fr">\n<head>\n<meta charset="utf-8">\n')
    h.append(f"<title>{esc(title)} – {esc(c['identifiant'])}</title>\n")
    h.append(f'<meta name="generator" content="{esc(generator_label())}">\n')
    h.append(f"<style>{_CSS}</style>\n</head>\n<body>\n")
    h.append(f"<h1>{esc(title)}</h1>\n")
    subtitle = tr(
        "Bien « Bassin minier du Nord-Pas de Calais », inscrit sur la Liste du patrimoine mondial (2012) – analyse du "
        "dossier {id} du {d}. "
        "Aide à l’instruction : cette fiche ne constitue pas un avis."
    ).format(id=c["identifiant"], d=date_text)
    h.append(f'<p class="sous-titre">{esc(subtitle)}</p>\n')
    h.append(_identity_table(rec, date_text))

    # synthesis
    cons = rec["consultations"]
    synth = [
        f"<p><b>{esc(tr('Situation'))} :</b> {esc(rec['zone_libelle'])}</p>",
        f'<p><b>{esc(tr("Sévérité globale"))} :</b> <span class="{_SEVERITY_CLASS.get(sev, "")}">'
        f"{esc(display(sev, 'severite'))}</span>" + _priority_html(rec.get("priorite")) + "</p>",
        f"<p><b>{esc(tr('Consultations requises'))} :</b> "
        + (esc(", ".join(tr(x) for x in cons)) if cons else esc(tr("aucune au titre des règles du catalogue")))
        + "</p>",
    ]
    if rec["zone"] in ("erreur", "commune") or not (rec["elements_intersectes"] or rec["elements_proches"]):
        synth.append(f'<p class="petit">{esc(rec["explication"])}</p>')  # else the elements table says it
    h.append(_box("synthese", "".join(synth)))

    # map, kept with its heading and caption (no orphan heading at the foot of a page)
    if geom is None:
        h.append(f"<p><i>{esc(tr('Géométrie inutilisable : pas de carte.'))}</i></p>\n")
    elif map_mode != "none":
        named = _named_in_verdicts(rec, ref)
        highlight = [e["id"] for e in rec["elements_intersectes"]] + [e["id"] for e in rec["elements_proches"]]
        extent = _map_extent_with_named(ref, geom, cs.screening.distance, named)
        h.append(f'<div class="carte-bloc"><h2>{esc(tr("Extrait de carte"))}</h2><p class="carte">')
        if map_mode == "svg":
            h.append(
                note_svg_map(
                    ref, geom, cs.screening.distance, highlight + named, height=FICHE_MAP_HEIGHT, extent=extent
                )
            )
        else:
            h.append(
                f'<img src="{MAP_RESOURCE}" width="{MAP_WIDTH}" height="{FICHE_MAP_HEIGHT}" '
                f'alt="{esc(tr("Extrait de carte"))}">'
            )
        h.append("</p>")
        legend = tr(
            "En gras : éléments touchés, à moins de {d}, ou nommés par les règles (jusqu’à {r}). Couches officielles "
            "simplifiées (~10 m)."
        ).format(d=_fmt_length(cs.screening.distance), r=_fmt_length(NAMED_REACH_M))
        h.append(f'<p class="legende-carte">{esc(legend)}</p>')
        h.append("</div>\n")

    # page 2: the elements concerned
    h.append(f"<h2>{esc(tr('Éléments du Bien concernés'))}</h2>\n")
    if rec["zone"] == "erreur":
        h.append(f"<p>{esc(tr('Le cas n’a pas pu être situé : corrigez sa géométrie puis relancez l’analyse.'))}</p>")
    else:
        h.append(_elements_html(rec))
    if rec["messages"]:
        title_msgs = (
            tr("Erreurs et avertissements")
            if any(m["niveau"] == "erreur" for m in rec["messages"])
            else tr("Avertissements")
        )
        h.append(
            f"<h3>{esc(title_msgs)}</h3><ul>"
            + "".join(f"<li>{esc(m['message'])}</li>" for m in rec["messages"])
            + "</ul>"
        )

    # the rules that fire, in full; the others in a line each
    h.append(f"<h2>{esc(tr('Règles du plan de gestion'))}</h2>\n")
    cat = rec["catalogue"]
    firing = [v for v in rec["verdicts"] if v["verdict"] in FIRING]
    rows = [
        [
            f"<b>{esc(v['regle'])}</b>",
            esc(tr(v["titre"])),
            (_VERDICT_CLASS.get(v["verdict"], ""), esc(display(v["verdict"], "verdict"))),
            (_SEVERITY_CLASS.get(v["severite"], ""), esc(display(v["severite"], "severite"))),
            esc(v["motif"]),
        ]
        for v in firing
    ]
    h.append(
        _table(
            [tr("Règle"), tr("Intitulé"), tr("Verdict"), tr("Sévérité"), tr("Motif")],
            rows,
            "verdicts",
            widths=[7, 24, 12, 11, 46],
        )
        if rows
        else f"<p>{esc(tr('Aucune règle ne demande d’examen pour ce dossier.'))}</p>"
    )
    missing = [v for v in rec["verdicts"] if v["verdict"] == VERDICT_MISSING]
    if missing:
        h.append(
            f'<p class="petit"><b>{esc(tr("Non tranchées, donnée manquante"))} :</b> '
            + " ; ".join(f"{esc(v['regle'])} ({esc(_short_missing(v['motif']))})" for v in missing)
            + "</p>"
        )
    met = [v["regle"] for v in rec["verdicts"] if v["verdict"] == VERDICT_OK]
    folded = []
    if met:
        folded.append(f"<b>{esc(tr('Respectées'))} :</b> {esc(', '.join(met))}.")
    if rec.get("regles_non_applicables"):
        folded.append(
            esc(
                tr("Règles qui ne concernent pas ce dossier (non applicables, non détaillées) : {r}.").format(
                    r=", ".join(rec["regles_non_applicables"])
                )
            )
        )
    if folded:
        h.append(f'<p class="petit">{" ".join(folded)}</p>')
    h.append(_covisibility_html(cs, i, rec))
    asking = [v for v in firing if v.get("questions")]
    if asking:
        # what each rule that fires asks of this case, as questions to settle before the advice
        h.append(f"<h2>{esc(tr('Ce qu’il faut vérifier'))}</h2>\n<ul>")
        for v in asking:
            questions = " ".join(f"– {esc(q)}" for q in v["questions"])
            h.append(
                f"<li><span class=\"petit\"><b>{esc(v['regle'])}</b> ({esc(v['statut_regle'])}) : "
                f"{questions}</span></li>"
            )
        h.append("</ul>")
    h.append(f"<h2>{esc(tr('Projet d’avis'))}</h2>\n")
    h.append(_box("avis-projet", _advice_draft(rec)))

    # sources, for the rules the fiche details
    src = ref.describe_source()
    h.append(f"<h2>{esc(tr('Sources'))}</h2>\n")
    h.append('<div class="sources">')
    cited = sorted(firing, key=lambda r: r["regle"])
    if cited:
        h.append(f"<p><b>{esc(tr('Fondement des règles'))} :</b></p><ul>")
        for v in cited:
            status = f" <i>({esc(v['statut_regle'])})</i>" if v.get("statut_regle") else ""
            refs = " ; ".join(esc(foundation_reference(f)) for f in v["fondement"] if isinstance(f, dict))
            if v is cited[-1]:
                refs += " " + esc(tr("(citations exactes : page « Fondements des règles »)"))
            h.append(f"<li><b>{esc(v['regle'])}</b>{status} : {refs or _fondement_text(v['fondement'])}</li>")
        h.append("</ul>")
    h.append(
        f"<p><b>{esc(tr('Catalogue de règles'))} :</b> {esc(cat['nom'])}, {esc(tr('version'))} {esc(cat['version'])}"
        f" ({esc(catalogue_file_label(cat['fichier']))}). "
    )
    for w in rec.get("avertissements_catalogue") or []:
        h.append(f"{esc(w)} ")
    layers = rec.get("couches_utilisateur") or []
    user = f" {esc(tr('Couches fournies par l’utilisateur'))} : {esc(', '.join(layers))}." if layers else ""
    peril = (
        tr("liste des sites en péril : fournie")
        if rec.get("liste_peril")
        else tr("liste des sites en péril : non fournie")
    )
    h.append(
        f"<b>{esc(tr('Données de référence'))} :</b> {esc(src['version'])}, {esc(tr('licence'))} "
        f"{esc(src.get('licence') or tr('non précisée'))} ; {esc(peril)}.{user}</p>"
    )
    caveat = tr(
        "Couches simplifiées (~10 m), seuils proposés : aide à l’instruction, cette fiche ne constitue pas un avis. "
        "{g}, {d}."
    ).format(g=generator_label(), d=date_text)
    h.append(f'<p class="petit">{esc(caveat)}</p>')
    h.append("</div>\n")
    h.append("</body>\n</html>\n")
    return "".join(h)


def generator_label() -> str:
    """«plugin name version» for the generator meta tag."""
    try:
        from ...__about__ import __title__, __version__
    except Exception:  # pragma: no cover - metadata missing in an odd install
        __title__, __version__ = "Veille patrimoniale", "?"
    return f"{__title__} {__version__}"


# ----------------------------------------------------------------------------- files


_ASCII_EXTRA = str.maketrans({"Œ": "OE", "œ": "oe", "Æ": "AE", "æ": "ae", "ß": "ss", "°": "o", "º": "o"})


def safe_file_stem(text, fallback: str = "cas", max_len: int = 80) -> str:
    """A portable file-name stem: ASCII letters, digits, «-», «_» and «.» only («PC 062/é» → «PC_062_e»)."""
    raw = unicodedata.normalize("NFKD", ("" if text is None else str(text)).translate(_ASCII_EXTRA))
    ascii_text = raw.encode("ascii", "ignore").decode("ascii")
    stem = re.sub(r"[^A-Za-z0-9._-]+", "_", ascii_text).strip("._-")
    stem = re.sub(r"_+", "_", stem)[:max_len].strip("._-")
    return stem or fallback


def note_file_stem(cs, i: int) -> str:
    """File name (without extension) of the note of case ``i``, from its identifier."""
    return "fiche_" + safe_file_stem(cs.cases.ids[i], fallback=f"cas_{i + 1}")


def write_notes(cs, out_dir, indices=None, title: Optional[str] = None, date=None) -> list:
    """Write one HTML note per case into ``out_dir``; return the paths (in the order of ``indices``).

    File names come from the case ids, made safe; duplicates get «_2», «_3»…
    """
    from ..atomic_files import OutputSet, make_dirs

    out = make_dirs(out_dir)
    indices = range(cs.n) if indices is None else indices
    used, paths = set(), []
    with OutputSet() as outs:  # every note renamed into place once all are written: a full disk leaves none
        for i in indices:
            stem = note_file_stem(cs, int(i))
            name, k = stem, 2
            while name.lower() in used:
                name, k = f"{stem}_{k}", k + 1
            used.add(name.lower())
            path = out / f"{name}.html"
            outs.write_text(path, note_html(cs, int(i), title=title, date=date))
            paths.append(path)
    return paths

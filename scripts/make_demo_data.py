"""Generate resources/demo/projets_fictifs.csv: FICTITIOUS demonstration projects placed
around real elements (fixed offsets from their representative points), plus broken rows
that show how bad input is reported. Reproducible; the output is committed."""

import csv
import sys
from pathlib import Path

import shapely

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from veille_plugin.core.paths import embedded_reference_gpkg  # noqa: E402
from veille_plugin.core.reference.data import ReferenceData  # noqa: E402

ref = ReferenceData(embedded_reference_gpkg())
el = ref.elements.attributes
geoms = dict(zip(el["identifiant"], ref.elements.geometries))


def around(ident, dx, dy, size=None):
    p = shapely.point_on_surface(geoms[ident])
    c = shapely.Point(p.x + dx, p.y + dy)
    return (shapely.box(c.x - size, c.y - size, c.x + size, c.y + size) if size else c).wkt


zt_point = shapely.point_on_surface(ref.buffer_zone.geometries[2])
rows = [
    ("FICTIF-001", "Extension d'une maison dans la cité (fictif)", around("96B", 0, 0, 6)),
    ("FICTIF-002", "Ravalement de façade près du chevalement (fictif)", around("34", 60, 40)),
    ("FICTIF-003", "Démolition d'un hangar en zone tampon (fictif)", zt_point.wkt),
    ("FICTIF-004", "Lotissement à 800 m d'un terril (fictif)", around("42B", 800, 0, 40)),
    ("FICTIF-005", "Éolienne à 3 km de la fosse 9-9bis (fictif)", around("42A", 3000, 1500)),
    ("FICTIF-006", "Panneaux solaires sur l'école (fictif)", around("15H", 0, 0)),
    ("FICTIF-007", "Projet hors du bassin minier (fictif)", "POINT (652000 6860000)"),
    (
        "FICTIF-008",
        "Ligne électrique traversant un cavalier (fictif)",
        shapely.LineString(
            [
                shapely.point_on_surface(geoms["63K"]).coords[0],
                (shapely.point_on_surface(geoms["63K"]).x + 400, shapely.point_on_surface(geoms["63K"]).y + 300),
            ]
        ).wkt,
    ),
    ("FICTIF-009", "Ligne mal formée : WKT illisible (fictif)", "POLYGON((1 2, 3"),
    ("FICTIF-010", "Ligne sans géométrie (fictif)", ""),
    ("FICTIF-011", "Coordonnées en degrés données pour du Lambert-93 (fictif)", "POINT (3.0167 50.4277)"),
]
out = ROOT / "resources" / "demo" / "projets_fictifs.csv"
with out.open("w", newline="", encoding="utf-8") as fh:
    w = csv.writer(fh, delimiter=";")
    w.writerow(["numero", "libelle", "wkt"])
    for r in rows:
        w.writerow(r)
print(f"{out.relative_to(ROOT)} : {len(rows)} projets FICTIFS")

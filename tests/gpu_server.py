"""A local server answering like the API Carto «module GPU» (``/api/gpu/<resource>``): ``municipality?insee=``,
``document?geom=|partition=``, ``zone-urba``, ``prescription-*``, ``info-*`` with ``partition``,
``assiette-sup-s`` and ``generateur-sup-p|l|s`` with ``categorie`` and ``geom``, ``_limit`` (at most
5,000, else HTTP 400) and ``_start``; GeoJSON FeatureCollections in WGS 84 with the CNIG attribute names in lower
case, ``totalFeatures`` announced, gzip when asked. Used by the tests and by ``make demo`` (``scripts/demo.py``).

Faults to set on the server: ``fail_next`` (that many HTTP 500 first), ``truncate`` (cut the gzip body),
``delay`` (seconds before answering), ``page_cap`` (fewer features a page than asked), ``no_total`` (no
``totalFeatures``), ``schema_changed`` (upper-case attribute names, as a changed service would write them),
``broken_page`` ((resource, _start): that page answers HTTP 500, every time).
"""

import gzip
import http.server
import json
import time
from urllib.parse import parse_qs, urlsplit

from local_server import LocalServer

MAX_LIMIT = 5000
DOCUMENT_RESOURCES = (
    "zone-urba",
    "prescription-surf",
    "prescription-lin",
    "prescription-pct",
    "info-surf",
    "info-lin",
    "info-pct",
)
#: The générateurs' resources and the geometry each one serves
GENERATOR_KINDS = {"generateur-sup-p": "Point", "generateur-sup-l": "LineString", "generateur-sup-s": "Polygon"}


def gpu_features(features: list, partition: str, insee: str = "") -> list:
    """CNIG features (any case) as the GPU flux gives them: lower-case names, ``partition``, ``gpu_*`` fields."""
    out = []
    for k, f in enumerate(features):
        props = {str(key).lower(): value for key, value in (f.get("properties") or {}).items()}
        props.update(partition=partition, gpu_status="document.production", gpu_timestamp=f"2026-11-{k % 28 + 1:02d}")
        if insee:
            props.setdefault("insee", insee)
        out.append({"type": "Feature", "id": f"feature.{k + 1}", "geometry": f.get("geometry"), "properties": props})
    return out


class GpuServer(LocalServer):
    """``with GpuServer() as server``: ``server.base_url`` (…/api/gpu), ``server.requests`` (path, query dict);
    ``add_commune``/``set_document`` fill it; the faults are attributes (see the module's note)."""

    def __init__(self):
        self.communes = {}  # insee -> (name, geometry (GeoJSON, WGS 84), is_rnu)
        self.documents = {}  # partition -> {"properties": {...}, "footprint": shapely geometry, resource: [features]}
        self.servitudes = []  # assiettes (GeoJSON features, WGS 84) with «suptype» in their properties
        self.generators = []  # générateurs (GeoJSON features, WGS 84) with «suptype»: served by geometry kind
        self.broken_page = None
        self.requests = []
        self.fail_next = 0
        self.truncate = False
        self.delay = 0.0
        self.page_cap = MAX_LIMIT
        self.no_total = False
        self.ignore_geom = False  # servitudes served whatever the extent asked (a faulty service)
        self.schema_changed = False
        outer = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self):  # noqa: N802
                parts = urlsplit(self.path)
                query = {k: v[0] for k, v in parse_qs(parts.query).items()}
                outer.requests.append((parts.path, query))
                if outer.delay:
                    time.sleep(outer.delay)
                if outer.fail_next:
                    outer.fail_next -= 1
                    return self.answer(500, {"message": "Erreur interne (simulée)"})
                if not parts.path.startswith("/api/gpu/"):
                    return self.answer(404, {"message": "inconnu"})
                if outer.broken_page == (parts.path[len("/api/gpu/") :], int(query.get("_start", 0))):
                    return self.answer(500, {"message": "Page en erreur (simulée)"})
                status, body = outer.respond(parts.path[len("/api/gpu/") :], query)
                self.answer(status, body)

            def answer(self, status, body):
                raw = json.dumps(body, ensure_ascii=False).encode("utf-8")
                gz = "gzip" in (self.headers.get("Accept-Encoding") or "")
                if gz:
                    raw = gzip.compress(raw)
                if outer.truncate and status == 200:
                    raw = raw[: len(raw) // 2]
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                if gz:
                    self.send_header("Content-Encoding", "gzip")
                self.send_header("Content-Length", str(len(raw)))
                self.end_headers()
                self.wfile.write(raw)

            def log_message(self, *_args):
                pass

        super().__init__(Handler)

    @property
    def base_url(self) -> str:
        """The API's GPU module on this server."""
        return self.root + "/api/gpu"

    def add_commune(self, insee: str, name: str, geometry: dict, is_rnu: bool = False) -> None:
        """A commune the ``municipality`` resource knows (outline in WGS 84 GeoJSON)."""
        self.communes[insee] = (name, geometry, is_rnu)

    def set_document(self, partition: str, du_type: str, title: str, collections: dict, footprint: dict) -> None:
        """Publish (or replace) a document: its collections by resource (CNIG features in WGS 84, any case) and
        its footprint (GeoJSON)."""
        import shapely.geometry

        grid = partition.split("_", 1)[1]
        insee = grid if len(grid) == 5 else ""
        self.documents[partition] = {
            "properties": {
                "partition": partition,
                "du_type": du_type,
                "grid_name": grid,
                "grid_title": title,
                "name": f"{grid}_{du_type}",
            },
            "footprint": shapely.geometry.shape(footprint),
            **{r: gpu_features(collections.get(r, []), partition, insee) for r in DOCUMENT_RESOURCES},
        }

    def respond(self, resource: str, query: dict):
        """(status, body) of a request."""
        import shapely.geometry

        try:
            limit = int(query.get("_limit", MAX_LIMIT))
            start = int(query.get("_start", 0))
        except ValueError:
            return 400, {"message": "_limit et _start doivent être des entiers"}
        if limit > MAX_LIMIT:
            return 400, {"message": f"_limit ne peut dépasser {MAX_LIMIT}"}
        if resource == "municipality":
            found = self.communes.get(query.get("insee", ""))
            features = []
            if found:
                name, geometry, rnu = found
                features = [
                    {
                        "type": "Feature",
                        "geometry": geometry,
                        "properties": {"insee": query["insee"], "name": name, "is_rnu": rnu},
                    }
                ]
            return 200, self.page(features, 0, MAX_LIMIT)
        if resource == "document":
            docs = list(self.documents.values())
            if "geom" in query:
                where = shapely.geometry.shape(json.loads(query["geom"]))
                docs = [d for d in docs if d["footprint"].intersects(where)]
            if "partition" in query:
                docs = [d for d in docs if d["properties"]["partition"] == query["partition"]]
            features = [
                {"type": "Feature", "geometry": shapely.geometry.mapping(d["footprint"]), "properties": d["properties"]}
                for d in docs
            ]
            return 200, self.page(features, start, limit)
        if resource in DOCUMENT_RESOURCES:
            doc = self.documents.get(query.get("partition", ""))
            features = doc[resource] if doc else []
            if self.schema_changed:
                features = [{**f, "properties": {k.upper(): v for k, v in f["properties"].items()}} for f in features]
            return 200, self.page(features, start, limit)
        if resource == "assiette-sup-s":
            features = [f for f in self.servitudes if f["properties"]["suptype"] == query.get("categorie", "").lower()]
            if "geom" in query and not self.ignore_geom:
                where = shapely.geometry.shape(json.loads(query["geom"]))
                features = [f for f in features if shapely.geometry.shape(f["geometry"]).intersects(where)]
            return 200, self.page(features, start, limit)
        if resource in GENERATOR_KINDS:
            features = [
                f
                for f in self.generators
                if f["properties"]["suptype"] == query.get("categorie", "").lower()
                and f["geometry"]["type"].replace("Multi", "") == GENERATOR_KINDS[resource]
            ]
            if "geom" in query:
                where = shapely.geometry.shape(json.loads(query["geom"]))
                features = [f for f in features if shapely.geometry.shape(f["geometry"]).intersects(where)]
            return 200, self.page(features, start, limit)
        return 404, {"message": f"ressource inconnue : {resource}"}

    def page(self, features: list, start: int, limit: int) -> dict:
        """One page of a collection, as the service cuts it."""
        size = min(limit, self.page_cap)
        body = {"type": "FeatureCollection", "features": features[start : start + size]}
        if not self.no_total:
            body["totalFeatures"] = len(features)
        return body


def cnig_collections(*paths) -> dict:
    """{resource: features in WGS 84} from CNIG files (GeoPackage layers or GeoJSON files named ``…ZONE_URBA…``,
    ``…PRESCRIPTION_SURF…``), reprojected by OGR."""
    import re

    from osgeo import ogr, osr

    ogr.UseExceptions()
    wgs84 = osr.SpatialReference()
    wgs84.ImportFromEPSG(4326)
    wgs84.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    kinds = {r.upper().replace("-", "_"): r for r in DOCUMENT_RESOURCES}
    out = {}
    for path in paths:
        ds = ogr.Open(str(path))
        for i in range(ds.GetLayerCount()):
            lyr = ds.GetLayerByIndex(i)
            m = re.search(r"(ZONE_URBA|PRESCRIPTION_(?:SURF|LIN|PCT)|INFO_(?:SURF|LIN|PCT))", lyr.GetName().upper())
            if not m:
                continue
            src = lyr.GetSpatialRef()
            transform = None
            if src is not None:
                src.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
                transform = osr.CoordinateTransformation(src, wgs84)
            features = out.setdefault(kinds[m.group(1)], [])
            for f in lyr:
                g = f.GetGeometryRef()
                if g is not None and transform is not None:
                    g = g.Clone()
                    g.Transform(transform)
                features.append(
                    {
                        "type": "Feature",
                        "geometry": json.loads(g.ExportToJson()) if g is not None else None,
                        "properties": {k: v for k, v in f.items().items()},
                    }
                )
        ds = None
    return out


def outline(collections: dict) -> dict:
    """The outline of a document's zones (GeoJSON, WGS 84): a stand-in for a commune's outline."""
    import shapely
    import shapely.geometry

    shapes = [shapely.geometry.shape(f["geometry"]) for f in collections.get("zone-urba", []) if f["geometry"]]
    return shapely.geometry.mapping(shapely.union_all(shapely.make_valid(shapes), grid_size=1e-7))

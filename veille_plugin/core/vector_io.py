"""Reading and writing vector files with GDAL/OGR, vectorised (Arrow stream → numpy → shapely).

Formats: anything OGR reads (GeoJSON, GeoPackage, shapefile…), and CSV files with a
WKT column or x/y columns (read with pandas, separator and encoding detected).
"""

from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

import numpy as np
import pandas as pd
import shapely

from .crs import parse_crs
from .errors import InputError
from .i18n import tr

WKT_COLUMNS = ("wkt", "geometrie", "geometry", "geom", "the_geom", "wkt_geom")
X_COLUMNS = ("x", "lon", "longitude", "coord_x", "x_l93", "xlambert")
Y_COLUMNS = ("y", "lat", "latitude", "coord_y", "y_l93", "ylambert")


@dataclass
class VectorTable:
    """Attributes, geometries (shapely array, None where missing) and the CRS of a source."""

    attributes: pd.DataFrame
    geometries: np.ndarray
    crs: object
    source: str = ""
    messages: list = field(default_factory=list)

    def __len__(self):
        return len(self.geometries)


def _ogr():
    from osgeo import gdal, ogr

    gdal.UseExceptions()
    ogr.UseExceptions()
    return ogr


def _decode(values: np.ndarray) -> np.ndarray:
    if values.dtype.kind == "S":
        try:  # ASCII text (ids, codes): decoded by numpy in one call
            out = values.astype("U").astype(object)
        except UnicodeDecodeError:
            out = np.array([v.decode("utf-8", "replace") for v in values.tolist()], dtype=object)
        out[out == ""] = None
        return out
    return values


def list_layers(path) -> list:
    """Layer names of a vector file."""
    ogr = _ogr()
    ds = ogr.Open(str(path))
    return [ds.GetLayerByIndex(i).GetName() for i in range(ds.GetLayerCount())]


def read_vector(path, layer: Optional[str] = None, default_crs: Optional[str] = None) -> VectorTable:
    """Read a vector file; CSV goes through :func:`read_csv_geometries`."""
    path = Path(path)
    if not path.exists():
        raise InputError(tr("Fichier introuvable : {path}. Vérifiez le chemin.").format(path=path))
    if path.suffix.lower() in (".csv", ".txt", ".tsv"):
        return read_csv_geometries(path, crs=default_crs)
    ogr = _ogr()
    try:
        ds = ogr.Open(str(path))
    except RuntimeError as exc:
        raise InputError(
            tr("Impossible de lire {path} : format non reconnu ou fichier endommagé ({err}).").format(
                path=path, err=exc
            )
        ) from None
    if ds is None or ds.GetLayerCount() == 0:
        raise InputError(tr("Le fichier {path} ne contient aucune couche lisible.").format(path=path))
    try:
        lyr = ds.GetLayerByName(layer) if layer else ds.GetLayerByIndex(0)
    except RuntimeError:
        lyr = None
    if lyr is None:
        raise InputError(tr("Couche « {layer} » absente de {path}.").format(layer=layer, path=path))

    srs = lyr.GetSpatialRef()
    if srs is not None:
        auth = srs.GetAuthorityName(None), srs.GetAuthorityCode(None)
        crs = parse_crs(f"{auth[0]}:{auth[1]}" if all(auth) else srs.ExportToWkt())
    else:
        crs = parse_crs(default_crs or "EPSG:4326")

    columns = {}
    geoms = []
    geom_col = lyr.GetGeometryColumn() or "wkb_geometry"
    has_arrow = hasattr(lyr, "GetArrowStreamAsNumPy")
    if has_arrow:
        try:
            stream = lyr.GetArrowStreamAsNumPy(options=["USE_MASKED_ARRAYS=NO", "INCLUDE_FID=NO"])
            for batch in stream:
                for key, values in batch.items():
                    if key in (geom_col, "wkb_geometry", "geometry", "geom"):
                        geoms.append(shapely.from_wkb(values, on_invalid="ignore"))
                    else:
                        columns.setdefault(key, []).append(_decode(values))
        except RuntimeError as exc:  # GDAL could not decode a feature (malformed coordinates, truncated file…)
            detail = str(exc).strip() or tr("une entité a une géométrie ou une valeur illisible")
            raise InputError(
                tr("Impossible de lire les entités de {path} ({err}). Corrigez ou réexportez le fichier.").format(
                    path=path, err=detail
                )
            ) from None
    else:  # pragma: no cover - GDAL < 3.6
        defn = lyr.GetLayerDefn()
        names = [defn.GetFieldDefn(i).GetName() for i in range(defn.GetFieldCount())]
        rows, wkbs = [], []
        for feat in lyr:
            rows.append([feat.GetField(n) for n in names])
            g = feat.GetGeometryRef()
            wkbs.append(bytes(g.ExportToIsoWkb()) if g is not None else None)
        columns = {n: [np.array([r[i] for r in rows], dtype=object)] for i, n in enumerate(names)}
        geoms = [shapely.from_wkb(np.array(wkbs, dtype=object), on_invalid="ignore")]
    attrs = pd.DataFrame({k: np.concatenate(v) if v else [] for k, v in columns.items()})
    geometries = np.concatenate(geoms) if geoms else np.array([], dtype=object)
    if len(attrs.columns) == 0:
        attrs = pd.DataFrame(index=range(len(geometries)))
    return VectorTable(attrs.reset_index(drop=True), geometries, crs, source=str(path))


def _decode_text(path: Path) -> str:
    raw = path.read_bytes()
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    return raw.decode("latin-1")  # never fails: every byte is a character


def _read_text_table(path: Path):
    """Read a delimited text file: UTF-8 (with or without BOM) or Windows-1252, `;`, `,` or tab.

    Returns ``(DataFrame of str, messages, bad_rows)``. A row with the wrong number of fields is
    kept (padded or cut to the header) and listed in ``bad_rows`` with a message naming its line.
    """
    import csv
    import io

    text = _decode_text(path)
    first = text.splitlines()[0] if text else ""
    sep = max((";", ",", "\t"), key=first.count) if first else ";"
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=sep)
    try:
        header = next(reader)
    except StopIteration:
        raise InputError(tr("{path} est vide : il faut au moins une ligne d'en-tête.").format(path=path.name)) from None
    except csv.Error as exc:
        raise InputError(
            tr("CSV mal formé : {path} ({err}). Vérifiez le séparateur et les guillemets.").format(
                path=path.name, err=exc
            )
        ) from None
    width = len(header)
    rows, messages, bad_rows = [], [], []
    try:
        for row in reader:
            if not row or (len(row) == 1 and row[0].strip() == ""):
                continue
            if len(row) != width:
                messages.append(
                    tr(
                        "{path}, ligne {line} : {n} champs au lieu de {w} (séparateur « {sep} » en trop ou manquant "
                        "?) ; ligne ignorée."
                    ).format(path=path.name, line=reader.line_num, n=len(row), w=width, sep=sep)
                )
                bad_rows.append(len(rows))
                row = (row + [""] * width)[:width]
            rows.append(row)
    except csv.Error as exc:
        raise InputError(
            tr("CSV mal formé : {path}, ligne {line} ({err}). Vérifiez les guillemets.").format(
                path=path.name, line=reader.line_num, err=exc
            )
        ) from None
    df = (
        pd.DataFrame(rows, columns=[h.strip() for h in header], dtype=object)
        if rows
        else pd.DataFrame(columns=[h.strip() for h in header], dtype=object)
    )
    return df, messages, bad_rows


def _find_column(columns, candidates):
    lower = {c.lower().strip(): c for c in columns}
    for cand in candidates:
        if cand in lower:
            return lower[cand]
    return None


def read_csv_geometries(path, crs: Optional[str] = None) -> VectorTable:
    """CSV with a WKT column, or x/y (lon/lat) columns. Unparseable rows get no geometry and a message."""
    path = Path(path)
    df, messages, bad_rows = _read_text_table(path)
    wkt_col = _find_column(df.columns, WKT_COLUMNS)
    if wkt_col is not None:
        wkts = df[wkt_col].to_numpy(dtype=object)
        geoms = shapely.from_wkt(np.where(wkts == "", None, wkts), on_invalid="ignore")
        bad = np.flatnonzero(pd.isna(geoms) & (wkts != ""))
        for i in bad:
            messages.append(
                tr(
                    "{path}, ligne {row} : WKT illisible dans la colonne « {col} » ; entité non analysée (zone « "
                    "erreur »)."
                ).format(path=path.name, row=i + 2, col=wkt_col)
            )
        default = "EPSG:2154"
    else:
        xcol, ycol = _find_column(df.columns, X_COLUMNS), _find_column(df.columns, Y_COLUMNS)
        if xcol is None or ycol is None:
            raise InputError(
                tr(
                    "{path} : aucune colonne de géométrie trouvée. Il faut une colonne WKT (« wkt », « geometrie ») "
                    "ou deux colonnes x/y (« x »/« y », « lon »/« lat »). Colonnes présentes : {cols}."
                ).format(path=path.name, cols=", ".join(df.columns))
            )
        xs = pd.to_numeric(df[xcol].str.replace(",", ".", regex=False).str.strip(), errors="coerce").to_numpy(
            dtype=float
        )
        ys = pd.to_numeric(df[ycol].str.replace(",", ".", regex=False).str.strip(), errors="coerce").to_numpy(
            dtype=float
        )
        ok = np.isfinite(xs) & np.isfinite(ys)
        geoms = np.full(len(df), None, dtype=object)
        geoms[ok] = shapely.points(xs[ok], ys[ok])
        for i in np.flatnonzero(~ok):
            messages.append(
                tr("{path}, ligne {row} : coordonnées non numériques (« {x} », « {y} ») ; ligne ignorée.").format(
                    path=path.name, row=i + 2, x=df[xcol].iloc[i], y=df[ycol].iloc[i]
                )
            )
        default = "EPSG:4326" if xcol.lower() in ("lon", "longitude") else "EPSG:2154"
    if bad_rows:
        geoms[np.asarray(bad_rows)] = None
    return VectorTable(df, geoms, parse_crs(crs or default), source=str(path), messages=messages)


_OGR_TYPES = {"int64": "Integer64", "int32": "Integer", "float64": "Real", "bool": "Integer", "object": "String"}


BULK_WRITE_THRESHOLD = 5000


def geometries_from_wkb(values) -> np.ndarray:
    """Geometries from WKB values (bytes, None or NaN for none), each distinct WKB decoded once and shared: the
    cases located by their commune all carry that commune's polygon, the same bytes (a million cases of a sweep hold
    some 330 communes, not 90,000 copies of their outlines)."""
    values = np.asarray(values, dtype=object)
    codes, uniques = pd.factorize(values, use_na_sentinel=True)
    decoded = shapely.from_wkb(np.asarray(uniques, dtype=object))
    out = np.empty(len(values), dtype=object)
    out[:] = None
    present = codes >= 0
    out[present] = decoded[codes[present]]
    return out


def _gpkg_blobs(geometries: np.ndarray, present: np.ndarray, epsg: int) -> list:
    """GeoPackage binary geometries (header, envelope, ISO WKB, 2D; see qgis_adapters/geometry.py) built in arrays:
    as OGR writes them, every geometry but a point carries its envelope (minx, maxx, miny, maxy) in its header, so
    readers and the spatial index need not decode it; an empty one is flagged empty; a missing one is None."""
    # each distinct geometry object turned into WKB once (geometries shared by several rows stay one bytes object)
    ids, firsts = np.unique(np.fromiter(map(id, geometries), dtype=np.int64, count=len(geometries)), return_index=True)
    codes = np.searchsorted(ids, np.fromiter(map(id, geometries), dtype=np.int64, count=len(geometries)))
    wkb = shapely.to_wkb(geometries[firsts], output_dimension=2, byte_order=1, flavor="iso")[codes]
    n = len(geometries)
    is_empty = np.zeros(n, dtype=bool)
    is_empty[present] = shapely.is_empty(geometries[present])
    with_envelope = present & ~is_empty
    with_envelope[with_envelope] = shapely.get_type_id(geometries[with_envelope]) != 0
    head = np.zeros(n, dtype=[("magic", "S2"), ("version", "u1"), ("flags", "u1"), ("srs", "<i4"), ("env", "<f8", 4)])
    head["magic"] = b"GP"
    head["flags"] = np.where(is_empty, 0x11, np.where(with_envelope, 0x03, 0x01))
    head["srs"] = epsg
    bounds = shapely.bounds(geometries[with_envelope])
    head["env"][with_envelope] = bounds[:, [0, 2, 1, 3]]
    raw = head.tobytes()
    size = np.where(with_envelope, 40, 8).tolist()
    return [None if b is None else raw[40 * k : 40 * k + s] + b for k, (b, s) in enumerate(zip(wkb.tolist(), size))]


def _python_column(series: pd.Series) -> list:
    """A column as the Python values sqlite3 binds (NumPy numbers as int/float, missing values as None)."""
    values = series.to_numpy()
    kind = values.dtype.kind
    if kind in "iub":
        return [int(v) for v in values.tolist()] if kind == "b" else values.tolist()
    if kind == "f":
        out = values.astype(object)
        out[np.isnan(values)] = None
        return out.tolist()
    out = values.astype(object)
    missing = pd.isna(out)
    if missing.any():
        out[missing] = None
    return [v.item() if isinstance(v, np.generic) else v for v in out.tolist()] if kind != "O" else out.tolist()


def _morton_order(boxes: np.ndarray) -> np.ndarray:
    """Order of boxes (minx, maxx, miny, maxy) along a Z curve of their centres (neighbours together)."""
    cx, cy = (boxes[:, 0] + boxes[:, 1]) / 2, (boxes[:, 2] + boxes[:, 3]) / 2

    def spread(v):
        span = float(np.ptp(v)) or 1.0
        v = ((v - v.min()) / span * 65535).astype(np.uint64)
        for shift, mask in ((16, 0x0000FFFF0000FFFF), (8, 0x00FF00FF00FF00FF), (4, 0x0F0F0F0F0F0F0F0F),
                            (2, 0x3333333333333333), (1, 0x5555555555555555)):  # fmt: skip
            v = (v | (v << np.uint64(shift))) & np.uint64(mask)
        return v

    return np.argsort(spread(cx) | (spread(cy) << np.uint64(1)), kind="stable")


def _float32_box(boxes: np.ndarray) -> np.ndarray:
    """Boxes in float32 as SQLite's R*Tree stores them: minima rounded down, maxima up (the box still holds its
    geometry)."""
    out = boxes.astype(np.float32)
    for col, way in ((0, -np.inf), (1, np.inf), (2, -np.inf), (3, np.inf)):
        wrong = out[:, col] > boxes[:, col] if way < 0 else out[:, col] < boxes[:, col]
        out[wrong, col] = np.nextafter(out[wrong, col], np.float32(way))
    return out


def fill_rtree(con, rtree: str, ids: np.ndarray, boxes: np.ndarray) -> None:
    """Fill the empty SQLite R*Tree ``rtree`` (a GeoPackage spatial index) with ``ids`` and their ``boxes`` (minx,
    maxx, miny, maxy) in one pass, packed bottom-up along a Z curve: its three shadow tables are written as SQLite
    lays them out (node blobs of the tree's node size, big-endian ids and float32 coordinates, root node 1 holding
    the depth), instead of a million one-by-one R*Tree insertions. ``SELECT rtreecheck(…)`` checks the result."""
    if not len(ids):
        return
    node_size = con.execute(f'SELECT length(data) FROM "{rtree}_node" WHERE nodeno = 1').fetchone()[0]
    per_node = (node_size - 4) // 24
    order = _morton_order(boxes)
    ids, boxes = np.asarray(ids, dtype=np.int64)[order], _float32_box(boxes[order])
    counts = [int(-(-len(ids) // per_node))]  # nodes per level, leaves first
    while counts[-1] > 1:
        counts.append(int(-(-counts[-1] // per_node)))
    first = {len(counts) - 1: 1}  # node numbers: the root is 1, then each level below in turn
    for level in range(len(counts) - 2, -1, -1):
        first[level] = first[level + 1] + counts[level + 1]
    cell = np.dtype([("id", ">i8"), ("box", ">f4", 4)])
    nodes, parents = [], []
    for level, count in enumerate(counts):
        cells = np.zeros(len(ids), dtype=cell)
        cells["id"], cells["box"] = ids, boxes
        raw = cells.tobytes()
        numbers = np.arange(first[level], first[level] + count)
        starts = np.arange(count) * per_node
        depth = len(counts) - 1 if count == 1 and level == len(counts) - 1 else 0
        for number, start in zip(numbers.tolist(), starts.tolist()):
            k = min(per_node, len(ids) - start)
            data = depth.to_bytes(2, "big") + k.to_bytes(2, "big") + raw[24 * start : 24 * (start + k)]
            nodes.append((number, data + bytes(node_size - len(data))))
        if level == 0:  # in the order of the ids: appended to the table's B-tree, not inserted at random
            by_id = np.argsort(ids, kind="stable")
            con.executemany(
                f'INSERT INTO "{rtree}_rowid" (rowid, nodeno) VALUES (?, ?)',
                zip(ids[by_id].tolist(), np.repeat(numbers, per_node)[: len(ids)][by_id].tolist()),
            )
        else:
            parents.extend(zip(ids.tolist(), np.repeat(numbers, per_node)[: len(ids)].tolist()))
        if count == 1:
            break
        ids = numbers.astype(np.int64)
        boxes = np.column_stack(
            [
                np.minimum.reduceat(boxes[:, 0], starts),
                np.maximum.reduceat(boxes[:, 1], starts),
                np.minimum.reduceat(boxes[:, 2], starts),
                np.maximum.reduceat(boxes[:, 3], starts),
            ]
        )
    con.execute(f'DELETE FROM "{rtree}_node"')
    con.executemany(f'INSERT INTO "{rtree}_node" (nodeno, data) VALUES (?, ?)', nodes)
    con.executemany(f'INSERT INTO "{rtree}_parent" (nodeno, parentnode) VALUES (?, ?)', parents)


#: Rows whose values and GeoPackage blobs the bulk writer makes at a time (memory bounded by a block)
BULK_BLOCK_ROWS = 100_000


def _write_gpkg_bulk(path, name, attributes, geometries, epsg, description):
    """Large layers: OGR creates the (empty) layer, its fields and its spatial index (table and triggers); the rows
    go in with ``sqlite3`` in one transaction (GeoPackage binary geometries built in arrays, the insert triggers —
    OGR's SQL functions, its feature count — set aside meanwhile and put back as they were), and the spatial index
    is packed in one pass (:func:`fill_rtree`).

    Polygons are promoted to MultiPolygons and lines to MultiLineStrings when the layer holds nothing else, as
    the feature-by-feature path does; a layer mixing points and polygons is declared GEOMETRY.
    """
    import sqlite3

    ogr = _ogr()
    from osgeo import osr

    path = Path(path)
    geometries = np.asarray(geometries, dtype=object)
    present = ~pd.isna(geometries)
    types = set(shapely.get_type_id(geometries[present]).tolist()) if present.any() else set()
    gtype, promote = ogr.wkbUnknown, None
    if types and types <= {3, 6}:
        gtype, promote = ogr.wkbMultiPolygon, 3
    elif types and types <= {1, 5}:
        gtype, promote = ogr.wkbMultiLineString, 1
    elif types == {0}:
        gtype = ogr.wkbPoint
    if promote is not None:
        single = present.copy()
        single[present] = shapely.get_type_id(geometries[present]) == promote
        if single.any():
            maker = shapely.multipolygons if promote == 3 else shapely.multilinestrings
            geometries = geometries.copy()
            idx = np.flatnonzero(single)
            # one promoted geometry per distinct object: rows sharing a commune's outline keep sharing one
            ids = np.fromiter(map(id, geometries[idx]), dtype=np.int64, count=len(idx))
            _ids, firsts, back = np.unique(ids, return_index=True, return_inverse=True)
            geometries[idx] = maker(geometries[idx][firsts], indices=np.arange(len(firsts)))[back]
    driver = ogr.GetDriverByName("GPKG")
    ds = driver.Open(str(path), 1) if path.exists() else driver.CreateDataSource(str(path))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(epsg)
    options = ["SPATIAL_INDEX=YES", "GEOMETRY_NAME=geom", "FID=fid", "OVERWRITE=YES"] + (
        [f"DESCRIPTION={description}"] if description else []
    )
    lyr = ds.CreateLayer(name, srs, gtype, options=options)
    for col in attributes.columns:
        lyr.CreateField(ogr.FieldDefn(col, getattr(ogr, "OFT" + _OGR_TYPES.get(str(attributes[col].dtype), "String"))))
    ds = None  # the empty layer written, with its (empty) spatial index and its triggers

    fids = np.arange(1, len(geometries) + 1, dtype=np.int64)
    columns = ", ".join(['"fid"', '"geom"'] + [f'"{c}"' for c in attributes.columns])
    marks = ", ".join("?" * (len(attributes.columns) + 2))
    con = sqlite3.connect(str(path), isolation_level=None)
    try:
        con.execute("BEGIN")
        triggers = con.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ? AND sql LIKE '%AFTER INSERT%'",
            (name,),
        ).fetchall()
        for trigger, _sql in triggers:
            con.execute(f'DROP TRIGGER "{trigger}"')
        for start in range(0, len(geometries), BULK_BLOCK_ROWS):  # bounded memory: one block's values at a time
            part = slice(start, start + BULK_BLOCK_ROWS)
            block = attributes.iloc[part]
            con.executemany(
                f'INSERT INTO "{name}" ({columns}) VALUES ({marks})',
                zip(
                    fids[part].tolist(),
                    _gpkg_blobs(geometries[part], present[part], epsg),
                    *[_python_column(block[c]) for c in block.columns],
                ),
            )
        indexed = present.copy()
        indexed[present] = ~shapely.is_empty(geometries[present])
        if indexed.any():
            bounds = shapely.bounds(geometries[indexed])
            fill_rtree(con, f"rtree_{name}_geom", fids[indexed], bounds[:, [0, 2, 1, 3]])
            xmin, ymin, xmax, ymax = shapely.total_bounds(geometries[present])
            con.execute(
                "UPDATE gpkg_contents SET min_x = ?, min_y = ?, max_x = ?, max_y = ? WHERE table_name = ?",
                (xmin, ymin, xmax, ymax, name),
            )
        for _trigger, sql in triggers:
            con.execute(sql)
        if con.execute("SELECT 1 FROM sqlite_master WHERE name = 'gpkg_ogr_contents'").fetchone():
            con.execute(
                "UPDATE gpkg_ogr_contents SET feature_count = ? WHERE lower(table_name) = lower(?)",
                (len(geometries), name),
            )
        con.execute("COMMIT")
    except BaseException:
        if con.in_transaction:
            con.execute("ROLLBACK")
        raise
    finally:
        con.close()


def write_gpkg_layer(
    path,
    name: str,
    attributes: pd.DataFrame,
    geometries: np.ndarray,
    epsg: int = 2154,
    overwrite: bool = True,
    description: str = "",
) -> None:
    """Write one layer into a GeoPackage (created if needed), with a spatial index.

    Small layers keep exact field types (feature by feature); large ones go through OGR in bulk."""
    if len(geometries) > BULK_WRITE_THRESHOLD and overwrite:
        return _write_gpkg_bulk(path, name, attributes, np.asarray(geometries, dtype=object), epsg, description)
    ogr = _ogr()
    from osgeo import osr

    path = Path(path)
    driver = ogr.GetDriverByName("GPKG")
    ds = driver.Open(str(path), 1) if path.exists() else driver.CreateDataSource(str(path))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(epsg)
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    types = shapely.get_type_id(geometries[~pd.isna(geometries)]) if len(geometries) else np.array([])
    gtype = ogr.wkbUnknown
    if len(types):
        kinds = set(types.tolist())
        if kinds <= {3, 6}:
            gtype = ogr.wkbMultiPolygon
        elif kinds <= {1, 5}:
            gtype = ogr.wkbMultiLineString
        elif kinds == {0}:
            gtype = ogr.wkbPoint
    options = ["SPATIAL_INDEX=YES", "GEOMETRY_NAME=geom", "FID=fid"]
    if overwrite:
        options.append("OVERWRITE=YES")
    if description:
        options.append(f"DESCRIPTION={description}")
    lyr = ds.CreateLayer(name, srs, gtype, options=options)
    for col in attributes.columns:
        kind = str(attributes[col].dtype)
        ftype = getattr(ogr, "OFT" + _OGR_TYPES.get(kind, "String"))
        lyr.CreateField(ogr.FieldDefn(col, ftype))
    if gtype == ogr.wkbMultiPolygon:
        geometries = np.array(
            [shapely.MultiPolygon([g]) if g is not None and g.geom_type == "Polygon" else g for g in geometries],
            dtype=object,
        )
    elif gtype == ogr.wkbMultiLineString:
        geometries = np.array(
            [shapely.MultiLineString([g]) if g is not None and g.geom_type == "LineString" else g for g in geometries],
            dtype=object,
        )
    wkbs = shapely.to_wkb(geometries, output_dimension=2)  # 2D: see qgis_adapters/geometry.py
    records = attributes.to_dict("records")
    defn = lyr.GetLayerDefn()
    # fields set by index: by name, OGR's Python binding looks the name up among all the fields at every call (2,000
    # cases of the weekly sweep: 2.9 s of 3.0 s spent finding field indexes, issue 29)
    index = {col: defn.GetFieldIndex(col) for col in attributes.columns}
    lyr.StartTransaction()
    for rec, wkb in zip(records, wkbs):
        feat = ogr.Feature(defn)
        for key, value in rec.items():
            if value is None or (isinstance(value, float) and np.isnan(value)):
                continue
            if isinstance(value, (np.integer, bool, np.bool_)):
                value = int(value)
            elif isinstance(value, np.floating):
                value = float(value)
            feat.SetField(index[key], value)
        if wkb is not None:
            feat.SetGeometry(ogr.CreateGeometryFromWkb(wkb))
        lyr.CreateFeature(feat)
    lyr.CommitTransaction()
    ds = None


def write_table(path, name: str, rows: list) -> None:
    """Write a small non-spatial key/value table (aspatial GeoPackage table) with sqlite3."""
    import sqlite3

    con = sqlite3.connect(str(path))
    try:
        con.execute(f'DROP TABLE IF EXISTS "{name}"')
        con.execute(f'CREATE TABLE "{name}" (cle TEXT PRIMARY KEY, valeur TEXT)')
        con.executemany(f'INSERT INTO "{name}" VALUES (?, ?)', rows)
        con.execute("DELETE FROM gpkg_contents WHERE table_name = ?", (name,))
        con.execute(
            "INSERT INTO gpkg_contents (table_name, data_type, identifier, description) VALUES (?, 'attributes', ?, ?)",
            (name, name, "Métadonnées du jeu de référence"),
        )
        con.commit()
    finally:
        con.close()


def read_table(path, name: str) -> dict:
    """A non-spatial table of a GeoPackage as a DataFrame."""
    import sqlite3

    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return dict(con.execute(f'SELECT cle, valeur FROM "{name}"').fetchall())
    finally:
        con.close()

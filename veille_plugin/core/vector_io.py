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


def _write_gpkg_bulk(path, name, attributes, geometries, epsg, description):
    """Large layers: OGR creates the (empty) layer and its fields, rows are inserted with ``sqlite3`` in one
    transaction (GeoPackage binary geometries built in arrays), then OGR builds the spatial index in C.

    Polygons are promoted to MultiPolygons and lines to MultiLineStrings when the layer holds nothing else, as
    the feature-by-feature path does; a layer mixing points and polygons is declared GEOMETRY.
    """
    import sqlite3
    import struct

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
            geometries[idx] = maker(geometries[idx], indices=np.arange(len(idx)))
    driver = ogr.GetDriverByName("GPKG")
    ds = driver.Open(str(path), 1) if path.exists() else driver.CreateDataSource(str(path))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(epsg)
    options = ["SPATIAL_INDEX=NO", "GEOMETRY_NAME=geom", "FID=fid", "OVERWRITE=YES"] + (
        [f"DESCRIPTION={description}"] if description else []
    )
    lyr = ds.CreateLayer(name, srs, gtype, options=options)
    for col in attributes.columns:
        lyr.CreateField(ogr.FieldDefn(col, getattr(ogr, "OFT" + _OGR_TYPES.get(str(attributes[col].dtype), "String"))))
    ds = None

    wkb = shapely.to_wkb(
        geometries, output_dimension=2, byte_order=1, flavor="iso"
    )  # 2D: see qgis_adapters/geometry.py
    header = b"GP\x00\x01" + struct.pack("<i", epsg)
    empty = b"GP\x00\x11" + struct.pack("<i", epsg)
    is_empty = np.zeros(len(geometries), dtype=bool)
    is_empty[present] = shapely.is_empty(geometries[present])
    blobs = [None if b is None else (empty if e else header) + b for b, e in zip(wkb.tolist(), is_empty.tolist())]
    frame = attributes.astype(object).where(attributes.notna(), None)
    for col in frame.columns:  # numpy scalars → Python values sqlite3 accepts
        kind = str(attributes[col].dtype)
        if kind.startswith(("int", "Int", "bool")):
            frame[col] = [None if v is None else int(v) for v in frame[col].tolist()]
        elif kind.startswith("float"):
            frame[col] = [None if v is None else float(v) for v in frame[col].tolist()]
    columns = ", ".join(['"geom"'] + [f'"{c}"' for c in attributes.columns])
    marks = ", ".join("?" * (len(attributes.columns) + 1))
    con = sqlite3.connect(str(path))
    try:
        con.execute("BEGIN")
        con.executemany(
            f'INSERT INTO "{name}" ({columns}) VALUES ({marks})',
            zip(blobs, *[frame[c].tolist() for c in frame.columns]),
        )
        if present.any():
            xmin, ymin, xmax, ymax = shapely.total_bounds(geometries[present])
            con.execute(
                "UPDATE gpkg_contents SET min_x = ?, min_y = ?, max_x = ?, max_y = ? WHERE table_name = ?",
                (xmin, ymin, xmax, ymax, name),
            )
        con.commit()
    finally:
        con.close()
    ds = ogr.Open(str(path), 1)
    ds.ExecuteSQL(f"SELECT CreateSpatialIndex('{name}', 'geom')")
    ds = None


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

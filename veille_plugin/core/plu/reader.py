"""Reading a PLU / PLUi version in the CNIG standard (2014, 2017, 2024) from what users have.

Accepted: a directory (shapefiles, GeoJSON, GeoPackages inside, searched recursively), a GeoPackage with
several layers, a ZIP archive, a single file, or a list of those. Tables are recognised by their layer or
file name (``<INSEE|SIREN>_ZONE_URBA_<DATAPPRO>``, ``ZONE_URBA``, ``zone_urba``, ``PRESCRIPTION_SURF``…) and,
failing that, by their fields (TYPEZONE, TYPEPSC, TYPEINF, TYPEDOC). Field names are normalised
(case-insensitive; 2014 DESTDOMI vs 2024 FORMDOMI; INSEE/DATAPPRO derived from IDURBA when absent).
Geometries are reprojected to EPSG:2154 and repaired (``make_valid``) with a reported anomaly.
A bad feature never aborts the reading: it is reported (file, layer, feature, field, value) and skipped.
"""

import os
import re
import shutil
import tempfile
from pathlib import Path
from typing import Callable, Optional

import numpy as np
import pandas as pd
import shapely

from ..crs import L93, looks_like_degrees, outside_france, parse_crs, to_l93
from ..archives import safe_extract
from ..errors import CrsError, InputError
from ..i18n import tr
from .model import (  # noqa: F401 (IDURBA_RE, parse_idurba re-exported)
    DOC_KINDS,
    ERROR,
    IDURBA_RE,
    INFO,
    INFO_KINDS,
    PRESCRIPTION_KINDS,
    WARNING,
    ZONE_URBA,
    Anomaly,
    PluTable,
    PluVersion,
    parse_idurba,
)
from .validate import validate_version

VECTOR_SUFFIXES = (".shp", ".geojson", ".json", ".gpkg", ".sqlite", ".gml", ".tab", ".fgb")
_KIND_RE = re.compile(
    r"(?:^|[_\W])(ZONE_URBA|PRESCRIPTION_(?:SURF|LIN|PCT)|INFO_(?:SURF|LIN|PCT)|DOC_URBA_COM|DOC_URBA)(?:$|[_\W])",
    re.IGNORECASE,
)

# alternative names met in exports (GPU flux, truncated shapefile names) -> CNIG name
FIELD_ALIASES = {
    "TYPE_ZONE": "TYPEZONE",
    "TYPEPRESC": "TYPEPSC",
    "TYPE_PSC": "TYPEPSC",
    "STYPEPRESC": "STYPEPSC",
    "SOUS_TYPE": None,
    "TYPE_INF": "TYPEINF",
    "STYPE_INF": "STYPEINF",
    "DATEVALID": "DATVALID",
    "DATE_VALID": "DATVALID",
    "CODE_INSEE": "INSEE",
    "INSEE_COM": "INSEE",
    "DATE_APPRO": "DATAPPRO",
    "LIBELLONG": "LIBELONG",
    "ID_URBA": "IDURBA",
}
GEOMETRY_FAMILY = {"SURF": (3, 6), "LIN": (1, 2, 5), "PCT": (0, 4)}

Progress = Optional[Callable[[float, str], None]]
Cancelled = Optional[Callable[[], bool]]


def _ogr():
    from osgeo import gdal, ogr

    gdal.UseExceptions()
    ogr.UseExceptions()
    return ogr


def detect_kind_from_name(name: str) -> str:
    """CNIG table kind from a file or layer name («ZONE_URBA», «PRESCRIPTION_SURF»…), or «»."""
    m = _KIND_RE.search(Path(name).stem if "." in name else name)
    return m.group(1).upper() if m else ""


def detect_kind_from_fields(fields, geom_dims: set) -> str:
    """CNIG table kind from the fields and the geometry dimension, or «»."""
    f = {c.upper() for c in fields}
    suffix = "SURF" if 2 in geom_dims or not geom_dims else ("LIN" if 1 in geom_dims else "PCT")
    if "TYPEZONE" in f:
        return ZONE_URBA
    if "TYPEPSC" in f:
        return "PRESCRIPTION_" + suffix
    if "TYPEINF" in f:
        return "INFO_" + suffix
    if "TYPEDOC" in f or "ETAT" in f:
        return "DOC_URBA"
    if f >= {"IDURBA", "INSEE"} and not geom_dims:
        return "DOC_URBA_COM"
    return ""


def detect_variant(fields, kind: str = ZONE_URBA) -> str:
    """CNIG standard variant from the fields: 2024 (FORMDOMI, DESTOUI…), 2014 (DESTDOMI, or INSEE/DATAPPRO without
    IDURBA), else 2017."""
    f = {c.upper() for c in fields}
    if f & {"FORMDOMI", "DESTOUI", "DESTCDT", "DESTNON", "LIB_IDZONE", "SYMBOLE", "LIB_IDPSC", "LIB_IDINF"}:
        return "2024"
    if "DESTDOMI" in f or ("IDURBA" not in f and ({"INSEE", "DATAPPRO"} & f)):
        return "2014"
    return "2017"


# ----------------------------------------------------------------------------- low-level layer reading


def _decode_column(values: np.ndarray, encoding_state: dict) -> np.ndarray:
    if values.dtype.kind != "S" and not (
        values.dtype == object and len(values) and isinstance(next((v for v in values if v is not None), None), bytes)
    ):
        return values
    raw = values.tolist()
    out = np.empty(len(raw), dtype=object)
    for i, v in enumerate(raw):
        if v is None:
            out[i] = None
            continue
        try:
            out[i] = v.decode("utf-8")
        except UnicodeDecodeError:
            out[i] = v.decode("cp1252", "replace")
            encoding_state["fallback"] = True
    out[out == ""] = None
    return out


def _layer_crs(lyr, path: Path, layer_name: str, anomalies: list, geoms: np.ndarray):
    srs = lyr.GetSpatialRef()
    if srs is not None and (srs.IsLocal() or "undefined" in (srs.GetName() or "").lower()):
        srs = None  # GeoPackage «Undefined cartesian SRS»: no CRS declared
    if srs is not None:
        auth = srs.GetAuthorityName(None), srs.GetAuthorityCode(None)
        try:
            return parse_crs(f"{auth[0]}:{auth[1]}" if all(auth) else srs.ExportToWkt())
        except CrsError:
            pass
        try:
            return parse_crs(srs.ExportToWkt())
        except CrsError:
            anomalies.append(
                Anomaly(
                    ERROR,
                    "SCR_INCONNU",
                    tr("système de coordonnées illisible ; couche ignorée."),
                    tr("Enregistrez la couche en Lambert-93 (EPSG:2154) ou joignez un fichier .prj valide."),
                    path.name,
                    layer_name,
                )
            )
            return None
    ok = ~pd.isna(geoms)
    if not ok.any():
        return parse_crs(L93)
    degrees = looks_like_degrees(geoms[ok])
    if degrees.all():
        anomalies.append(
            Anomaly(
                WARNING,
                "SCR_ABSENT",
                tr("aucun système de coordonnées déclaré ; coordonnées en degrés : WGS84 (EPSG:4326) supposé."),
                tr("Joignez le fichier .prj ou enregistrez la couche en Lambert-93."),
                path.name,
                layer_name,
            )
        )
        return parse_crs("EPSG:4326")
    if not outside_france(geoms[ok]).any():
        anomalies.append(
            Anomaly(
                WARNING,
                "SCR_ABSENT",
                tr(
                    "aucun système de coordonnées déclaré ; coordonnées compatibles avec Lambert-93 (EPSG:2154), "
                    "supposé."
                ),
                tr("Joignez le fichier .prj pour lever le doute."),
                path.name,
                layer_name,
            )
        )
        return parse_crs(L93)
    anomalies.append(
        Anomaly(
            ERROR,
            "SCR_INCONNU",
            tr("aucun système de coordonnées déclaré et coordonnées ni en degrés ni en Lambert-93 ; couche ignorée."),
            tr("Indiquez le système de coordonnées (fichier .prj) ou reprojetez la couche en EPSG:2154."),
            path.name,
            layer_name,
        )
    )
    return None


def read_layer(ds, lyr, path: Path, anomalies: list):
    """(attributes DataFrame with original names, WKB-decoded geometries, CRS or None, fids). Never raises on a bad
    feature."""
    layer_name = lyr.GetName()
    geom_col = lyr.GetGeometryColumn() or "wkb_geometry"
    fid_col = lyr.GetFIDColumn() or "OGC_FID"
    columns, geoms, fids = {}, [], []
    state = {}
    if hasattr(lyr, "GetArrowStreamAsNumPy"):
        stream = lyr.GetArrowStreamAsNumPy(options=["USE_MASKED_ARRAYS=NO", "INCLUDE_FID=YES"])
        for batch in stream:
            for key, values in batch.items():
                if key in (geom_col, "wkb_geometry", "geometry", "geom") and lyr.GetGeomType() != 100:
                    geoms.append(shapely.from_wkb(values, on_invalid="ignore"))
                elif key == fid_col or key == "OGC_FID":
                    fids.append(np.asarray(values))
                else:
                    columns.setdefault(key, []).append(_decode_column(values, state))
    else:  # pragma: no cover - GDAL < 3.6
        defn = lyr.GetLayerDefn()
        names = [defn.GetFieldDefn(i).GetName() for i in range(defn.GetFieldCount())]
        rows, wkbs, fid_list = [], [], []
        for feat in lyr:
            rows.append([feat.GetField(n) for n in names])
            g = feat.GetGeometryRef()
            wkbs.append(bytes(g.ExportToIsoWkb()) if g is not None else None)
            fid_list.append(feat.GetFID())
        columns = {n: [np.array([r[i] for r in rows], dtype=object)] for i, n in enumerate(names)}
        geoms = [shapely.from_wkb(np.array(wkbs, dtype=object), on_invalid="ignore")]
        fids = [np.array(fid_list)]
    n = (
        sum(len(g) for g in geoms)
        if geoms
        else (sum(len(v) for v in next(iter(columns.values()), [])) if columns else 0)
    )
    attrs = (
        pd.DataFrame({k: np.concatenate(v) for k, v in columns.items()}) if columns else pd.DataFrame(index=range(n))
    )
    geometries = np.concatenate(geoms) if geoms else np.full(len(attrs), None, dtype=object)
    fid = np.concatenate(fids) if fids else np.arange(1, len(attrs) + 1)
    if state.get("fallback"):
        anomalies.append(
            Anomaly(
                WARNING,
                "ENCODAGE",
                tr("textes non UTF-8 et encodage non déclaré : lus en Windows-1252 (Latin-1)."),
                tr("Ajoutez un fichier .cpg (« UTF-8 » ou « 1252 ») à côté du .shp pour lever le doute."),
                path.name,
                layer_name,
            )
        )
    crs = _layer_crs(lyr, path, layer_name, anomalies, geometries) if lyr.GetGeomType() != 100 else parse_crs(L93)
    return attrs.reset_index(drop=True), geometries, crs, fid


# ----------------------------------------------------------------------------- normalisation


def normalise_fields(attrs: pd.DataFrame) -> pd.DataFrame:
    """Field names upper-cased and mapped to the standard's spelling."""
    rename = {}
    for c in attrs.columns:
        up = str(c).strip().upper()
        up = FIELD_ALIASES.get(up, up) or up
        if up not in rename.values():
            rename[c] = up
    return attrs.rename(columns=rename)


def _clean_text(series: pd.Series) -> np.ndarray:
    def f(v):
        if v is None or (isinstance(v, float) and np.isnan(v)):
            return None
        if isinstance(v, (float, np.floating)) and float(v).is_integer():
            v = int(v)
        s = str(v).strip()
        return s or None

    return series.map(f).to_numpy(dtype=object)


def _polygonal(g):
    if g is None:
        return None
    if g.geom_type in ("Polygon", "MultiPolygon"):
        return g
    parts = [p for p in shapely.get_parts(g) if p.geom_type in ("Polygon", "MultiPolygon")]
    if not parts:
        return None
    return shapely.union_all(parts)


def _same_dimension(g, dims):
    if g is None:
        return None
    parts = [p for p in shapely.get_parts(g) if shapely.get_type_id(p) in dims]
    if not parts:
        return None
    return parts[0] if len(parts) == 1 else shapely.union_all(parts)


def _prepare_geometries(
    geoms: np.ndarray, crs, kind: str, path: Path, layer: str, fids: np.ndarray, anomalies: list, tag: str
) -> tuple:
    """Reproject to L93, repair invalid geometries, check the geometry type of the table. Returns (geoms, ok)."""
    n = len(geoms)
    ok = ~pd.isna(geoms)
    if ok.any():
        ok[ok] = ~shapely.is_empty(geoms[ok])
    for i in np.flatnonzero(~ok):
        anomalies.append(
            Anomaly(
                ERROR,
                "GEOMETRIE_ABSENTE",
                tr("géométrie absente, vide ou illisible ; entité non analysée."),
                tr("Redessinez l'entité ou supprimez-la."),
                path.name,
                layer,
                int(fids[i]),
                version=tag,
            )
        )
    out = np.full(n, None, dtype=object)
    if ok.any():
        try:
            out[ok] = to_l93(geoms[ok], crs)
        except Exception as exc:  # pyproj failures: report, skip the layer's geometries
            anomalies.append(
                Anomaly(
                    ERROR,
                    "REPROJECTION",
                    tr("reprojection en Lambert-93 impossible ({err}) ; couche non analysée.").format(err=exc),
                    tr("Vérifiez le système de coordonnées de la couche."),
                    path.name,
                    layer,
                    version=tag,
                )
            )
            return out, np.zeros(n, dtype=bool)
        bad_place = np.zeros(n, dtype=bool)
        bad_place[ok] = outside_france(out[ok])
        for i in np.flatnonzero(bad_place):
            anomalies.append(
                Anomaly(
                    ERROR,
                    "HORS_FRANCE",
                    tr(
                        "entité hors de la France métropolitaine après reprojection : système de coordonnées déclaré "
                        "faux ?"
                    ),
                    tr("Vérifiez le .prj ou le SCR de la couche."),
                    path.name,
                    layer,
                    int(fids[i]),
                    version=tag,
                )
            )
        ok &= ~bad_place
    invalid = np.zeros(n, dtype=bool)
    if ok.any():
        invalid[ok] = ~shapely.is_valid(out[ok])
    for i in np.flatnonzero(invalid):
        reason = shapely.is_valid_reason(out[i])
        repaired = shapely.make_valid(out[i])
        suffix = kind.rsplit("_", 1)[-1]
        if kind == ZONE_URBA or suffix == "SURF":
            repaired = _polygonal(repaired)
        if repaired is None or repaired.is_empty:
            ok[i] = False
            anomalies.append(
                Anomaly(
                    ERROR,
                    "GEOMETRIE_INVALIDE",
                    tr("géométrie invalide ({r}) et irréparable ; entité non analysée.").format(r=reason),
                    tr("Corrigez la géométrie (outil « Réparer les géométries » de QGIS)."),
                    path.name,
                    layer,
                    int(fids[i]),
                    version=tag,
                )
            )
            continue
        out[i] = repaired
        anomalies.append(
            Anomaly(
                WARNING,
                "GEOMETRIE_REPAREE",
                tr("géométrie invalide ({r}) réparée automatiquement (make_valid) ; surface à contrôler.").format(
                    r=reason
                ),
                tr("Corrigez la géométrie à la source (outil « Réparer les géométries » de QGIS)."),
                path.name,
                layer,
                int(fids[i]),
                version=tag,
            )
        )
    suffix = "SURF" if kind == ZONE_URBA else kind.rsplit("_", 1)[-1]
    if suffix in GEOMETRY_FAMILY and ok.any():
        dims = GEOMETRY_FAMILY[suffix]
        types = np.full(n, -1)
        types[ok] = shapely.get_type_id(out[ok])
        wrong = ok & ~np.isin(types, dims)
        for i in np.flatnonzero(wrong):
            fixed = _same_dimension(out[i], dims) if types[i] == 7 else None
            if fixed is not None:
                out[i] = fixed
                continue
            ok[i] = False
            anomalies.append(
                Anomaly(
                    ERROR,
                    "TYPE_GEOMETRIE",
                    tr("géométrie de type {t} dans une table {k} (attendu : {e}) ; entité non analysée.").format(
                        t=out[i].geom_type,
                        k=kind,
                        e={"SURF": tr("polygone"), "LIN": tr("ligne"), "PCT": tr("point")}[suffix],
                    ),
                    tr("Rangez l'entité dans la table du bon type (SURF, LIN ou PCT)."),
                    path.name,
                    layer,
                    int(fids[i]),
                    version=tag,
                )
            )
    return out, ok


def _derive_fields(attrs: pd.DataFrame, kind: str) -> pd.DataFrame:
    for col in attrs.columns:
        if attrs[col].dtype == object or not np.issubdtype(attrs[col].dtype, np.number):
            attrs[col] = _clean_text(attrs[col])
    for col in ("TYPEPSC", "STYPEPSC", "TYPEINF", "STYPEINF", "DESTDOMI", "ETAT"):
        if col in attrs.columns:
            from .codes import norm_code

            attrs[col] = attrs[col].map(lambda v: norm_code(v) or None).to_numpy(dtype=object)
    if "FORMDOMI" in attrs.columns:
        attrs["FORMDOMI"] = (
            attrs["FORMDOMI"]
            .map(lambda v: None if v is None else (str(v).zfill(4) if str(v).isdigit() else str(v)))
            .to_numpy(dtype=object)
        )
    if "IDURBA" in attrs.columns:
        parsed = {v: parse_idurba(v) for v in pd.unique(attrs["IDURBA"].dropna())}
        ids = attrs["IDURBA"].to_numpy(dtype=object)
        if "INSEE" not in attrs.columns:
            attrs["INSEE"] = np.array(
                [parsed.get(v, {}).get("insee") or None if v is not None else None for v in ids], dtype=object
            )
        if "DATAPPRO" not in attrs.columns:
            attrs["DATAPPRO"] = np.array(
                [parsed.get(v, {}).get("date") if v is not None else None for v in ids], dtype=object
            )
        if "SIREN" not in attrs.columns:
            attrs["SIREN"] = np.array(
                [parsed.get(v, {}).get("siren") or None if v is not None else None for v in ids], dtype=object
            )
    if "INSEE" in attrs.columns:
        attrs["INSEE"] = (
            attrs["INSEE"]
            .map(lambda v: None if v is None else (str(v).zfill(5) if str(v).isdigit() else str(v)))
            .to_numpy(dtype=object)
        )
    return attrs


# ----------------------------------------------------------------------------- files and versions


def _canonical_typezone(attrs: pd.DataFrame, path: Path, layer_name: str, anomalies: list, tag: str) -> None:
    """«u», «auc», «NH» → «U», «AUc», «Nh» (the CNIG codes differ by more than case), each with a warning."""
    from .codes import load_codes

    cl = load_codes()
    official = {c.upper(): c for c in list(cl.typezone) + list(cl.typezone_obsolete)}
    values = attrs["TYPEZONE"].to_numpy(dtype=object).copy()
    fids = attrs["_fid"].to_numpy()
    fixed = 0
    for k, v in enumerate(values):
        if isinstance(v, str) and v not in official.values() and v.upper() in official:
            values[k] = official[v.upper()]
            fixed += 1
            if fixed <= 500:
                anomalies.append(
                    Anomaly(
                        WARNING,
                        "TYPEZONE_CASSE",
                        tr("TYPEZONE « {v} » mal écrit (majuscules et minuscules) : lu comme « {c} ».").format(
                            v=v, c=values[k]
                        ),
                        tr("Écrivez le code exactement comme le standard CNIG (U, AUc, AUs, A, N)."),
                        path.name,
                        layer_name,
                        int(fids[k]),
                        "TYPEZONE",
                        v,
                        tag,
                    )
                )
    if fixed:
        attrs["TYPEZONE"] = values


def _displayable(name: str) -> str:
    """A file name Python could not decode (bytes of a Windows-1252 share) → readable text (UTF-8, else
    Windows-1252)."""
    try:
        name.encode("utf-8")
        return name
    except UnicodeEncodeError:
        data = os.fsencode(name)
        try:
            return data.decode("utf-8")
        except UnicodeDecodeError:
            return data.decode("cp1252", "replace")


def _utf8_aliases(files: list, tmpdirs: list) -> list:
    """GDAL only opens paths it can pass as UTF-8: a file whose name is not valid UTF-8 (and the sidecars of a
    shapefile) is linked under its readable name in a temporary folder."""
    out, alias_dir = [], None
    for f in files:
        if _displayable(str(f)) == str(f):
            out.append(f)
            continue
        if alias_dir is None:
            t = tempfile.TemporaryDirectory(prefix="veille_plu_noms_")
            tmpdirs.append(t)
            alias_dir = Path(t.name)
        sub = alias_dir / str(len(out))
        sub.mkdir()
        stem = f.name[: -len(f.suffix)] if f.suffix else f.name
        for sib in f.parent.iterdir():
            if sib == f or sib.name.startswith(stem + "."):
                link = sub / _displayable(sib.name)
                try:
                    link.symlink_to(sib)
                except OSError:
                    shutil.copy2(sib, link)
        out.append(sub / _displayable(f.name))
    return out


def _candidate_files(path: Path) -> list:
    if path.is_dir():
        files = sorted(p for p in path.rglob("*") if p.suffix.lower() in VECTOR_SUFFIXES and p.is_file())
        # a .json beside a .geojson of the same name, sidecars of shapefiles…: keep vector files only
        return [p for p in files if not p.name.startswith(".")]
    return [path]


def _open(path: Path, anomalies: list, tag: str):
    ogr = _ogr()
    try:
        ds = ogr.Open(str(path))
    except RuntimeError:  # GDAL's English words («not recognized as being in a supported file format») not shown
        anomalies.append(
            Anomaly(
                ERROR,
                "FICHIER_ILLISIBLE",
                tr("fichier illisible : format non reconnu ou endommagé."),
                tr("Vérifiez le fichier (ouvrez-le dans QGIS) ou exportez-le en GeoPackage."),
                path.name,
                version=tag,
            )
        )
        return None
    if ds is None:
        anomalies.append(
            Anomaly(
                ERROR, "FICHIER_ILLISIBLE", tr("fichier illisible."), tr("Vérifiez le fichier."), path.name, version=tag
            )
        )
    return ds


def read_plu_table(path, layer: Optional[str] = None, kind: Optional[str] = None, version: str = "") -> tuple:
    """Read one layer as a :class:`PluTable` (EPSG:2154). Returns ``(table or None, anomalies)``."""
    path = Path(path)
    anomalies = []
    ds = _open(path, anomalies, version)
    if ds is None:
        return None, anomalies
    lyr = ds.GetLayerByName(layer) if layer else ds.GetLayerByIndex(0)
    if lyr is None:
        anomalies.append(
            Anomaly(
                ERROR,
                "COUCHE_ABSENTE",
                tr("couche « {l} » absente.").format(l=layer),
                "",
                path.name,
                layer or "",
                version=version,
            )
        )
        return None, anomalies
    table = _table_from_layer(ds, lyr, path, kind, anomalies, version)
    return table, anomalies


def _table_from_layer(ds, lyr, path: Path, kind: Optional[str], anomalies: list, tag: str) -> Optional[PluTable]:
    layer_name = lyr.GetName()
    try:
        attrs, geoms, crs, fids = read_layer(ds, lyr, path, anomalies)
    except Exception as exc:  # a broken layer is reported, the others are read
        anomalies.append(
            Anomaly(
                ERROR,
                "COUCHE_ILLISIBLE",
                tr("couche illisible ({err}) ; ignorée.").format(err=str(exc).strip()),
                tr("Ouvrez-la dans QGIS pour la vérifier, ou exportez-la à nouveau."),
                path.name,
                layer_name,
                version=tag,
            )
        )
        return None
    for a in anomalies:
        a.version = a.version or tag
    attrs = normalise_fields(attrs)
    dims = set()
    ok0 = ~pd.isna(geoms)
    if ok0.any():
        dims = set(np.unique(shapely.get_dimensions(geoms[ok0])).tolist())
    kind = (
        kind
        or detect_kind_from_name(layer_name)
        or detect_kind_from_name(path.name)
        or detect_kind_from_fields(attrs.columns, dims)
    )
    if not kind:
        anomalies.append(
            Anomaly(
                INFO,
                "COUCHE_NON_CNIG",
                tr("couche non reconnue comme table du standard CNIG (ni par son nom ni par ses champs) ; ignorée."),
                tr("Nommez-la selon le standard (…_ZONE_URBA_…, …_PRESCRIPTION_SURF_…) si elle en fait partie."),
                path.name,
                layer_name,
                version=tag,
            )
        )
        return None
    variant = detect_variant(attrs.columns, kind)
    attrs = _derive_fields(attrs, kind)
    if kind in DOC_KINDS:
        geometries, ok = np.full(len(attrs), None, dtype=object), np.ones(len(attrs), dtype=bool)
    elif crs is None:
        geometries, ok = np.full(len(attrs), None, dtype=object), np.zeros(len(attrs), dtype=bool)
    else:
        geometries, ok = _prepare_geometries(geoms, crs, kind, path, layer_name, fids, anomalies, tag)
    attrs["_fichier"] = path.name
    attrs["_couche"] = layer_name
    attrs["_fid"] = fids.astype(np.int64) if len(fids) == len(attrs) else np.arange(1, len(attrs) + 1)
    attrs["_ok"] = ok
    attrs["_table"] = kind
    if kind == ZONE_URBA and "TYPEZONE" in attrs.columns:
        _canonical_typezone(attrs, path, layer_name, anomalies, tag)
    return PluTable(kind, attrs, geometries, variant, [(path.name, layer_name)])


def read_plu_version(paths, label: str = "", progress: Progress = None, cancelled: Cancelled = None) -> PluVersion:
    """Read every CNIG table found in ``paths`` (one path or a list: directories, GeoPackages, ZIP, files).

    Missing files and unreadable layers are anomalies (``erreur``), not exceptions, unless nothing at all could
    be read (then :class:`InputError`). ``progress(fraction, message)`` and ``cancelled()`` are optional."""
    if isinstance(paths, (str, Path)):
        paths = [paths]
    paths = [Path(p) for p in paths]
    label = label or ", ".join(_displayable(p.name) for p in paths)
    anomalies, found = [], {}
    tmpdirs = []
    files = []
    for p in paths:
        if not p.exists():
            anomalies.append(
                Anomaly(
                    ERROR,
                    "FICHIER_INTROUVABLE",
                    tr("fichier ou dossier introuvable : {p}.").format(p=p),
                    tr("Vérifiez le chemin."),
                    p.name,
                    version=label,
                )
            )
            continue
        if p.suffix.lower() == ".zip":
            tmp = tempfile.TemporaryDirectory(prefix="veille_plu_")
            tmpdirs.append(tmp)
            try:
                safe_extract(p, tmp.name)
            except InputError as exc:
                anomalies.append(
                    Anomaly(
                        ERROR,
                        "FICHIER_ILLISIBLE",
                        str(exc),
                        tr("Vérifiez l'archive."),
                        p.name,
                        version=label,
                    )
                )
                continue
            files.extend(_candidate_files(Path(tmp.name)))
        else:
            files.extend(_candidate_files(p))
    files = _utf8_aliases(files, tmpdirs)
    try:
        for k, f in enumerate(files):
            if cancelled is not None and cancelled():
                raise InputError(tr("Lecture annulée."))
            if progress is not None:
                progress(k / max(len(files), 1), tr("Lecture de {f}").format(f=f.name))
            ds = _open(f, anomalies, label)
            if ds is None:
                continue
            for j in range(ds.GetLayerCount()):
                lyr = ds.GetLayerByIndex(j)
                local = []
                table = _table_from_layer(ds, lyr, f, None, local, label)
                for a in local:
                    a.version = label
                anomalies.extend(local)
                if table is not None:
                    found.setdefault(table.kind, []).append(table)
            ds = None
    finally:
        for t in tmpdirs:
            t.cleanup()
    if not found:
        if not any(a.niveau == ERROR for a in anomalies):
            anomalies.append(
                Anomaly(
                    ERROR,
                    "AUCUNE_TABLE",
                    tr("aucune table du standard CNIG trouvée (ZONE_URBA, PRESCRIPTION_*, INFO_*)."),
                    tr("Indiquez le dossier ou le GeoPackage du PLU au standard CNIG."),
                    ", ".join(p.name for p in paths),
                    version=label,
                )
            )
        raise InputError(
            tr("Version « {v} » illisible : {msg}").format(
                v=label, msg="; ".join(str(a) for a in anomalies if a.niveau == ERROR)[:2000]
            )
        )
    tables = {k: PluTable.concat(k, v) for k, v in found.items()}
    if ZONE_URBA not in tables:
        anomalies.append(
            Anomaly(
                WARNING,
                "ZONE_URBA_ABSENTE",
                tr("pas de table ZONE_URBA : le zonage ne pourra pas être comparé."),
                tr("Ajoutez la table ZONE_URBA du PLU."),
                ", ".join(p.name for p in paths),
                version=label,
            )
        )
    if progress is not None:
        progress(1.0, tr("Lecture terminée"))

    version = PluVersion(label, ", ".join(str(p) for p in paths), tables, anomalies)
    version.anomalies.extend(validate_version(version))
    return version


__all__ = [
    "read_plu_version",
    "read_plu_table",
    "detect_variant",
    "detect_kind_from_name",
    "parse_idurba",
    "PREFIX_KINDS",
]
PREFIX_KINDS = (ZONE_URBA,) + PRESCRIPTION_KINDS + INFO_KINDS + DOC_KINDS

"""Permits from a vector layer file (GeoPackage, GeoJSON, shapefile…): attributes mapped like a table,
and the layer's own geometry used as the dossier's footprint (localisation «geometrie»)."""

from pathlib import Path
from typing import Optional, Union

import numpy as np
import pandas as pd

from ..i18n import tr
from ..screening.engine import prepare_geometries
from ..vector_io import read_vector
from .model import INFORMATION, ImportResult, RowMessage
from .tabular import guess_mapping, load_mapping, resolve_mapping, standardise_columns

GEOMETRY_COLUMN = "geometrie_l93"


def read_layer(path, mapping: Union[dict, str, None] = None, layer: Optional[str] = None) -> ImportResult:
    """Read permits from a vector layer (attributes mapped like a table, geometry kept as footprint)."""
    path = Path(path)
    table = read_vector(path, layer=layer)
    attrs = table.attributes.astype(object).where(table.attributes.notna(), "").astype(str)
    mapping_name = mapping if isinstance(mapping, str) else None
    if isinstance(mapping, str):
        mapping = load_mapping(mapping)
    mapping = dict(mapping or guess_mapping(list(attrs.columns)))
    messages = []
    resolved = resolve_mapping(mapping, list(attrs.columns), path.name, mapping_name)
    options = {k: v for k, v in mapping.items() if k.startswith("_")}
    lines = np.arange(1, len(attrs) + 1)
    df = standardise_columns(attrs, lines, resolved, options, path.name, messages)
    prepared = prepare_geometries(
        table.geometries, table.crs, [tr("{f}, entité {n}").format(f=path.name, n=i + 1) for i in range(len(table))]
    )
    for m in prepared.messages:
        messages.append(RowMessage(path.name, int(m.index) + 1, "géométrie", m.level, m.text))
    geoms = pd.Series(prepared.geometries, dtype=object)
    if "ligne" in df.columns:  # rows dropped by the standardisation keep their own geometry
        geoms = geoms.iloc[
            (pd.to_numeric(df["ligne"], errors="coerce").fillna(1).astype(int) - 1).clip(0, len(geoms) - 1).to_numpy()
        ].reset_index(drop=True)
    df[GEOMETRY_COLUMN] = geoms.to_numpy(dtype=object)[: len(df)]
    messages.insert(
        0,
        RowMessage(
            path.name,
            None,
            None,
            INFORMATION,
            tr("couche vectorielle ({crs}) ; {n} dossier(s) lu(s).").format(crs=table.crs.to_string(), n=len(df)),
        ),
    )
    return ImportResult(df, messages, source=str(path), fmt="couche", encoding=None, mapping=mapping)

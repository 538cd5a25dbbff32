"""The reference data set in memory: layers, spatial indexes, and which version is in use.

Which GeoPackage is used, in order: an explicit path, the ``VEILLE_REFERENCE`` environment
variable, the path saved in the user configuration (``reference set`` command or the QGIS
options page), then the GeoPackage embedded in the plugin.
"""

import threading
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Iterable, List, Optional

import numpy as np
import pandas as pd
import shapely

from .. import config
from ..errors import InputError, ReferenceDataError
from ..i18n import tr
from ..paths import embedded_reference_gpkg
from ..vector_io import read_table, read_vector
from .places import partly_inscribed_cites

REQUIRED_LAYERS = ("composantes", "zone_tampon", "elements", "cites_erbm", "abords_mh", "communes")


def resolve_reference_path(explicit=None) -> Path:
    """(path, origin) of the reference data to use: argument, VEILLE_REFERENCE, settings, embedded."""
    settings = config.load_settings()
    import os

    for candidate, origin in (
        (explicit, "paramètre"),
        (os.environ.get("VEILLE_REFERENCE"), "variable VEILLE_REFERENCE"),
        (settings.reference_path, "configuration utilisateur"),
    ):
        if candidate:
            path = Path(candidate).expanduser()
            if not path.exists():
                raise ReferenceDataError(
                    tr(
                        "Jeu de référence introuvable : {path} (indiqué par {origin}). Corrigez le chemin ou revenez "
                        "aux données embarquées avec « reference reset »."
                    ).format(path=path, origin=origin)
                )
            return path
    return embedded_reference_gpkg()


@dataclass
class Layer:
    """One reference layer: attributes and shapely geometries in EPSG:2154."""

    attributes: pd.DataFrame
    geometries: np.ndarray

    def __len__(self):
        return len(self.geometries)

    @cached_property
    def tree(self) -> shapely.STRtree:
        """Spatial index of the layer (built once)."""
        return shapely.STRtree(self.geometries)


class ReferenceData:
    """All reference layers of the Bien, in EPSG:2154."""

    def __init__(self, path):
        self.path = Path(path)
        if not self.path.exists():
            raise ReferenceDataError(
                tr("Jeu de référence introuvable : {path}. Lancez « make data » ou réinstallez le plugin.").format(
                    path=self.path
                )
            )
        try:
            self.metadata = read_table(self.path, "metadonnees")
        except Exception as exc:  # sqlite3.DatabaseError and friends
            raise ReferenceDataError(
                tr("{path} n'est pas un jeu de référence valide (table « metadonnees » illisible : {err}).").format(
                    path=self.path, err=exc
                )
            ) from None
        self._layers = {}

    def layer(self, name: str) -> Layer:
        """A layer of the GeoPackage (read once); French error when absent."""
        if name not in self._layers:
            try:
                vt = read_vector(self.path, layer=name)
            except Exception as exc:
                raise ReferenceDataError(
                    tr("Couche « {name} » illisible dans {path} : {err}").format(name=name, path=self.path, err=exc)
                ) from None
            attrs = vt.attributes
            if "fid" in attrs.columns:
                attrs = attrs.drop(columns=["fid"])
            self._layers[name] = Layer(attrs, vt.geometries)
        return self._layers[name]

    def optional_layer(self, name: str) -> Optional[Layer]:
        """A layer an older reference set may lack (old commune names, pits): the layer, or None."""
        try:
            return self.layer(name)
        except ReferenceDataError:
            return None

    @property
    def version(self) -> str:
        """Version label of the data set."""
        return self.metadata.get("version_donnees", tr("version inconnue"))

    @property
    def components(self) -> Layer:
        """The 109 components of the Bien."""
        return self.layer("composantes")

    @property
    def buffer_zone(self) -> Layer:
        """The zone tampon."""
        return self.layer("zone_tampon")

    @property
    def elements(self) -> Layer:
        """The 353 elements of the Bien."""
        return self.layer("elements")

    @property
    def erbm(self) -> Layer:
        """The ERBM cités that are not elements of the Bien."""
        return self.layer("cites_erbm")

    @property
    def mh_abords(self) -> Layer:
        """The 500 m surroundings of the MH-protected elements."""
        return self.layer("abords_mh")

    @cached_property
    def partly_inscribed_cites(self) -> Layer:
        """The cités inscribed only in part, drawn whole (the element's identifier and name, the share of the whole
        cité in the Bien): a point of the cité outside its element is told so (see :mod:`.places`)."""
        rows, geoms = partly_inscribed_cites(self)
        return Layer(pd.DataFrame(rows, columns=["identifiant", "nom", "part_bien"]), geoms)

    @property
    def communes(self) -> Layer:
        """The communes of the mining basin."""
        return self.layer("communes")

    def element_ids(self, ids: Optional[Iterable[str]] = None) -> List[str]:
        """The identifiers ``ids`` checked against the elements, written as the reference writes them («63v» →
        «63V»), once each, in the order given; all the elements when ``ids`` is None. InputError naming the unknown
        ones, or when ``ids`` holds no identifier at all (an empty value never means «all»)."""
        known = self.elements.attributes["identifiant"].astype(str).tolist()
        if ids is None:
            return known
        by_upper = {k.upper(): k for k in known}
        wanted = list(dict.fromkeys(str(i).strip().upper() for i in ids if str(i).strip()))
        if not wanted:
            raise InputError(tr("Aucun identifiant d'élément donné (ex. 63V)."))
        unknown = [i for i in wanted if i not in by_upper]
        if unknown:
            raise InputError(
                tr("Élément(s) inconnu(s) : {e} (identifiants du Bien, ex. 63V).").format(e=", ".join(unknown))
            )
        return [by_upper[i] for i in wanted]

    @cached_property
    def bien_union(self):
        """Union of the components (built once)."""
        return shapely.union_all(self.components.geometries)

    @cached_property
    def buffer_union(self):
        """Union of the zone tampon (built once)."""
        return shapely.union_all(self.buffer_zone.geometries)

    def describe_source(self) -> dict:
        """Where the data set comes from: path, version, conversion date, attribution, licence."""
        return {
            "chemin": str(self.path),
            "version": self.version,
            "date_conversion": self.metadata.get("date_conversion"),
            "attribution": self.metadata.get("attribution"),
            "licence": self.metadata.get("licence"),
            "embarque": self.path.resolve() == embedded_reference_gpkg().resolve(),
        }


_cache = {}
_cache_lock = threading.Lock()  # the plugin prepares the reference in a background thread (issue 29): one object


def load_reference(path=None) -> ReferenceData:
    """Load (once per path and modification time) the reference data set in use."""
    resolved = resolve_reference_path(path)
    key = (str(resolved.resolve()), resolved.stat().st_mtime_ns)
    with _cache_lock:
        if key not in _cache:
            _cache.clear()
            _cache[key] = ReferenceData(resolved)
        return _cache[key]


def reset_cache() -> None:
    """Forget the loaded reference data sets (after a settings change)."""
    with _cache_lock:
        _cache.clear()


def check_reference(ref: Optional[ReferenceData] = None) -> list:
    """List French problems of a reference GeoPackage (empty when complete)."""
    from ..vector_io import list_layers

    ref = ref or load_reference()
    problems = []
    present = set(list_layers(ref.path))
    for name in REQUIRED_LAYERS:
        if name not in present:
            problems.append(tr("Couche obligatoire absente : {name}.").format(name=name))
    return problems

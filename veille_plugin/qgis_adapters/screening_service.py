"""Screen QGIS geometries with the core engine (the docks and tools call this, never the engine directly)."""

import threading

import numpy as np
import shapely
from qgis.core import QgsCoordinateReferenceSystem, QgsGeometry, QgsRectangle

from ..core.reference.data import load_reference
from ..core.reference.gazetteer import get_gazetteer
from ..core.reference.monuments import monument_reference
from ..core.screening.engine import describe, prepare_geometries, screen_geometries
from ..core.screening.preparation import prepare_for_screening
from .geometry import from_l93_shapely, to_l93_shapely


_PREPARE_LOCK = threading.Lock()
_prepared = []  # the reference view last prepared (compared by identity: a new data set is prepared again)


def prepared_reference():
    """The reference the screenings use (with the monuments of the AC1 générateurs), with everything the first
    screening of a point would build: the layers read, their spatial indexes, the partly inscribed cités. Built once
    per data set (about 0.35 s), then returned at once.

    The plugin prepares it in a background task soon after QGIS starts and when a dock is first opened
    (:class:`.preparation_task.ScreeningPreparationTask`), so that the first point answers in milliseconds (issue
    29). A screening asked for while that task runs waits for it instead of building the same things twice."""
    with _PREPARE_LOCK:
        ref = monument_reference(load_reference())
        if not any(done is ref for done in _prepared):
            prepare_for_screening(ref)
            _prepared[:] = [ref]
        return ref


def screen_qgis_geometries(geometries, crs: QgsCoordinateReferenceSystem, distance: float) -> dict:
    """Screen the union of ``geometries`` (a project footprint) and return the described record."""
    ref = prepared_reference()  # with the monuments of the AC1 générateurs
    parts = [to_l93_shapely(g, crs) for g in geometries]
    parts = [p for p in parts if p is not None]
    if not parts:
        from ..core.errors import InputError
        from ..core.i18n import tr

        raise InputError(tr("Aucune géométrie à analyser : la sélection est vide ou sans géométrie."))
    geom = parts[0] if len(parts) == 1 else shapely.union_all(parts)
    prepared = prepare_geometries([geom], "EPSG:2154", labels=["emprise"])
    result = screen_geometries(prepared.geometries, ref, distance, ok=prepared.ok, messages=prepared.messages)
    record = describe(result, ref, 0, label="emprise")
    record["donnees"] = ref.version
    return record


def element_geometry(identifier: str, dest_crs: QgsCoordinateReferenceSystem):
    """QgsGeometry of an element, component («C12») or ERBM cité, in ``dest_crs``; None if unknown."""
    ref = load_reference()
    for layer, key in ((ref.elements, "identifiant"), (ref.erbm, "identifiant")):
        hits = (layer.attributes[key] == identifier).to_numpy().nonzero()[0]
        if len(hits):
            return from_l93_shapely(layer.geometries[hits[0]], dest_crs)
    if identifier.startswith("C") and identifier[1:].isdigit():
        comps = ref.components
        hits = (comps.attributes["no_composante"] == int(identifier[1:])).to_numpy().nonzero()[0]
        if len(hits):
            return from_l93_shapely(comps.geometries[hits[0]], dest_crs)
    return None


def place_geometry(kind: str, ident: str, dest_crs: QgsCoordinateReferenceSystem):
    """QgsGeometry of a place the search returned (a partly inscribed cité: the whole cité), in ``dest_crs``; None
    if unknown."""
    geom = get_gazetteer(monument_reference(load_reference())).geometry(kind, ident)
    return None if geom is None else from_l93_shapely(geom, dest_crs)


def padded_extent(geometry: QgsGeometry, margin: float = 0.3, minimum: float = 150.0) -> QgsRectangle:
    """The geometry's extent with a margin and a minimum size (zooming)."""
    rect = QgsRectangle(geometry.boundingBox())
    w, h = max(rect.width(), minimum), max(rect.height(), minimum)
    c = rect.center()
    return QgsRectangle(
        c.x() - w * (0.5 + margin), c.y() - h * (0.5 + margin), c.x() + w * (0.5 + margin), c.y() + h * (0.5 + margin)
    )


def project_user_layers() -> dict:
    """User layers the rules can use, taken from the project: a vector layer whose name is one
    of the known names (``cones_de_vue``, ``aires_influence_paysagere``…) is used as that layer."""
    from qgis.core import QgsProject, QgsVectorLayer

    from ..core.vocabulary import KNOWN_USER_LAYERS
    from ..core.text import normalize

    found = {}
    wanted = {normalize(n).replace(" ", "_"): n for n in KNOWN_USER_LAYERS}
    for layer in QgsProject.instance().mapLayers().values():
        if not isinstance(layer, QgsVectorLayer):
            continue
        key = normalize(layer.name()).replace(" ", "_")
        if key in wanted:
            geoms = [to_l93_shapely(f.geometry(), layer.crs()) for f in layer.getFeatures()]
            found[wanted[key]] = shapely.make_valid(np.array([g for g in geoms if g is not None], dtype=object))
    return found


def qgis_case_inputs(geometries, crs: QgsCoordinateReferenceSystem, distance: float, **fields) -> dict:
    """What :func:`..core.rules.case_screening.screen_cases` takes for one case (the union of ``geometries``), read
    in the main thread (the project's layers, the register's danger list): a background task can then screen it."""
    from ..core.errors import InputError
    from ..core.i18n import tr
    from ..core.rules.catalogue import load_catalogue

    parts = [p for p in (to_l93_shapely(g, crs) for g in geometries) if p is not None]
    if not parts:
        raise InputError(tr("Aucune emprise à analyser : dessinez-la, pointez-la ou sélectionnez des entités."))
    geom = parts[0] if len(parts) == 1 else shapely.union_all(parts)
    from .register_target import configured_danger_list

    identity = fields.pop("identity", None) or {}
    return dict(
        geometries=[geom],
        ref=load_reference(),
        catalogue=load_catalogue(),
        crs="EPSG:2154",
        distance=distance,
        user_layers=project_user_layers(),
        danger_list=configured_danger_list(),
        labels=[fields.get("ids") or "projet"],
        identity={k: [v] for k, v in identity.items()},
        **{k: [v] for k, v in fields.items()},
    )


def screen_qgis_case(geometries, crs: QgsCoordinateReferenceSystem, distance: float, **fields):
    """Screen one case (the union of ``geometries``) with the rules in force; returns the CaseScreening."""
    from ..core.rules.case_screening import screen_cases

    return screen_cases(**qgis_case_inputs(geometries, crs, distance, **fields))

"""The zoning plans of the Géoportail de l'Urbanisme, read through the API Carto «module GPU».

Documentation followed:
- «API Carto – Module Urbanisme (GpU)», OpenAPI description https://apicarto.ign.fr/api/doc/gpu and user guide
  https://apicarto.ign.fr/api/doc/pdf/docUser_moduleUrbanisme.pdf (IGN; sources: github.com/IGNF/apicarto,
  ``controllers/gpu``, ``doc/gpu.yml``). Every answer is a GeoJSON FeatureCollection in WGS 84.
- Resources used: ``municipality?insee=<INSEE>`` (the commune, with its outline and ``is_rnu``),
  ``document?geom=<GeoJSON>`` (the documents whose footprint meets a point of the commune: ``partition``,
  ``du_type``, ``grid_name`` (INSEE or the EPCI's SIREN for a PLUi), ``grid_title``, ``name``), then for each
  partition ``DU_<INSEE|SIREN>``: ``zone-urba``, ``prescription-surf|lin|pct`` and ``info-surf|lin|pct`` with
  ``?partition=…``, in the CNIG standard with lower-case attribute names.
- Paging: ``_limit`` (at most 5,000 features an answer) and ``_start``; the pages are read until one comes back
  empty or short of the ``totalFeatures``/``numberMatched`` the service announces.

A document is fetched whole or not at all: every page of every resource is checked (JSON, FeatureCollection,
the CNIG fields of its resource) before anything is returned, so that a truncated answer, a page beyond the last
or a changed schema never yields a partial snapshot. Network: :func:`.http.http_get` headless, QGIS's network
stack inside QGIS (the caller passes ``get``).
"""

import hashlib
import json
import urllib.parse
import zlib
from dataclasses import dataclass, field
from typing import Callable, Dict, List, Optional

from ..errors import InputError
from ..i18n import tr
from .http import FeedNotFoundError, decode_words, gunzip_if_needed, http_get

#: The public API Carto GPU module
API_CARTO_GPU = "https://apicarto.ign.fr/api/gpu"
#: Most features the service returns in one answer (``_limit``)
PAGE_LIMIT = 5000
#: Pages read at most for one resource of one document (10 × 5,000 features)
MAX_PAGES = 10
#: Most features accepted in one answer (a service ignoring ``_limit`` is refused past this)
MAX_FEATURES_PER_PAGE = 50_000
#: Most vertices accepted in one feature (a zone, a prescription…)
MAX_VERTICES_PER_FEATURE = 200_000
#: Resources of a document d'urbanisme, with the CNIG table each one holds
DOCUMENT_RESOURCES = {
    "zone-urba": "ZONE_URBA",
    "prescription-surf": "PRESCRIPTION_SURF",
    "prescription-lin": "PRESCRIPTION_LIN",
    "prescription-pct": "PRESCRIPTION_PCT",
    "info-surf": "INFO_SURF",
    "info-lin": "INFO_LIN",
    "info-pct": "INFO_PCT",
}
#: The fields a resource's features must carry (lower case, as the service writes them)
REQUIRED_FIELDS = {
    "zone-urba": {"libelle", "typezone"},
    "prescription-surf": {"typepsc"},
    "prescription-lin": {"typepsc"},
    "prescription-pct": {"typepsc"},
    "info-surf": {"typeinf"},
    "info-lin": {"typeinf"},
    "info-pct": {"typeinf"},
    "generateur-sup-p": {"idgen", "nomgen"},
    "generateur-sup-l": {"idgen", "nomgen"},
    "generateur-sup-s": {"idgen", "nomgen"},
}
#: Attributes that change when the service republishes the same content: left out of the content hash
VOLATILE_FIELDS = frozenset({"gid", "gpu_timestamp", "gpu_status"})
#: Kinds of document followed (the partitions of the other kinds, e.g. PSMV_, are not zoning plans)
DOCUMENT_TYPES = ("PLU", "PLUi", "POS", "CC", "PLUI")


class SchemaChangedError(InputError):
    """An answer of the service does not have the documented shape."""


@dataclass
class GpuDocument:
    """One document d'urbanisme of the GPU: its partition and what the service says of it."""

    partition: str
    du_type: str = ""
    grid_name: str = ""
    title: str = ""
    name: str = ""

    @property
    def intercommunal(self) -> bool:
        """True for a PLUi (its partition carries the EPCI's SIREN, 9 digits)."""
        return len(self.grid_name) == 9


@dataclass
class FetchedDocument:
    """A document fetched whole: its collections by resource, the addresses read, the content hash."""

    document: GpuDocument
    collections: Dict[str, list]
    urls: List[str] = field(default_factory=list)

    @property
    def n_features(self) -> int:
        """Features in all resources."""
        return sum(len(v) for v in self.collections.values())

    def idurba(self) -> str:
        """The IDURBA most zones carry (the document's identifier, ``<INSEE|SIREN>_<TYPE>_<DATAPPRO>``)."""
        values = [(f.get("properties") or {}).get("idurba") for f in self.collections.get("zone-urba", [])]
        values = [v for v in values if v]
        return max(set(values), key=values.count) if values else ""

    def approval_date(self) -> str:
        """The approval date (YYYYMMDD) from ``datappro`` or the IDURBA, or «»."""
        from ..plu.model import parse_idurba

        for f in self.collections.get("zone-urba", []):
            value = str((f.get("properties") or {}).get("datappro") or "").replace("-", "")[:8]
            if value.isdigit() and len(value) == 8:
                return value
        return parse_idurba(self.idurba()).get("date", "") or ""

    def content_hash(self) -> str:
        """SHA-256 of the content (attributes but the volatile ones, geometries), independent of the order of
        features and pages: the same version fetched twice has the same hash."""
        digest = hashlib.sha256()
        for resource in sorted(self.collections):
            rows = sorted(
                json.dumps(
                    [
                        {k: v for k, v in sorted((f.get("properties") or {}).items()) if k not in VOLATILE_FIELDS},
                        f.get("geometry"),
                    ],
                    sort_keys=True,
                    ensure_ascii=False,
                    separators=(",", ":"),
                )
                for f in self.collections[resource]
            )
            digest.update(resource.encode())
            for row in rows:
                digest.update(row.encode("utf-8"))
        return digest.hexdigest()


def resource_url(base_url: str, resource: str, params: dict) -> str:
    """The address of a resource with its query parameters."""
    return f"{base_url.rstrip('/')}/{resource}?{urllib.parse.urlencode(params)}"


def decode_collection(raw: bytes, url: str) -> dict:
    """A page of the service, checked: gzip or plain JSON, a FeatureCollection. InputError (French) otherwise."""
    try:
        data = json.loads(gunzip_if_needed(raw, url).decode("utf-8"))
    except (OSError, EOFError, zlib.error, UnicodeDecodeError, ValueError) as exc:
        raise InputError(
            tr("Réponse incomplète ou illisible de {u} ({e}) : rien n'est gardé de cette commune.").format(
                u=url, e=decode_words(exc)
            )
        ) from None
    if (
        not isinstance(data, dict)
        or data.get("type") != "FeatureCollection"
        or not isinstance(data.get("features"), list)
    ):
        raise SchemaChangedError(
            tr(
                "Réponse inattendue de {u} : ce n'est pas une collection d'entités GeoJSON ; le format du service "
                "a-t-il changé ?"
            ).format(u=url)
        )
    return data


def large_change_refusal(change: str) -> str:
    """The French refusal of an answer that lost most of what the previous version held (``change`` says how much),
    telling how to accept it when it is real."""
    return tr(
        "{c} ; si ce changement est réel (révision, nouveau document), acceptez-le : bouton « Accepter le "
        "changement » du panneau PLU, ou --accepter-changement en ligne de commande"
    ).format(c=change)


def count_vertices(coordinates, limit: int) -> int:
    """The positions in a GeoJSON ``coordinates`` array (any nesting), counted up to just past ``limit``."""
    count, stack = 0, [coordinates]
    while stack and count <= limit:
        item = stack.pop()
        if not isinstance(item, list) or not item:
            continue
        if not isinstance(item[0], list):
            count += 1
        else:
            stack.extend(item)
    return count


def _geometry_vertices(geometry, limit: int) -> int:
    if not isinstance(geometry, dict):
        return 0
    if geometry.get("type") == "GeometryCollection":
        parts = geometry.get("geometries")
        return sum(_geometry_vertices(g, limit) for g in parts) if isinstance(parts, list) else 0
    return count_vertices(geometry.get("coordinates"), limit)


def check_size(
    features: list,
    url: str,
    max_features: Optional[int] = None,
    max_vertices: Optional[int] = None,
) -> None:
    """InputError (French, naming ``url``) for an answer of more than ``max_features`` features or with a feature
    of more than ``max_vertices`` vertices (the module's caps by default): read further, it would hold the watch
    for minutes."""
    max_features = MAX_FEATURES_PER_PAGE if max_features is None else max_features
    max_vertices = MAX_VERTICES_PER_FEATURE if max_vertices is None else max_vertices
    if len(features) > max_features:
        raise InputError(
            tr("Réponse de {u} : {n} entités, plus que les {m} acceptées dans une réponse ; rien n'est gardé.").format(
                u=url, n=len(features), m=max_features
            )
        )
    for k, feature in enumerate(features):
        if isinstance(feature, dict) and _geometry_vertices(feature.get("geometry"), max_vertices) > max_vertices:
            ident = feature.get("id") or (feature.get("properties") or {}).get("gid") or k + 1
            raise InputError(
                tr(
                    "Réponse de {u} : l'entité {i} a plus de {m} sommets, plus qu'il n'en est accepté pour une "
                    "entité ; rien n'est gardé."
                ).format(u=url, i=ident, m=max_vertices)
            )


def _check_fields(resource: str, features: list, url: str) -> None:
    need = REQUIRED_FIELDS.get(resource)
    if not need or not features:
        return
    missing = sorted(need - set((features[0].get("properties") or {}).keys()))
    if missing or any(f.get("geometry") is None for f in features[:50]):
        raise SchemaChangedError(
            tr(
                "Réponse de {u} sans les champs attendus du standard CNIG ({m}) ; le format du service a-t-il "
                "changé ? Rien n'est gardé de cette commune."
            ).format(u=url, m=", ".join(missing) or tr("géométrie"))
        )


def fetch_all_pages(
    base_url: str, resource: str, params: dict, get: Callable[[str], bytes] = http_get, urls: Optional[list] = None
) -> list:
    """Every feature of a resource, page after page (``_limit``/``_start``), checked whole."""
    features: list = []
    previous_first = None
    for page in range(MAX_PAGES):
        url = resource_url(base_url, resource, {**params, "_limit": PAGE_LIMIT, "_start": len(features)})
        if urls is not None:
            urls.append(url)
        data = decode_collection(get(url), url)
        batch = data["features"]
        check_size(batch, url)
        _check_fields(resource, batch, url)
        if not batch:
            return features
        first = json.dumps(batch[0], sort_keys=True)[:2000]
        if page and first == previous_first:  # the service ignored _start: stop rather than loop on one page
            raise SchemaChangedError(
                tr("{u} renvoie deux fois la même page : la pagination (_start) n'est pas suivie.").format(u=url)
            )
        previous_first = first
        features.extend(batch)
        total = data.get("totalFeatures", data.get("numberMatched"))
        if isinstance(total, int) and len(features) >= total:
            return features
    raise InputError(
        tr(
            "{r} : plus de {n} entités pour ce document ; la veille s'arrête là pour ne rien garder d'incomplet."
        ).format(r=resource, n=MAX_PAGES * PAGE_LIMIT)
    )


def commune_documents(insee: str, base_url: str = API_CARTO_GPU, get=http_get) -> List[GpuDocument]:
    """The zoning documents in force in a commune (its own PLU, or the PLUi of its EPCI). Empty for a commune
    under the RNU; FeedNotFoundError for a code the service does not know."""
    url = resource_url(base_url, "municipality", {"insee": insee})
    communes = decode_collection(get(url), url)["features"]
    if not communes:
        raise FeedNotFoundError(url)
    commune = communes[0]
    props = commune.get("properties") or {}
    if props.get("is_rnu") in (True, "true", 1):
        return []
    geometry = commune.get("geometry")
    if not geometry:
        raise SchemaChangedError(tr("Commune {c} sans contour dans la réponse de {u}.").format(c=insee, u=url))
    import shapely.geometry

    point = shapely.geometry.shape(geometry).representative_point()
    where = json.dumps({"type": "Point", "coordinates": [round(point.x, 7), round(point.y, 7)]})
    url = resource_url(base_url, "document", {"geom": where})
    found = []
    for f in decode_collection(get(url), url)["features"]:
        p = f.get("properties") or {}
        partition = str(p.get("partition") or "")
        if not partition.startswith("DU_") or str(p.get("du_type") or "") not in DOCUMENT_TYPES:
            continue
        found.append(
            GpuDocument(
                partition,
                str(p.get("du_type") or ""),
                str(p.get("grid_name") or partition[3:]),
                str(p.get("grid_title") or ""),
                str(p.get("name") or ""),
            )
        )
    return sorted({d.partition: d for d in found}.values(), key=lambda d: d.partition)


def fetch_document(document: GpuDocument, base_url: str = API_CARTO_GPU, get=http_get) -> FetchedDocument:
    """Every resource of a document, fetched whole (see the module's note)."""
    urls: list = []
    collections = {
        resource: fetch_all_pages(base_url, resource, {"partition": document.partition}, get, urls)
        for resource in DOCUMENT_RESOURCES
    }
    return FetchedDocument(document, collections, urls)

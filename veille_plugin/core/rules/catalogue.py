"""The management-plan rules catalogue: loading, validation (JSON Schema, French messages with
JSON path and line), and which catalogue is in force.

Catalogues are YAML or JSON documents validated by ``resources/rules/schema/catalogue.schema.json``.
In force, in order: an explicit file, the file configured by the user (``rules_path`` in the
shared configuration), the catalogue embedded in the plugin. A configured file that has become
invalid never silently disables the rules: the last valid copy stays in force and a warning says so.
"""

import copy
import json
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import List

from .. import config
from ..datafile import DataFileError, Issue, json_path, parse_with_lines, validate_against_schema
from ..i18n import QT_TRANSLATE_NOOP, tr
from ..paths import resources_dir
from ..text import normalize
from ..vocabulary import KNOWN_USER_LAYERS
from ..vocabulary import SEVERITIES  # noqa: F401 (increasing; re-exported for the catalogue's users)

CASE_TYPES = ("PC", "PD", "PA", "DP", "projet", "plu")


class CatalogueError(DataFileError):
    """A catalogue file is invalid; ``issues`` lists every problem (JSON path, line, message)."""

    def __init__(self, path, issues):
        super().__init__(path, issues, tr("Catalogue de règles invalide"))


#: What the catalogue is called in the messages of :func:`parse_with_lines`.
WHAT = QT_TRANSLATE_NOOP("VeillePatrimoniale", "catalogue de règles")


def _parse(path: Path):
    try:
        return parse_with_lines(path, tr(WHAT))
    except DataFileError as exc:
        raise CatalogueError(path, exc.issues) from None


@dataclass
class Rule:
    """One rule of the catalogue (its validated data)."""

    id: str
    data: dict

    def __getattr__(self, name):
        try:
            return self.data[name]
        except KeyError:
            raise AttributeError(name) from None


@dataclass
class Catalogue:
    """A validated rules catalogue: name, version, rules, vocabulary, source file."""

    name: str
    version: str
    rules: list
    vocabulary: dict  # canonical keyword -> [normalised expressions]
    source: str
    warnings: list = field(default_factory=list)

    def layers_read(self) -> set:
        """The user layers some rule reads (its conditions' ``couche_utilisateur``, at any depth)."""
        found, stack = set(), [r.data for r in self.rules]
        while stack:
            item = stack.pop()
            if isinstance(item, dict):
                layer = item.get("couche_utilisateur")
                if isinstance(layer, dict) and isinstance(layer.get("couche"), str):
                    found.add(layer["couche"])
                stack.extend(item.values())
            elif isinstance(item, list):
                stack.extend(item)
        return found

    def unused_layers(self, names) -> List[str]:
        """French warnings for the user layers of ``names`` that no rule of the catalogue reads: given, they would
        change nothing, silently."""
        read = self.layers_read()
        return [
            tr(
                "Couche « {n} » fournie, mais aucune règle du catalogue « {c} » ne la lit : elle est sans effet. "
                "Couches lues : {read}."
            ).format(n=name, c=self.name, read=", ".join(sorted(read)) or tr("aucune"))
            for name in names
            if name not in read
        ]

    def to_dict(self) -> dict:
        """The catalogue as plain data."""
        return {
            "catalogue": self.name,
            "version": self.version,
            "fichier": self.source,
            "regles": [r.data for r in self.rules],
        }


def embedded_catalogue_path() -> Path:
    """The catalogue embedded in the plugin."""
    return resources_dir() / "rules" / "catalogue.yaml"


def schema_path() -> Path:
    """The JSON Schema of catalogues."""
    return resources_dir() / "rules" / "schema" / "catalogue.schema.json"


def _last_valid_copy() -> Path:
    return config.config_dir() / "regles_derniere_version_valide.yaml"


def _semantic_issues(doc, line_of) -> list:
    issues = []
    seen = {}
    vocab = set((doc.get("vocabulaire_travaux") or {}).keys())
    for i, rule in enumerate(doc.get("regles", [])):
        rid = rule.get("id")
        if rid in seen:
            issues.append(
                Issue(
                    json_path(["regles", i, "id"]),
                    line_of(["regles", i, "id"]),
                    tr("identifiant « {id} » déjà utilisé par la règle n° {j}").format(id=rid, j=seen[rid] + 1),
                )
            )
        seen.setdefault(rid, i)

        def walk(cond, parts):
            if not isinstance(cond, dict):
                return
            for key, value in cond.items():
                if key in ("tous", "un_parmi", "aucun") and isinstance(value, list):
                    for k, sub in enumerate(value):
                        walk(sub, parts + [key, k])
                elif key == "couche_utilisateur" and isinstance(value, dict) and "couche" in value:
                    if value["couche"] not in KNOWN_USER_LAYERS:
                        p = parts + [key, "couche"]
                        issues.append(
                            Issue(
                                json_path(p),
                                line_of(p),
                                tr(
                                    "couche « {c} » inconnue : le plugin ne reçoit que les couches {known} (une règle "
                                    "qui en lirait une autre ne s'appliquerait jamais)"
                                ).format(c=value["couche"], known=", ".join(KNOWN_USER_LAYERS)),
                            )
                        )
                elif key == "travaux" and isinstance(value, list):
                    for k, word in enumerate(value):
                        if word not in vocab:
                            p = parts + [key, k]
                            issues.append(
                                Issue(
                                    json_path(p),
                                    line_of(p),
                                    tr("mot-clé de travaux « {w} » absent de vocabulaire_travaux").format(w=word),
                                )
                            )

        walk(rule.get("condition"), ["regles", i, "condition"])
    return issues


def validate_file(path) -> list:
    """Every problem of a catalogue file, as :class:`Issue` (empty list when valid)."""
    try:
        return _validated(Path(path))[1]
    except CatalogueError as exc:
        return exc.issues


def _validated(path: Path):
    """(document, issues) of a catalogue file read once; CatalogueError when it cannot be read at all."""
    doc, line_of, duplicates = _parse(path)
    schema = json.loads(schema_path().read_text(encoding="utf-8"))
    issues = list(duplicates) + validate_against_schema(doc, schema, line_of)
    if isinstance(doc, dict):
        try:
            issues.extend(_semantic_issues(doc, line_of))
        except (AttributeError, TypeError):  # structure already reported by the schema
            pass
    issues.sort(key=lambda i: (i.line or 0, i.json_path))
    return doc, issues


def _build(doc: dict, source: str) -> Catalogue:
    vocab = {
        k: sorted({normalize(e) for e in v} | {normalize(k)}, key=len, reverse=True)
        for k, v in (doc.get("vocabulaire_travaux") or {}).items()
    }
    rules = [Rule(r["id"], r) for r in doc["regles"]]
    return Catalogue(doc["catalogue"], str(doc["version"]), rules, vocab, source)


_VALID = {}  # {(path, modification time, size): the validated document} of the file last loaded
_VALID_LOCK = threading.Lock()


def load_catalogue_file(path) -> Catalogue:
    """A catalogue read and validated; CatalogueError listing every problem otherwise.

    The file is read and validated once while it stays the same (its path, modification time and size): every
    sweep and every rules screening of a QGIS session loads the catalogue, and reading it costs 0.2 to 1.5 s
    (issue 29). Each call returns its own Catalogue, built from a copy of the validated document."""
    path = Path(path)
    try:
        stat = path.stat()
        key = (str(path.resolve()), stat.st_mtime_ns, stat.st_size)
    except OSError:
        key = None  # reported by the reading below, in French
    with _VALID_LOCK:
        doc = _VALID.get(key) if key is not None else None
    if doc is None:
        doc, issues = _validated(path)
        if issues:
            raise CatalogueError(path, issues)
        if key is not None:
            with _VALID_LOCK:
                _VALID.clear()
                _VALID[key] = doc
    return _build(copy.deepcopy(doc), str(path))


def load_catalogue(explicit=None) -> Catalogue:
    """The catalogue in force (see module docstring)."""
    if explicit:
        return load_catalogue_file(explicit)
    configured = config.load_settings().rules_path
    if configured:
        try:
            cat = load_catalogue_file(configured)
            _remember_valid(configured)
            return cat
        except CatalogueError as exc:
            backup = _last_valid_copy()
            fallback = (
                load_catalogue_file(backup) if backup.exists() else load_catalogue_file(embedded_catalogue_path())
            )
            fallback.warnings.append(
                tr(
                    "Le catalogue configuré {path} est invalide ; le dernier catalogue valide ({v}) reste en vigueur. "
                    "{err}"
                ).format(path=configured, v=fallback.version, err=exc)
            )
            return fallback
    return load_catalogue_file(embedded_catalogue_path())


def _remember_valid(path) -> None:
    """Keep a copy of the last valid version of the configured catalogue (the fallback)."""
    backup = _last_valid_copy()
    data = Path(path).read_bytes()
    if not backup.exists() or backup.read_bytes() != data:
        backup.parent.mkdir(parents=True, exist_ok=True)
        tmp = backup.with_suffix(".tmp")
        tmp.write_bytes(data)
        tmp.replace(backup)


def set_user_catalogue(path) -> Catalogue:
    """Validate then configure a user catalogue; on error nothing changes (CatalogueError)."""
    cat = load_catalogue_file(path)
    _remember_valid(path)
    config.update_settings(rules_path=str(Path(path).resolve()))
    return cat


def reset_user_catalogue() -> None:
    """Return to the embedded catalogue."""
    config.update_settings(rules_path=None)

"""The management-plan rules catalogue: loading, validation (JSON Schema, French messages with
JSON path and line), and which catalogue is in force.

Catalogues are YAML or JSON documents validated by ``resources/rules/schema/catalogue.schema.json``.
In force, in order: an explicit file, the file configured by the user (``rules_path`` in the
shared configuration), the catalogue embedded in the plugin. A configured file that has become
invalid never silently disables the rules: the last valid copy stays in force and a warning says so.
"""

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

from .. import config
from ..errors import VeilleError
from ..i18n import tr
from ..paths import resources_dir
from ..text import normalize
from ..vocabulary import SEVERITIES  # noqa: F401 (increasing; re-exported for the catalogue's users)

CASE_TYPES = ("PC", "PD", "PA", "DP", "projet", "plu")


class CatalogueError(VeilleError):
    """A catalogue file is invalid; ``issues`` lists every problem (JSON path, line, message)."""

    def __init__(self, path, issues):
        self.path = Path(path)
        self.issues = issues
        lines = "\n".join(f"  - {i}" for i in issues)
        super().__init__(
            tr("Catalogue de règles invalide : {path} ({n} erreur(s)) :\n{lines}").format(
                path=self.path, n=len(issues), lines=lines
            )
        )


@dataclass
class Issue:
    """One problem of a catalogue, with its JSON path and line."""

    json_path: str
    line: Optional[int]
    message: str

    def __str__(self):
        where = tr("ligne {line}, ").format(line=self.line) if self.line else ""
        return f"{where}{self.json_path} : {self.message}"

    def to_dict(self):
        """The problem as plain data."""
        return {"chemin": self.json_path, "ligne": self.line, "message": self.message}


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


# ----------------------------------------------------------------------------- parsing with lines


#: Largest catalogue accepted (bytes): the embedded one is about 23 KB.
MAX_CATALOGUE_BYTES = 1024 * 1024
#: Deepest nesting of YAML collections accepted: the catalogue's own structure is 6 deep.
MAX_YAML_DEPTH = 40
#: Most YAML nodes once aliases are expanded: the embedded catalogue has about 2,000.
MAX_YAML_NODES = 200_000


def _check_yaml_shape(path: Path, text: str) -> None:
    """Refuse too deep a nesting before the (recursive) composer sees it: one pass over the scanner's tokens."""
    import yaml

    depth = 0
    starts = (yaml.FlowSequenceStartToken, yaml.FlowMappingStartToken, yaml.BlockSequenceStartToken)
    starts += (yaml.BlockMappingStartToken,)
    ends = (yaml.FlowSequenceEndToken, yaml.FlowMappingEndToken, yaml.BlockEndToken)
    for token in yaml.scan(text, Loader=yaml.SafeLoader):
        if isinstance(token, starts):
            depth += 1
            if depth > MAX_YAML_DEPTH:
                raise CatalogueError(
                    path,
                    [
                        Issue(
                            "$",
                            token.start_mark.line + 1,
                            tr(
                                "structure imbriquée sur plus de {n} niveaux : ce n'est pas un catalogue de règles"
                            ).format(n=MAX_YAML_DEPTH),
                        )
                    ],
                )
        elif isinstance(token, ends):
            depth -= 1


def _check_expanded_size(path: Path, node) -> None:
    """Refuse aliases that would expand beyond MAX_YAML_NODES nodes («billion laughs») or refer to themselves,
    counting the expanded size on the composed graph without expanding it."""
    import yaml

    sizes, active = {}, set()

    def size(n) -> int:
        key = id(n)
        if key in sizes:
            return sizes[key]
        if key in active:
            raise CatalogueError(
                path, [Issue("$", n.start_mark.line + 1, tr("alias YAML récursif (un nœud qui se contient)"))]
            )
        active.add(key)
        if isinstance(n, yaml.MappingNode):
            total = 1 + sum(size(k) + size(v) for k, v in n.value)
        elif isinstance(n, yaml.SequenceNode):
            total = 1 + sum(size(v) for v in n.value)
        else:
            total = 1
        active.discard(key)
        sizes[key] = total
        if total > MAX_YAML_NODES:
            raise CatalogueError(
                path,
                [
                    Issue(
                        "$",
                        n.start_mark.line + 1,
                        tr("alias YAML qui se démultiplient au-delà de {n} éléments : fichier refusé").format(
                            n=f"{MAX_YAML_NODES:,}".replace(",", " ")
                        ),
                    )
                ],
            )
        return total

    if node is not None:
        size(node)


def _parse(path: Path):
    """Return (document, line_of(json_path_parts), duplicate-key issues) or raise CatalogueError."""
    import yaml

    try:
        if path.is_dir():
            raise CatalogueError(path, [Issue("$", None, tr("c'est un dossier, pas un fichier de règles"))])
        size = path.stat().st_size
        if size > MAX_CATALOGUE_BYTES:
            raise CatalogueError(
                path,
                [
                    Issue(
                        "$",
                        None,
                        tr("fichier de {n} Ko : un catalogue de règles tient en moins de {m} Ko").format(
                            n=size // 1024, m=MAX_CATALOGUE_BYTES // 1024
                        ),
                    )
                ],
            )
        raw = path.read_bytes()
    except FileNotFoundError:
        raise CatalogueError(path, [Issue("$", None, tr("fichier introuvable"))]) from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise CatalogueError(
            path,
            [
                Issue(
                    "$",
                    line,
                    tr(
                        "le fichier doit être encodé en UTF-8 (octet invalide {b} à la position {pos}) : "
                        "réenregistrez-le en UTF-8"
                    ).format(b=hex(raw[exc.start]), pos=exc.start),
                )
            ],
        ) from None
    is_json = path.suffix.lower() == ".json"
    if is_json:
        try:
            doc = json.loads(text)
        except RecursionError:  # Python's JSON reader recurses: a hostile nesting must not reach the user raw
            raise CatalogueError(
                path,
                [
                    Issue(
                        "$",
                        None,
                        tr("structure imbriquée sur plus de {n} niveaux : ce n'est pas un catalogue de règles").format(
                            n=MAX_YAML_DEPTH
                        ),
                    )
                ],
            ) from None
        except json.JSONDecodeError as exc:
            raise CatalogueError(
                path,
                [
                    Issue(
                        "$", exc.lineno, tr("JSON mal formé : {msg} (colonne {col})").format(msg=exc.msg, col=exc.colno)
                    )
                ],
            ) from None
        # raw tabs are legal JSON whitespace (never inside JSON strings) but not YAML indentation
        text = text.replace("\t", " ")
    try:
        _check_yaml_shape(path, text)
        node = yaml.compose(text, Loader=yaml.SafeLoader)
        _check_expanded_size(path, node)
        if not is_json:
            doc = yaml.safe_load(text)
    except RecursionError:
        raise CatalogueError(path, [Issue("$", None, tr("structure YAML trop imbriquée"))]) from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark is not None else None
        problem = getattr(exc, "problem", None) or str(exc)
        raise CatalogueError(path, [Issue("$", line, tr("YAML mal formé : {msg}").format(msg=problem))]) from None

    duplicates = []

    def find_duplicates(n, parts):
        if isinstance(n, yaml.MappingNode):
            seen = set()
            for k, v in n.value:
                if k.value in seen:
                    duplicates.append(
                        Issue(
                            _json_path(parts + [k.value]),
                            k.start_mark.line + 1,
                            tr("clé « {k} » écrite deux fois : une seule valeur serait retenue").format(k=k.value),
                        )
                    )
                seen.add(k.value)
                find_duplicates(v, parts + [k.value])
        elif isinstance(n, yaml.SequenceNode):
            for i, v in enumerate(n.value):
                find_duplicates(v, parts + [i])

    if node is not None:
        find_duplicates(node, [])

    def line_of(parts) -> Optional[int]:
        current = node
        line = current.start_mark.line + 1 if current is not None else None
        for part in parts:
            if current is None:
                break
            if isinstance(current, yaml.MappingNode):
                nxt = None
                for k, v in current.value:
                    if k.value == part:
                        nxt = v
                        line = k.start_mark.line + 1
                        break
                current = nxt
            elif isinstance(current, yaml.SequenceNode) and isinstance(part, int) and part < len(current.value):
                current = current.value[part]
                line = current.start_mark.line + 1
            else:
                break
        return line

    return doc, line_of, duplicates


def _json_path(parts) -> str:
    out = "$"
    for p in parts:
        out += f"[{p}]" if isinstance(p, int) else f".{p}"
    return out


def _french(error) -> str:
    """French message for a jsonschema error."""
    v, val = error.validator, error.validator_value
    inst = error.instance
    if v == "required":
        missing = [k for k in val if isinstance(inst, dict) and k not in inst]
        return tr("champ obligatoire manquant : {f}").format(f=", ".join(missing))
    if v == "enum":
        return tr("valeur « {v} » non admise ; valeurs possibles : {vals}").format(
            v=inst, vals=", ".join(map(str, val))
        )
    if v == "type":
        names = {
            "string": "texte",
            "number": "nombre",
            "integer": "entier",
            "array": "liste",
            "object": "objet",
            "boolean": "booléen (true/false)",
        }
        return tr("type attendu : {t} (reçu : {v})").format(
            t=names.get(val, val) if isinstance(val, str) else val, v=json.dumps(inst, ensure_ascii=False)[:60]
        )
    if v == "pattern":
        return tr("« {v} » ne respecte pas le format attendu ({p})").format(v=inst, p=val)
    if v == "additionalProperties":
        extra = sorted(set(inst) - set(error.schema.get("properties", {}))) if isinstance(inst, dict) else []
        return tr("champ(s) inconnu(s) : {f} (faute de frappe ?)").format(f=", ".join(extra))
    if v in ("minItems", "minLength"):
        return tr("trop court : au moins {n} attendu(s)").format(n=val)
    if v in ("minimum", "exclusiveMinimum"):
        return tr("valeur {v} trop petite (minimum {m})").format(v=inst, m=val)
    if v == "maximum":
        return tr("valeur {v} trop grande (maximum {m})").format(v=inst, m=val)
    if v in ("maxProperties", "minProperties"):
        return tr(
            "une condition doit contenir exactement une clé (ex. « zone », « tous », « travaux ») ; reçu : {k}"
        ).format(k=", ".join(inst) if isinstance(inst, dict) else inst)
    if v == "uniqueItems":
        return tr("valeurs en double")
    return tr("valeur invalide ({v}) : {m}").format(v=v, m=error.message)


def _semantic_issues(doc, line_of) -> list:
    issues = []
    seen = {}
    vocab = set((doc.get("vocabulaire_travaux") or {}).keys())
    for i, rule in enumerate(doc.get("regles", [])):
        rid = rule.get("id")
        if rid in seen:
            issues.append(
                Issue(
                    _json_path(["regles", i, "id"]),
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
                elif key == "travaux" and isinstance(value, list):
                    for k, word in enumerate(value):
                        if word not in vocab:
                            p = parts + [key, k]
                            issues.append(
                                Issue(
                                    _json_path(p),
                                    line_of(p),
                                    tr("mot-clé de travaux « {w} » absent de vocabulaire_travaux").format(w=word),
                                )
                            )

        walk(rule.get("condition"), ["regles", i, "condition"])
    return issues


def validate_file(path) -> list:
    """Every problem of a catalogue file, as :class:`Issue` (empty list when valid)."""
    import jsonschema

    path = Path(path)
    try:
        doc, line_of, duplicates = _parse(path)
    except CatalogueError as exc:
        return exc.issues
    schema = json.loads(schema_path().read_text(encoding="utf-8"))
    validator = jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())
    issues = list(duplicates)
    for err in validator.iter_errors(doc):
        parts = list(err.absolute_path)
        if err.validator == "additionalProperties" and isinstance(err.instance, dict):
            extra = sorted(set(err.instance) - set(err.schema.get("properties", {})))
            if extra:  # point at the unknown key itself
                parts = parts + [extra[0]]
        issues.append(Issue(_json_path(parts), line_of(parts), _french(err)))
    if isinstance(doc, dict):
        try:
            issues.extend(_semantic_issues(doc, line_of))
        except (AttributeError, TypeError):  # structure already reported by the schema
            pass
    issues.sort(key=lambda i: (i.line or 0, i.json_path))
    return issues


def _build(doc: dict, source: str) -> Catalogue:
    vocab = {
        k: sorted({normalize(e) for e in v} | {normalize(k)}, key=len, reverse=True)
        for k, v in (doc.get("vocabulaire_travaux") or {}).items()
    }
    rules = [Rule(r["id"], r) for r in doc["regles"]]
    return Catalogue(doc["catalogue"], str(doc["version"]), rules, vocab, source)


def load_catalogue_file(path) -> Catalogue:
    """A catalogue read and validated; CatalogueError listing every problem otherwise."""
    path = Path(path)
    issues = validate_file(path)
    if issues:
        raise CatalogueError(path, issues)
    doc, _, _ = _parse(path)
    return _build(doc, str(path))


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

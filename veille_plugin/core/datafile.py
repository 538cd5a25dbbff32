"""Validated data files (rules catalogue, impact method): YAML or JSON read with the line of every node, hostile
shapes refused (nesting, alias bombs, size, encoding), duplicate keys found, JSON Schema errors in French with their
JSON path and line."""

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Optional

from .errors import VeilleError
from .i18n import tr


def refused(path, line: Optional[int], message: str) -> "DataFileError":
    """The error of a data file refused for one reason (at ``line``, or the whole file when None)."""
    return DataFileError(path, [Issue("$", line, message)])


def validate_against_schema(doc, schema: dict, line_of) -> list:
    """Every JSON Schema error of ``doc`` as :class:`Issue` (French message, JSON path, line)."""
    import jsonschema

    validator = jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())
    issues = []
    for err in validator.iter_errors(doc):
        parts = list(err.absolute_path)
        if err.validator == "additionalProperties" and isinstance(err.instance, dict):
            extra = sorted(set(err.instance) - set(err.schema.get("properties", {})))
            if extra:  # point at the unknown key itself
                parts = parts + [extra[0]]
        issues.append(Issue(json_path(parts), line_of(parts), schema_message(err)))
    return issues


class DataFileError(VeilleError):
    """A data file (rules catalogue, impact method…) is invalid; ``issues`` lists every problem (JSON path, line,
    message)."""

    def __init__(self, path, issues, title=None):
        self.path = Path(path)
        self.issues = issues
        lines = "\n".join(f"  - {i}" for i in issues)
        super().__init__(
            tr("{title} : {path} ({n} erreur(s)) :\n{lines}").format(
                title=title or tr("Fichier de données invalide"), path=self.path, n=len(issues), lines=lines
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


# ----------------------------------------------------------------------------- parsing with lines


#: Largest data file accepted (bytes): the embedded rules catalogue is about 23 KB.
MAX_DATA_FILE_BYTES = 1024 * 1024
#: Deepest nesting of YAML collections accepted: the catalogue's own structure is 6 deep.
MAX_YAML_DEPTH = 40
#: Most YAML nodes once aliases are expanded: the embedded catalogue has about 2,000.
MAX_YAML_NODES = 200_000


def _check_yaml_shape(path: Path, text: str, what: str) -> None:
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
                raise refused(
                    path,
                    token.start_mark.line + 1,
                    tr("structure imbriquée sur plus de {n} niveaux : ce n'est pas un {what}").format(
                        n=MAX_YAML_DEPTH, what=what
                    ),
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
            raise refused(path, n.start_mark.line + 1, tr("alias YAML récursif (un nœud qui se contient)"))
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
            raise refused(
                path,
                n.start_mark.line + 1,
                tr("alias YAML qui se démultiplient au-delà de {n} éléments : fichier refusé").format(
                    n=f"{MAX_YAML_NODES:,}".replace(",", " ")
                ),
            )
        return total

    if node is not None:
        size(node)


def parse_with_lines(path: Path, what: str, max_bytes: int = MAX_DATA_FILE_BYTES):
    """Read a YAML or JSON data file (``what`` names its kind in the messages): (document,
    line_of(json_path_parts), duplicate-key issues), or DataFileError with French issues."""
    import yaml

    try:
        if path.is_dir():
            raise refused(path, None, tr("c'est un dossier, pas un {what}").format(what=what))
        size = path.stat().st_size
        if size > max_bytes:
            raise refused(
                path,
                None,
                tr("fichier de {n} Ko : un {what} tient en moins de {m} Ko").format(
                    n=size // 1024, what=what, m=max_bytes // 1024
                ),
            )
        raw = path.read_bytes()
    except FileNotFoundError:
        raise refused(path, None, tr("fichier introuvable")) from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise refused(
            path,
            line,
            tr(
                "le fichier doit être encodé en UTF-8 (octet invalide {b} à la position {pos}) : "
                "réenregistrez-le en UTF-8"
            ).format(b=hex(raw[exc.start]), pos=exc.start),
        ) from None
    is_json = path.suffix.lower() == ".json"
    if is_json:
        try:
            doc = json.loads(text)
        except RecursionError:  # Python's JSON reader recurses: a hostile nesting must not reach the user raw
            raise refused(
                path,
                None,
                tr("structure imbriquée sur plus de {n} niveaux : ce n'est pas un {what}").format(
                    n=MAX_YAML_DEPTH, what=what
                ),
            ) from None
        except json.JSONDecodeError as exc:
            message = tr("JSON mal formé : {msg} (colonne {col})").format(msg=exc.msg, col=exc.colno)
            raise refused(path, exc.lineno, message) from None
        # raw tabs are legal JSON whitespace (never inside JSON strings) but not YAML indentation
        text = text.replace("\t", " ")
    try:
        _check_yaml_shape(path, text, what)
        node = yaml.compose(text, Loader=yaml.SafeLoader)
        _check_expanded_size(path, node)
        if not is_json:
            doc = yaml.safe_load(text)
    except RecursionError:
        raise refused(path, None, tr("structure YAML trop imbriquée")) from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark is not None else None
        problem = getattr(exc, "problem", None) or str(exc)
        raise refused(path, line, tr("YAML mal formé : {msg}").format(msg=problem)) from None

    duplicates = []

    def find_duplicates(n, parts):
        if isinstance(n, yaml.MappingNode):
            seen = set()
            for k, v in n.value:
                if k.value in seen:
                    duplicates.append(
                        Issue(
                            json_path(parts + [k.value]),
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


def json_path(parts) -> str:
    """«$.regles[3].id» for the parts [«regles», 3, «id»]."""
    out = "$"
    for p in parts:
        out += f"[{p}]" if isinstance(p, int) else f".{p}"
    return out


def schema_message(error) -> str:
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

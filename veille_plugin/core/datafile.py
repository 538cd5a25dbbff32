"""Validated data files (rules catalogue, impact method): YAML or JSON read with the line of every node, hostile
shapes refused (nesting, alias bombs, size, encoding), duplicate keys found, JSON Schema errors in French with their
JSON path and line."""

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Optional

from .errors import VeilleError
from .i18n import QT_TRANSLATE_NOOP, tr


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


#: The JSON and YAML readers' own words (English), by the start of their message, and what the messages say instead
_PARSER_WORDS = (
    ("Expecting value", QT_TRANSLATE_NOOP("VeillePatrimoniale", "valeur attendue")),
    ("Expecting ',' delimiter", QT_TRANSLATE_NOOP("VeillePatrimoniale", "virgule attendue")),
    ("Expecting ':' delimiter", QT_TRANSLATE_NOOP("VeillePatrimoniale", "deux-points attendu")),
    (
        "Expecting property name",
        QT_TRANSLATE_NOOP("VeillePatrimoniale", "nom de champ entre guillemets doubles attendu"),
    ),
    ("Extra data", QT_TRANSLATE_NOOP("VeillePatrimoniale", "texte en trop après la fin du document")),
    ("Unterminated string", QT_TRANSLATE_NOOP("VeillePatrimoniale", "texte entre guillemets non refermé")),
    ("Invalid control character", QT_TRANSLATE_NOOP("VeillePatrimoniale", "caractère de contrôle interdit")),
    ("Invalid \\escape", QT_TRANSLATE_NOOP("VeillePatrimoniale", "échappement « \\ » invalide")),
    ("Invalid \\u", QT_TRANSLATE_NOOP("VeillePatrimoniale", "échappement « \\u » invalide")),
    ("Illegal trailing comma", QT_TRANSLATE_NOOP("VeillePatrimoniale", "virgule en trop avant la fin")),
    (
        "mapping values are not allowed",
        QT_TRANSLATE_NOOP(
            "VeillePatrimoniale", "« : » inattendu (une valeur contenant « : » doit être entre guillemets)"
        ),
    ),
    ("could not find expected ':'", QT_TRANSLATE_NOOP("VeillePatrimoniale", "« : » attendu après une clé")),
    ("did not find expected key", QT_TRANSLATE_NOOP("VeillePatrimoniale", "clé attendue (indentation incorrecte ?)")),
    (
        "did not find expected '-' indicator",
        QT_TRANSLATE_NOOP("VeillePatrimoniale", "élément de liste « - » attendu (indentation incorrecte ?)"),
    ),
    ("expected <block end>", QT_TRANSLATE_NOOP("VeillePatrimoniale", "indentation incorrecte")),
    ("found character", QT_TRANSLATE_NOOP("VeillePatrimoniale", "caractère interdit à cet endroit (tabulation ?)")),
    ("found undefined alias", QT_TRANSLATE_NOOP("VeillePatrimoniale", "alias YAML non défini")),
    ("found duplicate anchor", QT_TRANSLATE_NOOP("VeillePatrimoniale", "ancre YAML définie deux fois")),
    ("found unexpected end of stream", QT_TRANSLATE_NOOP("VeillePatrimoniale", "fin de fichier inattendue")),
    ("found unknown escape character", QT_TRANSLATE_NOOP("VeillePatrimoniale", "échappement « \\ » invalide")),
    ("found unexpected ':'", QT_TRANSLATE_NOOP("VeillePatrimoniale", "« : » inattendu")),
    ("expected ',' or", QT_TRANSLATE_NOOP("VeillePatrimoniale", "virgule ou crochet fermant attendu")),
    ("expected a comment or a line break", QT_TRANSLATE_NOOP("VeillePatrimoniale", "texte en trop sur la ligne")),
    (
        "expected alphabetic or numeric character",
        QT_TRANSLATE_NOOP("VeillePatrimoniale", "nom d'ancre ou d'alias invalide"),
    ),
)


def parser_words(message: str) -> str:
    """A JSON or YAML reader's message in French (the original, unknown, only in parentheses)."""
    text = str(message or "").strip()
    for english, french in _PARSER_WORDS:
        if text.startswith(english):
            return tr(french)
    return tr("syntaxe incorrecte ({m})").format(m=text) if text else tr("syntaxe incorrecte")


def _fast_loader():
    """PyYAML's libyaml loader (about ten times faster: the embedded catalogue read in 0.2 s instead of 1.5 s, issue
    29) when this PyYAML has it, else its pure-Python one. Both build the same documents and nodes; a file the
    libyaml loader refuses is read again by the pure-Python one, whose messages :data:`_PARSER_WORDS` translates."""
    import yaml

    return getattr(yaml, "CSafeLoader", None) or yaml.SafeLoader


def _check_yaml_shape(path: Path, text: str, what: str, loader=None) -> None:
    """Refuse too deep a nesting before the (recursive) composer sees it: one pass over the scanner's tokens."""
    import yaml

    depth = 0
    starts = (yaml.FlowSequenceStartToken, yaml.FlowMappingStartToken, yaml.BlockSequenceStartToken)
    starts += (yaml.BlockMappingStartToken,)
    ends = (yaml.FlowSequenceEndToken, yaml.FlowMappingEndToken, yaml.BlockEndToken)
    for token in yaml.scan(text, Loader=loader or yaml.SafeLoader):
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
            message = tr("JSON mal formé : {msg} (colonne {col})").format(msg=parser_words(exc.msg), col=exc.colno)
            raise refused(path, exc.lineno, message) from None
        # raw tabs are legal JSON whitespace (never inside JSON strings) but not YAML indentation
        text = text.replace("\t", " ")
    try:
        try:
            loader = _fast_loader()
            _check_yaml_shape(path, text, what, loader)
            node = yaml.compose(text, Loader=loader)
            _check_expanded_size(path, node)
            if not is_json:
                doc = yaml.load(text, Loader=loader)  # noqa: S506 (a safe loader: SafeLoader or CSafeLoader)
        except yaml.YAMLError:
            if loader is yaml.SafeLoader:
                raise
            # refused by libyaml: read again by the pure-Python loader, for its message and line
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
        raise refused(path, line, tr("YAML mal formé : {msg}").format(msg=parser_words(problem))) from None

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


def _shown(value, limit: int = 60) -> str:
    """A value of the file as the user wrote it (JSON, never a Python repr), cut at ``limit`` characters."""
    if isinstance(value, str):
        text = value
    else:
        try:
            text = json.dumps(value, ensure_ascii=False, default=str)
        except (TypeError, ValueError):
            text = str(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _field_list(names) -> str:
    return ", ".join(f"« {n} »" for n in names)


def _described(subschema) -> str:
    """What an entry must look like, in French, for the schemas the catalogues use (``contains``)."""
    if not isinstance(subschema, dict):
        return tr("conforme au modèle attendu")
    parts = []
    properties = subschema.get("properties") or {}
    for name, rule in properties.items():
        if isinstance(rule, dict) and "enum" in rule:
            parts.append(
                tr("« {f} » vaut {vals}").format(f=name, vals=tr(" ou ").join(f"« {_shown(v)} »" for v in rule["enum"]))
            )
        elif isinstance(rule, dict) and "const" in rule:
            parts.append(tr("« {f} » vaut {v}").format(f=name, v=f"« {_shown(rule['const'])} »"))
    required = [f for f in subschema.get("required") or [] if f not in properties]
    if required:
        parts.append(tr("qui a le(s) champ(s) {f}").format(f=_field_list(required)))
    return tr(" et ").join(parts) if parts else tr("conforme au modèle attendu")


#: JSON Schema type names in French
_TYPE_NAMES = {
    "string": QT_TRANSLATE_NOOP("VeillePatrimoniale", "texte"),
    "number": QT_TRANSLATE_NOOP("VeillePatrimoniale", "nombre"),
    "integer": QT_TRANSLATE_NOOP("VeillePatrimoniale", "entier"),
    "array": QT_TRANSLATE_NOOP("VeillePatrimoniale", "liste"),
    "object": QT_TRANSLATE_NOOP("VeillePatrimoniale", "objet"),
    "boolean": QT_TRANSLATE_NOOP("VeillePatrimoniale", "booléen (true/false)"),
    "null": QT_TRANSLATE_NOOP("VeillePatrimoniale", "vide (null)"),
}


def _type_name(value) -> str:
    if isinstance(value, list):
        return tr(" ou ").join(_type_name(v) for v in value)
    return tr(_TYPE_NAMES[value]) if value in _TYPE_NAMES else str(value)


def schema_message(error) -> str:
    """French message for a jsonschema error (every validator kind the data files use, and a French fallback for the
    others: jsonschema's English text, with its Python reprs, never reaches the user)."""
    v, val = error.validator, error.validator_value
    inst = error.instance
    if v == "required":
        missing = [k for k in val if isinstance(inst, dict) and k not in inst]
        return tr("champ obligatoire manquant : {f}").format(f=", ".join(missing))
    if v == "enum":
        return tr("valeur « {v} » non admise ; valeurs possibles : {vals}").format(
            v=_shown(inst), vals=", ".join(_shown(x) for x in val)
        )
    if v == "const":
        return tr("valeur « {v} » non admise ; valeur attendue : {c}").format(v=_shown(inst), c=_shown(val))
    if v == "type":
        return tr("type attendu : {t} (reçu : {v})").format(t=_type_name(val), v=_shown(inst))
    if v == "pattern":
        return tr("« {v} » ne respecte pas le format attendu ({p})").format(v=_shown(inst), p=val)
    if v == "format":
        formats = {"date": tr("une date AAAA-MM-JJ, ex. 2025-03-31"), "date-time": tr("une date et une heure")}
        return tr("« {v} » n'est pas {f}").format(v=_shown(inst), f=formats.get(val, tr("au format {f}").format(f=val)))
    if v == "additionalProperties":
        extra = sorted(set(inst) - set(error.schema.get("properties", {}))) if isinstance(inst, dict) else []
        return tr("champ(s) inconnu(s) : {f} (faute de frappe ?)").format(f=", ".join(extra))
    if v == "minItems":
        return tr("liste trop courte : au moins {n} élément(s) attendu(s), {k} reçu(s)").format(
            n=val, k=len(inst) if isinstance(inst, list) else "?"
        )
    if v == "maxItems":
        return tr("liste trop longue : au plus {n} élément(s) attendu(s), {k} reçu(s)").format(
            n=val, k=len(inst) if isinstance(inst, list) else "?"
        )
    if v == "minLength":
        return tr("texte trop court : au moins {n} caractère(s) attendu(s) (reçu : « {v} »)").format(
            n=val, v=_shown(inst)
        )
    if v == "maxLength":
        return tr("texte trop long : au plus {n} caractère(s)").format(n=val)
    if v == "minimum":
        return tr("valeur {v} trop petite (minimum {m})").format(v=_shown(inst), m=val)
    if v == "exclusiveMinimum":
        return tr("valeur {v} trop petite (elle doit être supérieure à {m})").format(v=_shown(inst), m=val)
    if v == "maximum":
        return tr("valeur {v} trop grande (maximum {m})").format(v=_shown(inst), m=val)
    if v == "exclusiveMaximum":
        return tr("valeur {v} trop grande (elle doit être inférieure à {m})").format(v=_shown(inst), m=val)
    if v in ("maxProperties", "minProperties"):
        return tr(
            "une condition doit contenir exactement une clé (ex. « zone », « tous », « travaux ») ; reçu : {k}"
        ).format(k=", ".join(map(str, inst)) if isinstance(inst, dict) and inst else _shown(inst))
    if v == "uniqueItems":
        return tr("valeurs en double")
    if v == "contains":
        return tr("la liste doit contenir au moins une entrée dont {what} ; aucune ne convient").format(
            what=_described(val)
        )
    if v in ("oneOf", "anyOf"):
        return tr("valeur « {v} » ne correspond à aucune des formes admises").format(v=_shown(inst))
    if v == "not":
        return tr("valeur « {v} » interdite à cet endroit").format(v=_shown(inst))
    if v == "false" or val is False:
        return tr("champ non admis à cet endroit")
    return tr("valeur « {v} » non admise (contrainte « {k} » du schéma)").format(v=_shown(inst), k=v)

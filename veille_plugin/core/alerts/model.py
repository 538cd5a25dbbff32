"""What an alert («alerte patrimoine en péril») holds, its vocabularies, and how values are checked.

Both back ends of the register and every entry point (form, dock, command line, Processing) go through
:func:`validate_alert`, so a value refused in one is refused everywhere, with the same French message naming
the field. Vocabularies are the Mission's own (2016 categories, responses seen) and the priority / condition /
trend model of Historic England's Heritage at Risk register, adapted in French (README, «Alertes sur les sites en
péril»).
"""

import re
import unicodedata
from collections import OrderedDict
from datetime import date, datetime
from typing import Dict, List, Optional, Tuple

from .. import unesco_factors
from ..errors import InputError
from ..i18n import QT_TRANSLATE_NOOP, tr
from ..text import strip_accents
from ..vocabulary import (
    ALERT_ACTIONS,
    ALERT_CONDITIONS,
    ALERT_DEFAULT_STATUS,
    ALERT_OWNERS,
    ALERT_SOURCES,
    ALERT_STATUSES,
    ALERT_STATUSES_CLOSED,
    ALERT_TRENDS,
)

# --------------------------------------------------------------------------- vocabularies (stored as written here)
# (the plain vocabularies live in core/vocabulary.py, with their labels for display; re-exported here)
SOURCES = ALERT_SOURCES
#: Condition of the fabric (Heritage at Risk: very bad / poor / fair / good).
ETATS = ALERT_CONDITIONS
#: Trend since the last observation.
TENDANCES = ALERT_TRENDS

#: Priority A–F with what each letter means (adapted from Historic England, Heritage at Risk).
PRIORITES = OrderedDict(
    [
        (
            "A",
            QT_TRANSLATE_NOOP(
                "VeillePatrimoniale", "Risque immédiat de dégradation rapide ou de perte ; aucune solution convenue"
            ),
        ),
        (
            "B",
            QT_TRANSLATE_NOOP(
                "VeillePatrimoniale",
                "Risque immédiat de dégradation rapide ou de perte ; solution convenue mais pas encore mise en œuvre",
            ),
        ),
        ("C", QT_TRANSLATE_NOOP("VeillePatrimoniale", "Dégradation lente ; aucune solution convenue")),
        (
            "D",
            QT_TRANSLATE_NOOP(
                "VeillePatrimoniale", "Dégradation lente ; solution convenue mais pas encore mise en œuvre"
            ),
        ),
        (
            "E",
            QT_TRANSLATE_NOOP(
                "VeillePatrimoniale",
                "En travaux ou en état correct, mais sans usage ni repreneur identifié, ou menacé de vacance",
            ),
        ),
        (
            "F",
            QT_TRANSLATE_NOOP(
                "VeillePatrimoniale",
                "Programme de réparation en cours et usage futur identifié, ou nouvel usage convenu pas encore mis en "
                "œuvre",
            ),
        ),
    ]
)

#: The same, in a few words (lists and combo boxes; the full meaning is shown next to them).
PRIORITES_COURTES = {
    "A": QT_TRANSLATE_NOOP("VeillePatrimoniale", "risque immédiat, aucune solution"),
    "B": QT_TRANSLATE_NOOP("VeillePatrimoniale", "risque immédiat, solution convenue"),
    "C": QT_TRANSLATE_NOOP("VeillePatrimoniale", "dégradation lente, aucune solution"),
    "D": QT_TRANSLATE_NOOP("VeillePatrimoniale", "dégradation lente, solution convenue"),
    "E": QT_TRANSLATE_NOOP("VeillePatrimoniale", "sans usage ni repreneur"),
    "F": QT_TRANSLATE_NOOP("VeillePatrimoniale", "réparation en cours"),
}

#: Categories the Mission used in 2016.
CATEGORIES = OrderedDict(
    [
        ("principale urgence", QT_TRANSLATE_NOOP("VeillePatrimoniale", "Sites appartenant à des particuliers")),
        (
            "seconde catégorie",
            QT_TRANSLATE_NOOP(
                "VeillePatrimoniale",
                "Propriété publique, mais le bâtiment peut être perdu faute de moyens ou de volonté",
            ),
        ),
        (
            "dernière catégorie",
            QT_TRANSLATE_NOOP(
                "VeillePatrimoniale", "Équipements communaux dont la commune ne peut assumer l'entretien"
            ),
        ),
    ]
)

PROPRIETAIRES = ALERT_OWNERS

ACTIONS = ALERT_ACTIONS

#: Partners usually alerted (suggestions: any other name is accepted).
PARTENAIRES = (
    "commune",
    "intercommunalité",
    "DRAC",
    "UDAP – ABF",
    "DREAL",
    "DDTM",
    "EPF",
    "Fondation du Patrimoine",
    "Département",
    "Région",
    "Préfecture",
    "Mission Bassin Minier",
)

#: Life of an alert, in order; the last three close it.
STATUTS = ALERT_STATUSES
STATUTS_CLOS = ALERT_STATUSES_CLOSED
STATUTS_OUVERTS = tuple(s for s in STATUTS if s not in STATUTS_CLOS)
DEFAULT_STATUT = ALERT_DEFAULT_STATUS

# --------------------------------------------------------------------------- fields
#: Fields people edit: (name, kind, French label). Kinds: text, longtext, date, enum, list (free), enum_list, factors.
EDITABLE_FIELDS: List[Tuple[str, str, str]] = [
    ("elements", "list", "Éléments"),
    ("titre", "text", "Titre"),
    ("description", "longtext", "Description"),
    ("date_constat", "date", "Date du constat"),
    ("source", "enum", "Source"),
    ("etat", "enum", "État"),
    ("tendance", "enum", "Tendance"),
    ("priorite", "enum", "Priorité"),
    ("categorie", "enum", "Catégorie (2016)"),
    ("proprietaire_type", "enum", "Type de propriétaire"),
    ("proprietaire_nom", "text", "Propriétaire"),
    ("menaces", "factors", "Menaces (facteurs UNESCO)"),
    ("actions_realisees", "enum_list", "Actions réalisées"),
    ("actions_prevues", "enum_list", "Actions prévues"),
    ("partenaires", "list", "Partenaires alertés"),
    ("statut", "enum", "Statut"),
    ("motif_cloture", "longtext", "Motif de clôture"),
    ("dossier_veille", "text", "Dossier de la veille"),
]
#: Filled from the elements (or the map) by the service, stored for lists and exports.
DERIVED_FIELDS = [
    ("elements_noms", "text", QT_TRANSLATE_NOOP("VeillePatrimoniale", "Noms des éléments")),
    ("commune_insee", "text", QT_TRANSLATE_NOOP("VeillePatrimoniale", "Commune (INSEE)")),
    ("commune_nom", "text", QT_TRANSLATE_NOOP("VeillePatrimoniale", "Commune")),
]
#: Kept by the register.
BOOKKEEPING_FIELDS = [
    ("auteur", "text", QT_TRANSLATE_NOOP("VeillePatrimoniale", "Créée par")),
    ("created_at", "text", QT_TRANSLATE_NOOP("VeillePatrimoniale", "Créée le")),
    ("updated_by", "text", QT_TRANSLATE_NOOP("VeillePatrimoniale", "Modifiée par")),
    ("updated_at", "text", QT_TRANSLATE_NOOP("VeillePatrimoniale", "Modifiée le")),
    ("closed_at", "text", QT_TRANSLATE_NOOP("VeillePatrimoniale", "Close le")),
    ("version", "int", QT_TRANSLATE_NOOP("VeillePatrimoniale", "Version")),
]
ALL_FIELDS = EDITABLE_FIELDS + DERIVED_FIELDS + BOOKKEEPING_FIELDS
FIELD_NAMES = [f for f, _, _ in ALL_FIELDS]
FIELD_KINDS = {f: k for f, k, _ in ALL_FIELDS}
LABELS = {f: label for f, _, label in ALL_FIELDS}
#: Every change of these is written to the alert's history (old → new).
TRACKED_FIELDS = [f for f, _, _ in EDITABLE_FIELDS + DERIVED_FIELDS] + ["geom"]

VOCABULARIES = {
    "source": SOURCES,
    "etat": ETATS,
    "tendance": TENDANCES,
    "priorite": tuple(PRIORITES),
    "categorie": tuple(CATEGORIES),
    "proprietaire_type": PROPRIETAIRES,
    "statut": STATUTS,
    "actions_realisees": ACTIONS,
    "actions_prevues": ACTIONS,
}

MAX_TEXT = {
    "titre": 200,
    "proprietaire_nom": 200,
    "dossier_veille": 60,
    "elements": 2000,
    "partenaires": 2000,
    # derived from the elements (a whole cité or component: dozens of names), never typed
    "elements_noms": 50000,
    "commune_insee": 5000,
    "commune_nom": 10000,
}
MAX_LONGTEXT = 20000
_SPLIT = re.compile(r"\s*[;\n|]\s*")
_DATE_FR = re.compile(r"^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\s*$")


#: The values a creation entry of the history names, in this order (the alert row holds them all).
CREATION_SUMMARY_FIELDS = (
    "titre",
    "elements_noms",
    "priorite",
    "statut",
    "date_constat",
    "etat",
    "tendance",
    "categorie",
    "source",
    "proprietaire_type",
    "dossier_veille",
)
#: Action word of the one history entry written when an alert is created (stored, never translated).
CREATION_ACTION = "création"


def creation_summary(values: Dict, place: Optional[str] = None) -> str:
    """The main values of a new alert as one stored line: «Titre : Toiture effondrée ; Éléments : 63V Cité des
    Provinces (Lens) ; Priorité : A ; Statut : signalée ; …».

    Written once in the history when the alert is created (later changes are written field by field). Labels are
    the stored French ones, not translated: a register reads the same under any language. ``place``: the point's
    WKT when the alert has one. Fields without a value are left out; element ids stand in for their names when
    the names are missing."""
    parts = []
    for field in CREATION_SUMMARY_FIELDS:
        value = values.get(field)
        if field == "elements_noms" and not value:
            value = values.get("elements")
        if value is None or (isinstance(value, str) and not value.strip()):
            continue
        label = "Éléments" if field == "elements_noms" else LABELS[field]
        parts.append(f"{label} : {value}")
    if place:
        parts.append(f"Emplacement : {place}")
    return " ; ".join(parts)


def field_label(name: str) -> str:
    """The French label of an alert field (its name when unknown)."""
    return tr(LABELS.get(name, name))


def _key(text: str) -> str:
    return re.sub(r"[\s'’\u2013\u2014-]+", " ", strip_accents(str(text)).lower()).strip()


_ESCAPED_BYTES = re.compile(r"[\udc80-\udcff]+")
_LONE_SURROGATE = re.compile(r"[\ud800-\udfff]")


def _bytes_run(m) -> str:
    data = m.group(0).encode("utf-8", "surrogateescape")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", "replace")


def clean_unicode(text: str) -> str:
    """Text that every back end can store: bytes Python could not decode (command-line arguments typed in a
    Latin-1 terminal arrive as «\\udce9») read as UTF-8 or else Windows-1252, other lone surrogates → «\ufffd»,
    NUL removed (PostgreSQL refuses it), NFC."""
    text = str(text)
    if _LONE_SURROGATE.search(text):
        text = _LONE_SURROGATE.sub("\ufffd", _ESCAPED_BYTES.sub(_bytes_run, text))
    return unicodedata.normalize("NFC", text.replace("\x00", ""))


def _clean_text(v) -> Optional[str]:
    if v is None:
        return None
    s = clean_unicode(v).strip()
    return s or None


def _as_list(v) -> List[str]:
    if v is None:
        return []
    if isinstance(v, (list, tuple, set)):
        items = [_clean_text(x) for x in v]
    else:
        items = [_clean_text(x) for x in _SPLIT.split(str(v))]
    out = []
    for x in items:
        if x and x not in out:
            out.append(x)
    return out


def join_list(items) -> Optional[str]:
    """How lists are stored: «a; b» (None when empty)."""
    items = [str(x) for x in items if str(x).strip()]
    return "; ".join(items) if items else None


def split_list(text) -> List[str]:
    """A «a; b; c» text as a list of clean items."""
    return _as_list(text)


def _canonical(field: str, value: str, allowed) -> str:
    if field == "priorite":
        v = str(value).strip().upper()
        if v in PRIORITES:
            return v
    k = _key(value)
    for a in allowed:
        if _key(a) == k:
            return a
    raise ValueError


def parse_date(value) -> Optional[str]:
    """«2024-05-02», «02/05/2024», a date → «2024-05-02»; ValueError otherwise."""
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    s = str(value).strip()
    if not s:
        return None
    m = _DATE_FR.match(s)
    if m:
        return date(int(m.group(3)), int(m.group(2)), int(m.group(1))).isoformat()
    return (
        date.fromisoformat(s[:10]).isoformat()
        if re.match(r"^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$", s)
        else _raise_value()
    )


def _raise_value():
    raise ValueError


def _allowed_text(field: str) -> str:
    return ", ".join(f"« {a} »" for a in VOCABULARIES[field])


def validate_alert(values: Dict, *, partial: bool = False, today: Optional[date] = None) -> Dict:
    """Check and normalise alert values; returns {field: stored value} for the fields given.

    ``partial=False`` (a new alert) requires a title and fills the defaults (statut «signalée», date of the
    day). Unknown fields, unknown vocabulary values, bad dates, dates in the future, over-long texts and an
    empty title are all reported together in one :class:`InputError` whose message names each field.
    Lists may be given as Python lists or as text separated by «;».
    """
    today = today or date.today()
    errors = []
    out = {}
    editable = {f for f, _, _ in EDITABLE_FIELDS} | {f for f, _, _ in DERIVED_FIELDS}
    for field, value in values.items():
        if field not in editable:
            errors.append(
                tr("champ « {f} » inconnu (champs possibles : {all})").format(f=field, all=", ".join(sorted(editable)))
            )
            continue
        kind = FIELD_KINDS[field]
        label = field_label(field)
        try:
            if kind in ("text", "longtext"):
                v = _clean_text(value)
                limit = MAX_LONGTEXT if kind == "longtext" else MAX_TEXT.get(field, 500)
                if v and len(v) > limit:
                    errors.append(tr("« {l} » : {n} caractères, {m} au plus").format(l=label, n=len(v), m=limit))
                    continue
                out[field] = v
            elif kind == "date":
                try:
                    v = parse_date(value)
                except ValueError:
                    errors.append(
                        tr("« {l} » : date « {v} » illisible (ex. 21/11/2026 ou 2026-11-21)").format(l=label, v=value)
                    )
                    continue
                if v and v > today.isoformat():
                    errors.append(tr("« {l} » : la date {v} est dans le futur").format(l=label, v=v))
                    continue
                out[field] = v
            elif kind == "enum":
                v = _clean_text(value)
                if v is None:
                    out[field] = None
                    continue
                try:
                    out[field] = _canonical(field, v, VOCABULARIES[field])
                except ValueError:
                    errors.append(
                        tr("« {l} » : valeur « {v} » refusée (valeurs possibles : {a})").format(
                            l=label, v=v, a=_allowed_text(field)
                        )
                    )
            elif kind == "enum_list":
                items, bad = [], []
                for x in _as_list(value):
                    try:
                        c = _canonical(field, x, VOCABULARIES[field])
                    except ValueError:
                        bad.append(x)
                        continue
                    if c not in items:
                        items.append(c)
                if bad:
                    errors.append(
                        tr("« {l} » : {v} refusé(s) (valeurs possibles : {a})").format(
                            l=label, v=", ".join(f"« {b} »" for b in bad), a=_allowed_text(field)
                        )
                    )
                    continue
                out[field] = join_list(items)
            elif kind == "factors":
                items, bad = [], []
                for x in _as_list(value):
                    c = unesco_factors.normalize_factor(x.split(" ")[0])
                    if c is None:
                        bad.append(x)
                    elif c not in items:
                        items.append(c)
                if bad:
                    errors.append(
                        tr(
                            "« {l} » : code(s) {v} inconnu(s) ; codes des facteurs UNESCO : 1 à 14, éventuellement "
                            "suivis du facteur secondaire (ex. 1.1)"
                        ).format(l=label, v=", ".join(f"« {b} »" for b in bad))
                    )
                    continue
                out[field] = join_list(sorted(items, key=lambda c: [int(p) for p in c.split(".")]))
            elif kind == "list":
                items = _as_list(value)
                text = join_list(items)
                if text and len(text) > MAX_TEXT.get(field, 2000):
                    errors.append(tr("« {l} » : liste trop longue").format(l=label))
                    continue
                out[field] = text
        except (TypeError, ValueError) as exc:  # pragma: no cover - defensive, every kind handles its own errors
            errors.append(tr("« {l} » : valeur « {v} » illisible ({e})").format(l=label, v=value, e=exc))
    if not partial:
        if not out.get("titre"):
            errors.append(tr("« {l} » est obligatoire").format(l=field_label("titre")))
        out.setdefault("statut", None)
        out["statut"] = out["statut"] or DEFAULT_STATUT
        if not out.get("date_constat"):
            out["date_constat"] = today.isoformat()
    elif "titre" in out and not out["titre"]:
        errors.append(tr("« {l} » ne peut pas être vidé").format(l=field_label("titre")))
    if errors:
        raise InputError(tr("Alerte refusée : {e}.").format(e=" ; ".join(errors)))
    return out


def is_closed(statut: Optional[str]) -> bool:
    """True when the status closes an alert."""
    return statut in STATUTS_CLOS


def normalize_element_id(value) -> str:
    """«63v», « 63 V », «63\u00a0V» (pasted), «６３Ｖ» (full width), «63V\u200b» → «63V»."""
    text = unicodedata.normalize("NFKC", str(value))
    return "".join(c for c in text if not c.isspace() and unicodedata.category(c) not in ("Cf", "Cc")).upper()

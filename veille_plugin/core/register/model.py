"""What the veille register stores: the fields of a case, which of them are tracked, and how values are normalised.

Both back ends (GeoPackage and PostGIS) share this module, so a case read from one compares equal to the
same case read from the other.
"""

import math
import re
from datetime import date, datetime, timezone

from ..alerts.model import clean_unicode
from ..errors import InputError
from ..i18n import tr
from ..vocabulary import SWEEP_STATUSES, TRIAGE_STATUSES, TRIAGE_TO_EXAMINE  # noqa: F401 (SWEEP_STATUSES re-exported)

#: Fields of the ``cases`` table, in order: (name, kind) with kind "text", "real" or "int".
#: The geometry (column ``geom``, EPSG:2154, any type, 2D) comes on top of these.
CASE_FIELDS = [
    ("numero", "text"),
    ("numero_norm", "text"),  # unique key, see normalize_numero()
    ("source", "text"),
    ("type", "text"),
    ("commune_insee", "text"),
    ("commune_nom", "text"),
    ("epci", "text"),
    ("parcelles", "text"),
    ("adresse", "text"),
    ("demandeur", "text"),  # applicant, when the source publishes it (migration 6)
    ("travaux", "text"),
    ("nature", "text"),
    ("hauteur", "real"),
    ("date_depot", "text"),
    ("statut_dossier", "text"),
    ("localisation", "text"),
    ("zone", "text"),
    ("zone_commune", "text"),  # located only by its commune: what the commune touches (bien, zone_tampon, hors)
    ("composantes", "text"),
    ("elements", "text"),
    ("elements_proches", "text"),
    ("abords_mh", "text"),
    ("severite", "text"),
    ("regles", "text"),
    ("regles_donnee_manquante", "text"),
    ("priorite_rang", "int"),  # priority (migration 11): 1 = most urgent … 5, see core/impact
    ("priorite_importance", "text"),
    ("priorite_attribut", "text"),
    ("priorite_172", "text"),
    ("priorite_motif", "text"),
    ("catalogue_version", "text"),
    ("donnees_version", "text"),
    ("statut_veille", "text"),
    ("assignee", "text"),
    ("avis", "text"),  # follow-up (migration 8): the avis given, its date and author
    ("avis_date", "text"),
    ("avis_auteur", "text"),
    ("decision", "text"),  # the competent authority's decision and its date (also from a source that carries it)
    ("decision_date", "text"),
    ("conformite", "text"),  # whether the works as built matched, when it was checked, a note
    ("conformite_date", "text"),
    ("conformite_note", "text"),
    ("first_seen", "text"),
    ("last_seen", "text"),
    ("first_sweep", "int"),
    ("last_sweep", "int"),
    ("disparu", "int"),
]
FIELD_NAMES = [name for name, _ in CASE_FIELDS]
FIELD_KINDS = dict(CASE_FIELDS)

GEOMETRY_COLUMN = "geom"
#: Column of :meth:`Register.get_cases` / :meth:`Register.upsert_cases` holding the geometry as ISO WKB.
WKB_COLUMN = "geom_wkb"
SRID = 2154

#: A change of one of these makes a case «modifié» and is written to the history (old → new).
TRACKED_FIELDS = [
    "type",
    "statut_dossier",
    "parcelles",
    "travaux",
    "nature",
    "hauteur",
    "localisation",
    "zone",
    "elements",
    "severite",
    "regles",
]

#: Triage, set by people through :meth:`Register.set_triage`, never by a sweep.
TRIAGE_FIELDS = ["statut_veille", "assignee"]
#: What became of the case, set by people through :meth:`Register.set_follow_up` (history kept); a sweep writes
#: the decision only when its source carries one (:data:`SOURCE_DECISION_FIELDS`), never a blank over a value.
FOLLOW_UP_FIELDS = [
    "avis",
    "avis_date",
    "avis_auteur",
    "decision",
    "decision_date",
    "conformite",
    "conformite_date",
    "conformite_note",
]
SOURCE_DECISION_FIELDS = ["decision", "decision_date"]
#: Kept by the register itself.
BOOKKEEPING_FIELDS = ["first_seen", "last_seen", "first_sweep", "last_sweep", "disparu"]
#: Fields a sweep writes (from the DataFrame given to upsert_cases); numero_norm is the key.
SOURCE_FIELDS = [
    f for f in FIELD_NAMES if f not in TRIAGE_FIELDS + FOLLOW_UP_FIELDS + BOOKKEEPING_FIELDS + ["numero_norm"]
]

STATUTS_VEILLE = TRIAGE_STATUSES
DEFAULT_STATUT_VEILLE = TRIAGE_TO_EXAMINE

#: Columns of the history table as returned by Register.history().
HISTORY_COLUMNS = ["at", "author", "sweep_id", "field", "old", "new"]

_NUMERO_JUNK = re.compile(r"[\s\-\u2010\u2011\u2012\u2013\u2014\u2212./]+")


def normalize_numero(text) -> str:
    """Key of a case: spaces, dashes, dots and slashes removed, upper case.

    «PC 062 498 24 00012» and «pc-06249824-00012» both give «PC0624982400012». ``None`` gives "".
    """
    if text is None or (isinstance(text, float) and math.isnan(text)):
        return ""
    return _NUMERO_JUNK.sub("", str(text)).upper()


def now_iso() -> str:
    """Time stamps of the register: UTC, ISO 8601, to the second («2024-05-02T08:15:00Z»); they sort as text."""
    return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def _is_missing(v) -> bool:
    if v is None:
        return True
    if isinstance(v, float) and math.isnan(v):
        return True
    try:  # pandas.NA / NaT
        import pandas as pd

        return v is pd.NA or v is pd.NaT
    except ImportError:  # pragma: no cover
        return False


def to_text(v):
    """Text value: stripped, "" → None, lists joined with «; », integral floats without «.0», dates in ISO."""
    if isinstance(v, str):
        v = v.strip()
        if "\x00" in v:  # PostgreSQL text cannot hold NUL; same value on both back ends
            v = v.replace("\x00", "").strip()
        return v or None
    if _is_missing(v):
        return None
    if isinstance(v, (list, tuple, set, frozenset)):
        parts = [to_text(x) for x in (sorted(v, key=str) if isinstance(v, (set, frozenset)) else v)]
        joined = "; ".join(p for p in parts if p)
        return joined or None
    if isinstance(v, bool):
        return "oui" if v else "non"
    if isinstance(v, float):
        return str(int(v)) if v.is_integer() and abs(v) < 1e15 else repr(v)
    if isinstance(v, (datetime, date)):
        return v.isoformat()
    if hasattr(v, "item") and not isinstance(v, (bytes, bytearray)):  # numpy scalar
        return to_text(v.item())
    if isinstance(v, (bytes, bytearray)):
        return bytes(v).decode("utf-8", "replace").strip() or None
    return str(v).strip() or None


def to_real(v):
    """Real value or None; accepts «12,5». Raises ValueError when the text is not a number."""
    if _is_missing(v):
        return None
    if isinstance(v, str):
        s = v.strip().replace(",", ".").replace("\u00a0", "").replace(" ", "")
        if not s:
            return None
        f = float(s)
    else:
        f = float(v)
    return None if math.isnan(f) else f


def to_int(v):
    """An integer, or None for missing values."""
    if _is_missing(v):
        return None
    if isinstance(v, str):
        s = v.strip()
        if not s:
            return None
        return int(float(s.replace(",", "."))) if not s.lstrip("-").isdigit() else int(s)
    return int(v)


CONVERTERS = {"text": to_text, "real": to_real, "int": to_int}


def history_text(v):
    """How a value is written in the history (a text column): None stays NULL, 12.0 → «12»."""
    if v is None:
        return None
    if isinstance(v, float):
        return str(int(v)) if v.is_integer() and abs(v) < 1e15 else repr(v)
    return str(v)


def check_author(author) -> str:
    """The author of a change, cleaned; French error when empty (every change is attributed)."""
    text = "" if author is None else clean_unicode(author).strip()
    if not text:
        raise InputError(
            tr(
                "Champ « author » : indiquez qui écrit dans le registre de veille (nom ou identifiant), il est "
                "obligatoire."
            )
        )
    return text

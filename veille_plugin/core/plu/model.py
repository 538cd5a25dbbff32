"""Data structures of the PLU watch: anomalies, tables and versions (pandas + shapely arrays, EPSG:2154)."""

import re
from dataclasses import dataclass, field
from typing import Optional

import numpy as np
import pandas as pd

from ..i18n import tr

ERROR, WARNING, INFO = "erreur", "avertissement", "information"

ZONE_URBA = "ZONE_URBA"
PRESCRIPTION_KINDS = ("PRESCRIPTION_SURF", "PRESCRIPTION_LIN", "PRESCRIPTION_PCT")
INFO_KINDS = ("INFO_SURF", "INFO_LIN", "INFO_PCT")
DOC_KINDS = ("DOC_URBA", "DOC_URBA_COM")
TABLE_KINDS = (ZONE_URBA,) + PRESCRIPTION_KINDS + INFO_KINDS + DOC_KINDS
GEOMETRY_OF_KIND = {"SURF": "polygone", "LIN": "ligne", "PCT": "point", "ZONE_URBA": "polygone"}


@dataclass
class Anomaly:
    """One problem found in the input: where (file, layer, feature, field, value), what, what to do."""

    niveau: str  # erreur | avertissement | information
    code: str  # machine-readable: TYPEZONE_INCONNU, GEOMETRIE_INVALIDE…
    message: str  # complete French sentence
    action: str = ""  # what to do
    fichier: str = ""
    couche: str = ""
    entite: Optional[object] = None  # feature id (FID) or row number
    champ: str = ""
    valeur: Optional[object] = None
    version: str = ""  # «avant» / «après» / label of the version

    def to_dict(self) -> dict:
        """The anomaly as plain data."""
        return {
            "niveau": self.niveau,
            "code": self.code,
            "version": self.version,
            "fichier": self.fichier,
            "couche": self.couche,
            "entite": None
            if self.entite is None
            else (int(self.entite) if isinstance(self.entite, (int, np.integer)) else str(self.entite)),
            "champ": self.champ,
            "valeur": None if self.valeur is None else str(self.valeur),
            "message": self.message,
            "action": self.action,
        }

    def __str__(self):
        where = [
            p
            for p in (
                self.fichier,
                self.couche and tr("couche {c}").format(c=self.couche),
                self.entite is not None and tr("entité {e}").format(e=self.entite),
                self.champ and tr("champ {f}").format(f=self.champ),
            )
            if p
        ]
        text = f"[{self.niveau}] " + (", ".join(where) + " : " if where else "") + self.message
        return text + (f" {self.action}" if self.action else "")


def anomalies_table(anomalies) -> pd.DataFrame:
    """The anomalies as a table (CSV, report)."""
    cols = ["niveau", "code", "version", "fichier", "couche", "entite", "champ", "valeur", "message", "action"]
    return pd.DataFrame([a.to_dict() for a in anomalies], columns=cols)


def count_errors(anomalies) -> int:
    """Number of error-level anomalies."""
    return sum(1 for a in anomalies if a.niveau == ERROR)


@dataclass
class PluTable:
    """One CNIG table (ZONE_URBA, PRESCRIPTION_SURF…): upper-case CNIG columns plus ``_fichier``, ``_couche``,
    ``_fid`` (feature id in the source) and ``_ok`` (usable geometry); geometries in EPSG:2154."""

    kind: str
    attributes: pd.DataFrame
    geometries: np.ndarray
    variant: str = ""  # «2014», «2017», «2024»
    sources: list = field(default_factory=list)  # (file, layer) pairs read into this table

    def __len__(self):
        return len(self.geometries)

    @property
    def ok(self) -> np.ndarray:
        """Mask of the features read without error."""
        if "_ok" in self.attributes.columns:
            return self.attributes["_ok"].to_numpy(dtype=bool)
        return np.ones(len(self), dtype=bool)

    def column(self, name: str, default="") -> np.ndarray:
        """A column as an object array (``default`` when absent)."""
        if name in self.attributes.columns:
            return self.attributes[name].to_numpy(dtype=object)
        return np.full(len(self), default, dtype=object)

    def subset(self, mask: np.ndarray) -> "PluTable":
        """The table restricted to a mask."""
        mask = np.asarray(mask, dtype=bool)
        return PluTable(
            self.kind,
            self.attributes[mask].reset_index(drop=True),
            self.geometries[mask],
            self.variant,
            list(self.sources),
        )

    @classmethod
    def empty(cls, kind: str) -> "PluTable":
        """An empty table of this kind."""
        return cls(
            kind, pd.DataFrame({"_fichier": [], "_couche": [], "_fid": [], "_ok": []}), np.array([], dtype=object)
        )

    @classmethod
    def concat(cls, kind: str, tables: list) -> "PluTable":
        """Several tables of one kind as one."""
        tables = [t for t in tables if t is not None]
        if not tables:
            return cls.empty(kind)
        if len(tables) == 1:
            return tables[0]
        attrs = pd.concat([t.attributes for t in tables], ignore_index=True)
        geoms = np.concatenate([t.geometries for t in tables])
        variants = sorted({t.variant for t in tables if t.variant})
        return cls(kind, attrs, geoms, "/".join(variants), [s for t in tables for s in t.sources])


@dataclass
class PluVersion:
    """A version of a plan (in force or draft): its CNIG tables in EPSG:2154 and the anomalies met while reading."""

    label: str
    source: str
    tables: dict = field(default_factory=dict)  # kind -> PluTable
    anomalies: list = field(default_factory=list)

    def table(self, kind: str) -> PluTable:
        """The table of this kind (empty when absent)."""
        return self.tables.get(kind) or PluTable.empty(kind)

    @property
    def zones(self) -> PluTable:
        """The ZONE_URBA table."""
        return self.table(ZONE_URBA)

    @property
    def prescriptions(self) -> PluTable:
        """SURF, LIN and PCT together (column ``_table`` says which)."""
        return PluTable.concat("PRESCRIPTION", [self.tables[k] for k in PRESCRIPTION_KINDS if k in self.tables])

    @property
    def infos(self) -> PluTable:
        """The INFO_* tables as one."""
        return PluTable.concat("INFO", [self.tables[k] for k in INFO_KINDS if k in self.tables])

    @property
    def variant(self) -> str:
        """CNIG standard of the zoning (2014, 2017 or 2024)."""
        return self.zones.variant

    @property
    def idurba(self) -> list:
        """The IDURBA values of the version."""
        vals = set()
        for t in self.tables.values():
            vals.update(v for v in t.column("IDURBA", None) if isinstance(v, str) and v)
        return sorted(vals)

    @property
    def insee(self) -> list:
        """INSEE codes present in the zoning."""
        vals = self.zones.column("INSEE", None)
        return sorted({v for v in vals if isinstance(v, str) and v})

    @property
    def n_errors(self) -> int:
        """Number of error-level anomalies."""
        return count_errors(self.anomalies)

    def describe(self) -> dict:
        """The version as plain data (label, IDURBA, standard, tables)."""
        return {
            "version": self.label,
            "source": self.source,
            "variante_cnig": self.variant,
            "idurba": self.idurba,
            "insee": self.insee,
            "tables": {k: len(t) for k, t in sorted(self.tables.items())},
            "anomalies": {lvl: sum(1 for a in self.anomalies if a.niveau == lvl) for lvl in (ERROR, WARNING, INFO)},
        }


IDURBA_RE = re.compile(
    r"^(?P<code>\d{5}|\d{9}|2[AB]\d{3})_(?P<type>PLUI|PLU|POS|CC|PSMV)_(?P<date>\d{8})(?:_(?P<suffix>[A-Za-z0-9]+))?$",
    re.IGNORECASE,
)


def parse_idurba(value) -> dict:
    """``76648_PLU_20241107`` → {code: 76648, type: PLU, date: 20241107, insee: 76648, siren: ''}; {} if not conform."""
    if not isinstance(value, str):
        return {}
    m = IDURBA_RE.match(value.strip())
    if not m:
        return {}
    d = m.groupdict()
    d["insee"] = d["code"] if len(d["code"]) == 5 else ""
    d["siren"] = d["code"] if len(d["code"]) == 9 else ""
    return d

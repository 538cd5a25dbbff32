"""Official CNIG PLU code lists (resources/plu/codes, Licence Ouverte) and what the plugin derives from them.

Nothing here is invented: the heritage (L.151-19) and landscape/ecological (L.151-23) protections, the
permis de démolir perimeter and the World Heritage perimeters are found in the official lists by their
legal references and labels. Codes are normalised to two digits («7» → «07»), as the standard writes them.
"""

import csv
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from ..i18n import tr
from ..paths import resources_dir

# TYPEZONE of the 2014 standard removed in 2017 (PROVENANCE.md of the code lists); family only, no label invented.
OBSOLETE_TYPEZONE_2014 = {"Ah": "A", "Nh": "N", "Nd": "N"}
ZONE_FAMILY = {"U": "U", "AUc": "AU", "AUs": "AU", "A": "A", "N": "N", **OBSOLETE_TYPEZONE_2014}
CONSTRUCTIBLE_FAMILIES = ("U", "AU")
NATURAL_FAMILIES = ("A", "N")


def codes_dir() -> Path:
    """Folder of the official CNIG code lists."""
    return resources_dir() / "plu" / "codes"


def norm_code(value) -> str:
    """«7», «07», 7, 7.0 → «07»; «» / None → «»; other text kept stripped (upper-case digits only padded)."""
    if value is None:
        return ""
    if isinstance(value, float):
        if value != value:  # NaN
            return ""
        if value.is_integer():
            value = int(value)
    text = str(value).strip()
    if text.isdigit():
        return text.zfill(2)
    return text


def _rows(name: str) -> list:
    with open(codes_dir() / name, encoding="utf-8-sig", newline="") as fh:
        return list(csv.reader(fh))


@dataclass
class CodeLists:
    """The CNIG code lists (zone types, prescriptions, information) with their labels."""

    typezone: dict = field(default_factory=dict)  # code -> French label (official)
    typezone_obsolete: dict = field(default_factory=dict)  # 2014 codes -> family
    typepsc: dict = field(default_factory=dict)  # (code, sous-code) -> label
    typepsc_law: dict = field(default_factory=dict)  # (code, sous-code) -> legislative reference
    typepsc_legacy: dict = field(default_factory=dict)  # old code -> official note
    typeinf: dict = field(default_factory=dict)
    typeinf_law: dict = field(default_factory=dict)
    typeinf_legacy: dict = field(default_factory=dict)
    destdomi: dict = field(default_factory=dict)
    formdomi: dict = field(default_factory=dict)
    destination: dict = field(default_factory=dict)
    typedoc: dict = field(default_factory=dict)
    etat: dict = field(default_factory=dict)
    heritage_psc: frozenset = frozenset()  # (code, sous-code) whose reference cites L151-19
    landscape_psc: frozenset = frozenset()  # … L151-23
    pd_inf: frozenset = frozenset()  # (code, sous-code) of the permis de démolir perimeter
    pd_inf_legacy: frozenset = frozenset()  # old TYPEINF codes of that perimeter (e.g. «06»)
    unesco_inf: dict = field(default_factory=dict)  # (code, sous-code) -> "bien" | "zone_tampon"

    # ------------------------------------------------------------------ lookups
    def psc_key(self, code, sub) -> tuple:
        """(code, sub-code) normalised, sub-code «00» by default."""
        return norm_code(code), norm_code(sub) or "00"

    def psc_label(self, code, sub="00") -> str:
        """Official label of a prescription code."""
        c, s = self.psc_key(code, sub)
        return (
            self.typepsc.get((c, s)) or self.typepsc.get((c, "00")) or self.typepsc_legacy.get(c) or tr("code inconnu")
        )

    def inf_label(self, code, sub="00") -> str:
        """Official label of an information code."""
        c, s = self.psc_key(code, sub)
        return (
            self.typeinf.get((c, s)) or self.typeinf.get((c, "00")) or self.typeinf_legacy.get(c) or tr("code inconnu")
        )

    def protection_kind(self, code, sub="00") -> str:
        """«L.151-19», «L.151-23», «L.151-19 et L.151-23» or «» for a prescription."""
        c, s = self.psc_key(code, sub)
        key = (c, s) if (c, s) in self.typepsc else (c, "00")
        kinds = [k for k, group in (("L.151-19", self.heritage_psc), ("L.151-23", self.landscape_psc)) if key in group]
        return " et ".join(kinds)

    def is_heritage(self, code, sub="00") -> bool:
        """True for a heritage protection (L.151-19)."""
        return "L.151-19" in self.protection_kind(code, sub)

    def is_landscape(self, code, sub="00") -> bool:
        """True for a landscape or ecological protection (L.151-23)."""
        return "L.151-23" in self.protection_kind(code, sub)

    def is_pd_perimeter(self, code, sub="00") -> bool:
        """True for the demolition permit perimeter."""
        c, s = self.psc_key(code, sub)
        return (c, s) in self.pd_inf or c in self.pd_inf_legacy

    def unesco_kind(self, code, sub="00") -> str:
        """What the code says of the UNESCO perimeter («bien», «zone tampon» or «»)."""
        c, s = self.psc_key(code, sub)
        return self.unesco_inf.get((c, s), "")


_LEGACY = re.compile(r"Anciennement codes? (\d+)(?: et (\d+))?", re.IGNORECASE)


def _legacy_codes(label: str) -> list:
    m = _LEGACY.search(label)
    if not m:
        return []
    return [norm_code(g) for g in m.groups() if g]


@lru_cache(maxsize=1)
def load_codes() -> CodeLists:
    """The CNIG code lists shipped with the plugin (read once)."""
    cl = CodeLists()
    for row in _rows("ZoneUrbaType.csv")[1:]:
        if row and row[0].strip():
            cl.typezone[row[0].strip()] = row[1].strip()
    cl.typezone_obsolete = dict(OBSOLETE_TYPEZONE_2014)

    heritage, landscape = set(), set()
    for row in _rows("PrescriptionUrbaType.csv")[1:]:
        if len(row) < 3:
            continue
        code, sub, label = row[0].strip(), row[1].strip(), " ".join(row[2].split())
        law = " ".join(row[3].split()) if len(row) > 3 else ""
        if not code.isdigit():
            for old in _legacy_codes(label):
                cl.typepsc_legacy[old] = label
            continue
        key = (norm_code(code), norm_code(sub) or "00")
        cl.typepsc[key] = label
        cl.typepsc_law[key] = law
        compact = law.replace(" ", "").replace(".", "")
        if "L151-19" in compact:
            heritage.add(key)
        if "L151-23" in compact:
            landscape.add(key)
    cl.heritage_psc, cl.landscape_psc = frozenset(heritage), frozenset(landscape)

    pd_inf, pd_legacy, unesco = set(), set(), {}
    for row in _rows("InformationUrbaType.csv")[1:]:
        if len(row) < 3:
            continue
        code, sub, label = row[0].strip(), row[1].strip(), " ".join(row[2].split())
        low = label.lower()
        if not code.isdigit():
            olds = _legacy_codes(label)
            for old in olds:
                cl.typeinf_legacy[old] = label
            if "permis de démolir" in low:
                pd_legacy.update(olds)
            continue
        key = (norm_code(code), norm_code(sub) or "00")
        cl.typeinf[key] = label
        cl.typeinf_law[key] = " ".join(row[3].split()) if len(row) > 3 else ""
        if "permis de démolir" in low:
            pd_inf.add(key)
        if "patrimoine mondial" in low:
            unesco[key] = "zone_tampon" if "zone tampon" in low else "bien"
    cl.pd_inf, cl.pd_inf_legacy, cl.unesco_inf = frozenset(pd_inf), frozenset(pd_legacy), unesco

    for row in _rows("DESTDOMI_cnig2014_transcribed.csv")[1:]:
        if row:
            cl.destdomi[norm_code(row[0])] = row[1].strip()
    for row in _rows("FormdomiType.csv")[1:]:
        if row and row[0].strip():
            cl.formdomi[row[0].strip().zfill(4)] = row[1].strip()
    for row in _rows("DestinationType.csv")[1:]:
        if row and row[0].strip():
            cl.destination[row[0].strip()] = (row[1] or row[2]).strip()
    for row in _rows("DocumentUrbaType.csv")[1:]:
        if row and row[0].strip():
            cl.typedoc[row[0].strip()] = row[1].strip()
    for row in _rows("EtatDocumentType.csv")[1:]:
        if row and row[0].strip():
            cl.etat[norm_code(row[0])] = row[1].strip()
    return cl


def zone_family(typezone) -> str:
    """«U», «AU», «A», «N», or «» for an unknown TYPEZONE."""
    if typezone is None:
        return ""
    return ZONE_FAMILY.get(str(typezone).strip(), "")


def typezone_label(typezone) -> str:
    """Official label of a TYPEZONE code."""
    cl = load_codes()
    t = "" if typezone is None else str(typezone).strip()
    if t in cl.typezone:
        return cl.typezone[t]
    if t in cl.typezone_obsolete:
        return tr("code du standard CNIG 2014 (supprimé en 2017), famille {f}").format(f=cl.typezone_obsolete[t])
    return tr("code inconnu")

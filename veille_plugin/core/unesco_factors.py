"""The standard list of factors affecting World Heritage properties (UNESCO, periodic reporting, adopted in 2008).

Fourteen primary factors, each with secondary factors written «N.M». Only the primary factors and the
secondary factors of factor 1 (buildings and development) are labelled here, because the catalogue's rules use them;
no source of the property says which factors its management plan cites most. Any other «N.M» with N in 1–14 is
accepted and reported under its primary factor. Labels are French.
"""

import re
from typing import List, Optional

from .i18n import QT_TRANSLATE_NOOP, tr

PRIMARY = {
    "1": QT_TRANSLATE_NOOP("VeillePatrimoniale", "Constructions et développement"),
    "2": QT_TRANSLATE_NOOP("VeillePatrimoniale", "Infrastructures de transport"),
    "3": QT_TRANSLATE_NOOP("VeillePatrimoniale", "Infrastructures de services"),
    "4": QT_TRANSLATE_NOOP("VeillePatrimoniale", "Pollution"),
    "5": QT_TRANSLATE_NOOP("VeillePatrimoniale", "Utilisation ou modification des ressources biologiques"),
    "6": QT_TRANSLATE_NOOP("VeillePatrimoniale", "Extraction de ressources physiques"),
    "7": QT_TRANSLATE_NOOP("VeillePatrimoniale", "Conditions locales affectant le tissu physique"),
    "8": QT_TRANSLATE_NOOP("VeillePatrimoniale", "Utilisations sociales et culturelles du patrimoine"),
    "9": QT_TRANSLATE_NOOP("VeillePatrimoniale", "Autres activités humaines"),
    "10": QT_TRANSLATE_NOOP("VeillePatrimoniale", "Changement climatique et phénomènes météorologiques extrêmes"),
    "11": QT_TRANSLATE_NOOP("VeillePatrimoniale", "Événements écologiques ou géologiques soudains"),
    "12": QT_TRANSLATE_NOOP("VeillePatrimoniale", "Espèces envahissantes, exotiques ou hyper-abondantes"),
    "13": QT_TRANSLATE_NOOP("VeillePatrimoniale", "Facteurs de gestion et institutionnels"),
    "14": QT_TRANSLATE_NOOP("VeillePatrimoniale", "Autre(s) facteur(s)"),
}

SECONDARY = {
    "1.1": QT_TRANSLATE_NOOP("VeillePatrimoniale", "Logement"),
    "1.2": QT_TRANSLATE_NOOP("VeillePatrimoniale", "Développement commercial"),
    "1.3": QT_TRANSLATE_NOOP("VeillePatrimoniale", "Zones industrielles"),
    "1.4": QT_TRANSLATE_NOOP("VeillePatrimoniale", "Hébergement touristique et infrastructures associées"),
    "1.5": QT_TRANSLATE_NOOP("VeillePatrimoniale", "Équipements d'interprétation et d'accueil des visiteurs"),
}

_CODE = re.compile(r"^\s*(\d{1,2})(?:\s*[.,]\s*(\d{1,2}))?\s*$")


def normalize_factor(code) -> Optional[str]:
    """«1», «1.1», « 13 », «1,1» → canonical code; None when it is not a code of the list."""
    m = _CODE.match(str(code))
    if not m or m.group(1).lstrip("0") not in PRIMARY:
        return None
    primary = m.group(1).lstrip("0")
    return primary if m.group(2) is None else f"{primary}.{int(m.group(2))}"


def primary_of(code: str) -> str:
    """The primary factor of a factor code («1.1» → «1»)."""
    return str(code).split(".")[0]


def label(code: str) -> str:
    """French label of a code: «1.1 Logement», «13 Facteurs de gestion et institutionnels»."""
    if code in SECONDARY:
        return f"{code} {tr(SECONDARY[code])}"
    if code in PRIMARY:
        return f"{code} {tr(PRIMARY[code])}"
    primary = primary_of(code)
    return f"{code} ({tr(PRIMARY.get(primary, '?'))})"


def choices() -> List[str]:
    """Codes offered in forms: every primary factor, and the labelled secondary factors after their primary."""
    out = []
    for p in PRIMARY:
        out.append(p)
        out.extend(s for s in SECONDARY if primary_of(s) == p)
    return out

"""Plain words for what a PLU comparison shows, for a reader who does not know the CNIG codes.

Every code keeps its meaning beside it: a zone «1AUh – zone à urbaniser (AUc)», a prescription «Patrimoine bâti à
protéger … (07-01)», an element «63W Maison d'ingénieur (Loos-en-Gohelle)», a rule «R14 PLU : éléments protégés …».
The meanings come from the official CNIG lists (core/plu/codes.py), the reference data and the rules catalogue;
a code whose meaning is not known is shown alone, never given an invented label. The dock, the HTML report and the
layer read these same words. No Qt here.
"""

from typing import Iterable, Optional

import pandas as pd

from ..errors import InputError
from ..i18n import tr
from ..text import normalize
from ..vocabulary import PLU_CHANGE_KINDS
from .codes import OBSOLETE_TYPEZONE_2014, load_codes, norm_code

ZONE_TABLE = "ZONE_URBA"
#: Columns of :func:`plain_changes`, in the order the dock shows them
PLAIN_COLUMNS = ("changement", "avant", "apres", "commune", "elements", "codes")


def _text(value) -> str:
    if value is None or (isinstance(value, float) and value != value):
        return ""
    return str(value).strip()


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:] if text else text


def change_kind_words(kind: str) -> str:
    """The kind of a change in plain words («ouverture_urbanisation» → «zone agricole ou naturelle ouverte à
    l'urbanisation (A/N → U/AU)»); an unknown kind as it is."""
    return tr(PLU_CHANGE_KINDS[kind]) if kind in PLU_CHANGE_KINDS else _text(kind)


def zone_type_words(typezone) -> str:
    """What a TYPEZONE code means, from the official CNIG list: «N» → «zone naturelle et forestière», «AUc» → «zone
    à urbaniser»; a 2014 code by its family («Nh» → «zone naturelle et forestière»); an unknown code → «»."""
    t = _text(typezone)
    codes = load_codes()
    family = OBSOLETE_TYPEZONE_2014.get(t)
    label = codes.typezone.get(t) or (codes.typezone.get(family) if family else None)
    # the official French label, translated when a translation exists (scripts/translations.py extracts the list)
    return tr("zone {label}").format(label=_lower_first(tr(label))) if label else ""


def zone_words(libelle, typezone) -> str:
    """A zone as the plan names it and what its type means: «1AUh – zone à urbaniser (AUc)», «zone naturelle et
    forestière (N)» when the plan's name is the code itself; the name and the code alone when the code is unknown."""
    name, code = _text(libelle), _text(typezone)
    meaning = zone_type_words(code)
    if meaning:
        return f"{meaning} ({code})" if not name or name == code else f"{name} – {meaning} ({code})"
    if name and code and name != code:
        return f"{name} ({code})"
    return name or code


def _code_parts(code) -> tuple:
    parts = _text(code).split("-")
    return norm_code(parts[0]), norm_code(parts[1]) if len(parts) > 1 else "00"


def code_meaning(table, code) -> str:
    """The official label of a prescription (TYPEPSC-STYPEPSC, e.g. «07-01») or information (TYPEINF-STYPEINF, e.g.
    «42-01») code, by the table it comes from; «» when the CNIG lists do not know it."""
    c, s = _code_parts(code)
    if not c:
        return ""
    codes = load_codes()
    if _text(table).upper().startswith("PRESCRIPTION"):
        labels, legacy = codes.typepsc, codes.typepsc_legacy
    elif _text(table).upper().startswith("INFO"):
        labels, legacy = codes.typeinf, codes.typeinf_legacy
    else:
        return ""
    return labels.get((c, s)) or labels.get((c, "00")) or legacy.get(c) or ""


def code_words(table, code, protection: str = "") -> str:
    """A prescription or information code with its meaning: «Patrimoine bâti à protéger pour des motifs d'ordre
    culturel, historique, architectural (07-01, article L.151-19)»; the code alone when its meaning is unknown."""
    code = _text(code)
    if not code:
        return ""
    meaning = code_meaning(table, code)
    law = tr(", article {a}").format(a=protection) if protection else ""
    return f"{meaning} ({code}{law})" if meaning else f"{code}{law}"


def feature_words(libelle, table, code, protection: str = "") -> str:
    """A prescription or information as the plan names it, with the meaning of its code: «PB-63W – Patrimoine bâti
    à protéger … (07-01, article L.151-19)»."""
    name, what = _text(libelle), code_words(table, code, protection)
    return f"{name} – {what}" if name and what else name or what


def element_names(ref) -> dict:
    """{element id: «63W Maison d'ingénieur (Loos-en-Gohelle)»} from the reference data's elements."""
    a = ref.elements.attributes
    out = {}
    for ident, name, communes in zip(a["identifiant"], a["nom"], a["communes"]):
        ident, name, communes = _text(ident), _text(name), _text(communes)
        words = f"{ident} {name}".strip()
        out[ident] = f"{words} ({communes})" if communes else words
    return out


def elements_words(ids, names: dict, limit: Optional[int] = None, sep: str = " ; ") -> str:
    """Element ids («63W;63AE» or a list) with their names; an id the reference does not know stays alone.
    With ``limit``, the first ``limit`` and «… et N autre(s)»."""
    if isinstance(ids, str) or ids is None or (isinstance(ids, float) and ids != ids):
        ids = [i for i in _text(ids).replace(",", ";").split(";")]
    ids = [_text(i) for i in ids if _text(i)]
    shown = [names.get(i, i) for i in (ids if limit is None else ids[:limit])]
    if limit is not None and len(ids) > limit:
        shown.append(tr("… et {n} autre(s)").format(n=len(ids) - limit))
    return sep.join(shown)


def commune_names(ref) -> dict:
    """{INSEE code: commune name} of the reference data."""
    a = ref.communes.attributes
    return {str(c): _text(n) for c, n in zip(a["insee"], a["nom"])}


def commune_words(insee, names: dict) -> str:
    """«Loos-en-Gohelle (62528)»; the code alone for a commune the reference does not know."""
    code = _text(insee)
    return f"{names[code]} ({code})" if code in names and names[code] else code


def commune_choices(ref) -> list:
    """«Loos-en-Gohelle (62528)» for every commune of the reference data, in alphabetical order (the completion
    list of the commune fields)."""
    names = commune_names(ref)
    return sorted((commune_words(c, names) for c in names), key=lambda t: (normalize(t), t))


def commune_code(text, ref) -> Optional[str]:
    """The INSEE code of the commune typed: a choice of the list («Loos-en-Gohelle (62528)»), a code («62528»), a
    name however written («loos en gohelle»), or the start of one name only. None for an empty field; InputError
    in French naming the candidates when the name is unknown or fits several communes."""
    typed = _text(text)
    if not typed:
        return None
    names = commune_names(ref)
    if typed.endswith(")") and "(" in typed:
        inner = typed[typed.rindex("(") + 1 : -1].strip().upper()
        if inner in names:
            return inner
    code = typed.upper()
    if len(code) == 5 and code[:2].isalnum() and code[2:].isdigit():
        return code  # a code: the plan may concern a commune outside the reference data
    key = normalize(typed)
    exact = [c for c, n in names.items() if normalize(n) == key]
    if len(exact) == 1:
        return exact[0]
    starting = [c for c, n in names.items() if normalize(n).startswith(key)] if key else []
    if len(starting) == 1:
        return starting[0]
    if starting:
        listed = ", ".join(sorted(commune_words(c, names) for c in starting)[:8])
        raise InputError(
            tr("Plusieurs communes commencent par « {t} » : {l}. Choisissez-en une dans la liste.").format(
                t=typed, l=listed
            )
        )
    raise InputError(
        tr(
            "Commune « {t} » inconnue des données de référence : tapez le début de son nom et choisissez-la dans la "
            "liste, ou donnez son code INSEE (ex. 62528)."
        ).format(t=typed)
    )


def rules_words(findings: Iterable[dict]) -> list:
    """One line per rule of the findings, in the catalogue's words and with its count: «R14 PLU : éléments protégés au
    titre de l'article L.151-19 – 3 constat(s)», in rule order."""
    counts, titles = {}, {}
    for f in findings:
        counts[f["regle"]] = counts.get(f["regle"], 0) + 1
        titles.setdefault(f["regle"], tr(_text(f.get("titre"))) if f.get("titre") else "")  # translated if it can be
    return [
        tr("{r} {t} – {n} constat(s)").format(r=r, t=titles[r], n=counts[r]).replace("  ", " ")
        for r in sorted(counts, key=lambda r: (len(r), r))
    ]


def plain_changes(pieces: pd.DataFrame, ref) -> pd.DataFrame:
    """The changes in words, one row per change (aligned with ``pieces``): «changement» (kind in plain words),
    «avant»/«apres» (zone or prescription/information with the meaning of its code), «commune» (name and code),
    «elements» (nearby elements with their names), «codes» (the bare codes, for specialists)."""
    elements = element_names(ref)
    communes = commune_names(ref)
    rows = []
    for r in pieces.to_dict("records"):
        table = _text(r.get("table"))
        if table == ZONE_TABLE:
            before = zone_words(r.get("avant_libelle"), r.get("avant_typezone"))
            after = zone_words(r.get("apres_libelle"), r.get("apres_typezone"))
            codes = " → ".join(t for t in (_text(r.get("avant_typezone")), _text(r.get("apres_typezone"))) if t)
        else:
            protection = _text(r.get("protection"))
            before = feature_words(r.get("avant_libelle"), table, r.get("code"), protection)
            after = feature_words(r.get("apres_libelle"), table, r.get("code"), protection)
            if not _text(r.get("avant_libelle")) and not _text(r.get("avant_fid")):
                before = ""
            if not _text(r.get("apres_libelle")) and not _text(r.get("apres_fid")):
                after = ""
            codes = _text(r.get("code"))
        rows.append(
            {
                "changement": change_kind_words(_text(r.get("categorie"))),
                "avant": before,
                "apres": after,
                "commune": commune_words(r.get("insee"), communes),
                "elements": elements_words(r.get("elements_proches"), elements),
                "codes": codes,
            }
        )
    return pd.DataFrame(rows, columns=list(PLAIN_COLUMNS), index=pieces.index)

"""How the reports name what they show: a case gone from its source, the fields a sweep saw change, the rules by
their titles.

One place for these words, so that the sweep report and the committee reports say the same thing: «disparu de la
source au balayage du 07/12/2026 : retiré de la liste nationale ou renuméroté ?», «statut du dossier : autorisé →
terminé» (never «statut_dossier»), «Éolienne dans l'aire d'influence paysagère» with its code R10 in a column of its
own.
"""

import re
from typing import Iterable, List

from ..i18n import tr
from ..vocabulary import FIELD_WORDS, field_word
from ..vocabulary import CHANGE_GONE, display
from .html import Markup, escape

#: The mark of a case gone from its source, before the word «disparu»
GONE_MARK = "⊘"
_FIELD_AT_START = re.compile(
    r"(^|; )(" + "|".join(sorted((re.escape(f) for f in FIELD_WORDS), key=len, reverse=True)) + r") : "
)


def gone_sentence(date_text: str) -> str:
    """What a reader must know of a case gone from its source (``date_text``: the sweep's date, jj/mm/aaaa)."""
    return tr("disparu de la source au balayage du {d} : retiré de la liste nationale ou renuméroté ?").format(
        d=date_text
    )


def change_word(change: str) -> str:
    """«nouveau», «modifié», «⊘ disparu» (the mark says it at a glance), as the tables print them."""
    word = display(change, "changement")
    return f"{GONE_MARK} {word}" if change == CHANGE_GONE else word


def change_cell(change: str, detail: str = "") -> Markup:
    """A table cell: the kind of change, and under it what changed (a gone case in red)."""
    head = escape(change_word(change))
    if change == CHANGE_GONE:
        head = f"<span class='gone'>{head}</span>"
    return Markup(head + (f"<br><span class='sub'>{escape(detail)}</span>" if detail else ""))


def detail_in_words(detail) -> str:
    """A sweep's «ce qui a changé» with the French names of the fields: «statut_dossier : autorisé → terminé ;
    travaux : …» → «statut du dossier : autorisé → terminé ; travaux : …»."""
    if not isinstance(detail, str) or not detail:
        return ""
    return _FIELD_AT_START.sub(lambda m: f"{m.group(1)}{field_word(m.group(2))} : ", detail)


def rule_ids(value) -> List[str]:
    """The rule codes of a case's «regles» («R01;R05» → ["R01", "R05"])."""
    return [x.strip() for x in str(value).split(";") if x.strip()] if isinstance(value, str) else []


def rule_titles(ids: Iterable[str], catalogue) -> str:
    """The titles of rules, from the rules catalogue, in the order given («Emprise dans le Bien inscrit ; Démolition
    dans le Bien ou la zone tampon»); a code the catalogue does not know is kept."""
    titles = {r.id: tr(r.titre) for r in catalogue.rules}  # translated when a translation exists
    return " ; ".join(titles.get(i, i) for i in ids)


__all__ = ["GONE_MARK", "gone_sentence", "change_word", "change_cell", "detail_in_words", "rule_ids", "rule_titles"]

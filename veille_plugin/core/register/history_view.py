"""A case's history and comments as people read them: French field names and dates, never internal names.

«root : statut_veille à examiner → en cours» on «2026-11-22T02:26:53Z» reads «22/11/2026 03:26 — Instructeur UDAP :
statut de veille : à examiner → en cours»."""

from ..i18n import QT_TRANSLATE_NOOP, tr
from ..reports.html import french_datetime

#: The French name of each field a history row may name.
FIELD_WORDS = {
    "type": QT_TRANSLATE_NOOP("VeillePatrimoniale", "type de dossier"),
    "statut_dossier": QT_TRANSLATE_NOOP("VeillePatrimoniale", "statut du dossier"),
    "parcelles": QT_TRANSLATE_NOOP("VeillePatrimoniale", "parcelles"),
    "travaux": QT_TRANSLATE_NOOP("VeillePatrimoniale", "travaux"),
    "nature": QT_TRANSLATE_NOOP("VeillePatrimoniale", "nature du projet"),
    "hauteur": QT_TRANSLATE_NOOP("VeillePatrimoniale", "hauteur"),
    "localisation": QT_TRANSLATE_NOOP("VeillePatrimoniale", "localisation"),
    "zone": QT_TRANSLATE_NOOP("VeillePatrimoniale", "zone"),
    "elements": QT_TRANSLATE_NOOP("VeillePatrimoniale", "éléments"),
    "severite": QT_TRANSLATE_NOOP("VeillePatrimoniale", "sévérité"),
    "regles": QT_TRANSLATE_NOOP("VeillePatrimoniale", "règles"),
    "statut_veille": QT_TRANSLATE_NOOP("VeillePatrimoniale", "statut de veille"),
    "assignee": QT_TRANSLATE_NOOP("VeillePatrimoniale", "suivi par"),
    "disparu": QT_TRANSLATE_NOOP("VeillePatrimoniale", "disparu de la source"),
    "avis": QT_TRANSLATE_NOOP("VeillePatrimoniale", "avis"),
    "avis_date": QT_TRANSLATE_NOOP("VeillePatrimoniale", "date de l'avis"),
    "avis_auteur": QT_TRANSLATE_NOOP("VeillePatrimoniale", "avis donné par"),
    "decision": QT_TRANSLATE_NOOP("VeillePatrimoniale", "décision"),
    "decision_date": QT_TRANSLATE_NOOP("VeillePatrimoniale", "date de la décision"),
    "conformite": QT_TRANSLATE_NOOP("VeillePatrimoniale", "travaux réalisés"),
    "conformite_date": QT_TRANSLATE_NOOP("VeillePatrimoniale", "date du constat"),
    "conformite_note": QT_TRANSLATE_NOOP("VeillePatrimoniale", "constat"),
}


def field_word(name: str) -> str:
    """The French name of a field («statut_veille» → «statut de veille»); an unknown name is kept."""
    return tr(FIELD_WORDS[name]) if name in FIELD_WORDS else str(name)


def history_entries(history: list, comments: list) -> list:
    """[(when, who, what)] of a case's changes and comments, oldest first, in French («∅» for no value)."""
    rows = []
    avis_rows = {}  # (at, author) → index of the avis change: the status it brought is said in the same entry
    for h in history:
        what = tr("{field} : {old} → {new}").format(
            field=field_word(h.get("field")), old=h.get("old") or "∅", new=h.get("new") or "∅"
        )
        moment = (str(h.get("at") or ""), h.get("author") or "")
        if h.get("field") == "statut_veille" and moment in avis_rows:
            at, who, said = rows[avis_rows[moment]]
            rows[avis_rows[moment]] = (at, who, tr("{avis} ({status})").format(avis=said, status=what))
            continue
        if h.get("field") == "avis":
            avis_rows[moment] = len(rows)
        rows.append((*moment, what))
    for c in comments:
        rows.append(
            (str(c.get("at") or ""), c.get("author") or "", tr("commentaire : « {t} »").format(t=c.get("text")))
        )
    rows.sort(key=lambda r: r[0])
    return [(french_datetime(at), who, what) for at, who, what in rows]

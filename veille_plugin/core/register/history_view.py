"""A case's history and comments as people read them: French field names and dates, never internal names.

«root : statut_veille à examiner → en cours» on «2026-11-22T02:26:53Z» reads «22/11/2026 03:26 — Instructeur UDAP :
statut de veille : à examiner → en cours»."""

from ..i18n import tr
from ..reports.html import french_datetime
from ..vocabulary import field_word


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

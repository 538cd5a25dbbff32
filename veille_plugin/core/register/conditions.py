"""The condition record of the elements of the Bien (issue 17): each observation of an element's state (the
fabric's condition, as the alerts grade it), its date, source and observer, kept in the order observed. The first
entry can be set in bulk for every element not yet observed. Mixed into the Register; append-only."""

from typing import Iterable, List, Optional

import pandas as pd

from ..alerts.model import ETATS, SOURCES
from ..errors import InputError
from ..i18n import tr
from .follow_up import iso_date
from .model import check_author, now_iso

CONDITION_COLUMNS = ["id", "element_id", "etat", "date_constat", "source", "observateur", "note", "author", "at"]
#: The states, worst first (a later observation lower in this order is a deterioration)
STATE_RANK = {etat: k for k, etat in enumerate(ETATS)}


def _checked(etat: str, date: str, source: Optional[str]) -> tuple:
    etat = str(etat or "").strip()
    if etat not in ETATS:
        raise InputError(tr("État « {e} » : valeurs admises {ok}.").format(e=etat, ok=", ".join(ETATS)))
    day = iso_date("date", date)
    if not day:
        raise InputError(tr("Date du constat manquante (jj/mm/aaaa)."))
    if source and source not in SOURCES:
        raise InputError(tr("Source « {s} » : valeurs admises {ok}.").format(s=source, ok=", ".join(SOURCES)))
    return etat, day


class ConditionsMixin:
    """Condition record of the elements (see the module's note)."""

    def add_conditions(
        self,
        element_ids: Iterable[str],
        etat: str,
        date: str,
        author: str,
        source: Optional[str] = None,
        observateur: Optional[str] = None,
        note: Optional[str] = None,
        only_unobserved: bool = False,
    ) -> int:
        """Record one observation for each element of ``element_ids`` (with ``only_unobserved``, only for the
        elements without any yet: the first entry set in bulk); returns how many were written."""
        self._check_open()
        author = check_author(author)
        etat, day = _checked(etat, date, source)
        ids = [str(i).strip() for i in element_ids if str(i).strip()]
        now = now_iso()
        with self._transaction() as cur:
            if only_unobserved:
                cur.execute(self._q("SELECT DISTINCT element_id FROM {element_conditions}"))
                seen = {r[0] for r in cur.fetchall()}
                ids = [i for i in ids if i not in seen]
            rows = [[i, etat, day, source, observateur, note, author, now] for i in ids]
            if rows:
                self._insert_many(cur, "element_conditions", CONDITION_COLUMNS[1:], rows)
        return len(rows)

    def conditions(self, element_id: Optional[str] = None) -> pd.DataFrame:
        """The observations (of one element, or all), in the order observed (date, then entry)."""
        self._check_open()
        sql = f"SELECT {', '.join(CONDITION_COLUMNS)} FROM {{element_conditions}}"
        params: tuple = ()
        if element_id:
            sql += " WHERE element_id = ?"
            params = (str(element_id),)
        with self._transaction(write=False) as cur:
            cur.execute(self._q(sql + " ORDER BY date_constat, id"), params)
            rows = cur.fetchall()
        return pd.DataFrame(rows, columns=CONDITION_COLUMNS)


def worsened(conditions: pd.DataFrame) -> List[str]:
    """Elements whose latest observation is worse than the one before it."""
    if not len(conditions):
        return []
    ranked = conditions.assign(rank=conditions["etat"].map(STATE_RANK))
    out = []
    for element, group in ranked.groupby("element_id", sort=True):
        if len(group) >= 2 and group["rank"].iloc[-1] < group["rank"].iloc[-2]:
            out.append(str(element))
    return out

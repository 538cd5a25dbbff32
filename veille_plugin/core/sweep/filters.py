"""Filtering the register's cases (vectorised; the «Veille» dock and the CLI share it)."""

from typing import Optional

import numpy as np
import pandas as pd

from ..register.model import normalize_numero
from ..text import normalize
from ..vocabulary import CHANGE_GONE, CHANGE_MODIFIED, CHANGE_NEW, DECISION_VALUES, ZONE_BIEN, ZONE_TAMPON

#: The decisions that authorise the works: «accordé» and «accordé avec prescriptions». «tacite» stays out: the
#: register's «tacite» does not say whether the silence granted or refused (a status «refus tacite» is read as
#: «tacite», core/imports/model.py ``decision_from_status``); «refusé», «retiré», «annulé» authorise nothing.
AUTHORISED_DECISIONS = DECISION_VALUES[:2]
#: The zones where the management plan applies (../shared/docs/domain.md, line 17: «The plan de gestion applies to
#: the elements and to the zone tampon»)
WATCHED_ZONES = (ZONE_BIEN, ZONE_TAMPON)


def authorised_without_avis(cases: pd.DataFrame) -> np.ndarray:
    """«Autorisés sans avis» (issue 29): the cases authorised (``decision`` in :data:`AUTHORISED_DECISIONS`, entered
    by people or read from the source, e.g. Sitadel's «autorisé») in the Bien or the zone tampon that hold no avis
    in the register (the follow-up's ``avis`` blank). Boolean mask, one per row, vectorised; a missing column
    selects nothing.

    Why: the ABF/UDAP write an avis on the permits that land on their desk (../shared/docs/domain.md, line 6), the
    ABF's opinion is required for works in the 500 m abords of the 145 protected elements (line 16, rule R03 line
    37), and the plan de gestion applies to the elements and to the zone tampon (line 17); the comités techniques
    and locaux exist to check the operations' conformity to the plan (../shared/docs/sources.md, line 136: «la
    vérification de la cohérence des opérations et leur conformité au regard du plan de gestion»). The plan's text
    itself is not available (domain.md, line 30), so no article of it is cited: a permit authorised there without
    any avis recorded is a case the Mission and the ABF may not have seen. An avis recorded as «sans avis» is an
    avis recorded (someone saw the case and said so): it is not listed. A case gone from its source stays listed
    (its authorisation stands). The reports and the «Veille» dock order them by priority
    (:func:`~veille_plugin.core.impact.ordering.sort_by_priority`).
    """
    n = len(cases)

    def column(name: str) -> pd.Series:
        return cases[name] if name in cases.columns else pd.Series([None] * n, index=cases.index, dtype=object)

    avis = column("avis")
    no_avis = avis.isna() | (avis.astype(str).str.strip() == "")
    watched = column("zone").isin(WATCHED_ZONES) & column("decision").isin(AUTHORISED_DECISIONS)
    return (watched & no_avis).to_numpy(dtype=bool)


class CaseFilter:
    """The filters of one loaded set of cases, with what every keystroke needs prepared once.

    Columns are factorised (a few hundred communes, zones, severities among 100,000 cases): a criterion is tested on
    the distinct values, then spread to the rows by their codes. The text search reads the dossier numbers in their
    register key form (:func:`normalize_numero`) and the other searched columns normalised (:func:`normalize`), so
    typing in the dock never re-normalises the whole register.
    """

    EQUAL_COLUMNS = {"zone": "zone", "severity": "severite", "status": "statut_veille", "epci": "epci"}
    TEXT_COLUMNS = ("travaux", "commune_nom", "elements")

    def __init__(self, cases: pd.DataFrame):
        self.n = len(cases)
        self._cases = cases
        self._codes = {}
        self._text = None
        self._dates = None
        self._last_text = None  # (number key, words key, mask) of the latest text search
        self._authorised = None  # the «autorisés sans avis» mask, computed on first use

    def _column(self, name: str) -> pd.Series:
        if name in self._cases.columns:
            return self._cases[name]
        return pd.Series([None] * self.n, index=self._cases.index, dtype=object)

    def _factorised(self, name: str):
        """(codes, distinct values) of a column; missing values have code -1."""
        if name not in self._codes:
            self._codes[name] = pd.factorize(self._column(name))
        return self._codes[name]

    def _where_distinct(self, name: str, test) -> np.ndarray:
        """Rows whose value of ``name`` passes ``test`` (called once per distinct value)."""
        codes, uniques = self._factorised(name)
        hits = np.fromiter((bool(test(u)) for u in uniques), dtype=bool, count=len(uniques))
        return np.append(hits, False)[codes]  # code -1 (missing) reads the appended False

    def prepare(self) -> "CaseFilter":
        """Do now what the first filters would do (factorise the columns, build the text index): call it where the
        cases are read, in a background task, so that no keystroke pays for it."""
        for name in (*self.EQUAL_COLUMNS.values(), "commune_nom", "commune_insee"):
            self._factorised(name)
        self._haystack()
        return self

    def distinct(self, name: str) -> list:
        """The distinct values of a column (missing values left out), in order of first appearance."""
        return list(self._factorised(name)[1])

    def _haystack(self):
        """(register keys of the numbers, normalised works + commune + elements), built on the first text search."""
        if self._text is None:
            numeros = self._column("numero_norm") if "numero_norm" in self._cases else self._column("numero")
            keys = pd.Series(numeros.fillna("").astype(str).map(normalize_numero).to_numpy(), dtype=object)
            parts = []
            for name in self.TEXT_COLUMNS:
                codes, uniques = self._factorised(name)
                normalised = np.array([normalize(u) for u in uniques] + [""], dtype=object)
                parts.append(normalised[codes])
            words = pd.Series([" ".join(p for p in row if p) for row in zip(*parts)], dtype=object)
            self._text = (keys, words)
        return self._text

    def _text_mask(self, text: str) -> np.ndarray:
        """Rows whose number contains the text as a register key, or whose words contain it normalised. Typing one
        more letter only narrows: the rows the previous text found are the only ones searched again."""
        keys, words = self._haystack()
        key_numero, key_words = normalize_numero(text), normalize(text)
        if not key_numero and not key_words:
            return np.ones(self.n, dtype=bool)
        previous = self._last_text
        narrows = previous is not None and all(
            (old in new) if old else not new for old, new in zip(previous[:2], (key_numero, key_words))
        )
        rows = np.flatnonzero(previous[2]) if narrows else np.arange(self.n)
        hit = np.zeros(len(rows), dtype=bool)
        if key_numero:
            hit |= keys.iloc[rows].str.contains(key_numero, regex=False).to_numpy()
        if key_words:
            hit |= words.iloc[rows].str.contains(key_words, regex=False).to_numpy()
        mask = np.zeros(self.n, dtype=bool)
        mask[rows[hit]] = True
        self._last_text = (key_numero, key_words, mask)
        return mask

    def mask(
        self,
        zone: Optional[str] = None,
        severity: Optional[str] = None,
        status: Optional[str] = None,
        commune: Optional[str] = None,
        epci: Optional[str] = None,
        date_from: Optional[str] = None,
        date_to: Optional[str] = None,
        text: Optional[str] = None,
        in_bien: bool = False,
        change: Optional[str] = None,
        marks=None,
        authorised_no_avis: bool = False,
    ) -> np.ndarray:
        """Boolean mask of the cases matching every given criterion (None or "" = no filter).

        ``commune`` and ``text`` ignore case and accents (a commune may also be given by its INSEE code); ``text``
        looks in the dossier number, works, commune and element ids; dates are ISO strings (yyyy-mm-dd) compared
        with ``date_depot``; an undated case is outside any period. The one-click filters of the «Veille» dock:
        ``in_bien`` keeps the cases in the Bien (with any zone chosen: both must hold); ``change`` keeps the cases
        whose flag in ``marks`` (one per case, :func:`change_marks` of the sweep shown) is that change («nouveau»);
        ``authorised_no_avis`` keeps the cases authorised in the Bien or the zone tampon without an avis
        (:func:`authorised_without_avis`).
        """
        mask = np.ones(self.n, dtype=bool)
        if self.n == 0:
            return mask
        if in_bien:
            mask &= self._where_distinct("zone", lambda u: u == ZONE_BIEN)
        if authorised_no_avis:
            if self._authorised is None:
                self._authorised = authorised_without_avis(self._cases)
            mask &= self._authorised
        if change:
            flags = np.asarray(marks if marks is not None else np.full(self.n, ""), dtype=object)
            mask &= flags == change if len(flags) == self.n else np.zeros(self.n, dtype=bool)
        for criterion, value in (("zone", zone), ("severity", severity), ("status", status), ("epci", epci)):
            if value:
                mask &= self._where_distinct(self.EQUAL_COLUMNS[criterion], lambda u, value=value: u == value)
        if commune:
            key, code = normalize(commune), commune.strip()
            by_name = self._where_distinct("commune_nom", lambda u: key in normalize(u))
            mask &= by_name | self._where_distinct("commune_insee", lambda u: u == code)
        if date_from or date_to:
            if self._dates is None:
                self._dates = pd.to_datetime(self._column("date_depot"), errors="coerce")
            if date_from:
                mask &= (self._dates >= pd.Timestamp(date_from)).fillna(False).to_numpy()
            if date_to:
                mask &= (self._dates <= pd.Timestamp(date_to)).fillna(False).to_numpy()
        if text:
            mask &= self._text_mask(text)
        return mask


def filter_mask(cases: pd.DataFrame, **criteria) -> np.ndarray:
    """Boolean mask of the cases matching every criterion of :meth:`CaseFilter.mask` (None or "" = no filter)."""
    return CaseFilter(cases).mask(**criteria)


def change_marks(cases: pd.DataFrame, modified=frozenset(), sweep_id=None, gone=None) -> np.ndarray:
    """What one sweep did to each case of the register: «disparu», «nouveau», «modifié», or "".

    ``sweep_id``: the sweep shown (default: the latest one, the largest ``last_sweep``). «nouveau»: first seen in that
    sweep; «modifié»: in ``modified`` (keys ``numero_norm`` that sweep changed, :meth:`Register.sweep_changes`);
    «disparu»: in ``gone`` (keys that sweep marked gone), or, when ``gone`` is None, marked gone in the register.
    Vectorised over the whole register.
    """
    n = len(cases)

    def numbers(name):
        if name in cases:
            return pd.to_numeric(cases[name], errors="coerce")
        return pd.Series(np.nan, index=cases.index)

    keys = cases["numero_norm"] if "numero_norm" in cases else pd.Series([""] * n, index=cases.index)
    if gone is None:
        gone_mask = numbers("disparu").fillna(0).to_numpy() == 1
    else:
        gone_mask = keys.isin(set(gone)).to_numpy()
    shown = sweep_id if sweep_id is not None else (numbers("last_sweep").max() if n else None)
    new = (numbers("first_sweep") == shown).to_numpy() if shown is not None else np.zeros(n, bool)
    changed = keys.isin(set(modified)).to_numpy() if modified else np.zeros(n, bool)
    return np.where(gone_mask, CHANGE_GONE, np.where(new, CHANGE_NEW, np.where(changed, CHANGE_MODIFIED, "")))

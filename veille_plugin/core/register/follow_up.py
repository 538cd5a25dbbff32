"""What became of a case, in the veille register: the avis given, the competent authority's decision, whether the
works as built matched (issue 17).

Mixed into :class:`~veille_plugin.core.register.base.Register`, so that both back ends share it. People set these
fields through :meth:`FollowUpMixin.set_follow_up` (values checked against the vocabulary, dates read in ISO or
French form, every change written to the history). A sweep whose source carries a decision writes it too, in the
sweep's own transaction and history, but never a blank over a value someone entered.
"""

import datetime as _dt
import re
from typing import Dict, List, Optional, Tuple

from ..errors import InputError
from ..i18n import tr
from ..text import normalize
from ..vocabulary import AVIS_VALUES, DECISION_VALUES, TRIAGE_STATUSES, WORKS_VALUES
from .model import FOLLOW_UP_FIELDS, check_author, normalize_numero, now_iso

#: Fields whose value is one of a list, with that list
CHOICES = {"avis": AVIS_VALUES, "decision": DECISION_VALUES, "conformite": WORKS_VALUES}
DATE_FIELDS = ("avis_date", "decision_date", "conformite_date")
_FRENCH_DATE = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{4})$")
#: The triage status that follows an avis: set with the avis, never on its own in the dock (issue 28, point 3)
STATUS_AVIS_GIVEN = TRIAGE_STATUSES[2]
#: The status a case returns to when its avis is withdrawn
STATUS_AVIS_WITHDRAWN = TRIAGE_STATUSES[1]


def status_after_avis(old_status, old_avis, new_avis) -> Optional[str]:
    """The triage status an avis change brings (one avis, recorded once, issue 28): an avis given sets «avis émis»;
    an avis withdrawn turns «avis émis» back into «en cours»; None: the status stays as it is."""
    if (old_avis or None) == (new_avis or None):
        return None
    if new_avis:
        return STATUS_AVIS_GIVEN if old_status != STATUS_AVIS_GIVEN else None
    return STATUS_AVIS_WITHDRAWN if old_status == STATUS_AVIS_GIVEN else None


def avis_status_hint(case: dict) -> Optional[str]:
    """A French hint for a case whose status is «avis émis» but that holds no avis (older registers, where the status
    was set by hand): the avis is to be recorded in «Suites du dossier › Avis»; None when all is consistent."""
    if case.get("statut_veille") == STATUS_AVIS_GIVEN and not (case.get("avis") or None):
        return tr(
            "Statut « avis émis » sans avis enregistré (registre antérieur) : indiquez l'avis dans « Suites du "
            "dossier › Avis »."
        )
    return None


def canonical_choice(field: str, value) -> Optional[str]:
    """A value of ``field`` as the vocabulary spells it (accents and case forgiven); None for a blank; InputError
    (French, naming the field and the accepted values) otherwise."""
    text = "" if value is None else str(value).strip()
    if not text:
        return None
    for choice in CHOICES[field]:
        if normalize(choice) == normalize(text):
            return choice
    raise InputError(
        tr("{f} : « {v} » n'est pas une valeur admise ({ok}).").format(f=field, v=text, ok=", ".join(CHOICES[field]))
    )


def iso_date(field: str, value) -> Optional[str]:
    """A date given as ``aaaa-mm-jj`` or ``jj/mm/aaaa`` → ISO; None for a blank; InputError naming the field."""
    text = "" if value is None else str(value).strip()
    if not text:
        return None
    m = _FRENCH_DATE.match(text)
    try:
        day = _dt.date(int(m.group(3)), int(m.group(2)), int(m.group(1))) if m else _dt.date.fromisoformat(text[:10])
    except ValueError:
        raise InputError(
            tr("{f} : date « {v} » illisible ; écrivez jj/mm/aaaa ou aaaa-mm-jj.").format(f=field, v=text)
        ) from None
    return day.isoformat()


def clean_follow_up(values: Dict[str, object]) -> Dict[str, Optional[str]]:
    """The follow-up values given, checked and spelled as stored (only the fields given; ``""`` clears one)."""
    out = {}
    for field, value in values.items():
        if field not in FOLLOW_UP_FIELDS:
            raise InputError(
                tr("Champ de suivi inconnu « {f} » ; champs admis : {ok}.").format(
                    f=field, ok=", ".join(FOLLOW_UP_FIELDS)
                )
            )
        if field in CHOICES:
            out[field] = canonical_choice(field, value)
        elif field in DATE_FIELDS:
            out[field] = iso_date(field, value)
        else:
            text = "" if value is None else " ".join(str(value).split())
            out[field] = text[:2000] or None
    return out


class FollowUpMixin:
    """Avis, decision and conformity of the works (see the module's note)."""

    def set_follow_up(self, numero_norm: str, author: str, **values) -> List[Tuple[str, object, object]]:
        """Change what became of one case; returns the changes [(field, old, new)…], each written to the history.
        An avis given without its date is dated today, and signed by ``author`` unless ``avis_auteur`` is given.

        The avis is recorded here only, and the triage status follows it in the same transaction and history entry
        (:func:`status_after_avis`): an avis given sets «avis émis», an avis withdrawn turns it back to «en cours»."""
        self._check_open()
        author = check_author(author)
        new = clean_follow_up(values)
        if new.get("avis") and "avis_date" not in new:
            new["avis_date"] = _dt.date.today().isoformat()
        if new.get("avis") and "avis_auteur" not in new:
            new["avis_auteur"] = author
        key = normalize_numero(numero_norm)
        fields = [f for f in FOLLOW_UP_FIELDS if f in new]
        now = now_iso()
        with self._transaction() as cur:
            old = self._fetch_existing(cur, [key], (fields or ["numero"]) + ["statut_veille"]).get(key)
            if old is None:
                raise InputError(
                    tr("Dossier « {num} » inconnu dans le registre de veille {t}.").format(
                        num=numero_norm, t=self.target
                    )
                )
            changes = [(f, o, new[f]) for f, o in zip(fields, old) if (o or None) != new[f]]
            avis_change = [c for c in changes if c[0] == "avis"]
            if avis_change:
                status = status_after_avis(old[-1], avis_change[0][1], avis_change[0][2])
                if status is not None:
                    changes.append(("statut_veille", old[-1], status))
            if changes:
                self._write_case_changes(cur, key, changes, author, now)
                self._touch_cases(cur)
        return changes

    def _record_source_decisions(self, cur, keys: List[str], decisions: Dict[str, list], sid, author, now) -> int:
        """Inside a sweep's transaction: write the decisions its source carries (never a blank over a value);
        returns how many cases changed."""
        fields = [f for f in ("decision", "decision_date") if f in decisions]
        if not fields:
            return 0
        given = {
            k: {f: decisions[f][i] for f in fields} for i, k in enumerate(keys) if any(decisions[f][i] for f in fields)
        }
        if not given:
            return 0
        existing = self._fetch_existing(cur, list(given), fields)
        changed = 0
        for key, values in given.items():
            old = dict(zip(fields, existing.get(key, (None,) * len(fields))))
            diff = [(f, old[f], v) for f, v in values.items() if v and v != old[f]]
            if diff:
                changed += 1
                self._write_case_changes(cur, key, diff, author, now, sid)
        return changed

"""A case's history as people read it (issue 15, point 6): French field names and dates, comments among changes."""

from veille_plugin.core.register.history_view import history_entries
from veille_plugin.core.vocabulary import FIELD_WORDS
from veille_plugin.core.register.model import TRACKED_FIELDS, TRIAGE_FIELDS


def test_every_tracked_field_has_a_french_name():
    for name in TRACKED_FIELDS + TRIAGE_FIELDS + ["disparu"]:
        assert name in FIELD_WORDS, name
        assert "_" not in FIELD_WORDS[name], name


def test_history_entries_read_in_french_and_in_order():
    history = [
        {
            "at": "2026-11-22T02:26:53Z",
            "author": "Instructeur UDAP",
            "field": "statut_veille",
            "old": "à examiner",
            "new": "en cours",
        },
        {"at": "2026-11-20T08:00:00Z", "author": "balayage", "field": "zone", "old": None, "new": "bien"},
    ]
    comments = [{"at": "2026-11-21T09:30:00Z", "author": "Mission", "text": "Demander des photos"}]
    rows = history_entries(history, comments)
    assert [r[1] for r in rows] == ["balayage", "Mission", "Instructeur UDAP"]  # oldest first
    assert rows[0][2] == "zone : ∅ → bien"
    assert rows[1][2] == "commentaire : « Demander des photos »"
    assert rows[2][2] == "statut de veille : à examiner → en cours"
    for when, _who, _what in rows:
        day, hour = when.split(" ")
        assert len(day.split("/")) == 3 and len(hour.split(":")) == 2  # «22/11/2026 03:26», never ISO

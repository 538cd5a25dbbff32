"""Every stored value is shown in words, translated at display time (issue 28, «English»): the vocabulary module's
table covers every value of every family, the labels and the catalogue's texts have an English translation in the
.ts, and the stored values themselves never change."""

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from veille_plugin.core import i18n, vocabulary
from veille_plugin.core.vocabulary import VALUE_FAMILIES, VALUE_WORDS, display, display_list

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "i18n" / "veille_plugin_en.ts"


def _english() -> dict:
    """{source: English translation} of the run-time context of the .ts."""
    out = {}
    for context in ET.parse(TS).getroot().findall("context"):
        if context.findtext("name") != "VeillePatrimoniale":
            continue
        for message in context.findall("message"):
            t = message.find("translation")
            if t is not None and t.get("type") not in ("unfinished", "obsolete") and (t.text or "").strip():
                out[message.findtext("source")] = t.text
    return out


def test_every_value_of_every_family_has_a_label():
    assert set(VALUE_FAMILIES) == set(VALUE_WORDS)
    for family, values in VALUE_FAMILIES.items():
        assert values, family
        for value in values:
            label = VALUE_WORDS[family].get(value)
            assert label and label.strip(), (family, value)
            assert display(value, family) == label  # French, the source language: the label itself


def test_every_label_has_an_english_translation():
    english = _english()
    missing = sorted({label for words in VALUE_WORDS.values() for label in words.values() if label not in english})
    assert not missing, missing


def test_display_translates_at_display_time_and_never_changes_the_value(monkeypatch):
    english = _english()
    monkeypatch.setattr(i18n, "_translator", lambda context, text: english.get(text, text))
    assert display("bien") == english["Bien"]
    assert display("majeur") == english["majeur"] != "majeur"
    assert display("à examiner", "statut_veille") == english["à examiner"]
    assert display("accordé", "decision") == english["accordé"]
    # «commune» as a case's zone is «commune seulement»; as a localisation, «commune»
    assert display("commune", "zone") == english["commune seulement"]
    assert display("commune", "localisation") == english["commune"]
    assert display_list("majeur; bloquant", "severite") == f"{english['majeur']}, {english['bloquant']}"
    # a word of no family (a user's own, a free text) is shown as it is; missing values read as ""
    assert display("Cité Jeanne d'Arc") == "Cité Jeanne d'Arc"
    assert display(None) == "" and display(float("nan")) == ""
    # the stored values themselves are the French words, whatever the language
    assert vocabulary.SEVERITY_MAJOR == "majeur" and vocabulary.TRIAGE_TO_EXAMINE == "à examiner"


def _catalogue_texts(name):
    import sys

    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        import translations
    finally:
        sys.path.remove(str(ROOT / "scripts"))
    return getattr(translations, name)()


@pytest.mark.parametrize("name", ["catalogue_messages", "impact_messages", "code_list_messages"])
def test_catalogue_texts_are_extracted_with_their_place_and_translated(name):
    texts = _catalogue_texts(name)
    assert texts
    english = _english()
    for text, (path, line) in texts.items():
        assert str(path).endswith((".yaml", ".csv")) and line > 0
        assert (ROOT / path).read_text(encoding="utf-8").splitlines()[line - 1].find(text.split(" (")[0][:20]) >= 0
    missing = sorted(t for t in texts if t not in english)
    assert not missing, missing


def test_every_rule_title_is_extracted():
    from veille_plugin.core.rules.catalogue import embedded_catalogue_path, load_catalogue_file

    titles = {r.titre for r in load_catalogue_file(embedded_catalogue_path()).rules}
    assert titles <= set(_catalogue_texts("catalogue_messages"))


def test_the_stored_priority_sentence_reads_back_in_english(monkeypatch):
    """The register stores the priority's sentence in French; it is read back along its template, translated."""
    from veille_plugin.core.impact.assessment import attribute_words, reason_words

    english = _english()
    stored = (
        "Démolition touche 48D « Cité Darçy » (cité minière du Bien d'intérêt exceptionnel) : valeur très élevée × "
        "ampleur majeure = importance très grande (matrice ICOMOS 2011, annexe 3C) → priorité 1 – très haute"
    )
    assert reason_words(stored) == stored  # French: unchanged
    monkeypatch.setattr(i18n, "_translator", lambda context, text: english.get(text, text))
    shown = reason_words(stored)
    assert shown.startswith("Demolition touches 48D « Cité Darçy » (") and "value very high" in shown
    assert shown.endswith("→ priority 1 – very high") and "valeur" not in shown
    assert attribute_words("zone tampon") == "buffer zone" and attribute_words("48D Cité Darçy") == "48D Cité Darçy"
    assert reason_words("une phrase d'une autre forme") == "une phrase d'une autre forme"

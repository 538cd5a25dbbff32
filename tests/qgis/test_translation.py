"""The plugin speaks the language of QGIS's interface: English when QGIS is set to English, French otherwise."""

from qgis.core import QgsApplication


def _open(iface):
    from veille_plugin import classFactory

    plugin = classFactory(iface)
    plugin.initGui()
    return plugin


def test_english_locale_translates_docks_messages_and_processing(real_docking, qgis_new_project, english):
    assert QgsApplication.locale().startswith("en")
    plugin = _open(real_docking)
    try:
        assert plugin.translator is not None
        dock = plugin.toggle_analysis_dock(True)
        assert dock.windowTitle() == "Analysis – Heritage watch"  # one product name (issue 28)
        assert dock.ui.btnPickPoint.text() == "Point" and dock.ui.btnClear.text() == "Clear"
        from veille_plugin.core.i18n import tr

        assert tr("Aucune analyse pour l'instant.") == "No analysis yet."
        registry = QgsApplication.processingRegistry()
        assert registry.algorithmById("veille_patrimoniale:balayage").displayName() == "Permit monitoring sweep"
        alg = registry.algorithmById("veille_patrimoniale:analyser_couche")
        assert alg.group() == "Analysis"
        assert alg.parameterDefinition("INPUT").description() == "Layer to analyse"
        assert [a.text() for a in plugin.actions][:2] == ["Load the reference layers", "Location analysis"]
    finally:
        plugin.unload()
    assert plugin.translator is None  # removed with the plugin


def test_french_interface_needs_no_translation(real_docking, qgis_new_project):
    plugin = _open(real_docking)
    try:
        if QgsApplication.locale().startswith("fr") or QgsApplication.locale().startswith("C"):
            assert plugin.translator is None
        dock = plugin.toggle_analysis_dock(True)
        if plugin.translator is None:
            assert dock.windowTitle() == "Analyse – Veille patrimoniale"
    finally:
        plugin.unload()


def test_every_translation_keeps_the_placeholders_of_its_source():
    """A translation that drops or renames {n} would raise KeyError in .format(): refuse it here."""
    import re
    import xml.etree.ElementTree as ET
    from pathlib import Path

    ts = Path(__file__).resolve().parents[2] / "resources" / "i18n" / "veille_plugin_en.ts"
    placeholder = re.compile(r"\{[^{}]*\}")
    wrong, untranslated = [], 0
    for message in ET.parse(ts).getroot().iter("message"):
        source, translation = message.findtext("source"), message.find("translation")
        if translation is None or not (translation.text or "").strip():
            untranslated += 1
            continue
        if sorted(placeholder.findall(source)) != sorted(placeholder.findall(translation.text)):
            wrong.append((source, translation.text))
    assert not wrong, wrong
    assert untranslated == 0

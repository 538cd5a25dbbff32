"""Issue 28, points 1-3, in the «Veille» dock: the chooser opens any earlier sweep's report (the path opened is
captured, no browser starts), the one-click filters, the columns of a 340 px dock, the source list that replaces
last week's file, and one avis that the status follows."""

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DEMO = ROOT / "resources" / "demo"
WEEK1, WEEK2 = DEMO / "permis_fictifs_semaine1.csv", DEMO / "permis_fictifs_semaine2.csv"
PARCELS = DEMO / "parcelles_fictives.geojson"


@pytest.fixture
def two_sweeps(tmp_path, ref):
    """A register with two sweeps (weeks 1 and 2) written into one «balayages» folder: their results."""
    from veille_plugin.core import config
    from veille_plugin.core.register import open_register
    from veille_plugin.core.rules.catalogue import load_catalogue
    from veille_plugin.core.sweep.run import SourceSpec, run_sweep

    path = tmp_path / "registre.gpkg"
    results = []
    with open_register(str(path)) as reg:
        for week in (WEEK1, WEEK2):
            results.append(
                run_sweep(
                    [SourceSpec(str(week), name="demo")],
                    reg,
                    ref,
                    load_catalogue(),
                    tmp_path / "balayages",
                    parcels=str(PARCELS),
                )
            )
    config.set_value("register", str(path))
    return results


def _shown(dock, column="numero_norm"):
    return [
        dock.model.df[column].iloc[dock.proxy.mapToSource(dock.proxy.index(r, 0)).row()]
        for r in range(dock.proxy.rowCount())
    ]


def test_the_chooser_opens_an_earlier_sweep_s_report(plugin, two_sweeps, monkeypatch):
    from qgis.PyQt.QtGui import QDesktopServices

    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url.toLocalFile())))
    dock = plugin.toggle_veille_dock(True)
    combo = dock.ui.comboSweep
    first, second = two_sweeps
    assert combo.count() == 2 and combo.currentData() == second.sweep_id
    # each sweep listed with its date and counts, its folder in the tooltip
    from qgis.PyQt.QtCore import Qt

    k = combo.findData(first.sweep_id)
    assert f"n°{first.sweep_id} du " in combo.itemText(k) and "nouveaux" in combo.itemText(k)
    assert str(first.outputs["dossier"]) in combo.itemData(k, Qt.ItemDataRole.ToolTipRole)
    combo.setCurrentIndex(k)
    dock.ui.btnOpenReport.click()
    assert opened == [str(first.outputs["dossier"] / "rapport.html")]
    assert Path(opened[0]).exists() and Path(opened[0]).parent != second.outputs["dossier"]
    combo.setCurrentIndex(combo.findData(second.sweep_id))
    dock.ui.btnOpenReport.click()
    assert opened[-1] == str(second.outputs["dossier"] / "rapport.html")


def test_one_click_filters_combine_with_the_others(plugin, two_sweeps):
    dock = plugin.toggle_veille_dock(True)
    ui = dock.ui
    total = dock.proxy.rowCount()
    new = {k for k, m in zip(dock.model.df["numero_norm"], dock.model.marks()) if m == "nouveau"}
    assert 0 < len(new) < total
    ui.btnNewOnly.click()
    assert ui.btnNewOnly.isChecked() and set(_shown(dock)) == new
    assert str(len(new)) in ui.lblCount.text()
    ui.btnInBien.click()
    both = set(_shown(dock))
    assert both and both <= new and set(_shown(dock, "zone")) == {"bien"}
    ui.comboZone.setCurrentIndex(ui.comboZone.findData("zone_tampon"))  # combined: Bien and zone tampon, nothing
    assert dock.proxy.rowCount() == 0
    ui.comboZone.setCurrentIndex(0)
    # «nouveaux de ce balayage» follows the sweep chosen: week 1's news are every case it read
    ui.comboSweep.setCurrentIndex(ui.comboSweep.findData(two_sweeps[0].sweep_id))
    assert len(_shown(dock)) > len(both)
    ui.btnNewOnly.click()
    ui.btnInBien.click()
    assert dock.proxy.rowCount() == total


def test_the_columns_of_a_340_px_dock(plugin, two_sweeps, qgis_app):
    from qgis.PyQt.QtCore import Qt

    from veille_plugin.gui.cases_model import COLUMNS

    dock = plugin.toggle_veille_dock(True)
    dock.setFloating(True)
    dock.resize(340, 900)
    qgis_app.processEvents()
    view = dock.ui.tableCases
    shown = [
        dock.model.headerData(k, Qt.Orientation.Horizontal) for k in range(len(COLUMNS)) if not view.isColumnHidden(k)
    ]
    assert shown == ["Prio.", "Dossier / commune", "Zone", "Sévérité"]
    # the dossier with its commune, the priority's rank (its words in the tooltip), the news of the sweep in bold
    row = dock.model.df.index[dock.model.df["commune_nom"].notna()][0]
    cell = dock.model.index(int(row), 1)
    assert cell.data() == f"{dock.model.df['numero'].iloc[row]}\n{dock.model.df['commune_nom'].iloc[row]}"
    rank = dock.model.index(int(row), 0)
    assert rank.data().isdigit() and rank.data(Qt.ItemDataRole.ToolTipRole).startswith(rank.data() + " –")
    new = list(dock.model.marks()).index("nouveau")
    assert dock.model.index(new, 1).data(Qt.ItemDataRole.FontRole).bold()
    # the zone in words, never a code
    zones = {dock.proxy.index(r, 3).data() for r in range(dock.proxy.rowCount())}
    assert "zone tampon" in zones and "zone_tampon" not in zones and "non_localise" not in zones
    # the triage sits right under the list, before the case's details
    assert view.geometry().bottom() < dock.ui.grpTriage.geometry().top() < dock.ui.grpCase.geometry().top()
    dock.resize(700, 900)
    qgis_app.processEvents()
    assert not any(view.isColumnHidden(k) for k in range(len(COLUMNS)))  # a wide dock shows them all
    assert dock.model.headerData(1, Qt.Orientation.Horizontal) == "Dossier" and "\n" not in cell.data()
    dock.setFloating(False)


def test_this_week_s_source_replaces_last_week_s(plugin, two_sweeps, tmp_path, qtbot):
    from veille_plugin.core.sweep.sources import load_sources

    dock = plugin.toggle_veille_dock(True)
    ui = dock.ui
    dock.add_sources([str(WEEK1)])
    assert [e.path for e in dock.sources()] == [str(WEEK1)]
    # week 1 was read by the register's first sweep: the list says when
    assert "lu le" in ui.listSources.item(0).text()
    dock.add_sources([str(WEEK2)])  # this week's file replaces last week's
    assert [e.path for e in dock.sources()] == [str(WEEK2)]
    ui.chkKeepSources.setChecked(True)
    dock.add_sources([str(WEEK1)])  # both kept when asked
    assert [e.path for e in dock.sources()] == [str(WEEK2), str(WEEK1)]
    assert [e.path for e in load_sources()] == [str(WEEK2), str(WEEK1)]  # remembered for the next session
    ui.chkKeepSources.setChecked(False)
    dock.add_sources([str(WEEK2)])
    ui.editParcels.setText(str(PARCELS))
    ui.editOut.setText(str(tmp_path / "balayages"))
    ui.grpSweep.setChecked(True)
    assert dock.start_sweep() is not None
    qtbot.waitUntil(lambda: dock.task is None, timeout=120_000)
    assert not ui.grpSweep.isChecked()  # done: the box folds away, the list takes the room
    (entry,) = load_sources()
    assert entry.path == str(WEEK2) and entry.read_at and "lu le" in ui.listSources.item(0).text()


def test_one_avis_recorded_once_which_the_status_follows(plugin, two_sweeps):
    from veille_plugin.core.register import open_register
    from veille_plugin.core.register.follow_up import STATUS_AVIS_GIVEN

    dock = plugin.toggle_veille_dock(True)
    ui = dock.ui
    ui.tableCases.setCurrentIndex(dock.proxy.index(0, 0))
    case = dock.current_case()
    # «avis émis» chosen by hand without an avis: the status stays, the avis field is asked for
    k = ui.comboCaseStatus.findData(STATUS_AVIS_GIVEN)
    ui.comboCaseStatus.setCurrentIndex(k)
    ui.comboCaseStatus.activated.emit(k)
    assert ui.comboCaseStatus.currentData() == case["statut_veille"]
    assert ui.lblAvisHint.isVisibleTo(dock) and "avis" in ui.lblAvisHint.text()
    ui.comboCaseStatus.hidePopup()
    ui.comboAvis.hidePopup()
    # the avis chosen: the status follows it, saved by one click
    a = ui.comboAvis.findData("favorable avec prescriptions")
    ui.comboAvis.setCurrentIndex(a)
    ui.comboAvis.activated.emit(a)
    assert ui.comboCaseStatus.currentData() == STATUS_AVIS_GIVEN
    ui.btnSaveTriage.click()
    with open_register(str(Path(dock.register_target))) as reg:
        stored = reg.get_cases([case["numero_norm"]]).iloc[0]
    assert stored["avis"] == "favorable avec prescriptions" and stored["statut_veille"] == STATUS_AVIS_GIVEN
    history = ui.txtHistory.toPlainText()
    assert history.count("avis émis") == 1 and "avis : ∅ → favorable avec prescriptions" in history
    listed = dock.model.df.set_index("numero_norm").loc[case["numero_norm"], "statut_veille"]
    assert listed == STATUS_AVIS_GIVEN


def test_an_older_avis_emis_without_avis_is_shown_with_a_hint(plugin, two_sweeps):
    from veille_plugin.core.register import open_register

    dock = plugin.toggle_veille_dock(True)
    key = dock.model.df["numero_norm"].iloc[0]
    with open_register(str(dock.register_target)) as reg:
        reg.set_triage(key, "ancien", statut_veille="avis émis")  # as older versions of the dock let people do
    dock.reload()
    dock.select_case(key)
    assert dock.ui.comboCaseStatus.currentData() == "avis émis"
    assert "Suites du dossier › Avis" in dock.ui.lblAvisHint.text() and dock.ui.lblAvisHint.isVisibleTo(dock)


def test_a_sweep_from_before_the_dated_folders_says_its_report_was_not_kept(plugin, two_sweeps, monkeypatch):
    from qgis.PyQt.QtCore import Qt
    from qgis.PyQt.QtGui import QDesktopServices

    from veille_plugin.core import config
    from veille_plugin.core.register import open_register
    from veille_plugin.core.sweep.run import FOLDER_KEY

    first = two_sweeps[0]
    with open_register(config.load_settings().register) as reg:  # as an older version wrote it: no folder
        counts = {k: v for k, v in first.counts.items() if k != FOLDER_KEY}
        reg.finish_sweep(first.sweep_id, counts)
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url.toLocalFile())))
    dock = plugin.toggle_veille_dock(True)
    combo = dock.ui.comboSweep
    k = combo.findData(first.sweep_id)
    assert "non conservé" in combo.itemData(k, Qt.ItemDataRole.ToolTipRole)
    combo.setCurrentIndex(k)
    assert not dock.ui.btnOpenReport.isEnabled() and dock.open_sweep_report() is None and opened == []
    combo.setCurrentIndex(combo.findData(two_sweeps[1].sweep_id))
    assert dock.ui.btnOpenReport.isEnabled()

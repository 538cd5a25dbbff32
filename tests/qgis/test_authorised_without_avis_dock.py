"""Issue 29, point 2, in the «Veille» dock: the one-click filter «Autorisés sans avis» shows the cases authorised in
the Bien or the zone tampon without an avis in the register, by priority, combined with the other filters; an avis
given in the dock takes the case off the list."""

import pandas as pd
import pytest

from veille_plugin.core.register.model import normalize_numero
from veille_plugin.core.sweep.filters import AUTHORISED_DECISIONS, authorised_without_avis

#: Cases of the Bien given an avis, refused, and whose decision was withdrawn, before the dock opens
FOLLOWED = ("FICTIF-062498-26-00001", "FICTIF-062427-26-00004", "FICTIF-062498-26-00002")


@pytest.fixture
def followed_register(demo_register):
    """Week 1 of the fictitious permits swept (Sitadel «autorisé» → «accordé»; the shared ``demo_register``), then an
    avis on one case of the Bien, a refusal on another, a decision withdrawn on a third."""
    from veille_plugin.core.register import open_register

    with open_register(str(demo_register)) as reg:
        reg.set_follow_up(FOLLOWED[0], "udap", avis="favorable")
        reg.set_follow_up(FOLLOWED[1], "ddtm", decision="refusé")
        reg.set_follow_up(FOLLOWED[2], "ddtm", decision="")
        cases = reg.case_columns(["numero_norm", "zone", "decision", "avis"])
    return set(cases.loc[authorised_without_avis(cases), "numero_norm"])


def _shown(dock, column="numero_norm"):
    return [
        dock.model.df[column].iloc[dock.proxy.mapToSource(dock.proxy.index(r, 0)).row()]
        for r in range(dock.proxy.rowCount())
    ]


def test_the_authorised_without_avis_filter(plugin, followed_register):
    dock = plugin.toggle_veille_dock(True)
    ui = dock.ui
    total = dock.proxy.rowCount()
    assert ui.btnAuthorisedNoAvis.text().replace("\n", " ") == "Autorisés sans avis"
    ui.btnAuthorisedNoAvis.click()
    shown = _shown(dock)
    assert ui.btnAuthorisedNoAvis.isChecked() and set(shown) == followed_register and 0 < len(shown) < total
    assert set(_shown(dock, "zone")) == {"bien", "zone_tampon"}
    assert set(_shown(dock, "decision")) <= set(AUTHORISED_DECISIONS)
    assert not {normalize_numero(n) for n in FOLLOWED} & set(shown)
    assert f"{len(shown)} dossier(s) affiché(s) sur {total}" == ui.lblCount.text()
    ranks = pd.to_numeric(pd.Series(_shown(dock, "priorite_rang"))).tolist()
    assert ranks == sorted(ranks)  # by priority, as the dock sorts
    # combined with the others: in the Bien only
    ui.btnInBien.click()
    assert set(_shown(dock, "zone")) == {"bien"} and set(_shown(dock)) < set(shown)
    ui.btnInBien.click()
    # an avis given in the dock: the case leaves the list at the next filtering
    first = shown[0]
    dock.select_case(first)
    ui.comboAvis.setCurrentIndex(ui.comboAvis.findData("défavorable"))
    assert {f for f, _o, _n in dock.save_follow_up()} >= {"avis", "statut_veille"}
    dock.apply_filters()
    assert first not in _shown(dock) and dock.proxy.rowCount() == len(shown) - 1
    ui.btnAuthorisedNoAvis.click()
    assert dock.proxy.rowCount() == total


def test_the_reports_dock_writes_the_section_and_says_the_count(plugin, followed_register, tmp_path):
    import time

    from qgis.core import QgsApplication

    dock = plugin.toggle_reports_dock(True)
    dock.ui.editOut.setText(str(tmp_path / "rapports"))
    assert dock.ui.comboKind.currentData() == "comite" and dock.start() is not None
    deadline = time.time() + 120
    while dock.task is not None and time.time() < deadline:
        QgsApplication.processEvents()
        time.sleep(0.02)
    assert dock.result is not None, dock.ui.lblResult.text()
    n = len(followed_register)
    assert dock.result["resume"][0]["autorises_sans_avis"]["nombre"] == n
    assert f"{n} autorisé(s) sans avis" in dock.ui.lblResult.text()
    page = (tmp_path / "rapports" / "comite_technique.html").read_text(encoding="utf-8")
    assert f"Autorisés sans avis ({n})" in page

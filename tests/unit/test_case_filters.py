"""Filtering the register's cases (what the «Veille» dock shows)."""

import numpy as np
import pandas as pd

from veille_plugin.core.sweep.filters import filter_mask

CASES = pd.DataFrame(
    {
        "numero": ["PC 062 498 24 00012", "DP 059 001 25 00003", "PD 062 001 26 00001", "PC 059 002 26 00009"],
        "zone": ["bien", "zone_tampon", "bien", "hors"],
        "severite": ["majeur", "à vérifier", "bloquant", "aucune"],
        "statut_veille": ["à examiner", "en cours", "à examiner", "sans suite"],
        "commune_nom": ["Loos-en-Gohelle", "Condé-sur-l'Escaut", "Hénin-Beaumont", "Lille"],
        "commune_insee": ["62528", "59153", "62427", "59350"],
        "epci": ["CA de Lens-Liévin", "CA Valenciennes Métropole", "CA Hénin-Carvin", None],
        "date_depot": ["2026-10-01", "2026-11-03", "2026-11-10", None],
        "travaux": ["extension", "ravalement de façade", "démolition", "maison"],
        "elements": ["63AE", "", "45A", ""],
    }
)


def picked(**kw):
    return list(CASES["numero"][filter_mask(CASES, **kw)])


def test_no_filter_keeps_everything():
    assert filter_mask(CASES).all()
    assert filter_mask(CASES.iloc[0:0]).shape == (0,)


def test_each_criterion():
    assert picked(zone="bien") == ["PC 062 498 24 00012", "PD 062 001 26 00001"]
    assert picked(severity="bloquant") == ["PD 062 001 26 00001"]
    assert picked(status="en cours") == ["DP 059 001 25 00003"]
    assert picked(epci="CA Valenciennes Métropole") == ["DP 059 001 25 00003"]


def test_commune_ignores_accents_and_case_and_accepts_insee():
    assert picked(commune="conde sur l escaut") == ["DP 059 001 25 00003"]
    assert picked(commune="HENIN") == ["PD 062 001 26 00001"]
    assert picked(commune="62528") == ["PC 062 498 24 00012"]


def test_period_excludes_undated_cases():
    assert picked(date_from="2026-11-01", date_to="2026-11-30") == ["DP 059 001 25 00003", "PD 062 001 26 00001"]
    assert picked(date_to="2026-10-15") == ["PC 062 498 24 00012"]


def test_text_search_and_combination():
    assert picked(text="facade") == ["DP 059 001 25 00003"]
    assert picked(text="63ae") == ["PC 062 498 24 00012"]
    assert picked(zone="bien", status="à examiner", text="démolition") == ["PD 062 001 26 00001"]
    assert not filter_mask(CASES, zone="bien", severity="aucune").any()


def test_large_table_is_vectorised():
    big = pd.concat([CASES] * 25_000, ignore_index=True)
    mask = filter_mask(big, zone="bien", commune="loos", text="extension")
    assert mask.sum() == 25_000 and isinstance(mask, np.ndarray)


def test_case_columns_recognises_usual_headers():
    from veille_plugin.core.rules.case_screening import case_columns

    df = pd.DataFrame(
        {
            "Numéro": ["PC1"],
            "Type": ["PC"],
            "Nature des travaux": ["démolition"],
            "HAUTEUR": ["12,5"],
            "nature_projet": ["éolienne"],
        }
    )
    cols = case_columns(df.rename(columns={"Nature des travaux": "nature_travaux"}))
    assert list(cols["ids"]) == ["PC1"] and list(cols["case_type"]) == ["PC"]
    assert (
        list(cols["works"]) == ["démolition"]
        and list(cols["height_m"]) == ["12,5"]
        and list(cols["nature"]) == ["éolienne"]
    )


def test_change_marks_are_decided_in_the_core():
    """nouveau (first seen in the latest sweep), modifié (changed by it), disparu: one vectorised function."""
    from veille_plugin.core.sweep.filters import change_marks

    df = pd.DataFrame(
        {
            "disparu": [0, 1, 0, 0],
            "first_sweep": [2, 1, 1, 1],
            "last_sweep": [2, 1, 2, 2],
            "numero_norm": ["a", "b", "c", "d"],
        }
    )
    assert change_marks(df, {"c"}).tolist() == ["nouveau", "disparu", "modifié", ""]
    assert change_marks(df).tolist() == ["nouveau", "disparu", "", ""]
    assert change_marks(df.iloc[:0]).tolist() == []

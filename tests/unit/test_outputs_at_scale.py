"""The sweep's outputs at a million cases (issue 29, part 3) re-implement a few pandas idioms once per distinct value
or in one pass; each must give what the idiom gave (the report and cases.csv must not change)."""

import numpy as np
import pandas as pd

from veille_plugin.core.impact.ordering import priority_labels, sort_by_priority
from veille_plugin.core.sweep.report import order_for_committee, per_value
from veille_plugin.core.vocabulary import display


def cases(n: int = 5000, seed: int = 29) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    df = pd.DataFrame(
        {
            "numero": rng.choice([f"FICTIF-{k:05d}" for k in range(n // 3)], n).astype(object),
            "zone": rng.choice(["bien", "zone_tampon", "hors", "commune", "non_localise"], n).astype(object),
            "priorite_rang": rng.choice([1, 2, 3, 4, 5, np.nan], n),
            "priorite_importance": rng.choice(["très grande", "grande", "moyenne", None], n),
            "changement": rng.choice(["nouveau", "modifié", "inchangé", "disparu", None], n),
            "severite": rng.choice(["bloquant", "a_verifier", "information", "aucune"], n).astype(object),
        }
    )
    df.loc[df.index[::97], "numero"] = None
    return df.set_index(pd.Index(rng.permutation(n) * 7))  # labels that are not positions


def test_per_value_maps_as_series_map_does():
    s = pd.Series(["bien", None, "hors", np.nan, "bien", "commune", ""] * 300, dtype=object)
    func = lambda v: display(v, "zone") if isinstance(v, str) else v  # noqa: E731
    got, expected = per_value(s, func), s.map(func)
    pd.testing.assert_series_equal(got, expected)
    assert got.iloc[1] is None and got.iloc[3] != got.iloc[3]  # None stays None, NaN stays NaN


def test_priority_labels_once_per_rank_are_those_of_each_case():
    ranks = pd.Series([1, 2.0, None, "3", "x", 5, np.nan, 4] * 10)
    labels = priority_labels(ranks, translated=False)
    assert list(labels[:8]) == ["1 – très haute", "2 – haute", "", "3 – moyenne", "", "5 – très basse", "", "4 – basse"]


def test_the_priority_order_is_the_stable_sort_of_its_keys():
    df = cases()
    from veille_plugin.core.impact.ordering import MISSING_RANK, significance_order
    from veille_plugin.core.vocabulary import CHANGE_ORDER, SEVERITIES_DISPLAY

    strength = significance_order()
    keys = df.assign(
        _rang=df["priorite_rang"].fillna(MISSING_RANK),
        _effet=df["priorite_importance"].map(strength).fillna(len(strength)),
        _change=df["changement"].map(CHANGE_ORDER).fillna(len(CHANGE_ORDER)),
        _sev=df["severite"].map({s: k for k, s in enumerate(SEVERITIES_DISPLAY)}).fillna(len(SEVERITIES_DISPLAY)),
    )
    expected = keys.sort_values(["_rang", "_effet", "_change", "_sev", "numero"], kind="stable")
    assert list(sort_by_priority(df).index) == list(expected.index)  # duplicated numbers keep their order


def test_the_committee_order_of_presorted_cases_is_the_full_sort():
    df = cases()
    full = order_for_committee(df)
    again = order_for_committee(sort_by_priority(df), presorted=True)
    assert list(again.index) == list(full.index)
    pd.testing.assert_frame_equal(again, full)

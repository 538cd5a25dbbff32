"""The priority evaluation (issue 25): at least 60 cases at real places of the property, written by hand from the
method and the official data before the code existed (tests/data/impact/README.md), never adjusted to the code's
answers. The figures are printed at the end of the run and land in tests/artifacts/impact_eval.json."""

import json
from pathlib import Path

import pytest
from impact_eval import read_cases, evaluate

from veille_plugin.core.rules.catalogue import embedded_catalogue_path, load_catalogue_file

ARTIFACTS = Path(__file__).resolve().parents[1] / "artifacts"


@pytest.fixture(scope="module")
def report(ref):
    out = evaluate(ref, load_catalogue_file(embedded_catalogue_path()), read_cases())
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    figures = {k: v for k, v in out.items() if k not in ("failures", "other_disagreements")}
    figures["desaccords_de_rang"] = [
        {"cas": c.ident, "lieu": c.place, "attendu": c.rank, "obtenu": g["rank"], "motif": g["why"]}
        for c, g in out["failures"]
    ]
    figures["autres_desaccords"] = [
        {"cas": c.ident, "attendu_172": c.p172, "obtenu_172": g["p172"], "motif": g["why"]}
        for c, g in out["other_disagreements"]
    ]
    (ARTIFACTS / "impact_eval.json").write_text(json.dumps(figures, ensure_ascii=False, indent=2), encoding="utf-8")
    return out


def test_the_set_is_large_and_covers_every_rank():
    cases = read_cases()
    assert len(cases) >= 60
    assert all(sum(c.rank == r for c in cases) >= 5 for r in range(1, 6))
    assert len({c.case_type for c in cases}) >= 4


def test_agreement_with_the_hand_written_priorities(report, capsys):
    with capsys.disabled():
        print(
            f"\nÉvaluation des priorités ({report['cases']} cas écrits à la main) : accord sur le rang "
            f"{100 * report['rank_agreement']:.1f} %, sur l'importance de l'effet "
            f"{100 * report['significance_agreement']:.1f} %, "
            f"sur le paragraphe 172 {100 * report['p172_agreement']:.1f} %"
        )
    assert report["rank_agreement"] >= 0.95, [(c.ident, c.rank, g["rank"]) for c, g in report["failures"]]
    assert report["mean_rank_gap"] <= 0.1

"""Evaluation of the priority (issue 25): cases at real places of the property, each with the priority the method
gives it, written by hand from the method file and the official data before the code existed, never adjusted to the
code's answers (``tests/data/impact/README.md`` says how it was written).

Figures: agreement on the rank (1–5), on the value of the winning attribute, on the magnitude, on the significance
and on the paragraph 172 flag; the mean distance between expected and computed ranks.

Run ``.venv/bin/python tests/impact_eval.py`` to print the figures and every disagreement.
"""

import csv
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CASES = ROOT / "tests" / "data" / "impact" / "evaluation_priorites.csv"


@dataclass
class Expected:
    """One case of the set: what it is, where, and what the method gives it."""

    ident: str
    place: str
    case_type: str
    works: str
    nature: str
    height: str
    footprint: str
    wkt: str
    value: str
    magnitude: str
    significance: str
    rank: int
    p172: bool
    why: str


def read_cases(path: Path = CASES) -> list:
    """The hand-written set."""
    with open(path, encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f, delimiter=";"))
    return [
        Expected(
            r["identifiant"],
            r["lieu"],
            r["type"],
            r["travaux"],
            r["nature_projet"],
            r["hauteur_m"],
            r["emprise_m2"],
            r["wkt"],
            r["valeur_attendue"],
            r["ampleur_attendue"],
            r["importance_attendue"],
            int(r["rang_attendu"]),
            r["paragraphe_172_attendu"].strip().lower() == "oui",
            r["justification"],
        )
        for r in rows
    ]


def evaluate(ref, catalogue, cases: list) -> dict:
    """Screen the set in one batch, as a sweep would, and compare."""
    import numpy as np
    import shapely

    from veille_plugin.core.rules.case_screening import screen_cases

    def number(text):
        return float(text.replace(",", ".")) if text.strip() else None

    cs = screen_cases(
        [shapely.from_wkt(c.wkt) for c in cases],
        ref,
        catalogue,
        crs="EPSG:2154",
        ids=[c.ident for c in cases],
        case_type=[c.case_type for c in cases],
        works=[c.works for c in cases],
        nature=[c.nature for c in cases],
        height_m=[number(c.height) for c in cases],
        footprint_m2=[number(c.footprint) for c in cases],
    )
    a = cs.impact
    m = a.method
    got = []
    for i, c in enumerate(cases):
        w = int(a.winner[i])
        got.append(
            {
                "rank": int(a.rank[i]),
                "value": m.values[len(m.values) - 1 - int(a.value[i])] if w >= 0 else "",
                "magnitude": m.magnitudes[len(m.magnitudes) - 1 - int(a.magnitude[i])] if w >= 0 else "",
                "significance": m.significances[int(a.significance[i])]["code"] if w >= 0 else "",
                "p172": bool(a.paragraph_172[i]),
                "why": cs.record(i)["priorite"]["raisons"][0],
            }
        )
    n = len(cases)

    def share(key, attr):
        return sum(g[key] == getattr(c, attr) for g, c in zip(got, cases)) / n

    failures = [(c, g) for c, g in zip(cases, got) if g["rank"] != c.rank]
    other = [
        (c, g)
        for c, g in zip(cases, got)
        if g["rank"] == c.rank
        and (g["value"], g["magnitude"], g["significance"], g["p172"]) != (c.value, c.magnitude, c.significance, c.p172)
    ]
    return {
        "cases": n,
        "rank_agreement": share("rank", "rank"),
        "value_agreement": share("value", "value"),
        "magnitude_agreement": share("magnitude", "magnitude"),
        "significance_agreement": share("significance", "significance"),
        "p172_agreement": share("p172", "p172"),
        "mean_rank_gap": float(np.mean([abs(g["rank"] - c.rank) for c, g in zip(cases, got)])),
        "expected_ranks": {r: sum(c.rank == r for c in cases) for r in range(1, 6)},
        "failures": failures,
        "other_disagreements": other,
        "method_version": m.version,
    }


def main() -> int:
    """Print the figures and every disagreement."""
    sys.path.insert(0, str(ROOT))
    from veille_plugin.core.reference.data import load_reference
    from veille_plugin.core.rules.catalogue import load_catalogue

    out = evaluate(load_reference(), load_catalogue(), read_cases())
    print(f"Évaluation des priorités : {out['cases']} cas écrits à la main (méthode v{out['method_version']})")
    for key, label in (
        ("rank_agreement", "rang"),
        ("value_agreement", "valeur de l'attribut"),
        ("magnitude_agreement", "ampleur"),
        ("significance_agreement", "importance de l'effet"),
        ("p172_agreement", "paragraphe 172"),
    ):
        print(f"  accord sur {label:<24} {100 * out[key]:5.1f} %")
    print(f"  écart moyen de rang            {out['mean_rank_gap']:.2f}")
    for c, g in out["failures"]:
        print(f"- {c.ident} {c.place} — {c.case_type} « {c.works} » : attendu {c.rank} ({c.why}) ; obtenu {g['rank']}")
        print(f"    {g['why']}")
    for c, g in out["other_disagreements"]:
        print(
            f"~ {c.ident} {c.place} — même rang {c.rank} ; attendu {c.value}/{c.magnitude}/{c.significance}/"
            f"§172 {'oui' if c.p172 else 'non'} ; obtenu {g['value']}/{g['magnitude']}/{g['significance']}/"
            f"§172 {'oui' if g['p172'] else 'non'}"
        )
        print(f"    attendu : {c.why}")
        print(f"    obtenu  : {g['why']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

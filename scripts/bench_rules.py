"""`make bench` (second part): 1,000,000 synthetic, FICTITIOUS cases through the whole rules catalogue.

Stages timed separately: building the cases (types, works, natures, heights), screening
(distance 500 m), evaluating the catalogue (all rules, three-valued, vectorised), and the
per-case summary table. Peak memory of this process is read from /proc (VmHWM).
"""

import argparse
import json
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from bench_common import NATURES, TYPES, WORKS, synthetic_points  # noqa: E402

from veille_plugin.core.reference.data import load_reference  # noqa: E402
from veille_plugin.core.rules.cases import make_cases  # noqa: E402
from veille_plugin.core.rules.catalogue import load_catalogue  # noqa: E402
from veille_plugin.core.impact.assessment import assess_cases, priority_columns  # noqa: E402
from veille_plugin.core.impact.method import load_method  # noqa: E402
from veille_plugin.core.rules.engine import Context, evaluate_rules, results_table  # noqa: E402
from veille_plugin.core.screening.engine import screen_geometries  # noqa: E402


def peak_mib() -> float:
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description="Banc des règles sur des cas synthétiques fictifs")
    ap.add_argument("--n", type=int, default=1_000_000)
    ap.add_argument("--seed", type=int, default=20120630)
    ap.add_argument("--out", type=Path, default=ROOT / "out" / "bench")
    args = ap.parse_args(argv)
    ref = load_reference()
    cat = load_catalogue()
    rng = np.random.default_rng(args.seed + 1)
    points, _drawn = synthetic_points(ref, args.n, args.seed)
    print(
        f"Banc des règles : {args.n:_} cas synthétiques FICTIFS (points du banc d'analyse ; types et travaux tirés au "
        "hasard).".replace("_", " ")
    )
    print(f"  Catalogue : {cat.name} v{cat.version} ({len(cat.rules)} règles) ; données : {ref.version}")
    times = {}
    t = time.perf_counter()
    heights = np.where(rng.random(args.n) < 0.3, rng.uniform(3, 180, args.n), np.nan)
    cases = make_cases(
        points,
        ids=np.arange(args.n).astype(str),
        case_type=TYPES[rng.integers(0, len(TYPES), args.n)],
        works=WORKS[rng.integers(0, len(WORKS), args.n)],
        nature=NATURES[rng.integers(0, len(NATURES), args.n)],
        height_m=heights,
    )
    times["construction des cas"] = time.perf_counter() - t
    t = time.perf_counter()
    screening = screen_geometries(
        points, ref, 500.0, nearest_max_distance=500.0
    )  # as screen_cases does for large batches
    times["analyse de localisation (500 m)"] = time.perf_counter() - t
    t = time.perf_counter()
    results = evaluate_rules(cat, cases, Context(ref, screening))
    times["évaluation des règles"] = time.perf_counter() - t
    t = time.perf_counter()
    table = results_table(results)
    times["tableau de synthèse"] = time.perf_counter() - t
    # issue 25: the priority of every case (impact assessment, vectorised), then its columns (sentences included)
    method = load_method()
    t = time.perf_counter()
    assessment = assess_cases(cases, screening, ref, method)
    times["priorité (évaluation d'impact)"] = time.perf_counter() - t
    t = time.perf_counter()
    priorities = priority_columns(assessment)
    times["colonnes de priorité (motifs)"] = time.perf_counter() - t
    total = sum(times.values())
    peak = peak_mib()
    print()
    for k, v in times.items():
        print(f"  {k:<36} {v:7.2f} s")
    print(f"  {'total':<36} {total:7.2f} s   ({args.n / total:,.0f} cas/s)".replace(",", " "))
    print(f"  mémoire de pointe du processus      {peak:7.0f} Mio")
    ranks = priorities["priorite"].value_counts().sort_index().to_dict()
    print("  priorités : " + ", ".join(f"{k} : {v:,}".replace(",", " ") for k, v in ranks.items()))
    added = times["priorité (évaluation d'impact)"] + times["colonnes de priorité (motifs)"]
    print(f"  coût de la priorité                  {added:7.2f} s (objectif de l'issue 25 : moins de 5 s)")
    sev = table["severite"].value_counts().to_dict()
    print("  sévérités : " + ", ".join(f"{k} {v:,}".replace(",", " ") for k, v in sorted(sev.items())))
    per_rule = {
        r.id: int(((results.verdicts[:, j] == 2) | (results.verdicts[:, j] == 3)).sum())
        for j, r in enumerate(cat.rules)
    }
    print("  règles déclenchées : " + ", ".join(f"{k} {v:,}".replace(",", " ") for k, v in per_rule.items() if v))
    args.out.mkdir(parents=True, exist_ok=True)
    figures = {
        "n": args.n,
        "temps_s": times,
        "total_s": total,
        "memoire_pointe_mio": peak,
        "severites": sev,
        "priorites": ranks,
        "cout_priorite_s": added,
        "regles_declenchees": per_rule,
        "catalogue_version": cat.version,
    }
    (args.out / "bench_rules.json").write_text(json.dumps(figures, ensure_ascii=False, indent=2), encoding="utf-8")
    print(f"Chiffres enregistrés dans {args.out / 'bench_rules.json'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

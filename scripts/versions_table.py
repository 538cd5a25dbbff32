"""Write the README's «Versions testées» table from the run summaries of `make test` (tests/artifacts/run_summary.json
on this machine, tests/artifacts/matrix/<release>/run_summary.json for the matrix).

    python3 scripts/versions_table.py --readme README.md SUMMARY.json [SUMMARY.json …]

The table sits between the markers ``<!-- versions-testees:debut -->`` and ``<!-- versions-testees:fin -->``;
a release absent from this run keeps its previous row. Standard library only (runs with any python3).
"""

import argparse
import json
import re
import sys
from pathlib import Path

START, END = "<!-- versions-testees:debut -->", "<!-- versions-testees:fin -->"
HEADER = (
    "| Système | QGIS | Qt / PyQt | Python | GDAL | GEOS | PROJ | numpy | shapely | pandas | PostgreSQL "
    "| tests réussis | ignorés | durée | bureau QGIS |"
)
RULE = "|" + "---|" * (HEADER.count("|") - 1)


def _system(versions: dict) -> str:
    return versions.get("Système") or versions.get("Debian") or "?"


def row(summary: dict) -> str:
    """One Markdown row from a run summary."""
    v = summary["versions"]
    c = summary["counts"]
    desktop = summary.get("desktop") or {}
    exit_code = desktop.get("exit_code")
    desktop_text = "non lancé" if exit_code is None else f"code de sortie {exit_code}"
    failed = c.get("failed", 0) + c.get("error", 0)
    passed = f"{c.get('passed', 0)}" + (f" (**{failed} en échec**)" if failed else "")
    minutes, seconds = divmod(int(summary.get("seconds", 0)), 60)
    return (
        "| "
        + " | ".join(
            [
                _system(v),
                v.get("QGIS", "?"),
                f"{v.get('Qt', '?')} / {v.get('PyQt', '?')}",
                v.get("Python", "?"),
                v.get("GDAL", "?"),
                v.get("GEOS (QGIS)", "?"),
                v.get("PROJ (QGIS)", "?"),
                v.get("numpy", "?"),
                v.get("shapely", "?"),
                v.get("pandas", "?"),
                v.get("PostgreSQL", "?"),
                passed,
                str(c.get("skipped", 0)),
                f"{minutes} min {seconds:02d} s",
                desktop_text,
            ]
        )
        + " |"
    )


def update(readme: Path, summaries) -> str:
    """Replace the rows of the releases in ``summaries`` (keyed by Debian name), keep the others."""
    text = readme.read_text(encoding="utf-8")
    if START not in text or END not in text:
        raise SystemExit(f"{readme} : marqueurs {START} / {END} absents")
    head, rest = text.split(START, 1)
    body, tail = rest.split(END, 1)
    rows = {}
    for line in body.splitlines():
        if line.startswith("| ") and not line.startswith("| Système"):
            rows[line.split("|")[1].strip()] = line
    for summary in summaries:
        if not summary.get("args"):  # only full runs of the suite update the table
            rows[_system(summary["versions"])] = row(summary)
    ordered = [rows[k] for k in sorted(rows, key=lambda name: (re.sub(r"\D", "", name) or "99", name))]
    return head + START + "\n" + "\n".join([HEADER, RULE] + ordered) + "\n" + END + tail


def main(argv=None) -> int:
    """Entry point."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--readme", type=Path, required=True)
    parser.add_argument("summaries", nargs="*", type=Path)
    args = parser.parse_args(argv)
    summaries = []
    for path in args.summaries:
        if path.exists():
            summaries.append(json.loads(path.read_text(encoding="utf-8")))
    args.readme.write_text(update(args.readme, summaries), encoding="utf-8")
    print(f"{args.readme} : tableau « Versions testées » mis à jour ({len(summaries)} exécution(s)).")
    return 0


if __name__ == "__main__":
    sys.exit(main())

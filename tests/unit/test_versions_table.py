"""scripts/versions_table.py keeps the README's «Versions testées» table true to the last full runs."""

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
spec = importlib.util.spec_from_file_location("versions_table", ROOT / "scripts" / "versions_table.py")
versions_table = importlib.util.module_from_spec(spec)
spec.loader.exec_module(versions_table)


def _summary(system, qgis, passed, failed=0, args=(), exit_code=0):
    return {
        "versions": {"Système": system, "QGIS": qgis, "Python": "3.x"},
        "args": list(args),
        "seconds": 125,
        "counts": {"passed": passed, "failed": failed, "error": 0, "skipped": 1},
        "desktop": {"exit_code": exit_code},
    }


def test_rows_are_replaced_per_release_and_other_releases_kept(tmp_path):
    readme = tmp_path / "README.md"
    readme.write_text(
        "avant\n<!-- versions-testees:debut -->\n| Système | x |\n|---|\n"
        "| Debian GNU/Linux 13 (trixie) | ancienne ligne |\n<!-- versions-testees:fin -->\naprès\n"
    )
    text = versions_table.update(
        readme,
        [
            _summary("Debian GNU/Linux 12 (bookworm)", "3.22.16", 700),
            _summary("Debian GNU/Linux forky/sid", "3.44.15", 690, failed=2),
        ],
    )
    assert text.startswith("avant\n") and text.endswith("après\n")
    lines = text.splitlines()
    assert any(
        line.startswith("| Debian GNU/Linux 12 (bookworm) | 3.22.16")
        and "700" in line
        and "2 min 05 s" in line
        and "code de sortie 0" in line
        for line in lines
    )
    assert any("ancienne ligne" in line for line in lines)  # trixie not run this time: its row stays
    assert any("3.44.15" in line and "**2 en échec**" in line for line in lines)  # a failure is shown, not hidden


def test_partial_runs_do_not_touch_the_table(tmp_path):
    readme = tmp_path / "README.md"
    readme.write_text("<!-- versions-testees:debut -->\n<!-- versions-testees:fin -->\n")
    text = versions_table.update(
        readme, [_summary("Debian GNU/Linux 12 (bookworm)", "3.22.16", 3, args=["tests/unit"])]
    )
    assert "3.22.16" not in text

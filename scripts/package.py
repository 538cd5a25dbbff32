"""`make package`: build dist/veille_plugin.zip, a QGIS plugin archive (one top folder, veille_plugin/)."""

import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DIST = ROOT / "dist"
STAGE = DIST / "plugins" / "veille_plugin"
ZIP = DIST / "veille_plugin.zip"


def ignore(_dir, names):
    """What the archive leaves out: caches, source data, temporary files, translation sources."""
    return [
        n
        for n in names
        if n in ("__pycache__", "sources") or n.endswith((".pyc", ".tmp.gpkg", "-wal", "-shm", ".ts", ".pro"))
    ]


def main() -> int:
    """Compile the translations, stage the plugin folder and zip it."""
    subprocess.run([sys.executable, str(ROOT / "scripts" / "translations.py"), "--qm-only"], check=True)
    if STAGE.exists():
        shutil.rmtree(STAGE)
    shutil.copytree(ROOT / "veille_plugin", STAGE, ignore=ignore)
    shutil.copytree(ROOT / "resources", STAGE / "resources", ignore=ignore)
    shutil.copytree(ROOT / "forms", STAGE / "forms", ignore=ignore)
    for name in ("metadata.txt", "LICENSE", "README.md"):
        shutil.copy2(ROOT / name, STAGE / name)
    # provenance of the embedded data travels with the plugin
    for prov in (ROOT / "resources" / "sources").glob("*/PROVENANCE.md"):
        target = STAGE / "resources" / "data" / f"PROVENANCE_{prov.parent.name}.md"
        shutil.copy2(prov, target)
    if ZIP.exists():
        ZIP.unlink()
    with zipfile.ZipFile(ZIP, "w", zipfile.ZIP_DEFLATED) as zf:
        for path in sorted(STAGE.rglob("*")):
            if path.is_file():
                zf.write(path, path.relative_to(STAGE.parent).as_posix())
    size = ZIP.stat().st_size / 1e6
    print(f"{ZIP.relative_to(ROOT)} ({size:.1f} Mo) — dossier installable : {STAGE.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Which copies of PROJ, GEOS and GDAL the current process holds (Linux: /proc/self/maps).

QGIS links PROJ, GEOS and GDAL. A pip wheel of pyproj, shapely or pyogrio bundles a copy of its own; loaded into
QGIS's process, a second PROJ made QGIS abort at exit (``double free or corruption``). The plugin checks this once
it is loaded, and the desktop and ``qgis_process`` tests assert that each library is loaded from one file only.
"""

import re
from pathlib import Path
from typing import Dict, List, Optional

# library family → file name pattern (libproj.so.25, libproj-a1b2c3d4.so.25.9.1, libgeos_c.so.1, libgdal.so.32…)
FAMILIES = {
    "PROJ": re.compile(r"^libproj(?:[-.]|$)"),
    "GEOS": re.compile(r"^libgeos(?:_c)?(?:[-.]|$)"),
    "GDAL": re.compile(r"^libgdal(?:[-.]|$)"),
}


def loaded_native_libraries(maps_text: Optional[str] = None) -> Dict[str, List[str]]:
    """{family: [file paths]} of the PROJ, GEOS and GDAL libraries mapped into this process (empty off Linux)."""
    if maps_text is None:
        try:
            maps_text = Path("/proc/self/maps").read_text(encoding="utf-8", errors="replace")
        except OSError:
            return {}
    found: Dict[str, set] = {family: set() for family in FAMILIES}
    for line in maps_text.splitlines():
        parts = line.split(None, 5)
        if len(parts) < 6 or not parts[5].startswith("/"):
            continue
        path = parts[5].strip()
        name = path.rsplit("/", 1)[-1]
        for family, pattern in FAMILIES.items():
            if pattern.match(name):
                found[family].add(path)
    return {family: sorted(paths) for family, paths in found.items()}


def _copies(paths: List[str], family: str) -> List[str]:
    """The distinct copies of one library family: GEOS's C API and C++ library count as one copy per folder."""
    if family != "GEOS":
        return paths
    by_folder: Dict[str, List[str]] = {}
    for path in paths:
        by_folder.setdefault(path.rsplit("/", 1)[0], []).append(path)
    return [", ".join(group) for group in by_folder.values()]


def duplicated_native_libraries(maps_text: Optional[str] = None) -> Dict[str, List[str]]:
    """{family: copies} for each of PROJ, GEOS, GDAL loaded from more than one file (empty when clean)."""
    loaded = loaded_native_libraries(maps_text)
    out = {}
    for family, paths in loaded.items():
        copies = _copies(paths, family)
        if len(copies) > 1:
            out[family] = copies
    return out

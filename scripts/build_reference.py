"""`make data`: convert the embedded official layers to the reference GeoPackage (EPSG:2154)."""

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from veille_plugin.core.reference.build import build_reference  # noqa: E402

src = ROOT / "resources" / "sources" / "unesco_bassin_minier"
out = ROOT / "resources" / "data" / "reference_bassin_minier.gpkg"
out.parent.mkdir(parents=True, exist_ok=True)
meta = build_reference(
    src,
    out,
    cog_json=ROOT / "resources" / "sources" / "communes_59_62" / "cog2026_communes_59_62.json",
    version_label="UNESCO – L93 2018 (data.gouv.fr / Géo2France), instantané rlespinasse/bassin-minier-unesco db8dc78",
    progress=print,
)
print(
    f"{out.relative_to(ROOT)} : {meta['nb_composantes']} composantes, {meta['nb_elements']} éléments, "
    f"{meta['nb_cites_erbm']} cités ERBM, {meta['nb_abords_mh']} abords MH"
)

"""Commune names → INSEE codes: current names, old names (COG communes déléguées/associées and
``resources/commune_aliases.json``) and the spellings of the official element layers. Shared by the
gazetteer and the permit geolocation."""

import json

from ..paths import resources_dir
from ..text import normalize


def load_resource_json(name: str) -> dict:
    """A JSON resource of the plugin ({} when absent)."""
    path = resources_dir() / name
    if not path.exists():
        return {}
    data = json.loads(path.read_text(encoding="utf-8"))
    return {k: v for k, v in data.items() if not k.startswith("_")}


def old_commune_names(ref) -> dict:
    """{insee: [old names]} from the reference set and the editable alias list."""
    old = {}
    try:
        anc = ref.layer("communes_anciennes").attributes
        for nom, insee in zip(anc["nom"], anc["insee_actuelle"]):
            old.setdefault(insee, []).append(nom)
    except Exception:  # an older reference set may lack the table
        pass
    for name, insee in load_resource_json("commune_aliases.json").items():
        old.setdefault(insee, []).append(name)
    return old


def build_commune_index(ref, old_names=None) -> dict:
    """Normalised commune name (current, old, or as spelled in the official layers) → set of INSEE codes."""
    old_names = old_commune_names(ref) if old_names is None else old_names
    index = {}
    com = ref.communes.attributes
    by_name = dict(zip(com["nom"], com["insee"]))
    for nom, insee in by_name.items():
        index.setdefault(normalize(nom), set()).add(insee)
    for insee, names in old_names.items():
        for n in names:
            index.setdefault(normalize(n), set()).add(insee)
    try:
        report = json.loads(ref.metadata.get("appariement_communes") or "[]")
    except ValueError:
        report = []
    for written, official, _method in report:
        if official in by_name:
            index.setdefault(normalize(written), set()).add(by_name[official])
    return index

"""Other names of the places of the Bien, each with its source: the editable list ``resources/gazetteer_aliases.json``
and the pit names of the official pits layer («fosse Pierre Destombes» for the 11/19, «fosse Declercq-Crombez» for
the 9-9 bis). No official name is invented here: every alias says where it comes from."""

import re
from dataclasses import dataclass

import shapely

from ..i18n import tr
from .communes import load_resource_json

# A pit lies on its fosse or headframe element when it is this close (metres, Lambert-93).
PIT_DISTANCE_M = 100.0
PIT_ELEMENT_TYPES = ("Fosse", "Chevalement")


@dataclass(frozen=True)
class Alias:
    """One other name of a place: the place key («élément:63AE», «composante:23», «erbm:ERBM-63»), the name, its
    source."""

    place: str
    name: str
    source: str


def editable_aliases() -> list:
    """The aliases of ``resources/gazetteer_aliases.json`` (entries without a source are ignored)."""
    data = load_resource_json("gazetteer_aliases.json")
    out = []
    for entry in data.get("alias", []) if isinstance(data.get("alias"), list) else []:
        place, source = str(entry.get("lieu") or ""), str(entry.get("source") or "").strip()
        if not place or not source:
            continue
        for name in entry.get("noms") or []:
            if isinstance(name, str) and name.strip():
                out.append(Alias(place, name.strip(), source))
    return out


def pit_aliases(ref) -> list:
    """«fosse <name>» for each named pit of the official pits layer lying on a fosse or headframe element."""
    pits = ref.optional_layer("puits_de_mines")
    if pits is None:
        return []
    el = ref.elements
    mask = el.attributes["type"].isin(PIT_ELEMENT_TYPES).to_numpy()
    if not mask.any() or not len(pits):
        return []
    ids = el.attributes["identifiant"].to_numpy()[mask]
    tree = shapely.STRtree(el.geometries[mask])
    pit_idx, el_idx = tree.query(pits.geometries, predicate="dwithin", distance=PIT_DISTANCE_M)
    attrs = pits.attributes
    out = set()
    for p, e in zip(pit_idx, el_idx):
        for column in ("fosse", "fosse_alias"):
            value = attrs[column].iloc[p] if column in attrs else None
            if not isinstance(value, str) or not re.search(r"[A-Za-zÀ-ÿ]", value):
                continue  # a bare number («9 - 9 bis») is already in the element's name
            source = tr("couche officielle des puits de mines (Mission Bassin Minier), champ « {c} » du puits {p}")
            out.add(
                Alias(f"élément:{ids[e]}", f"fosse {value.strip()}", source.format(c=column, p=attrs["puits"].iloc[p]))
            )
    return sorted(out, key=lambda a: (a.place, a.name))


def all_aliases(ref) -> dict:
    """{place key: [Alias]} from the editable list and the pits layer."""
    out = {}
    for alias in editable_aliases() + pit_aliases(ref):
        out.setdefault(alias.place, []).append(alias)
    return out

"""Commune names → INSEE codes, as people write them: current names, old names, spellings of the official layers,
and names with a letter off (matched with the commune understood said aloud, or refused with a suggestion).

Old names come, each with its source, from:
- the COG communes déléguées and associées of the reference set (table ``communes_anciennes``);
- ``resources/commune_aliases.json`` (older mergers and renamings, editable);
- the commune spellings of the official pits layer («Haisnes-lez-La-Bassée», «Marles»…), kept when the pit lies
  in the commune and the spelling starts with the commune's first word.

Shared by the gazetteer and the permit geolocation."""

import difflib
import json
from dataclasses import dataclass, field


from ..i18n import tr
from ..paths import resources_dir
from ..text import normalize

# A name with a letter or two off is understood when it is this close to one commune (difflib ratio)…
FUZZY_ACCEPT = 0.88
# …and suggested when it is this close.
FUZZY_SUGGEST = 0.7


def load_resource_json(name: str) -> dict:
    """A JSON resource of the plugin, without its «_comment» keys ({} when absent)."""
    path = resources_dir() / name
    if not path.exists():
        return {}
    data = json.loads(path.read_text(encoding="utf-8"))
    return {k: v for k, v in data.items() if not k.startswith("_")}


@dataclass(frozen=True)
class OldName:
    """A former or other spelling of a commune, with where it comes from."""

    name: str
    insee: str
    source: str


def old_commune_names(ref) -> dict:
    """{insee: [OldName]} from the reference set, the editable alias list and the official pits layer."""
    old = {}

    def add(name, insee, source):
        if name and insee:
            old.setdefault(str(insee), []).append(OldName(str(name), str(insee), source))

    anc = ref.optional_layer("communes_anciennes")
    if anc is not None:
        for nom, insee, kind in zip(anc.attributes["nom"], anc.attributes["insee_actuelle"], anc.attributes["type"]):
            add(nom, insee, tr("COG 2026 (INSEE), {kind}").format(kind=kind))
    for name, value in load_resource_json("commune_aliases.json").items():
        if isinstance(value, dict):
            add(name, value.get("insee"), value.get("source") or tr("liste éditable commune_aliases.json"))
        else:
            add(name, value, tr("liste éditable commune_aliases.json"))
    for name, insee in _pit_layer_spellings(ref):
        add(name, insee, tr("couche officielle des puits de mines (Mission Bassin Minier), champ « commune »"))
    return old


def _pit_layer_spellings(ref) -> list:
    """(spelling, insee) of the pits layer that differ from the current name of the commune holding the pit."""
    pits = ref.optional_layer("puits_de_mines")
    if pits is None:
        return []
    com = ref.communes
    names = com.attributes["nom"].to_numpy()
    codes = com.attributes["insee"].to_numpy()
    pit_idx, com_idx = com.tree.query(pits.geometries, predicate="within")
    written = pits.attributes["commune"].to_numpy()
    out = set()
    for p, c in zip(pit_idx, com_idx):
        spelling = written[p]
        if not isinstance(spelling, str) or not spelling.strip():
            continue
        key, current = normalize(spelling), normalize(names[c])
        if key != current and key.split()[:1] == current.split()[:1]:
            out.add((spelling.strip(), str(codes[c])))
    return sorted(out)


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
            index.setdefault(normalize(n.name), set()).add(insee)
    try:
        report = json.loads(ref.metadata.get("appariement_communes") or "[]")
    except ValueError:
        report = []
    for written, official, _method in report:
        if official in by_name:
            index.setdefault(normalize(written), set()).add(by_name[official])
    return index


@dataclass
class CommuneMatch:
    """What a commune name written by a user was understood as."""

    written: str
    codes: set = field(default_factory=set)
    names: list = field(default_factory=list)  # current official names of the codes
    how: str = ""  # «nom actuel», «ancien nom», «nom approché», «début du nom»
    source: str = ""  # for an old name: where it comes from
    suggestions: list = field(default_factory=list)  # when nothing was understood: close current names

    @property
    def found(self) -> bool:
        """A commune was understood."""
        return bool(self.codes)

    def explain(self) -> str:
        """«Commune comprise : Auchy-les-Mines (62051), ancien nom « Auchy-lez-La-Bassée »» (French)."""
        communes = ", ".join(f"{n} ({c})" for n, c in zip(self.names, sorted(self.codes)))
        if self.how == tr("nom actuel"):
            return tr("Commune : {c}").format(c=communes)
        detail = f" — {self.source}" if self.source else ""
        return tr("Commune comprise : {c}, {how} « {w} »{d}").format(c=communes, how=self.how, w=self.written, d=detail)


class CommuneResolver:
    """Resolve commune names as people write them against the communes of the basin."""

    def __init__(self, ref, old_names=None):
        self.old_names = old_commune_names(ref) if old_names is None else old_names
        self.index = build_commune_index(ref, self.old_names)
        com = ref.communes.attributes
        self.official = dict(zip(com["insee"].astype(str), com["nom"]))
        self.current_keys = {normalize(n): str(c) for c, n in self.official.items()}
        self.old_by_key = {normalize(o.name): o for olds in self.old_names.values() for o in olds}
        self._keys = sorted(self.index)

    def add_names(self, pairs) -> None:
        """Also understand these (name, insee) pairs: communes named by the official element layers that lie
        outside the basin's commune list (an element on the edge of the Mission's territory)."""
        for name, insee in pairs:
            key = normalize(name)
            if key and insee and key not in self.index:
                self.index[key] = {str(insee)}
                self.official.setdefault(str(insee), name)
                self.current_keys.setdefault(key, str(insee))
        self._keys = sorted(self.index)

    def _match(self, written, codes, how, source="") -> CommuneMatch:
        codes = {str(c) for c in codes}
        names = [self.official.get(c, c) for c in sorted(codes)]
        return CommuneMatch(written, codes, names, how, source)

    def resolve(self, written: str) -> CommuneMatch:
        """The commune(s) a written name designates, and how it was understood; suggestions when none."""
        key = normalize(written)
        if not key:
            return CommuneMatch(written)
        if key in self.current_keys:
            return self._match(written, self.index[key], tr("nom actuel"))
        if key in self.index:
            old = self.old_by_key.get(key)
            return self._match(written, self.index[key], tr("ancien nom"), old.source if old else "")
        close = difflib.get_close_matches(key, self._keys, n=4, cutoff=FUZZY_SUGGEST)
        if close and difflib.SequenceMatcher(None, key, close[0]).ratio() >= FUZZY_ACCEPT:
            runner_up = close[1] if len(close) > 1 else None
            best_codes = self.index[close[0]]
            if (
                runner_up is None
                or self.index[runner_up] == best_codes
                or (
                    difflib.SequenceMatcher(None, key, close[0]).ratio()
                    - difflib.SequenceMatcher(None, key, runner_up).ratio()
                    >= 0.04
                )
            ):
                return self._match(written, best_codes, tr("nom approché"))
        starts = {c for k, v in self.index.items() if k.startswith(key + " ") or k == key for c in v}
        if starts and len(key) >= 4:
            return self._match(written, starts, tr("début du nom"))
        suggestions = []
        for k in close:
            for c in sorted(self.index[k]):
                name = self.official.get(c, c)
                if name not in suggestions:
                    suggestions.append(name)
        return CommuneMatch(written, suggestions=suggestions[:3])


def resolve_epci(ref, written: str) -> str:
    """The official name of the EPCI a user wrote, matched like a commune name (case, accents, dashes and small
    typos: «CA de Lens Lievin» is «CA de Lens - Liévin»); a French error naming the EPCI of the basin closest to it
    when none matches (an empty report would read as «nothing happened»)."""
    from ..errors import InputError

    names = sorted({str(n) for n in ref.communes.attributes["epci_nom"].dropna()})
    by_key = {normalize(n): n for n in names}
    key = normalize(written)
    if key in by_key:
        return by_key[key]
    close = difflib.get_close_matches(key, list(by_key), n=1, cutoff=FUZZY_ACCEPT)
    if close:
        return by_key[close[0]]
    near = difflib.get_close_matches(key, list(by_key), n=3, cutoff=0.4)
    hint = ", ".join(f"« {by_key[k]} »" for k in near) or ", ".join(f"« {n} »" for n in names)
    raise InputError(
        tr("EPCI « {w} » inconnu dans le bassin minier. Vouliez-vous dire : {h} ?").format(w=written, h=hint)
    )

"""The impact-assessment method as data: scales, the ICOMOS matrix, attribute families, works natures.

The method lives in ``resources/impact/matrice_impact.yaml`` (validated by ``schema/matrice_impact.schema.json``): the
value of each attribute, the magnitude of each nature of works by kind of attribute, the significance of each cell of
the matrix with its source, and the priority rank of each significance. The Mission changes it without code; a file
that does not hold together (a cell naming an unknown significance, a scale without its cell…) is refused with
French messages naming the JSON path and line, like the rules catalogue.
"""

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Dict, List, Optional, Tuple

import numpy as np

from ..datafile import DataFileError, Issue, json_path, parse_with_lines, validate_against_schema
from ..i18n import QT_TRANSLATE_NOOP, tr
from ..paths import resources_dir
from ..text import normalize

#: What the method file is called in the messages.
WHAT = QT_TRANSLATE_NOOP("VeillePatrimoniale", "fichier de méthode d'évaluation d'impact")
#: The attribute sources a family may name (see the schema).
ELEMENT_SOURCE = "elements"
ZONE_SOURCE = "zone"
ABORDS_SOURCE = "abords_mh"
LAYER_SOURCES = ("cites_zone_tampon", "terrils_zone_tampon", "parvis_agricoles")
#: What a family may filter on, source by source, and the values the reference data holds (a typo in a field or a
#: value would otherwise select nothing and silently lower every value; see :func:`_coherence_issues`).
INTEREST_CLASSES = ("Exceptionnelle", "Remarquable", "Témoin")
FILTER_VOCABULARY = {
    ELEMENT_SOURCE: {
        "protection_mh": ("classé", "inscrit", "aucune"),
        "interet": INTEREST_CLASSES,
        "categorie": ("bâti", "cité minière", "cavalier", "espace néo-naturel", "terril"),
    },
    "cites_zone_tampon": {"interet": INTEREST_CLASSES},
    "terrils_zone_tampon": {},
    "parvis_agricoles": {
        "qualite_vue": ("Espaces dégageant vues avérées", "coteau dégageant des vues", "Vue potentielle")
    },
    ABORDS_SOURCE: {},
    ZONE_SOURCE: {"zone": ("bien", "zone_tampon", "hors")},
}


class ImpactMethodError(DataFileError):
    """The impact method file is invalid; ``issues`` lists every problem."""

    def __init__(self, path, issues):
        super().__init__(path, issues, tr("Méthode d'évaluation d'impact invalide"))


@dataclass
class WorksNature:
    """One nature of works: how it is recognised and the magnitude it gives each kind of attribute."""

    code: str
    label: str
    expressions: List[str]  # normalised
    excluded: List[str]  # normalised, removed from the text before matching
    natures: List[str]  # normalised project natures that give it
    natures_if_nothing: List[str]
    height_min: Optional[float]
    footprint_min: Optional[float]
    magnitudes: Dict[str, str]  # kind -> magnitude code («autres» for the kinds not named)

    def magnitude_for(self, kind: str) -> str:
        """The magnitude code this nature gives an attribute of ``kind``."""
        return self.magnitudes.get(kind, self.magnitudes.get("autres", "aucune"))


@dataclass
class Family:
    """A family of attributes: where they come from, which of them (filter), their value and why."""

    code: str
    label: str
    source: str
    value: str
    reason: str
    kind: Optional[str]  # None for elements: the kind comes from the element's category
    filters: Dict[str, List[str]] = field(default_factory=dict)
    of_bien: bool = False  # an attribute of the inscribed property: only an effect on it is raised under § 172


@dataclass
class SettingBands:
    """The setting of an element: for these works natures, the magnitude by distance (first band that holds it)."""

    natures: List[str]
    bands: List[Tuple[float, str]]  # (up to metres, magnitude code), increasing distances

    @property
    def reach(self) -> float:
        """The farthest distance these bands look at."""
        return max(d for d, _m in self.bands)


@dataclass
class ImpactMethod:
    """The method in force: scales, matrix, families, natures of works; everything the assessment reads."""

    name: str
    version: str
    source: str
    values: List[str]  # codes, strongest first
    value_labels: Dict[str, str]
    magnitudes: List[str]  # codes, strongest first
    magnitude_labels: Dict[str, str]
    significances: List[dict]  # strongest first: code, libelle, anglais, rang, paragraphe_172
    rank_labels: Dict[int, str]
    cells: Dict[str, Dict[str, dict]]  # value -> magnitude -> {importance, source}
    kinds: Dict[str, str]
    category_kinds: Dict[str, str]
    families: List[Family]
    setting: List[SettingBands]
    works: List[WorksNature]
    by_case_type: Dict[str, str]
    unlocated_rank: int
    unlocated_reason: str
    references: List[dict] = field(default_factory=list)
    #: A view the relief masks (covisibility computed, :mod:`..screening.covisibility`): the magnitude of these
    #: interactions («cadre», «abords») is that many steps smaller, for this reason; 0: the method says nothing of it.
    relief_step: int = 0
    relief_interactions: Tuple[str, ...] = ()
    relief_reason: str = ""

    # ---- numeric encodings used by the vectorised assessment (strength: 0 = weakest)
    def value_strength(self, code: str) -> int:
        """0 for the weakest value («négligeable») up to len-1 for the strongest."""
        return len(self.values) - 1 - self.values.index(code)

    def magnitude_strength(self, code: str) -> int:
        """0 for «aucun changement» up to len-1 for «majeure»."""
        return len(self.magnitudes) - 1 - self.magnitudes.index(code)

    def significance_table(self) -> np.ndarray:
        """(value strength, magnitude strength) -> index in :attr:`significances` (0 = strongest)."""
        order = {s["code"]: k for k, s in enumerate(self.significances)}
        table = np.zeros((len(self.values), len(self.magnitudes)), dtype=np.int16)
        for v in self.values:
            for m in self.magnitudes:
                table[self.value_strength(v), self.magnitude_strength(m)] = order[self.cells[v][m]["importance"]]
        return table

    def works_by_code(self) -> Dict[str, WorksNature]:
        """The natures of works by code."""
        return {w.code: w for w in self.works}

    def to_summary(self) -> dict:
        """Name, version and file of the method (each priority cites them)."""
        return {"nom": self.name, "version": self.version, "fichier": self.source}


def embedded_method_path() -> Path:
    """The method file embedded in the plugin."""
    return resources_dir() / "impact" / "matrice_impact.yaml"


def schema_path() -> Path:
    """The JSON Schema of method files."""
    return resources_dir() / "impact" / "schema" / "matrice_impact.schema.json"


def _coherence_issues(doc: dict, line_of) -> List[Issue]:
    """What the schema cannot say: every code used is defined, every cell of the matrix is there."""
    issues = []

    def issue(parts, message):
        issues.append(Issue(json_path(parts), line_of(parts), message))

    values = [v["code"] for v in doc["valeurs"]]
    magnitudes = [m["code"] for m in doc["ampleurs"]]
    significances = {s["code"] for s in doc["importances"]}
    kinds = set(doc["genres"])
    works = [w["code"] for w in doc["travaux"]]
    ranks = sorted(r["rang"] for r in doc["rangs"])
    if ranks != [1, 2, 3, 4, 5]:
        issue(["rangs"], tr("les rangs doivent être 1, 2, 3, 4 et 5, une fois chacun"))
    for v in values:
        row = doc["matrice_importance"].get(v)
        if row is None:
            issue(["matrice_importance"], tr("valeur « {v} » sans ligne dans la matrice").format(v=v))
            continue
        for m in magnitudes:
            if m not in row:
                issue(
                    ["matrice_importance", v],
                    tr("cellule manquante : valeur « {v} », ampleur « {m} »").format(v=v, m=m),
                )
            elif row[m]["importance"] not in significances:
                issue(
                    ["matrice_importance", v, m, "importance"],
                    tr("importance « {s} » absente de « importances »").format(s=row[m]["importance"]),
                )
    for v in doc["matrice_importance"]:
        if v not in values:
            issue(["matrice_importance", v], tr("valeur « {v} » absente de « valeurs »").format(v=v))
    for k, fam in enumerate(doc["attributs"]):
        known = FILTER_VOCABULARY.get(fam["source"], {})
        for field_name, wanted in (fam.get("filtre") or {}).items():
            parts = ["attributs", k, "filtre", field_name]
            if field_name not in known:
                issue(
                    parts,
                    tr("champ « {f} » inconnu pour la source « {s} » ; champs possibles : {k}").format(
                        f=field_name, s=fam["source"], k=", ".join(known) or tr("aucun")
                    ),
                )
                continue
            keys = {normalize(v): v for v in known[field_name]}
            for value in wanted:
                if normalize(value) not in keys:
                    issue(
                        parts,
                        tr("valeur « {v} » absente des données ; valeurs possibles : {k}").format(
                            v=value, k=", ".join(known[field_name])
                        ),
                    )
        if fam["valeur"] not in values:
            issue(["attributs", k, "valeur"], tr("valeur « {v} » absente de « valeurs »").format(v=fam["valeur"]))
        if fam["source"] != ELEMENT_SOURCE and fam.get("genre") not in kinds:
            issue(["attributs", k], tr("genre manquant ou absent de « genres » (obligatoire hors éléments)"))
    for cat, kind in doc["genres_des_categories"].items():
        if kind not in kinds:
            issue(["genres_des_categories", cat], tr("genre « {g} » absent de « genres »").format(g=kind))
    for k, w in enumerate(doc["travaux"]):
        recognised = any(w.get(key) for key in ("expressions", "natures_projet", "natures_projet_si_rien"))
        if not recognised and not (w.get("hauteur_min_m") or w.get("emprise_min_m2")):
            issue(["travaux", k], tr("nature de travaux que rien ne reconnaît (expressions, natures ou seuils)"))
        for kind, m in w["ampleurs"].items():
            if kind != "autres" and kind not in kinds:
                issue(["travaux", k, "ampleurs", kind], tr("genre « {g} » absent de « genres »").format(g=kind))
            if m not in magnitudes:
                issue(["travaux", k, "ampleurs", kind], tr("ampleur « {m} » absente de « ampleurs »").format(m=m))
    if len(set(works)) != len(works):
        issue(["travaux"], tr("code de nature de travaux en double"))
    for k, block in enumerate(doc.get("cadre") or []):
        for j, code in enumerate(block["natures"]):
            if code not in works:
                issue(["cadre", k, "natures", j], tr("nature « {c} » absente de « travaux »").format(c=code))
        for j, band in enumerate(block["bandes"]):
            if band["ampleur"] not in magnitudes:
                issue(
                    ["cadre", k, "bandes", j], tr("ampleur « {m} » absente de « ampleurs »").format(m=band["ampleur"])
                )
    for case_type, code in doc["par_type_de_dossier"].items():
        if code not in works:
            issue(["par_type_de_dossier", case_type], tr("nature « {c} » absente de « travaux »").format(c=code))
    return issues


def validate_file(path) -> List[Issue]:
    """Every problem of a method file (empty when valid)."""
    path = Path(path)
    try:
        doc, line_of, duplicates = parse_with_lines(path, tr(WHAT))
    except DataFileError as exc:
        return exc.issues
    schema = json.loads(schema_path().read_text(encoding="utf-8"))
    issues = list(duplicates) + validate_against_schema(doc, schema, line_of)
    if not issues:
        issues = _coherence_issues(doc, line_of)
    issues.sort(key=lambda i: (i.line or 0, i.json_path))
    return issues


def _norm_list(values) -> List[str]:
    return [n for n in (normalize(v) for v in values or []) if n]


def _build(doc: dict, source: str) -> ImpactMethod:
    families = [
        Family(
            f["code"],
            f["libelle"],
            f["source"],
            f["valeur"],
            f["raison"],
            f.get("genre"),
            {k: list(v) for k, v in (f.get("filtre") or {}).items()},
            bool(f.get("du_bien", False)),
        )
        for f in doc["attributs"]
    ]
    works = [
        WorksNature(
            w["code"],
            w["libelle"],
            _norm_list(w.get("expressions")),
            _norm_list(w.get("sauf")),
            _norm_list(w.get("natures_projet")),
            _norm_list(w.get("natures_projet_si_rien")),
            w.get("hauteur_min_m"),
            w.get("emprise_min_m2"),
            dict(w["ampleurs"]),
        )
        for w in doc["travaux"]
    ]
    setting = [
        SettingBands(list(b["natures"]), sorted((float(x["jusqu_a_m"]), x["ampleur"]) for x in b["bandes"]))
        for b in doc.get("cadre") or []
    ]
    return ImpactMethod(
        name=doc["matrice"],
        version=str(doc["version"]),
        source=source,
        values=[v["code"] for v in doc["valeurs"]],
        value_labels={v["code"]: v["libelle"] for v in doc["valeurs"]},
        magnitudes=[m["code"] for m in doc["ampleurs"]],
        magnitude_labels={m["code"]: m["libelle"] for m in doc["ampleurs"]},
        significances=[dict(s) for s in doc["importances"]],
        rank_labels={int(r["rang"]): r["libelle"] for r in doc["rangs"]},
        cells=doc["matrice_importance"],
        kinds=dict(doc["genres"]),
        category_kinds=dict(doc["genres_des_categories"]),
        families=families,
        setting=setting,
        works=works,
        by_case_type=dict(doc["par_type_de_dossier"]),
        unlocated_rank=int(doc["non_situe"]["rang"]),
        unlocated_reason=doc["non_situe"]["raison"],
        references=list(doc.get("methode") or []),
        relief_step=int((doc.get("relief_masquant") or {}).get("reduction_ampleur", 0)),
        relief_interactions=tuple((doc.get("relief_masquant") or {}).get("interactions", ())),
        relief_reason=str((doc.get("relief_masquant") or {}).get("raison", "")),
    )


def load_method_file(path) -> ImpactMethod:
    """A method file read and validated; ImpactMethodError listing every problem otherwise."""
    path = Path(path)
    issues = validate_file(path)
    if issues:
        raise ImpactMethodError(path, issues)
    doc, _lines, _dups = parse_with_lines(path, tr(WHAT))
    return _build(doc, str(path))


_CACHE: Dict[tuple, ImpactMethod] = {}


def load_method(explicit=None) -> ImpactMethod:
    """The method in force: an explicit file (``--methode-impact``), else the one embedded in the plugin. Read once
    per file version (path, size, modification time)."""
    path = Path(explicit or embedded_method_path())
    try:
        stat = path.stat()
        key = (str(path.resolve()), stat.st_size, stat.st_mtime_ns)
    except OSError:
        return load_method_file(path)  # says in French that the file is missing
    if key not in _CACHE:
        _CACHE.clear()
        _CACHE[key] = load_method_file(path)
    return _CACHE[key]

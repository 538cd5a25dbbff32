"""Impact assessment (issue 25): the priority of a case, its method file, and the order it gives to lists.

Places are found in the reference layers with shapely (a point on a headframe, in a cité of each interest class, on a
terril, 1.5 km from a terril, in the zone tampon away from everything…); expectations follow from the method file
read with plain YAML (the value of a family, the magnitude of a nature of works, the matrix cell), never from the
assessment's own output.
"""

import shutil

import numpy as np
import pandas as pd
import pytest
import shapely
import yaml

from veille_plugin.core.impact.assessment import describe_priority, priority_columns
from veille_plugin.core.impact.method import (
    ImpactMethodError,
    embedded_method_path,
    load_method,
    load_method_file,
    validate_file,
)
from veille_plugin.core.impact.ordering import sort_by_priority
from veille_plugin.core.rules.case_screening import priorities_for_rows, screen_cases
from veille_plugin.core.rules.catalogue import embedded_catalogue_path, load_catalogue_file

from tests.cli_helpers import as_json, run


@pytest.fixture(scope="module")
def catalogue():
    return load_catalogue_file(embedded_catalogue_path())


@pytest.fixture(scope="module")
def method_yaml():
    return yaml.safe_load(embedded_method_path().read_text(encoding="utf-8"))


def _rank_of(method_yaml, value, magnitude):
    """The rank the method file gives a cell, read with plain YAML."""
    sig = method_yaml["matrice_importance"][value][magnitude]["importance"]
    return next(s["rang"] for s in method_yaml["importances"] if s["code"] == sig)


def _inside(ref, ident):
    el = ref.elements.attributes
    j = int(np.flatnonzero(el["identifiant"].to_numpy() == ident)[0])
    return shapely.point_on_surface(ref.elements.geometries[j])


def _cite(ref, interet):
    """A cité of the Bien of this interest class, not MH, whose inside point touches only that element."""
    el = ref.elements.attributes
    for j in np.flatnonzero(((el["interet"] == interet) & (el["protection_mh"] == "aucune")).to_numpy()):
        p = shapely.point_on_surface(ref.elements.geometries[j])
        if len(ref.elements.tree.query(p, predicate="intersects")) == 1:
            return el["identifiant"].iloc[j], p
    raise AssertionError(interet)


def _screen(ref, catalogue, rows, **kw):
    """rows: (type, works, geometry[, height[, nature[, footprint]]])"""
    rows = [tuple(r) + (None,) * (6 - len(r)) for r in rows]
    return screen_cases(
        [r[2] for r in rows],
        ref,
        catalogue,
        crs="EPSG:2154",
        case_type=[r[0] for r in rows],
        works=[r[1] for r in rows],
        height_m=[r[3] for r in rows],
        nature=[r[4] for r in rows],
        footprint_m2=[r[5] for r in rows],
        **kw,
    )


@pytest.fixture(scope="module")
def buffer_point(ref):
    """A point of the zone tampon farther than 2 km from any element and outside its cités, terrils and views."""
    zt = shapely.union_all(ref.buffer_zone.geometries)
    avoid = [ref.elements.geometries, ref.mh_abords.geometries]
    for name in ("cites_zone_tampon", "terrils_zone_tampon", "parvis_agricoles"):
        avoid.append(ref.layer(name).geometries)
    minx, miny, maxx, maxy = zt.bounds
    rng = np.random.default_rng(7)
    for _ in range(20000):
        p = shapely.Point(rng.uniform(minx, maxx), rng.uniform(miny, maxy))
        if not zt.contains(p) or shapely.intersects(ref.bien_union, shapely.buffer(p, 100)):
            continue
        if any(shapely.intersects(g, p).any() for g in avoid):
            continue
        if shapely.distance(ref.elements.geometries, p).min() > 2100:
            return p
    raise AssertionError("no quiet point in the zone tampon")


# --------------------------------------------------------------------------- the method file


def test_embedded_method_is_valid_and_complete(method_yaml):
    assert validate_file(embedded_method_path()) == []
    m = load_method_file(embedded_method_path())
    # the matrix is ICOMOS 2011 appendix 3C as domain.md gives it, cell by cell
    assert m.cells["tres_elevee"]["majeure"]["importance"] == "tres_grande"
    assert m.cells["elevee"]["moderee"]["importance"] == "moyenne_a_grande"
    assert m.cells["faible"]["majeure"]["importance"] == "faible_a_moyenne"
    assert m.cells["negligeable"]["majeure"]["importance"] == "faible"
    assert all(cell["source"] for row in m.cells.values() for cell in row.values())
    assert sorted(m.rank_labels) == [1, 2, 3, 4, 5]


def _broken(tmp_path, edit):
    doc = yaml.safe_load(embedded_method_path().read_text(encoding="utf-8"))
    edit(doc)
    path = tmp_path / "matrice.yaml"
    path.write_text(yaml.safe_dump(doc, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    "edit, words",
    [
        (lambda d: d["matrice_importance"]["elevee"]["majeure"].update(importance="enorme"), "importance « enorme »"),
        (lambda d: d["matrice_importance"]["moyenne"].pop("mineure"), "cellule manquante"),
        (lambda d: d["travaux"][0]["ampleurs"].update(cite="gigantesque"), "ampleur « gigantesque »"),
        (lambda d: d["attributs"][0].update(valeur="sacree"), "valeur « sacree »"),
        (lambda d: d["par_type_de_dossier"].update(PD="rasage"), "nature « rasage »"),
        (lambda d: d.update(couleur="rouge"), "champ(s) inconnu(s) : couleur"),
        (lambda d: d["rangs"].pop(), "trop court"),
        # a typo in a filter would select nothing and silently lower every monument's value (user trial)
        (lambda d: d["attributs"][0].update(filtre={"protection": ["classé"]}), "champ « protection » inconnu"),
        (lambda d: d["attributs"][1].update(filtre={"interet": ["Exceptionelle"]}), "valeur « Exceptionelle »"),
    ],
)
def test_broken_method_is_refused_in_french(tmp_path, edit, words):
    path = _broken(tmp_path, edit)
    issues = validate_file(path)
    assert issues and any(words in i.message for i in issues), [str(i) for i in issues]
    with pytest.raises(ImpactMethodError) as exc:
        load_method_file(path)
    assert "Méthode d'évaluation d'impact invalide" in str(exc.value) and str(path) in str(exc.value)


def test_malformed_yaml_names_the_line(tmp_path):
    path = tmp_path / "m.yaml"
    path.write_text("matrice: x\nvaleurs: [a, b\n", encoding="utf-8")
    issues = validate_file(path)
    assert issues[0].line == 3 and "YAML mal formé" in issues[0].message


def test_a_changed_method_file_changes_the_priority(ref, catalogue, tmp_path):
    """The Mission changes the method without code: here, joinery made major on a cité."""
    ident, p = _cite(ref, "Remarquable")
    path = _broken(
        tmp_path,
        lambda d: next(w for w in d["travaux"] if w["code"] == "menuiseries")["ampleurs"].update(cite="majeure"),
    )
    cs_default = _screen(ref, catalogue, [("DP", "remplacement des fenêtres", p)])
    cs_changed = _screen(ref, catalogue, [("DP", "remplacement des fenêtres", p)], impact_method=load_method(path))
    assert int(cs_default.impact.rank[0]) == 3 and int(cs_changed.impact.rank[0]) == 1


# --------------------------------------------------------------------------- the done-when of issue 25


def test_demolitions_of_inscribed_elements_rank_first(ref, catalogue, method_yaml):
    rows = [
        ("PD", "Démolition du chevalement", _inside(ref, "43A")),  # Chevalement n°8, inscrit MH
        ("PD", "démolition totale de l'école", _inside(ref, "8AB")),  # École de la Cité du Pinson (not MH)
        ("PD", "Démolition d'une maison de cité", _cite(ref, "Exceptionnelle")[1]),
        ("PD", "Démolition de deux maisons", _cite(ref, "Remarquable")[1]),
        ("PD", "", _cite(ref, "Témoin")[1]),  # a PD says what it is even without a description
    ]
    cs = _screen(ref, catalogue, rows)
    assert cs.impact.rank.tolist() == [1, 1, 1, 1, 1]
    # an element of the Bien is at least «élevée», demolition «majeure» on a building or a cité: rank 1 in the file
    assert _rank_of(method_yaml, "elevee", "majeure") == 1
    assert cs.impact.paragraph_172.all()
    assert describe_priority(cs.impact, 4)["travaux_supposes"] is True


def test_levelling_or_covering_an_inscribed_terril_ranks_first(ref, catalogue):
    terril = _inside(ref, "8D")
    cs = _screen(
        ref,
        catalogue,
        [
            ("PA", "Arasement partiel du terril", terril),
            ("PC", "Centrale photovoltaïque au sol", terril),
            ("DP", "Création d'un sentier de randonnée", terril),
        ],
    )
    assert cs.impact.rank[:2].tolist() == [1, 1]
    assert cs.impact.rank[2] > 1


def test_wind_turbines_near_an_inscribed_terril(ref, catalogue):
    """150 m turbines 1.5 km from a terril of the Bien rank 1; 12 km from every element, they do not."""
    el = ref.elements.attributes
    near, ident = None, None
    for j in np.flatnonzero((el["categorie"] == "terril").to_numpy()):
        ring = shapely.buffer(ref.elements.geometries[j], 1500).exterior
        others = np.arange(len(el)) != j
        for t in np.linspace(0, ring.length, 72, endpoint=False):
            p = ring.interpolate(t)
            if shapely.distance(ref.elements.geometries[others], p).min() > 1700:
                near, ident = p, el["identifiant"].iloc[j]
                break
        if near is not None:
            break
    assert near is not None
    far = shapely.Point(640000, 6990000)
    assert shapely.distance(ref.elements.geometries, far).min() > 12000
    cs = _screen(
        ref,
        catalogue,
        [("PC", "Parc éolien : 3 éoliennes de 150 m", near, 150), ("PC", "Parc éolien", far, 150, "éolienne")],
    )
    assert cs.impact.rank.tolist()[0] == 1
    attrs = describe_priority(cs.impact, 0)["attributs"]
    mine = [a for a in attrs if a["attribut"].startswith(ident + " ")]
    assert mine and mine[0]["interaction"] == "cadre" and mine[0]["rang"] == 1
    assert 1400 <= mine[0]["distance_m"] <= 1600 and mine[0]["ampleur"] == "majeure"
    assert cs.impact.rank[1] >= 4


def test_joinery_ranks_below_insulation_and_a_shed_in_the_zone_tampon_ranks_last(ref, catalogue, buffer_point):
    for interet in ("Exceptionnelle", "Remarquable", "Témoin"):
        _ident, p = _cite(ref, interet)
        cs = _screen(
            ref,
            catalogue,
            [
                ("DP", "Remplacement des menuiseries et des volets", p),
                ("DP", "Isolation thermique par l'extérieur des façades", p),
            ],
        )
        joinery, insulation = cs.impact.rank.tolist()
        assert joinery > insulation, interet
    cs = _screen(ref, catalogue, [("DP", "construction d'un abri de jardin de 9 m²", buffer_point)])
    assert int(cs.impact.rank[0]) == 5
    assert describe_priority(cs.impact, 0)["attributs"][0]["famille"] == "zone tampon"


def test_sitadel_wording_and_declared_footprints(ref, catalogue, buffer_point):
    """Sitadel writes «nouvelle construction» and «annexe : abri de jardin»; a parcel's area is not a building's."""
    _ident, p = _cite(ref, "Remarquable")
    parcel = shapely.box(p.x - 20, p.y - 20, p.x + 20, p.y + 20)  # 1,600 m², in the cité
    cs = _screen(
        ref,
        catalogue,
        [
            ("PC", "nouvelle construction ; 1 logement créé", parcel),
            ("DP", "travaux sur construction existante ; annexe : abri de jardin", p),
            ("PD", "démolition partielle", p),
            ("PC", "nouvelle construction", parcel, None, None, 2500),
        ],
    )
    m = cs.impact.method
    names = [[m.works[j].code for j in np.flatnonzero(cs.impact.works[i])] for i in range(4)]
    assert "construction_neuve" in names[0] and "grand_gabarit" not in names[0]
    assert "petite_annexe" in names[1]
    assert names[2] == ["demolition_partielle"]
    assert "grand_gabarit" in names[3]
    assert cs.impact.rank[2] > 1 and cs.impact.rank[3] == 1


def test_unlocated_cases_get_the_methods_rank(ref, catalogue, method_yaml):
    cs = _screen(ref, catalogue, [("PD", "démolition", None)])
    rec = describe_priority(cs.impact, 0)
    assert rec["rang"] == method_yaml["non_situe"]["rang"] and rec["raisons"] == [method_yaml["non_situe"]["raison"]]


def test_screen_record_and_table_carry_the_priority(ref, catalogue):
    cs = _screen(ref, catalogue, [("PD", "Démolition du chevalement", _inside(ref, "43A"))])
    rec = cs.record(0)
    prio = rec["priorite"]
    assert prio["rang"] == 1 and prio["libelle"].startswith("1")
    assert prio["valeur"] == "très élevée" and prio["ampleur"] == "majeure"
    assert prio["cellule"]["source"].startswith("ICOMOS 2011")
    assert prio["attributs"][0]["attribut"].startswith("43A")
    assert "43A" in prio["raisons"][0] and "très grande" in prio["raisons"][0]
    assert any("paragraphe 172" in r for r in prio["raisons"])
    table = cs.table()
    assert {"priorite_rang", "priorite", "priorite_motif", "priorite_172"} <= set(table.columns)
    assert table["priorite_rang"].iloc[0] == 1 and table["priorite_172"].iloc[0] == "oui"
    # the verdicts keep their own axis: the priority says nothing of what the law allows
    assert rec["severite_globale"] != "bloquant"


def test_batch_gives_each_case_what_it_gets_alone(ref, catalogue):
    """Vectorised over the batch: every case gets the same priority in a batch of 60 as on its own."""
    rng = np.random.default_rng(3)
    xmin, ymin, xmax, ymax = shapely.total_bounds(ref.components.geometries)
    works = ["démolition", "isolation par l'extérieur", "fenêtres", "abri de jardin", "éolienne", "lotissement", ""]
    types = ["PD", "DP", "DP", "DP", "PC", "PA", "PC"]
    rows = []
    for k in range(60):
        j = int(rng.integers(len(works)))
        x, y = rng.uniform(xmin, xmax), rng.uniform(ymin, ymax)
        rows.append((types[j], works[j], shapely.Point(x, y), 120 if works[j] == "éolienne" else None))
    batch = _screen(ref, catalogue, rows)
    cols = priority_columns(batch.impact)
    for i in range(0, 60, 7):
        alone = _screen(ref, catalogue, [rows[i]])
        assert alone.impact.rank[0] == batch.impact.rank[i]
        assert priority_columns(alone.impact)["priorite_motif"].iloc[0] == cols["priorite_motif"].iloc[i]


def test_register_rows_are_assessed_like_a_sweep(ref, catalogue):
    """A case recorded before the priority existed is assessed from its stored fields as a sweep would."""
    p = _inside(ref, "43A")
    cs = _screen(ref, catalogue, [("PD", "Démolition du chevalement", p)])
    rows = pd.DataFrame(
        {
            "numero": ["PD1"],
            "type": ["PD"],
            "travaux": ["Démolition du chevalement"],
            "nature": [None],
            "hauteur": [np.nan],
            "localisation": ["parcelles"],
            "geom_wkb": [shapely.to_wkb(p)],
        },
        index=[7],
    )
    out = priorities_for_rows(rows, ref)
    assert out.index.tolist() == [7]
    assert out["priorite_rang"].iloc[0] == cs.impact.rank[0]
    assert out["priorite_motif"].iloc[0] == priority_columns(cs.impact)["priorite_motif"].iloc[0]


def test_lists_put_the_bien_first_then_the_priority():
    cases = pd.DataFrame(
        {
            "numero": ["A", "B", "C", "D", "E"],
            "zone": ["zone_tampon", "bien", "bien", "hors", "bien"],
            "priorite_rang": [1, 3, 1, 2, None],
            "priorite_importance": ["très grande", "moyenne", "grande à très grande", "moyenne à grande", None],
            "changement": ["inchangé", "nouveau", "inchangé", "nouveau", "nouveau"],
        }
    )
    assert sort_by_priority(cases, bien_first=True)["numero"].tolist() == ["C", "B", "E", "A", "D"]
    assert sort_by_priority(cases)["numero"].tolist() == ["A", "C", "D", "B", "E"]


def test_screen_json_gives_the_priority_contract(ref, cfg):
    p = _inside(ref, "43A")
    out = as_json(
        run(cfg, "screen", "--wkt", p.wkt, "--type", "PD", "--travaux", "démolition du chevalement", "--json")
    )
    prio = out["priorite"]
    assert isinstance(prio["rang"], int) and prio["rang"] == 1
    assert {"rang", "libelle", "valeur", "ampleur", "attributs", "raisons"} <= set(prio)
    assert out["methode_impact"]["version"]


def test_method_file_copy_is_read_once_per_version(tmp_path):
    path = tmp_path / "m.yaml"
    shutil.copy(embedded_method_path(), path)
    assert load_method(path) is load_method(path)


def test_the_fiche_gives_the_matrix_cell_and_its_sentence(ref, catalogue):
    from veille_plugin.core.rules.note import note_html

    cs = _screen(ref, catalogue, [("PD", "Démolition du chevalement", _inside(ref, "43A"))])
    html = note_html(cs, 0, map_mode="none")
    assert "priorité" in html and "1 – très haute" in html
    assert "valeur très élevée × ampleur majeure = importance très grande (ICOMOS 2011, annexe 3C)" in html
    assert "43A « Chevalement n°8 »" in html and "§ 172" in html


def test_what_a_user_trial_found(ref, catalogue):
    """Minor demolitions are not demolitions of the cité, common insulation wordings are read, a «PC modificatif» is
    not a new building, a monument is named before the cité around it, each attribute is listed once."""
    ident, p = _cite(ref, "Exceptionnelle")
    rows = [
        ("DP", "démolition d'une cloison intérieure", p),
        ("DP", "démolition du mur de clôture", p),
        ("PD", "démolition de garages", p),
        ("PD", "démolition d'un abri de jardin", p),
        ("DP", "isolation thermique des façades par l'extérieur", p),
        ("DP", "isolation des murs par l'extérieur", p),
        ("DP", "enduit intérieur", p),
        ("PC", "PC modificatif", p),
        ("PD", "démolition d'une maison", p),
    ]
    cs = _screen(ref, catalogue, rows)
    ranks = cs.impact.rank.tolist()
    assert min(ranks[:4]) >= 2 and not cs.impact.paragraph_172[:4].any(), ranks
    assert ranks[4] == ranks[5] == 1 and ranks[6] > 1 and ranks[7] > 1 and ranks[8] == 1, ranks
    m = cs.impact.method
    assert [m.works[j].code for j in np.flatnonzero(cs.impact.works[7])] == ["travaux_non_precises"]
    # the MH school inside its cité: its demolition names the school (element_mh is listed before the cités)
    el = ref.elements.attributes
    school = int(np.flatnonzero((el["identifiant"] == "63Y").to_numpy())[0])
    q = shapely.point_on_surface(ref.elements.geometries[school])
    touched = set(el["identifiant"].iloc[ref.elements.tree.query(q, predicate="intersects")])
    assert {"63Y", "63V"} <= touched
    cs = _screen(ref, catalogue, [("PD", "démolition de l'école", q)])
    rec = describe_priority(cs.impact, 0)
    assert rec["attributs"][0]["attribut"].startswith("63Y") and "63Y" in rec["interaction"]
    names = [x["attribut"] for x in rec["attributs"]]
    assert len(names) == len(set(names))
    big = shapely.box(685000, 7037000, 688000, 7040000)
    rec = describe_priority(_screen(ref, catalogue, [("PA", "lotissement", big)]).impact, 0)
    assert len(rec["attributs"]) == 6 and rec["autres_attributs"] > 0

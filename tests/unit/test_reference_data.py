"""The embedded reference data: what the official layers give, and what is derived from them."""

import json

import numpy as np
import shapely

from veille_plugin.core.reference.build import read_metadata
from veille_plugin.core.reference.stats import reference_stats


def test_counts_match_the_official_inventory(ref):
    assert len(ref.components) == 109
    el = ref.elements.attributes
    assert len(el) == 353
    assert el["identifiant"].is_unique
    assert el["categorie"].value_counts().to_dict() == {
        "bâti": 159,
        "cité minière": 124,
        "terril": 51,
        "cavalier": 14,
        "espace néo-naturel": 5,
    }
    assert sorted(ref.components.attributes["no_composante"]) == list(range(1, 110))
    # every element belongs to an existing component
    assert set(el["composante"]) <= set(ref.components.attributes["no_composante"])


def test_erbm_cites_are_kept_and_flagged_as_not_elements(ref):
    erbm = ref.erbm.attributes
    assert len(erbm) == 35
    assert erbm["identifiant"].str.startswith("ERBM-").all()
    assert not set(erbm["identifiant"]) & set(ref.elements.attributes["identifiant"])


def test_layers_are_in_lambert93_and_valid(ref):
    for layer in (ref.components, ref.buffer_zone, ref.elements, ref.mh_abords, ref.communes):
        b = shapely.total_bounds(layer.geometries)
        assert 550_000 < b[0] < b[2] < 800_000 and 6_950_000 < b[1] < b[3] < 7_120_000
        assert shapely.is_valid(layer.geometries).all()


def test_mh_abords_are_500m_buffers_of_protected_elements(ref):
    el = ref.elements.attributes
    protected = el[el["protection_mh"].isin(["inscrit", "classé"])]
    ab = ref.mh_abords
    assert sorted(ab.attributes["identifiant"]) == sorted(protected["identifiant"])
    geom_by_id = dict(zip(el["identifiant"], ref.elements.geometries))
    for ident, abord in zip(ab.attributes["identifiant"], ab.geometries):
        element = geom_by_id[ident]
        assert abord.contains(element)
        # the abord's boundary lies 500 m from the element (buffer segments: within 1 m)
        boundary_points = shapely.points(shapely.get_coordinates(shapely.boundary(abord))[::7])
        d = shapely.distance(boundary_points, element)
        assert np.all(np.abs(d - 500.0) < 1.5)


def test_element_communes_have_insee_codes(ref):
    el = ref.elements.attributes
    assert el["insee"].notna().all(), el[el["insee"].isna()][["identifiant", "communes_source"]]
    # free-text spellings are matched to the official name: «HAISNES-les-LA BASSEE» → Haisnes (62401)
    row = el[el["communes_source"].fillna("").str.contains("HAISNES-les-LA BASSEE")].iloc[0]
    assert "62401" in row["insee"]
    # an old commune name is matched through the COG list of communes déléguées
    row = el[el["communes_source"].fillna("").str.contains("Enquin-Les-Mines")].iloc[0]
    assert row["insee"] == "62295" and row["communes"] == "Enquin-lez-Guinegatte"


def test_metadata_carries_version_attribution_and_licence(ref):
    meta = read_metadata(ref.path)
    assert "Licence Ouverte" in meta["licence"]
    assert "Mission Bassin Minier" in meta["attribution"] and "Géo2France" in meta["attribution"]
    assert meta["nb_elements"] == "353"
    assert json.loads(meta["fichiers_source"])["bien"] == "bien-inscrit.geojson"
    assert ref.version


def test_stats_from_the_data(ref):
    s = reference_stats(ref)
    assert s["composantes"] == 109 and s["elements"] == 353
    assert s["elements_par_categorie"]["cité minière"] == 124
    # areas measured on the simplified official layers (official: 3,943 ha and 18,804 ha incl. the Bien)
    assert 3900 < s["surface_bien_ha"] < 4000
    assert 18_500 < s["surface_bien_et_zone_tampon_ha"] < 19_200
    assert s["communes_touchees_par_le_bien"] >= 85

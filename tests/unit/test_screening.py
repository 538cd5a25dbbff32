"""Screening engine (veille_plugin.core.screening.engine), checked against the reference layers and shapely.

Every expected value is computed here from the reference geometries with shapely
(intersects / distance / dwithin) or from the layers' attributes, never copied from
the engine's own output.
"""

import json
import re

import numpy as np
import pandas as pd
import pytest
import shapely
import shapely.affinity
from pyproj import Transformer

from veille_plugin.core.errors import CrsError
from veille_plugin.core.screening import engine as sc

ABORDS_M = 500.0  # legal radius of the abords of a monument historique

FRENCH_WORDS = re.compile(
    r"(géométrie|coordonnées|élément|entité|système|inconnu|introuvable|absente|vide|invalide|corrigée|"
    r"hors|analysé|degrés|vérifiez|indiquez|situé|zone tampon|bien inscrit)",
    re.IGNORECASE,
)
ENGLISH_WORDS = re.compile(r"\b(the|is|are|not|invalid|missing|error|outside|unknown|could)\b", re.IGNORECASE)


def assert_french(text: str):
    assert text and FRENCH_WORDS.search(text), f"message non français ou vide : {text!r}"


# --------------------------------------------------------------------------- helpers (independent of the engine)


@pytest.fixture(scope="module")
def layers(ref):
    el = ref.elements
    attrs = el.attributes.reset_index(drop=True)
    comps = ref.components
    mh_mask = attrs["protection_mh"].isin(["inscrit", "classé"]).to_numpy()
    return {
        "el_geoms": el.geometries,
        "el_attrs": attrs,
        "el_ids": attrs["identifiant"].to_numpy(dtype=object),
        "comp_geoms": comps.geometries,
        "comp_nos": comps.attributes["no_composante"].astype(int).to_numpy(),
        "zt_geoms": ref.buffer_zone.geometries,
        "bien": shapely.union_all(comps.geometries),
        "zt": shapely.union_all(ref.buffer_zone.geometries),
        "mh_geoms": el.geometries[mh_mask],
        "mh_ids": attrs["identifiant"].to_numpy(dtype=object)[mh_mask],
    }


def expected_zone(geom, layers) -> str:
    if shapely.intersects(geom, layers["bien"]):
        return "bien"
    if shapely.intersects(geom, layers["zt"]):
        return "zone_tampon"
    return "hors"


@pytest.fixture(scope="module")
def random_points(layers):
    """A few hundred points in the basin: around real elements (within ~900 m) and spread over the Bien's extent."""
    rng = np.random.default_rng(20261121)
    g = layers["el_geoms"]
    idx = rng.integers(0, len(g), 300)
    base = shapely.get_coordinates(shapely.point_on_surface(g[idx]))
    near = base + rng.uniform(-900, 900, base.shape)
    xmin, ymin, xmax, ymax = shapely.total_bounds(layers["comp_geoms"])
    spread = np.column_stack([rng.uniform(xmin, xmax, 80), rng.uniform(ymin, ymax, 80)])
    return shapely.points(np.vstack([near, spread]))


@pytest.fixture(scope="module")
def random_result(ref, random_points):
    return sc.screen(random_points, ref)


def pair_set(pairs) -> set:
    return set(zip(pairs[0].tolist(), pairs[1].tolist()))


def ids(records) -> list:
    return [r["id"] for r in records]


# --------------------------------------------------------------------------- zones


def _elements_with_point_in_own_component(layers):
    """For each category, the first element whose point_on_surface lies inside its own component."""
    attrs, geoms = layers["el_attrs"], layers["el_geoms"]
    comp_by_no = dict(zip(layers["comp_nos"], layers["comp_geoms"]))
    chosen = {}
    pts = shapely.point_on_surface(geoms)
    for i, row in attrs.iterrows():
        cat = row["categorie"]
        if cat in chosen:
            continue
        comp_geom = comp_by_no[int(row["composante"])]
        if shapely.contains(comp_geom, pts[i]) and shapely.contains(geoms[i], pts[i]):
            chosen[cat] = i
    return chosen


def test_point_inside_an_element_is_in_the_bien_with_its_element_and_component(ref, layers):
    chosen = _elements_with_point_in_own_component(layers)
    assert set(chosen) == set(layers["el_attrs"]["categorie"]), "une catégorie sans élément testable"
    idx = list(chosen.values())
    pts = shapely.point_on_surface(layers["el_geoms"][idx])
    result = sc.screen(pts, ref)
    for k, i in enumerate(idx):
        row = layers["el_attrs"].iloc[i]
        rec = sc.describe(result, ref, k)
        assert rec["zone"] == "bien"
        assert row["identifiant"] in ids(rec["elements_intersectes"])
        # exactly the elements shapely says the point touches
        touched = set(layers["el_ids"][shapely.intersects(pts[k], layers["el_geoms"])])
        assert set(ids(rec["elements_intersectes"])) == touched
        assert int(row["composante"]) in [c["no"] for c in rec["composantes"]]
        inside = set(layers["comp_nos"][shapely.intersects(pts[k], layers["comp_geoms"])].tolist())
        assert {c["no"] for c in rec["composantes"]} == inside
        assert rec["element_le_plus_proche"]["distance_m"] == 0
        assert rec["element_le_plus_proche"]["id"] in touched


def test_point_in_the_buffer_zone_is_zone_tampon(ref, layers):
    pts = shapely.point_on_surface(layers["zt_geoms"])
    # the test points must really be outside every component of the Bien
    assert not shapely.intersects(pts, layers["bien"]).any()
    assert shapely.intersects(pts, layers["zt"]).all()
    result = sc.screen(pts, ref)
    assert list(result.zone) == ["zone_tampon"] * len(pts)
    for k in range(len(pts)):
        rec = sc.describe(result, ref, k)
        assert rec["composantes"] == [] and rec["elements_intersectes"] == []
        assert "zone tampon" in rec["explication"]


@pytest.mark.parametrize(
    "x, y",
    [
        (652_000, 6_862_000),  # Paris
        (420_000, 6_420_000),  # near Bordeaux
        (780_000, 6_980_000),  # far south-east of the basin (Cambrésis/Aisne)
    ],
)
def test_point_far_away_is_hors(ref, layers, x, y):
    p = shapely.Point(x, y)
    result = sc.screen([p], ref)
    rec = sc.describe(result, ref, 0)
    assert rec["zone"] == "hors"
    assert rec["composantes"] == [] and rec["elements_intersectes"] == [] and rec["abords_mh"] == []
    assert rec["elements_proches"] == []
    d = shapely.distance(p, layers["el_geoms"])
    assert rec["element_le_plus_proche"]["id"] == layers["el_ids"][np.argmin(d)]
    assert rec["element_le_plus_proche"]["distance_m"] == pytest.approx(d.min(), abs=0.06)


def test_zones_of_random_points_follow_the_layers(random_points, random_result, layers):
    expected = [expected_zone(p, layers) for p in random_points]
    assert list(random_result.zone) == expected
    # the sample must exercise all three zones
    assert {"bien", "zone_tampon", "hors"} <= set(expected)


def test_intersections_of_random_points_equal_shapely(random_points, random_result, layers):
    p = random_points[:, None]
    exp_el = set(zip(*np.nonzero(shapely.intersects(p, layers["el_geoms"][None, :]))))
    exp_comp = set(zip(*np.nonzero(shapely.intersects(p, layers["comp_geoms"][None, :]))))
    assert pair_set(random_result.element_pairs) == {(int(a), int(b)) for a, b in exp_el}
    assert pair_set(random_result.component_pairs) == {(int(a), int(b)) for a, b in exp_comp}


# --------------------------------------------------------------------------- distances


def test_elements_within_distance_are_exactly_those_shapely_dwithin_says(random_points, random_result, layers):
    exp = np.nonzero(shapely.dwithin(random_points[:, None], layers["el_geoms"][None, :], sc.DEFAULT_DISTANCE_M))
    expected = {(int(a), int(b)) for a, b in zip(*exp)}
    assert len(expected) > 100  # the sample is really close to elements
    assert pair_set(random_result.near_pairs) == expected


def test_within_distance_for_a_mixed_batch_of_points_lines_and_polygons(ref, random_points, layers):
    pts = random_points[:120]
    xy = shapely.get_coordinates(pts)
    squares = shapely.box(xy[:40, 0] - 60, xy[:40, 1] - 60, xy[:40, 0] + 60, xy[:40, 1] + 60)
    lines = shapely.linestrings(np.stack([xy[40:80], xy[40:80] + [300.0, -200.0]], axis=1))
    batch = np.concatenate([squares, lines, pts[80:]])
    result = sc.screen(batch, ref)
    exp = np.nonzero(shapely.dwithin(batch[:, None], layers["el_geoms"][None, :], sc.DEFAULT_DISTANCE_M))
    assert pair_set(result.near_pairs) == {(int(a), int(b)) for a, b in zip(*exp)}
    np.testing.assert_allclose(
        result.near_distances,
        shapely.distance(batch[result.near_pairs[0]], layers["el_geoms"][result.near_pairs[1]]),
        atol=1e-6,
    )
    assert list(result.zone) == [expected_zone(g, layers) for g in batch]


def test_distances_of_nearby_elements_equal_shapely_distance(ref, random_points, random_result, layers):
    near = random_result.near_pairs
    direct = shapely.distance(random_points[near[0]], layers["el_geoms"][near[1]])
    np.testing.assert_allclose(random_result.near_distances, direct, atol=1e-6)
    # and the described (rounded) figures too, element by element
    for i in range(0, len(random_points), 7):
        rec = sc.describe(random_result, ref, i)
        for e in rec["elements_proches"]:
            j = int(np.flatnonzero(layers["el_ids"] == e["id"])[0])
            assert e["distance_m"] == pytest.approx(
                shapely.distance(random_points[i], layers["el_geoms"][j]), abs=0.051
            )
        dists = [e["distance_m"] for e in rec["elements_proches"]]
        assert dists == sorted(dists)


def test_larger_search_distance_gives_a_superset(ref, random_points):
    small = sc.screen(random_points, ref, distance=200)
    large = sc.screen(random_points, ref, distance=1000)
    exp_small = np.nonzero(shapely.dwithin(random_points[:, None], ref.elements.geometries[None, :], 200))
    assert pair_set(small.near_pairs) == {(int(a), int(b)) for a, b in zip(*exp_small)}
    assert pair_set(small.near_pairs) < pair_set(large.near_pairs)


def test_nearest_element_is_truly_the_nearest(random_points, random_result, layers):
    d = shapely.distance(random_points[:, None], layers["el_geoms"][None, :])
    best = d.min(axis=1)
    assert (random_result.nearest_index >= 0).all()
    np.testing.assert_allclose(random_result.nearest_distance, best, atol=1e-6)
    # the element returned is at that distance (ties allowed)
    chosen = d[np.arange(len(best)), random_result.nearest_index]
    np.testing.assert_allclose(chosen, best, atol=1e-6)


@pytest.mark.parametrize("max_d", [300.0, 1000.0, 5000.0])
def test_nearest_with_a_maximum_distance(ref, random_points, layers, max_d):
    pts = np.concatenate([random_points, [shapely.Point(652_000, 6_862_000)]])  # + Paris, far from everything
    best = shapely.distance(pts[:, None], layers["el_geoms"][None, :]).min(axis=1)
    result = sc.screen(pts, ref, nearest_max_distance=max_d)
    found = result.nearest_index >= 0
    assert list(found) == list(best <= max_d)
    np.testing.assert_allclose(result.nearest_distance[found], best[found], atol=1e-6)
    assert np.isnan(result.nearest_distance[~found]).all()
    assert not found[-1]


def test_negative_distance_is_refused_in_french(ref):
    from veille_plugin.core.errors import InputError

    with pytest.raises(InputError) as err:
        sc.screen([shapely.Point(690000, 7040000)], ref, distance=-5)
    assert_french(str(err.value))


# --------------------------------------------------------------------------- abords MH


def _point_at(geom, dist):
    """A vertex of the outline of ``geom`` buffered by ``dist`` (so about ``dist`` metres away)."""
    buf = shapely.buffer(geom, dist, quad_segs=64)
    poly = max(shapely.get_parts(buf), key=shapely.area)
    return shapely.Point(poly.exterior.coords[0])


def test_mh_abords_300m_in_700m_out(ref, layers):
    # several protected elements, classés and inscrits
    attrs = layers["el_attrs"]
    picks = list(attrs.index[attrs["protection_mh"] == "classé"][:3]) + list(
        attrs.index[attrs["protection_mh"] == "inscrit"][:3]
    )
    assert len(picks) == 6
    geoms = layers["el_geoms"]
    p300 = [_point_at(geoms[i], 300) for i in picks]
    p700 = [_point_at(geoms[i], 700) for i in picks]
    for i, a, b in zip(picks, p300, p700):
        assert 299 < shapely.distance(a, geoms[i]) < 301
        assert 699 < shapely.distance(b, geoms[i]) < 701
    result = sc.screen(p300 + p700, ref)
    n = len(picks)
    for k, i in enumerate(picks):
        ident = attrs["identifiant"].iloc[i]
        near = sc.describe(result, ref, k)
        far = sc.describe(result, ref, n + k)
        assert ident in ids(near["abords_mh"]), f"{ident} : point à 300 m hors des abords"
        assert ident not in ids(far["abords_mh"]), f"{ident} : point à 700 m dans les abords"
        assert "abords" in near["explication"] and "ABF" in near["explication"]


def test_abords_of_random_points_are_the_protected_elements_within_500m(ref, random_points, random_result, layers):
    d = shapely.distance(random_points[:, None], layers["mh_geoms"][None, :])
    ab_ids = ref.mh_abords.attributes["identifiant"].to_numpy(dtype=object)
    got = {(i, ab_ids[j]) for i, j in pair_set(random_result.abords_pairs)}
    clear = np.abs(d - ABORDS_M) > 2.0  # buffers are polygons: ignore points within 2 m of the 500 m line
    expected_in = {(int(i), layers["mh_ids"][j]) for i, j in zip(*np.nonzero((d <= ABORDS_M) & clear))}
    expected_out = {(int(i), layers["mh_ids"][j]) for i, j in zip(*np.nonzero((d > ABORDS_M) & clear))}
    assert expected_in, "l'échantillon doit toucher des abords"
    assert expected_in <= got
    assert not (expected_out & got)


# --------------------------------------------------------------------------- CRS


def test_same_points_in_wgs84_give_the_same_result(ref, random_points):
    to_wgs = Transformer.from_crs("EPSG:2154", "EPSG:4326", always_xy=True)
    xy = shapely.get_coordinates(random_points)
    lon, lat = to_wgs.transform(xy[:, 0], xy[:, 1])
    assert 1.5 < lon.min() and lon.max() < 4.5 and 49.5 < lat.min() and lat.max() < 51.5
    wgs = shapely.points(np.column_stack([lon, lat]))
    a = sc.screen(random_points, ref, crs="EPSG:2154")
    b = sc.screen(wgs, ref, crs="EPSG:4326")
    assert list(a.zone) == list(b.zone)
    assert pair_set(a.element_pairs) == pair_set(b.element_pairs)
    assert pair_set(a.component_pairs) == pair_set(b.component_pairs)
    assert pair_set(a.abords_pairs) == pair_set(b.abords_pairs)
    assert pair_set(a.near_pairs) == pair_set(b.near_pairs)
    np.testing.assert_allclose(a.nearest_distance, b.nearest_distance, atol=0.01)
    assert not b.messages
    # described records agree too (distances to the decimetre)
    for k in range(0, len(random_points), 25):
        ra, rb = sc.describe(a, ref, k), sc.describe(b, ref, k)
        assert ra["zone"] == rb["zone"] and ids(ra["elements_intersectes"]) == ids(rb["elements_intersectes"])
        assert ids(ra["abords_mh"]) == ids(rb["abords_mh"])
        assert (ra["element_le_plus_proche"] or {}).get("id") == (rb["element_le_plus_proche"] or {}).get("id")


@pytest.mark.parametrize(
    "crs",
    [
        4326,  # an integer EPSG code
        "EPSG:3857",  # web maps
        "EPSG:27572",  # Lambert II étendu, still in old local files
        "EPSG:3950",  # CC50, the conic zone of the Nord-Pas-de-Calais
        "EPSG:32631",  # UTM 31N
    ],
)
def test_same_points_in_other_french_crs_give_the_same_result(ref, random_points, crs):
    target = f"EPSG:{crs}" if isinstance(crs, int) else crs
    fwd = Transformer.from_crs("EPSG:2154", target, always_xy=True)
    xy = shapely.get_coordinates(random_points)
    u, v = fwd.transform(xy[:, 0], xy[:, 1])
    moved = shapely.points(np.column_stack([u, v]))
    a = sc.screen(random_points, ref)
    b = sc.screen(moved, ref, crs=crs)
    assert not b.messages
    assert list(a.zone) == list(b.zone)
    assert pair_set(a.element_pairs) == pair_set(b.element_pairs)
    assert pair_set(a.near_pairs) == pair_set(b.near_pairs)
    np.testing.assert_allclose(a.nearest_distance, b.nearest_distance, atol=0.01)


def test_swapped_lat_lon_is_reported_not_screened(ref):
    # «POINT(50.43 2.83)»: latitude first, a classic mistake
    result = sc.screen([shapely.Point(50.43, 2.83)], ref, crs="EPSG:4326", labels=["Signalement 12"])
    assert result.zone[0] == "erreur"
    msg = " ".join(m.text for m in result.messages)
    assert "Signalement 12" in msg
    assert_french(msg)


def test_unknown_crs_raises_crs_error_in_french(ref):
    with pytest.raises(CrsError) as err:
        sc.screen([shapely.Point(690000, 7040000)], ref, crs="EPSG:99999")
    msg = str(err.value)
    assert "EPSG:99999" in msg
    assert_french(msg)


# --------------------------------------------------------------------------- geometry types


def _element(layers, predicate):
    attrs = layers["el_attrs"]
    i = int(attrs.index[predicate(attrs)][0])
    return i, layers["el_geoms"][i]


def test_lines_polygons_and_multipart_geometries(ref, layers):
    attrs = layers["el_attrs"]
    geoms = layers["el_geoms"]
    # two elements of two different, distant components
    i1, g1 = _element(layers, lambda a: a["categorie"] == "terril")
    i2 = int(np.argmax(shapely.distance(g1, geoms)))
    g2 = geoms[i2]
    c1, c2 = int(attrs["composante"].iloc[i1]), int(attrs["composante"].iloc[i2])
    assert c1 != c2
    p1, p2 = shapely.point_on_surface(g1), shapely.point_on_surface(g2)

    far = shapely.Point(p1.x + 20_000, p1.y + 20_000)
    line = shapely.LineString([far, p1])  # from far away into element 1
    square = shapely.box(p1.x - 5, p1.y - 5, p1.x + 5, p1.y + 5)
    multipoint = shapely.MultiPoint([p1, p2])
    multipoly = shapely.MultiPolygon(
        [shapely.box(p1.x - 5, p1.y - 5, p1.x + 5, p1.y + 5), shapely.box(p2.x - 5, p2.y - 5, p2.x + 5, p2.y + 5)]
    )
    # a line passing near element 1 without touching it
    outside = _point_at(g1, 120)
    tangent = shapely.LineString([(outside.x - 30, outside.y + 30), (outside.x + 30, outside.y - 30)])
    while shapely.intersects(tangent, g1):  # keep it clear of the element
        tangent = shapely.affinity.translate(tangent, (outside.x - p1.x) * 0.1, (outside.y - p1.y) * 0.1)

    inputs = [line, square, multipoint, multipoly, tangent]
    result = sc.screen(inputs, ref)
    recs = [sc.describe(result, ref, k) for k in range(len(inputs))]
    id1, id2 = layers["el_ids"][i1], layers["el_ids"][i2]
    for rec in recs[:4]:
        assert rec["zone"] == "bien"
        assert id1 in ids(rec["elements_intersectes"])
    for rec in recs[2:4]:  # multi-part: both parts are screened
        assert id2 in ids(rec["elements_intersectes"])
        assert {c1, c2} <= {c["no"] for c in rec["composantes"]}
    # every input: intersected elements exactly as shapely says
    for g, rec in zip(inputs, recs):
        assert set(ids(rec["elements_intersectes"])) == set(layers["el_ids"][shapely.intersects(g, geoms)])
        assert rec["zone"] == expected_zone(g, layers)
    tan = recs[4]
    assert id1 not in ids(tan["elements_intersectes"])
    near = {e["id"]: e["distance_m"] for e in tan["elements_proches"]}
    assert near[id1] == pytest.approx(shapely.distance(tangent, g1), abs=0.051)


# --------------------------------------------------------------------------- batches with bad items


def test_batch_with_bad_items_screens_the_good_ones(ref, layers):
    i_el, g_el = _element(layers, lambda a: a["categorie"] == "cité minière")
    p_el = shapely.point_on_surface(g_el)
    p_zt = shapely.point_on_surface(layers["zt_geoms"][0])
    x, y = p_el.x, p_el.y
    bowtie = shapely.Polygon([(x - 3, y - 3), (x + 3, y + 3), (x + 3, y - 3), (x - 3, y + 3), (x - 3, y - 3)])
    assert not bowtie.is_valid
    lonlat = shapely.Point(2.83, 50.43)  # Lens in degrees, announced as Lambert-93
    abroad = shapely.Point(3_000_000, 3_000_000)
    items = [p_el, None, shapely.Point(), bowtie, lonlat, abroad, p_zt, np.nan]
    labels = [
        "Permis PC-001",
        "Permis PC-002",
        "Permis PC-003",
        "Permis PC-004",
        "Permis PC-005",
        "Permis PC-006",
        "Permis PC-007",
        "Permis PC-008",
    ]
    result = sc.screen(items, ref, crs="EPSG:2154", labels=labels)
    assert result.n == len(items)

    # the good ones
    rec0 = sc.describe(result, ref, 0, label=labels[0])
    assert rec0["zone"] == "bien" and layers["el_ids"][i_el] in ids(rec0["elements_intersectes"])
    assert not rec0["messages"]
    rec6 = sc.describe(result, ref, 6, label=labels[6])
    assert rec6["zone"] == "zone_tampon" and not rec6["messages"]

    # the bad ones: zone «erreur» (or, for a fixable geometry, a warning) with a French message naming the item
    for k in (1, 2, 3, 4, 5, 7):
        rec = sc.describe(result, ref, k, label=labels[k])
        msgs = [m["message"] for m in rec["messages"]]
        assert msgs, f"{labels[k]} : aucun message"
        assert any(labels[k] in m for m in msgs), msgs
        for m in msgs:
            assert_french(m)
        if rec["zone"] != "erreur":
            assert any(m["niveau"] == "avertissement" for m in rec["messages"])
        else:
            assert rec["explication"]
            assert_french(rec["explication"])
    for k in (1, 2, 4, 5, 7):
        assert result.zone[k] == "erreur", labels[k]
    # the bow-tie lies inside the element: once fixed it is screened, not dropped
    assert result.zone[3] == "bien"
    assert layers["el_ids"][i_el] in ids(sc.describe(result, ref, 3)["elements_intersectes"])
    # the lon/lat message tells the user what to do
    lonlat_msg = " ".join(m["message"] for m in sc.describe(result, ref, 4)["messages"])
    assert "4326" in lonlat_msg

    df = sc.to_dataframe(result, ref)
    assert len(df) == len(items)
    assert list(df["zone"]) == list(result.zone)
    for k in (1, 2, 4, 5, 7):
        assert labels[k] in df["messages"].iloc[k]


def test_wgs84_batch_with_projected_coordinates_is_flagged(ref):
    # Lambert-93 metres announced as WGS84 degrees: cannot be reprojected into France
    result = sc.screen(
        [shapely.Point(690000, 7040000), shapely.Point(2.83, 50.43)],
        ref,
        crs="EPSG:4326",
        labels=["Dossier Alpha", "Dossier Beta"],
    )
    assert result.zone[0] == "erreur"
    assert result.zone[1] in ("bien", "zone_tampon", "hors")
    assert not [m for m in result.messages if m.index == 1]
    msgs = [m.text for m in result.messages if m.index == 0]
    assert msgs and all("Dossier Alpha" in m for m in msgs)
    assert_french(msgs[0])


def test_all_bad_and_empty_batches(ref):
    result = sc.screen([None, shapely.Point()], ref)
    assert list(result.zone) == ["erreur", "erreur"]
    assert len(sc.to_dataframe(result, ref)) == 2
    empty = sc.screen([], ref)
    assert empty.n == 0
    assert len(sc.to_dataframe(empty, ref)) == 0


# --------------------------------------------------------------------------- reporting


def test_describe_is_deterministic_and_explained_in_french(ref, random_points):
    sample = random_points[:60]
    a = sc.screen(sample, ref)
    # the same geometries in another order, screened separately
    perm = np.random.default_rng(3).permutation(len(sample))
    b = sc.screen(sample[perm], ref)
    for k in range(len(sample)):
        first = sc.describe(a, ref, k)
        again = sc.describe(a, ref, k)
        assert json.dumps(first, ensure_ascii=False, sort_keys=True) == json.dumps(
            again, ensure_ascii=False, sort_keys=True
        )
        other = sc.describe(b, ref, int(np.flatnonzero(perm == k)[0]))
        first.pop("entite"), other.pop("entite")
        assert json.dumps(first, ensure_ascii=False) == json.dumps(other, ensure_ascii=False)
        text = first["explication"]
        assert text.startswith("Situé ")
        assert_french(text)
        assert not ENGLISH_WORDS.search(text), text
        for e in first["elements_intersectes"]:
            assert e["id"] in text
    # zone labels are French
    labels = sc.zone_labels()
    assert labels["bien"] == "Dans le Bien inscrit" and "zone tampon" in labels["zone_tampon"]


def test_explanation_names_the_element_touched(ref, layers):
    i, g = _element(layers, lambda a: a["categorie"] == "bâti")
    rec = sc.describe(sc.screen([shapely.point_on_surface(g)], ref), ref, 0)
    row = layers["el_attrs"].iloc[i]
    assert row["identifiant"] in rec["explication"] and row["nom"] in rec["explication"]
    assert "Bien inscrit" in rec["explication"]


def test_to_dataframe_has_one_row_per_input(ref, random_points, random_result, layers):
    df = sc.to_dataframe(random_result, ref)
    assert isinstance(df, pd.DataFrame)
    assert len(df) == len(random_points)
    assert list(df.index) == list(range(len(random_points)))
    assert list(df["zone"]) == list(random_result.zone)
    touched = shapely.intersects(random_points[:, None], layers["el_geoms"][None, :])
    for i in range(len(random_points)):
        cell = df["elements"].iloc[i]
        got = set(cell.split(";")) if cell else set()
        assert got == set(layers["el_ids"][touched[i]])
    d = shapely.distance(random_points[:, None], layers["el_geoms"][None, :]).min(axis=1)
    np.testing.assert_allclose(df["distance_element_m"].to_numpy(dtype=float), d, atol=0.051)


@pytest.mark.parametrize(
    "bad", [(np.nan, np.nan), (np.inf, 7_040_000.0), (690_000.0, np.nan)], ids=["nan-nan", "inf-x", "nan-y"]
)
def test_non_finite_coordinates_are_an_item_error_not_a_crash(ref, layers, bad):
    good = shapely.point_on_surface(layers["el_geoms"][0])
    result = sc.screen([good, shapely.Point(*bad)], ref, labels=["Bon point", "Point cassé"])
    assert result.zone[0] == "bien"
    assert result.zone[1] == "erreur"
    msgs = [m.text for m in result.messages if m.index == 1]
    assert msgs and "Point cassé" in msgs[0]
    assert_french(msgs[0])


def test_labels_from_a_filtered_dataframe_column(ref, layers):
    good = shapely.point_on_surface(layers["el_geoms"][0])
    df = pd.DataFrame({"geom": [good, None], "nom": ["Parcelle 12", "Parcelle 40"]}, index=[12, 40])
    result = sc.screen(df["geom"], ref, labels=df["nom"])
    assert list(result.zone) == ["bien", "erreur"]
    assert "Parcelle 40" in result.messages[0].text

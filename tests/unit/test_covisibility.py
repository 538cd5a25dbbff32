"""Covisibility over the relief (issue 26, item 4): the Géoplateforme's terrain profile between an element of the Bien
and the top of a project, read through a local server that answers like the service with synthetic terrains (a plain,
a ridge); the elements are those of the shipped GeoPackage.

What is checked: a 150 m turbine behind a ridge reads «masqué par le relief», one on a plain «visible par-dessus le
relief», offline «inconnu (hors ligne)»; never more than 5 requests a second (fake clock); the cache saves the second
request; the reasons of R03, R09 and R10 carry the answer without changing their verdicts; the impact method's
«relief_masquant» lowers the setting's magnitude as its YAML says; switched off, nothing changes.
"""

import json
import math

import numpy as np
import pytest
import shapely
import yaml

from altimetry_server import AltimetryServer, plain, ridge
from veille_plugin.core.feeds.altimetry import (
    ELEVATION_LINE_URL,
    ProfileSource,
    RateLimiter,
    cache_key,
    parse_profile,
    profile_url,
)
from veille_plugin.core.feeds.http import http_get
from veille_plugin.core.impact.assessment import describe_priority
from veille_plugin.core.impact.method import embedded_method_path, load_method_file, validate_file
from veille_plugin.core.rules.case_screening import screen_cases
from veille_plugin.core.rules.catalogue import embedded_catalogue_path, load_catalogue_file
from veille_plugin.core.rules.note import note_html
from veille_plugin.core.screening.covisibility import (
    EARTH_RADIUS_M,
    MASKED,
    OFFLINE,
    REFRACTION_K,
    VISIBLE,
    line_of_sight,
)

from tests.cli_helpers import as_json, run

CAVEAT = "bâti et végétation non pris en compte"


@pytest.fixture(scope="module")
def catalogue():
    return load_catalogue_file(embedded_catalogue_path())


def _fast_source(server, tmp_path, **kw):
    """A profile source on the local server, its cache in ``tmp_path``, not slowed down (the limiter has its own
    test)."""
    return ProfileSource(base_url=server.url, cache_dir=tmp_path / "alti", limiter=RateLimiter(max_calls=10_000), **kw)


def _index(ref, ident):
    return int(np.flatnonzero(ref.elements.attributes["identifiant"].to_numpy() == ident)[0])


def _point_at(ref, j, distance, clearance=0.0):
    """A point ``distance`` metres from element ``j``, touching no element and ``clearance`` from the others."""
    ring = shapely.buffer(ref.elements.geometries[j], distance).exterior
    others = np.arange(len(ref.elements.attributes)) != j
    for t in np.linspace(0, ring.length, 144, endpoint=False):
        p = ring.interpolate(t)
        if shapely.distance(ref.elements.geometries[others], p).min() > clearance:
            return p
    raise AssertionError("no point found")


def _terril_and_turbine(ref, distance=3000.0):
    """A terril of the Bien and a point ``distance`` metres from it, 1.7 km at least from every other element."""
    el = ref.elements.attributes
    for j in np.flatnonzero((el["categorie"] == "terril").to_numpy()):
        try:
            return j, _point_at(ref, j, distance, clearance=min(distance, 1700.0))
        except AssertionError:
            continue
    raise AssertionError("no terril with a free ring")


def _turbine(ref, catalogue, point, source, **kw):
    return screen_cases(
        [point], ref, catalogue, case_type=["projet"], nature=["éolienne"], height_m=[150], covisibility=source, **kw
    )


def _verdict(rec, rule):
    return next(v for v in rec["verdicts"] if v["regle"] == rule)


# --------------------------------------------------------------------------- the sight line


def test_curvature_and_refraction_lower_the_far_terrain():
    """On a flat Earth a 10 km line from 1.6 m to 0.5 m clears flat ground; the curved Earth (k = 0.13) raises the
    ground by d(D−d)/(2R/(1−k)), 1.71 m mid-way: the line then passes below it."""
    d = np.linspace(0, 10_000, 501)
    z = np.zeros_like(d)
    bulge_mid = 5000 * 5000 / (2 * EARTH_RADIUS_M / (1 - REFRACTION_K))
    assert math.isclose(bulge_mid, 1.707, abs_tol=0.01)
    flat = line_of_sight(d, z, 1.6, 0.5, radius=1e15, tolerance=0.0)
    curved = line_of_sight(d, z, 1.6, 0.5, tolerance=0.0)
    assert flat.status == VISIBLE and curved.status == MASKED
    assert math.isclose(curved.sight[250], 1.05 - bulge_mid, abs_tol=0.01)
    # within the 1 m tolerance of the altimetry, the same line is visible
    assert line_of_sight(d, z, 1.6, 0.5).status == VISIBLE


def test_the_point_that_masks_most_gives_its_distance_and_excess():
    d = np.linspace(0, 3000, 151)
    z = ridge(d / 3000)
    sight = line_of_sight(d, z, 1.6, 150.0)
    assert sight.status == MASKED and sight.obstacle == 75
    line_mid = 50 + 1.6 + (150 - 1.6) / 2 - 1500 * 1500 / (2 * EARTH_RADIUS_M / (1 - REFRACTION_K))
    assert math.isclose(sight.obstacle_excess_m, 250 - line_mid, abs_tol=0.01)
    assert sight.answer() == f"masqué par le relief à 1,5 km, de {250 - line_mid:.0f} m"
    # points that cannot mask (the element's own footprint) are left out
    ignore = np.zeros(len(d), dtype=bool)
    ignore[60:90] = True
    assert line_of_sight(d, z, 1.6, 150.0, ignore=ignore).status == VISIBLE


# --------------------------------------------------------------------------- the feed


def test_request_follows_the_documented_route_and_parameters(tmp_path):
    url = profile_url(2.5, 50.4, 2.55, 50.41, 150)
    assert url.startswith(ELEVATION_LINE_URL + "?")
    assert ELEVATION_LINE_URL == "https://data.geopf.fr/altimetrie/1.0/calcul/alti/rest/elevationLine.json"
    for part in ("lon=2.5000000|2.5500000", "lat=50.4000000|50.4100000", "resource=ign_rge_alti_wld", "sampling=150"):
        assert part in url
    with AltimetryServer(ridge) as server:
        source = _fast_source(server, tmp_path)
        profile = source.profile(2.5, 50.4, 2.55, 50.41, 150)
        (query,) = server.requests
    assert query["delimiter"] == "|" and query["zonly"] == "false" and query["profile_mode"] in ("simple", "accurate")
    assert len(profile.z) == 150 and profile.z.max() == pytest.approx(250, abs=1)


def test_no_data_and_unreadable_answers():
    raw = json.dumps({"elevations": [{"lon": 2.5, "lat": 50.4, "z": -99999}, {"lon": 2.6, "lat": 50.4, "z": 40}]})
    assert np.isnan(parse_profile(raw.encode(), "u").z[0])
    from veille_plugin.core.errors import InputError

    for body in (b"<html>", b'{"message": "x"}', b'{"elevations": [1, 2]}'):
        with pytest.raises(InputError, match="altimétrie"):
            parse_profile(body, "u")


@pytest.mark.parametrize(
    "fault, said",
    [
        ({"swap": True}, "le profil ne va pas des points demandés"),
        ({"terrain": lambda t: np.full(t.shape, -99999.0)}, "aucune altitude connue le long du profil"),
        ({"terrain": lambda t: 50.0 + 9000.0 * t}, "altitudes de 50 m à 9050 m, impossibles en France"),
    ],
    ids=["inverse", "sans-altitude", "impossible"],
)
def test_a_suspect_profile_is_refused_and_not_cached(tmp_path, fault, said):
    """Issue 27: a profile is checked before it is kept; the next good answer is asked again, not read from cache."""
    from veille_plugin.core.errors import InputError

    with AltimetryServer(plain) as server:
        for name, value in fault.items():
            setattr(server, name, value)
        with pytest.raises(InputError, match="Réponse suspecte du service d'altimétrie") as caught:
            _fast_source(server, tmp_path).profile(2.5, 50.4, 2.55, 50.41, 80)
        assert said in str(caught.value) and server.url in str(caught.value)
        assert not list(tmp_path.rglob("*.json"))  # nothing cached
        server.swap, server.terrain = False, plain
        good = _fast_source(server, tmp_path).profile(2.5, 50.4, 2.55, 50.41, 80)
    assert not good.from_cache and len(server.requests) == 2


def test_the_rate_limiter_never_exceeds_five_requests_a_second():
    now = [0.0]
    limiter = RateLimiter(clock=lambda: now[0], sleep=lambda s: now.__setitem__(0, now[0] + s))
    times = []
    for k in range(53):
        if k % 7 == 0:
            now[0] += 0.05  # some work between requests
        limiter.wait()
        times.append(now[0])
    times = np.array(times)
    for t in times:
        assert ((times >= t) & (times < t + 1.0)).sum() <= 5
    assert times[-1] - times[0] >= (53 // 5) - 1  # it did have to wait: 53 requests take more than 9 s
    # a real source goes through it: the service's own limit
    assert ProfileSource().limiter.max_calls == 5 and ProfileSource().limiter.period == 1.0


def test_the_cache_saves_the_second_request(tmp_path):
    with AltimetryServer(plain) as server:
        first = _fast_source(server, tmp_path)
        a = first.profile(2.5, 50.4, 2.55, 50.41, 80)
        b = first.profile(2.5000001, 50.4000001, 2.55, 50.41, 80)  # same endpoints to the metre
        again = _fast_source(server, tmp_path).profile(2.5, 50.4, 2.55, 50.41, 80)  # another run, same folder
        assert len(server.requests) == 1 and first.requests == 1
        _fast_source(server, tmp_path).profile(2.5, 50.4, 2.55, 50.41, 81)  # another sampling: another key
        assert len(server.requests) == 2
    assert not a.from_cache and b.from_cache and again.from_cache
    np.testing.assert_allclose(a.z, again.z)
    assert (tmp_path / "alti" / f"{cache_key(2.5, 50.4, 2.55, 50.41, 80)}.json").exists()


def test_the_default_cache_is_in_the_configuration_folder(tmp_path, monkeypatch):
    monkeypatch.setenv("VEILLE_CONFIG_DIR", str(tmp_path / "cfg"))
    assert ProfileSource().cache_dir == tmp_path / "cfg" / "altimetrie"


# --------------------------------------------------------------------------- the rules


def test_a_turbine_behind_a_ridge_is_masked_and_one_on_a_plain_is_visible(ref, catalogue, tmp_path):
    j, point = _terril_and_turbine(ref)
    ident = ref.elements.attributes["identifiant"].iloc[j]
    with AltimetryServer(ridge) as server:
        behind = _turbine(ref, catalogue, point, _fast_source(server, tmp_path / "a"))
    with AltimetryServer(plain) as server:
        on_plain = _turbine(ref, catalogue, point, _fast_source(server, tmp_path / "b"))
    masked, shown = behind.record(0), on_plain.record(0)
    r10 = _verdict(masked, "R10")
    assert r10["verdict"] == "à vérifier"  # masked by the relief is not a clearance
    assert "masqué par le relief à" in r10["motif"] and CAVEAT in r10["motif"]
    assert "l'étude paysagère reste à demander" in r10["motif"]  # the catalogue's «si_masque»
    mine = next(x for x in masked["covisibilite"] if x["element"] == ident)
    assert mine["statut"] == MASKED and mine["regles"] == ["R10"] and mine["hauteur_projet_m"] == 150
    assert mine["hauteur_observateur_m"] == 0.0  # a terril: its summit, the terrain
    assert 1300 <= mine["obstacle_distance_m"] <= 1700 and mine["obstacle_depassement_m"] > 50
    r10 = _verdict(shown, "R10")
    assert r10["verdict"] == "à vérifier" and "visible par-dessus le relief" in r10["motif"] and CAVEAT in r10["motif"]
    assert "masqué" not in r10["motif"]
    assert {x["statut"] for x in shown["covisibilite"]} == {VISIBLE}


def test_offline_reads_unknown_and_asks_only_once(ref, catalogue, tmp_path):
    import socket

    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        dead = f"http://127.0.0.1:{s.getsockname()[1]}/elevationLine.json"
    source = ProfileSource(
        get=lambda u: http_get(u, timeout=2, retries=1),
        base_url=dead,
        cache_dir=tmp_path / "alti",
        limiter=RateLimiter(max_calls=10_000),
    )
    _j, point = _terril_and_turbine(ref)
    rec = _turbine(ref, catalogue, point, source).record(0)
    assert "inconnu (hors ligne)" in _verdict(rec, "R10")["motif"]
    assert {x["statut"] for x in rec["covisibilite"]} == {OFFLINE} and len(rec["covisibilite"]) > 1
    assert source.requests == 1  # the first failure is enough: the others are offline at once


def test_R03_and_R09_reasons_carry_the_answer_and_keep_their_verdicts(ref, catalogue, tmp_path):
    el = ref.elements.attributes
    # a monument historique of the Bien that is not a terril: a 20 m building 300 m from it
    mh = next(
        j
        for j in np.flatnonzero(el["protection_mh"].isin(["classé", "inscrit"]).to_numpy())
        if el["categorie"].iloc[j] == "bâti"
    )
    near_mh = _point_at(ref, mh, 300.0)
    terril = int(np.flatnonzero((el["categorie"] == "terril").to_numpy())[0])
    near_terril = _point_at(ref, terril, 1000.0)
    with AltimetryServer(ridge) as server:
        cs = screen_cases(
            [near_mh, near_terril],
            ref,
            catalogue,
            case_type=["PC", "PC"],
            works=["construction d'un immeuble", "construction d'un immeuble"],
            height_m=[20, 20],
            covisibility=_fast_source(server, tmp_path),
        )
    r03 = _verdict(cs.record(0), "R03")
    assert r03["verdict"] == "à vérifier"
    name = f"{el['identifiant'].iloc[mh]} « {el['nom'].iloc[mh]} »"
    assert f"depuis {name} : masqué par le relief" in r03["motif"] and CAVEAT in r03["motif"]
    # L.621-30: visible from the monument OR with it: masked from it does not take the project out of the abords
    assert "covisibilité à vérifier sur place avant d'écarter l'accord de l'ABF" in r03["motif"]
    monument = next(x for x in cs.record(0)["covisibilite"] if x["element"] == el["identifiant"].iloc[mh])
    assert "R03" in monument["regles"] and monument["hauteur_observateur_m"] == 1.6
    r09 = _verdict(cs.record(1), "R09")
    assert r09["verdict"] == "à vérifier" and "masqué par le relief" in r09["motif"]
    assert "les photomontages restent à demander" in r09["motif"]


def test_a_project_without_height_says_it_was_not_computed(ref, catalogue, tmp_path):
    _j, point = _terril_and_turbine(ref)
    with AltimetryServer(plain) as server:
        source = _fast_source(server, tmp_path)
        cs = screen_cases([point], ref, catalogue, case_type=["projet"], nature=["éolienne"], covisibility=source)
        assert server.requests == []
    r10 = _verdict(cs.record(0), "R10")
    assert "non calculée, hauteur du projet non renseignée" in r10["motif"]
    assert "Non calculée : hauteur du projet non renseignée." in note_html(cs, 0, map_mode="none")


def test_switched_off_nothing_changes(ref, catalogue, tmp_path):
    _j, point = _terril_and_turbine(ref)
    off = _turbine(ref, catalogue, point, None)
    rec = off.record(0)
    assert "covisibilite" not in rec and off.context.covisibility is None
    assert all("covisibilité par-dessus" not in v["motif"] for v in rec["verdicts"])
    with AltimetryServer(plain) as server:
        visible = _turbine(ref, catalogue, point, _fast_source(server, tmp_path)).record(0)
    # a view over the relief changes nothing in the priority either
    assert visible["priorite"]["rang"] == rec["priorite"]["rang"]
    assert visible["priorite"]["raisons"][0] == rec["priorite"]["raisons"][0]
    assert "Covisibilité par-dessus le relief" not in note_html(off, 0, map_mode="none")


# --------------------------------------------------------------------------- the impact method


def _setting_of(cs, ident):
    attrs = describe_priority(cs.impact, 0, limit=50)["attributs"]
    return next(a for a in attrs if a["attribut"].startswith(ident + " "))


def test_a_masked_setting_is_a_step_smaller_as_the_method_says(ref, catalogue, tmp_path):
    j, point = _terril_and_turbine(ref, distance=1500.0)
    ident = ref.elements.attributes["identifiant"].iloc[j]
    doc = yaml.safe_load(embedded_method_path().read_text(encoding="utf-8"))
    relief = doc["relief_masquant"]
    assert relief["reduction_ampleur"] == 1 and "cadre" in relief["interactions"] and len(relief["raison"]) > 20
    magnitudes = [m["libelle"] for m in doc["ampleurs"]]  # strongest first
    before = _setting_of(_turbine(ref, catalogue, point, None), ident)
    assert before["interaction"] == "cadre" and before["ampleur"] == "majeure" and not before["relief_masquant"]
    with AltimetryServer(ridge) as server:
        cs = _turbine(ref, catalogue, point, _fast_source(server, tmp_path / "a"))
    after = _setting_of(cs, ident)
    assert after["relief_masquant"] and after["ampleur"] == magnitudes[magnitudes.index("majeure") + 1]
    sig = doc["matrice_importance"][_value_code(doc, after["valeur"])]["moderee"]["importance"]
    assert after["importance"] == next(s["libelle"] for s in doc["importances"] if s["code"] == sig)
    prio = describe_priority(cs.impact, 0)
    if "masquée par le relief" in prio["interaction"]:
        assert any(relief["raison"] in r for r in prio["raisons"])
    # the method's data, not the code: two steps in a copy of the file give two steps
    doc["relief_masquant"]["reduction_ampleur"] = 2
    path = tmp_path / "matrice.yaml"
    path.write_text(yaml.safe_dump(doc, allow_unicode=True, sort_keys=False), encoding="utf-8")
    assert validate_file(path) == []
    with AltimetryServer(ridge) as server:
        cs2 = _turbine(
            ref, catalogue, point, _fast_source(server, tmp_path / "a"), impact_method=load_method_file(path)
        )
        assert server.requests == []  # the profiles of the first run, from the cache
    assert _setting_of(cs2, ident)["ampleur"] == magnitudes[magnitudes.index("majeure") + 2]
    # without «relief_masquant» the method says nothing of it: no change
    del doc["relief_masquant"]
    path.write_text(yaml.safe_dump(doc, allow_unicode=True, sort_keys=False), encoding="utf-8")
    with AltimetryServer(ridge) as server:
        cs3 = _turbine(
            ref, catalogue, point, _fast_source(server, tmp_path / "a"), impact_method=load_method_file(path)
        )
    assert _setting_of(cs3, ident)["ampleur"] == "majeure"


def _value_code(doc, label):
    return next(v["code"] for v in doc["valeurs"] if v["libelle"] == label)


def test_a_bad_relief_entry_is_refused(tmp_path):
    doc = yaml.safe_load(embedded_method_path().read_text(encoding="utf-8"))
    doc["relief_masquant"]["reduction_ampleur"] = 0
    doc["relief_masquant"]["interactions"] = ["emprise"]
    path = tmp_path / "matrice.yaml"
    path.write_text(yaml.safe_dump(doc, allow_unicode=True, sort_keys=False), encoding="utf-8")
    issues = " ".join(str(i) for i in validate_file(path))
    assert "reduction_ampleur" in issues and "interactions" in issues


# --------------------------------------------------------------------------- the fiche and the command line


def test_the_fiche_draws_the_profile(ref, catalogue, tmp_path):
    _j, point = _terril_and_turbine(ref)
    with AltimetryServer(ridge) as server:
        cs = _turbine(ref, catalogue, point, _fast_source(server, tmp_path))
    page = note_html(cs, 0, map_mode="none")
    assert "<h2>Covisibilité par-dessus le relief</h2>" in page
    assert page.count('class="profil"') == 1  # a masked one (no visible one to draw)
    assert "obstacle : +" in page and "sommet du projet (150 m)" in page and CAVEAT in page
    with AltimetryServer(plain) as server:
        shown = _turbine(ref, catalogue, point, _fast_source(server, tmp_path / "b"))
    page = note_html(shown, 0, map_mode="none")
    assert page.count('class="profil"') == 1 and "obstacle" not in page


def test_screen_command_line_option(ref, tmp_path):
    _j, point = _terril_and_turbine(ref)
    with AltimetryServer(ridge) as server:
        args = ["screen", "--wkt", point.wkt, "--type", "projet", "--nature", "éolienne", "--hauteur", "150"]
        out = as_json(run(tmp_path / "cfg", *args, "--covisibilite", "--altimetrie-url", server.url, "--json"))
        asked = len(server.requests)
        again = as_json(run(tmp_path / "cfg", *args, "--covisibilite", "--altimetrie-url", server.url, "--json"))
        assert len(server.requests) == asked  # the configuration folder's cache
        plain_out = as_json(run(tmp_path / "cfg", *args, "--json"))
        assert len(server.requests) == asked
    assert out["covisibilite_calcul"]["requetes"] == asked > 0 and again["covisibilite_calcul"]["requetes"] == 0
    assert out["covisibilite_calcul"]["lignes_de_vue"] == len(out["covisibilite"]) > 0
    assert all(x["statut"] == "masque" for x in out["covisibilite"])
    r10 = next(v for v in out["verdicts"] if v["regle"] == "R10")
    assert "masqué par le relief" in r10["motif"]
    assert "covisibilite" not in plain_out and "covisibilite_calcul" not in plain_out
    r10 = next(v for v in plain_out["verdicts"] if v["regle"] == "R10")
    assert "covisibilité" not in r10["motif"]
    assert (tmp_path / "cfg" / "altimetrie").is_dir()


def test_the_sweep_computes_it_only_when_asked(ref, tmp_path):
    """``run_sweep(covisibility=…)`` on the FICTITIOUS demo permits: the 150 m turbines 4 km from a terril get their
    sight lines (the ridge hides them: their priority cannot rise, the verdicts stay); without it nothing is asked."""
    import csv

    from veille_plugin.core.register import open_register
    from veille_plugin.core.sweep.run import SourceSpec, run_sweep

    demo = embedded_catalogue_path().parents[2] / "resources" / "demo"
    WEEK1, PARCELS = demo / "permis_fictifs_semaine1.csv", str(demo / "parcelles_fictives.geojson")  # noqa: N806

    def rows(out):
        with open(out / "cases.csv", encoding="utf-8-sig") as fh:
            return {r["numero"]: r for r in csv.DictReader(fh, delimiter=";")}

    turbine = "FICTIF-059452-26-00019"
    with AltimetryServer(ridge) as server:
        with open_register(str(tmp_path / "off.gpkg")) as reg:
            run_sweep([SourceSpec(str(WEEK1), name="demo")], reg, ref, catalogue_(), tmp_path / "off", parcels=PARCELS)
        assert server.requests == []
        with open_register(str(tmp_path / "on.gpkg")) as reg:
            run_sweep(
                [SourceSpec(str(WEEK1), name="demo")],
                reg,
                ref,
                catalogue_(),
                tmp_path / "on",
                parcels=PARCELS,
                covisibility=_fast_source(server, tmp_path),
            )
        assert server.requests
    off, on = rows(tmp_path / "off"), rows(tmp_path / "on")
    number = next(k for k in off if k.replace(" ", "") == turbine)
    assert int(on[number]["priorite_rang"]) >= int(off[number]["priorite_rang"])
    # only the terrils and headframes R10 names get a sight line: a cité in whose setting the turbine stands keeps its
    # magnitude, and may stay the strongest interaction
    assert "vue masquée par le relief" in on[number]["priorite_motif"] or on[number]["priorite_rang"] == "1"
    assert {k: v["severite"] for k, v in on.items()} == {k: v["severite"] for k, v in off.items()}  # verdicts kept


def catalogue_():
    """The embedded catalogue."""
    return load_catalogue_file(embedded_catalogue_path())

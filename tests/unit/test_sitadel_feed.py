"""Issue 29, part 1, «a Sitadel feed»: the national lists of authorisations fetched from the DiDo API month by month
(paged rows, filtered by department on the server and to the basin's communes while read), each month kept as a
dated version and fetched once, refused answers never kept, offline the months kept; then swept into a register.
A local server answers like DiDo with three months of FICTITIOUS permits (tests/sitadel_server.py)."""

import csv
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
from cli_helpers import as_json, run
from sitadel_server import BASIN, MONTHS, OUTSIDE, SitadelServer

from veille_plugin.core.errors import InputError
from veille_plugin.core.feeds.http import http_get
from veille_plugin.core.feeds.sitadel import (
    DIDO_API,
    SitadelCancelledError,
    check_month,
    fetch_sitadel,
    kept_months,
    rows_url,
)
from veille_plugin.core.imports import read_permits
from veille_plugin.core.register import open_register


def quick(url):
    return http_get(url, timeout=2, retries=2, backoff=0.01, deadline=10)


def fetch(server, cache, **kw):
    kw.setdefault("page_size", 10)
    return fetch_sitadel(cache, BASIN, server.base_url, server.dataset_id, get=quick, **kw)


def communes_of(path) -> set:
    with open(path, encoding="utf-8", newline="") as fh:
        return {row["COMM"] for row in csv.DictReader(fh, delimiter=";")}


def test_the_documented_addresses():
    url = rows_url(DIDO_API, "8b35affb", "2026-11", 3, 100, {"DEP_CODE": "eq:62"})
    parts = urlsplit(url)
    assert parts.netloc == "data.statistiques.developpement-durable.gouv.fr"
    assert parts.path == "/dido/api/v1/datafiles/8b35affb/rows"
    assert parse_qs(parts.query) == {
        "millesime": ["2026-11"],
        "page": ["3"],
        "pageSize": ["100"],
        "DEP_CODE": ["eq:62"],
    }


def test_three_months_paged_filtered_kept_then_nothing_fetched(tmp_path):
    with SitadelServer() as server:
        got = fetch(server, tmp_path)
        rows = server.row_requests()
        # filtered on the server by department, page after page
        assert {q["DEP_CODE"] for _p, q in rows} == {"eq:59", "eq:62"}
        assert max(int(q["page"]) for _p, q in rows) >= 3 and {q["pageSize"] for _p, q in rows} == {"10"}
        assert {q["millesime"] for _p, q in rows} == set(MONTHS)
        assert len(got.fetched) == 6 and not got.offline and got.messages == []
        kept = kept_months(tmp_path)
        assert {rid: sorted(v) for rid, v in kept.items()} == got.kept and all(
            sorted(v) == list(MONTHS) for v in kept.values()
        )
        for by_month in kept.values():  # each month a dated version, with the basin's communes only
            for month, path in by_month.items():
                assert path.name.endswith(f"-{month}.csv") and communes_of(path) == set(BASIN)
        # a second run asks for the list of files, and no row
        before = len(server.requests)
        again = fetch(server, tmp_path)
        assert server.requests[before:] == [(f"/dido/api/v1/datasets/{server.dataset_id}", {})]
        assert again.fetched == [] and "rien de nouveau" in again.messages[0]
        assert [p.name for p in again.paths] == [p.name for p in got.paths]
        # a new month published: only it is fetched
        server.months.append("2026-12")
        newer = fetch(server, tmp_path)
        assert {m for _t, m in newer.fetched} == {"2026-12"}
        assert {q["millesime"] for _p, q in server.row_requests()[len(rows) :]} == {"2026-12"}


def test_the_sweep_files_are_read_by_the_sitadel_reader_newest_month_winning(tmp_path):
    with SitadelServer() as server:
        got = fetch(server, tmp_path)
    assert len(got.paths) == 2
    for path in got.paths:
        result = read_permits(str(path))
        df = result.df
        assert result.fmt == "sitadel" and len(df) == 3 * 12 * 3  # three basin communes, 12 a month, three months
        assert set(df["commune_insee"]) == set(BASIN) and not set(df["commune_insee"]) & set(OUTSIDE)
        first = df[df["numero"].str.endswith("-062498-26-00001")]
        assert list(first["statut_dossier"]) == ["commencé"]  # the newest month's state
        assert df["decision_date"].notna().all()


def test_no_department_filter_offered_the_whole_list_is_filtered_while_read(tmp_path):
    with SitadelServer() as server:
        server.no_filters = True
        got = fetch(server, tmp_path, months=1)
        assert all("DEP_CODE" not in q for _p, q in server.row_requests())
    assert {m for _t, m in got.fetched} == {MONTHS[-1]}
    for by_month in kept_months(tmp_path).values():
        assert communes_of(by_month[MONTHS[-1]]) == set(BASIN)


@pytest.mark.parametrize("on_server", [True, False])
def test_since_keeps_only_the_recent_authorisations(tmp_path, on_server):
    with SitadelServer() as server:
        server.no_filters = not on_server
        got = fetch(server, tmp_path, months=1, since="2026-11-01")
        asked = [q for _p, q in server.row_requests()]
    assert all(("DATE_REELLE_AUTORISATION" in q) == on_server for q in asked)
    if on_server:
        assert {q["DATE_REELLE_AUTORISATION"] for q in asked} == {"gte:2026-11-01"}
    for path in got.paths:
        df = read_permits(str(path)).df
        assert len(df) == 3 * 12 and (df["decision_date"] >= "2026-11-01").all()


def test_a_server_error_is_retried(tmp_path):
    with SitadelServer() as server:
        server.fail_next = 1
        got = fetch(server, tmp_path, months=1)
    assert len(got.fetched) == 2 and not got.offline


@pytest.mark.parametrize(
    "fault, words",
    [
        ("empty", "aucune ligne dans la réponse"),
        ("wrong_columns", "colonnes manquantes dans la réponse : COMM"),
        ("outside_only", "n'est dans une commune du bassin minier"),
        ("truncate", "Réponse incomplète ou illisible"),
        ("short_total", "liste tronquée"),
        ("ignore_page", "la même page deux fois"),
    ],
)
def test_a_refused_answer_is_not_kept_and_the_kept_months_stay(tmp_path, fault, words):
    with SitadelServer(MONTHS[:2]) as server:
        first = fetch(server, tmp_path)
        assert len(first.fetched) == 4
        before = {rid: dict(v) for rid, v in kept_months(tmp_path).items()}
        server.months.append(MONTHS[2])
        setattr(server, fault, True)
        got = fetch(server, tmp_path)
    assert got.fetched == [] and not got.offline
    assert len(got.messages) == 2 and all(words in m and "n'est pas gardé" in m for m in got.messages)
    assert all(MONTHS[2] in m for m in got.messages)
    assert kept_months(tmp_path) == before and not list(Path(tmp_path).glob("*.tmp"))
    assert got.paths  # the sweep still gets the months kept


def test_a_month_that_lost_most_of_its_rows_is_refused(tmp_path):
    with SitadelServer(MONTHS[:1]) as server:
        fetch(server, tmp_path)
        server.months.append(MONTHS[1])
        server.shrink = {MONTHS[1]: 10}
        got = fetch(server, tmp_path)
    assert got.fetched == []
    assert all("au lieu de 36 dans le mois précédent gardé" in m for m in got.messages), got.messages


def test_a_refused_request_is_not_offline(tmp_path):
    with SitadelServer() as server:
        got = fetch(server, tmp_path, months=1)
        server.months.append("2026-12")
        refused = fetch(server, tmp_path, months=1, page_size=30)  # a page size the API does not offer: HTTP 400
    assert not refused.offline and refused.fetched == [] and len(refused.messages) == 2
    assert all("requête refusée" in m and "HTTP 400" in m and "n'est pas gardé" in m for m in refused.messages)
    assert [p.name for p in refused.paths] == [p.name for p in got.paths]


def test_check_month_words():
    assert check_month(10, 5, None) == ""
    assert check_month(10, 5, 8) == ""
    assert "aucune ligne" in check_month(0, 0, None)
    assert "au lieu de 12" in check_month(100, 5, 12)
    assert "COMM" in check_month(3, 0, None, {"COMM"})


def test_offline_the_months_kept_are_used_and_said(tmp_path):
    with SitadelServer() as server:
        first = fetch(server, tmp_path)
        server.fail_always = True
        server.months.append("2026-12")
        got = fetch(server, tmp_path)
    assert got.offline and got.fetched == []
    assert len(got.messages) == 1 and got.messages[0].startswith("Listes Sitadel (DiDo) hors ligne")
    assert "jusqu'à 2026-11" in got.messages[0] and "HTTP 500" in got.messages[0]
    assert [p.name for p in got.paths] == [p.name for p in first.paths]


def test_a_timeout_is_offline(tmp_path):
    with SitadelServer() as server:
        fetch(server, tmp_path, months=1)
        server.delay = 3
        server.months.append("2026-12")
        got = fetch_sitadel(
            tmp_path,
            BASIN,
            server.base_url,
            server.dataset_id,
            get=lambda u: http_get(u, timeout=0.5, retries=1, deadline=2),
        )
    assert got.offline and "hors ligne" in got.messages[0] and "délai" in got.messages[0]


def test_an_unknown_dataset_is_said_and_the_months_kept_used(tmp_path):
    with SitadelServer() as server:
        fetch(server, tmp_path, months=1)
        got = fetch_sitadel(tmp_path, BASIN, server.base_url, "jeu-disparu", get=quick)
    assert not got.offline and got.fetched == [] and len(got.paths) == 2
    assert "jeu de données introuvable (HTTP 404)" in got.messages[0] and "jusqu'à 2026-11" in got.messages[0]


def test_offline_with_nothing_kept_is_an_error_in_french(tmp_path):
    with SitadelServer() as server:
        server.fail_always = True
        with pytest.raises(InputError, match="aucun mois récupéré ni gardé"):
            fetch(server, tmp_path)


def test_cancelled_keeps_what_was_whole_and_no_partial_file(tmp_path):
    calls = []

    def cancel_after_some():
        calls.append(1)
        return len(calls) > 5

    with SitadelServer() as server:
        with pytest.raises(SitadelCancelledError):
            fetch(server, tmp_path, is_cancelled=cancel_after_some)
    assert not list(Path(tmp_path).glob("*.tmp"))
    assert all(p.stat().st_size > 0 for v in kept_months(tmp_path).values() for p in v.values())


def test_progress_is_reported(tmp_path):
    seen = []
    with SitadelServer() as server:
        fetch(server, tmp_path, months=1, progress=lambda pct, text: seen.append((pct, text)))
    assert seen[0][0] == 0 and seen[-1][0] == 100
    assert [p for p, _t in seen] == sorted(p for p, _t in seen)
    assert any("du bassin" in t for _p, t in seen)


def test_cli_sweep_source_sitadel_end_to_end_then_nothing_fetched(tmp_path):
    cfg, register = tmp_path / "config", tmp_path / "registre.gpkg"
    with SitadelServer() as server:
        args = ("sweep", "--source", "sitadel", "--url", server.base_url, "--register", register, "--json")
        first = as_json(run(cfg, *args, "--out", tmp_path / "out1"))
        rows_first = len(server.row_requests())
        second = as_json(run(cfg, *args, "--out", tmp_path / "out2"))
        assert len(server.row_requests()) == rows_first  # nothing fetched the second time
    assert len(first["sitadel"]["mois_recuperes"]) == 6 and not first["sitadel"]["hors_ligne"]
    assert {m["mois"] for m in first["sitadel"]["mois_recuperes"]} == set(MONTHS)
    assert first["comptes"]["dossiers"] == 2 * 3 * 12 * 3 and first["comptes"]["changements"]["nouveau"] == 216
    assert second["sitadel"]["mois_recuperes"] == [] and second["comptes"]["changements"]["inchangé"] == 216
    assert (cfg / "sitadel").is_dir() and len(list((cfg / "sitadel").glob("sitadel-*-2026-*.csv"))) == 6
    with open_register(str(register)) as reg:
        cases = reg.get_cases()
    assert len(cases) == 216 and set(cases["source"]) == {"sitadel-dido"}
    assert set(cases["commune_insee"]) == set(BASIN)


def test_cli_offline_with_nothing_kept_says_so(tmp_path):
    with SitadelServer() as server:
        server.fail_always = True
        proc = run(
            tmp_path / "config",
            "sweep",
            "--source",
            "sitadel",
            "--url",
            server.base_url,
            "--register",
            tmp_path / "r.gpkg",
            "--out",
            tmp_path / "out",
        )
    assert proc.returncode == 2 and "Traceback" not in proc.stderr
    assert "hors ligne" in proc.stderr and "aucun mois récupéré ni gardé" in proc.stderr

"""A local server answering like the DiDo API of the SDES for the Sitadel lists (``/dido/api/v1``):
``datasets/<id>`` (the datafiles with their millésimes and columns, each column with the filters it accepts) and
``datafiles/<rid>/rows?millesime=&page=&pageSize=`` (paged JSON rows, ``total`` announced, column filters
``COLUMN=eq:value``), as the API's specification describes them.

DONNÉES FICTIVES: three months (2026-09, 2026-10, 2026-11) of invented permits, each month the whole list as
published (a month repeats the earlier months' permits, one of them with a changed state), in real INSEE communes:
three of the mining basin (62498, 59276, 62737), two of the Nord and Pas-de-Calais outside it (59350, 62041) and
one elsewhere (75056). Every row says it is fictitious (``COMMENTAIRE``).

Faults to set on the server: ``fail_next`` (that many HTTP 500 first), ``fail_always`` (every answer 500),
``delay`` (seconds before answering), ``truncate`` (a rows page cut in the middle), ``empty`` (pages with no rows),
``wrong_columns`` (``COMMUNE`` instead of ``COMM``), ``outside_only`` (only the communes outside the basin),
``shrink`` ({month: rows kept}: that month serves only its first rows), ``ignore_page`` (page 1 whatever asked),
``short_total`` (announces more rows than served), ``no_filters`` (the columns offer no filter).
"""

import http.server
import json
import time
from urllib.parse import parse_qs, urlsplit

from local_server import LocalServer

from veille_plugin.core.feeds.sitadel import SITADEL_DATASET

DATASET_ID = SITADEL_DATASET  # the dataset id the feed asks for by default
MONTHS = ("2026-09", "2026-10", "2026-11")
#: The months a test may publish later (each one repeating the earlier ones)
LATER_MONTHS = ("2026-12", "2027-01")
BASIN = ("62498", "59276", "62737")
OUTSIDE = ("59350", "62041", "75056")
LISTS = {
    "0000aaaa-fict-0000-0000-logements000": {
        "title": "Liste des autorisations d'urbanisme créant des logements (DONNÉES FICTIVES)",
        "number": "NUM_DAU",
        "columns": [
            "REG_CODE",
            "DEP_CODE",
            "COMM",
            "TYPE_DAU",
            "NUM_DAU",
            "ETAT_DAU",
            "DATE_REELLE_AUTORISATION",
            "ADR_LOCALITE_TER",
            "NATURE_PROJET_DECLAREE",
            "NB_LGT_TOT_CREES",
            "COMMENTAIRE",
        ],
    },
    "0000bbbb-fict-0000-0000-demolir00000": {
        "title": "Liste des permis de démolir (DONNÉES FICTIVES)",
        "number": "NUM_PD",
        "columns": ["REG_CODE", "DEP_CODE", "COMM", "NUM_PD", "ETAT_PD", "DATE_REELLE_AUTORISATION", "COMMENTAIRE"],
    },
}
PAGE_SIZES = (10, 20, 50, 100)


def fictitious_rows(rid: str, month: str, per_commune: int = 12) -> list:
    """The rows of one month of one list: ``per_commune`` new permits a month in each commune, the earlier months'
    permits repeated (one changes state from «autorisé» (2) to «commencé» (5) in the second month)."""
    spec = LISTS[rid]
    rows = []
    order = MONTHS + LATER_MONTHS
    for k in range(order.index(month) + 1):
        for insee in BASIN + OUTSIDE:
            dep = insee[:2]
            for n in range(per_commune):
                seq = k * 100 + n + 1
                kind = "PD" if spec["number"] == "NUM_PD" else ("DP" if n % 3 == 0 else "PC")
                number = f"FICTIF-{kind}-0{insee}-26-{seq:05d}"
                state = "5" if (k == 0 and n == 0 and order.index(month) >= 1) else "2"
                row = {
                    "REG_CODE": "32" if dep in ("59", "62") else "11",
                    "DEP_CODE": dep,
                    "COMM": insee,
                    spec["number"]: number,
                    "DATE_REELLE_AUTORISATION": f"{order[k]}-{n % 27 + 1:02d}",
                    "COMMENTAIRE": "DONNÉES FICTIVES – permis inventé pour les tests",
                }
                if spec["number"] == "NUM_DAU":
                    row.update(
                        TYPE_DAU=kind,
                        ETAT_DAU=state,
                        ADR_LOCALITE_TER="COMMUNE FICTIVE",
                        NATURE_PROJET_DECLAREE="1" if n % 2 else "2",
                        NB_LGT_TOT_CREES=1 if n % 2 else None,
                    )
                else:
                    row["ETAT_PD"] = state
                rows.append(row)
    return rows


class SitadelServer(LocalServer):
    """``with SitadelServer() as server``: ``server.base_url`` (…/dido/api/v1), ``server.dataset_id``,
    ``server.requests`` ((path, query) pairs), ``server.months`` (the millésimes published, to change); the faults
    are attributes (see the module's note)."""

    def __init__(self, months=MONTHS):
        self.months = list(months)
        self.dataset_id = DATASET_ID
        self.requests = []
        self.fail_next = 0
        self.fail_always = False
        self.delay = 0.0
        self.truncate = False
        self.empty = False
        self.wrong_columns = False
        self.outside_only = False
        self.shrink = {}
        self.ignore_page = False
        self.short_total = False
        self.no_filters = False
        outer = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self):  # noqa: N802
                parts = urlsplit(self.path)
                query = {k: v[0] for k, v in parse_qs(parts.query).items()}
                outer.requests.append((parts.path, query))
                if outer.delay:
                    time.sleep(outer.delay)
                if outer.fail_always or outer.fail_next:
                    outer.fail_next = max(0, outer.fail_next - 1)
                    return self.answer(500, {"code": 500, "message": "Erreur interne au serveur (simulée)"})
                path = parts.path
                if path == f"/dido/api/v1/datasets/{outer.dataset_id}":
                    return self.answer(200, outer.dataset())
                prefix = "/dido/api/v1/datafiles/"
                if path.startswith(prefix) and path.endswith("/rows"):
                    rid = path[len(prefix) : -len("/rows")]
                    if rid not in LISTS:
                        return self.answer(404, {"code": 404, "message": f"Pas de fichier de données {rid}"})
                    return outer.rows(self, rid, query)
                return self.answer(404, {"code": 404, "message": "inconnu"})

            def answer(self, status, payload, cut=False):
                body = json.dumps(payload, ensure_ascii=False).encode("utf-8")
                self.send_response(status)
                self.send_header("Content-Type", "application/json; charset=utf-8")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body[: len(body) // 2] if cut else body)

            def log_message(self, *_args):
                pass

        super().__init__(Handler)

    @property
    def base_url(self) -> str:
        """The API's address on this server."""
        return self.root + "/dido/api/v1"

    def row_requests(self) -> list:
        """The ``rows`` requests received."""
        return [(p, q) for p, q in self.requests if p.endswith("/rows")]

    def dataset(self) -> dict:
        """The dataset with its datafiles, millésimes and columns (filters accepted on each column)."""
        files = []
        for rid, spec in LISTS.items():
            columns = [
                {
                    "name": c,
                    "description": c,
                    "filters": [] if self.no_filters else ["eq", "ne", "gt", "gte", "lt", "lte", "in", "nin"],
                }
                for c in spec["columns"]
            ]
            files.append(
                {
                    "rid": rid,
                    "title": spec["title"],
                    "millesimes": [{"millesime": m, "rows": 0, "columns": columns} for m in self.months],
                }
            )
        return {"id": self.dataset_id, "title": "Sitadel (DONNÉES FICTIVES)", "datafiles": files}

    def rows(self, handler, rid: str, query: dict):
        """One page of one millésime's rows, filtered as asked."""
        month = query.get("millesime", self.months[-1])
        if month not in self.months:
            return handler.answer(404, {"code": 404, "message": f"Pas de millésime {month}"})
        try:
            page = int(query.get("page", "1"))
            size = int(query.get("pageSize", "20"))
        except ValueError:
            return handler.answer(400, {"code": 400, "message": "page et pageSize entiers"})
        if page < 1 or size not in PAGE_SIZES:
            return handler.answer(400, {"code": 400, "message": "Erreur de validation", "errors": ["pageSize"]})
        rows = fictitious_rows(rid, month)
        if month in self.shrink:
            rows = rows[: self.shrink[month]]
        for column, flt in query.items():
            if column in ("millesime", "page", "pageSize", "columns", "orderBy"):
                continue
            op, _, value = flt.partition(":")
            if op == "eq":
                rows = [r for r in rows if str(r.get(column)) == value]
            elif op == "gte":
                rows = [r for r in rows if str(r.get(column)) >= value]
            else:
                return handler.answer(400, {"code": 400, "message": f"filtre {op} non simulé"})
        if self.outside_only:
            rows = [r for r in rows if r["COMM"] not in BASIN]
        if self.wrong_columns:
            rows = [{("COMMUNE" if k == "COMM" else k): v for k, v in r.items()} for r in rows]
        total = len(rows) + (7 if self.short_total else 0)
        if self.ignore_page:
            page = 1
        data = [] if self.empty else rows[(page - 1) * size : page * size]
        payload = {"page": page, "pageSize": str(size), "total": 0 if self.empty else total, "data": data}
        return handler.answer(200, payload, cut=self.truncate)


if __name__ == "__main__":  # a local DiDo with the fictitious months, for the README's example: prints its address
    import sys

    with SitadelServer() as server:
        print(server.base_url, flush=True)
        try:
            while True:
                time.sleep(3600)
        except KeyboardInterrupt:
            sys.exit(0)

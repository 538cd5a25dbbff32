"""The national Sitadel lists of authorisations (SDES), fetched month by month from the DiDo API for the sweep.

Documentation followed:
- the DiDo API's own specification (Swagger 2.0, «Datalake - API diffusion», served at
  https://data.statistiques.developpement-durable.gouv.fr/dido/api/v1/apidoc.html, the address the SDES's R client
  ``didor`` cites: https://rdrr.io/github/MTES-MCT/didor/man/didor-package.html):
  - ``GET /v1/datasets/{id}``: one dataset with its ``datafiles`` (``rid``, ``title``), each with its
    ``millesimes`` (``millesime`` «YYYY-MM», ``rows``, ``columns``: ``name`` and the ``filters`` the column accepts,
    among ``eq, ne, gt, gte, lt, lte, in, nin, startsWith, endsWith``);
  - ``GET /v1/datafiles/{rid}/rows?millesime=&page=&pageSize=``: the rows of one millésime, paged (``page`` from 1,
    ``pageSize`` among 10, 20, 50, 100 or «all»), as ``{"page", "pageSize", "total", "nextPage"…, "data": [{column:
    value}]}``; a column filter is a query parameter named after the column, ``COLUMN=type:value`` (``DEP_CODE=eq:62``);
  - ``GET /v1/datafiles/{rid}/csv``: the same rows as one CSV (``;``, ``withColumnName``, ``withColumnDescription``,
    ``columns``, the same filters), **not paged**: it is not used, since a department's cumulated list can pass the
    HTTP client's cap on a body; the ``columns`` parameter is not used either (the reader uses most columns).
- The lists (PC and DP creating dwellings, creating premises; PA; PD: «liste des autorisations d'urbanisme») are the
  datafiles of the Sitadel dataset whose columns hold the commune (``COMM``) and the dossier number (``NUM_DAU``,
  ``NUM_PA`` or ``NUM_PD``), with ``DEP_CODE``: the columns of :mod:`..imports.sitadel`, which reads the files kept.
  The documentation does not give the Sitadel dataset's identifier: :data:`SITADEL_DATASET` is the one public reuses
  of the API cite; ``dataset_id`` changes it. It does not say either whether a month repeats the earlier months'
  rows: the sweep reads the union of the newest ``months`` months kept, a dossier's newest month winning.

The rows are filtered on the server by department (``DEP_CODE=eq:59`` then ``eq:62``, when the column accepts
``eq``; else the whole list is paged through) and, while the pages stream, to the communes of the basin (the
reference set's ``communes`` layer): one page at a time is in memory, never the national list. Each month of each
list is kept as a dated version (``sitadel-<rid>-<YYYY-MM>.csv`` in the ``sitadel`` folder of the configuration
folder, written under a temporary name then renamed); only the newest ``months`` millésimes not yet kept are
fetched. A month is checked before it is kept (:func:`check_month`: rows in the answer, the list's columns, communes
of the basin among them, not most of the rows of the previous month kept gone): a refused or truncated month is not
kept and the versions kept stay in use. Offline (network down, timeouts, server errors), the message says so and
the last versions kept are swept. Paging at 100 rows, a department's cumulated list takes thousands of requests:
``since`` narrows it to the recent authorisations (``DATE_REELLE_AUTORISATION=gte:``). Network:
:func:`.http.http_get` headless, QGIS's network stack inside QGIS (the caller passes ``get``).
"""

import csv
import json
import re
import urllib.parse
import zlib
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Callable, Iterable, Optional

from ..errors import InputError, VeilleError
from ..i18n import tr
from .http import (
    FeedDeadlineError,
    FeedNotFoundError,
    FeedOfflineError,
    FeedRefusedError,
    FeedTooLargeError,
    decode_words,
    gunzip_if_needed,
    http_get,
)

#: The public DiDo API (SDES)
DIDO_API = "https://data.statistiques.developpement-durable.gouv.fr/dido/api/v1"
#: The Sitadel dataset of DiDo (lists of authorisations): as public reuses cite it, the documentation names none
SITADEL_DATASET = "6513f0189d7d312c80ec5b5b"
#: Rows a page (the largest ``pageSize`` the specification lists besides «all»)
PAGE_SIZE = 100
#: Pages read at most for one department of one month of one list (a service ignoring ``page`` stops there)
MAX_PAGES = 50_000
#: The departments of the basin, filtered on the server
BASIN_DEPARTMENTS = ("59", "62")
#: Newest millésimes fetched (those not kept yet)
DEFAULT_MONTHS = 3
#: Share of the previous month's kept rows a new month must hold
KEPT_SHARE = 0.5
#: The dossier number columns of the lists (PC/DP, PA, PD) and the commune column
NUMBER_COLUMNS = ("NUM_DAU", "NUM_PA", "NUM_PD")
COMMUNE_COLUMN = "COMM"
DEPARTMENT_COLUMN = "DEP_CODE"
DATE_COLUMN = "DATE_REELLE_AUTORISATION"
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}")
#: The value of ``sweep --source`` that asks for this feed, and the stream its cases belong to in the register
SITADEL_SOURCE = "sitadel"
SITADEL_STREAM = "sitadel-dido"
_KEPT = re.compile(r"^sitadel-([0-9A-Za-z-]+)-(\d{4}-\d{2})\.csv$")
_MONTH = re.compile(r"^\d{4}-\d{2}$")


class SitadelCancelledError(VeilleError):
    """The user cancelled the fetch (nothing more is kept; the months already kept stay)."""


@dataclass
class SitadelList:
    """One list of the dataset (a datafile): its rid, title, number column and millésimes (newest last)."""

    rid: str
    title: str
    number_column: str
    months: list
    columns: dict = field(default_factory=dict)  # the newest millésime's columns: name -> filters accepted

    def accepts(self, column: str, kind: str = "eq") -> bool:
        """Does the list's newest millésime accept the filter ``kind`` on ``column``?"""
        return kind in self.columns.get(column, ())


@dataclass
class SitadelFetch:
    """What a fetch did: the files to sweep, the months fetched and kept, what to tell (French), offline or not."""

    paths: list = field(default_factory=list)
    fetched: list = field(default_factory=list)  # (list title, month) fetched and kept in this run
    kept: dict = field(default_factory=dict)  # rid -> [months kept], oldest first
    messages: list = field(default_factory=list)
    offline: bool = False


def dataset_url(base_url: str, dataset_id: str) -> str:
    """The address of one dataset of DiDo."""
    return f"{base_url.rstrip('/')}/datasets/{urllib.parse.quote(dataset_id)}"


def rows_url(base_url: str, rid: str, month: str, page: int, page_size: int, filters: Optional[dict] = None) -> str:
    """The address of one page of one millésime's rows, with its column filters (``{column: "eq:value"}``)."""
    params = {"millesime": month, "page": page, "pageSize": page_size, **(filters or {})}
    return f"{base_url.rstrip('/')}/datafiles/{urllib.parse.quote(rid)}/rows?{urllib.parse.urlencode(params)}"


def _json(raw: bytes, url: str):
    try:
        return json.loads(gunzip_if_needed(raw, url).decode("utf-8"))
    except (OSError, EOFError, zlib.error, UnicodeDecodeError, ValueError) as exc:
        raise InputError(
            tr("Réponse incomplète ou illisible de {u} ({e}) : rien n'en est gardé.").format(u=url, e=decode_words(exc))
        ) from None


def _schema_changed(url: str, what: str) -> InputError:
    return InputError(
        tr("Réponse inattendue de {u} : {w} ; le format de l'API DiDo a-t-il changé ? Rien n'en est gardé.").format(
            u=url, w=what
        )
    )


def list_sitadel_lists(base_url: str = DIDO_API, dataset_id: str = SITADEL_DATASET, get=http_get) -> list:
    """The lists of authorisations of the Sitadel dataset (:class:`SitadelList`), from ``GET /datasets/{id}``: the
    datafiles whose newest millésime has the commune and a dossier number column."""
    url = dataset_url(base_url, dataset_id)
    data = _json(get(url), url)
    files = data.get("datafiles") if isinstance(data, dict) else None
    if not isinstance(files, list):
        raise _schema_changed(url, tr("pas de liste « datafiles »"))
    found = []
    for f in files:
        if not isinstance(f, dict) or not isinstance(f.get("millesimes"), list) or not f.get("rid"):
            continue
        months = sorted(
            (m for m in f["millesimes"] if isinstance(m, dict) and _MONTH.match(str(m.get("millesime") or ""))),
            key=lambda m: m["millesime"],
        )
        if not months:
            continue
        columns = {
            str(c.get("name")): tuple(c.get("filters") or ())
            for c in months[-1].get("columns") or []
            if isinstance(c, dict) and c.get("name")
        }
        number = next((c for c in NUMBER_COLUMNS if c in columns), None)
        if number is None or COMMUNE_COLUMN not in columns:
            continue
        found.append(
            SitadelList(
                str(f["rid"]), str(f.get("title") or f["rid"]), number, [m["millesime"] for m in months], columns
            )
        )
    if not found:
        raise _schema_changed(url, tr("aucun fichier de données avec les colonnes COMM et NUM_DAU, NUM_PA ou NUM_PD"))
    return found


def kept_months(cache_dir) -> dict:
    """{rid: {month: path}} of the months kept in ``cache_dir``."""
    folder = Path(cache_dir)
    out: dict = {}
    for p in folder.glob("sitadel-*.csv") if folder.is_dir() else []:
        m = _KEPT.match(p.name)
        if m:
            out.setdefault(m.group(1), {})[m.group(2)] = p
    return out


def count_rows(path) -> int:
    """Data rows of a kept month (its one header line left out)."""
    with open(path, encoding="utf-8", newline="") as fh:
        return max(0, sum(1 for _ in csv.reader(fh, delimiter=";")) - 1)


def check_month(read: int, kept: int, previous_kept: Optional[int], missing: Iterable[str] = ()) -> str:
    """Why a fetched month is refused, in French («» when fine): no row at all in the answer, columns of the list
    missing, no commune of the basin among the rows read, or fewer than half the rows of the previous month kept."""
    missing = sorted(missing)
    if missing:
        return tr("colonnes manquantes dans la réponse : {c}").format(c=", ".join(missing))
    if read == 0:
        return tr("aucune ligne dans la réponse (réponse vide)")
    if kept == 0:
        return tr("aucune des {n} ligne(s) reçue(s) n'est dans une commune du bassin minier").format(n=read)
    if previous_kept and kept < KEPT_SHARE * previous_kept:
        return tr("{n} ligne(s) du bassin au lieu de {p} dans le mois précédent gardé").format(n=kept, p=previous_kept)
    return ""


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _commune(value) -> str:
    text = _cell(value).strip()
    return text.zfill(5) if text.isdigit() else text.upper()


def _before(value, since: str) -> bool:
    """Is an ISO date (YYYY-MM-DD…) before ``since``? A value in another form is kept (never dropped unread)."""
    text = _cell(value).strip()
    return bool(_ISO_DATE.match(text)) and text[:10] < since


def fetch_month(
    lst: SitadelList,
    month: str,
    communes: set,
    target: Path,
    base_url: str = DIDO_API,
    get=http_get,
    page_size: int = PAGE_SIZE,
    is_cancelled: Optional[Callable[[], bool]] = None,
    progress: Optional[Callable[[str], None]] = None,
    since: Optional[str] = None,
) -> tuple:
    """(rows read, rows of the basin written, columns missing) of one month of one list, written to ``target``
    (``;``, one header line of column codes) page after page, only the rows of ``communes``. Raises
    :class:`..http.FeedOfflineError` when the service does not answer, InputError on a page that is not the
    documented JSON, a truncated list or pages that repeat, :class:`SitadelCancelledError` when cancelled.
    ``since`` (YYYY-MM-DD): only the authorisations of that day or later (``DATE_REELLE_AUTORISATION=gte:``)."""
    if lst.accepts(DEPARTMENT_COLUMN):
        filters = [{DEPARTMENT_COLUMN: f"eq:{d}"} for d in BASIN_DEPARTMENTS]
    else:  # the documentation's filters are not offered on the department: the whole list, filtered while read
        filters = [{}]
    date_on_server = bool(since) and lst.accepts(DATE_COLUMN, "gte")
    if date_on_server:
        filters = [{**f, DATE_COLUMN: f"gte:{since}"} for f in filters]
    need = {COMMUNE_COLUMN, lst.number_column}
    header = None
    read = written = 0
    missing: set = set()
    with open(target, "w", encoding="utf-8", newline="") as fh:
        out = csv.writer(fh, delimiter=";", quoting=csv.QUOTE_MINIMAL)
        for flt in filters:
            got, previous_first, total = 0, None, None
            for page in range(1, MAX_PAGES + 1):
                if is_cancelled is not None and is_cancelled():
                    raise SitadelCancelledError(tr("Récupération des listes Sitadel annulée."))
                url = rows_url(base_url, lst.rid, month, page, page_size, flt)
                data = _json(get(url), url)
                rows = data.get("data") if isinstance(data, dict) else None
                if not isinstance(rows, list) or any(not isinstance(r, dict) for r in rows[:1]):
                    raise _schema_changed(url, tr("pas de lignes « data »"))
                total = data.get("total") if isinstance(data.get("total"), int) else total
                if not rows:
                    break
                first = json.dumps(rows[0], sort_keys=True, default=str)
                if first == previous_first:
                    raise _schema_changed(url, tr("la même page deux fois : la pagination (page) n'est pas suivie"))
                previous_first = first
                if header is None:
                    header = list(rows[0].keys())
                    missing = need - set(header)
                    if missing:
                        return read + len(rows), 0, missing
                    out.writerow(header)
                got += len(rows)
                read += len(rows)
                for row in rows:
                    if since and not date_on_server and _before(row.get(DATE_COLUMN), since):
                        continue
                    if _commune(row.get(COMMUNE_COLUMN)) in communes:
                        out.writerow([_cell(row.get(c)) for c in header])
                        written += 1
                if progress is not None:
                    progress(
                        tr("{t}, {m} : {n} ligne(s) lue(s), {k} du bassin").format(
                            t=lst.title, m=month, n=read, k=written
                        )
                    )
                if (total is not None and got >= total) or len(rows) < page_size:
                    break
            else:
                raise InputError(
                    tr("{t}, {m} : plus de {n} pages ; rien n'est gardé de ce mois.").format(
                        t=lst.title, m=month, n=MAX_PAGES
                    )
                )
            if total is not None and got < total:
                raise InputError(
                    tr(
                        "{t}, {m} : {g} ligne(s) reçue(s) sur les {n} annoncées (liste tronquée) ; rien n'est gardé "
                        "de ce mois."
                    ).format(t=lst.title, m=month, g=got, n=total)
                )
        if header is None:
            out.writerow([COMMUNE_COLUMN, lst.number_column])
    return read, written, missing


def fetch_sitadel(
    cache_dir,
    communes: Iterable[str],
    base_url: str = DIDO_API,
    dataset_id: str = SITADEL_DATASET,
    months: int = DEFAULT_MONTHS,
    get=http_get,
    page_size: int = PAGE_SIZE,
    progress: Optional[Callable[[float, str], None]] = None,
    is_cancelled: Optional[Callable[[], bool]] = None,
    since: Optional[str] = None,
) -> SitadelFetch:
    """Fetch the newest ``months`` millésimes of every list not kept yet (see the module's note), then build the
    files the sweep reads from the newest ``months`` months kept (:func:`sweep_files`). Offline, the last versions
    kept; nothing kept at all: InputError. ``since`` (YYYY-MM-DD): only the authorisations from that day on, filtered
    on the server (``gte``) when the column accepts it (a month kept is not fetched again when ``since`` changes)."""
    cache = Path(cache_dir)
    cache.mkdir(parents=True, exist_ok=True)
    communes = {_commune(c) for c in communes if c}
    result = SitadelFetch()

    def say(pct, text):
        if progress is not None:
            progress(pct, text)

    say(0, tr("Listes Sitadel : fichiers de données de l'API DiDo…"))
    try:
        lists = list_sitadel_lists(base_url, dataset_id, get)
    except FeedNotFoundError:
        reason = tr("{u} : jeu de données introuvable (HTTP 404) ; son identifiant a-t-il changé ?").format(
            u=dataset_url(base_url, dataset_id)
        )
        result.messages.append(_refused_words(reason, kept_months(cache)))
        lists = []
    except FeedRefusedError as exc:  # the service answered: the network works, the request was refused
        result.messages.append(_refused_words(f"{dataset_url(base_url, dataset_id)} : {exc}.", kept_months(cache)))
        lists = []
    except FeedOfflineError as exc:
        reason = _unreachable_words(dataset_url(base_url, dataset_id), exc)
        result.offline = True
        result.messages.append(_offline_words(reason, kept_months(cache)))
        lists = []
    except InputError as exc:
        result.messages.append(_refused_words(str(exc), kept_months(cache)))
        lists = []
    todo = []
    kept = kept_months(cache)
    for lst in lists:
        for month in lst.months[-max(1, months) :]:
            if month not in kept.get(lst.rid, {}):
                todo.append((lst, month))
    for k, (lst, month) in enumerate(todo):
        if result.offline:
            break
        base_pct = 5 + 90 * k / max(1, len(todo))
        say(base_pct, tr("Listes Sitadel : {t}, mois {m}…").format(t=lst.title, m=month))
        target = cache / f"sitadel-{lst.rid}-{month}.csv"
        tmp = target.with_suffix(".tmp")
        previous = [m for m in sorted(kept.get(lst.rid, {})) if m < month]
        previous_kept = count_rows(kept[lst.rid][previous[-1]]) if previous else None
        try:
            read, written, missing = fetch_month(
                lst, month, communes, tmp, base_url, get, page_size, is_cancelled, partial(say, base_pct), since
            )
            why = check_month(read, written, previous_kept, missing)
            if why:
                raise InputError(tr("{t}, mois {m} : réponse refusée, {r}").format(t=lst.title, m=month, r=why))
        except SitadelCancelledError:
            tmp.unlink(missing_ok=True)
            raise
        except FeedRefusedError as exc:  # a request refused (HTTP 4xx): this month only
            tmp.unlink(missing_ok=True)
            result.messages.append(
                tr("{r} ; ce mois n'est pas gardé, les versions gardées restent en usage.").format(
                    r=tr("{t}, mois {m} : requête refusée, {e}").format(t=lst.title, m=month, e=exc)
                )
            )
            continue
        except FeedOfflineError as exc:
            tmp.unlink(missing_ok=True)
            result.offline = True
            result.messages.append(
                _offline_words(
                    tr("{t}, mois {m} : {e}").format(t=lst.title, m=month, e=_unreachable_words(tr("le service"), exc)),
                    kept,
                )
            )
            break
        except (InputError, FeedNotFoundError) as exc:
            tmp.unlink(missing_ok=True)
            result.messages.append(
                tr("{r} ; ce mois n'est pas gardé, les versions gardées restent en usage.").format(
                    r=str(exc)
                    if isinstance(exc, InputError)
                    else tr("{t}, mois {m} : introuvable").format(t=lst.title, m=month)
                )
            )
            continue
        tmp.replace(target)
        kept.setdefault(lst.rid, {})[month] = target
        result.fetched.append((lst.title, month))
    kept = kept_months(cache)
    if not kept:
        raise InputError(
            tr("{m} Rien à balayer : aucun mois récupéré ni gardé ; relancez une fois en ligne.").format(
                m=" ".join(result.messages) or tr("Listes Sitadel (DiDo) : rien de publié.")
            )
        )
    result.kept = {rid: sorted(v) for rid, v in kept.items()}
    if not result.fetched and not result.messages:
        result.messages.append(
            tr("Listes Sitadel (DiDo) : rien de nouveau, les mois gardés sont à jour ({m}).").format(
                m=", ".join(sorted({m for v in kept.values() for m in v}))
            )
        )
    say(95, tr("Listes Sitadel : fichiers du balayage…"))
    result.paths = sweep_files(cache, months)
    say(100, tr("Listes Sitadel : {n} mois récupéré(s).").format(n=len(result.fetched)))
    return result


def _unreachable_words(where: str, exc: BaseException) -> str:
    """Why the service could not be read, in French: the error's own sentence when it names the address (too large,
    too slow), else «<where> ne répond pas (<why>)»."""
    if isinstance(exc, (FeedTooLargeError, FeedDeadlineError)):
        return str(exc).rstrip(".")
    return tr("{u} ne répond pas ({e})").format(u=where, e=exc)


def _newest(kept: dict) -> str:
    return max((m for v in kept.values() for m in v), default="")


def _offline_words(reason: str, kept: dict) -> str:
    newest = _newest(kept)
    if newest:
        return tr("Listes Sitadel (DiDo) hors ligne : {r} ; les mois gardés (jusqu'à {m}) sont utilisés.").format(
            r=reason, m=newest
        )
    return tr("Listes Sitadel (DiDo) hors ligne : {r} ; aucun mois gardé.").format(r=reason)


def _refused_words(reason: str, kept: dict) -> str:
    newest = _newest(kept)
    if newest:
        return tr("Listes Sitadel (DiDo) : {r} Les mois gardés (jusqu'à {m}) sont utilisés.").format(r=reason, m=newest)
    return tr("Listes Sitadel (DiDo) : {r}").format(r=reason)


def sweep_files(cache_dir, months: int = DEFAULT_MONTHS) -> list:
    """One CSV per list for the sweep, in the ``balayage`` subfolder: the union of the newest ``months`` months kept
    (the older ones stay on disk, dated), a dossier's row (number and commune) of the newest month winning. The
    files are in the Sitadel format :mod:`..imports.sitadel` reads (``;``, one header line of codes)."""
    import pandas as pd

    cache = Path(cache_dir)
    folder = cache / "balayage"
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for rid, by_month in sorted(kept_months(cache).items()):
        frames = [
            pd.read_csv(by_month[m], sep=";", dtype=str, keep_default_na=False, encoding="utf-8")
            for m in sorted(by_month)[-max(1, months) :]
        ]
        df = pd.concat(frames, ignore_index=True).fillna("")
        number = next((c for c in NUMBER_COLUMNS if c in df.columns), None)
        if number is not None and COMMUNE_COLUMN in df.columns:
            df = df.drop_duplicates(subset=[number, COMMUNE_COLUMN], keep="last")
        target = folder / f"sitadel-{rid}.csv"
        tmp = target.with_suffix(".tmp")
        df.to_csv(tmp, sep=";", index=False, encoding="utf-8")
        tmp.replace(target)
        paths.append(target)
    for stale in folder.glob("sitadel-*.csv"):
        if stale not in paths:
            stale.unlink(missing_ok=True)
    return paths


def default_cache_dir() -> Path:
    """The folder of the months kept: ``sitadel`` in the configuration folder (like the cadastre's cache)."""
    from .. import config

    return config.config_dir() / "sitadel"


def basin_communes(ref) -> set:
    """The INSEE codes of the communes of the basin (the reference set's ``communes`` layer)."""
    return {_commune(c) for c in ref.communes.attributes["insee"].tolist() if c}

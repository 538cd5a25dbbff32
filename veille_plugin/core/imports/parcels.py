"""Cadastral references and the geolocation of permits.

Parcel ids follow the national (PCI / Etalab) convention, 14 characters:
INSEE commune (5) + prefix (3, «000» unless the parcel lies in an absorbed commune) + section (2, a
one-letter section is written «0A») + number (4, zero-padded), e.g. ``59360000AB0123``.

:func:`parse_parcel_refs` reads references as people write them («AB 123», «AB123, AC 45»,
«000 AB 0123», «section AB n°123 et 124», «59360000AB0123»); :func:`parse_parcel_column` does the same
for a whole column with vectorised pandas string operations.

:func:`geolocate` gives each dossier a footprint in EPSG:2154, the most precise available:
its parcels (all of them, as one MultiPolygon), else its coordinates, else its commune (flagged
«localisation imprécise»), else nothing, with the reason.
"""

import os
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

import numpy as np
import pandas as pd
import shapely

from ..crs import L93, parse_crs, to_l93
from ..errors import InputError
from ..i18n import tr
from ..text import normalize
from .model import AVERTISSEMENT, ERREUR, INFORMATION, RowMessage, stripped

LOC_PARCELLES = "parcelles"
LOC_COORDONNEES = "coordonnees"
LOC_COMMUNE = "commune"
LOC_NON_LOCALISE = "non_localise"
LOCALISATIONS = (LOC_PARCELLES, LOC_COORDONNEES, LOC_COMMUNE, LOC_NON_LOCALISE)

#: Below this many geometries, a GEOS operation runs in the calling thread only
PARALLEL_FROM = 20_000


def on_cores(func, geoms: np.ndarray) -> np.ndarray:
    """``func`` (a vectorised shapely operation, element by element) over ``geoms`` split across the machine's cores
    (at most 4): shapely releases the GIL while GEOS works, so the threads run side by side. Same result, in order."""
    workers = min(4, os.cpu_count() or 1)
    if workers < 2 or len(geoms) < PARALLEL_FROM:
        return func(geoms)
    with ThreadPoolExecutor(max_workers=workers) as pool:
        return np.concatenate(list(pool.map(func, np.array_split(geoms, workers))))


PARCEL_ID_PATTERN = r"^(?:\d{5}|2[AB]\d{3})[0-9A-Z]{3}[0-9A-Z]{2}\d{4}$"


def _canonical_ids(values) -> np.ndarray:
    """Which values are 14-character ids in ASCII as :data:`PARCEL_ID_PATTERN` says (numpy on the characters'
    codes, no per-value Python); False for anything else (None, other lengths, other characters)."""
    values = np.asarray(values, dtype=object)
    n = len(values)
    if n == 0:
        return np.zeros(0, dtype=bool)
    if pd.api.types.infer_dtype(values, skipna=False) != "string":  # None, numbers…: never an id
        is_str = np.fromiter((type(v) is str for v in values), dtype=bool, count=n)
        values = np.where(is_str, values, "")
    text = values.astype("U15")  # a 15th character: too long
    c = text.view(np.uint32).reshape(n, 15)
    digit = (c >= 48) & (c <= 57)
    upper = (c >= 65) & (c <= 90)
    ok = (c[:, 13] != 0) & (c[:, 14] == 0)
    commune = digit[:, :5].all(axis=1) | ((c[:, 0] == 50) & ((c[:, 1] == 65) | (c[:, 1] == 66)) & digit[:, 2:5].all(1))
    return ok & commune & (digit | upper)[:, 5:10].all(axis=1) & digit[:, 10:14].all(axis=1)


def match_parcel_ids(values) -> np.ndarray:
    """Which values match :data:`PARCEL_ID_PATTERN` (the regular expression only for those numpy cannot confirm)."""
    ok = _canonical_ids(values)
    if not ok.all():
        rest = pd.Series(np.asarray(values, dtype=object)[~ok], dtype=object)
        ok[~ok] = rest.str.fullmatch(PARCEL_ID_PATTERN).fillna(False).to_numpy(dtype=bool)
    return ok


# noise words around references («section», «parcelle(s)», «cadastré», «n°», «(partie)»…)
# «n°», «nº», «numéro», «num.», «no.» (a bare «NO» may be a section: kept)
_NUMBER_MARK = r"(?i)\bn\s*[°º]|\bnum[ée]ros?\b\.?|\bnum\b\.?|\bno\.|[°º]"
_NOISE = (
    r"\b(?:SECTIONS?|SECT|PARCELLES?|PARC|CADASTR[A-Z]*|REFERENCES?|REFS?|CAD|FEUILLE|PARTIES?|PIE|LOTS?|LIEU[ "
    r"-]DIT)\b\.?|\(P\)|[()\[\]:#*]"
)
_SPLIT = r"\s*(?:[,;/+&\n]|\bET\b)\s*"
_REF = r"^(?P<insee>\d{5}|2[AB]\d{3})?(?P<prefix>\d{3})?(?P<section>0[A-Z]|[A-Z]{1,2})(?P<num>\d{1,4})$"


@dataclass
class ParcelParse:
    """Parsed cadastral references: parcel ids per row and the problems found."""

    ids: np.ndarray  # object: «id;id» per row, None when no parcel
    problems: list  # (row position, French text)


def parse_parcel_column(values, default_insee=None) -> ParcelParse:
    """Parse a column of free-text references (vectorised). ``default_insee``: a code or one per row."""
    s = pd.Series(values, dtype=object).reset_index(drop=True)
    n = len(s)
    raw = s.fillna("").astype(str)
    if isinstance(default_insee, (str, type(None))):
        insee_default = pd.Series([default_insee] * n, dtype=object)
    else:
        insee_default = pd.Series(list(default_insee), dtype=object).reset_index(drop=True)
    up = (
        raw.str.replace(_NUMBER_MARK, " ", regex=True)
        .str.upper()
        .str.normalize("NFKD")
        .str.encode("ascii", "ignore")
        .str.decode("ascii")
    )
    up = up.str.replace(_NOISE, " ", regex=True).str.replace(r"[\-._]", " ", regex=True)
    toks = up.str.split(_SPLIT, regex=True).explode()
    toks = toks[toks.notna()].str.strip()
    toks = toks[toks != ""]
    # «AB 12 13 14»: numbers after a reference are more references of the same section
    toks = toks.str.replace(r"(?<=\d)\s+(?=\d{1,4}(?:\s+\d{1,4})*\s*$)", ";", regex=True)
    toks = toks.str.split(";").explode().str.strip()
    toks = toks[toks != ""]
    problems = []
    if len(toks) == 0:
        return ParcelParse(np.full(n, None, dtype=object), problems)
    compact = toks.str.replace(r"\s+", "", regex=True)
    parts = compact.str.extract(_REF)
    bare = compact.str.fullmatch(r"\d{1,4}")
    parts.loc[bare, "num"] = compact[bare]
    rows = toks.index.to_numpy()
    parts["row"] = rows
    parts["tok"] = toks.to_numpy()
    parts = parts.reset_index(drop=True)
    # a bare number takes the section (and commune, prefix) of the reference before it in the same dossier
    carried = parts[["row", "insee", "prefix", "section"]].copy()
    carried.loc[~bare.to_numpy(), "insee"] = carried.loc[~bare.to_numpy(), "insee"].fillna("")
    carried.loc[~bare.to_numpy(), "prefix"] = carried.loc[~bare.to_numpy(), "prefix"].fillna("")
    filled = carried.groupby("row")[["insee", "prefix", "section"]].ffill()
    bare_np = bare.to_numpy()
    for col in ("insee", "prefix", "section"):
        v = filled.loc[bare_np, col]
        parts.loc[bare_np, col] = v.mask(v == "")
    unreadable = parts["num"].isna() | parts["section"].isna()
    for r, t, b in zip(parts.loc[unreadable, "row"], parts.loc[unreadable, "tok"], bare_np[unreadable.to_numpy()]):
        problems.append(
            (
                int(r),
                tr("numéro de parcelle « {t} » sans section avant lui ; ignoré").format(t=t)
                if b
                else tr("référence cadastrale illisible « {t} » ; ignorée").format(t=t),
            )
        )
    parts = parts[~unreadable]
    insee = parts["insee"].fillna(insee_default.reindex(parts["row"]).reset_index(drop=True).set_axis(parts.index))
    no_insee = insee.isna() | (insee == "")
    for r, t in zip(parts.loc[no_insee, "row"], parts.loc[no_insee, "tok"]):
        problems.append(
            (
                int(r),
                tr("commune inconnue : impossible de former l'identifiant de la parcelle « {t} » ; ignorée").format(
                    t=t
                ),
            )
        )
    parts = parts[~no_insee]
    zero = parts["num"].astype(int) == 0
    for r, t in zip(parts.loc[zero, "row"], parts.loc[zero, "tok"]):
        problems.append((int(r), tr("numéro de parcelle nul dans « {t} » ; ignoré").format(t=t)))
    parts = parts[~zero]
    ids = insee[parts.index] + parts["prefix"].fillna("000") + parts["section"].str.zfill(2) + parts["num"].str.zfill(4)
    frame = pd.DataFrame({"row": parts["row"].to_numpy(), "id": ids.to_numpy()}).drop_duplicates()
    out = np.full(n, None, dtype=object)
    if len(frame):
        single = (frame.groupby("row")["id"].transform("size") == 1).to_numpy()
        out[frame["row"].to_numpy()[single]] = frame["id"].to_numpy(dtype=object)[single]
        if (~single).any():  # several parcels: joined per dossier
            joined = frame[~single].groupby("row", sort=True)["id"].agg(";".join)
            out[joined.index.to_numpy()] = joined.to_numpy(dtype=object)
    problems.sort(key=lambda p: p[0])
    return ParcelParse(out, problems)


def parse_parcel_refs(text, default_insee: Optional[str] = None):
    """(list of 14-character ids, list of French problems) for one dossier's references."""
    res = parse_parcel_column([text], default_insee)
    ids = res.ids[0].split(";") if res.ids[0] else []
    return ids, [p for _r, p in res.problems]


def _parcel_parts(sec: pd.Series, num: pd.Series, pre: pd.Series):
    """Normalised (prefix, section, number) and validity for distinct (section, number, prefix) triples."""
    sec = sec.str.strip().str.upper().str.replace(" ", "", regex=False)
    num = num.str.strip().str.upper().str.replace(" ", "", regex=False)
    pre = pre.str.strip()
    # prefix in the section field, section+number in the number field (real Sitadel rows)
    moved = sec.str.fullmatch(r"\d{3}") & num.str.fullmatch(r"(?:0[A-Z]|[A-Z]{1,2})\d{1,5}")
    if moved.any():
        m = num[moved].str.extract(r"^(?P<s>0[A-Z]|[A-Z]{1,2})(?P<n>\d{1,5})$")
        pre = pre.where(~moved, sec)
        sec = sec.where(~moved, m["s"].reindex(sec.index))
        num = num.where(~moved, m["n"].reindex(num.index))
    num_int = pd.to_numeric(num.where(num.str.fullmatch(r"\d{1,5}")), errors="coerce")
    ok = (
        sec.str.fullmatch(r"0[A-Z]|[A-Z]{1,2}|\d[A-Z]")
        & num_int.between(1, 9999)
        & (pre.str.fullmatch(r"\d{1,3}") | (pre == ""))
    )
    empty = (sec == "") & (num == "")
    rest = (
        pre.where(pre != "", "000").str.zfill(3)
        + sec.str.zfill(2)
        + num_int.fillna(0).astype(int).astype(str).str.zfill(4)
    )
    return rest.to_numpy(dtype=object), (ok & ~empty).to_numpy(), empty.to_numpy()


def build_parcel_ids(insee, section, number, prefix=None):
    """Vectorised ids from columns; (ids or None, malformed mask).

    Sitadel quirks handled: a 3-digit «section» that is in fact the prefix of an absorbed commune with
    the section in the number field (SEC=«842», NUM=«BH121» → 31555842BH0121). Empty pairs are not
    malformed. The string work runs once per distinct reference.
    """
    from .model import by_uniques, distinct_rows

    sec = stripped(section)
    num = stripped(number)
    n = len(sec)
    pre = stripped(prefix) if prefix is not None else np.full(n, "", dtype=object)
    codes, first = distinct_rows([sec, num, pre])  # the string work once per distinct reference
    rest, ok, empty = (
        r[codes] for r in _parcel_parts(*(pd.Series(v[first], dtype=object).astype(str) for v in (sec, num, pre)))
    )
    ins = stripped(insee)
    ok_ins = by_uniques(ins, lambda u: u.str.fullmatch(r"\d{5}|2[AB]\d{3}").to_numpy()).astype(bool)
    ok = ok.astype(bool) & ok_ins
    empty = empty.astype(bool)
    pairs, first = distinct_rows([ins, codes])
    ids = np.where(ok, (ins[first] + rest[first])[pairs], None)
    return ids.astype(object), ~ok & ~empty


# ----------------------------------------------------------------------------- parcel layer

_ID_COLUMNS = (
    "id",
    "idu",
    "id_parcelle",
    "idpar",
    "id_par",
    "parcelle",
    "code_parcelle",
    "identifiant",
    "ident",
    "geo_parcelle",
)


def _lower_map(columns) -> dict:
    return {str(c).strip().lower(): c for c in columns}


class ParcelIndex:
    """A user parcel layer indexed by 14-character id, built once, queried in bulk.

    Accepts the Etalab cadastre (``id``), any layer with a parcel id column, or separate
    commune (or département + commune) / prefix / section / number columns.
    """

    def __init__(self, table, id_column: Optional[str] = None):
        attrs = table.attributes
        self.source = Path(getattr(table, "source", "") or "").name or tr("couche de parcelles")
        self.messages = []
        ids = self._ids(attrs, id_column)
        geoms = np.asarray(table.geometries, dtype=object)
        usable = ~pd.isna(geoms)
        usable[usable] = ~shapely.is_empty(geoms[usable])
        ids_ok = match_parcel_ids(ids)
        for i in np.flatnonzero(~ids_ok)[:20]:
            self.messages.append(
                RowMessage(
                    self.source,
                    None,
                    None,
                    AVERTISSEMENT,
                    tr(
                        "entité {n} : identifiant de parcelle « {v} » invalide (14 caractères attendus) ; ignorée."
                    ).format(n=i + 1, v=ids[i]),
                )
            )
        if (~ids_ok).sum() > 20:
            self.messages.append(
                RowMessage(
                    self.source,
                    None,
                    None,
                    AVERTISSEMENT,
                    tr("… et {k} autres identifiants invalides.").format(k=int((~ids_ok).sum()) - 20),
                )
            )
        self._report(ids, ids_ok & ~usable, tr("géométrie nulle ou vide dans le fichier ; parcelle ignorée"))
        #: ids of the file whose geometry cannot locate anything (null, empty, not repairable into a polygon)
        self.unusable = set(ids[ids_ok & ~usable])
        keep = usable & ids_ok
        feature_no = np.flatnonzero(keep) + 1
        geoms = geoms[keep]
        ids = ids[keep]
        crs = table.crs if table.crs is not None else parse_crs(L93)
        if len(geoms):
            geoms = to_l93(geoms, crs)
            invalid = ~on_cores(shapely.is_valid, geoms)
            if invalid.any():
                repaired = shapely.make_valid(geoms[invalid])
                geoms[invalid] = repaired
                # a bow-tie becomes two triangles; a flat ring becomes a line, which locates nothing
                broken = np.zeros(len(geoms), dtype=bool)
                broken[np.flatnonzero(invalid)[shapely.area(repaired) <= 0]] = True
                if invalid.sum() > broken.sum():
                    self.messages.append(
                        RowMessage(
                            self.source,
                            None,
                            None,
                            INFORMATION,
                            tr("{k} géométrie(s) de parcelle invalide(s) réparée(s) (make_valid).").format(
                                k=int(invalid.sum() - broken.sum())
                            ),
                        )
                    )
                if broken.any():
                    self._report(
                        ids,
                        broken,
                        tr("géométrie invalide qui ne forme aucune surface une fois réparée ; parcelle ignorée"),
                        numbers=feature_no,
                    )
                    self.unusable |= set(ids[broken])
        parts, owner = (
            shapely.get_parts(geoms, return_index=True)
            if len(geoms)
            else (np.array([], dtype=object), np.array([], dtype=np.int64))
        )
        poly = shapely.get_type_id(parts) == 3 if len(parts) else np.array([], dtype=bool)
        parts, owner = parts[poly], owner[poly]
        codes, uniques = pd.factorize(pd.Series(ids[owner], dtype=object))
        order = np.argsort(codes, kind="stable")
        self.ids = pd.Index(uniques)
        self.part_geoms = parts[order]
        self.part_owner = codes[order]
        self.counts = np.bincount(codes, minlength=len(uniques)).astype(np.int64)
        self.starts = (
            np.concatenate([[0], np.cumsum(self.counts)[:-1]]).astype(np.int64)
            if len(uniques)
            else np.array([], dtype=np.int64)
        )

    def _report(self, ids, mask, text: str, numbers=None, limit: int = 20) -> None:
        """One warning per feature (the first ``limit``, then a count): «entité N (parcelle ID) : text»."""
        where = np.flatnonzero(mask)
        for i in where[:limit]:
            number = int(i) + 1 if numbers is None else int(numbers[i])
            self.messages.append(
                RowMessage(
                    self.source,
                    None,
                    None,
                    AVERTISSEMENT,
                    tr("entité {n} (parcelle {p}) : {t}.").format(n=number, p=ids[i], t=text),
                )
            )
        if len(where) > limit:
            self.messages.append(
                RowMessage(
                    self.source,
                    None,
                    None,
                    AVERTISSEMENT,
                    tr("… et {k} autres parcelles.").format(k=len(where) - limit),
                )
            )

    @classmethod
    def from_file(cls, path, layer: Optional[str] = None, id_column: Optional[str] = None) -> "ParcelIndex":
        """Index the parcels of a vector file by their 14-character identifier."""
        from ..vector_io import read_vector

        return cls(read_vector(path, layer=layer), id_column=id_column)

    def __len__(self):
        return len(self.ids)

    def __contains__(self, parcel_id):
        return parcel_id in self.ids

    def lookup(self, ids) -> np.ndarray:
        """Position of each id in :attr:`ids` (-1 when absent), vectorised."""
        return self.ids.get_indexer(pd.Index(np.asarray(ids, dtype=object)))

    def geometry(self, parcel_id):
        """The geometry of one parcel, or None when absent."""
        k = self.ids.get_indexer([parcel_id])[0]
        if k < 0:
            return None
        return shapely.multipolygons(self.part_geoms[self.starts[k] : self.starts[k] + self.counts[k]])

    def _ids(self, attrs: pd.DataFrame, id_column) -> np.ndarray:
        cols = _lower_map(attrs.columns)
        if id_column is not None:
            if id_column not in attrs.columns:
                raise InputError(
                    tr(
                        "{src} : colonne d'identifiant de parcelle « {c} » absente. Colonnes présentes : {cols}."
                    ).format(src=self.source, c=id_column, cols=", ".join(map(str, attrs.columns)))
                )
            candidates = [id_column]
        else:
            candidates = [cols[c] for c in _ID_COLUMNS if c in cols]
        for col in candidates:
            v = attrs[col].astype(object).where(attrs[col].notna(), "").astype(str)
            canonical = _canonical_ids(v.to_numpy(dtype=object))  # already as wanted: nothing to normalise
            if not canonical.all():
                v = v.copy()
                v[~canonical] = v[~canonical].str.strip().str.upper().str.replace(r"\s+", "", regex=True)
            if len(v) == 0 or match_parcel_ids(v.to_numpy(dtype=object)).mean() >= 0.5:
                return v.to_numpy(dtype=object)
        # commune + (prefix) + section + number columns
        insee_col = next(
            (
                cols[c]
                for c in ("commune", "insee", "code_insee", "codeinsee", "insee_com", "code_commune")
                if c in cols
            ),
            None,
        )
        dep_col = next((cols[c] for c in ("code_dep", "dep", "departement") if c in cols), None)
        com3_col = next((cols[c] for c in ("code_com", "com") if c in cols), None)
        sec_col = next((cols[c] for c in ("section", "sec", "code_section") if c in cols), None)
        num_col = next(
            (cols[c] for c in ("numero", "num", "num_parcelle", "numero_parcelle", "parcelle_num") if c in cols), None
        )
        pre_col = next((cols[c] for c in ("prefixe", "prefix", "com_abs", "code_arr", "ccopre") if c in cols), None)
        if (
            sec_col is not None
            and num_col is not None
            and (insee_col is not None or (dep_col is not None and com3_col is not None))
        ):
            if insee_col is not None:
                insee = attrs[insee_col].astype(str).str.strip().str.zfill(5)
            else:
                insee = attrs[dep_col].astype(str).str.strip().str.zfill(2) + attrs[com3_col].astype(
                    str
                ).str.strip().str.zfill(3)
            ids, _bad = build_parcel_ids(
                insee, attrs[sec_col], attrs[num_col], attrs[pre_col] if pre_col is not None else None
            )
            return np.where(pd.isna(ids), "", ids).astype(object)
        raise InputError(
            tr(
                "{src} : impossible de trouver l'identifiant des parcelles. Il faut une colonne « id » (format "
                "Etalab, 14 caractères) ou des colonnes commune, section et numéro. Colonnes présentes : {cols}."
            ).format(src=self.source, cols=", ".join(map(str, attrs.columns)))
        )


# ----------------------------------------------------------------------------- communes


def commune_name_index(ref) -> dict:
    """Normalised commune name (current, old, as spelled in the official layers) → set of INSEE codes."""
    from ..reference.communes import build_commune_index

    return build_commune_index(ref)


_name_index_cache = {}


def _commune_index(ref) -> dict:
    key = (id(ref), str(getattr(ref, "path", "")))
    if key not in _name_index_cache:
        _name_index_cache.clear()
        _name_index_cache[key] = commune_name_index(ref)
    return _name_index_cache[key]


def resolve_commune_names(names, ref):
    """(INSEE code or None, status) per name; status in {"ok", "vide", "inconnue", "ambigue"} (once per distinct
    name)."""
    s = pd.Series(names, dtype=object).fillna("").astype(str).str.strip()
    index = _commune_index(ref)
    codes, uniques = pd.factorize(s)
    res_code, res_status = [], []
    for u in uniques:
        if u == "":
            res_code.append(None)
            res_status.append("vide")
            continue
        found = index.get(normalize(u), set())
        if len(found) == 1:
            res_code.append(next(iter(found)))
            res_status.append("ok")
        else:
            res_code.append(None if not found else ";".join(sorted(found)))
            res_status.append("inconnue" if not found else "ambigue")
    if not len(uniques):
        return np.full(len(s), None, dtype=object), np.full(len(s), "vide", dtype=object)
    return np.array(res_code, dtype=object)[codes], np.array(res_status, dtype=object)[codes]


# ----------------------------------------------------------------------------- geolocation


@dataclass
class Geolocation:
    """Where each case was located, how, and the messages."""

    geometries: np.ndarray  # shapely, EPSG:2154, None where not located
    localisation: np.ndarray  # object: parcelles | coordonnees | commune | non_localise
    messages: list = field(default_factory=list)
    insee: Optional[np.ndarray] = None  # INSEE code used or resolved (None if unknown)

    def __len__(self):
        return len(self.geometries)

    def counts(self) -> dict:
        """Number of cases per kind of location."""
        return {k: int((self.localisation == k).sum()) for k in LOCALISATIONS}


def _col(df, name, n, fill=None):
    if name in df.columns:
        return df[name].to_numpy()
    return np.full(n, fill, dtype=object)


def _join_limited(ids, limit=10) -> str:
    ids = list(ids)
    text = ", ".join(ids[:limit])
    return text + (tr(" (et {k} autres)").format(k=len(ids) - limit) if len(ids) > limit else "")


def _as_multipolygons(geoms: np.ndarray) -> np.ndarray:
    """Polygons and multipolygons → MultiPolygon (vectorised); None stays None."""
    n = len(geoms)
    out = np.full(n, None, dtype=object)
    present = np.flatnonzero(~pd.isna(geoms))
    if len(present) == 0:
        return out
    parts, owner = shapely.get_parts(geoms[present], return_index=True)
    poly = shapely.get_type_id(parts) == 3
    parts, owner = parts[poly], present[owner[poly]]
    if len(parts):
        shapely.multipolygons(parts, indices=owner, out=out)
    return out


def _split_ids(values: np.ndarray, positions: np.ndarray):
    """(row, id) of every non-blank id of «;»-joined id lists (``positions``: the row of each list): one join and one
    split of the whole column, the row of each id counted from the line breaks (numpy), no per-row Python."""
    big = "\n".join(values)
    if big.count("\n") != len(values) - 1:  # a line break inside a list (never from the readers): row by row
        exploded = pd.Series(values, index=positions, dtype=object).str.split(";").explode().str.strip()
        exploded = exploded[exploded != ""]
        return exploded.index.to_numpy(dtype=np.int64), exploded.to_numpy(dtype=object)
    tokens = big.replace("\n", ";").split(";")
    if not big.isascii() or any(c in big for c in " \t\r\x0b\x0c\x1c\x1d\x1e\x1f"):  # spaces to strip (rare)
        tokens = pd.Series(tokens, dtype=object).str.strip().to_numpy(dtype=object)
    else:
        tokens = np.array(tokens, dtype=object)
    data = np.frombuffer(big.encode("utf-8"), dtype=np.uint8)
    breaks = data[(data == 59) | (data == 10)] == 10  # each separator: a line break (next list) or «;»
    rows = positions[np.concatenate([[0], np.cumsum(breaks)])]
    keep = tokens != ""
    return rows[keep].astype(np.int64), tokens[keep]


def geolocate(df: pd.DataFrame, ref, parcels: Optional[ParcelIndex] = None) -> Geolocation:
    """Footprint of every dossier (EPSG:2154): parcels, else coordinates, else commune, else none.

    Vectorised: the parcel footprints are built in one ``shapely.multipolygons`` call over all
    dossiers; coordinates are validated in bulk per CRS; communes are looked up by code or by name.
    """
    from ..screening.engine import prepare_geometries

    n = len(df)
    sources = _col(df, "source", n, "")
    lines = _col(df, "ligne", n, None)
    geoms = np.full(n, None, dtype=object)
    loc = np.full(n, LOC_NON_LOCALISE, dtype=object)
    notes = {}  # row → reasons why a more precise location was not possible
    messages = []

    def note(i, text):
        notes.setdefault(int(i), []).append(text)

    def msg(i, fld, level, text):
        messages.append(RowMessage(str(sources[i]), None if lines[i] is None else int(lines[i]), fld, level, text))

    # 1. parcels -------------------------------------------------------------------------------
    par = pd.Series(_col(df, "parcelles", n), dtype=object).reset_index(drop=True)
    has_par = ~pd.isna(par.to_numpy(dtype=object))
    has_par[has_par] = (par[has_par].astype(str).str.strip() != "").to_numpy()
    if has_par.any() and parcels is None:
        for i in np.flatnonzero(has_par):
            note(i, tr("aucune couche de parcelles fournie pour localiser les parcelles"))
    elif has_par.any():
        rows, pids = _split_ids(par[has_par].astype(str).to_numpy(dtype=object), np.flatnonzero(has_par))
        codes = parcels.lookup(pids)
        found = codes >= 0
        if (~found).any():
            unusable = getattr(parcels, "unusable", set())
            bad = np.fromiter((p in unusable for p in pids[~found]), dtype=bool, count=int((~found).sum()))
            absent = pd.Series(pids[~found][~bad], index=rows[~found][~bad]).groupby(level=0).agg(list)
            for i, ids in absent.items():
                note(i, tr("parcelles absentes de la couche de parcelles : {ids}").format(ids=_join_limited(ids)))
            unlocatable = pd.Series(pids[~found][bad], index=rows[~found][bad]).groupby(level=0).agg(list)
            for i, ids in unlocatable.items():
                note(
                    i,
                    tr(
                        "parcelles présentes dans {src} mais sans géométrie utilisable (voir les messages de ce "
                        "fichier) : {ids}"
                    ).format(src=parcels.source, ids=_join_limited(ids)),
                )
        rows_f, codes_f = rows[found], codes[found]
        cnt = parcels.counts[codes_f]
        start = parcels.starts[codes_f]
        total = int(cnt.sum())
        if total:
            offsets = np.arange(total) - np.repeat(np.cumsum(cnt) - cnt, cnt)
            part_idx = np.repeat(start, cnt) + offsets
            part_rows = np.repeat(rows_f, cnt)
            order = np.argsort(part_rows, kind="stable")
            part_rows = part_rows[order]
            out = np.full(n, None, dtype=object)
            shapely.multipolygons(parcels.part_geoms[part_idx[order]], indices=part_rows, out=out)
            # adjacent parcels make an invalid MultiPolygon (shared edges): merged in bulk, only where needed
            nparts = np.bincount(part_rows, minlength=n)
            multi = np.flatnonzero(nparts > 1)
            if len(multi):
                bad = multi[~on_cores(shapely.is_valid, out[multi])]
                if len(bad):
                    out[bad] = _as_multipolygons(on_cores(lambda g: shapely.buffer(g, 0), out[bad]))
            located = ~pd.isna(out)
            geoms[located] = out[located]
            loc[located] = LOC_PARCELLES
            for i in sorted(i for i in notes if located[i]):
                if int(i) in notes:  # some parcels listed but absent
                    msg(
                        i,
                        "parcelles",
                        AVERTISSEMENT,
                        notes.pop(int(i))[0] + tr(" ; emprise limitée aux parcelles trouvées."),
                    )
    # 2. coordinates ----------------------------------------------------------------------------
    todo = loc == LOC_NON_LOCALISE
    x = pd.to_numeric(pd.Series(_col(df, "x", n, np.nan)), errors="coerce").to_numpy(dtype=float)
    y = pd.to_numeric(pd.Series(_col(df, "y", n, np.nan)), errors="coerce").to_numpy(dtype=float)
    crs = pd.Series(_col(df, "crs", n), dtype=object).fillna("").astype(str).to_numpy(dtype=object)
    has_xy = todo & np.isfinite(x) & np.isfinite(y)
    for c in pd.unique(crs[has_xy]):
        sel = np.flatnonzero(has_xy & (crs == c))
        label = c or L93
        try:
            crs_obj = parse_crs(label)
        except InputError as exc:
            for i in sel:
                note(i, tr("coordonnées inutilisables : {e}").format(e=exc))
            continue
        prepared = prepare_geometries(
            shapely.points(x[sel], y[sel]), crs_obj, [tr("coordonnées ({x}, {y})")] * len(sel)
        )
        for m in prepared.messages:
            i = sel[m.index]
            note(
                i,
                m.text.replace("{x}", f"{x[i]:g}")
                .replace("{y}", f"{y[i]:g}")
                .replace(" ; élément non analysé.", "")
                .replace(
                    " Indiquez --crs EPSG:4326 si elles sont en WGS84.",
                    " Indiquez le système EPSG:4326 si elles sont en WGS84.",
                ),
            )
        ok = sel[prepared.ok]
        geoms[ok] = prepared.geometries[prepared.ok]
        loc[ok] = LOC_COORDONNEES
        for i in ok:
            if int(i) in notes:
                msg(i, "x/y", AVERTISSEMENT, " ; ".join(notes.pop(int(i))) + tr(" ; localisation par les coordonnées."))
    # 3. commune --------------------------------------------------------------------------------
    insee_in = stripped(_col(df, "commune_insee", n))  # once per distinct value
    names = stripped(_col(df, "commune_nom", n))
    insee_used = np.where(insee_in == "", None, insee_in)
    todo = np.flatnonzero(loc == LOC_NON_LOCALISE)
    com = ref.communes
    com_insee = pd.Index(com.attributes["insee"].astype(str))
    com_names = com.attributes["nom"].to_numpy(dtype=object)
    if len(todo):
        k_code = com_insee.get_indexer(pd.Index(insee_in[todo]))
        need_name = k_code < 0
        by_name = np.full(len(todo), None, dtype=object)
        status = np.full(len(todo), "vide", dtype=object)
        if need_name.any():
            by_name[need_name], status[need_name] = resolve_commune_names(names[todo[need_name]], ref)
        k_name = com_insee.get_indexer(pd.Index(np.where(pd.isna(by_name), "", by_name)))
        k = np.where(k_code >= 0, k_code, k_name)
        neither = tr("ni parcelle ni coordonnées indiquées")
        for j, i in enumerate(todo):
            code, name = insee_in[i], names[i]
            if i not in notes:
                note(i, neither)
            if k[j] >= 0:
                if k_code[j] < 0:
                    insee_used[i] = com_insee[k[j]]
                continue
            if code:
                note(
                    i,
                    tr("commune {code}{nom} hors de la liste des {n} communes du bassin minier").format(
                        code=code, nom=f" ({name})" if name else "", n=len(com_insee)
                    ),
                )
            elif status[j] == "ambigue":
                note(
                    i,
                    tr("nom de commune « {nom} » ambigu (codes INSEE {codes})").format(
                        nom=name, codes=by_name[j].replace(";", ", ")
                    ),
                )
            elif status[j] == "inconnue":
                note(
                    i,
                    tr(
                        "commune « {nom} » absente de la liste des {n} communes du bassin minier (ni nom actuel ni "
                        "ancien nom)"
                    ).format(nom=name, n=len(com_insee)),
                )
            else:
                note(i, tr("aucune commune indiquée"))
        located = todo[k >= 0]
        geoms[located] = com.geometries[k[k >= 0]]
        loc[located] = LOC_COMMUNE
        imprecise = tr("localisation imprécise : commune entière de {nom} ({code}) ; {why}.")
        for i, kk in zip(located, k[k >= 0]):
            msg(
                i,
                "commune_insee" if insee_in[i] else "commune_nom",
                AVERTISSEMENT,
                imprecise.format(nom=com_names[kk], code=com_insee[kk], why=" ; ".join(notes.pop(int(i)))),
            )
    # 4. not located ----------------------------------------------------------------------------
    for i in np.flatnonzero(loc == LOC_NON_LOCALISE):
        msg(
            i,
            None,
            ERREUR,
            tr("dossier non localisé : {why}.").format(
                why=" ; ".join(notes.pop(int(i), [tr("aucune information de localisation")]))
            ),
        )
    for i, why in notes.items():  # pragma: no cover - every note is consumed above
        msg(i, None, INFORMATION, "; ".join(why))
    messages.sort(key=lambda m: (m.file, m.row or 0))
    return Geolocation(geoms, loc, messages, insee_used)

"""CSV and Excel (.xlsx) exports of ADS software, read through a column mapping defined once and reused.

A mapping is ``{standard column: source column}`` (a list of source columns is joined: several
address or parcel columns). Keys starting with «_» are options: ``_crs`` (system of the x/y columns
when the file has none, e.g. "EPSG:2154"), ``_insee`` (commune code of a single-commune export),
``_type`` (dossier type when the export has no type column), ``_feuille`` (Excel sheet name),
``_ligne_entete`` (1-based line of the column names, when titles come first).

Mappings are saved as JSON files in ``config_dir()/mappings/`` so the desktop and the command
line share them. :func:`guess_mapping` proposes one from the usual column names.
"""

import csv
import datetime as _dt
import json
import re
from pathlib import Path
from typing import Optional, Union

import numpy as np
import pandas as pd

from .. import config
from ..errors import InputError
from ..i18n import tr
from ..text import strip_accents
from .model import (
    AVERTISSEMENT,
    ENCODING_LABELS,
    INFORMATION,
    STANDARD_COLUMNS,
    ImportResult,
    RowMessage,
    clean_text,
    decode_text_lines,
    implausible_date_messages,
    mixed_encoding_message,
    dedupe,
    finalize,
    head_lines,
    normalize_crs_values,
    normalize_insee,
    normalize_numero,
    normalize_types,
    parse_dates,
    parse_numbers,
    read_delimited,
    refuse_duplicated_columns,
    row_messages,
    stripped,
)
from .parcels import parse_parcel_column

MAPPABLE_COLUMNS = tuple(c for c in STANDARD_COLUMNS if c not in ("numero_norm", "source", "ligne"))
OPTIONS = ("_crs", "_insee", "_type", "_feuille", "_ligne_entete")
JOIN_SEPARATORS = {"parcelles": ";", "travaux": " ; ", "adresse": " "}

# usual column names, compared after _canon() (accents, case, punctuation, «n°/no/numéro» → «num», articles removed)
ALIASES = {
    "numero": (
        "num dossier",
        "num",
        "dossier",
        "num permis",
        "num autorisation",
        "num demande",
        "reference dossier",
        "ref dossier",
        "reference",
        "identifiant dossier",
        "id dossier",
        "num dau",
        "num enregistrement",
        "num pc",
        "dossier num",
        "code dossier",
        "num urbanisme",
        "num ads",
        "identifiant",
    ),
    "type": (
        "type",
        "type dossier",
        "type dau",
        "type autorisation",
        "type demande",
        "nature dossier",
        "type procedure",
        "procedure",
        "categorie dossier",
    ),
    "commune_insee": (
        "code insee",
        "insee",
        "code commune",
        "commune insee",
        "insee commune",
        "code insee commune",
        "comm",
        "depcom",
        "code com",
        "cog",
    ),
    "commune_nom": (
        "commune",
        "nom commune",
        "libelle commune",
        "ville",
        "localite",
        "commune terrain",
        "localite terrain",
        "commune travaux",
        "lieu travaux commune",
    ),
    "parcelles": (
        "parcelles",
        "parcelle",
        "references cadastrales",
        "reference cadastrale",
        "ref cadastrales",
        "ref cadastrale",
        "refs cadastrales",
        "cadastre",
        "ref cadastre",
        "parcelles cadastrales",
        "idu",
        "terrain cadastre",
        "section parcelle",
        "references cadastre",
        "parcelles concernees",
    ),
    "x": ("x", "coord x", "x l93", "x lambert", "x lambert93", "xlambert", "longitude", "lon", "lng", "coordonnee x"),
    "y": ("y", "coord y", "y l93", "y lambert", "y lambert93", "ylambert", "latitude", "lat", "coordonnee y"),
    "crs": ("crs", "scr", "epsg", "srid", "systeme coordonnees", "projection"),
    "adresse": (
        "adresse",
        "adresse terrain",
        "adresse travaux",
        "localisation",
        "adresse projet",
        "lieu travaux",
        "voie",
        "adresse chantier",
        "situation terrain",
    ),
    "travaux": (
        "nature travaux",
        "travaux",
        "objet",
        "description",
        "description travaux",
        "objet demande",
        "libelle",
        "description projet",
        "projet",
        "objet travaux",
        "nature projet travaux",
        "libelle travaux",
        "designation travaux",
        "intitule",
    ),
    "nature": ("nature projet", "categorie projet", "type projet", "destination", "nature"),
    "hauteur": ("hauteur", "hauteur m", "hauteur max", "hauteur maximale", "hauteur projet", "hauteur totale"),
    "date_depot": (
        "date depot",
        "depot",
        "date demande",
        "date enregistrement",
        "deposee",
        "date reception",
        "date depot demande",
        "depose",
        "date",
    ),
    "statut_dossier": (
        "statut",
        "etat",
        "etat dossier",
        "statut dossier",
        "decision",
        "avancement",
        "etat avancement",
        "etat instruction",
        "situation dossier",
    ),
    "decision_date": (
        "date decision",
        "date de decision",
        "date arrete",
        "date de l arrete",
        "date autorisation",
        "date accord",
    ),
    "demandeur": (
        "demandeur",
        "petitionnaire",
        "nom demandeur",
        "nom du demandeur",
        "denomination demandeur",
        "denom dem",
        "maitre ouvrage",
    ),
}

_ARTICLES = {"de", "du", "des", "la", "le", "les", "l", "d", "a", "au", "aux", "en"}
_NUM_WORDS = {"no", "numero", "numeros", "num", "nr", "n", "nos"}


def _canon(name) -> str:
    s = strip_accents(str(name)).lower()
    s = re.sub(r"n\s*[°º]", " num ", s)
    s = re.sub(r"[^a-z0-9]+", " ", s)
    out = []
    for tok in s.split():
        if tok in _NUM_WORDS:
            tok = "num"
        if tok in _ARTICLES:
            continue
        out.append(tok)
    return " ".join(out)


def mappings_dir() -> Path:
    """Folder of the saved column mappings."""
    return config.config_dir() / "mappings"


def _slug(name: str) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", strip_accents(str(name)).lower()).strip("-")
    if not slug:
        raise InputError(
            tr("Nom de correspondance invalide « {n} » : utilisez des lettres ou des chiffres.").format(n=name)
        )
    return slug


def validate_mapping(mapping: dict) -> dict:
    """Check keys and values; return a clean copy. French error naming the problem."""
    if not isinstance(mapping, dict) or not mapping:
        raise InputError(
            tr(
                "Correspondance de colonnes vide ou invalide : il faut un dictionnaire {colonne standard: colonne du "
                "fichier}."
            )
        )
    out = {}
    for key, value in mapping.items():
        if key not in MAPPABLE_COLUMNS and key not in OPTIONS:
            raise InputError(
                tr(
                    "Correspondance : colonne standard inconnue « {k} ». Colonnes possibles : {cols} ; options : "
                    "{opts}."
                ).format(k=key, cols=", ".join(MAPPABLE_COLUMNS), opts=", ".join(OPTIONS))
            )
        if key in OPTIONS:
            if value is None or str(value).strip() == "":
                continue
            if key == "_ligne_entete":
                try:
                    out[key] = int(str(value).strip())
                except ValueError:
                    raise InputError(
                        tr(
                            "Correspondance : « _ligne_entete » doit être un numéro de ligne (1, 2, 3…), pas « {v} »."
                        ).format(v=value)
                    ) from None
                if out[key] < 1:
                    raise InputError(
                        tr("Correspondance : « _ligne_entete » doit être un numéro de ligne à partir de 1.")
                    )
            else:
                out[key] = str(value).strip()
            continue
        values = value if isinstance(value, (list, tuple)) else [value]
        values = [str(v).strip() for v in values if v is not None and str(v).strip() != ""]
        if not values:
            continue
        out[key] = values[0] if len(values) == 1 else values
    if "numero" not in out:
        raise InputError(
            tr("Correspondance incomplète : la colonne du numéro de dossier (« numero ») est obligatoire.")
        )
    return out


def save_mapping(name: str, mapping: dict) -> Path:
    """Save (or replace) a named mapping; returns the JSON file written."""
    clean = validate_mapping(mapping)
    folder = mappings_dir()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{_slug(name)}.json"
    payload = {"nom": str(name), "enregistree_le": _dt.date.today().isoformat(), "correspondance": clean}
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(payload, ensure_ascii=False, indent=2), encoding="utf-8")
    tmp.replace(path)
    return path


def _read_mapping_file(path: Path) -> dict:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise InputError(
            tr("Correspondance illisible : {p} ({e}). Supprimez le fichier ou enregistrez-la de nouveau.").format(
                p=path, e=exc
            )
        ) from None
    if not isinstance(data, dict):
        raise InputError(
            tr(
                "Correspondance illisible : {p} n'est pas un objet JSON avec « nom » et « correspondance ». "
                "Supprimez le fichier ou enregistrez-la de nouveau."
            ).format(p=path)
        )
    return data


def load_mapping(name: str) -> dict:
    """A saved column mapping; French error when absent or unreadable."""
    path = mappings_dir() / f"{_slug(name)}.json"
    if not path.exists():
        known = list_mappings()
        raise InputError(
            tr("Correspondance « {n} » introuvable. Correspondances enregistrées : {known}.").format(
                n=name, known=", ".join(known) if known else tr("aucune")
            )
        )
    return validate_mapping(_read_mapping_file(path).get("correspondance") or {})


def list_mappings() -> list:
    """Names of the saved column mappings."""
    folder = mappings_dir()
    if not folder.exists():
        return []
    names = []
    for p in sorted(folder.glob("*.json")):
        try:
            data = json.loads(p.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        names.append(str((data.get("nom") if isinstance(data, dict) else None) or p.stem))
    return sorted(names, key=lambda s: _canon(s))


def delete_mapping(name: str) -> None:
    """Delete a saved column mapping."""
    path = mappings_dir() / f"{_slug(name)}.json"
    if not path.exists():
        raise InputError(tr("Correspondance « {n} » introuvable.").format(n=name))
    path.unlink()


def guess_mapping(columns) -> dict:
    """Propose {standard column: source column} from usual column names (each source column used once)."""
    columns = [str(c) for c in columns]
    scores = []
    for c in columns:
        cc = _canon(c)
        if not cc:
            continue
        ctoks = set(cc.split())
        for key, aliases in ALIASES.items():
            best = 0
            for rank, alias in enumerate(aliases):
                if cc == alias:
                    best = max(best, 1000 - rank)
                elif len(alias) >= 4 and set(alias.split()) <= ctoks:
                    best = max(best, 10 * len(alias.split()) + (5 if cc.startswith(alias) else 0))
            if best:
                scores.append((best, key, c))
    scores.sort(key=lambda t: -t[0])
    mapping, used = {}, set()
    for _score, key, c in scores:
        if key in mapping or c in used:
            continue
        mapping[key] = c
        used.add(c)
    return {k: mapping[k] for k in MAPPABLE_COLUMNS if k in mapping}


def _sources(mapping: dict) -> list:
    out = []
    for k, v in mapping.items():
        if k.startswith("_"):
            continue
        out.extend(v if isinstance(v, list) else [v])
    return out


def _find_column(columns, wanted: str) -> Optional[str]:
    if wanted in columns:
        return wanted
    stripped = {str(c).strip(): c for c in columns}
    if wanted.strip() in stripped:
        return stripped[wanted.strip()]
    canon = {}
    for c in columns:
        canon.setdefault(_canon(c), c)
    return canon.get(_canon(wanted))


# ----------------------------------------------------------------------------- reading the raw table


def _cell_text(v) -> str:
    if v is None:
        return ""
    if isinstance(v, float):
        if np.isnan(v):
            return ""
        return str(int(v)) if v.is_integer() else repr(v)
    if isinstance(v, (pd.Timestamp, _dt.datetime)):
        return v.strftime("%Y-%m-%d") if (v.hour, v.minute, v.second) == (0, 0, 0) else v.strftime("%Y-%m-%d %H:%M:%S")
    if isinstance(v, _dt.date):
        return v.isoformat()
    if v is pd.NaT:
        return ""
    return str(v).strip()


def _header_candidates_csv(text: str):
    lines = head_lines(text, 40)
    best_sep = max((";", ",", "\t"), key=lambda s: max((ln.count(s) for ln in lines), default=0))
    out = []
    for k, line in enumerate(lines):
        if not line.strip():
            continue
        try:
            fields = next(csv.reader([line.rstrip("\r")], delimiter=best_sep))
        except (csv.Error, StopIteration):
            continue
        out.append((k, [f.strip() for f in fields]))
    return best_sep, out


def _choose_header(candidates, mapping: Optional[dict], header_line: Optional[int]):
    """(position in candidates, mapping, how): the header row and the mapping that fits it."""
    if header_line is not None:
        for pos, (k, _f) in enumerate(candidates):
            if k + 1 == header_line:
                return pos
        raise InputError(tr("Ligne d'en-tête {n} vide ou absente du fichier.").format(n=header_line))
    if mapping is not None:
        wanted = _sources(mapping)
        best, best_hits = 0, -1
        for pos, (_k, fields) in enumerate(candidates[:30]):
            hits = sum(_find_column(fields, w) is not None for w in wanted)
            if hits > best_hits:
                best, best_hits = pos, hits
        return best
    saved = []
    for name in list_mappings():
        try:
            saved.append(_sources(load_mapping(name)))
        except InputError:
            continue
    for pos, (_k, fields) in enumerate(candidates[:30]):
        if any(all(_find_column(fields, w) is not None for w in srcs) for srcs in saved) or "numero" in guess_mapping(
            fields
        ):
            return pos
    return 0


def _pick_mapping(columns):
    """A saved mapping whose source columns are all present (the most specific), else a guessed one."""
    best = None
    for name in list_mappings():
        try:
            m = load_mapping(name)
        except InputError:
            continue
        srcs = _sources(m)
        if all(_find_column(columns, s) is not None for s in srcs) and (
            best is None or len(srcs) > len(_sources(best[1]))
        ):
            best = (name, m)
    if best is not None:
        return best[1], best[0], "enregistree"
    return guess_mapping(columns), None, "devinee"


def _read_excel_frame(path: Path, sheet):
    try:
        import openpyxl  # noqa: F401
    except ImportError:
        raise InputError(
            tr(
                "Lecture des fichiers Excel impossible : la bibliothèque « openpyxl » manque. Installez-la (pip "
                "install openpyxl) ou enregistrez le fichier en CSV."
            )
        ) from None
    try:
        raw = pd.read_excel(
            path, sheet_name=sheet if sheet is not None else 0, header=None, dtype=object, engine="openpyxl"
        )
    except ValueError as exc:
        sheets = []
        try:
            sheets = pd.ExcelFile(path, engine="openpyxl").sheet_names
        except Exception:  # noqa: BLE001
            pass
        raise InputError(
            tr("{p} : feuille « {s} » introuvable ({e}). Feuilles : {all}.").format(
                p=path.name, s=sheet, e=exc, all=", ".join(sheets)
            )
        ) from None
    except Exception as exc:  # zipfile.BadZipFile, KeyError…
        raise InputError(
            tr("{p} : classeur Excel illisible ({e}). Enregistrez-le de nouveau en .xlsx ou en CSV.").format(
                p=path.name, e=exc
            )
        ) from None
    return raw.map(_cell_text) if hasattr(raw, "map") else raw.applymap(_cell_text)


def read_tabular(path, mapping: Union[dict, str, None] = None) -> ImportResult:
    """Read a CSV/Excel export with a column mapping (a dict, a saved mapping's name, or None to pick one)."""
    path = Path(path)
    name = path.name
    if not path.exists():
        raise InputError(tr("Fichier introuvable : {path}. Vérifiez le chemin.").format(path=path))
    suffix = path.suffix.lower()
    if suffix == ".xls":
        raise InputError(
            tr(
                "{p} : format Excel 97-2003 (.xls) non pris en charge. Enregistrez le fichier en .xlsx ou en CSV "
                "(séparateur « ; »)."
            ).format(p=name)
        )
    mapping_name = None
    if isinstance(mapping, str):
        mapping_name = mapping
        mapping = load_mapping(mapping)
    elif mapping is not None:
        mapping = validate_mapping(mapping)
    options = {k: v for k, v in (mapping or {}).items() if k.startswith("_")}
    messages = []
    encoding = None
    raw = None
    if suffix in (".xlsx", ".xlsm"):
        frame = _read_excel_frame(path, options.get("_feuille"))
        candidates = [
            (int(k), list(r)) for k, r in zip(frame.index, frame.itertuples(index=False)) if any(v != "" for v in r)
        ][:40]
        if not candidates:
            raise InputError(tr("{p} : la feuille est vide.").format(p=name))
        pos = _choose_header(candidates, mapping, options.get("_ligne_entete"))
        hk, header = candidates[pos]
        columns = dedupe([str(h) for h in header])
        body = frame.loc[frame.index > hk]
        body = body[(body != "").any(axis=1)]
        df = pd.DataFrame(body.to_numpy(dtype=object), columns=columns)
        lines = body.index.to_numpy(dtype=np.int64) + 1
    else:
        text, encoding, legacy_lines = decode_text_lines(path)
        sep, candidates = _header_candidates_csv(text)
        if not candidates:
            raise InputError(tr("{path} est vide : il faut au moins une ligne d'en-tête.").format(path=name))
        pos = _choose_header(candidates, mapping, options.get("_ligne_entete"))
        hk, header = candidates[pos]
        columns = dedupe(header)
        raw = read_delimited(text, sep, hk + 1, columns, name)
        df, lines = raw.df, raw.lines
        messages += raw.messages
    how = "donnee"
    if mapping is None:
        mapping, mapping_name, how = _pick_mapping(list(df.columns))
        if "numero" not in mapping:
            raise InputError(
                tr(
                    "{p} : colonne du numéro de dossier non reconnue. Définissez une correspondance de colonnes "
                    "(numero, commune, parcelles…) et enregistrez-la pour la réutiliser. Colonnes présentes : {cols}."
                ).format(p=name, cols=", ".join(df.columns))
            )
    resolved = resolve_mapping(mapping, list(df.columns), name, mapping_name)
    refuse_duplicated_columns(header, name, only=[c for cols in resolved.values() for c in cols])
    described = ", ".join(
        f"{k} ← « {v if isinstance(v, str) else ' + '.join(v)} »" for k, v in mapping.items() if not k.startswith("_")
    )
    if how == "devinee":
        messages.append(
            RowMessage(
                name,
                None,
                None,
                INFORMATION,
                tr(
                    "correspondance de colonnes devinée : {m}. Vérifiez-la, puis enregistrez-la pour la réutiliser."
                ).format(m=described),
            )
        )
    elif how == "enregistree":
        messages.append(
            RowMessage(
                name,
                None,
                None,
                INFORMATION,
                tr("correspondance enregistrée « {n} » utilisée : {m}.").format(n=mapping_name, m=described),
            )
        )
    result_df = standardise_columns(df, lines, resolved, options, name, messages)
    messages.insert(
        0,
        RowMessage(
            name,
            None,
            None,
            INFORMATION,
            tr("tableau {kind}, en-tête ligne {h}{enc} ; {n} dossier(s) lu(s).").format(
                kind="Excel" if encoding is None else "CSV",
                h=hk + 1,
                enc=f", encodage {ENCODING_LABELS.get(encoding, encoding)}" if encoding else "",
                n=len(result_df),
            ),
        ),
    )
    mixed = mixed_encoding_message(name, legacy_lines if encoding is not None else [])
    if mixed is not None:
        messages.insert(1, mixed)
    if raw is not None:
        unread = raw.unread_lines(result_df["ligne"])
    else:  # a workbook: the cells of the rows not kept
        kept = set(result_df["ligne"].astype(int))
        unread = [(int(n), ";".join(map(str, row))) for n, row in zip(lines, df.to_numpy()) if int(n) not in kept]
    return ImportResult(
        result_df, messages, source=str(path), fmt="tableur", encoding=encoding, mapping=dict(mapping), unread=unread
    )


def resolve_mapping(mapping: dict, columns: list, file_name: str, mapping_name: Optional[str]) -> dict:
    """{standard column: [actual source columns]}; French error naming the missing mapped column."""
    out = {}
    for key, value in mapping.items():
        if key.startswith("_"):
            continue
        found = []
        for wanted in value if isinstance(value, list) else [value]:
            col = _find_column(columns, wanted)
            if col is None:
                where = tr(" dans la correspondance « {n} »").format(n=mapping_name) if mapping_name else ""
                raise InputError(
                    tr(
                        "Colonne « {c} » (prévue pour « {k} »{where}) absente de {f}. Colonnes présentes : {cols}. "
                        "Corrigez la correspondance ou choisissez-en une autre."
                    ).format(c=wanted, k=key, where=where, f=file_name, cols=", ".join(columns))
                )
            found.append(col)
        out[key] = found
    return out


def standardise_columns(
    df: pd.DataFrame, lines: np.ndarray, resolved: dict, options: dict, name: str, messages: list
) -> pd.DataFrame:
    """The standard case columns from a raw table and its resolved mapping, with row messages."""
    n = len(df)

    def values(key):
        cols = resolved.get(key)
        if not cols:
            return None
        parts = [stripped(df[c]) for c in cols]
        if len(parts) == 1:
            return parts[0]
        sep = JOIN_SEPARATORS.get(key, " ")
        acc = parts[0]
        for p in parts[1:]:
            acc = np.where((acc != "") & (p != ""), acc + sep + p, np.where(acc == "", p, acc))
        return acc

    def fld(key):
        cols = resolved.get(key) or [key]
        return " + ".join(cols)

    out = {}
    num = values("numero")
    out["numero"] = clean_text(num)
    numero_norm = normalize_numero(num)
    out["numero_norm"] = numero_norm
    type_values = values("type")
    if type_values is None:
        type_values = np.full(n, options.get("_type", ""), dtype=object)
    else:
        type_values = np.where(type_values == "", options.get("_type", ""), type_values)
    types, unknown = normalize_types(type_values, numero_norm)
    out["type"] = types
    messages += row_messages(
        name,
        lines,
        unknown,
        fld("type"),
        AVERTISSEMENT,
        tr("type de dossier « {v} » non reconnu (PC, PD, PA ou DP attendu) ; type laissé vide."),
        type_values,
    )

    insee_raw = values("commune_insee")
    if insee_raw is None:
        insee_raw = np.full(n, options.get("_insee", ""), dtype=object)
    elif options.get("_insee"):
        insee_raw = np.where(insee_raw == "", options["_insee"], insee_raw)
    insee, bad = normalize_insee(insee_raw)
    messages += row_messages(
        name,
        lines,
        bad,
        fld("commune_insee"),
        AVERTISSEMENT,
        tr("code INSEE « {v} » invalide (5 caractères attendus) ; ignoré."),
        insee_raw,
    )
    names = values("commune_nom")
    out["commune_nom"] = clean_text(names) if names is not None else np.full(n, None, dtype=object)
    if names is not None:
        need = pd.isna(insee) & (names != "")
        if need.any():
            try:
                from ..reference.data import load_reference
                from .parcels import resolve_commune_names

                codes, _status = resolve_commune_names(names[need], load_reference())
                filled = np.asarray(insee, dtype=object).copy()
                filled[np.flatnonzero(need)] = codes
                got = need & ~pd.isna(filled)
                insee = filled
                if got.any():
                    messages.append(
                        RowMessage(
                            name,
                            None,
                            fld("commune_nom"),
                            INFORMATION,
                            tr("code INSEE déduit du nom de commune pour {k} dossier(s).").format(k=int(got.sum())),
                        )
                    )
            except Exception:  # noqa: BLE001 - no reference set: communes stay unknown, said below for parcels
                pass
    out["commune_insee"] = insee

    par = values("parcelles")
    if par is not None:
        parsed = parse_parcel_column(par, insee)
        for r, problem in parsed.problems:
            messages.append(RowMessage(name, int(lines[r]), fld("parcelles"), AVERTISSEMENT, problem + "."))
        out["parcelles"] = parsed.ids

    xs, ys = values("x"), values("y")
    if (xs is None) != (ys is None):
        messages.append(
            RowMessage(
                name,
                None,
                None,
                AVERTISSEMENT,
                tr(
                    "une seule colonne de coordonnées est indiquée dans la correspondance (x et y sont nécessaires) ; "
                    "coordonnées ignorées."
                ),
            )
        )
    elif xs is not None:
        x, bad_x = parse_numbers(xs)
        y, bad_y = parse_numbers(ys)
        badxy = bad_x | bad_y
        for i in np.flatnonzero(badxy):
            messages.append(
                RowMessage(
                    name,
                    int(lines[i]),
                    f"{fld('x')}/{fld('y')}",
                    AVERTISSEMENT,
                    tr("coordonnées non numériques (« {x} », « {y} ») ; ignorées.").format(x=xs[i], y=ys[i]),
                )
            )
        x[badxy] = np.nan
        y[badxy] = np.nan
        crs_in = values("crs")
        if crs_in is None:
            crs_in = np.full(n, options.get("_crs", ""), dtype=object)
        elif options.get("_crs"):
            crs_in = np.where(crs_in == "", options["_crs"], crs_in)
        out["crs"], crs_msgs = normalize_crs_values(
            crs_in, x, y, name, lines, fld("crs") if "crs" in resolved else "crs"
        )
        messages += crs_msgs
        known = ~pd.isna(out["crs"])
        x[~known] = np.nan
        y[~known] = np.nan
        out["x"], out["y"] = x, y

    for key in ("adresse", "demandeur", "travaux", "nature", "statut_dossier"):
        v = values(key)
        if v is not None:
            out[key] = clean_text(v)
    h = values("hauteur")
    if h is not None:
        hv, bad_h = parse_numbers(h, unit=r"\s*(?:m|M|mètres?)$")
        messages += row_messages(
            name,
            lines,
            bad_h,
            fld("hauteur"),
            AVERTISSEMENT,
            tr("hauteur « {v} » illisible (nombre de mètres attendu) ; ignorée."),
            h,
        )
        out["hauteur"] = hv
    d = values("date_depot")
    if d is not None:
        iso, bad_d = parse_dates(d)
        messages += row_messages(
            name,
            lines,
            bad_d,
            fld("date_depot"),
            AVERTISSEMENT,
            tr("date « {v} » illisible (jj/mm/aaaa ou aaaa-mm-jj attendu) ; date ignorée."),
            d,
        )
        messages += implausible_date_messages(name, lines, iso, fld("date_depot"), d)
        out["date_depot"] = iso
    dd = values("decision_date")
    if dd is not None:
        iso, bad_dd = parse_dates(dd)
        messages += row_messages(
            name,
            lines,
            bad_dd,
            fld("decision_date"),
            AVERTISSEMENT,
            tr("date de décision « {v} » illisible (jj/mm/aaaa ou aaaa-mm-jj attendu) ; ignorée."),
            dd,
        )
        messages += implausible_date_messages(name, lines, iso, fld("decision_date"), dd)
        out["decision_date"] = iso
    return finalize(out, n, name, lines, messages)


def write_excel(df: pd.DataFrame, path) -> Path:
    """Write a table to .xlsx (used for exports and tests)."""
    path = Path(path)
    try:
        df.to_excel(path, index=False, engine="openpyxl")
    except ImportError:
        raise InputError(
            tr("Écriture Excel impossible : la bibliothèque « openpyxl » manque (pip install openpyxl).")
        ) from None
    return path

"""The national Sitadel open-data permit files (SDES), as published: PC/DP (logements, locaux), PA, PD.

Format (official dictionaries of May 2022 and the 2026 files): ``;`` separator, fields quoted,
UTF-8 (Windows-1252/Latin-1 copies also circulate); one header line of variable codes, or two
(French labels then codes in the 2026 files; codes then labels also accepted); codes in upper case
(``NUM_DAU``, ``COMM``) or mixed case (``Num_DAU``, ``Etat_DAU``, 2022 dictionaries).

Mapped to the standard columns: the dossier number (``NUM_DAU``/``NUM_PA``/``NUM_PD``), its type
(``TYPE_DAU``, or the file kind), the commune (``COMM``, else the first 6 characters of the number),
the locality of the land, up to three cadastral references (``SEC_CADASTRE1..3`` + ``NUM_CADASTRE1..3``,
prefixes generally absent; a prefix written in the section field with the section in the number field,
as in real rows, is understood), the address, the state (``ETAT_*``: 2 autorisé, 4 annulé, 5 commencé,
6 terminé) and a description of the works and project nature built from the coded variables.

The national files have no filing date, coordinates or height. Columns that exports derived from
Sitadel sometimes add are read when present: ``DATE_DEPOT`` (or ``DATE_REELLE_DEPOT``), ``X``/``Y``
(or ``LONGITUDE``/``LATITUDE``) with ``CRS``, ``HAUTEUR``, ``TRAVAUX`` (free description),
``NATURE`` (project nature), ``PARCELLES`` (more references, free text), ``STATUT``, ``LIBELLE_COMMUNE``.
"""

import codecs
import re
from pathlib import Path

import numpy as np
import pandas as pd

from ..errors import InputError
from ..i18n import tr
from .model import (
    AVERTISSEMENT,
    ENCODING_LABELS,
    INFORMATION,
    ImportResult,
    RowMessage,
    by_uniques,
    clean_text,
    decode_table_bytes,
    implausible_date_messages,
    mixed_encoding_message,
    dedupe,
    distinct_rows,
    finalize,
    first_records,
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
    sniff_separator,
    stripped,
)
from .parcels import build_parcel_ids, parse_parcel_column

NUMBER_COLUMNS = {"NUM_DAU": None, "NUM_PC": "PC", "NUM_DP": "DP", "NUM_PA": "PA", "NUM_PD": "PD"}
STATE_COLUMNS = ("ETAT_DAU", "ETAT_PC", "ETAT_DP", "ETAT_PA", "ETAT_PD")
ETATS = {"2": "autorisé", "4": "annulé", "5": "commencé", "6": "terminé"}
FILE_KINDS = {
    None: "permis de construire / déclarations préalables",
    "PC": "permis de construire",
    "DP": "déclarations préalables",
    "PA": "permis d'aménager",
    "PD": "permis de démolir",
}

NATURE_PROJET = {"1": "nouvelle construction", "2": "travaux sur construction existante"}
NATURE_PROJET_COMPLETEE = {
    "1": "nouvelle construction",
    "2": "transformation sans extension ni diminution de surface",
    "3": "transformation avec extension de surface",
    "4": "transformation avec diminution de surface",
    "5": "extension de surface sans transformation",
    "6": "diminution de surface sans transformation",
}
ANNEXES = {
    "1": "piscine",
    "2": "garage",
    "3": "véranda",
    "4": "abri de jardin",
    "5": "autre annexe",
    "6": "plusieurs annexes",
}
ZONE_OP = {"1": "lotissement", "2": "ZAC", "3": "AFU"}
DESTINATION_LOCAUX = {
    "1": "habitation",
    "2": "hébergement hôtelier",
    "3": "bureaux",
    "4": "commerce",
    "5": "artisanat",
    "6": "industrie",
    "7": "agriculture",
    "8": "entrepôt",
    "9": "service public ou d'intérêt collectif",
}
NATURE_LOCAUX = {
    "1": "logements",
    "2": "bâtiment",
    "3": "bâtiment",
    "4": "développement commercial",
    "5": "développement économique",
    "6": "développement économique",
    "7": "bâtiment",
    "8": "développement économique",
    "9": "équipement",
}

X_CODES = ("X", "COORD_X", "X_L93", "XLAMBERT", "X_LAMBERT93", "LONGITUDE", "LON")
Y_CODES = ("Y", "COORD_Y", "Y_L93", "YLAMBERT", "Y_LAMBERT93", "LATITUDE", "LAT")
#: Every column :func:`read_sitadel` reads (with SURF_*_DEMOLIE); the file's others are never turned into values
USED_COLUMNS = frozenset(
    (
        *NUMBER_COLUMNS,
        *STATE_COLUMNS,
        *X_CODES,
        *Y_CODES,
        *(f"{kind}_CADASTRE{k}" for kind in ("SEC", "NUM") for k in (1, 2, 3)),
        "ADR_CODPOST_TER",
        "ADR_LIBVOIE_TER",
        "ADR_LIEUDIT_TER",
        "ADR_LOCALITE_TER",
        "ADR_NUM_TER",
        "ADR_TYPEVOIE_TER",
        "COMM",
        "CRS",
        "DATE_DEPOT",
        "DATE_DEPOT_DAU",
        "DATE_REELLE_AUTORISATION",
        "DATE_REELLE_DEPOT",
        "DENOM_DEM",
        "DESCRIPTION",
        "DESCRIPTION_TRAVAUX",
        "DESTINATION_PRINCIPALE",
        "EPSG",
        "HAUTEUR",
        "HAUTEUR_M",
        "I_EXTENSION",
        "I_NIVSUPP",
        "I_SURELEVATION",
        "LIBELLE_COMMUNE",
        "LIBELLE_TRAVAUX",
        "LIB_COMM",
        "NATURE",
        "NATURE_PROJET",
        "NATURE_PROJET_COMPLETEE",
        "NATURE_PROJET_DECLAREE",
        "NATURE_TRAVAUX",
        "NB_LGT_DEMOLIS",
        "NB_LGT_TOT_CREES",
        "NOM_COMMUNE",
        "PARCELLES",
        "REFERENCES_CADASTRALES",
        "SCR",
        "SRID",
        "STATUT",
        "STATUT_DOSSIER",
        "TRAVAUX",
        "TYPE",
        "TYPE_DAU",
        "TYPE_PRINCIP_LOGTS_CREES",
        "TYPE_TRANSFO_PRINCIPAL",
        "TYP_ANNEXE",
        "ZONE_OP",
    )
)


def used_column(name: str) -> bool:
    """Whether :func:`read_sitadel` reads this column (:data:`USED_COLUMNS`, and the demolished surfaces)."""
    return name in USED_COLUMNS or (name.startswith("SURF_") and name.endswith("_DEMOLIE"))


def _is_code_row(fields) -> bool:
    up = {f.strip().upper() for f in fields}
    return "COMM" in up and any(c in up for c in NUMBER_COLUMNS)


def _looks_like_labels(fields, codes) -> bool:
    """True when a row under the codes holds labels, not data (number cell with spaces or lower case)."""
    up = [c.strip().upper() for c in codes]
    num_col = next(i for i, c in enumerate(up) if c in NUMBER_COLUMNS)
    comm_col = up.index("COMM")
    num = fields[num_col] if num_col < len(fields) else ""
    comm = fields[comm_col] if comm_col < len(fields) else ""
    return bool(re.search(r"\s|[a-zé]", num)) and not re.fullmatch(r"\d{4,5}|2[AB]\d{3}", comm)


def detect_header(text: str, sep: str):
    """(codes, header line count) when the text is a Sitadel file, else None."""
    recs = first_records(text, sep, 2)
    if not recs:
        return None
    if _is_code_row(recs[0]):
        codes = recs[0]
        nheader = 2 if len(recs) > 1 and _looks_like_labels(recs[1], codes) else 1
        return codes, nheader
    if len(recs) > 1 and _is_code_row(recs[1]):
        return recs[1], 2
    return None


def sniff_sitadel(path) -> bool:
    """Does this text file look like a Sitadel file (codes COMM and NUM_DAU/NUM_PA/NUM_PD)?"""
    try:
        with Path(path).open("rb") as fh:  # the head only (a national file weighs hundreds of megabytes)
            head = fh.read(200_000)
    except OSError:
        return False
    try:
        text = head.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = head.decode("cp1252", errors="replace")
    first = text.split("\n", 1)[0]
    return detect_header(text, sniff_separator(first)) is not None


def _skip_physical(text: str, nheader: int) -> int:
    """Physical lines taken by the first ``nheader`` non-empty lines."""
    count = 0
    for k, line in enumerate(head_lines(text, 50)):
        if line.strip():
            count += 1
            if count == nheader:
                return k + 1
    return nheader


def _join_nonempty(pieces, sep: str) -> np.ndarray:
    """Element-wise join of string arrays, skipping empty pieces (vectorised numpy object operations, once per
    distinct tuple of pieces)."""
    pieces = [np.asarray(p, dtype=object) for p in pieces]
    codes, first = distinct_rows(pieces)
    acc = None
    for p in pieces:
        p = p[first]
        if acc is None:
            acc = p.copy()
            continue
        both = (acc != "") & (p != "")
        acc = np.where(both, acc + sep + p, np.where(acc == "", p, acc))
    return acc[codes]


def _labels(values, table: dict) -> np.ndarray:
    return by_uniques(
        values,
        lambda u: u.str.strip().str.replace(r"\.0$", "", regex=True).map(table).fillna("").to_numpy(dtype=object),
    )


def _flag(values) -> np.ndarray:
    return by_uniques(
        values, lambda u: u.str.strip().str.lower().isin(("1", "true", "oui", "o", "vrai")).to_numpy()
    ).astype(bool)


def _positive(values) -> np.ndarray:
    v, _bad = parse_numbers(values)
    return np.nan_to_num(v) > 0


def read_sitadel(path) -> ImportResult:
    """Read a Sitadel file into the standard permit table; every unparseable row or value is reported."""
    path = Path(path)
    if not path.exists():
        raise InputError(tr("Fichier introuvable : {path}. Vérifiez le chemin.").format(path=path))
    name = path.name
    where = {}
    content, encoding, legacy_lines = decode_table_bytes(path, where)
    # the head as text (a UTF-8 file stays bytes: only its first 800 kB, 200,000 characters at least, are decoded)
    text = content if isinstance(content, str) else codecs.getincrementaldecoder("utf-8")().decode(content[:800_000])
    sep = sniff_separator(head_lines(text, 1)[0])
    header = detect_header(text, sep)
    if header is None:
        recs = first_records(text, sep, 1)
        raise InputError(
            tr(
                "{path} n'est pas un fichier Sitadel : colonnes « COMM » et « NUM_DAU » (ou « NUM_PA », « NUM_PD ») "
                "introuvables dans les deux premières lignes. Colonnes trouvées : {cols}."
            ).format(path=name, cols=", ".join(recs[0][:12]) if recs else tr("aucune"))
        )
    codes, nheader = header
    refuse_duplicated_columns(codes, name)
    columns = dedupe([c.strip().upper() for c in codes])
    skip = _skip_physical(text, nheader)
    handed = [content]
    del text, content  # handed over: read_delimited frees a decoded text once encoded
    raw = read_delimited(
        handed, sep, skip, columns, name, wanted=used_column, distinct=tuple(NUMBER_COLUMNS), backing=where
    )
    df, lines = raw.df, raw.lines
    n = len(df)
    messages = list(raw.messages)
    mixed = mixed_encoding_message(name, legacy_lines)
    if mixed is not None:
        messages.insert(0, mixed)
    cols = set(df.columns)

    def get(*names):
        for c in names:
            if c in cols:
                return df[c]
        return None

    def text_or_empty(*names):
        s = get(*names)
        return np.full(n, "", dtype=object) if s is None else stripped(s)

    num_col = next(c for c in columns if c in NUMBER_COLUMNS)
    kind = NUMBER_COLUMNS[num_col]
    out = {}
    out["numero"] = clean_text(df[num_col])
    numero_norm = normalize_numero(df[num_col])
    out["numero_norm"] = numero_norm

    # type
    if kind is not None:
        out["type"] = np.full(n, kind, dtype=object)
    else:
        types, unknown = normalize_types(text_or_empty("TYPE_DAU", "TYPE"), numero_norm)
        out["type"] = types
        messages += row_messages(
            name,
            lines,
            unknown,
            "TYPE_DAU",
            AVERTISSEMENT,
            tr("type de dossier « {v} » inconnu (PC, PD, PA ou DP attendu) ; type laissé vide."),
            text_or_empty("TYPE_DAU", "TYPE"),
        )

    # commune
    comm = text_or_empty("COMM")
    insee, bad = normalize_insee(comm)
    messages += row_messages(
        name,
        lines,
        bad,
        "COMM",
        AVERTISSEMENT,
        tr("code commune « {v} » invalide (5 caractères INSEE attendus) ; ignoré."),
        comm,
    )

    def _commune_from_number(u):
        m = u.str.extract(r"^0(\d{2}|2[AB])(\d{3})\d{2}")
        return (m[0] + m[1]).to_numpy(dtype=object)

    derived = np.full(n, None, dtype=object)
    lacking = np.flatnonzero(pd.isna(insee))  # the number is read only where the commune code is missing
    if len(lacking):
        derived[lacking] = by_uniques(np.asarray(numero_norm, dtype=object)[lacking], _commune_from_number)
    use_num = pd.isna(insee) & ~pd.isna(derived)
    insee = np.where(use_num, derived, insee)
    messages += row_messages(
        name, lines, use_num, "COMM", INFORMATION, tr("code commune absent ; déduit du numéro de dossier : {v}."), insee
    )
    out["commune_insee"] = insee
    out["commune_nom"] = clean_text(text_or_empty("LIBELLE_COMMUNE", "LIB_COMM", "NOM_COMMUNE", "ADR_LOCALITE_TER"))

    # cadastral references
    insee_ok = ~pd.isna(insee)
    id_columns = []
    for k in (1, 2, 3):
        sec, num = get(f"SEC_CADASTRE{k}"), get(f"NUM_CADASTRE{k}")
        if sec is None and num is None:
            continue
        sec = sec if sec is not None else pd.Series([""] * n)
        num = num if num is not None else pd.Series([""] * n)
        ids, malformed = build_parcel_ids(np.where(insee_ok, insee, ""), sec, num)
        fld = f"SEC_CADASTRE{k}/NUM_CADASTRE{k}"
        sec_v, num_v = stripped(sec), stripped(num)
        for i in np.flatnonzero(malformed & insee_ok):
            messages.append(
                RowMessage(
                    name,
                    int(lines[i]),
                    fld,
                    AVERTISSEMENT,
                    tr("référence cadastrale mal formée (section « {s} », numéro « {n} ») ; parcelle ignorée.").format(
                        s=sec_v[i].strip(), n=num_v[i].strip()
                    ),
                )
            )
        for i in np.flatnonzero(malformed & ~insee_ok):
            messages.append(
                RowMessage(
                    name,
                    int(lines[i]),
                    fld,
                    AVERTISSEMENT,
                    tr(
                        "commune inconnue : impossible de former l'identifiant de la parcelle {s} {n} ; parcelle "
                        "ignorée."
                    ).format(s=sec_v[i].strip(), n=num_v[i].strip()),
                )
            )
        id_columns.append(ids)
    free = get("PARCELLES", "REFERENCES_CADASTRALES")
    if free is not None:
        parsed = parse_parcel_column(free, insee)
        for r, problem in parsed.problems:
            messages.append(RowMessage(name, int(lines[r]), "PARCELLES", AVERTISSEMENT, problem + "."))
        id_columns.append(parsed.ids)
    out["parcelles"] = _join_ids(id_columns, n)

    # coordinates
    xs, ys = get(*X_CODES), get(*Y_CODES)
    if xs is not None and ys is not None:
        x, bad_x = parse_numbers(xs)
        y, bad_y = parse_numbers(ys)
        badxy = bad_x | bad_y
        xv, yv = stripped(xs), stripped(ys)
        for i in np.flatnonzero(badxy):
            messages.append(
                RowMessage(
                    name,
                    int(lines[i]),
                    "X/Y",
                    AVERTISSEMENT,
                    tr("coordonnées non numériques (« {x} », « {y} ») ; ignorées.").format(x=xv[i], y=yv[i]),
                )
            )
        x[badxy] = np.nan
        y[badxy] = np.nan
        crs_in = text_or_empty("CRS", "EPSG", "SCR", "SRID")
        if get("CRS", "EPSG", "SCR", "SRID") is None and next(c for c in X_CODES if c in cols) in ("LONGITUDE", "LON"):
            crs_in = np.full(n, "EPSG:4326", dtype=object)
        out["crs"], crs_msgs = normalize_crs_values(crs_in, x, y, name, lines, "CRS")
        messages += crs_msgs
        known = ~pd.isna(out["crs"])
        x[~known] = np.nan
        y[~known] = np.nan
        out["x"], out["y"] = x, y

    # address
    street = _join_nonempty(
        [text_or_empty("ADR_NUM_TER"), text_or_empty("ADR_TYPEVOIE_TER"), text_or_empty("ADR_LIBVOIE_TER")], " "
    )
    cp = text_or_empty("ADR_CODPOST_TER")
    cp = np.where(by_uniques(cp, lambda u: u.str.fullmatch(r"\d{5}").to_numpy()).astype(bool), cp, "")
    town = _join_nonempty([cp, text_or_empty("ADR_LOCALITE_TER")], " ")
    out["adresse"] = clean_text(_join_nonempty([street, text_or_empty("ADR_LIEUDIT_TER"), town], ", "))
    # the applicant: Sitadel publishes it for legal persons only (a private person's name is never published)
    out["demandeur"] = clean_text(text_or_empty("DENOM_DEM"))

    # works, nature
    travaux, nature = _works_and_nature(df, get, text_or_empty, kind, n)
    free_works = text_or_empty("TRAVAUX", "NATURE_TRAVAUX", "LIBELLE_TRAVAUX", "DESCRIPTION_TRAVAUX", "DESCRIPTION")
    out["travaux"] = clean_text(np.where(free_works != "", free_works, travaux))
    free_nature = text_or_empty("NATURE", "NATURE_PROJET")
    out["nature"] = clean_text(np.where(free_nature != "", free_nature, nature))

    if get("HAUTEUR", "HAUTEUR_M") is not None:
        h, bad_h = parse_numbers(get("HAUTEUR", "HAUTEUR_M"), unit=r"\s*(?:m|M|mètres?)$")
        messages += row_messages(
            name,
            lines,
            bad_h,
            "HAUTEUR",
            AVERTISSEMENT,
            tr("hauteur « {v} » illisible (nombre de mètres attendu) ; ignorée."),
            text_or_empty("HAUTEUR", "HAUTEUR_M"),
        )
        out["hauteur"] = h

    date_col = next((c for c in ("DATE_DEPOT", "DATE_REELLE_DEPOT", "DATE_DEPOT_DAU") if c in cols), None)
    if date_col is not None:
        iso, bad_d = parse_dates(df[date_col])
        messages += row_messages(
            name,
            lines,
            bad_d,
            date_col,
            AVERTISSEMENT,
            tr("date « {v} » illisible (jj/mm/aaaa ou aaaa-mm-jj attendu) ; date ignorée."),
            text_or_empty(date_col),
        )
        messages += implausible_date_messages(name, lines, iso, date_col, text_or_empty(date_col))
        out["date_depot"] = iso

    state_col = next((c for c in STATE_COLUMNS if c in cols), None)
    statut = np.full(n, "", dtype=object)
    if state_col is not None:
        code = text_or_empty(state_col)
        statut = _labels(code, ETATS)
        unknown = (code != "") & (statut == "")
        statut = np.where(unknown, code, statut)
        messages += row_messages(
            name,
            lines,
            unknown,
            state_col,
            AVERTISSEMENT,
            tr("état « {v} » inconnu (2, 4, 5 ou 6 attendu) ; gardé tel quel."),
            code,
        )
    free_state = text_or_empty("STATUT", "STATUT_DOSSIER")
    out["statut_dossier"] = clean_text(np.where(free_state != "", free_state, statut))
    if "DATE_REELLE_AUTORISATION" in cols:  # Sitadel publishes authorised permits with the authorisation's date
        iso, bad_a = parse_dates(df["DATE_REELLE_AUTORISATION"])
        messages += row_messages(
            name,
            lines,
            bad_a,
            "DATE_REELLE_AUTORISATION",
            AVERTISSEMENT,
            tr("date d'autorisation « {v} » illisible (jj/mm/aaaa ou aaaa-mm-jj attendu) ; ignorée."),
            text_or_empty("DATE_REELLE_AUTORISATION"),
        )
        messages += implausible_date_messages(
            name, lines, iso, "DATE_REELLE_AUTORISATION", text_or_empty("DATE_REELLE_AUTORISATION")
        )
        out["decision_date"] = iso

    df_out = finalize(out, n, name, lines, messages)
    kind_label = FILE_KINDS.get(kind, "")
    messages.insert(
        0,
        RowMessage(
            name,
            None,
            None,
            INFORMATION,
            tr(
                "fichier Sitadel ({kind}) : {h} ligne(s) d'en-tête, séparateur « {sep} », encodage {enc} ; {n} "
                "dossier(s) lu(s)."
            ).format(kind=kind_label, h=nheader, sep=sep, enc=ENCODING_LABELS.get(encoding, encoding), n=len(df_out)),
        ),
    )
    unread = raw.unread_lines(df_out["ligne"])
    return ImportResult(df_out, messages, source=str(path), fmt="sitadel", encoding=encoding, unread=unread)


def _join_ids(id_columns, n) -> np.ndarray:
    """Join per-row ids of several columns with «;», skipping empty and repeated ones (numpy, no row loop)."""
    out = np.full(n, None, dtype=object)
    seen = []
    for col in id_columns:
        col = np.asarray(col, dtype=object)
        new = ~pd.isna(col)
        for prev in seen:
            new &= col != prev
        has = ~pd.isna(out)
        both = np.flatnonzero(new & has)  # joined only where there is something to join
        out[both] = out[both] + ";" + col[both]
        first = new & ~has
        out[first] = col[first]
        seen.append(col)
    return out


def _works_and_nature(df, get, text_or_empty, kind, n):
    if kind == "PD":
        return np.full(n, "démolition", dtype=object), np.full(n, "", dtype=object)
    if kind == "PA":
        zone = _labels(text_or_empty("ZONE_OP"), ZONE_OP)
        works = np.where(zone != "", "aménagement (" + zone.astype(object) + ")", "aménagement")
        return works.astype(object), np.full(n, "", dtype=object)
    pieces = []
    completed = _labels(text_or_empty("NATURE_PROJET_COMPLETEE"), NATURE_PROJET_COMPLETEE)
    declared = _labels(text_or_empty("NATURE_PROJET_DECLAREE"), NATURE_PROJET)
    pieces.append(np.where(completed != "", completed, declared))
    for code, label in (
        ("I_EXTENSION", "extension"),
        ("I_SURELEVATION", "surélévation"),
        ("I_NIVSUPP", "niveau(x) supplémentaire(s)"),
    ):
        if get(code) is not None:
            pieces.append(np.where(_flag(get(code)), label, ""))
    if get("TYP_ANNEXE") is not None:
        annexe = _labels(text_or_empty("TYP_ANNEXE"), ANNEXES)
        pieces.append(np.where(annexe != "", "annexe : " + annexe.astype(object), ""))
    demolished = np.zeros(n, dtype=bool)
    for c in [c for c in df.columns if c.startswith("SURF_") and c.endswith("_DEMOLIE")] + ["NB_LGT_DEMOLIS"]:
        if c in df.columns:
            demolished |= _positive(df[c])
    pieces.append(np.where(demolished, "démolition partielle", ""))
    if get("TYPE_TRANSFO_PRINCIPAL") is not None:
        pieces.append(
            np.where(np.isin(text_or_empty("TYPE_TRANSFO_PRINCIPAL"), ("1", "3")), "changement de destination", "")
        )
    if get("NB_LGT_TOT_CREES") is not None:
        nb, _bad = parse_numbers(get("NB_LGT_TOT_CREES"))
        nb = np.nan_to_num(nb).astype(int)
        pieces.append(
            np.where(
                nb > 1,
                pd.Series(nb).astype(str).to_numpy(dtype=object) + " logements créés",
                np.where(nb == 1, "1 logement créé", ""),
            )
        )
    is_logements = get("TYPE_PRINCIP_LOGTS_CREES") is not None or get("NB_LGT_TOT_CREES") is not None
    dest = text_or_empty("DESTINATION_PRINCIPALE")
    if is_logements:
        typ = text_or_empty("TYPE_PRINCIP_LOGTS_CREES")
        nature = np.where(
            dest == "2",
            "bâtiment",
            np.where(typ == "1", "maison individuelle", np.where(np.isin(typ, ("2", "3", "4")), "logements", "")),
        )
    else:
        label = _labels(dest, DESTINATION_LOCAUX)
        pieces.append(np.where(label != "", "destination : " + label.astype(object), ""))
        nature = _labels(dest, NATURE_LOCAUX)
    return _join_nonempty(pieces, " ; "), np.asarray(nature, dtype=object)

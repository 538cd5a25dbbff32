"""Checks of CNIG PLU tables against the official code lists and formats (vectorised per distinct value).

Each problem is an :class:`Anomaly` naming the file, layer, feature id, field and value, with what to do.
Levels: ``erreur`` (the value cannot be interpreted: unknown TYPEZONE, TYPEPSC, TYPEINF, missing LIBELLE…),
``avertissement`` (usable but not conform: DATVALID format, IDURBA format, obsolete 2014 code…).
"""

import datetime as _dt

import numpy as np
import pandas as pd

from ..i18n import tr
from .codes import load_codes
from .model import ERROR, INFO, WARNING, ZONE_URBA, Anomaly, PluTable, PluVersion, parse_idurba

MAX_PER_CHECK = 500  # per table and check; beyond, one summary anomaly


def _valid_date(text) -> bool:
    if not isinstance(text, str) or len(text) != 8 or not text.isdigit():
        return False
    try:
        _dt.date(int(text[:4]), int(text[4:6]), int(text[6:]))
    except ValueError:
        return False
    return True


def _report(
    table: PluTable, mask: np.ndarray, level: str, code: str, field: str, message: str, action: str, version: str
) -> list:
    idx = np.flatnonzero(mask)
    if not len(idx):
        return []
    a = table.attributes
    values = a[field].to_numpy(dtype=object) if field in a.columns else np.full(len(a), None, dtype=object)
    out = []
    for i in idx[:MAX_PER_CHECK]:
        v = values[i]
        out.append(
            Anomaly(
                level,
                code,
                message.format(v=v if v is not None else ""),
                action,
                a["_fichier"].iloc[i],
                a["_couche"].iloc[i],
                int(a["_fid"].iloc[i]),
                field,
                v,
                version,
            )
        )
    if len(idx) > MAX_PER_CHECK:
        out.append(
            Anomaly(
                level,
                code,
                tr("… et {n} autres entités dans le même cas.").format(n=len(idx) - MAX_PER_CHECK),
                action,
                a["_fichier"].iloc[idx[0]],
                a["_couche"].iloc[idx[0]],
                None,
                field,
                None,
                version,
            )
        )
    return out


def _isin(values: np.ndarray, allowed) -> np.ndarray:
    codes, uniques = pd.factorize(pd.Series(values, dtype=object), use_na_sentinel=True)
    allowed = set(allowed)
    ok_u = np.array([u in allowed for u in uniques], dtype=bool)
    out = np.zeros(len(values), dtype=bool)
    known = codes >= 0
    out[known] = ok_u[codes[known]]
    return out


def _missing(values: np.ndarray) -> np.ndarray:
    return pd.isna(pd.Series(values, dtype=object)).to_numpy()


def validate_table(table: PluTable, version: str = "") -> list:
    """Anomalies of one CNIG table (codes, labels, dates, IDURBA)."""
    cl = load_codes()
    a = table.attributes
    n = len(table)
    if n == 0:
        return []
    out = []
    kind = table.kind

    def col(name):
        return table.column(name, None)

    if kind == ZONE_URBA:
        tz = col("TYPEZONE")
        missing = _missing(tz)
        out += _report(
            table,
            missing,
            ERROR,
            "TYPEZONE_ABSENT",
            "TYPEZONE",
            tr("TYPEZONE vide : type de zone inconnu."),
            tr("Renseignez U, AUc, AUs, A ou N (standard CNIG)."),
            version,
        )
        official = _isin(tz, cl.typezone)
        obsolete = _isin(tz, cl.typezone_obsolete)
        out += _report(
            table,
            ~missing & ~official & ~obsolete,
            ERROR,
            "TYPEZONE_INCONNU",
            "TYPEZONE",
            tr("TYPEZONE « {v} » absent de la liste officielle (U, AUc, AUs, A, N)."),
            tr("Corrigez le code : la zone est exclue des comparaisons par type."),
            version,
        )
        out += _report(
            table,
            obsolete,
            WARNING,
            "TYPEZONE_OBSOLETE",
            "TYPEZONE",
            tr("TYPEZONE « {v} » du standard 2014, supprimé en 2017."),
            tr("Recodez en A ou N avec un secteur (STECAL : prescription 16-03) au standard en vigueur."),
            version,
        )
        if "LIBELLE" in a.columns:
            lib = col("LIBELLE")
            out += _report(
                table,
                _missing(lib),
                ERROR,
                "LIBELLE_VIDE",
                "LIBELLE",
                tr("LIBELLE vide : la zone n'a pas de nom."),
                tr("Renseignez le libellé de la zone (ex. UA, 1AUh)."),
                version,
            )
            too_long = np.array([isinstance(v, str) and len(v) > 12 for v in lib], dtype=bool)
            out += _report(
                table,
                too_long,
                WARNING,
                "LIBELLE_TROP_LONG",
                "LIBELLE",
                tr("LIBELLE « {v} » de plus de 12 caractères (standard : C12)."),
                tr("Raccourcissez le libellé ; le texte long va dans LIBELONG."),
                version,
            )
        else:
            out.append(
                Anomaly(
                    ERROR,
                    "CHAMP_ABSENT",
                    tr("champ LIBELLE absent de la table ZONE_URBA."),
                    tr("Ajoutez le champ LIBELLE (standard CNIG)."),
                    *_where(table),
                    None,
                    "LIBELLE",
                    None,
                    version,
                )
            )
        if "DESTDOMI" in a.columns:
            d = col("DESTDOMI")
            out += _report(
                table,
                ~_missing(d) & ~_isin(d, cl.destdomi),
                WARNING,
                "DESTDOMI_INCONNU",
                "DESTDOMI",
                tr("DESTDOMI « {v} » absent de la liste du standard 2014."),
                tr("Corrigez la vocation dominante (00 à 10, 99)."),
                version,
            )
        if "FORMDOMI" in a.columns:
            d = col("FORMDOMI")
            out += _report(
                table,
                ~_missing(d) & ~_isin(d, cl.formdomi),
                WARNING,
                "FORMDOMI_INCONNU",
                "FORMDOMI",
                tr("FORMDOMI « {v} » absent de la liste officielle (FormdomiType)."),
                tr("Corrigez la forme urbaine dominante (ex. 0100)."),
                version,
            )
    elif kind.startswith("PRESCRIPTION"):
        t, s = col("TYPEPSC"), col("STYPEPSC")
        missing = _missing(t)
        out += _report(
            table,
            missing,
            ERROR,
            "TYPEPSC_ABSENT",
            "TYPEPSC",
            tr("TYPEPSC vide : type de prescription inconnu."),
            tr("Renseignez le code de la liste PrescriptionUrbaType."),
            version,
        )
        known_codes = {c for c, _s in cl.typepsc}
        legacy = _isin(t, cl.typepsc_legacy) & ~_isin(t, known_codes)
        unknown = ~missing & ~_isin(t, known_codes) & ~legacy
        out += _report(
            table,
            unknown,
            ERROR,
            "TYPEPSC_INCONNU",
            "TYPEPSC",
            tr("TYPEPSC « {v} » absent de la liste officielle."),
            tr("Corrigez le code (liste PrescriptionUrbaType du CNIG)."),
            version,
        )
        out += _report(
            table,
            legacy,
            WARNING,
            "TYPEPSC_OBSOLETE",
            "TYPEPSC",
            tr("TYPEPSC « {v} » d'un ancien standard (transféré ou abrogé)."),
            tr("Recodez selon la liste en vigueur."),
            version,
        )
        pairs = np.array([f"{x}|{y or '00'}" for x, y in zip(t, s)], dtype=object)
        valid_pairs = {f"{c}|{sc}" for c, sc in cl.typepsc}
        bad_sub = ~missing & ~unknown & ~legacy & ~_missing(s) & ~_isin(pairs, valid_pairs)
        out += _report(
            table,
            bad_sub,
            WARNING,
            "STYPEPSC_INCONNU",
            "STYPEPSC",
            tr("STYPEPSC « {v} » inconnu pour ce TYPEPSC."),
            tr("Corrigez le sous-code (liste PrescriptionUrbaType)."),
            version,
        )
    elif kind.startswith("INFO"):
        t, s = col("TYPEINF"), col("STYPEINF")
        missing = _missing(t)
        out += _report(
            table,
            missing,
            ERROR,
            "TYPEINF_ABSENT",
            "TYPEINF",
            tr("TYPEINF vide : type d'information inconnu."),
            tr("Renseignez le code de la liste InformationUrbaType."),
            version,
        )
        known_codes = {c for c, _s in cl.typeinf}
        legacy = _isin(t, cl.typeinf_legacy) & ~_isin(t, known_codes)
        unknown = ~missing & ~_isin(t, known_codes) & ~legacy
        out += _report(
            table,
            unknown,
            ERROR,
            "TYPEINF_INCONNU",
            "TYPEINF",
            tr("TYPEINF « {v} » absent de la liste officielle."),
            tr("Corrigez le code (liste InformationUrbaType du CNIG)."),
            version,
        )
        out += _report(
            table,
            legacy,
            WARNING,
            "TYPEINF_OBSOLETE",
            "TYPEINF",
            tr("TYPEINF « {v} » d'un ancien standard (transféré ou abrogé)."),
            tr("Recodez selon la liste en vigueur (permis de démolir : 42-01)."),
            version,
        )
        pairs = np.array([f"{x}|{y or '00'}" for x, y in zip(t, s)], dtype=object)
        valid_pairs = {f"{c}|{sc}" for c, sc in cl.typeinf}
        bad_sub = ~missing & ~unknown & ~legacy & ~_missing(s) & ~_isin(pairs, valid_pairs)
        out += _report(
            table,
            bad_sub,
            WARNING,
            "STYPEINF_INCONNU",
            "STYPEINF",
            tr("STYPEINF « {v} » inconnu pour ce TYPEINF."),
            tr("Corrigez le sous-code (liste InformationUrbaType)."),
            version,
        )
    elif kind == "DOC_URBA":
        if "TYPEDOC" in a.columns:
            d = col("TYPEDOC")
            out += _report(
                table,
                ~_missing(d)
                & ~_isin(
                    np.array([str(v).upper() if v else v for v in d], dtype=object), {k.upper() for k in cl.typedoc}
                ),
                WARNING,
                "TYPEDOC_INCONNU",
                "TYPEDOC",
                tr("TYPEDOC « {v} » absent de la liste officielle (PLU, PLUI, POS, PSMV…)."),
                tr("Corrigez le type de document."),
                version,
            )
        if "ETAT" in a.columns:
            d = col("ETAT")
            out += _report(
                table,
                ~_missing(d) & ~_isin(d, cl.etat),
                WARNING,
                "ETAT_INCONNU",
                "ETAT",
                tr("ETAT « {v} » absent de la liste officielle (01 à 09)."),
                tr("Corrigez l'état du document."),
                version,
            )
    # fields common to several tables
    if "DATVALID" in a.columns:
        d = col("DATVALID")
        bad = ~_missing(d) & ~np.array([_valid_date(v) for v in d], dtype=bool)
        out += _report(
            table,
            bad,
            WARNING,
            "DATVALID_FORMAT",
            "DATVALID",
            tr("DATVALID « {v} » n'est pas une date AAAAMMJJ valide."),
            tr("Écrivez la date de validité sous la forme AAAAMMJJ (ex. 20240219)."),
            version,
        )
    if "DATAPPRO" in a.columns:
        d = col("DATAPPRO")
        bad = ~_missing(d) & ~np.array([_valid_date(v) for v in d], dtype=bool)
        out += _report(
            table,
            bad,
            WARNING,
            "DATAPPRO_FORMAT",
            "DATAPPRO",
            tr("DATAPPRO « {v} » n'est pas une date AAAAMMJJ valide."),
            tr("Écrivez la date d'approbation sous la forme AAAAMMJJ."),
            version,
        )
    if "IDURBA" in a.columns:
        ids = col("IDURBA")
        uniq = {v: bool(parse_idurba(v)) for v in pd.unique(pd.Series(ids, dtype=object).dropna())}
        bad = np.array([v is not None and not uniq.get(v, False) for v in ids], dtype=bool)
        out += _report(
            table,
            bad,
            WARNING,
            "IDURBA_FORMAT",
            "IDURBA",
            tr("IDURBA « {v} » ne suit pas la forme <INSEE>_PLU_<AAAAMMJJ> ou <SIREN>_PLUi_<AAAAMMJJ>."),
            tr("Corrigez l'identifiant du document (standard CNIG)."),
            version,
        )
        if table.variant in ("2017", "2024") and kind != "DOC_URBA_COM":
            out += _report(
                table,
                _missing(ids),
                WARNING,
                "IDURBA_ABSENT",
                "IDURBA",
                tr("IDURBA vide."),
                tr("Renseignez l'identifiant du document d'urbanisme."),
                version,
            )
    elif kind != ZONE_URBA or table.variant != "2014":
        if kind not in ("DOC_URBA_COM",):
            out.append(
                Anomaly(
                    INFO,
                    "CHAMP_ABSENT",
                    tr("champ IDURBA absent : le document n'est pas identifié."),
                    tr("Ajoutez IDURBA (standard 2017 et suivants)."),
                    *_where(table),
                    None,
                    "IDURBA",
                    None,
                    version,
                )
            )
    return out


def _where(table: PluTable):
    if table.sources:
        return table.sources[0][0], table.sources[0][1]
    return "", ""


def validate_version(version: PluVersion) -> list:
    """Anomalies of every table of a version."""
    out = []
    for kind in sorted(version.tables):
        table = version.tables[kind]
        # one table may gather several files: validate each source separately for the right variant
        out.extend(validate_table(table, version.label))
    return out

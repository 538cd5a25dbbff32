"""Command line of the PLU watch: ``plu-diff``, ``plu-check``, ``plu-validate`` (see :func:`add_commands`).

Exit codes: 0 everything done without error anomaly; 1 done, but some input anomalies are errors (features
skipped, unknown codes…); 2 nothing could be done (missing file, unreadable version…).
"""

import sys

from ..core.i18n import tr
from ..core.vocabulary import display
from ..core.plu.report import hectares
from .common import EXIT_OK, EXIT_PARTIAL, output_dir, output_file, positive_number, print_json


def add_commands(add, parser_class) -> None:
    """Add this module's sub-commands to the parser (``add(name, help)`` returns a sub-parser with --json)."""

    p = add(
        "plu-diff",
        tr(
            "Comparer deux versions d'un PLU ou PLUi (standard CNIG) : changements de zonage, prescriptions et "
            "informations, "
            "mesurés dans le Bien, la zone tampon et près des éléments ; rapport HTML par commune, couche et CSV des "
            "changements."
        ),
    )
    p.add_argument(
        "--before",
        required=True,
        nargs="+",
        metavar="CHEMIN",
        help=tr("version de référence (en vigueur) : dossier, GeoPackage, ZIP ou fichiers CNIG"),
    )
    p.add_argument(
        "--after",
        required=True,
        nargs="+",
        metavar="CHEMIN",
        help=tr("version comparée (projet) : dossier, GeoPackage, ZIP ou fichiers CNIG"),
    )
    p.add_argument(
        "--commune", metavar="INSEE", help=tr("limiter la comparaison à une commune (code INSEE, ex. 62528)")
    )
    p.add_argument(
        "--distance",
        type=positive_number,
        default=500.0,
        metavar="M",
        help=tr("distance aux éléments en mètres (défaut 500)"),
    )
    p.add_argument(
        "--out", required=True, type=output_dir, metavar="DOSSIER", help=tr("dossier des résultats (créé si besoin)")
    )
    p.add_argument(
        "--check",
        action="store_true",
        help=tr("contrôler aussi la version comparée avec les règles R13–R18 et R28 (joint au rapport)"),
    )
    p.add_argument("--rules", metavar="FICHIER", help=tr("catalogue de règles à utiliser au lieu de celui en vigueur"))
    p.set_defaults(func=cmd_plu_diff)

    p = add(
        "plu-check",
        tr(
            "Contrôler un PLU ou un projet de PLU avec les règles R13–R18 et R28 du catalogue : périmètre UNESCO "
            "reporté, éléments protégés "
            "(L.151-19), permis de démolir, terrils et cavaliers constructibles, ouverture à l'urbanisation."
        ),
    )
    p.add_argument(
        "--plu",
        required=True,
        nargs="+",
        metavar="CHEMIN",
        help=tr("version à contrôler : dossier, GeoPackage, ZIP ou fichiers CNIG"),
    )
    p.add_argument(
        "--before",
        nargs="+",
        metavar="CHEMIN",
        help=tr("version en vigueur, pour repérer l'ouverture à l'urbanisation (R18)"),
    )
    p.add_argument("--commune", metavar="INSEE", help=tr("limiter le contrôle à une commune (code INSEE)"))
    p.add_argument(
        "--distance",
        type=positive_number,
        default=500.0,
        metavar="M",
        help=tr("distance aux éléments en mètres (défaut 500)"),
    )
    p.add_argument(
        "--couche",
        action="append",
        metavar="NOM=FICHIER",
        help=tr("couche complémentaire, ex. cones_de_vue=cones.gpkg (répétable)"),
    )
    p.add_argument("--rules", metavar="FICHIER", help=tr("catalogue de règles à utiliser au lieu de celui en vigueur"))
    p.add_argument(
        "--out", required=True, type=output_dir, metavar="DOSSIER", help=tr("dossier des résultats (créé si besoin)")
    )
    p.set_defaults(func=cmd_plu_check)

    p = add(
        "plu-validate",
        tr(
            "Lire un PLU au standard CNIG et lister ses anomalies (codes, dates, IDURBA, géométries), avec fichier, "
            "entité, champ et valeur."
        ),
    )
    p.add_argument("paths", nargs="+", metavar="CHEMIN", help=tr("dossier, GeoPackage, ZIP ou fichiers CNIG"))
    p.add_argument(
        "--out", type=output_file, metavar="FICHIER", help=tr("écrire les anomalies dans ce CSV (UTF-8, « ; »)")
    )
    p.set_defaults(func=cmd_plu_validate)


def print_anomalies(anomalies, limit: int = 30) -> None:
    """Print the first anomalies of a PLU reading, then how many there are in all."""
    for a in anomalies[:limit]:
        print("  " + str(a))
    if len(anomalies) > limit:
        print(tr("  … {n} anomalies en tout (voir anomalies.csv).").format(n=len(anomalies)))


def cmd_plu_diff(args) -> int:
    """Run ``plu-diff``: compare two PLU versions, write the report, the changes layer and the CSV."""
    from ..core.plu.checks import check_version
    from ..core.plu.diff import diff_versions
    from ..core.plu.reader import read_plu_version
    from ..core.plu.report import write_diff_outputs
    from ..core.reference.data import load_reference
    from ..core.rules.catalogue import load_catalogue

    ref = load_reference()
    before = read_plu_version(args.before, label=tr("avant"))
    after = read_plu_version(args.after, label=tr("après"))
    diff = diff_versions(before, after, ref, distance=args.distance, commune=args.commune)
    check = (
        check_version(
            after, ref, catalogue=load_catalogue(args.rules), diff=diff, commune=args.commune, distance=args.distance
        )
        if args.check
        else None
    )
    files = write_diff_outputs(diff, ref, args.out, check=check)
    n_err = diff.n_errors
    if args.json:
        data = diff.to_dict()
        data["fichiers"] = files
        data["anomalies_detail"] = [a.to_dict() for a in diff.anomalies]
        if check is not None:
            data["controle"] = check.to_dict()
        print_json(data)
    else:
        s = diff.summary()
        print(
            tr(
                "Comparaison : {n} changements ; ouverture à l'urbanisation {o} ha (dont {b} ha dans le Bien, {z} ha "
                "en zone tampon, {p} ha près des éléments)."
            ).format(
                n=s["nombre_changements"],
                o=hectares(s["ouverture_urbanisation_ha"]["total"]),
                b=hectares(s["ouverture_urbanisation_ha"]["bien"]),
                z=hectares(s["ouverture_urbanisation_ha"]["zone_tampon"]),
                p=hectares(s["ouverture_urbanisation_ha"]["proximite_elements"]),
            )
        )
        print(
            tr("Protections patrimoniales L.151-19 supprimées : {n}.").format(
                n=s["protections_patrimoniales_supprimees"]
            )
        )
        for f in files["rapports"]:
            print(tr("Rapport : {f}").format(f=f))
        print(
            tr("Couche des changements : {f} ; CSV : {c} ; anomalies : {a}").format(
                f=files["couche"], c=files["csv"], a=files["anomalies"]
            )
        )
        if diff.anomalies:
            print(tr("Anomalies des données ({n}, dont {e} erreur(s)) :").format(n=len(diff.anomalies), e=n_err))
            print_anomalies(diff.anomalies)
    return EXIT_PARTIAL if n_err else EXIT_OK


def cmd_plu_check(args) -> int:
    """Run ``plu-check``: check a PLU version with rules R13–R18 et R28 and write the report."""
    from ..core.plu.checks import check_version
    from ..core.plu.reader import read_plu_version
    from ..core.plu.report import write_check_outputs
    from ..core.reference.data import load_reference
    from ..core.rules.case_screening import load_user_layers
    from ..core.rules.catalogue import load_catalogue

    ref = load_reference()
    version = read_plu_version(args.plu, label=tr("projet"))
    before = read_plu_version(args.before, label=tr("en vigueur")) if args.before else None
    extra = load_user_layers(args.couche)
    catalogue = load_catalogue(args.rules)
    for warning in catalogue.unused_layers(extra):
        print(tr("Avertissement : {w}").format(w=warning), file=sys.stderr)
    check = check_version(
        version,
        ref,
        catalogue=catalogue,
        before=before,
        commune=args.commune,
        distance=args.distance,
        extra_layers=extra,
    )
    files = write_check_outputs(check, ref, args.out)
    anomalies = list(version.anomalies) + (list(before.anomalies) if before is not None else [])
    n_err = sum(1 for a in anomalies if a.niveau == "erreur")
    if args.json:
        data = check.to_dict()
        data["fichiers"] = files
        data["anomalies_detail"] = [a.to_dict() for a in anomalies]
        print_json(data)
    else:
        for r in check.rule_summary():
            extra_txt = (
                tr(" (manque : {m})").format(m=", ".join(r["donnees_manquantes"])) if r["donnees_manquantes"] else ""
            )
            print(f"{r['regle']} {tr(r['titre'])} : {display(r['verdict'], 'verdict')}{extra_txt}")
        for f in check.findings()[:40]:
            print(f"  - {f['regle']} {display(f['verdict'], 'verdict')} : {f['cas']} — {f['motif']}")
        for f in files["rapports"]:
            print(tr("Rapport : {f}").format(f=f))
        if anomalies:
            print(tr("Anomalies des données ({n}, dont {e} erreur(s)) :").format(n=len(anomalies), e=n_err))
            print_anomalies(anomalies)
    return EXIT_PARTIAL if n_err else EXIT_OK


def cmd_plu_validate(args) -> int:
    """Run ``plu-validate``: read a PLU version and list its anomalies."""
    from ..core.plu.model import anomalies_table
    from ..core.plu.reader import read_plu_version
    from ..core.plu.report import write_csv

    version = read_plu_version(args.paths)
    if args.out:
        write_csv(anomalies_table(version.anomalies), args.out)
    if args.json:
        data = version.describe()
        data["anomalies_detail"] = [a.to_dict() for a in version.anomalies]
        print_json(data)
    else:
        d = version.describe()
        print(
            tr("Version {v} : standard CNIG {s} ; tables : {t}.").format(
                v=d["version"], s=d["variante_cnig"] or "?", t=", ".join(f"{k} ({n})" for k, n in d["tables"].items())
            )
        )
        if version.anomalies:
            print_anomalies(version.anomalies, limit=100)
        else:
            print(tr("Aucune anomalie."))
    sys.stdout.flush()
    return EXIT_PARTIAL if version.n_errors else EXIT_OK

"""Command line of the online PLU watch: ``plu-watch`` (fetch from the Géoportail de l'Urbanisme, keep dated
snapshots, compare with the previous one) and ``plu-snapshots`` (list the snapshots kept; compare any two)."""

import getpass
import sys

from ..core.feeds.gpu import API_CARTO_GPU
from ..core.feeds.http import DEFAULT_RUN_DEADLINE
from ..core.i18n import tr
from .common import (
    EXIT_ERROR,
    EXIT_OK,
    EXIT_PARTIAL,
    load_reference_for,
    output_dir,
    positive_number,
    print_json,
    register_arguments,
)
from .plu import print_anomalies


def add_commands(add, parser_class) -> None:
    """Add ``plu-watch`` and ``plu-snapshots`` to the parser."""
    p = add(
        "plu-watch",
        tr(
            "Vérifier en ligne le PLU d'une commune (ou de toutes celles du Bien et de la zone tampon) sur le "
            "Géoportail de l'Urbanisme : chaque nouvelle version est gardée datée dans le registre et comparée à la "
            "précédente (rapport, couche et CSV des changements)."
        ),
    )
    which = p.add_mutually_exclusive_group(required=True)
    which.add_argument("--commune", metavar="INSEE", action="append", help=tr("code INSEE (répétable), ex. 62528"))
    which.add_argument(
        "--all", action="store_true", help=tr("toutes les communes qui touchent le Bien ou sa zone tampon")
    )
    register_arguments(p)
    p.add_argument(
        "--out", required=True, type=output_dir, metavar="DOSSIER", help=tr("dossier des résultats (créé si besoin)")
    )
    p.add_argument(
        "--api-url",
        default=API_CARTO_GPU,
        metavar="URL",
        help=tr("adresse du module GPU de l'API Carto (défaut : {u})").format(u=API_CARTO_GPU),
    )
    p.add_argument(
        "--distance",
        type=positive_number,
        default=500.0,
        metavar="M",
        help=tr("distance aux éléments en mètres (défaut 500)"),
    )
    p.add_argument(
        "--auteur", default=None, help=tr("nom enregistré dans l'historique (défaut : utilisateur du système)")
    )
    p.add_argument(
        "--accepter-changement",
        action="store_true",
        help=tr(
            "garder une nouvelle version qui a perdu plus de la moitié de ses zones, ou des servitudes qui en ont "
            "perdu plus de la moitié (un vrai changement important ; l'acceptation est écrite dans l'historique)"
        ),
    )
    p.add_argument(
        "--delai-max",
        type=positive_number,
        default=DEFAULT_RUN_DEADLINE,
        metavar="S",
        help=tr(
            "durée maximale de la veille en secondes (défaut {s:g}) : passé ce délai, aucune nouvelle requête n'est "
            "envoyée et la veille s'arrête « interrompu »"
        ).format(s=DEFAULT_RUN_DEADLINE),
    )
    p.set_defaults(func=cmd_plu_watch)

    p = add(
        "plu-snapshots",
        tr(
            "Instantanés des PLU gardés dans le registre (par commune), et comparaison de deux d'entre eux "
            "(--compare AVANT APRES --commune INSEE --out DOSSIER)."
        ),
    )
    register_arguments(p)
    p.add_argument("--commune", metavar="INSEE", help=tr("seulement les instantanés couvrant cette commune"))
    p.add_argument("--compare", nargs=2, type=int, metavar=("AVANT", "APRES"), help=tr("numéros des instantanés"))
    p.add_argument("--out", type=output_dir, metavar="DOSSIER", help=tr("dossier du rapport de comparaison"))
    p.set_defaults(func=cmd_plu_snapshots)


def cmd_plu_watch(args) -> int:
    """Run ``plu-watch``."""
    from ..core.plu.watch import FAILED, run_watch, watched_communes
    from ..core.vocabulary import SWEEP_DONE
    from ..core.register import open_register

    ref = load_reference_for(args)
    codes = watched_communes(ref) if args.all else args.commune

    def progress(fraction, text):
        if not args.json:
            print(f"[{100 * fraction:3.0f} %] {text}", file=sys.stderr)

    with open_register(args.register, schema=args.schema) as register:
        run = run_watch(
            codes,
            register,
            ref,
            args.out,
            base_url=args.api_url,
            author=args.auteur or getpass.getuser(),
            distance=args.distance,
            progress=progress,
            accept_change=args.accepter_changement,
            run_deadline=args.delai_max,
        )
    if args.json:
        print_json(run.to_dict())
    else:
        print(
            tr("Veille des PLU n° {id} : {c}.").format(
                id=run.run_id, c=", ".join(f"{k} {v}" for k, v in run.counts().items()) or tr("aucune commune")
            )
        )
        for c in run.communes:
            print("  " + c.message)
            for f in c.files.get("rapports", []):
                print("    " + tr("Rapport : {f}").format(f=f))
            if c.diff is not None and c.diff.anomalies:
                print_anomalies(c.diff.anomalies, limit=10)
        if run.servitudes_message():
            print(run.servitudes_message())
    failed = sum(1 for c in run.communes if c.status == FAILED)
    if failed == len(run.communes) and run.communes:
        return EXIT_ERROR
    refused = run.servitudes is not None and run.servitudes.refused
    return EXIT_PARTIAL if failed or refused or run.status != SWEEP_DONE else EXIT_OK


def cmd_plu_snapshots(args) -> int:
    """Run ``plu-snapshots``: list, or compare two snapshots."""
    from ..core.errors import InputError
    from ..core.plu.watch import check_insee, compare_snapshots, french_date
    from ..core.register import open_register

    insee = check_insee(args.commune) if args.commune else None
    with open_register(args.register, schema=args.schema) as register:
        if args.compare:
            if not insee or not args.out:
                raise InputError(tr("--compare demande aussi --commune INSEE et --out DOSSIER."))
            ref = load_reference_for(args)
            diff, files = compare_snapshots(register, ref, args.compare[0], args.compare[1], insee, args.out)
            if args.json:
                print_json({**diff.to_dict(), "fichiers": files})
            else:
                s = diff.summary(insee)
                print(
                    tr("Instantanés n° {a} → n° {b} : {n} changement(s).").format(
                        a=args.compare[0], b=args.compare[1], n=s["nombre_changements"]
                    )
                )
                for f in files["rapports"]:
                    print(tr("Rapport : {f}").format(f=f))
            return EXIT_PARTIAL if diff.n_errors else EXIT_OK
        snapshots = register.plu_snapshots(insee=insee)
        runs = register.plu_watch_runs()
    from ..core.feeds.servitudes import versions

    kept = [{"date": d.isoformat(), "fichier": str(p)} for d, p in versions()]
    if args.json:
        print_json({"instantanes": snapshots, "executions": runs, "servitudes": kept})
        return EXIT_OK
    if not snapshots:
        print(tr("Aucun instantané de PLU dans ce registre."))
    for s in snapshots:
        print(
            tr("n° {id} du {d} : {p} {i} ({n} entités), communes {c}").format(
                id=s["id"],
                d=french_date(s["fetched_at"]),
                p=s["partition"],
                i=s["idurba"] or "",
                n=s["n_features"],
                c=", ".join(s["communes"]),
            )
        )
    for v in kept[:1]:
        print(tr("Servitudes AC1, AC2, AC4 : version du {d} ({f}).").format(d=french_date(v["date"]), f=v["fichier"]))
    return EXIT_OK

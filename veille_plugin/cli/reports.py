"""Command line of the reports for the management system's meetings: ``report comite|local|element``."""

from ..core.i18n import tr
from ..core.reference.communes import resolve_epci
from .common import EXIT_OK, register_arguments, load_reference_for, output_dir, print_json

KINDS = ("comite", "local", "indicateurs", "periodique", "pac", "element")


def add_commands(add, parser_class) -> None:
    """Add ``report`` to the parser."""
    p = add(
        "report",
        tr(
            "Rapports du système de gestion : comite (Comité technique de suivi : ce qui est nouveau sur la période), "
            "local (comités locaux, un fichier par EPCI), indicateurs (pour l'évaluation du plan de gestion), "
            "periodique (rapport périodique UNESCO : facteurs × alertes, permis et PLU), pac (porté à connaissance "
            "d'une commune), element (fiche de suivi d'un élément, ou des 353)."
        ),
    )
    p.add_argument(
        "kind", choices=KINDS, metavar="{comite,local,indicateurs,periodique,pac,element}", help=tr("rapport à écrire")
    )
    register_arguments(p)
    p.add_argument("--out", required=True, type=output_dir, metavar="DOSSIER", help=tr("dossier des résultats"))
    p.add_argument("--du", metavar="DATE", help=tr("début de la période (jj/mm/aaaa ; défaut : il y a 30 jours)"))
    p.add_argument("--au", metavar="DATE", help=tr("fin de la période, incluse (défaut : aujourd'hui)"))
    p.add_argument(
        "--epci", metavar="NOM", help=tr("un seul EPCI (nom tel que dans les données, ex. « CA de Lens - Liévin »)")
    )
    p.add_argument(
        "--commune", action="append", metavar="INSEE", help=tr("commune du porté à connaissance (répétable)")
    )
    which = p.add_mutually_exclusive_group()
    which.add_argument("--element", action="append", metavar="ID", help=tr("élément (répétable), ex. 63V"))
    which.add_argument("--tous", action="store_true", help=tr("les fiches de tous les éléments du Bien"))
    p.set_defaults(func=cmd_report)


def cmd_report(args) -> int:
    """Run ``report``."""
    from ..core.errors import InputError
    from ..core.register import open_existing_register
    from ..core.reports.committee import period, write_committee
    from ..core.reports.element_file import write_element_files

    ref = load_reference_for(args)
    with open_existing_register(args.register, schema=args.schema) as register:
        if args.kind == "element":
            if not args.element and not args.tous:
                raise InputError(tr("report element : indiquez --element ID (répétable) ou --tous."))
            files = write_element_files(register, ref, args.out, None if args.tous else args.element)
            if args.json:
                print_json(files)
            else:
                print(tr("{n} fiche(s) de suivi écrite(s) ; index : {i}").format(n=files["elements"], i=files["index"]))
            return EXIT_OK
        if args.kind == "pac":
            from ..core.reports.commune_pack import write_commune_pack
            from ..core.rules.catalogue import load_catalogue

            if not args.commune:
                raise InputError(tr("report pac : indiquez --commune INSEE (répétable)."))
            written = [write_commune_pack(register, ref, load_catalogue(), c, args.out) for c in args.commune]
            if args.json:
                print_json({"rapports": [w["rapports"][0] for w in written], "pac": [w["pac"] for w in written]})
            else:
                for w in written:
                    print(tr("Porté à connaissance : {f}").format(f=w["rapports"][0]))
            return EXIT_OK
        if args.kind == "indicateurs":
            from ..core.reports.indicators import write_indicators

            files = write_indicators(register, args.out)
            if args.json:
                print_json(files)
            else:
                print(tr("Indicateurs : {f}").format(f=files["rapports"][0]))
            return EXIT_OK
        p = period(args.du, args.au)
        if args.kind == "periodique":
            from ..core.reports.periodic import write_periodic
            from ..core.rules.catalogue import load_catalogue

            files = write_periodic(register, load_catalogue(), p, args.out)
            if args.json:
                print_json(files)
            else:
                print(tr("Rapport périodique : {f}").format(f=files["rapports"][0]))
            return EXIT_OK
        epci = resolve_epci(ref, args.epci) if args.epci else None
        files = write_committee(register, ref, args.out, p, epci, kind=args.kind)
    if args.json:
        print_json(files)
        return EXIT_OK
    for path, figures in zip(files["rapports"], files["resume"]):
        print(
            tr(
                "{f} : {n} dossier(s) nouveau(x), {a} décision(s) attendue(s), {u} autorisé(s) sans avis, {o} "
                "alerte(s) ouverte(s)."
            ).format(
                f=path,
                n=figures["dossiers_nouveaux"],
                a=figures["decisions_attendues"],
                u=figures["autorises_sans_avis"]["nombre"],
                o=figures["alertes"]["ouvertes"],
            )
        )
    return EXIT_OK

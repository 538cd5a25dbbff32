"""Command line of what became of a case — ``suivi`` (the avis, the decision, whether the works matched) — and of the
condition record of the elements — ``etat``."""

import getpass

from ..core.i18n import tr
from ..core.vocabulary import AVIS_VALUES, DECISION_VALUES, WORKS_VALUES
from .common import EXIT_OK, register_arguments, print_json


def add_commands(add, parser_class) -> None:
    """Add ``suivi`` and ``etat`` to the parser."""
    p = add(
        "suivi",
        tr(
            "Inscrire les suites d'un dossier du registre : avis donné, décision de l'autorité compétente, conformité "
            "des travaux (chaque changement va à l'historique) ; sans option, les affiche."
        ),
    )
    p.add_argument("numero", metavar="NUMERO", help=tr("numéro du dossier, tel qu'écrit ou sans espaces"))
    register_arguments(p)
    p.add_argument("--avis", help=tr("avis : {v}").format(v=", ".join(AVIS_VALUES)))
    p.add_argument("--avis-date", metavar="DATE", help=tr("date de l'avis (jj/mm/aaaa ; défaut : aujourd'hui)"))
    p.add_argument("--decision", help=tr("décision : {v}").format(v=", ".join(DECISION_VALUES)))
    p.add_argument("--decision-date", metavar="DATE", help=tr("date de la décision (jj/mm/aaaa)"))
    p.add_argument("--conformite", help=tr("travaux réalisés : {v}").format(v=", ".join(WORKS_VALUES)))
    p.add_argument("--conformite-date", metavar="DATE", help=tr("date du constat (jj/mm/aaaa)"))
    p.add_argument("--note", help=tr("constat (ce qui a été vu sur place)"))
    p.add_argument(
        "--auteur", default=None, help=tr("nom enregistré dans l'historique (défaut : utilisateur du système)")
    )
    p.set_defaults(func=cmd_follow_up)

    from ..core.alerts.model import ETATS, SOURCES

    p = add(
        "etat",
        tr(
            "Relevé d'état des éléments du Bien : inscrire un constat (état, date, source, observateur) pour un ou "
            "plusieurs éléments, ou le premier constat de tous ceux qui n'en ont pas (--initial --tous) ; sans --etat, "
            "affiche le relevé."
        ),
    )
    p.add_argument("elements", nargs="*", metavar="ELEMENT", help=tr("identifiants d'éléments, ex. 63V 19D"))
    register_arguments(p)
    p.add_argument("--etat", help=tr("état : {v}").format(v=", ".join(ETATS)))
    p.add_argument("--date", metavar="DATE", help=tr("date du constat (jj/mm/aaaa)"))
    p.add_argument("--source", help=tr("source : {v}").format(v=", ".join(SOURCES)))
    p.add_argument("--observateur", help=tr("qui a observé"))
    p.add_argument("--note", help=tr("ce qui a été vu"))
    p.add_argument("--tous", action="store_true", help=tr("tous les éléments du Bien"))
    p.add_argument(
        "--initial", action="store_true", help=tr("seulement pour les éléments qui n'ont encore aucun constat")
    )
    p.add_argument(
        "--auteur", default=None, help=tr("nom enregistré dans le registre (défaut : utilisateur du système)")
    )
    p.set_defaults(func=cmd_condition)


def cmd_follow_up(args) -> int:
    """Run ``suivi``: write the follow-up given, then show the case's follow-up."""
    from ..core.register import open_register
    from ..core.register.case_view import case_details
    from ..core.register.model import FOLLOW_UP_FIELDS, normalize_numero

    given = {
        "avis": args.avis,
        "avis_date": args.avis_date,
        "decision": args.decision,
        "decision_date": args.decision_date,
        "conformite": args.conformite,
        "conformite_date": args.conformite_date,
        "conformite_note": args.note,
    }
    given = {k: v for k, v in given.items() if v is not None}
    with open_register(args.register, schema=args.schema) as register:
        changes = register.set_follow_up(args.numero, args.auteur or getpass.getuser(), **given) if given else []
        found = register.get_cases([normalize_numero(args.numero)])
        if not len(found):
            from ..core.errors import InputError

            raise InputError(tr("Dossier « {n} » inconnu dans le registre de veille.").format(n=args.numero))
        case = found.iloc[0].to_dict()
    if args.json:
        print_json(
            {
                "numero": case["numero"],
                "suivi": {f: case.get(f) for f in FOLLOW_UP_FIELDS},
                "changements": [{"champ": f, "avant": o, "apres": n} for f, o, n in changes],
            }
        )
        return EXIT_OK
    for f, o, n in changes:
        print(tr("{f} : {o} → {n}").format(f=f, o=o or "∅", n=n or "∅"))
    shown = [
        (label, text)
        for label, text in case_details(case)
        if label in (tr("Avis"), tr("Décision"), tr("Travaux réalisés"))
    ]
    print(tr("Dossier {n}").format(n=case["numero"]))
    for label, text in shown or [(tr("Suites"), tr("aucune inscrite"))]:
        print(f"  {label} : {text}")
    return EXIT_OK


def cmd_condition(args) -> int:
    """Run ``etat``: record an observation, or show the record."""
    from ..core.errors import InputError
    from ..core.reference.data import load_reference
    from ..core.register import open_register

    ref = load_reference()
    ids = ref.element_ids() if args.tous else ref.element_ids(args.elements) if args.elements else []
    with open_register(args.register, schema=args.schema) as register:
        if args.etat:
            if not ids:
                raise InputError(tr("etat : indiquez les éléments (ex. 63V) ou --tous."))
            n = register.add_conditions(
                ids,
                args.etat,
                args.date,
                args.auteur or getpass.getuser(),
                source=args.source,
                observateur=args.observateur,
                note=args.note,
                only_unobserved=args.initial,
            )
            if args.json:
                print_json({"constats_inscrits": n})
            else:
                print(tr("{n} constat(s) inscrit(s).").format(n=n))
            return EXIT_OK
        record = register.conditions()
    if ids:
        record = record[record["element_id"].isin(ids)]
    if args.json:
        print_json({"releve": record.to_dict("records")})
        return EXIT_OK
    if not len(record):
        print(tr("Aucun constat inscrit."))
    for r in record.itertuples():
        print(f"{r.element_id} {r.date_constat} {r.etat} ({r.source or '—'}, {r.observateur or '—'})")
    return EXIT_OK

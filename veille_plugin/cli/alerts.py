"""Command line of the alerts register: ``python -m veille_plugin alerts
add|update|close|list|show|history|attach|export``."""

import getpass
import sys
from pathlib import Path

from ..core.atomic_files import check_name_lengths
from ..core.i18n import tr
from ..core.vocabulary import display
from ..core.reports.html import french_datetime
from .common import EXIT_ERROR, EXIT_OK, load_reference_for, number, output_file, print_json, record_id

#: Options that set a field: (option, field, help). Lists are repeatable options.
_FIELD_OPTIONS = [
    ("--titre", "titre", "titre de l'alerte"),
    ("--description", "description", "description (texte libre)"),
    ("--date", "date_constat", "date du constat (JJ/MM/AAAA ou AAAA-MM-JJ ; défaut : aujourd'hui)"),
    ("--source", "source", "visite, signalement, presse, veille des permis, comité, autre"),
    ("--etat", "etat", "état : très mauvais, mauvais, passable, bon"),
    ("--tendance", "tendance", "en dégradation, stable, en amélioration, inconnue"),
    (
        "--priorite",
        "priorite",
        "priorité A à F (A : risque immédiat, aucune solution convenue ; F : réparation en cours)",
    ),
    ("--categorie", "categorie", "catégorie 2016 : principale urgence, seconde catégorie, dernière catégorie"),
    (
        "--proprietaire-type",
        "proprietaire_type",
        "particulier, commune, intercommunalité, bailleur social, État, établissement public, entreprise, "
        "association, inconnu, autre",
    ),
    ("--proprietaire", "proprietaire_nom", "nom du propriétaire"),
    (
        "--statut",
        "statut",
        "signalée, en alerte, mesures d'urgence, maîtrise foncière, projet, travaux (clôture : commande close)",
    ),
    ("--dossier", "dossier_veille", "numéro du dossier de la veille à l'origine de l'alerte"),
]
_LIST_OPTIONS = [
    ("--element", "elements", "identifiant d'un élément du Bien, ex. 63V (répétable)"),
    ("--menace", "menaces", "facteur UNESCO, ex. 1.1 ou 13 (répétable)"),
    ("--action-realisee", "actions_realisees", "action réalisée, ex. « diagnostic technique » (répétable)"),
    ("--action-prevue", "actions_prevues", "action prévue, ex. « acquisition EPF » (répétable)"),
    ("--partenaire", "partenaires", "partenaire alerté, ex. DRAC (répétable)"),
]


def add_commands(add, parser_class) -> None:
    """Add the ``alerts`` command and its actions to the parser."""
    p = add(
        "alerts",
        tr("Alertes sur les sites en péril : créer, modifier, clore, lister, historique, pièces jointes, exports."),
    )
    actions = p.add_subparsers(dest="action", metavar="<action>", parser_class=parser_class)

    def action(name, help_text):
        a = actions.add_parser(name, help=help_text, description=help_text)
        a.add_argument(
            "--register",
            metavar="GPKG_OU_DSN",
            help=tr("registre de veille : fichier .gpkg ou connexion PostGIS (défaut : registre personnel)"),
        )
        a.add_argument("--json", action="store_true", help=tr("sortie JSON"))
        return a

    def fields(a, required_title=False):
        for opt, field, help_text in _FIELD_OPTIONS:
            a.add_argument(opt, dest=field, required=required_title and field == "titre", help=tr(help_text))
        for opt, field, help_text in _LIST_OPTIONS:
            a.add_argument(opt, dest=field, action="append", help=tr(help_text))
        a.add_argument(
            "--x",
            type=number,
            help=tr("abscisse Lambert-93 de l'emplacement (avec --y) quand aucun élément n'est donné"),
        )
        a.add_argument("--y", type=number, help=tr("ordonnée Lambert-93 de l'emplacement"))
        a.add_argument("--auteur", help=tr("nom enregistré dans l'historique (défaut : utilisateur du système)"))

    a = action("add", tr("créer une alerte"))
    fields(a, required_title=True)
    a = action(
        "update", tr("modifier une alerte (seuls les champs donnés changent ; une liste donnée remplace l'ancienne)")
    )
    a.add_argument("id", type=record_id, metavar="N")
    fields(a)
    a = action("close", tr("clore une alerte avec son motif"))
    a.add_argument("id", type=record_id, metavar="N")
    a.add_argument("--motif", required=True, help=tr("motif de clôture"))
    a.add_argument("--statut", default="levée", help=tr("sauvegardée, perdue ou levée (défaut)"))
    a.add_argument("--auteur", help=tr("nom enregistré dans l'historique"))
    a = action("list", tr("lister les alertes"))
    a.add_argument("--element", help=tr("seulement celles de cet élément"))
    a.add_argument("--statut", action="append", help=tr("seulement ce statut (répétable)"))
    a.add_argument("--priorite", action="append", help=tr("seulement cette priorité (répétable)"))
    a.add_argument("--ouvertes", action="store_true", help=tr("seulement les alertes ouvertes"))
    a = action("show", tr("afficher une alerte"))
    a.add_argument("id", type=record_id, metavar="N")
    a = action("history", tr("historique d'une alerte (qui, quand, ancienne → nouvelle valeur)"))
    a.add_argument("id", type=record_id, metavar="N")
    a = action("attach", tr("joindre un fichier (photo, courrier…) à une alerte ; il est stocké dans le registre"))
    a.add_argument("id", type=record_id, metavar="N")
    a.add_argument("file", metavar="FICHIER")
    a.add_argument("--description", help=tr("légende de la pièce jointe"))
    a.add_argument("--auteur", help=tr("nom enregistré dans l'historique"))
    a = action(
        "export", tr("exporter : liste des sites en péril, dossier d'un élément ou d'une alerte, rapport périodique")
    )
    a.add_argument(
        "--type",
        dest="kind",
        choices=["liste", "dossier", "rapport"],
        default="liste",
        help=tr("liste (défaut), dossier, rapport (facteurs UNESCO × tendance)"),
    )
    a.add_argument(
        "--format",
        dest="fmt",
        choices=["html", "csv"],
        default=None,
        help=tr("html ou csv (défaut : d'après l'extension de --out)"),
    )
    a.add_argument("--out", required=True, type=output_file, metavar="FICHIER")
    a.add_argument("--element", help=tr("pour --type dossier : identifiant de l'élément"))
    a.add_argument("--alerte", type=record_id, metavar="N", help=tr("pour --type dossier : numéro de l'alerte"))
    a.add_argument("--ouvertes", action="store_true", help=tr("seulement les alertes ouvertes"))
    p.set_defaults(func=cmd_alerts)


def _values(args) -> dict:
    out = {}
    for _, field, _ in _FIELD_OPTIONS:
        v = getattr(args, field, None)
        if v is not None:
            out[field] = v
    for _, field, _ in _LIST_OPTIONS:
        v = getattr(args, field, None)
        if v is not None:
            out[field] = [x for item in v for x in str(item).split(";")]
    return out


def _author(args) -> str:
    return getattr(args, "auteur", None) or getpass.getuser()


def _public(alert: dict) -> dict:
    return {k: v for k, v in alert.items() if k != "geom_wkb"} | {"wkt": _wkt(alert.get("geom_wkb"))}


def _wkt(wkb):
    if wkb is None:
        return None
    import shapely

    return shapely.to_wkt(shapely.from_wkb(wkb), rounding_precision=2)


def cmd_alerts(args) -> int:
    """Run ``alerts <action>``; return the exit code."""
    from ..core.alerts import exports, service
    from ..core.errors import InputError
    from ..core.register import open_register

    action = args.action
    if not action:
        print(
            tr(
                "Précisez l'action : add, update, close, list, show, history, attach ou export (aide : python -m "
                "veille_plugin alerts --help)."
            ),
            file=sys.stderr,
        )
        return EXIT_ERROR
    reading = action in ("list", "show", "history", "export")
    if reading and args.register and str(args.register).lower().endswith(".gpkg"):
        check_name_lengths(Path(args.register))  # said as such: Python ≥ 3.13's exists() answers False for it
    if reading and args.register and str(args.register).lower().endswith(".gpkg") and not Path(args.register).exists():
        raise InputError(
            tr("Registre introuvable : {p}. Vérifiez le chemin (un registre est créé par « alerts add »).").format(
                p=args.register
            )
        )
    with open_register(args.register) as reg:
        if action in ("add", "update"):
            values = _values(args)
            geometry = None
            if (args.x is None) != (args.y is None):
                raise InputError(tr("Emplacement : donnez --x et --y ensemble (Lambert-93, mètres)."))
            if args.x is not None:
                import shapely

                geometry = shapely.Point(args.x, args.y)
            if "elements" in values or geometry is not None or action == "add":
                values, geometry = service.prepare(
                    values, load_reference_for(args), geometry, partial=action == "update"
                )
            if action == "add":
                alert_id = reg.add_alert(values, _author(args), geometry=geometry)
                alert = reg.get_alert(alert_id)
                if args.json:
                    print_json(_public(alert))
                else:
                    print(
                        tr("Alerte n° {id} créée : {t} — {s}, priorité {p}, éléments : {el}.").format(
                            id=alert_id,
                            t=alert["titre"],
                            s=alert["statut"],
                            p=alert["priorite"] or "—",
                            el=alert["elements_noms"] or "—",
                        )
                    )
                return EXIT_OK
            changes = reg.update_alert(args.id, values, _author(args), geometry=geometry)
            if args.json:
                print_json(
                    {"id": args.id, "changements": [{"champ": f, "ancien": o, "nouveau": n} for f, o, n in changes]}
                )
            else:
                print(
                    tr("Alerte n° {id} : {n} champ(s) modifié(s).").format(id=args.id, n=len(changes))
                    if changes
                    else tr("Alerte n° {id} : rien à modifier.").format(id=args.id)
                )
                for f, o, n in changes:
                    print(f"  {f} : {o if o is not None else '—'} → {n if n is not None else '—'}")
            return EXIT_OK
        if action == "close":
            changes = reg.close_alert(args.id, args.motif, _author(args), statut=args.statut)
            alert = reg.get_alert(args.id)
            if args.json:
                print_json(_public(alert))
            else:
                print(
                    tr("Alerte n° {id} close ({s}) : {m}").format(
                        id=args.id, s=alert["statut"], m=alert["motif_cloture"]
                    )
                )
            return EXIT_OK
        if action == "list":
            from ..core.alerts.model import validate_alert

            statut = (
                [validate_alert({"statut": v}, partial=True)["statut"] for v in args.statut] if args.statut else None
            )
            priorite = (
                [validate_alert({"priorite": v}, partial=True)["priorite"] for v in args.priorite]
                if args.priorite
                else None
            )
            df = reg.alerts(statut=statut, ouvertes=args.ouvertes, element=args.element, priorite=priorite)
            rows = [_public(r) for r in df.to_dict("records")]
            if args.json:
                print_json(rows)
            elif not rows:
                print(tr("Aucune alerte."))
            else:
                for r in rows:
                    status = display(r["statut"], "alerte_statut")
                    print(
                        f"{r['id']:>4}  {r['priorite'] or '-'}  {status:<18} {r['titre']} — "
                        f"{r['elements_noms'] or r['commune_nom'] or ''}"
                    )
            return EXIT_OK
        if action == "show":
            alert = _public(reg.get_alert(args.id))
            alert["pieces_jointes"] = reg.attachments(args.id)
            if args.json:
                print_json(alert)
            else:
                from ..core.alerts.model import field_label

                names = {"id": tr("Alerte n°"), "wkt": tr("Emplacement (Lambert-93)")}
                for k, v in alert.items():
                    if k != "pieces_jointes" and v is not None:
                        dated = k in ("date_constat", "created_at", "updated_at", "closed_at")
                        print(f"{names.get(k) or field_label(k)} : {french_datetime(v) if dated else v}")
                for a in alert["pieces_jointes"]:
                    print(
                        tr("Pièce jointe n° {id} : {f} ({s} octets)").format(id=a["id"], f=a["filename"], s=a["size"])
                    )
            return EXIT_OK
        if action == "history":
            reg.get_alert(args.id)
            hist = reg.alert_history(args.id)
            if args.json:
                print_json(hist)
            else:
                table = exports.history_table(hist)
                for row in table.itertuples(index=False):
                    date, author, act, field, old, new = row
                    print(
                        f"{date}  {author:<12} {act:<13} {field:<26} {old if old is not None else '—'} → "
                        f"{new if new is not None else '—'}"
                    )
            return EXIT_OK
        if action == "attach":
            att = reg.add_attachment(args.id, args.file, _author(args), description=args.description)
            info = [a for a in reg.attachments(args.id) if a["id"] == att][0]
            if args.json:
                print_json(info)
            else:
                print(
                    tr("Pièce jointe n° {id} enregistrée dans le registre : {f} ({s} octets).").format(
                        id=att, f=info["filename"], s=info["size"]
                    )
                )
            return EXIT_OK
        if action == "export":
            suffix = Path(args.out).suffix.lower()
            if args.fmt is None and suffix not in (".html", ".htm", ".csv"):
                raise InputError(
                    tr(
                        "--out {o} : extension « {s} » non prise en charge ; donnez un fichier .html ou .csv (ou "
                        "--format html|csv)."
                    ).format(o=args.out, s=suffix or "—")
                )
            fmt = args.fmt or ("csv" if suffix == ".csv" else "html")
            ref = load_reference_for(args) if args.kind == "dossier" and args.element else None
            path = exports.export(
                reg,
                args.kind,
                fmt,
                args.out,
                element=args.element,
                alert_id=args.alerte,
                ouvertes=args.ouvertes,
                ref=ref,
            )
            if args.json:
                print_json({"fichier": str(path), "type": args.kind, "format": fmt})
            else:
                print(tr("Export écrit : {p}").format(p=path))
            return EXIT_OK
    return EXIT_ERROR

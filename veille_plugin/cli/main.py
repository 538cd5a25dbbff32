"""Command-line interface: ``python -m veille_plugin <commande>`` (French messages, ``--json`` for scripts).

The entry module: it builds the parser from the command modules and runs the chosen command. Exit codes:
0 success; 1 done, but some items were in error (listed); 2 bad usage or unusable input.
"""

import errno
import os
import sys

from ..core.atomic_files import name_too_long
from ..core.errors import VeilleError
from ..core.feeds.sitadel import DEFAULT_MONTHS, DIDO_API
from ..core.i18n import tr
from ..core.internal_errors import internal_error_message, record_internal_error
from . import alerts, cases, plu, plu_watch, reports
from .common import (
    EXIT_ERROR,
    EXIT_INTERNAL,
    EXIT_OK,
    MAX_FICHES,
    FrenchArgumentParser,
    add_covisibility_arguments,
    formatter,
    iso_date,
    output_dir,
    output_file,
    positive_number,
    print_json,
)
from .reference import cmd_find, cmd_reference, cmd_stats
from .screening import cmd_rules, cmd_screen
from .sweep import cmd_sweep


def build_parser() -> FrenchArgumentParser:
    """The whole command line, in French."""
    parser = FrenchArgumentParser(
        prog="python -m veille_plugin",
        description=tr(
            "Veille patrimoniale du Bien UNESCO « Bassin minier du Nord-Pas de Calais » : ligne de commande."
        ),
        formatter_class=formatter,
        add_help=False,
    )
    parser.add_argument("-h", "--help", action="help", help=tr("afficher cette aide et quitter"))
    parser.add_argument(
        "--reference",
        metavar="GPKG",
        help=tr("jeu de référence à utiliser (par défaut : celui configuré, sinon les données embarquées)"),
    )
    sub = parser.add_subparsers(
        dest="command", metavar="<commande>", title=tr("commandes"), parser_class=FrenchArgumentParser
    )

    def add(name, help_text):
        p = sub.add_parser(name, help=help_text, description=help_text, add_help=False, formatter_class=formatter)
        p.add_argument("-h", "--help", action="help", help=tr("afficher cette aide et quitter"))
        p.add_argument("--json", action="store_true", help=tr("sortie JSON (pour les scripts)"))
        return p

    p = add("stats", tr("Chiffres tirés des données de référence (composantes, éléments, surfaces, communes)."))
    p.set_defaults(func=cmd_stats)

    p = add(
        "screen",
        tr(
            "Situer une géométrie ou chaque entité d'un fichier (Bien, zone tampon, éléments, abords MH) et appliquer "
            "les règles du plan de gestion."
        ),
    )
    src = p.add_mutually_exclusive_group(required=True)
    src.add_argument("--wkt", help=tr("géométrie en WKT, ex. « POINT(700000 7050000) »"))
    src.add_argument("--file", help=tr("fichier à analyser : GeoJSON, GeoPackage, shapefile, CSV (colonne WKT ou x/y)"))
    p.add_argument(
        "--crs", help=tr("système de coordonnées des entrées, ex. EPSG:2154 (défaut pour --wkt) ou EPSG:4326")
    )
    p.add_argument("--layer", help=tr("couche à lire dans un GeoPackage"))
    p.add_argument(
        "--distance",
        type=positive_number,
        default=500.0,
        metavar="METRES",
        help=tr("distance de recherche des éléments proches, en mètres (défaut 500)"),
    )
    p.add_argument(
        "--type",
        dest="case_type",
        help=tr(
            "type de dossier : PC, PD, PA, DP, projet, plu (défaut : projet ; pour --file, colonne « type » si "
            "présente)"
        ),
    )
    p.add_argument("--travaux", help=tr("nature des travaux, ex. « démolition, façade, menuiseries »"))
    p.add_argument(
        "--nature",
        help=tr("nature du projet : bâtiment, éolienne, infrastructure, développement commercial, espace public…"),
    )
    p.add_argument("--hauteur", type=positive_number, metavar="METRES", help=tr("hauteur du projet en mètres"))
    p.add_argument(
        "--emprise", type=positive_number, metavar="M2", help=tr("emprise au sol en m² (calculée pour un polygone)")
    )
    fiche = p.add_argument_group(
        tr("identité du dossier (bloc d'en-tête de la fiche ; pour --file, colonnes du même nom)")
    )
    fiche.add_argument("--numero", metavar="NUMERO", help=tr("numéro du dossier (nomme aussi le fichier de la fiche)"))
    fiche.add_argument("--commune", help=tr("commune (défaut : celle où se trouve la géométrie)"))
    fiche.add_argument("--adresse", help=tr("adresse des travaux"))
    fiche.add_argument("--parcelles", help=tr("références cadastrales, ex. « 62498 AB 0123 »"))
    fiche.add_argument("--demandeur", help=tr("demandeur (pétitionnaire)"))
    fiche.add_argument("--depot", type=iso_date, metavar="AAAA-MM-JJ", help=tr("date de dépôt du dossier"))
    fiche.add_argument(
        "--date-limite", type=iso_date, metavar="AAAA-MM-JJ", help=tr("date limite de réponse de la consultation")
    )
    p.add_argument(
        "--rules",
        metavar="FICHIER",
        help=tr("catalogue de règles à utiliser (YAML ou JSON) au lieu de celui en vigueur"),
    )
    p.add_argument(
        "--methode-impact",
        metavar="FICHIER",
        help=tr(
            "méthode d'évaluation d'impact (matrice valeur × ampleur, YAML) au lieu de celle du plugin "
            "(resources/impact/matrice_impact.yaml)"
        ),
    )
    p.add_argument(
        "--couche",
        action="append",
        metavar="NOM=FICHIER",
        help=tr("couche fournie par l'utilisateur, ex. cones_de_vue=cones.gpkg (répétable)"),
    )
    p.add_argument(
        "--peril",
        metavar="FICHIER",
        help=tr("liste des éléments en péril (CSV avec une colonne « identifiant ») au lieu des alertes du registre"),
    )
    p.add_argument(
        "--register",
        metavar="GPKG_OU_DSN",
        help=tr(
            "registre dont les alertes ouvertes forment la liste des sites en péril (règle R12 ; défaut : registre "
            "personnel s'il existe)"
        ),
    )
    p.add_argument("--out", type=output_file, metavar="FICHIER.csv", help=tr("écrire une ligne par entité dans ce CSV"))
    add_covisibility_arguments(p)
    p.add_argument(
        "--fiche",
        type=output_dir,
        metavar="DOSSIER",
        help=tr(
            "écrire dans ce dossier la fiche d'analyse de chaque entité (HTML, et PDF si Qt est disponible) ; {n} "
            "entités au plus"
        ).format(n=MAX_FICHES),
    )
    p.set_defaults(func=cmd_screen)

    p = add(
        "rules",
        tr(
            "Catalogue des règles du plan de gestion : valider un fichier, lister les règles, choisir le catalogue en "
            "vigueur."
        ),
    )
    rs_rules = p.add_subparsers(dest="action", metavar="<action>", parser_class=FrenchArgumentParser)
    r_val = rs_rules.add_parser(
        "validate", help=tr("valider un catalogue (toutes les erreurs, avec chemin JSON et ligne)")
    )
    r_val.add_argument("file", metavar="FICHIER")
    r_val.add_argument("--json", action="store_true", help=tr("sortie JSON"))
    r_list = rs_rules.add_parser("list", help=tr("lister les règles du catalogue en vigueur"))
    r_list.add_argument("--rules", metavar="FICHIER", help=tr("catalogue à lister (défaut : celui en vigueur)"))
    r_list.add_argument("--json", action="store_true", help=tr("sortie JSON"))
    r_set = rs_rules.add_parser(
        "set", help=tr("mettre en vigueur un catalogue (refusé s'il est invalide ; l'ancien reste alors en vigueur)")
    )
    r_set.add_argument("file", metavar="FICHIER")
    r_set.add_argument("--json", action="store_true", help=tr("sortie JSON"))
    r_reset = rs_rules.add_parser("reset", help=tr("revenir au catalogue embarqué"))
    r_reset.add_argument("--json", action="store_true", help=tr("sortie JSON"))
    r_found = rs_rules.add_parser(
        "fondements",
        help=tr("page « Fondements des règles » : statut, verdict et fondements de chaque règle"),
    )
    r_found.add_argument("--rules", metavar="FICHIER", help=tr("catalogue (défaut : celui en vigueur)"))
    r_found.add_argument("--out", type=output_file, metavar="FICHIER", help=tr("écrire la page dans ce fichier"))
    r_found.add_argument("--html", action="store_true", help=tr("en HTML (défaut : Markdown)"))
    p.set_defaults(func=cmd_rules)

    p = add(
        "sweep",
        tr(
            "Balayage de veille : importer les listes de permis, localiser et analyser chaque dossier, comparer avec "
            "le registre, produire le rapport."
        ),
    )
    p.add_argument(
        "--source",
        action="append",
        required=True,
        metavar="FICHIER",
        help=tr(
            "liste de permis (Sitadel, CSV, Excel, couche vectorielle), ou « sitadel » : les listes Sitadel du SDES "
            "récupérées de l'API DiDo (mois nouveaux seulement, communes du bassin) ; répétable"
        ),
    )
    p.add_argument(
        "--sitadel-url",
        "--url",
        dest="sitadel_url",
        metavar="URL",
        help=tr("adresse de l'API DiDo pour --source sitadel (défaut : {u})").format(u=DIDO_API),
    )
    p.add_argument(
        "--mois",
        type=int,
        default=DEFAULT_MONTHS,
        metavar="N",
        help=tr("--source sitadel : les N derniers mois publiés, s'ils ne sont pas déjà gardés (défaut : {n})").format(
            n=DEFAULT_MONTHS
        ),
    )
    p.add_argument(
        "--depuis",
        type=iso_date,
        metavar="AAAA-MM-JJ",
        help=tr(
            "--source sitadel : seulement les autorisations délivrées ce jour ou après (filtre du serveur sur "
            "DATE_REELLE_AUTORISATION ; beaucoup moins de pages à lire)"
        ),
    )
    p.add_argument(
        "--format",
        dest="fmt",
        choices=["auto", "sitadel", "csv", "xlsx", "layer"],
        default="auto",
        help=tr("format des sources (défaut : détection)"),
    )
    p.add_argument(
        "--mapping", metavar="NOM", help=tr("correspondance de colonnes enregistrée à utiliser (export ADS)")
    )
    p.add_argument(
        "--source-name",
        metavar="NOM",
        help=tr(
            "nom du flux de la source (les dossiers absents d'une nouvelle livraison du même flux deviennent « "
            "disparu »)"
        ),
    )
    p.add_argument(
        "--parcels",
        metavar="FICHIER|auto",
        help=tr(
            "couche des parcelles cadastrales (Etalab GeoJSON, GeoPackage…), ou « auto » : les parcelles des communes "
            "des dossiers, téléchargées du cadastre Etalab et gardées en cache (hors ligne : la dernière copie)"
        ),
    )
    p.add_argument(
        "--cadastre-url",
        metavar="URL",
        help=tr("adresse du cadastre Etalab pour --parcels auto (défaut : https://cadastre.data.gouv.fr/bundler/…)"),
    )
    p.add_argument(
        "--register",
        metavar="GPKG_OU_DSN",
        help=tr("registre de veille : fichier .gpkg ou connexion PostGIS (service=…, postgresql://…)"),
    )
    p.add_argument(
        "--schema",
        default="veille",
        help=tr("schéma PostgreSQL du registre quand --register est une connexion PostGIS (défaut : veille)"),
    )
    p.add_argument(
        "--out",
        required=True,
        type=output_dir,
        metavar="DOSSIER",
        help=tr("dossier des résultats (rapport.html, cases.csv, cases.gpkg)"),
    )
    p.add_argument("--rules", metavar="FICHIER", help=tr("catalogue de règles à utiliser au lieu de celui en vigueur"))
    add_covisibility_arguments(p)
    p.add_argument(
        "--auteur", default=None, help=tr("nom enregistré dans l'historique (défaut : utilisateur du système)")
    )
    p.set_defaults(func=cmd_sweep)

    p = add("find", tr("Rechercher un élément, une composante ou une cité ERBM par son nom, tel qu'on l'écrit."))
    p.add_argument("text", metavar="TEXTE", help=tr("texte recherché, ex. « fosse 9-9 bis Oignies »"))
    p.add_argument("--commune", help=tr("restreindre à une commune (nom actuel ou ancien)"))
    p.add_argument("--limit", type=int, default=10, help=tr("nombre maximal de résultats (défaut 10)"))
    p.set_defaults(func=cmd_find)

    # Commands of their own modules (alerts register, PLU watch): each adds its sub-commands with ``add``.
    for module in (alerts, cases, plu, plu_watch, reports):
        module.add_commands(add, FrenchArgumentParser)

    p = add(
        "reference",
        tr("Jeu de données de référence : version utilisée, remplacement par une publication plus récente."),
    )
    rs = p.add_subparsers(dest="action", metavar="<action>", parser_class=FrenchArgumentParser)
    r_info = rs.add_parser("info", help=tr("version et origine du jeu utilisé"), add_help=True)
    r_info.add_argument("--json", action="store_true", help=tr("sortie JSON"))
    r_imp = rs.add_parser(
        "import", help=tr("convertir une publication officielle (GeoJSON ou shapefiles Lambert-93) et l'utiliser")
    )
    r_imp.add_argument("source", metavar="DOSSIER", help=tr("dossier contenant les couches officielles"))
    r_imp.add_argument(
        "--out", metavar="GPKG", help=tr("GeoPackage à écrire (défaut : dans le dossier de configuration)")
    )
    r_imp.add_argument("--version-label", help=tr("libellé de version affiché (défaut : nom du dossier et empreinte)"))
    r_imp.add_argument("--no-activate", action="store_true", help=tr("ne pas en faire le jeu utilisé"))
    r_imp.add_argument("--json", action="store_true", help=tr("sortie JSON"))
    r_set = rs.add_parser("set", help=tr("utiliser un GeoPackage de référence existant"))
    r_set.add_argument("gpkg", metavar="GPKG")
    r_set.add_argument("--json", action="store_true", help=tr("sortie JSON"))
    r_reset = rs.add_parser("reset", help=tr("revenir aux données embarquées dans le plugin"))
    r_reset.add_argument("--json", action="store_true", help=tr("sortie JSON"))
    p.set_defaults(func=cmd_reference)
    return parser


def main(argv=None) -> int:
    """Run the command line with ``argv``; return the exit code."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "command", None):
        parser.print_help()
        return EXIT_ERROR
    try:
        try:
            return args.func(args)
        except OSError as exc:  # a name longer than the file system accepts: said in French, not an internal error
            if exc.errno == errno.ENAMETOOLONG and exc.filename:
                raise name_too_long(exc) from None
            raise
    except VeilleError as exc:
        if getattr(args, "json", False):
            print_json({"erreur": str(exc)})
        print(tr("Erreur : {msg}").format(msg=exc), file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print(tr("Interrompu."), file=sys.stderr)
        return 130
    except BrokenPipeError:
        # the reader went away («… | head»): stop quietly, as command-line tools do
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_OK
    except Exception as exc:  # noqa: BLE001 — the last resort: no traceback reaches a user
        log = record_internal_error(exc, "ligne de commande : " + " ".join(sys.argv[1:] if argv is None else argv))
        message = internal_error_message(exc, log)
        if getattr(args, "json", False):
            print_json({"erreur": message, "erreur_interne": True, "journal": str(log)})
        print(tr("Erreur : {msg}").format(msg=message), file=sys.stderr)
        return EXIT_INTERNAL

"""Command-line interface: ``python -m veille_plugin <commande>`` (French messages, ``--json`` for scripts).

Exit codes: 0 success; 1 done, but some items were in error (listed); 2 bad usage or unusable input.
"""
import argparse
import json
import sys
from pathlib import Path

from .core.errors import VeilleError
from .core.i18n import tr

EXIT_OK, EXIT_PARTIAL, EXIT_ERROR = 0, 1, 2
MAX_FICHES = 200  # screening notes per command (one PDF each)

# argparse's own messages, in French (argparse looks them up through its module-level «_»).
_ARGPARSE_FR = {
    "usage: ": "utilisation : ",
    "positional arguments": "arguments positionnels",
    "options": "options",
    "optional arguments": "options",
    "show this help message and exit": "afficher cette aide et quitter",
    "the following arguments are required: %s": "arguments obligatoires manquants : %s",
    "one of the arguments %s is required": "il faut l'un des arguments %s",
    "unrecognized arguments: %s": "arguments non reconnus : %s",
    "invalid choice: %(value)r (choose from %(choices)s)": "choix invalide : %(value)r (possibles : %(choices)s)",
    "argument %(argument_name)s: %(message)s": "argument %(argument_name)s : %(message)s",
    "expected one argument": "une valeur est attendue",
    "invalid %(type)s value: %(value)r": "valeur invalide (%(type)s attendu) : %(value)r",
    "not allowed with argument %s": "incompatible avec l'argument %s",
    "ambiguous option: %(option)s could match %(matches)s": "option ambiguë : %(option)s peut désigner %(matches)s",
    "%(prog)s: error: %(message)s\n": "%(prog)s : erreur : %(message)s\n",
}


def _argparse_fr(text: str) -> str:
    return tr(_ARGPARSE_FR.get(text, text))


argparse._ = _argparse_fr


def _number(text: str) -> float:
    """A number as the French write it: «12,5» or «12.5»."""
    try:
        return float(str(text).replace(",", ".").replace(" ", ""))
    except ValueError:
        raise argparse.ArgumentTypeError(tr("nombre attendu (ex. 12,5) : « {t} »").format(t=text)) from None


def _print_json(data) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2, default=str)
    sys.stdout.write("\n")


class FrenchArgumentParser(argparse.ArgumentParser):
    def error(self, message):
        self.print_usage(sys.stderr)
        sys.stderr.write(tr("Erreur : {msg}\nAide : {prog} --help\n").format(msg=message, prog=self.prog))
        sys.exit(EXIT_ERROR)


def _formatter(prog):
    return argparse.RawDescriptionHelpFormatter(prog, max_help_position=32)


def build_parser() -> argparse.ArgumentParser:
    parser = FrenchArgumentParser(
        prog="python -m veille_plugin",
        description=tr("Veille patrimoniale du Bien UNESCO « Bassin minier du Nord-Pas de Calais » : ligne de commande."),
        formatter_class=_formatter,
        add_help=False,
    )
    parser.add_argument("-h", "--help", action="help", help=tr("afficher cette aide et quitter"))
    parser.add_argument("--reference", metavar="GPKG", help=tr("jeu de référence à utiliser (par défaut : celui configuré, sinon les données embarquées)"))
    sub = parser.add_subparsers(dest="command", metavar="<commande>", title=tr("commandes"), parser_class=FrenchArgumentParser)

    def add(name, help_text):
        p = sub.add_parser(name, help=help_text, description=help_text, add_help=False, formatter_class=_formatter)
        p.add_argument("-h", "--help", action="help", help=tr("afficher cette aide et quitter"))
        p.add_argument("--json", action="store_true", help=tr("sortie JSON (pour les scripts)"))
        return p

    p = add("stats", tr("Chiffres tirés des données de référence (composantes, éléments, surfaces, communes)."))
    p.set_defaults(func=cmd_stats)

    p = add("screen", tr("Situer une géométrie ou chaque entité d'un fichier (Bien, zone tampon, éléments, abords MH) et appliquer les règles du plan de gestion."))
    src = p.add_mutually_exclusive_group(required=True)
    src.add_argument("--wkt", help=tr("géométrie en WKT, ex. « POINT(700000 7050000) »"))
    src.add_argument("--file", help=tr("fichier à analyser : GeoJSON, GeoPackage, shapefile, CSV (colonne WKT ou x/y)"))
    p.add_argument("--crs", help=tr("système de coordonnées des entrées, ex. EPSG:2154 (défaut pour --wkt) ou EPSG:4326"))
    p.add_argument("--layer", help=tr("couche à lire dans un GeoPackage"))
    p.add_argument("--distance", type=_number, default=500.0, metavar="METRES", help=tr("distance de recherche des éléments proches, en mètres (défaut 500)"))
    p.add_argument("--type", dest="case_type", help=tr("type de dossier : PC, PD, PA, DP, projet, plu (défaut : projet ; pour --file, colonne « type » si présente)"))
    p.add_argument("--travaux", help=tr("nature des travaux, ex. « démolition, façade, menuiseries »"))
    p.add_argument("--nature", help=tr("nature du projet : bâtiment, éolienne, infrastructure, développement commercial, espace public…"))
    p.add_argument("--hauteur", type=_number, metavar="METRES", help=tr("hauteur du projet en mètres"))
    p.add_argument("--emprise", type=_number, metavar="M2", help=tr("emprise au sol en m² (calculée pour un polygone)"))
    p.add_argument("--rules", metavar="FICHIER", help=tr("catalogue de règles à utiliser (YAML ou JSON) au lieu de celui en vigueur"))
    p.add_argument("--couche", action="append", metavar="NOM=FICHIER", help=tr("couche fournie par l'utilisateur, ex. cones_de_vue=cones.gpkg (répétable)"))
    p.add_argument("--peril", metavar="FICHIER", help=tr("liste des éléments en péril (CSV avec une colonne « identifiant ») au lieu des alertes du registre"))
    p.add_argument("--register", metavar="GPKG_OU_DSN", help=tr("registre dont les alertes ouvertes forment la liste des sites en péril (règle R12 ; défaut : registre personnel s'il existe)"))
    p.add_argument("--out", metavar="FICHIER.csv", help=tr("écrire une ligne par entité dans ce CSV"))
    p.add_argument("--fiche", metavar="DOSSIER", help=tr("écrire dans ce dossier la fiche d'analyse de chaque entité (HTML, et PDF si Qt est disponible) ; {n} entités au plus").format(n=MAX_FICHES))
    p.set_defaults(func=cmd_screen)

    p = add("rules", tr("Catalogue des règles du plan de gestion : valider un fichier, lister les règles, choisir le catalogue en vigueur."))
    rs_rules = p.add_subparsers(dest="action", metavar="<action>", parser_class=FrenchArgumentParser)
    r_val = rs_rules.add_parser("validate", help=tr("valider un catalogue (toutes les erreurs, avec chemin JSON et ligne)"))
    r_val.add_argument("file", metavar="FICHIER")
    r_val.add_argument("--json", action="store_true", help=tr("sortie JSON"))
    r_list = rs_rules.add_parser("list", help=tr("lister les règles du catalogue en vigueur"))
    r_list.add_argument("--rules", metavar="FICHIER", help=tr("catalogue à lister (défaut : celui en vigueur)"))
    r_list.add_argument("--json", action="store_true", help=tr("sortie JSON"))
    r_set = rs_rules.add_parser("set", help=tr("mettre en vigueur un catalogue (refusé s'il est invalide ; l'ancien reste alors en vigueur)"))
    r_set.add_argument("file", metavar="FICHIER")
    r_set.add_argument("--json", action="store_true", help=tr("sortie JSON"))
    r_reset = rs_rules.add_parser("reset", help=tr("revenir au catalogue embarqué"))
    r_reset.add_argument("--json", action="store_true", help=tr("sortie JSON"))
    p.set_defaults(func=cmd_rules)

    p = add("sweep", tr("Balayage de veille : importer les listes de permis, localiser et analyser chaque dossier, comparer avec le registre, produire le rapport."))
    p.add_argument("--source", action="append", required=True, metavar="FICHIER", help=tr("liste de permis (Sitadel, CSV, Excel, couche vectorielle) ; répétable"))
    p.add_argument("--format", dest="fmt", choices=["auto", "sitadel", "csv", "xlsx", "layer"], default="auto", help=tr("format des sources (défaut : détection)"))
    p.add_argument("--mapping", metavar="NOM", help=tr("correspondance de colonnes enregistrée à utiliser (export ADS)"))
    p.add_argument("--source-name", metavar="NOM", help=tr("nom du flux de la source (les dossiers absents d'une nouvelle livraison du même flux deviennent « disparu »)"))
    p.add_argument("--parcels", metavar="FICHIER", help=tr("couche des parcelles cadastrales (Etalab GeoJSON, GeoPackage…)"))
    p.add_argument("--register", metavar="GPKG_OU_DSN", help=tr("registre de veille : fichier .gpkg ou connexion PostGIS (service=…, postgresql://…)"))
    p.add_argument("--out", required=True, metavar="DOSSIER", help=tr("dossier des résultats (rapport.html, cases.csv, cases.gpkg)"))
    p.add_argument("--rules", metavar="FICHIER", help=tr("catalogue de règles à utiliser au lieu de celui en vigueur"))
    p.add_argument("--auteur", default=None, help=tr("nom enregistré dans l'historique (défaut : utilisateur du système)"))
    p.set_defaults(func=cmd_sweep)

    p = add("find", tr("Rechercher un élément, une composante ou une cité ERBM par son nom, tel qu'on l'écrit."))
    p.add_argument("text", metavar="TEXTE", help=tr("texte recherché, ex. « fosse 9-9 bis Oignies »"))
    p.add_argument("--commune", help=tr("restreindre à une commune (nom actuel ou ancien)"))
    p.add_argument("--limit", type=int, default=10, help=tr("nombre maximal de résultats (défaut 10)"))
    p.set_defaults(func=cmd_find)

    # Commands of their own modules (alerts register, PLU watch): each adds its sub-commands with ``add``.
    from . import cli_alerts, cli_plu

    for module in (cli_alerts, cli_plu):
        module.add_commands(add, FrenchArgumentParser)

    p = add("reference", tr("Jeu de données de référence : version utilisée, remplacement par une publication plus récente."))
    rs = p.add_subparsers(dest="action", metavar="<action>", parser_class=FrenchArgumentParser)
    r_info = rs.add_parser("info", help=tr("version et origine du jeu utilisé"), add_help=True)
    r_info.add_argument("--json", action="store_true", help=tr("sortie JSON"))
    r_imp = rs.add_parser("import", help=tr("convertir une publication officielle (GeoJSON ou shapefiles Lambert-93) et l'utiliser"))
    r_imp.add_argument("source", metavar="DOSSIER", help=tr("dossier contenant les couches officielles"))
    r_imp.add_argument("--out", metavar="GPKG", help=tr("GeoPackage à écrire (défaut : dans le dossier de configuration)"))
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


# --------------------------------------------------------------------------- commands


def _ref(args):
    from .core.reference import load_reference

    return load_reference(args.reference)


def cmd_stats(args) -> int:
    from .core.stats import reference_stats

    data = reference_stats(_ref(args))
    if args.json:
        _print_json(data)
        return EXIT_OK
    print(tr("Données : {v}").format(v=data["donnees"]["version"]))
    print(tr("Composantes : {n}").format(n=data["composantes"]))
    print(tr("Éléments : {n}").format(n=data["elements"]) + " (" + ", ".join(f"{k} {v}" for k, v in data["elements_par_categorie"].items()) + ")")
    print(tr("Éléments protégés MH : {c} classés, {i} inscrits").format(c=data["elements_proteges_mh"]["classé"], i=data["elements_proteges_mh"]["inscrit"]))
    print(tr("Surface du Bien : {a} ha ; zone tampon : {z} ha (Bien compris : {t} ha)").format(a=data["surface_bien_ha"], z=data["surface_zone_tampon_ha"], t=data["surface_bien_et_zone_tampon_ha"]))
    print(tr("Communes touchées par le Bien : {n} ; par la zone tampon : {z}").format(n=data["communes_touchees_par_le_bien"], z=data["communes_touchees_par_la_zone_tampon"]))
    print(data["note"])
    return EXIT_OK


def cmd_screen(args) -> int:
    import shapely

    from .core.case_screening import case_columns, load_danger_list, load_user_layers, screen_cases
    from .core.rules_catalogue import load_catalogue
    from .core.vector_io import read_vector

    ref = _ref(args)
    catalogue = load_catalogue(args.rules)
    user_layers = load_user_layers(args.couche)
    if args.peril:
        danger = load_danger_list(args.peril)
    else:  # R12: elements under an open alert of the register (the default one when it exists)
        from .core.alerts.service import danger_list_from_register

        danger = danger_list_from_register(args.register)
    read_messages = []
    fields = {}
    if args.wkt is not None:
        try:
            geom = shapely.from_wkt(args.wkt)
        except shapely.errors.GEOSException as exc:
            raise VeilleError(tr("WKT illisible : « {wkt} » ({err}). Exemple valide : POINT(700000 7050000).").format(wkt=args.wkt[:80], err=exc)) from None
        geoms, crs, labels = [geom], args.crs or "EPSG:2154", None
    else:
        table = read_vector(args.file, layer=args.layer, default_crs=args.crs)
        crs = args.crs or table.crs
        geoms = table.geometries
        labels = _item_labels(table, Path(args.file).name)
        read_messages = table.messages
        fields = case_columns(table.attributes)
        if args.fiche and len(geoms) > MAX_FICHES:
            raise VeilleError(
                tr(
                    "{f} contient {n} entités : les fiches d'analyse sont limitées à {m} par commande (autant de fichiers PDF). "
                    "Extrayez les dossiers à examiner dans un fichier plus petit, ou analysez tout le fichier sans --fiche (avec --out pour le tableau)."
                ).format(f=Path(args.file).name, n=len(geoms), m=MAX_FICHES)
            )
    for key, value in (("case_type", args.case_type), ("works", args.travaux), ("nature", args.nature), ("height_m", args.hauteur), ("footprint_m2", args.emprise)):
        if value is not None:
            fields[key] = value
    cs = screen_cases(geoms, ref, catalogue, crs=crs, distance=args.distance, user_layers=user_layers, danger_list=danger, labels=labels, **fields)
    zone = cs.screening.zone
    n_err = int((zone == "erreur").sum())
    if args.out:
        Path(args.out).parent.mkdir(parents=True, exist_ok=True)
        df = cs.table()
        df.insert(0, "entite", range(1, len(df) + 1))
        from .core.spreadsheet_csv import write_spreadsheet_csv

        write_spreadsheet_csv(df, args.out)  # BOM, «;», formulas neutralised
    records = [cs.record(i) for i in range(cs.n)] if cs.n <= 10000 or not args.out else []
    fiches, fiche_warning = _write_fiches(cs, args.fiche) if args.fiche else (None, None)
    summary = {
        "donnees": ref.version,
        "catalogue": {"nom": catalogue.name, "version": catalogue.version, "fichier": catalogue.source},
        "avertissements_catalogue": catalogue.warnings,
        "distance_m": args.distance,
        "entites": cs.n,
        "par_zone": {z: int((zone == z).sum()) for z in ("bien", "zone_tampon", "hors", "erreur")},
        "messages_lecture": read_messages,
    }
    if args.json:
        out = dict(summary)
        if args.wkt is not None and records:
            out.update(records[0])
        else:
            out["resultats"] = records
        if args.out:
            out["fichier_csv"] = args.out
        if fiches is not None:
            out["fiches"] = fiches
            if fiche_warning:
                out["avertissement_fiches"] = fiche_warning
        _print_json(out)
    else:
        for w in catalogue.warnings:
            print(w, file=sys.stderr)
        for m in read_messages:
            print(m, file=sys.stderr)
        for rec in records:
            prefix = f"[{rec['entite']}] " if labels else ""
            print(prefix + rec["zone_libelle"].upper() + " — " + rec["explication"])
            if rec["zone"] != "erreur":
                print("  " + tr("Sévérité : {s}").format(s=rec["severite_globale"]) + (tr(" — consulter : {c}").format(c=", ".join(rec["consultations"])) if rec["consultations"] else ""))
                for v in rec["verdicts"]:
                    if v["verdict"] in ("non conforme", "à vérifier", "donnée manquante"):
                        print(f"  {v['regle']:<4} {v['verdict']:<17} {v['titre']} — {v['motif']}")
        if args.file:
            print(tr("{n} entités : {b} dans le Bien, {z} en zone tampon, {h} hors, {e} en erreur.").format(n=cs.n, b=summary["par_zone"]["bien"], z=summary["par_zone"]["zone_tampon"], h=summary["par_zone"]["hors"], e=n_err))
        print(tr("Règles : {c} v{v} ; données : {d}").format(c=catalogue.name, v=catalogue.version, d=ref.version))
        if args.out:
            print(tr("Résultats écrits dans {path}").format(path=args.out))
        if fiches is not None:
            if fiche_warning:
                print(fiche_warning, file=sys.stderr)
            for f in fiches:
                print(tr("Fiche d'analyse : {p}").format(p=f["html"]) + (f" ; {f['pdf']}" if f["pdf"] else ""))
    return EXIT_PARTIAL if (n_err or read_messages) else EXIT_OK


def _write_fiches(cs, folder):
    """Screening notes of every case: HTML always, PDF next to it when Qt is importable."""
    from .core.screening_note import write_notes

    html_paths = write_notes(cs, folder)
    pdf_paths, warning = [None] * len(html_paths), None
    try:
        from .qgis_adapters.note_pdf import write_note_pdfs
    except ImportError as exc:
        warning = tr("Fiches PDF non produites : Qt (qgis.PyQt) est indisponible ({e}) ; les fiches HTML s'impriment depuis un navigateur.").format(e=exc)
    else:
        pdf_paths = [str(p) for p in write_note_pdfs(html_paths)]
    fiches = [
        {"entite": i + 1, "identifiant": str(cs.cases.ids[i]), "html": str(h), "pdf": pdf}
        for i, (h, pdf) in enumerate(zip(html_paths, pdf_paths))
    ]
    return fiches, warning


def cmd_sweep(args) -> int:
    import getpass

    from .core.register import open_register
    from .core.rules_catalogue import load_catalogue
    from .core.sweep import SourceSpec, run_sweep

    ref = _ref(args)
    catalogue = load_catalogue(args.rules)
    sources = [SourceSpec(path, args.fmt, args.mapping, args.source_name) for path in args.source]
    author = args.auteur or getpass.getuser()

    def progress(pct, text):
        if not args.json:
            print(f"[{pct:3.0f} %] {text}", file=sys.stderr)

    with open_register(args.register) as register:
        result = run_sweep(sources, register, ref, catalogue, args.out, parcels=args.parcels, author=author, progress=progress)
    problems = [m for m in result.messages if getattr(m, "level", "erreur") != "information"]
    if args.json:
        _print_json(result.to_dict())
    else:
        c = result.counts
        ch = c["changements"]
        print(tr("Balayage n°{id} : {n} dossiers — {nv} nouveaux, {m} modifiés, {i} inchangés, {d} disparus.").format(id=result.sweep_id, n=c["dossiers"], nv=ch["nouveau"], m=ch["modifié"], i=ch["inchangé"], d=ch["disparu"]))
        print(tr("Zones : ") + ", ".join(f"{k} {v}" for k, v in c["par_zone"].items()))
        print(tr("Sévérités : ") + ", ".join(f"{k} {v}" for k, v in sorted(c["par_severite"].items())))
        if problems:
            print(tr("{n} lignes signalées (non lues ou mal localisées) : voir {p}").format(n=len(problems), p=result.outputs["messages"]))
        for k, v in result.outputs.items():
            print(f"  {k} : {v}")
    return EXIT_PARTIAL if problems else EXIT_OK


def cmd_rules(args) -> int:
    from .core.rules_catalogue import load_catalogue, reset_user_catalogue, set_user_catalogue, validate_file

    action = args.action or "list"
    as_json = getattr(args, "json", False)
    if action == "validate":
        issues = validate_file(args.file)
        if as_json:
            _print_json({"fichier": args.file, "valide": not issues, "erreurs": [i.to_dict() for i in issues]})
        elif issues:
            print(tr("{f} : {n} erreur(s)").format(f=args.file, n=len(issues)))
            for i in issues:
                print(f"  - {i}")
        else:
            print(tr("{f} : catalogue valide.").format(f=args.file))
        return EXIT_ERROR if issues else EXIT_OK
    if action == "set":
        cat = set_user_catalogue(args.file)
        msg = tr("Catalogue en vigueur : {n} v{v} ({f}).").format(n=cat.name, v=cat.version, f=cat.source)
        _print_json({"catalogue": cat.name, "version": cat.version, "fichier": cat.source}) if as_json else print(msg)
        return EXIT_OK
    if action == "reset":
        reset_user_catalogue()
    cat = load_catalogue(getattr(args, "rules", None))
    if as_json:
        data = cat.to_dict()
        data["avertissements"] = cat.warnings
        _print_json(data)
        return EXIT_OK
    for w in cat.warnings:
        print(w, file=sys.stderr)
    print(tr("{n} — version {v} ({f})").format(n=cat.name, v=cat.version, f=cat.source))
    for r in cat.rules:
        print(f"  {r.id:<4} [{r.severite}] {r.titre} — {', '.join(r.s_applique_a)}")
    return EXIT_OK


def _item_labels(table, file_name) -> list:
    """«fichier.csv, ligne 12 (PC 062 498 24 00012)»: the row (CSV) or entity number, and its id if any."""
    is_csv = Path(table.source).suffix.lower() in (".csv", ".txt", ".tsv")
    lower = {c.lower(): c for c in table.attributes.columns}
    id_col = next((lower[c] for c in ("numero", "num_dossier", "identifiant", "id", "nom", "name") if c in lower), None)
    labels = []
    for i in range(len(table)):
        base = tr("{file}, ligne {n}").format(file=file_name, n=i + 2) if is_csv else tr("{file}, entité {n}").format(file=file_name, n=i + 1)
        if id_col is not None:
            value = table.attributes[id_col].iloc[i]
            if value is not None and str(value).strip() and str(value) != "nan":
                base += f" ({value})"
        labels.append(base)
    return labels


def cmd_find(args) -> int:
    from .core.gazetteer import get_gazetteer

    ref = _ref(args)
    gaz = get_gazetteer(ref)
    if args.commune and not gaz.resolve_commune(args.commune):
        raise VeilleError(tr("Commune « {c} » inconnue dans le bassin minier (ni nom actuel ni ancien nom). Vérifiez l'orthographe ou retirez --commune.").format(c=args.commune))
    if args.limit < 1:
        raise VeilleError(tr("--limit doit être au moins 1."))
    results = gaz.search(args.text, commune=args.commune, limit=args.limit)
    if args.json:
        _print_json({"recherche": args.text, "commune": args.commune, "resultats": results})
        return EXIT_OK
    if not results:
        print(tr("Aucun résultat pour « {q} ». Essayez moins de mots, ou le nom de la commune seul.").format(q=args.text))
        return EXIT_OK
    for r in results:
        communes = ", ".join(f"{c['nom']} ({c['insee']})" for c in r["communes"])
        zt = tr(", en zone tampon") if r["dans_zone_tampon"] else ""
        print(f"{r['score']:.2f}  {r['objet']:<11} {r['id']:<9} {r['nom']} — {r['categorie'] or ''} — {communes} — {r['statut']}{zt}")
    return EXIT_OK


def cmd_reference(args) -> int:
    from .core import config
    from .core.paths import embedded_reference_gpkg
    from .core.reference import ReferenceData, load_reference, reset_cache
    from .core.reference_build import build_reference

    action = args.action or "info"
    as_json = getattr(args, "json", False)
    if action == "import":
        src = Path(args.source)
        out = Path(args.out) if args.out else config.config_dir() / "reference" / f"reference_{src.name}.gpkg"
        out.parent.mkdir(parents=True, exist_ok=True)
        try:
            previous = load_reference(args.reference).path
        except VeilleError:
            # the configured set may be gone: layers the release lacks come from the embedded set
            previous = embedded_reference_gpkg()
        meta = build_reference(src, out, previous_gpkg=previous, version_label=args.version_label, progress=None if as_json else print)
        ref = ReferenceData(out)
        from .core.reference import check_reference

        problems = check_reference(ref)
        if problems:
            raise VeilleError(tr("Le jeu converti est incomplet : {p}").format(p=" ".join(problems)))
        if not args.no_activate:
            config.set_value("reference_path", str(out.resolve()))
            reset_cache()
        data = {"gpkg": str(out), "version": meta["version_donnees"], "composantes": int(meta["nb_composantes"]), "elements": int(meta["nb_elements"]), "actif": not args.no_activate}
        if as_json:
            _print_json(data)
        else:
            print(tr("Jeu de référence converti : {gpkg} ({c} composantes, {e} éléments).").format(gpkg=out, c=data["composantes"], e=data["elements"]))
            print(tr("Il est désormais utilisé par le plugin et la ligne de commande.") if data["actif"] else tr("Non activé (--no-activate)."))
        return EXIT_OK
    if action == "set":
        ReferenceData(args.gpkg)  # validates
        config.set_value("reference_path", str(Path(args.gpkg).resolve()))
        reset_cache()
    elif action == "reset":
        config.set_value("reference_path", None)
        reset_cache()
    ref = load_reference(args.reference)
    info = ref.describe_source()
    info["fichier_configuration"] = str(config.config_path())
    info["donnees_embarquees"] = str(embedded_reference_gpkg())
    if as_json:
        _print_json(info)
    else:
        print(tr("Jeu de référence utilisé : {v}").format(v=info["version"]))
        print(tr("Fichier : {p}{e}").format(p=info["chemin"], e=tr(" (embarqué dans le plugin)") if info["embarque"] else ""))
        print(tr("Converti le : {d}").format(d=info["date_conversion"]))
        print(tr("Source : {a} — {l}").format(a=info["attribution"], l=info["licence"]))
    return EXIT_OK


def main(argv=None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "command", None):
        parser.print_help()
        return EXIT_ERROR
    try:
        return args.func(args)
    except VeilleError as exc:
        if getattr(args, "json", False):
            _print_json({"erreur": str(exc)})
        print(tr("Erreur : {msg}").format(msg=exc), file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print(tr("Interrompu."), file=sys.stderr)
        return 130

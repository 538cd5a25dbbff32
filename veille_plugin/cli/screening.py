"""Commands that screen and apply the management-plan rules: ``screen``, ``rules``."""

import sys
from pathlib import Path

from ..core.vocabulary import VERDICT_MISSING, VERDICTS_FIRING, display
from ..core.errors import VeilleError
from ..core.i18n import tr
from ..core.vocabulary import ZONE_COMMUNE, ZONE_TAMPON, ZONES
from .common import EXIT_ERROR, EXIT_OK, EXIT_PARTIAL, MAX_FICHES, load_reference_for, print_json, profile_source_for


def item_labels(table, file_name) -> list:
    """«fichier.csv, ligne 12 (PC 062 498 24 00012)»: the row (CSV) or entity number, and its id if any."""
    is_csv = Path(table.source).suffix.lower() in (".csv", ".txt", ".tsv")
    lower = {c.lower(): c for c in table.attributes.columns}
    id_col = next((lower[c] for c in ("numero", "num_dossier", "identifiant", "id", "nom", "name") if c in lower), None)
    labels = []
    for i in range(len(table)):
        base = (
            tr("{file}, ligne {n}").format(file=file_name, n=i + 2)
            if is_csv
            else tr("{file}, entité {n}").format(file=file_name, n=i + 1)
        )
        if id_col is not None:
            value = table.attributes[id_col].iloc[i]
            if value is not None and str(value).strip() and str(value) != "nan":
                base += f" ({value})"
        labels.append(base)
    return labels


def cmd_screen(args) -> int:
    """Run ``screen``: locate a geometry or a file's features, apply the rules and assess the priority."""
    import numpy as np
    import shapely

    from ..core.rules.case_screening import case_columns, load_danger_list, load_user_layers, screen_cases
    from ..core.impact.method import load_method
    from ..core.rules.catalogue import load_catalogue
    from ..core.screening.location_precision import is_approximate
    from ..core.vector_io import read_vector

    ref = load_reference_for(args)
    catalogue = load_catalogue(args.rules)
    method = load_method(getattr(args, "methode_impact", None))
    user_layers = load_user_layers(args.couche)
    for warning in catalogue.unused_layers(user_layers):
        print(tr("Avertissement : {w}").format(w=warning), file=sys.stderr)
    if args.peril:
        danger = load_danger_list(args.peril)
    else:  # R12: elements under an open alert of the register (the default one when it exists)
        from ..core.alerts.service import danger_list_from_register

        danger = danger_list_from_register(args.register)
    read_messages = []
    fields = {}
    if args.wkt is not None:
        try:
            geom = shapely.from_wkt(args.wkt)
        except shapely.errors.GEOSException:  # GEOS's English words («ParseException: …») are not shown
            raise VeilleError(
                tr("WKT illisible : « {wkt} » (syntaxe incorrecte). Exemple valide : POINT(700000 7050000).").format(
                    wkt=args.wkt[:80]
                )
            ) from None
        geoms, crs, labels = [geom], args.crs or "EPSG:2154", None
    else:
        table = read_vector(args.file, layer=args.layer, default_crs=args.crs)
        crs = args.crs or table.crs
        geoms = table.geometries
        labels = item_labels(table, Path(args.file).name)
        read_messages = table.messages
        fields = case_columns(table.attributes)
        if "localisation" in fields:  # cases exported from the register: «commune» is an approximate location
            fields["approximate"] = is_approximate(fields.pop("localisation"))
        if args.fiche and len(geoms) > MAX_FICHES:
            raise VeilleError(
                tr(
                    "{f} contient {n} entités : les fiches d'analyse sont limitées à {m} par commande (autant de "
                    "fichiers PDF). "
                    "Extrayez les dossiers à examiner dans un fichier plus petit, ou analysez tout le fichier sans "
                    "--fiche (avec --out pour le tableau)."
                ).format(f=Path(args.file).name, n=len(geoms), m=MAX_FICHES)
            )
    for key, value in (
        ("case_type", args.case_type),
        ("works", args.travaux),
        ("nature", args.nature),
        ("height_m", args.hauteur),
        ("footprint_m2", args.emprise),
    ):
        if value is not None:
            fields[key] = value
    if args.numero:
        fields["ids"] = [args.numero] * len(geoms)
    identity = fields.pop("identity", {})
    for key, value in (
        ("commune", args.commune),
        ("adresse", args.adresse),
        ("parcelles", args.parcelles),
        ("demandeur", args.demandeur),
        ("date_depot", args.depot),
        ("date_limite", args.date_limite),
    ):
        if value:
            identity[key] = value
    cs = screen_cases(
        geoms,
        ref,
        catalogue,
        crs=crs,
        distance=args.distance,
        user_layers=user_layers,
        danger_list=danger,
        labels=labels,
        identity=identity,
        impact_method=method,
        covisibility=profile_source_for(args),
        **fields,
    )
    table = cs.table()  # the approximate-location rule applied: a case located only by its commune is «commune»
    zone = table["zone"].to_numpy(dtype=object)
    n_err = int((zone == "erreur").sum())
    if args.out:
        Path(args.out).parent.mkdir(parents=True, exist_ok=True)
        df = table.copy()
        df.insert(0, "entite", range(1, len(df) + 1))
        df = df.sort_values(["priorite_rang", "entite"], kind="stable")  # what matters first
        from ..core.reports.spreadsheet_csv import write_spreadsheet_csv

        write_spreadsheet_csv(df, args.out)  # BOM, «;», formulas neutralised
    order = np.lexsort((np.arange(cs.n), cs.impact.rank))  # what matters first, then the file's order
    records = [cs.record(int(i)) for i in order] if cs.n <= 10000 or not args.out else []
    fiches, fiche_warning = write_fiches(cs, args.fiche) if args.fiche else (None, None)
    summary = {
        "donnees": ref.version,
        "catalogue": {"nom": catalogue.name, "version": catalogue.version, "fichier": catalogue.source},
        "methode_impact": method.to_summary(),
        "avertissements_catalogue": catalogue.warnings,
        "distance_m": args.distance,
        "entites": cs.n,
        "par_zone": {z: int((zone == z).sum()) for z in ZONES + (ZONE_COMMUNE,)},
        "messages_lecture": read_messages,
    }
    cov = cs.context.covisibility
    if cov is not None:  # --covisibilite: what was asked of the altimetry service
        summary["covisibilite_calcul"] = {"lignes_de_vue": len(cov.sights), "requetes": cov.requests}
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
        print_json(out)
    else:
        for w in catalogue.warnings:
            print(w, file=sys.stderr)
        for m in read_messages:
            print(m, file=sys.stderr)
        for rec in records:
            prefix = f"[{rec['entite']}] " if labels else ""
            print(prefix + rec["zone_libelle"].upper() + " — " + rec["explication"])
            if rec["zone"] != "erreur":
                print(
                    "  "
                    + tr("Sévérité : {s}").format(s=display(rec["severite_globale"], "severite"))
                    + (
                        tr(" — consulter : {c}").format(c=", ".join(tr(c) for c in rec["consultations"]))
                        if rec["consultations"]
                        else ""
                    )
                )
                prio = rec["priorite"]
                print("  " + tr("Priorité : {p}").format(p=prio["libelle"]) + " — " + prio["raisons"][0])
                if prio["paragraphe_172"]:
                    print("  " + prio["raisons"][-1])
                for v in rec["verdicts"]:
                    if v["verdict"] in (*VERDICTS_FIRING, VERDICT_MISSING):
                        verdict = display(v["verdict"], "verdict")
                        print(f"  {v['regle']:<4} {verdict:<17} {tr(v['titre'])} — {v['motif']}")
        if args.file:
            counts = summary["par_zone"]
            line = tr("{n} entités : {b} dans le Bien, {z} en zone tampon, {h} hors, {e} en erreur.").format(
                n=cs.n, b=counts["bien"], z=counts[ZONE_TAMPON], h=counts["hors"], e=n_err
            )
            if counts[ZONE_COMMUNE]:
                line += " " + tr(
                    "{c} localisées à la commune seulement : jamais comptées dans le Bien ni la zone tampon."
                ).format(c=counts[ZONE_COMMUNE])
            print(line)
        print(tr("Règles : {c} v{v} ; données : {d}").format(c=catalogue.name, v=catalogue.version, d=ref.version))
        print(tr("Priorités : {m} v{v} ({f})").format(m=method.name, v=method.version, f=method.source))
        if args.out:
            print(tr("Résultats écrits dans {path}").format(path=args.out))
        if fiches is not None:
            if fiche_warning:
                print(fiche_warning, file=sys.stderr)
            for f in fiches:
                print(tr("Fiche d'analyse : {p}").format(p=f["html"]) + (f" ; {f['pdf']}" if f["pdf"] else ""))
    return EXIT_PARTIAL if (n_err or read_messages) else EXIT_OK


def write_fiches(cs, folder):
    """Screening notes of every case: HTML always, PDF next to it when Qt is importable."""
    from ..core.rules.note import write_notes

    html_paths = write_notes(cs, folder)
    pdf_paths, warning = [None] * len(html_paths), None
    try:
        from ..qgis_adapters.note_pdf import write_note_pdfs
    except ImportError as exc:
        warning = tr(
            "Fiches PDF non produites : Qt (qgis.PyQt) est indisponible ({e}) ; les fiches HTML s'impriment depuis un "
            "navigateur."
        ).format(e=exc)
    else:
        pdf_paths = [str(p) for p in write_note_pdfs(html_paths)]
    fiches = [
        {"entite": i + 1, "identifiant": str(cs.cases.ids[i]), "html": str(h), "pdf": pdf}
        for i, (h, pdf) in enumerate(zip(html_paths, pdf_paths))
    ]
    return fiches, warning


def cmd_rules(args) -> int:
    """Run ``rules validate|list|set|reset``."""
    from ..core.rules.catalogue import load_catalogue, reset_user_catalogue, set_user_catalogue, validate_file
    from ..core.rules.foundations import is_proposal

    action = args.action or "list"
    as_json = getattr(args, "json", False)
    if action == "validate":
        issues = validate_file(args.file)
        if as_json:
            print_json({"fichier": args.file, "valide": not issues, "erreurs": [i.to_dict() for i in issues]})
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
        print_json({"catalogue": cat.name, "version": cat.version, "fichier": cat.source}) if as_json else print(msg)
        return EXIT_OK
    if action == "reset":
        reset_user_catalogue()
    cat = load_catalogue(getattr(args, "rules", None))
    if action == "fondements":
        from ..core.rules.foundations import foundations_html, foundations_markdown

        page = foundations_html(cat) if args.html else foundations_markdown(cat)
        if args.out:
            from ..core.atomic_files import write_text

            write_text(args.out, page)  # temporary name, then renamed: whole or not at all
            print(tr("Fondements des règles écrits dans {p}").format(p=args.out))
        else:
            print(page, end="")
        return EXIT_OK
    if as_json:
        data = cat.to_dict()
        data["avertissements"] = cat.warnings
        print_json(data)
        return EXIT_OK
    for w in cat.warnings:
        print(w, file=sys.stderr)
    print(tr("{n} — version {v} ({f})").format(n=cat.name, v=cat.version, f=cat.source))
    for r in cat.rules:
        flag = tr(" (proposition à confirmer)") if is_proposal(r) else ""
        print(f"  {r.id:<4} [{display(r.severite, 'severite')}] {tr(r.titre)} — {', '.join(r.s_applique_a)}{flag}")
    return EXIT_OK

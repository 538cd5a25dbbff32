"""Commands on the reference data: ``stats``, ``find``, ``reference``."""

from pathlib import Path

from ..core.errors import VeilleError
from ..core.i18n import tr
from .common import EXIT_OK, load_reference_for, print_json

#: Elements protected as monuments historiques according to the property's documents (002, l. 1606)
MH_IN_DOCUMENTS = 145


def cmd_stats(args) -> int:
    """Run ``stats``: figures from the reference data."""
    from ..core.reference.stats import reference_stats

    data = reference_stats(load_reference_for(args))
    if args.json:
        print_json(data)
        return EXIT_OK
    print(tr("Données : {v}").format(v=data["donnees"]["version"]))
    print(tr("Composantes : {n}").format(n=data["composantes"]))
    print(
        tr("Éléments : {n}").format(n=data["elements"])
        + " ("
        + ", ".join(f"{k} {v}" for k, v in data["elements_par_categorie"].items())
        + ")"
    )
    print(data["elements_proteges_mh"]["resume"])
    if data["elements_proteges_mh"]["total"] < MH_IN_DOCUMENTS:
        print(
            tr(
                "Le rapport de la mission interministérielle sur le Bassin minier (2016) en compte {n} (fichier "
                "002_db4a86b344ce2eac.txt, ligne 1606) : la veille des PLU en ligne relève les servitudes AC1, dont "
                "les générateurs complètent les données du Bien."
            ).format(n=MH_IN_DOCUMENTS)
        )
    print(
        tr("Surface du Bien : {a} ha ; zone tampon : {z} ha (Bien compris : {t} ha)").format(
            a=data["surface_bien_ha"], z=data["surface_zone_tampon_ha"], t=data["surface_bien_et_zone_tampon_ha"]
        )
    )
    print(
        tr("Communes touchées par le Bien : {n} ; par la zone tampon : {z}").format(
            n=data["communes_touchees_par_le_bien"], z=data["communes_touchees_par_la_zone_tampon"]
        )
    )
    print(data["note"])
    return EXIT_OK


def cmd_find(args) -> int:
    """Run ``find``: search the places of every official layer by name, each result with its status and why it
    matched; the MH protections include those of the latest servitudes version (AC1 générateurs)."""
    from ..core.reference.gazetteer import get_gazetteer
    from ..core.reference.monuments import monument_reference

    if args.limit < 1:
        raise VeilleError(tr("--limit doit être au moins 1."))
    gaz = get_gazetteer(monument_reference(load_reference_for(args)))
    answer = gaz.find(args.text, commune=args.commune, limit=args.limit)
    match = answer.commune
    if match is not None and not match.found:
        hint = (
            tr(" Vouliez-vous dire : {s} ?").format(s=", ".join(f"« {n} »" for n in match.suggestions))
            if match.suggestions
            else ""
        )
        raise VeilleError(
            tr(
                "Commune « {c} » inconnue dans le bassin minier (ni nom actuel, ni ancien nom, ni nom approché).{h} "
                "Vérifiez l'orthographe ou retirez --commune."
            ).format(c=args.commune, h=hint)
        )
    if args.json:
        print_json(
            {
                "recherche": args.text,
                "commune": args.commune,
                "commune_comprise": (
                    {"insee": sorted(match.codes), "noms": match.names, "comment": match.how, "source": match.source}
                    if match is not None
                    else None
                ),
                "lieux_demandes": answer.parts,
                "suggestion": answer.suggestion or None,
                "resultats": answer.results,
            }
        )
        return EXIT_OK
    if match is not None and match.how != tr("nom actuel"):
        print(match.explain())
    if len(answer.parts) > 1:
        print(tr("Plusieurs lieux demandés : {p}").format(p=" ; ".join(f"« {p} »" for p in answer.parts)))
    if not answer.results:
        print(tr("Aucun résultat pour « {q} ».").format(q=args.text), end=" ")
        if answer.suggestion:
            print(tr("Vouliez-vous dire « {s} » ?").format(s=answer.suggestion))
        else:
            print(tr("Essayez moins de mots, ou le nom de la commune seul."))
        return EXIT_OK
    for r in answer.results:
        print_place(r)
    return EXIT_OK


def print_place(r: dict) -> None:
    """One answer of ``find``: score, object, name, communes, status (or «à confirmer» with what it would be), value
    class, protections, the official records it merges, and why it was chosen."""
    communes = ", ".join(f"{c['nom']} ({c['insee']})" for c in r["communes"])
    status = r["statut"]
    if r.get("statut_lieu"):
        status = tr("{s} (si c'est ce lieu : {lieu})").format(s=status, lieu=r["statut_lieu"])
    print(
        f"{r['score']:.2f}  {r['objet']:<11} {r['id']:<9} {r['nom']} — {r['categorie'] or ''} — {communes} — {status}"
    )
    details = []
    if r.get("valeur"):
        details.append(tr("intérêt : {v}").format(v=r["valeur"].lower()))
    for prot in r.get("protections") or []:
        details.append(tr("{p} ({s})").format(p=prot["protection"], s=prot["source"]))
    if len(r.get("sources") or []) > 1:
        merged = ", ".join(f"{s['objet']} {s['id']}" for s in r["sources"][1:])
        details.append(tr("réunit aussi : {m}").format(m=merged))
    if details:
        print("      " + " ; ".join(details))
    print("      " + tr("{c} : {r}").format(c=r["confiance"], r=" ; ".join(r["raisons"])))


def cmd_reference(args) -> int:
    """Run ``reference info|import|set|reset``."""
    from ..core import config
    from ..core.paths import embedded_reference_gpkg
    from ..core.reference.build import build_reference
    from ..core.reference.data import ReferenceData, load_reference, reset_cache

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
        meta = build_reference(
            src, out, previous_gpkg=previous, version_label=args.version_label, progress=None if as_json else print
        )
        ref = ReferenceData(out)
        from ..core.reference.data import check_reference

        problems = check_reference(ref)
        if problems:
            raise VeilleError(tr("Le jeu converti est incomplet : {p}").format(p=" ".join(problems)))
        if not args.no_activate:
            config.update_settings(reference_path=str(out.resolve()))
            reset_cache()
        data = {
            "gpkg": str(out),
            "version": meta["version_donnees"],
            "composantes": int(meta["nb_composantes"]),
            "elements": int(meta["nb_elements"]),
            "actif": not args.no_activate,
        }
        if as_json:
            print_json(data)
        else:
            print(
                tr("Jeu de référence converti : {gpkg} ({c} composantes, {e} éléments).").format(
                    gpkg=out, c=data["composantes"], e=data["elements"]
                )
            )
            print(
                tr("Il est désormais utilisé par le plugin et la ligne de commande.")
                if data["actif"]
                else tr("Non activé (--no-activate).")
            )
        return EXIT_OK
    if action == "set":
        ReferenceData(args.gpkg)  # validates
        config.update_settings(reference_path=str(Path(args.gpkg).resolve()))
        reset_cache()
    elif action == "reset":
        config.update_settings(reference_path=None)
        reset_cache()
    ref = load_reference(args.reference)
    info = ref.describe_source()
    from ..core.feeds.servitudes import latest_version
    from ..core.reference.monuments import merge_monuments

    info["monuments_historiques"] = merge_monuments(ref, latest_version()).summary()
    info["fichier_configuration"] = str(config.config_path())
    info["donnees_embarquees"] = str(embedded_reference_gpkg())
    if as_json:
        print_json(info)
    else:
        print(tr("Jeu de référence utilisé : {v}").format(v=info["version"]))
        print(
            tr("Fichier : {p}{e}").format(
                p=info["chemin"], e=tr(" (embarqué dans le plugin)") if info["embarque"] else ""
            )
        )
        print(tr("Converti le : {d}").format(d=info["date_conversion"]))
        print(tr("Source : {a} — {l}").format(a=info["attribution"], l=info["licence"]))
        print(info["monuments_historiques"])
    return EXIT_OK

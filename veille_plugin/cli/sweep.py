"""The weekly sweep command: ``sweep``."""

import sys
from pathlib import Path

from ..core.feeds.sitadel import (
    DIDO_API,
    SITADEL_SOURCE,
    SITADEL_STREAM,
    basin_communes,
    default_cache_dir,
    fetch_sitadel,
)
from ..core.i18n import tr
from ..core.vocabulary import CHANGE_GONE, CHANGE_MODIFIED, CHANGE_NEW, CHANGE_UNCHANGED, ZONE_COMMUNE, display
from .common import EXIT_OK, EXIT_PARTIAL, load_reference_for, print_json, profile_source_for


def zone_word(zone: str) -> str:
    """A zone as the sweep summary says it, in words: «commune» reads «commune seulement (approximatif)»."""
    return tr("commune seulement (approximatif)") if zone == ZONE_COMMUNE else display(zone, "zone")


def cmd_sweep(args) -> int:
    """Run ``sweep``: the weekly sweep into the register, with its report."""
    import getpass

    from ..core import config
    from ..core.register import open_register
    from ..core.rules.catalogue import load_catalogue
    from ..core.sweep.run import SourceSpec, run_sweep

    ref = load_reference_for(args)
    catalogue = load_catalogue(args.rules)
    author = args.auteur or getpass.getuser()

    def progress(pct, text):
        if not args.json:
            print(f"[{pct:3.0f} %] {text}", file=sys.stderr)

    fetched = None
    sources = []
    for path in args.source:
        if path == SITADEL_SOURCE and not Path(path).exists():  # the Sitadel lists fetched from DiDo
            fetched = fetch_sitadel(
                default_cache_dir(),
                basin_communes(ref),
                args.sitadel_url or config.load_settings().sitadel_url or DIDO_API,
                months=args.mois,
                progress=progress,
                since=args.depuis,
            )
            sources += [SourceSpec(str(p), "sitadel", None, SITADEL_STREAM) for p in fetched.paths]
            if not args.json:
                for text in fetched.messages:
                    print(text, file=sys.stderr)
        else:
            sources.append(SourceSpec(path, args.fmt, args.mapping, args.source_name))

    with open_register(args.register, schema=args.schema) as register:
        result = run_sweep(
            sources,
            register,
            ref,
            catalogue,
            args.out,
            parcels=args.parcels,
            author=author,
            progress=progress,
            cadastre_url=args.cadastre_url,
            covisibility=profile_source_for(args),
        )
    problems = [m for m in result.messages if getattr(m, "level", "erreur") != "information"]
    feed_trouble = fetched is not None and (fetched.offline or len(fetched.messages) > (0 if fetched.fetched else 1))
    if args.json:
        out = result.to_dict()
        if fetched is not None:
            out["sitadel"] = {
                "mois_recuperes": [{"liste": t, "mois": m} for t, m in fetched.fetched],
                "mois_gardes": fetched.kept,
                "hors_ligne": fetched.offline,
                "messages": fetched.messages,
            }
        print_json(out)
    else:
        c = result.counts
        ch = c["changements"]
        print(
            tr("Balayage n°{id} : {n} dossiers — {nv} nouveaux, {m} modifiés, {i} inchangés, {d} disparus.").format(
                id=result.sweep_id,
                n=c["dossiers"],
                nv=ch[CHANGE_NEW],
                m=ch[CHANGE_MODIFIED],
                i=ch[CHANGE_UNCHANGED],
                d=ch[CHANGE_GONE],
            )
        )
        print(tr("Zones : ") + ", ".join(f"{zone_word(k)} {v}" for k, v in c["par_zone"].items()))
        print(
            tr("Sévérités : ")
            + ", ".join(f"{display(k, 'severite')} {v}" for k, v in sorted(c["par_severite"].items()))
        )
        if problems:
            print(
                tr("{n} lignes signalées (non lues ou mal localisées) : voir {p}").format(
                    n=len(problems), p=result.outputs["messages"]
                )
            )
        if "dossier" in result.outputs:
            print(
                tr("Résultats de ce balayage, gardés : {d} (le dernier balayage est aussi copié dans {o})").format(
                    d=result.outputs["dossier"], o=result.outputs["dernier"].parent
                )
            )
        for k, v in result.outputs.items():
            print(f"  {k} : {v}")
    return EXIT_PARTIAL if problems or feed_trouble else EXIT_OK

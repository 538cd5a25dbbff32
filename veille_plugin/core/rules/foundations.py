"""What each rule rests on: its ``fondement`` said in French, whether the rule is official or a proposal, and the
«Fondements des règles» page generated from the catalogue (Markdown for the README, HTML for the Règles dock).

A fondement is one of: a law or regulation article (``code``, ``article``), a passage of the property's documents
(``document``, ``annee``, ``lignes``, ``citation`` of at most 25 words), or a ``proposition à confirmer`` (``texte``)
by the Mission. The documents and articles a catalogue may cite are listed in ``resources/rules/references.yaml``.
"""

import html
from functools import lru_cache

import yaml

from ..i18n import tr
from ..paths import resources_dir

LAW_NATURES = ("loi", "règlement")
DOCUMENT_NATURES = ("document du gestionnaire", "rapport de l'État")
PROPOSAL = "proposition à confirmer"


@lru_cache(maxsize=1)
def references() -> dict:
    """The documents and articles a catalogue may cite (``resources/rules/references.yaml``)."""
    path = resources_dir() / "rules" / "references.yaml"
    return yaml.safe_load(path.read_text(encoding="utf-8")) or {}


def document_title(name: str) -> str:
    """«Rapport de la mission interministérielle sur le Bassin minier (2016)» for its file name (or the name)."""
    return (references().get("documents") or {}).get(name, {}).get("titre", name)


def foundations_of(rule) -> list:
    """The fondements of a rule (a list, also for a catalogue that wrote a single one)."""
    data = rule if isinstance(rule, dict) else rule.data
    value = data.get("fondement") or []
    return value if isinstance(value, list) else [value]


def is_proposal(rule) -> bool:
    """The rule rests, at least in part, on a proposal to be confirmed by the Mission."""
    return any(f.get("nature") == PROPOSAL for f in foundations_of(rule))


def may_say_non_compliant(rule) -> bool:
    """Only a rule founded on a law or a regulation may say «non conforme»."""
    return any(f.get("nature") in LAW_NATURES for f in foundations_of(rule))


def status_label(rule) -> str:
    """«officielle» or «proposition à confirmer» (French)."""
    return tr("proposition à confirmer") if is_proposal(rule) else tr("officielle")


def foundation_text(f: dict) -> str:
    """One fondement as a French sentence (plain text)."""
    nature = f.get("nature", "")
    if nature in LAW_NATURES:
        text = tr("{nature} — {code}, art. {article}").format(nature=nature, code=f.get("code"), article=f["article"])
        objet = f.get("objet") or (references().get("articles") or {}).get(f.get("code"), {}).get(f["article"])
        return f"{text} : {objet}" if objet else text
    if nature in DOCUMENT_NATURES:
        where = tr("{title}, {file}, l. {lines}").format(
            title=document_title(f["document"]), file=f["document"], lines=f["lignes"]
        )
        titre = tr(" — « {t} »").format(t=f["titre"]) if f.get("titre") else ""
        return tr("{nature} — {where}{titre} : « {quote} »").format(
            nature=nature, where=where, titre=titre, quote=f["citation"]
        )
    if nature == PROPOSAL:
        return tr("proposition à confirmer par la Mission Bassin Minier — {t}").format(t=f.get("texte", ""))
    return " — ".join(str(v) for v in f.values())


def foundation_reference(f: dict) -> str:
    """One fondement as a short reference, for a fiche that must fit on two pages: the article, or the document
    and its lines (the exact quote is on the «Fondements des règles» page)."""
    nature = f.get("nature", "")
    if nature in LAW_NATURES:
        return tr("{code}, art. {article}").format(code=f.get("code"), article=f["article"])
    if nature in DOCUMENT_NATURES:
        return tr("{title} ({file}, l. {lines})").format(
            title=document_title(f["document"]), file=f["document"], lines=f["lignes"]
        )
    if nature == PROPOSAL:
        return tr("proposition à confirmer par la Mission Bassin Minier")
    return " — ".join(str(v) for v in f.values())


def foundations_text(rule) -> str:
    """Every fondement of a rule, joined (plain text)."""
    return " ; ".join(foundation_text(f) for f in foundations_of(rule))


def foundations_markdown(catalogue) -> str:
    """The «Fondements des règles» page (Markdown): each rule, its status, its verdict, its fondements."""
    lines = [
        tr("# Fondements des règles"),
        "",
        tr(
            "Page produite depuis le catalogue « {name} », version {version} (`{source}`), par "
            "`python -m veille_plugin rules fondements`. Pour chaque règle : son statut (officielle, ou proposition à "
            "confirmer par la Mission Bassin Minier), le verdict qu'elle peut rendre et ses fondements (article, ou "
            "document, année, lignes et citation exacte ; les extraits sont dans "
            "`resources/sources/documents/sources.md`). Seule une règle fondée sur une loi ou un règlement peut dire "
            "« non conforme »."
        ).format(name=catalogue.name, version=catalogue.version, source=_short(catalogue.source)),
        "",
        "| " + " | ".join([tr("Règle"), tr("Statut"), tr("Verdict"), tr("Fondements")]) + " |",
        "|---|---|---|---|",
    ]
    for rule in catalogue.rules:
        cells = [
            f"**{rule.id}** {rule.titre}",
            status_label(rule),
            rule.verdict_si_vrai,
            "<br>".join(foundation_text(f).replace("|", "\\|") for f in foundations_of(rule)),
        ]
        lines.append("| " + " | ".join(c.replace("\n", " ") for c in cells) + " |")
    proposals = [r.id for r in catalogue.rules if is_proposal(r)]
    lines += ["", tr("Règles à valider par la Mission (propositions) : {ids}.").format(ids=", ".join(proposals) or "—")]
    covisibility = covisibility_text(catalogue)
    if covisibility:
        lines += ["", covisibility]
    return "\n".join(lines) + "\n"


def covisibility_text(catalogue) -> str:
    """What the rules that ask for the covisibility over the relief do with its answer (French), or «»."""
    rules = [r for r in catalogue.rules if r.data.get("covisibilite")]
    if not rules:
        return ""
    why = " ; ".join(
        f"{r.id} : {r.data['covisibilite']['si_masque']}"
        for r in rules
        if isinstance(r.data["covisibilite"], dict) and r.data["covisibilite"].get("si_masque")
    )
    return tr(
        "Covisibilité par-dessus le relief ({ids}) : calculée sur demande (profil du terrain de la Géoplateforme, "
        "bâti et végétation non pris en compte), elle est dite dans le motif de ces règles sans changer leur verdict : "
        "« masqué par le relief » ne lève aucune règle. {why}"
    ).format(ids=", ".join(r.id for r in rules), why=why + "." if why else "")


def foundations_html(catalogue) -> str:
    """The same page in HTML (for the Règles dock's help)."""
    e = html.escape
    rows = []
    for rule in catalogue.rules:
        items = "".join(f"<li>{e(foundation_text(f))}</li>" for f in foundations_of(rule))
        status = status_label(rule)
        style = " style='background:#fcf3cf'" if is_proposal(rule) else ""
        rows.append(
            f"<tr{style}><td><b>{e(rule.id)}</b><br>{e(rule.titre)}</td><td>{e(status)}</td>"
            f"<td>{e(rule.verdict_si_vrai)}</td><td><ul>{items}</ul></td></tr>"
        )
    intro = tr(
        "Catalogue « {name} », version {version}. Statut de chaque règle (officielle, ou proposition à confirmer "
        "par la Mission Bassin Minier), verdict qu'elle peut rendre et fondements. Seule une règle fondée sur une loi "
        "ou un règlement peut dire « non conforme »."
    ).format(name=catalogue.name, version=catalogue.version)
    head = "".join(f"<th>{e(h)}</th>" for h in (tr("Règle"), tr("Statut"), tr("Verdict"), tr("Fondements")))
    return (
        f"<!DOCTYPE html><html lang='fr'><head><meta charset='utf-8'><title>{e(tr('Fondements des règles'))}</title>"
        "</head><body>"
        f"<h1>{e(tr('Fondements des règles'))}</h1><p>{e(intro)}</p>"
        f"<table border='1' cellspacing='0' cellpadding='4'><tr>{head}</tr>{''.join(rows)}</table>"
        f"<p>{e(covisibility_text(catalogue))}</p></body></html>"
    )


def _short(source: str) -> str:
    marker = "resources/"
    return source[source.index(marker) :] if marker in source else source

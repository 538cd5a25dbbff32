"""The shared vocabulary, defined once: zones, severities, verdicts, triage statuses, sweep statuses, change kinds,
the follow-up of a case (avis, decisions, works), the PLU watch's statuses and the alerts' vocabularies.

The values are the French words stored in the register and the files; they never change with the interface's
language. The GUI, the reports and the command line import them from here instead of spelling them again, and
show them through :func:`display`, which gives each value's label (:data:`VALUE_WORDS`, marked for translation)
translated at display time: French unchanged, English under an English QGIS.
"""

from .i18n import QT_TRANSLATE_NOOP, tr

# Where a geometry lies (screening)
ZONE_BIEN = "bien"
ZONE_TAMPON = "zone_tampon"
ZONE_HORS = "hors"
ZONE_ERREUR = "erreur"
ZONES = (ZONE_BIEN, ZONE_TAMPON, ZONE_HORS, ZONE_ERREUR)
# Where a case lies, as the register, the reports and the filters count it. A case located only by its commune is
# «commune»: counted apart, never in the Bien or the zone tampon (its commune's own zone is kept in «zone_commune»).
ZONE_COMMUNE = "commune"
ZONE_UNLOCATED = "non_localise"
CASE_ZONES = (ZONE_BIEN, ZONE_TAMPON, ZONE_HORS, ZONE_COMMUNE, ZONE_UNLOCATED)
# Localisations that only say roughly where a case is (a whole commune): the approximate-location rule applies.
APPROXIMATE_LOCATIONS = ("commune",)

# Severity of a rule, in increasing order; «aucune» when no rule fires
SEVERITY_NONE = "aucune"
SEVERITY_INFO = "information"
SEVERITY_CHECK = "à vérifier"
SEVERITY_MAJOR = "majeur"
SEVERITY_BLOCKING = "bloquant"
SEVERITIES = (SEVERITY_INFO, SEVERITY_CHECK, SEVERITY_MAJOR, SEVERITY_BLOCKING)
# Most severe first: the order of lists, filters and legends
SEVERITIES_DISPLAY = (SEVERITY_BLOCKING, SEVERITY_MAJOR, SEVERITY_CHECK, SEVERITY_INFO, SEVERITY_NONE)
SEVERITY_COLOURS = {
    SEVERITY_BLOCKING: "#922b21",
    SEVERITY_MAJOR: "#d35400",
    SEVERITY_CHECK: "#d4ac0d",
    SEVERITY_INFO: "#2471a3",
    SEVERITY_NONE: "#7f8c8d",
}
#: Colours of the priority ranks (1 = most urgent … 5), for maps and lists; grey for a case without a priority.
PRIORITY_COLOURS = {1: "#7b241c", 2: "#d35400", 3: "#d4ac0d", 4: "#2471a3", 5: "#7f8c8d"}
PRIORITY_BACKGROUNDS = {1: "#f5b7b1", 2: "#fad7a0", 3: "#fcf3cf"}
SEVERITY_BACKGROUNDS = {SEVERITY_BLOCKING: "#f5b7b1", SEVERITY_MAJOR: "#fad7a0", SEVERITY_CHECK: "#fcf3cf"}

# Verdict of one rule on one case
VERDICT_NA = "non applicable"
VERDICT_OK = "conforme"
VERDICT_CHECK = "à vérifier"
VERDICT_FAIL = "non conforme"
VERDICT_MISSING = "donnée manquante"
VERDICTS = (VERDICT_NA, VERDICT_OK, VERDICT_CHECK, VERDICT_FAIL, VERDICT_MISSING)
#: The verdicts that ask for an examination (the rule «fires»)
VERDICTS_FIRING = (VERDICT_FAIL, VERDICT_CHECK)
#: The order of a case's verdicts: the most serious first
VERDICT_ORDER = {VERDICT_FAIL: 0, VERDICT_CHECK: 1, VERDICT_MISSING: 2, VERDICT_OK: 3, VERDICT_NA: 4}
VERDICT_BACKGROUNDS = {
    VERDICT_FAIL: "#f5b7b1",
    VERDICT_CHECK: "#fad7a0",
    VERDICT_MISSING: "#d6dbdf",
    VERDICT_OK: "#d5f5e3",
    VERDICT_NA: "#ffffff",
}

# Triage of a case by the Mission (the register's «statut_veille»)
TRIAGE_TO_EXAMINE = "à examiner"
TRIAGE_STATUSES = (TRIAGE_TO_EXAMINE, "en cours", "avis émis", "sans suite")

# A sweep's own status
SWEEP_RUNNING = "en cours"
SWEEP_DONE = "terminé"
SWEEP_FAILED = "échoué"
SWEEP_INTERRUPTED = "interrompu"
SWEEP_STATUSES = (SWEEP_RUNNING, SWEEP_DONE, SWEEP_FAILED, SWEEP_INTERRUPTED)

# What a sweep did to a case
CHANGE_NEW = "nouveau"
CHANGE_MODIFIED = "modifié"
CHANGE_UNCHANGED = "inchangé"
CHANGE_GONE = "disparu"
CHANGE_KINDS = (CHANGE_NEW, CHANGE_MODIFIED, CHANGE_UNCHANGED, CHANGE_GONE)
#: The order lists and reports follow: news first
CHANGE_ORDER = {CHANGE_NEW: 0, CHANGE_MODIFIED: 1, CHANGE_GONE: 2, CHANGE_UNCHANGED: 3}

# What became of a case (issue 17): the avis given (ABF/UDAP, Mission), the competent authority's decision, and
# whether the works as built matched what was authorised.
AVIS_VALUES = ("favorable", "favorable avec prescriptions", "défavorable", "sans avis")
DECISION_GRANTED = "accordé"
DECISION_VALUES = (DECISION_GRANTED, "accordé avec prescriptions", "refusé", "tacite", "retiré", "annulé")
WORKS_VALUES = ("conformes à l'autorisation", "écarts constatés", "non contrôlés")

# A permit's own state, as Sitadel gives it (core/imports/sitadel.py ETATS; other sources' words are kept as given)
CASE_FILE_STATUSES = ("autorisé", "annulé", "commencé", "terminé")

# What the PLU watch says of a commune (plu-watch, the PLU dock): a first snapshot, unchanged, a new version
# (CHANGE_MODIFIED), no document (RNU), or not read this time.
PLU_FIRST = "premier instantané"
PLU_NO_DOCUMENT = "sans document"
PLU_FAILED = "échec"
PLU_WATCH_STATUSES = (PLU_FIRST, CHANGE_UNCHANGED, CHANGE_MODIFIED, PLU_NO_DOCUMENT, PLU_FAILED)

# Stored values as people read them in reports and panels (never «zone_tampon» or «coordonnees» in the report)
ZONE_WORDS = {
    ZONE_BIEN: QT_TRANSLATE_NOOP("VeillePatrimoniale", "Bien"),
    ZONE_TAMPON: QT_TRANSLATE_NOOP("VeillePatrimoniale", "zone tampon"),
    ZONE_HORS: QT_TRANSLATE_NOOP("VeillePatrimoniale", "hors"),
    ZONE_COMMUNE: QT_TRANSLATE_NOOP("VeillePatrimoniale", "commune seulement"),
    ZONE_UNLOCATED: QT_TRANSLATE_NOOP("VeillePatrimoniale", "non localisé"),
}
LOCATION_WORDS = {
    "parcelles": QT_TRANSLATE_NOOP("VeillePatrimoniale", "parcelles"),
    "coordonnees": QT_TRANSLATE_NOOP("VeillePatrimoniale", "coordonnées"),
    "commune": QT_TRANSLATE_NOOP("VeillePatrimoniale", "commune"),
    "geometrie": QT_TRANSLATE_NOOP("VeillePatrimoniale", "géométrie"),
    "non_localise": QT_TRANSLATE_NOOP("VeillePatrimoniale", "non localisé"),
}

#: The user layers the rules can read (a rule's «couche_utilisateur», `--couche NOM=fichier`, a project layer of that
#: name in QGIS): a name outside this list is refused by `rules validate` and by `--couche`
KNOWN_USER_LAYERS = (
    "site_classe_terrils",
    "cones_de_vue",
    "aires_influence_paysagere",
    "pda",
    "risques",
    "plu_info_perimetre_unesco",
    "plu_protections_patrimoniales",
    "plu_permis_de_demolir",
    "plu_ouverture_urbanisation",
    "plu_zones_constructibles",
)

# What a PLU comparison found (core/plu/diff.py): each kind of change in plain words, in the order of lists, reports
# and legends. The zoning changes say what the codes mean (A, N, U, AU are the CNIG TYPEZONE families).
PLU_OPENING = "ouverture_urbanisation"
PLU_CHANGE_KINDS = {
    PLU_OPENING: QT_TRANSLATE_NOOP(
        "VeillePatrimoniale", "zone agricole ou naturelle ouverte à l'urbanisation (A/N → U/AU)"
    ),
    "retour_agricole_naturel": QT_TRANSLATE_NOOP(
        "VeillePatrimoniale", "zone urbaine ou à urbaniser rendue agricole ou naturelle (U/AU → A/N)"
    ),
    "changement_type": QT_TRANSLATE_NOOP("VeillePatrimoniale", "changement de type de zone"),
    "changement_libelle": QT_TRANSLATE_NOOP("VeillePatrimoniale", "changement du nom de la zone seul"),
    "territoire_retire": QT_TRANSLATE_NOOP("VeillePatrimoniale", "territoire retiré du plan"),
    "territoire_ajoute": QT_TRANSLATE_NOOP("VeillePatrimoniale", "territoire ajouté au plan"),
    "prescription_supprimee": QT_TRANSLATE_NOOP("VeillePatrimoniale", "prescription supprimée"),
    "prescription_ajoutee": QT_TRANSLATE_NOOP("VeillePatrimoniale", "prescription ajoutée"),
    "information_supprimee": QT_TRANSLATE_NOOP("VeillePatrimoniale", "information supprimée"),
    "information_ajoutee": QT_TRANSLATE_NOOP("VeillePatrimoniale", "information ajoutée"),
}

_C = "VeillePatrimoniale"
# The alerts' vocabularies (core/alerts/model.py re-exports them under its French names), each value with its label
ALERT_SOURCE_WORDS = {
    "visite": QT_TRANSLATE_NOOP(_C, "visite"),
    "signalement": QT_TRANSLATE_NOOP(_C, "signalement"),
    "presse": QT_TRANSLATE_NOOP(_C, "presse"),
    "veille des permis": QT_TRANSLATE_NOOP(_C, "veille des permis"),
    "comité": QT_TRANSLATE_NOOP(_C, "comité"),
    "autre": QT_TRANSLATE_NOOP(_C, "autre"),
}
ALERT_SOURCES = tuple(ALERT_SOURCE_WORDS)
ALERT_CONDITION_WORDS = {
    "très mauvais": QT_TRANSLATE_NOOP(_C, "très mauvais"),
    "mauvais": QT_TRANSLATE_NOOP(_C, "mauvais"),
    "passable": QT_TRANSLATE_NOOP(_C, "passable"),
    "bon": QT_TRANSLATE_NOOP(_C, "bon"),
}
#: Condition of the fabric (Heritage at Risk: very bad / poor / fair / good).
ALERT_CONDITIONS = tuple(ALERT_CONDITION_WORDS)
ALERT_TREND_WORDS = {
    "en dégradation": QT_TRANSLATE_NOOP(_C, "en dégradation"),
    "stable": QT_TRANSLATE_NOOP(_C, "stable"),
    "en amélioration": QT_TRANSLATE_NOOP(_C, "en amélioration"),
    "inconnue": QT_TRANSLATE_NOOP(_C, "inconnue"),
}
#: Trend since the last observation.
ALERT_TRENDS = tuple(ALERT_TREND_WORDS)
ALERT_CATEGORY_WORDS = {
    "principale urgence": QT_TRANSLATE_NOOP(_C, "principale urgence"),
    "seconde catégorie": QT_TRANSLATE_NOOP(_C, "seconde catégorie"),
    "dernière catégorie": QT_TRANSLATE_NOOP(_C, "dernière catégorie"),
}
#: The Mission's 2016 categories (their meaning: core/alerts/model.py CATEGORIES).
ALERT_CATEGORIES = tuple(ALERT_CATEGORY_WORDS)
ALERT_OWNER_WORDS = {
    "particulier": QT_TRANSLATE_NOOP(_C, "particulier"),
    "commune": QT_TRANSLATE_NOOP(_C, "commune"),
    "intercommunalité": QT_TRANSLATE_NOOP(_C, "intercommunalité"),
    "bailleur social": QT_TRANSLATE_NOOP(_C, "bailleur social"),
    "État": QT_TRANSLATE_NOOP(_C, "État"),
    "établissement public": QT_TRANSLATE_NOOP(_C, "établissement public"),
    "entreprise": QT_TRANSLATE_NOOP(_C, "entreprise"),
    "association": QT_TRANSLATE_NOOP(_C, "association"),
    "inconnu": QT_TRANSLATE_NOOP(_C, "inconnu"),
    "autre": QT_TRANSLATE_NOOP(_C, "autre"),
}
ALERT_OWNERS = tuple(ALERT_OWNER_WORDS)
ALERT_ACTION_WORDS = {
    "diagnostic technique": QT_TRANSLATE_NOOP(_C, "diagnostic technique"),
    "travaux d'urgence": QT_TRANSLATE_NOOP(_C, "travaux d'urgence"),
    "clos et couvert": QT_TRANSLATE_NOOP(_C, "clos et couvert"),
    "estimation des Domaines": QT_TRANSLATE_NOOP(_C, "estimation des Domaines"),
    "acquisition EPF": QT_TRANSLATE_NOOP(_C, "acquisition EPF"),
    "acquisition EPCI": QT_TRANSLATE_NOOP(_C, "acquisition EPCI"),
    "recherche d'opérateur": QT_TRANSLATE_NOOP(_C, "recherche d'opérateur"),
    "projet de reconversion": QT_TRANSLATE_NOOP(_C, "projet de reconversion"),
    "souscription Fondation du Patrimoine": QT_TRANSLATE_NOOP(_C, "souscription Fondation du Patrimoine"),
    "porté à connaissance": QT_TRANSLATE_NOOP(_C, "porté à connaissance"),
    "mise en alerte des partenaires": QT_TRANSLATE_NOOP(_C, "mise en alerte des partenaires"),
    "demande de protection MH": QT_TRANSLATE_NOOP(_C, "demande de protection MH"),
    "autre": QT_TRANSLATE_NOOP(_C, "autre"),
}
ALERT_ACTIONS = tuple(ALERT_ACTION_WORDS)
ALERT_STATUS_WORDS = {
    "signalée": QT_TRANSLATE_NOOP(_C, "signalée"),
    "en alerte": QT_TRANSLATE_NOOP(_C, "en alerte"),
    "mesures d'urgence": QT_TRANSLATE_NOOP(_C, "mesures d'urgence"),
    "maîtrise foncière": QT_TRANSLATE_NOOP(_C, "maîtrise foncière"),
    "projet": QT_TRANSLATE_NOOP(_C, "projet"),
    "travaux": QT_TRANSLATE_NOOP(_C, "travaux"),
    "sauvegardée": QT_TRANSLATE_NOOP(_C, "sauvegardée"),
    "perdue": QT_TRANSLATE_NOOP(_C, "perdue"),
    "levée": QT_TRANSLATE_NOOP(_C, "levée"),
}
#: Life of an alert, in order; the last three close it.
ALERT_STATUSES = tuple(ALERT_STATUS_WORDS)
ALERT_STATUSES_CLOSED = ("sauvegardée", "perdue", "levée")
ALERT_DEFAULT_STATUS = "signalée"

#: Every stored value family → {stored value: its label (French, marked for translation)}. The stored values stay
#: French and stable; :func:`display` translates the label when it is shown. A test checks that every value of every
#: family has a label here and an English translation in resources/i18n/veille_plugin_en.ts.
VALUE_WORDS = {
    "zone": {
        **ZONE_WORDS,
        ZONE_ERREUR: QT_TRANSLATE_NOOP(_C, "erreur"),
    },
    "localisation": LOCATION_WORDS,
    "severite": {
        SEVERITY_NONE: QT_TRANSLATE_NOOP(_C, "aucune"),
        SEVERITY_INFO: QT_TRANSLATE_NOOP(_C, "information"),
        SEVERITY_CHECK: QT_TRANSLATE_NOOP(_C, "à vérifier"),
        SEVERITY_MAJOR: QT_TRANSLATE_NOOP(_C, "majeur"),
        SEVERITY_BLOCKING: QT_TRANSLATE_NOOP(_C, "bloquant"),
    },
    "verdict": {
        VERDICT_NA: QT_TRANSLATE_NOOP(_C, "non applicable"),
        VERDICT_OK: QT_TRANSLATE_NOOP(_C, "conforme"),
        VERDICT_CHECK: QT_TRANSLATE_NOOP(_C, "à vérifier"),
        VERDICT_FAIL: QT_TRANSLATE_NOOP(_C, "non conforme"),
        VERDICT_MISSING: QT_TRANSLATE_NOOP(_C, "donnée manquante"),
    },
    "statut_veille": {
        TRIAGE_STATUSES[0]: QT_TRANSLATE_NOOP(_C, "à examiner"),
        TRIAGE_STATUSES[1]: QT_TRANSLATE_NOOP(_C, "en cours"),
        TRIAGE_STATUSES[2]: QT_TRANSLATE_NOOP(_C, "avis émis"),
        TRIAGE_STATUSES[3]: QT_TRANSLATE_NOOP(_C, "sans suite"),
    },
    "balayage": {
        SWEEP_RUNNING: QT_TRANSLATE_NOOP(_C, "en cours"),
        SWEEP_DONE: QT_TRANSLATE_NOOP(_C, "terminé"),
        SWEEP_FAILED: QT_TRANSLATE_NOOP(_C, "échoué"),
        SWEEP_INTERRUPTED: QT_TRANSLATE_NOOP(_C, "interrompu"),
    },
    "changement": {
        CHANGE_NEW: QT_TRANSLATE_NOOP(_C, "nouveau"),
        CHANGE_MODIFIED: QT_TRANSLATE_NOOP(_C, "modifié"),
        CHANGE_UNCHANGED: QT_TRANSLATE_NOOP(_C, "inchangé"),
        CHANGE_GONE: QT_TRANSLATE_NOOP(_C, "disparu"),
    },
    "avis": {
        AVIS_VALUES[0]: QT_TRANSLATE_NOOP(_C, "favorable"),
        AVIS_VALUES[1]: QT_TRANSLATE_NOOP(_C, "favorable avec prescriptions"),
        AVIS_VALUES[2]: QT_TRANSLATE_NOOP(_C, "défavorable"),
        AVIS_VALUES[3]: QT_TRANSLATE_NOOP(_C, "sans avis"),
    },
    "decision": {
        DECISION_VALUES[0]: QT_TRANSLATE_NOOP(_C, "accordé"),
        DECISION_VALUES[1]: QT_TRANSLATE_NOOP(_C, "accordé avec prescriptions"),
        DECISION_VALUES[2]: QT_TRANSLATE_NOOP(_C, "refusé"),
        DECISION_VALUES[3]: QT_TRANSLATE_NOOP(_C, "tacite"),
        DECISION_VALUES[4]: QT_TRANSLATE_NOOP(_C, "retiré"),
        DECISION_VALUES[5]: QT_TRANSLATE_NOOP(_C, "annulé"),
    },
    "conformite": {
        WORKS_VALUES[0]: QT_TRANSLATE_NOOP(_C, "conformes à l'autorisation"),
        WORKS_VALUES[1]: QT_TRANSLATE_NOOP(_C, "écarts constatés"),
        WORKS_VALUES[2]: QT_TRANSLATE_NOOP(_C, "non contrôlés"),
    },
    "statut_dossier": {
        CASE_FILE_STATUSES[0]: QT_TRANSLATE_NOOP(_C, "autorisé"),
        CASE_FILE_STATUSES[1]: QT_TRANSLATE_NOOP(_C, "annulé"),
        CASE_FILE_STATUSES[2]: QT_TRANSLATE_NOOP(_C, "commencé"),
        CASE_FILE_STATUSES[3]: QT_TRANSLATE_NOOP(_C, "terminé"),
    },
    "veille_plu": {
        PLU_FIRST: QT_TRANSLATE_NOOP(_C, "premier instantané"),
        CHANGE_UNCHANGED: QT_TRANSLATE_NOOP(_C, "inchangé"),
        CHANGE_MODIFIED: QT_TRANSLATE_NOOP(_C, "modifié"),
        PLU_NO_DOCUMENT: QT_TRANSLATE_NOOP(_C, "sans document"),
        PLU_FAILED: QT_TRANSLATE_NOOP(_C, "échec"),
    },
    "changement_plu": PLU_CHANGE_KINDS,
    "alerte_source": ALERT_SOURCE_WORDS,
    "alerte_etat": ALERT_CONDITION_WORDS,
    "alerte_tendance": ALERT_TREND_WORDS,
    "alerte_categorie": ALERT_CATEGORY_WORDS,
    "alerte_proprietaire": ALERT_OWNER_WORDS,
    "alerte_action": ALERT_ACTION_WORDS,
    "alerte_statut": ALERT_STATUS_WORDS,
}
#: Each family's stored values (the tuples above), for the test that every one has a label.
VALUE_FAMILIES = {
    "zone": ZONES + CASE_ZONES,
    "localisation": tuple(LOCATION_WORDS),
    "severite": SEVERITIES_DISPLAY,
    "verdict": VERDICTS,
    "statut_veille": TRIAGE_STATUSES,
    "balayage": SWEEP_STATUSES,
    "changement": CHANGE_KINDS,
    "avis": AVIS_VALUES,
    "decision": DECISION_VALUES,
    "conformite": WORKS_VALUES,
    "statut_dossier": CASE_FILE_STATUSES,
    "veille_plu": PLU_WATCH_STATUSES,
    "changement_plu": tuple(PLU_CHANGE_KINDS),
    "alerte_source": ALERT_SOURCES,
    "alerte_etat": ALERT_CONDITIONS,
    "alerte_tendance": ALERT_TRENDS,
    "alerte_categorie": ALERT_CATEGORIES,
    "alerte_proprietaire": ALERT_OWNERS,
    "alerte_action": ALERT_ACTIONS,
    "alerte_statut": ALERT_STATUSES,
}
# One value, one label, whatever the family (a zone first: «commune» is «commune seulement» as a case's zone)
_ANY_FAMILY = {}
for _words in VALUE_WORDS.values():
    for _value, _label in _words.items():
        _ANY_FAMILY.setdefault(_value, _label)


def display(value, family: str = "") -> str:
    """What a stored value reads as, in the interface's language: its label (:data:`VALUE_WORDS`) translated at
    display time (French unchanged; English under an English QGIS). ``family`` («zone», «localisation», «severite»…)
    chooses among the families when a word belongs to several with different labels («commune»); without it the
    first family holding the word is used. A value of no family (a free text, a user's own word) is returned
    as it is; None and NaN read as "".
    """
    if value is None or value != value:
        return ""
    if not isinstance(value, str):
        return str(value)
    words = VALUE_WORDS.get(family, _ANY_FAMILY) if family else _ANY_FAMILY
    label = words.get(value)
    if label is None and family:
        label = _ANY_FAMILY.get(value)
    return tr(label) if label is not None else value


def display_list(values, family: str = "", sep: str = ", ") -> str:
    """:func:`display` of each value of a list («a; b» or a sequence), joined by ``sep``."""
    if values is None or values != values:
        return ""
    if isinstance(values, str):
        values = [v.strip() for v in values.replace(";", ",").split(",") if v.strip()]
    return sep.join(display(v, family) for v in values)


#: The French name of each field a history row may name.
FIELD_WORDS = {
    "type": QT_TRANSLATE_NOOP("VeillePatrimoniale", "type de dossier"),
    "statut_dossier": QT_TRANSLATE_NOOP("VeillePatrimoniale", "statut du dossier"),
    "parcelles": QT_TRANSLATE_NOOP("VeillePatrimoniale", "parcelles"),
    "travaux": QT_TRANSLATE_NOOP("VeillePatrimoniale", "travaux"),
    "nature": QT_TRANSLATE_NOOP("VeillePatrimoniale", "nature du projet"),
    "hauteur": QT_TRANSLATE_NOOP("VeillePatrimoniale", "hauteur"),
    "localisation": QT_TRANSLATE_NOOP("VeillePatrimoniale", "localisation"),
    "zone": QT_TRANSLATE_NOOP("VeillePatrimoniale", "zone"),
    "elements": QT_TRANSLATE_NOOP("VeillePatrimoniale", "éléments"),
    "severite": QT_TRANSLATE_NOOP("VeillePatrimoniale", "sévérité"),
    "regles": QT_TRANSLATE_NOOP("VeillePatrimoniale", "règles"),
    "statut_veille": QT_TRANSLATE_NOOP("VeillePatrimoniale", "statut de veille"),
    "assignee": QT_TRANSLATE_NOOP("VeillePatrimoniale", "suivi par"),
    "disparu": QT_TRANSLATE_NOOP("VeillePatrimoniale", "disparu de la source"),
    "avis": QT_TRANSLATE_NOOP("VeillePatrimoniale", "avis"),
    "avis_date": QT_TRANSLATE_NOOP("VeillePatrimoniale", "date de l'avis"),
    "avis_auteur": QT_TRANSLATE_NOOP("VeillePatrimoniale", "avis donné par"),
    "decision": QT_TRANSLATE_NOOP("VeillePatrimoniale", "décision"),
    "decision_date": QT_TRANSLATE_NOOP("VeillePatrimoniale", "date de la décision"),
    "conformite": QT_TRANSLATE_NOOP("VeillePatrimoniale", "travaux réalisés"),
    "conformite_date": QT_TRANSLATE_NOOP("VeillePatrimoniale", "date du constat"),
    "conformite_note": QT_TRANSLATE_NOOP("VeillePatrimoniale", "constat"),
}


def field_word(name: str) -> str:
    """The French name of a field («statut_veille» → «statut de veille»); an unknown name is kept."""
    return tr(FIELD_WORDS[name]) if name in FIELD_WORDS else str(name)

"""The shared vocabulary, defined once: zones, severities, verdicts, triage statuses, sweep statuses, change kinds.

The values are the French words stored in the register and the files, and shown to users; the GUI, the reports
and the command line import them from here instead of spelling them again.
"""

from .i18n import QT_TRANSLATE_NOOP

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

"""Processing algorithm: the reports of the management system's meetings, for a scheduled ``qgis_process`` run."""

from qgis.core import (
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFolderDestination,
    QgsProcessingParameterString,
)

from ..core.errors import VeilleError
from ..core.i18n import QT_TRANSLATE_NOOP, tr
from .base import VeilleAlgorithm

KINDS = ("comite", "local", "element", "indicateurs", "pac", "periodique")


class CycleReportsAlgorithm(VeilleAlgorithm):
    """Processing: comité technique, comités locaux (per EPCI), follow-up files of the elements."""

    NAME = "rapports_suivi"
    DISPLAY_NAME = QT_TRANSLATE_NOOP("VeillePatrimoniale", "Rapports du système de gestion")
    GROUP = QT_TRANSLATE_NOOP("VeillePatrimoniale", "Veille")
    GROUP_ID = "veille"
    HELP = QT_TRANSLATE_NOOP(
        "VeillePatrimoniale",
        "Écrit, depuis le registre de veille, le rapport du Comité technique de suivi (ce qui est nouveau sur la "
        "période : dossiers par sévérité et zone, bloquants et majeurs d'abord, décisions attendues, grappes de "
        "projets par cité, alertes, nouvelles versions de PLU), ceux des comités locaux (un fichier par EPCI) ou les "
        "fiches de suivi des éléments du Bien (toutes si aucun élément n'est indiqué). HTML à imprimer, CSV et JSON.",
    )
    KIND, REGISTER, DU, AU, EPCI, ELEMENTS, OUTPUT = "KIND", "REGISTER", "DU", "AU", "EPCI", "ELEMENTS", "OUTPUT"
    COMMUNE = "COMMUNE"

    def initAlgorithm(self, config=None):  # noqa: N802
        """Declare the parameters."""
        self.addParameter(
            QgsProcessingParameterEnum(
                self.KIND,
                tr("Rapport"),
                options=[
                    tr("Comité technique de suivi"),
                    tr("Comités locaux (par EPCI)"),
                    tr("Fiches des éléments"),
                    tr("Indicateurs pour l'évaluation"),
                    tr("Porté à connaissance d'une commune"),
                    tr("Rapport périodique UNESCO"),
                ],
                defaultValue=0,
            )
        )
        self.addParameter(
            QgsProcessingParameterString(
                self.REGISTER,
                tr("Registre de veille (.gpkg, ou service=… ; vide = registre par défaut)"),
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterString(self.DU, tr("Début (jj/mm/aaaa ; vide = il y a 30 jours)"), optional=True)
        )
        self.addParameter(QgsProcessingParameterString(self.AU, tr("Fin, incluse (vide = aujourd'hui)"), optional=True))
        self.addParameter(QgsProcessingParameterString(self.EPCI, tr("EPCI (vide = tous)"), optional=True))
        self.addParameter(
            QgsProcessingParameterString(self.ELEMENTS, tr("Éléments (ex. 63V, 19D ; vide = tous)"), optional=True)
        )
        self.addParameter(
            QgsProcessingParameterString(
                self.COMMUNE, tr("Commune du porté à connaissance (code INSEE)"), optional=True
            )
        )
        self.addParameter(QgsProcessingParameterFolderDestination(self.OUTPUT, tr("Dossier des résultats")))
        self.addOutput(QgsProcessingOutputString("RAPPORTS", tr("Rapports écrits (séparés par « ; »)")))
        self.addOutput(QgsProcessingOutputNumber("DOSSIERS_NOUVEAUX", tr("Dossiers nouveaux sur la période")))

    def process(self, parameters, context, feedback):
        """Write the chosen report; return the files and the count of new cases."""
        from ..core.reference.data import load_reference
        from ..core.register import open_register
        from ..core.reports.committee import period, write_committee
        from ..core.reports.element_file import write_element_files
        from ..qgis_adapters.compat import run_in_python_thread
        from ..qgis_adapters.register_target import resolve_register_target

        kind = KINDS[self.parameterAsEnum(parameters, self.KIND, context)]
        target = self.parameterAsString(parameters, self.REGISTER, context) or None
        du = self.parameterAsString(parameters, self.DU, context) or None
        au = self.parameterAsString(parameters, self.AU, context) or None
        epci = self.parameterAsString(parameters, self.EPCI, context) or None
        elements = [e.strip() for e in (self.parameterAsString(parameters, self.ELEMENTS, context) or "").split(",")]
        out = self.parameterAsString(parameters, self.OUTPUT, context)
        commune = (self.parameterAsString(parameters, self.COMMUNE, context) or "").strip()

        def work(resolved):
            ref = load_reference()
            with open_register(resolved) as register:
                if kind == "pac":
                    from ..core.reports.commune_pack import write_commune_pack
                    from ..core.rules.catalogue import load_catalogue

                    if not commune:
                        raise QgsProcessingException(tr("Indiquez la commune (code INSEE) du porté à connaissance."))
                    return write_commune_pack(register, ref, load_catalogue(), commune, out)["rapports"], 0
                if kind == "periodique":
                    from ..core.reports.periodic import write_periodic
                    from ..core.rules.catalogue import load_catalogue

                    return write_periodic(register, load_catalogue(), period(du, au), out)["rapports"], 0
                if kind == "indicateurs":
                    from ..core.reports.indicators import write_indicators

                    return write_indicators(register, out)["rapports"], 0
                if kind == "element":
                    files = write_element_files(register, ref, out, [e for e in elements if e] or None)
                    return files["fiches"] + [files["index"]], 0
                files = write_committee(register, ref, out, period(du, au), epci, kind=kind)
                return files["rapports"], sum(f["dossiers_nouveaux"] for f in files["resume"])

        try:
            resolved = resolve_register_target(target)  # QGIS auth manager: in this thread
            reports, new = run_in_python_thread(lambda: work(resolved))
        except VeilleError as exc:
            raise QgsProcessingException(str(exc)) from None
        feedback.pushInfo(tr("{n} fichier(s) écrit(s) dans {d}.").format(n=len(reports), d=out))
        return {self.OUTPUT: out, "RAPPORTS": ";".join(reports), "DOSSIERS_NOUVEAUX": new}

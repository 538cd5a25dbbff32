"""The reports of the management system's meetings as a QGIS background task (the register read, the files written)."""

from ..core.i18n import QT_TRANSLATE_NOOP, tr
from .background_task import BackgroundTask


class ReportsTask(BackgroundTask):
    """Write a committee report, the local ones, or element files; the result is {"rapports": [...], ...}."""

    UNEXPECTED = QT_TRANSLATE_NOOP("VeillePatrimoniale", "Erreur inattendue pendant l'écriture du rapport : {e}")

    def __init__(self, kind, register_target, out_dir, du=None, au=None, epci=None, elements=None, commune=None):
        super().__init__(tr("Veille patrimoniale : rapport"))
        self.kind, self.register_target, self.out_dir = kind, register_target, out_dir
        self.du, self.au, self.epci, self.elements, self.commune = du, au, epci, elements, commune

    def work(self):
        """Read the register, write the files."""
        from ..core.reference.data import load_reference
        from ..core.register import open_register
        from ..core.reports.committee import period, write_committee
        from ..core.reports.element_file import write_element_files

        ref = load_reference()
        with open_register(self.register_target) as register:
            self.setProgress(10)
            if self.kind == "periodique":
                from ..core.reports.periodic import write_periodic
                from ..core.rules.catalogue import load_catalogue

                files = write_periodic(register, load_catalogue(), period(self.du, self.au), self.out_dir)
                return {**files, "resume": []}
            if self.kind == "pac":
                from ..core.errors import InputError
                from ..core.reports.commune_pack import write_commune_pack
                from ..core.rules.catalogue import load_catalogue

                if not self.commune:
                    raise InputError(tr("Indiquez la commune (code INSEE) du porté à connaissance."))
                return {**write_commune_pack(register, ref, load_catalogue(), self.commune, self.out_dir), "resume": []}
            if self.kind == "indicateurs":
                from ..core.reports.indicators import write_indicators

                return {**write_indicators(register, self.out_dir), "resume": []}
            if self.kind == "element":
                files = write_element_files(register, ref, self.out_dir, self.elements or None)
                shown = files["fiches"] if len(files["fiches"]) == 1 else [files["index"]]  # one file, or the index
                return {"rapports": shown, "resume": [], "elements": files["elements"]}
            return write_committee(register, ref, self.out_dir, period(self.du, self.au), self.epci, kind=self.kind)

"""Reading the «Veille» dock's list of cases as a QGIS background task (a register of years of sweeps)."""

from ..core.i18n import QT_TRANSLATE_NOOP, tr
from .background_task import BackgroundTask


class CaseListTask(BackgroundTask):
    """Read the listed columns of every case, the sweeps and the flags of the sweep shown."""

    UNEXPECTED = QT_TRANSLATE_NOOP("VeillePatrimoniale", "Erreur inattendue pendant la lecture du registre : {e}")

    def __init__(self, register_target, sweep_id=None):
        super().__init__(tr("Veille patrimoniale : lecture du registre"))
        self.register_target, self.sweep_id = register_target, sweep_id

    def work(self):
        """Open the register in the worker thread and read the list."""
        from ..core.register import open_register
        from ..core.register.case_view import load_case_list

        with open_register(self.register_target) as register:
            return load_case_list(register, self.sweep_id)

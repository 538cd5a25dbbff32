"""The sweep as a QGIS background task: progress, cancel, nothing written when cancelled."""
from qgis.core import QgsTask
from qgis.PyQt.QtCore import pyqtSignal

from ..core.i18n import tr


class SweepTask(QgsTask):
    done = pyqtSignal(object, object)  # (SweepResult or None, error message or None)

    def __init__(self, sources, register_target, out_dir, parcels=None, author="veille"):
        super().__init__(tr("Veille patrimoniale : balayage des permis"), QgsTask.CanCancel)
        self.sources, self.register_target, self.out_dir, self.parcels, self.author = sources, register_target, out_dir, parcels, author
        self.result = None
        self.error = None

    def run(self):
        from ..core.errors import VeilleError
        from ..core.reference import load_reference
        from ..core.register import open_register
        from ..core.rules_catalogue import load_catalogue
        from ..core.sweep import SweepCancelledError, run_sweep

        try:
            from .compat import run_in_python_thread

            def work():
                with open_register(self.register_target) as register:  # opened in the worker thread (target already resolved)
                    return run_sweep(
                        self.sources, register, load_reference(), load_catalogue(), self.out_dir, parcels=self.parcels, author=self.author,
                        progress=lambda pct, _text: self.setProgress(pct), is_cancelled=self.isCanceled,
                    )

            self.result = run_in_python_thread(work)
            return True
        except SweepCancelledError as exc:
            self.error = str(exc)
            return False
        except VeilleError as exc:
            self.error = str(exc)
            return False
        except Exception as exc:  # reported to the user, never swallowed
            self.error = tr("Erreur inattendue pendant le balayage : {e}").format(e=repr(exc))
            return False

    def finished(self, ok):
        self.done.emit(self.result if ok else None, self.error)

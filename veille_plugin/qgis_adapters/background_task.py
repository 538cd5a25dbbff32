"""What the plugin's background tasks share: the work runs in a Python thread (see compat.run_in_python_thread),
progress and cancel come from QgsTask, errors become a French message, ``done(result, error)`` is emitted."""

from qgis.core import QgsTask
from qgis.PyQt.QtCore import pyqtSignal

from ..core.i18n import QT_TRANSLATE_NOOP, tr


class BackgroundTask(QgsTask):
    """A QgsTask that runs ``work()`` in a Python thread and emits ``done(result, error)``."""

    done = pyqtSignal(object, object)  # (result or None, error message or None)
    #: French message of an unexpected error, with «{e}».
    UNEXPECTED = QT_TRANSLATE_NOOP("VeillePatrimoniale", "Erreur inattendue : {e}")

    def __init__(self, description: str):
        super().__init__(description, QgsTask.Flag.CanCancel)
        self.result = None
        self.error = None

    def work(self):
        """The work itself (in a worker thread); returns the result."""
        raise NotImplementedError

    def cancelled_message(self, exc) -> str:
        """The French message when the work was cancelled."""
        return str(exc)

    def cancel_errors(self) -> tuple:
        """Exceptions meaning «cancelled by the user»."""
        return ()

    def run(self):
        """Run the work (QGIS calls it in a worker thread); keep its result or French error."""
        from ..core.errors import VeilleError
        from .compat import run_in_python_thread

        try:
            self.result = run_in_python_thread(self.work)
            return True
        except self.cancel_errors() as exc:
            self.error = self.cancelled_message(exc)
        except VeilleError as exc:
            self.error = str(exc)
        except Exception as exc:  # reported to the user, never swallowed
            self.error = tr(self.UNEXPECTED).format(e=repr(exc))
        return False

    def finished(self, ok):
        """Emit ``done`` in the main thread."""
        self.done.emit(self.result if ok else None, self.error)

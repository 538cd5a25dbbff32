"""The PLU comparison as a QGIS background task: read both versions, compare, check the draft (R13–R18),
write the reports and the changes layer; progress and cancel."""
from qgis.core import QgsTask
from qgis.PyQt.QtCore import pyqtSignal

from ..core.i18n import tr


class PluDiffTask(QgsTask):
    done = pyqtSignal(object, object)  # (result dict or None, error message or None)

    def __init__(self, before, after, out_dir, commune=None, distance=500.0, check=True):
        super().__init__(tr("Veille patrimoniale : comparaison de PLU"), QgsTask.CanCancel)
        self.before, self.after, self.out_dir = before, after, out_dir
        self.commune, self.distance, self.check = commune or None, float(distance), bool(check)
        self.result = None
        self.error = None

    def run(self):
        from ..core.errors import VeilleError
        from ..core.plu.diff import PluCancelledError

        try:
            from .compat import run_in_python_thread

            self.result = run_in_python_thread(lambda: run_plu_diff(self.before, self.after, self.out_dir, self.commune, self.distance, self.check,
                                                                    progress=lambda f, _m: self.setProgress(100.0 * f), cancelled=self.isCanceled))
            return True
        except PluCancelledError:
            self.error = tr("Comparaison annulée : aucun fichier n'a été écrit.")
            return False
        except VeilleError as exc:
            self.error = str(exc)
            return False
        except Exception as exc:  # reported to the user, never swallowed
            self.error = tr("Erreur inattendue pendant la comparaison : {e}").format(e=repr(exc))
            return False

    def finished(self, ok):
        self.done.emit(self.result if ok else None, self.error)


def run_plu_diff(before, after, out_dir, commune=None, distance=500.0, check=True, progress=None, cancelled=None) -> dict:
    """Read, compare, check, write: {"diff": PluDiff, "check": PluCheck or None, "files": {…}} (used by the task and Processing)."""
    from ..core.plu.checks import check_version
    from ..core.plu.diff import diff_versions
    from ..core.plu.reader import read_plu_version
    from ..core.plu.report import write_diff_outputs
    from ..core.reference import load_reference

    def part(lo, hi):
        return (lambda f, m: progress(lo + (hi - lo) * f, m)) if progress is not None else None

    ref = load_reference()
    v_before = read_plu_version(before, label=tr("avant"), progress=part(0.0, 0.15), cancelled=cancelled)
    v_after = read_plu_version(after, label=tr("après"), progress=part(0.15, 0.3), cancelled=cancelled)
    diff = diff_versions(v_before, v_after, ref, distance=distance, commune=commune, progress=part(0.3, 0.75), cancelled=cancelled)
    chk = check_version(v_after, ref, diff=diff, commune=commune, distance=distance, progress=part(0.75, 0.9), cancelled=cancelled) if check else None
    if cancelled is not None and cancelled():
        from ..core.plu.diff import PluCancelledError

        raise PluCancelledError()
    files = write_diff_outputs(diff, ref, out_dir, check=chk, progress=part(0.9, 1.0))
    return {"diff": diff, "check": chk, "files": files}

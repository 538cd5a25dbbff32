"""The PLU comparison as a QGIS background task: read both versions, compare, check the draft (R13–R18 et R28),
write the reports and the changes layer; progress and cancel."""

from ..core.i18n import QT_TRANSLATE_NOOP, tr
from .background_task import BackgroundTask


class PluDiffTask(BackgroundTask):
    """The PLU comparison as a background task."""

    UNEXPECTED = QT_TRANSLATE_NOOP("VeillePatrimoniale", "Erreur inattendue pendant la comparaison : {e}")

    def __init__(self, before, after, out_dir, commune=None, distance=500.0, check=True):
        super().__init__(tr("Veille patrimoniale : comparaison de PLU"))
        self.before, self.after, self.out_dir = before, after, out_dir
        self.commune, self.distance, self.check = commune or None, float(distance), bool(check)

    def cancel_errors(self):
        """Exceptions that mean «cancelled»."""
        from ..core.plu.diff import PluCancelledError

        return (PluCancelledError,)

    def cancelled_message(self, exc) -> str:
        """The French message when the comparison was cancelled."""
        return tr("Comparaison annulée : aucun fichier n'a été écrit.")

    def work(self):
        """Read, compare, check and write the outputs."""
        return run_plu_diff(
            self.before,
            self.after,
            self.out_dir,
            self.commune,
            self.distance,
            self.check,
            progress=lambda f, _m: self.setProgress(100.0 * f),
            cancelled=self.isCanceled,
        )


def run_plu_diff(
    before, after, out_dir, commune=None, distance=500.0, check=True, progress=None, cancelled=None
) -> dict:
    """Read, compare, check, write: {"diff": PluDiff, "check": PluCheck or None, "files": {…}} (used by the task and
    Processing)."""
    from ..core.plu.checks import check_version
    from ..core.plu.diff import diff_versions
    from ..core.plu.reader import read_plu_version
    from ..core.plu.report import write_diff_outputs
    from ..core.reference.data import load_reference

    def part(lo, hi):
        return (lambda f, m: progress(lo + (hi - lo) * f, m)) if progress is not None else None

    ref = load_reference()
    v_before = read_plu_version(before, label=tr("avant"), progress=part(0.0, 0.15), cancelled=cancelled)
    v_after = read_plu_version(after, label=tr("après"), progress=part(0.15, 0.3), cancelled=cancelled)
    diff = diff_versions(
        v_before, v_after, ref, distance=distance, commune=commune, progress=part(0.3, 0.75), cancelled=cancelled
    )
    chk = (
        check_version(
            v_after, ref, diff=diff, commune=commune, distance=distance, progress=part(0.75, 0.9), cancelled=cancelled
        )
        if check
        else None
    )
    if cancelled is not None and cancelled():
        from ..core.plu.diff import PluCancelledError

        raise PluCancelledError()
    files = write_diff_outputs(diff, ref, out_dir, check=chk, progress=part(0.9, 1.0))
    return {"diff": diff, "check": chk, "files": files}

"""The sweep as a QGIS background task: progress, cancel, nothing written when cancelled."""

from ..core.i18n import QT_TRANSLATE_NOOP, tr
from .background_task import BackgroundTask


class SweepTask(BackgroundTask):
    """The weekly sweep as a background task."""

    UNEXPECTED = QT_TRANSLATE_NOOP("VeillePatrimoniale", "Erreur inattendue pendant le balayage : {e}")

    def __init__(self, sources, register_target, out_dir, parcels=None, author="veille", covisibility=False):
        super().__init__(tr("Veille patrimoniale : balayage des permis"))
        #: compute the covisibility over the relief through QGIS's network stack (off by default: a request per
        #: sight line, 5 a second at most)
        self.covisibility = covisibility
        self.sources, self.register_target, self.out_dir, self.parcels, self.author = (
            sources,
            register_target,
            out_dir,
            parcels,
            author,
        )

    def cancel_errors(self):
        """Exceptions that mean «cancelled»."""
        from ..core.sweep.run import SweepCancelledError

        return (SweepCancelledError,)

    def work(self):
        """Run the sweep into the register."""
        from ..core.reference.data import load_reference
        from ..core.register import open_register
        from ..core.feeds.altimetry import ProfileSource
        from ..core.rules.catalogue import load_catalogue
        from ..core.sweep.run import run_sweep
        from .network import qgis_get

        with open_register(self.register_target) as register:  # opened in the worker thread (target already resolved)
            return run_sweep(
                self.sources,
                register,
                load_reference(),
                load_catalogue(),
                self.out_dir,
                parcels=self.parcels,
                cadastre_get=qgis_get,  # «auto» parcels through QGIS's network settings (proxy, SSL)
                author=self.author,
                progress=lambda pct, _text: self.setProgress(pct),
                is_cancelled=self.isCanceled,
                covisibility=ProfileSource(get=qgis_get) if self.covisibility else None,
            )

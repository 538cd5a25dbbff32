"""The sweep as a QGIS background task: progress, cancel, nothing written when cancelled."""

from ..core.i18n import QT_TRANSLATE_NOOP, tr
from .background_task import BackgroundTask


class SweepTask(BackgroundTask):
    """The weekly sweep as a background task."""

    UNEXPECTED = QT_TRANSLATE_NOOP("VeillePatrimoniale", "Erreur inattendue pendant le balayage : {e}")

    def __init__(
        self, sources, register_target, out_dir, parcels=None, author="veille", covisibility=False, sitadel=False
    ):
        super().__init__(tr("Veille patrimoniale : balayage des permis"))
        #: fetch the Sitadel lists from the DiDo API first (new months only) and sweep them with ``sources``
        self.sitadel = sitadel
        #: what the Sitadel feed told (French), shown by the dock once the sweep is done
        self.feed_messages = []
        #: the (list title, month) pairs the Sitadel feed fetched and kept in this run
        self.fetched_months = []
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
        from ..core.feeds.sitadel import SitadelCancelledError
        from ..core.sweep.run import SweepCancelledError

        return (SweepCancelledError, SitadelCancelledError)

    def work(self):
        """Run the sweep into the register."""
        from ..core.reference.data import load_reference
        from ..core.register import open_register
        from ..core.feeds.altimetry import ProfileSource
        from ..core.rules.catalogue import load_catalogue
        from ..core.sweep.run import SourceSpec, run_sweep
        from .network import qgis_get

        ref = load_reference()
        sources, share = list(self.sources), 0.0
        if self.sitadel:  # the lists fetched through QGIS's network stack: the first 30 % of the progress
            from ..core import config
            from ..core.feeds.sitadel import DIDO_API, SITADEL_STREAM, basin_communes, default_cache_dir, fetch_sitadel

            share = 30.0
            fetched = fetch_sitadel(
                default_cache_dir(),
                basin_communes(ref),
                config.load_settings().sitadel_url or DIDO_API,
                get=qgis_get,
                progress=lambda pct, _text: self.setProgress(pct * share / 100),
                is_cancelled=self.isCanceled,
            )
            self.feed_messages = list(fetched.messages)
            self.fetched_months = list(fetched.fetched)
            sources += [SourceSpec(str(p), "sitadel", None, SITADEL_STREAM) for p in fetched.paths]
        with open_register(self.register_target) as register:  # opened in the worker thread (target already resolved)
            return run_sweep(
                sources,
                register,
                ref,
                load_catalogue(),
                self.out_dir,
                parcels=self.parcels,
                cadastre_get=qgis_get,  # «auto» parcels through QGIS's network settings (proxy, SSL)
                author=self.author,
                progress=lambda pct, _text: self.setProgress(share + pct * (100 - share) / 100),
                is_cancelled=self.isCanceled,
                covisibility=ProfileSource(get=qgis_get) if self.covisibility else None,
            )

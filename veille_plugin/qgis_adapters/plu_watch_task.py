"""The online PLU watch and the comparison of two snapshots as QGIS background tasks (progress, cancel), over
QGIS's network stack so that its proxy, SSL and authentication settings apply."""

from ..core.i18n import QT_TRANSLATE_NOOP, tr
from .background_task import BackgroundTask


class PluWatchTask(BackgroundTask):
    """Check the PLU of some communes online; the result is a :class:`~veille_plugin.core.plu.watch.WatchRun`."""

    UNEXPECTED = QT_TRANSLATE_NOOP("VeillePatrimoniale", "Erreur inattendue pendant la veille des PLU : {e}")

    def __init__(self, communes, register_target, out_dir, api_url, author="veille", accept_change=False):
        super().__init__(tr("Veille patrimoniale : PLU en ligne"))
        self.communes, self.register_target, self.out_dir = communes, register_target, out_dir
        self.api_url, self.author, self.accept_change = api_url, author, accept_change

    def work(self):
        """Fetch, keep the new versions, compare (see :func:`veille_plugin.core.plu.watch.run_watch`)."""
        from ..core.plu.watch import run_watch, watched_communes
        from ..core.reference.data import load_reference
        from ..core.register import open_register
        from .network import qgis_get

        ref = load_reference()
        with open_register(self.register_target) as register:
            return run_watch(
                self.communes or watched_communes(ref),
                register,
                ref,
                self.out_dir,
                base_url=self.api_url,
                get=qgis_get,
                author=self.author,
                progress=lambda f, _m: self.setProgress(100.0 * f),
                is_cancelled=self.isCanceled,
                accept_change=self.accept_change,
            )


class SnapshotCompareTask(BackgroundTask):
    """Compare two stored snapshots for a commune; the result is what the PLU dock shows (diff and files)."""

    UNEXPECTED = QT_TRANSLATE_NOOP("VeillePatrimoniale", "Erreur inattendue pendant la comparaison : {e}")

    def __init__(self, register_target, before_id, after_id, insee, out_dir):
        super().__init__(tr("Veille patrimoniale : comparaison d'instantanés de PLU"))
        self.register_target, self.before_id, self.after_id = register_target, before_id, after_id
        self.insee, self.out_dir = insee, out_dir

    def work(self):
        """Read both snapshots, compare, write the report and the changes layer."""
        from ..core.plu.watch import compare_snapshots
        from ..core.reference.data import load_reference
        from ..core.register import open_register

        with open_register(self.register_target) as register:
            diff, files = compare_snapshots(
                register, load_reference(), self.before_id, self.after_id, self.insee, self.out_dir
            )
        return {"diff": diff, "check": None, "files": files}

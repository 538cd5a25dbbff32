"""Locator filter (search bar, bottom left): finds elements, components and ERBM cités by name."""

from qgis.core import QgsCoordinateReferenceSystem, QgsLocatorFilter, QgsLocatorResult

from ..core.i18n import tr
from ..core.reference.data import load_reference
from ..core.reference.gazetteer import get_gazetteer


class ElementLocatorFilter(QgsLocatorFilter):
    #: Id of the «Signaler une alerte» action offered on each element result (right click / Ctrl+Enter menu).
    """Search bar filter (prefix «bm»): elements, components and ERBM cités by name."""

    ACTION_ALERT = 1

    def __init__(self, iface, on_trigger=None, on_alert=None):
        super().__init__()
        self.iface = iface
        self.on_trigger = on_trigger
        self.on_alert = on_alert
        self._last_results = {}

    def clone(self):
        """A copy for one search (QGIS clones filters)."""
        return ElementLocatorFilter(self.iface, self.on_trigger, self.on_alert)

    def name(self):
        """The filter's id."""
        return "veille_patrimoniale_elements"

    def displayName(self):  # noqa: N802
        """The filter's name, translated."""
        return tr("Bassin minier UNESCO – éléments")

    def prefix(self):
        """The search prefix."""
        return "bm"

    def flags(self):
        """The filter is fast (in-memory search)."""
        return QgsLocatorFilter.Flag.FlagFast

    def prepare(self, string, context):
        # build the index in the calling thread before fetchResults runs in a worker thread
        """Load the gazetteer before the search runs."""
        get_gazetteer(load_reference())
        return []

    def fetchResults(self, string, context, feedback):  # noqa: N802
        """Emit the places matching the text."""
        if len(string.strip()) < 2:
            return
        for res in get_gazetteer(load_reference()).search(string, limit=15):
            if feedback.isCanceled():
                return
            communes = ", ".join(c["nom"] for c in res["communes"][:3])
            result = QgsLocatorResult()
            result.filter = self
            result.displayString = f"{res['nom']} ({res['id']})"
            kind = res["objet"] if res["categorie"] in (None, res["objet"]) else f"{res['objet']} – {res['categorie']}"
            result.description = f"{kind} – {communes} – {res['statut']}"
            result.score = float(res["score"])
            result.group = {
                "élément": tr("Éléments du Bien"),
                "composante": tr("Composantes"),
                "cité ERBM": tr("Cités ERBM"),
            }.get(res["objet"], "")
            # userData holds a plain string key: a Python dict in a QVariant crashes the GC in QGIS 3.22
            key = f"{res['objet']}|{res['id']}"
            self._last_results[key] = res
            result.userData = key
            if self.on_alert is not None and res["objet"] == "élément":
                result.actions = [
                    QgsLocatorResult.ResultAction(
                        self.ACTION_ALERT,
                        tr("Signaler une alerte (site en péril)"),
                        ":/images/themes/default/mIconWarning.svg",
                    )
                ]
            self.resultFetched.emit(result)

    def result_data(self, result) -> dict:
        """The search record behind a locator result."""
        return self._last_results.get(result.userData)

    def triggerResultFromAction(self, result, action_id):  # noqa: N802
        """«Signaler une alerte» on a result."""
        res = self.result_data(result)
        if res is not None and action_id == self.ACTION_ALERT and self.on_alert is not None:
            self.on_alert(res)

    def triggerResult(self, result):  # noqa: N802
        """A result was chosen: hand it to the plugin."""
        res = self.result_data(result)
        if res is None:
            return
        from qgis.core import QgsCoordinateTransform, QgsProject, QgsRectangle

        canvas = self.iface.mapCanvas()
        dest = canvas.mapSettings().destinationCrs()
        xmin, ymin, xmax, ymax = res["emprise_l93"]
        rect = QgsRectangle(xmin, ymin, xmax, ymax)
        rect.grow(max(rect.width(), rect.height(), 200) * 0.3)
        l93 = QgsCoordinateReferenceSystem("EPSG:2154")
        if dest != l93:
            rect = QgsCoordinateTransform(l93, dest, QgsProject.instance()).transformBoundingBox(rect)
        canvas.setExtent(rect)
        canvas.refresh()
        if self.on_trigger:
            self.on_trigger(res)

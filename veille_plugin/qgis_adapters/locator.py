"""Locator filter (search bar, bottom left): finds elements, components and ERBM cités by name."""

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsLocatorFilter,
    QgsLocatorResult,
    QgsProject,
    QgsRectangle,
)
from qgis.PyQt.QtCore import pyqtSignal

from ..core.i18n import tr


def gazetteer():
    """The gazetteer of the reference in use, with the MH monuments (built once).

    The filter is registered when QGIS starts: the reference data and the gazetteer's modules (pandas, shapely)
    are imported at the first search, not at the start (issue 29)."""
    from ..core.reference.data import load_reference
    from ..core.reference.gazetteer import get_gazetteer
    from ..core.reference.monuments import monument_reference

    return get_gazetteer(monument_reference(load_reference()))


def alert_hint() -> str:
    """What an element result says about its «Signaler une alerte» action and the shortcut to it."""
    return tr("Ctrl+Entrée ou clic droit : signaler une alerte")


class ElementLocatorFilter(QgsLocatorFilter):
    """Search bar filter (prefix «bm»): elements, components and ERBM cités by name.

    QGIS runs each search on a clone of the filter and triggers the chosen result on the registered filter, so
    nothing found by a search is kept on the instance: a result carries its place's key («kind|id») and the
    place is looked up again in the gazetteer when it is chosen."""

    #: Id of the «Signaler une alerte» action offered on each element result (right click / Ctrl+Enter menu).
    ACTION_ALERT = 1
    #: Id of the «Fiche de suivi» action offered on each element result.
    ACTION_FILE = 2
    #: A place was chosen (its search record): the plugin selects and flashes it.
    place_chosen = pyqtSignal(object)
    #: «Signaler une alerte» was chosen on an element (its search record).
    alert_requested = pyqtSignal(object)
    #: «Fiche de suivi» was chosen on an element (its search record).
    element_file_requested = pyqtSignal(object)

    def __init__(self, iface):
        super().__init__()
        self.iface = iface

    def clone(self):
        """A copy for one search (QGIS clones filters)."""
        return ElementLocatorFilter(self.iface)

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
        gazetteer()
        return []

    def fetchResults(self, string, context, feedback):  # noqa: N802
        """Emit the places matching the text."""
        string = self.without_prefix(string)
        if len(string.strip()) < 2:
            return
        results = gazetteer().search(string, limit=15)
        best_of_group = {}
        for res in results[1:]:  # results come best first: the first of a group holds the group's best score
            best_of_group.setdefault(res["objet"], float(res["score"]))
        for rank, res in enumerate(results):
            if feedback.isCanceled():
                return
            communes = ", ".join(c["nom"] for c in res["communes"][:3])
            result = QgsLocatorResult()
            result.filter = self
            result.displayString = f"{res['nom']} ({res['id']})"
            kind = res["objet"] if res["categorie"] in (None, res["objet"]) else f"{res['objet']} – {res['categorie']}"
            # why it matched and how sure, as in `find`: «sûr : nom : jeanne, arc ; type : cité minière»
            why = f"{res['confiance']} : {' ; '.join(res['raisons'][:3])}"
            result.description = f"{kind} – {communes} – {res['statut']} — {why}"
            result.score = float(res["score"])
            result.group = {
                "élément": tr("Éléments du Bien"),
                "composante": tr("Composantes"),
                "cité ERBM": tr("Cités ERBM"),
                "cité zone tampon": tr("Cités de la zone tampon"),
                "terril zone tampon": tr("Terrils de la zone tampon"),
                "puits": tr("Fosses (puits de mines)"),
            }.get(res["objet"], "")
            if hasattr(result, "groupScore"):
                # QGIS 3.40+ orders the groups by this score, but the results of a group by their name, not their
                # score: the best answer gets a group of its own, first, so that Enter chooses it
                if rank == 0:
                    result.group = tr("Meilleure correspondance")
                    result.groupScore = 1.0 + float(res["score"])
                else:
                    result.groupScore = best_of_group[res["objet"]]
            # userData holds a plain string key: a Python dict in a QVariant crashes the GC in QGIS 3.22
            result.userData = f"{res['objet']}|{res['id']}"
            if res["objet"] == "élément":
                # QGIS 3.22 shows a result's actions only on right click or Ctrl+Entrée: the description says so,
                # before the reasons of the match (the end of a long description is cut off)
                result.description = f"{kind} – {communes} – {res['statut']} — " + alert_hint() + f" — {why}"
                result.actions = [
                    QgsLocatorResult.ResultAction(
                        self.ACTION_ALERT,
                        tr("Signaler une alerte (site en péril)"),
                        ":/images/themes/default/mIconWarning.svg",
                    ),
                    QgsLocatorResult.ResultAction(
                        self.ACTION_FILE,
                        tr("Fiche de suivi de l'élément"),
                        ":/images/themes/default/mActionNewReport.svg",
                    ),
                ]
            self.resultFetched.emit(result)

    def without_prefix(self, string: str) -> str:
        """The text searched, without this filter's prefix: QGIS 3.22 hands «bm cité …» to the filter as typed, and
        «bm» would count as a word of the name (every score lowered, confident answers said «incertain»)."""
        head, _sep, rest = string.strip().partition(" ")
        return rest if head.lower() == self.prefix() else string

    @staticmethod
    def result_data(result):
        """The search record behind a locator result (looked up again: any filter instance can answer)."""
        kind, _sep, ident = str(result.userData or "").partition("|")
        if not ident:
            return None
        return gazetteer().place(kind, ident)

    def triggerResultFromAction(self, result, action_id):  # noqa: N802
        """«Signaler une alerte» or «Fiche de suivi» on a result."""
        res = self.result_data(result)
        if res is not None and action_id == self.ACTION_ALERT:
            self.alert_requested.emit(res)
        elif res is not None and action_id == self.ACTION_FILE:
            self.element_file_requested.emit(res)

    def triggerResult(self, result):  # noqa: N802
        """A result was chosen: zoom to it and tell the plugin."""
        res = self.result_data(result)
        if res is None:
            return
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
        self.place_chosen.emit(res)

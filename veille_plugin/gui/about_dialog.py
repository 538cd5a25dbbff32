"""«À propos» dialog: version, data version, attribution and licence of the embedded data."""

import html

from qgis.PyQt import uic
from qgis.PyQt.QtWidgets import QDialog

from .. import __about__
from ..core.i18n import tr
from ..core.paths import forms_dir

FORM_CLASS, _ = uic.loadUiType(str(forms_dir() / "about_dialog.ui"))


def about_html() -> str:
    """The «À propos» text: version, data set in use, sources and limits."""
    from ..core.reference.data import load_reference

    try:
        info = load_reference().describe_source()
    except Exception as exc:  # shown, not raised: the dialog must open
        info = {
            "version": str(exc),
            "attribution": "",
            "licence": "",
            "chemin": "",
            "date_conversion": "",
            "embarque": False,
        }
    e = html.escape
    return f"""
<h2>{e(__about__.__title__)} <small>v{e(__about__.__version__)}</small></h2>
<p>{e(__about__.__about__)}</p>
<h3>{e(tr("Données de référence"))}</h3>
<p><b>{e(tr("Version"))} :</b> {e(info['version'] or '')}<br/>
<b>{e(tr("Fichier"))} :</b> {e(info['chemin'] or '')} {e(tr("(embarqué)") if info.get('embarque') else '')}<br/>
<b>{e(tr("Converti le"))} :</b> {e(info.get('date_conversion') or '')}</p>
<p><b>{e(tr("Source et attribution"))} :</b> {e(info.get('attribution') or '')}.<br/>
<b>{e(tr("Licence"))} :</b> {e(info.get('licence') or '')}.</p>
<p>{
        e(
            tr(
                "Géométries simplifiées (~10 m) par la publication source : adaptées au repérage, pas à la précision "
                "juridique. Les abords MH sont calculés (500 m autour des éléments protégés) et ne remplacent pas les "
                "périmètres délimités des abords (PDA)."
            )
        )
    }</p>
<p>{e(tr("Aide : chaque panneau a son bouton « ? », qui ouvre sa page d'aide, livrée avec le plugin."))}</p>
"""


class AboutDialog(QDialog):
    """The «À propos» dialog from forms/about_dialog.ui."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.ui = FORM_CLASS()
        self.ui.setupUi(self)
        self.ui.txtAbout.setHtml(about_html())
        self.ui.buttonBox.rejected.connect(self.reject)

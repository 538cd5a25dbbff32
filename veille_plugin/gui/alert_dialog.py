"""Form of an alert (``forms/alert_dialog.ui``): create or edit, attachments, history.

The form only moves values between widgets and a dict; checking, deriving (element names, commune, point)
and storing are done by the core (:mod:`veille_plugin.core.alerts`, the register). A refused value leaves
the form open with the French message naming the field: nothing typed is lost.
"""

import html
import tempfile

from qgis.PyQt.QtCore import QDate, QStringListModel, Qt, QUrl
from qgis.PyQt.QtGui import QDesktopServices
from qgis.PyQt.QtWidgets import QCompleter, QDialog, QDialogButtonBox, QFileDialog, QListWidgetItem

from ..core import unesco_factors
from ..core.alerts import model
from ..core.errors import VeilleError
from ..core.i18n import tr
from ..core.reports.html import french_datetime
from ..core.vocabulary import display
from ..qgis_adapters.user import current_user
from .base_dock import form_class

#: (combo, field, stored values, their family in core/vocabulary.py: each shown in words, the French word stored)
_COMBOS = (
    ("comboSource", "source", model.SOURCES, "alerte_source"),
    ("comboCondition", "etat", model.ETATS, "alerte_etat"),
    ("comboTrend", "tendance", model.TENDANCES, "alerte_tendance"),
    ("comboCategory", "categorie", tuple(model.CATEGORIES), "alerte_categorie"),
    ("comboOwnerType", "proprietaire_type", model.PROPRIETAIRES, "alerte_proprietaire"),
)
_CHECKLISTS = (
    ("listThreats", "menaces"),
    ("listActionsDone", "actions_realisees"),
    ("listActionsPlanned", "actions_prevues"),
)


class AlertDialog(QDialog):
    """``open_register``: callable returning an open register (used as a context manager)."""

    def __init__(self, open_register, parent=None, alert_id=None, initial=None, geometry=None, author=None):
        super().__init__(parent)
        self.ui = form_class("alert_dialog.ui")()
        self.ui.setupUi(self)
        self.open_register = open_register
        self.alert_id = alert_id
        self.geometry = geometry  # shapely, EPSG:2154 (a click), or None
        self.author = author or current_user()
        self.original = {}
        self.pending_files = []
        self.saved_id = None
        self._fill_choices()
        ui = self.ui
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).setText(tr("Enregistrer"))
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("Annuler"))
        ui.buttonBox.accepted.connect(self.accept)
        ui.buttonBox.rejected.connect(self.reject)
        ui.editElements.editingFinished.connect(self._show_element_names)
        ui.lblElementNames.setTextFormat(Qt.TextFormat.RichText)
        self._setup_element_search()
        ui.lblPriorityMeaning.setTextFormat(Qt.TextFormat.RichText)
        ui.comboPriority.currentIndexChanged.connect(self._show_priority_meaning)
        ui.btnAddFile.clicked.connect(self._choose_files)
        ui.btnOpenFile.clicked.connect(self._open_file)
        ui.listFiles.itemDoubleClicked.connect(lambda *_: self._open_file())
        ui.dateObserved.setMaximumDate(QDate.currentDate())
        ui.dateObserved.setDate(QDate.currentDate())
        if alert_id is not None:
            self._load(alert_id)
        else:
            ui.lblHeader.setText(
                tr(
                    "<b>Nouvelle alerte</b> — les champs marqués * sont obligatoires. Choisissez l'élément par son "
                    "nom ; le sens de chaque priorité (A à F) est expliqué sous la liste."
                )
            )
            ui.tabs.setTabEnabled(ui.tabs.indexOf(ui.tabHistory), False)
            self.set_values(initial or {})
        self._show_element_names()
        self._show_priority_meaning()

    def _show_priority_meaning(self, *_):
        """Every priority level with its full meaning, under the list; the chosen one stands out."""
        self.ui.lblPriorityMeaning.setText(priority_levels_html(self.ui.comboPriority.currentData()))

    # ------------------------------------------------------------------ element by name
    def _setup_element_search(self):
        """Completion over the reference elements' names: «Cité des Provinces» → «63V Cité des Provinces (Lens)»."""
        from ..core.alerts.service import element_choices
        from ..core.reference.data import load_reference

        try:
            self.element_choices = element_choices(load_reference())
        except VeilleError as exc:
            self.element_choices = []
            self.ui.lblErrors.setText(str(exc))
        completer = QCompleter(QStringListModel([label for _id, label in self.element_choices], self), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setMaxVisibleItems(12)
        completer.activated.connect(self._on_element_completed)
        self.ui.editElementSearch.setCompleter(completer)
        self.ui.editElementSearch.returnPressed.connect(self._on_element_search_entered)
        self.element_completer = completer

    def _on_element_completed(self, label):
        label = label if isinstance(label, str) else label.data()
        ids = [i for i, lab in self.element_choices if lab == label]
        if ids:
            self.add_element(ids[0])

    def _on_element_search_entered(self):
        """Enter in the search: the one element whose name holds every word typed (accents and case aside)."""
        from ..core.alerts.service import matching_elements

        text = self.ui.editElementSearch.text()
        found = matching_elements(text, self.element_choices)
        if len(found) == 1:
            self.add_element(found[0][0])
        elif found:
            self.ui.lblElementNames.setText(
                html.escape(
                    tr("{n} éléments correspondent à « {t} » : précisez le nom ou choisissez dans la liste.").format(
                        n=len(found), t=text
                    )
                )
            )
        elif text.strip():
            self.ui.lblElementNames.setText(
                html.escape(tr("Aucun élément du Bien ne porte le nom « {t} ».").format(t=text))
            )

    def add_element(self, element_id: str):
        """Add an element (its identifier) to the alert's elements and show its name."""
        ids = model.split_list(self.ui.editElements.text())
        if element_id not in ids:
            ids.append(element_id)
        self.ui.editElements.setText("; ".join(ids))
        self.ui.editElementSearch.clear()
        self._show_element_names()

    # ------------------------------------------------------------------ widgets ↔ values
    def _fill_choices(self):
        ui = self.ui
        for name, _field, values, family in _COMBOS:
            combo = getattr(ui, name)
            combo.addItem(tr("— non renseigné —"), None)
            for v in values:
                combo.addItem(display(v, family), v)
        ui.comboPriority.addItem(tr("— non renseignée —"), None)
        for letter, meaning in model.PRIORITES.items():
            ui.comboPriority.addItem(f"{letter} — {tr(model.PRIORITES_COURTES[letter])}", letter)
            ui.comboPriority.setItemData(ui.comboPriority.count() - 1, tr(meaning), Qt.ItemDataRole.ToolTipRole)
        for i, (_cat, meaning) in enumerate(model.CATEGORIES.items()):
            ui.comboCategory.setItemData(i + 1, tr(meaning), Qt.ItemDataRole.ToolTipRole)
        for s in model.STATUTS:
            ui.comboStatus.addItem(display(s, "alerte_statut"), s)
        for code in unesco_factors.choices():
            self._check_item(ui.listThreats, unesco_factors.label(code), code)
        for a in model.ACTIONS:
            self._check_item(ui.listActionsDone, display(a, "alerte_action"), a)
            self._check_item(ui.listActionsPlanned, display(a, "alerte_action"), a)

    @staticmethod
    def _check_item(widget, text, data):
        item = QListWidgetItem(text, widget)
        item.setData(Qt.ItemDataRole.UserRole, data)
        item.setToolTip(text)  # the three lists are narrow: the full label on hover
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Unchecked)

    def set_values(self, values: dict):
        """Fill the form with an alert's values."""
        ui = self.ui
        elements = values.get("elements")
        ui.editElements.setText("; ".join(elements) if isinstance(elements, (list, tuple)) else (elements or ""))
        ui.editTitle.setText(values.get("titre") or "")
        ui.editDescription.setPlainText(values.get("description") or "")
        if values.get("date_constat"):
            ui.dateObserved.setDate(QDate.fromString(str(values["date_constat"])[:10], "yyyy-MM-dd"))
        for name, field, *_rest in _COMBOS + (("comboPriority", "priorite"), ("comboStatus", "statut")):
            combo = getattr(ui, name)
            combo.setCurrentIndex(max(0, combo.findData(values.get(field))))
        ui.editOwner.setText(values.get("proprietaire_nom") or "")
        for name, field in _CHECKLISTS:
            chosen = set(model.split_list(values.get(field)))
            widget = getattr(ui, name)
            for i in range(widget.count()):
                item = widget.item(i)
                item.setCheckState(
                    Qt.CheckState.Checked if item.data(Qt.ItemDataRole.UserRole) in chosen else Qt.CheckState.Unchecked
                )
        ui.editPartners.setText(values.get("partenaires") or "")
        ui.editReason.setPlainText(values.get("motif_cloture") or "")
        ui.editCase.setText(values.get("dossier_veille") or "")

    def values(self) -> dict:
        """What the form holds, as the core expects it (texts, lists, codes)."""
        ui = self.ui
        out = {
            "elements": model.split_list(ui.editElements.text()),
            "titre": ui.editTitle.text(),
            "description": ui.editDescription.toPlainText(),
            "date_constat": ui.dateObserved.date().toString("yyyy-MM-dd"),
            "priorite": ui.comboPriority.currentData(),
            "statut": ui.comboStatus.currentData(),
            "proprietaire_nom": ui.editOwner.text(),
            "partenaires": ui.editPartners.text(),
            "motif_cloture": ui.editReason.toPlainText(),
            "dossier_veille": ui.editCase.text(),
        }
        for name, field, *_rest in _COMBOS:
            out[field] = getattr(ui, name).currentData()
        for name, field in _CHECKLISTS:
            widget = getattr(ui, name)
            out[field] = [
                widget.item(i).data(Qt.ItemDataRole.UserRole)
                for i in range(widget.count())
                if widget.item(i).checkState() == Qt.CheckState.Checked
            ]
        return out

    # ------------------------------------------------------------------ loading
    def _load(self, alert_id):
        with self.open_register() as reg:
            alert = reg.get_alert(alert_id)
            history = reg.alert_history(alert_id)
            files = reg.attachments(alert_id)
        self.original = alert
        self.set_values(alert)
        self.ui.lblHeader.setText(
            tr("<b>Alerte n° {id}</b> — {s} ; créée le {c} par {a}, modifiée le {m} par {b}.").format(
                id=alert_id,
                s=html.escape(alert["statut"]),
                c=local_datetime(alert["created_at"])[:10],
                a=html.escape(alert["auteur"]),
                m=local_datetime(alert["updated_at"])[:10],
                b=html.escape(alert["updated_by"] or ""),
            )
        )
        self.setWindowTitle(tr("Alerte n° {id} – {t}").format(id=alert_id, t=alert["titre"]))
        self._show_files(files)
        self.ui.txtHistory.setHtml(history_html(history))

    def _show_files(self, files):
        self.ui.listFiles.clear()
        for f in files:
            item = QListWidgetItem(
                tr("{name} ({size}, {at} par {who})").format(
                    name=f["filename"], size=file_size(f["size"]), at=local_datetime(f["at"])[:10], who=f["author"]
                ),
                self.ui.listFiles,
            )
            item.setData(Qt.ItemDataRole.UserRole, f["id"])
            item.setToolTip(f.get("description") or f["filename"])
        for path in self.pending_files:
            item = QListWidgetItem(tr("{name} (joint à l'enregistrement)").format(name=path), self.ui.listFiles)
            item.setData(Qt.ItemDataRole.UserRole, None)

    def _show_element_names(self):
        from ..core.alerts.service import element_label, resolve_elements
        from ..core.reference.data import load_reference

        ids = model.split_list(self.ui.editElements.text())
        if not ids:
            self.ui.lblElementNames.setText(
                tr("Aucun élément : l'alerte sera placée à l'endroit cliqué.")
                if self.geometry is not None
                else tr(
                    "Aucun élément choisi : tapez son nom ci-dessus, ou fermez et utilisez l'outil « Signaler une "
                    "alerte sur la carte »."
                )
            )
            return
        try:
            ref = load_reference()
            rows = resolve_elements(ids, ref)
            self.ui.lblElementNames.setText("<br/>".join(html.escape(element_label(ref, r), quote=False) for r in rows))
            self.ui.lblElementNames.setStyleSheet("")
        except VeilleError as exc:
            self.ui.lblElementNames.setText(html.escape(str(exc)))
            self.ui.lblElementNames.setStyleSheet("color: #b00020;")

    def _choose_files(self):
        paths, _ = QFileDialog.getOpenFileNames(
            self,
            tr("Joindre des fichiers"),
            "",
            tr(
                "Photos et documents (*.jpg *.jpeg *.png *.tif *.tiff *.pdf *.odt *.docx *.txt *.eml *.msg);;Tous les "
                "fichiers (*)"
            ),
        )
        if not paths:
            return
        if self.alert_id is None:
            self.pending_files.extend(paths)
            self._show_files([])
            return
        self._attach(self.alert_id, paths)

    def _attach(self, alert_id, paths) -> list:
        problems = []
        with self.open_register() as reg:
            for p in paths:
                try:
                    reg.add_attachment(alert_id, p, self.author)
                except VeilleError as exc:
                    problems.append(str(exc))
            files = reg.attachments(alert_id)
            history = reg.alert_history(alert_id)
        self.pending_files = []
        self._show_files(files)
        self.ui.txtHistory.setHtml(history_html(history))
        self.ui.lblErrors.setText(" ".join(problems))
        return problems

    def _open_file(self):
        item = self.ui.listFiles.currentItem()
        att = item.data(Qt.ItemDataRole.UserRole) if item else None
        if att is None:
            return
        try:
            with self.open_register() as reg:
                path = reg.save_attachment(att, tempfile.mkdtemp(prefix="veille_pj_"))
        except VeilleError as exc:
            self.ui.lblErrors.setText(str(exc))
            return
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    # ------------------------------------------------------------------ saving
    def save(self) -> bool:
        """Store the form; True when stored. A refused value keeps the form open with the message."""
        from ..core.alerts.service import prepare
        from ..core.reference.data import load_reference

        values = self.values()
        self.ui.lblErrors.clear()
        try:
            if self.alert_id is None:
                derived, geometry = prepare(values, load_reference(), self.geometry)
                with self.open_register() as reg:
                    self.saved_id = reg.add_alert(derived, self.author, geometry=geometry)
                if self.pending_files:
                    problems = self._attach(self.saved_id, list(self.pending_files))
                    if problems:  # the alert is stored; say which files were not
                        self.alert_id = self.saved_id
                        return False
                return True
            changed = self._changed(values)
            if not changed:
                self.saved_id = self.alert_id
                return True
            geometry = None
            if "elements" in changed:
                derived, geometry = prepare(changed, load_reference(), None, partial=True)
                if not model.split_list(derived.get("elements")):
                    geometry = None  # keep the alert where it is when its elements are removed
                changed = derived
            expected = {k: self.original.get(k) for k in changed}
            with self.open_register() as reg:
                reg.update_alert(self.alert_id, changed, self.author, expected=expected, geometry=geometry)
            self.saved_id = self.alert_id
            return True
        except VeilleError as exc:
            self.ui.lblErrors.setText(str(exc))
            return False

    def _changed(self, values: dict) -> dict:
        out = {}
        for k, v in values.items():
            try:
                new = model.validate_alert({k: v}, partial=True).get(k)
            except VeilleError:
                out[k] = v  # let the register name the refused field
                continue
            if new != self.original.get(k):
                out[k] = v
        return out

    def accept(self):
        """Close the dialog only when the alert was saved."""
        if self.save():
            super().accept()


def priority_levels_html(chosen=None) -> str:
    """The priority levels A–F, each with its full meaning, as HTML lines; the ``chosen`` letter in bold."""
    lines = []
    for letter, meaning in model.PRIORITES.items():
        text = f"<b>{letter}</b> — {html.escape(tr(meaning), quote=False)}"
        lines.append(
            f"<span style='color:#000000; font-weight:600'>▶ {text}</span>"
            if letter == chosen
            else f"<span style='color:#555555'>{text}</span>"
        )
    return "<br/>".join(lines)


def local_datetime(value) -> str:
    """A stored date for the interface: «22/11/2026 03:26» (local time), «22/11/2026»; "" when empty."""
    shown = french_datetime(value)
    if shown is None or shown == "" or isinstance(shown, float):  # empty, or NaN
        return ""
    return str(shown)[:16].replace("T", " ") if shown == value else shown


def file_size(size) -> str:
    """«13 octets», «4 ko», «2,5 Mo»: a small file is not shown as «0 ko»."""
    size = int(size or 0)
    if size < 1024:
        return tr("{n} octets").format(n=size)
    if size < 1024 * 1024:
        return tr("{n:.0f} ko").format(n=size / 1024)
    return tr("{n} Mo").format(n=f"{size / 1024 / 1024:.1f}".replace(".", ","))


def _field_name(field) -> str:
    if field == "geom":
        return tr("Emplacement")
    if field == "closed_at":
        return tr("Close le")
    return model.field_label(field) if field in model.FIELD_KINDS else str(field or "")


def history_html(history) -> str:
    """A history as HTML (who, when, old → new value)."""
    e = html.escape

    def text(h, key):
        if h.get("field") == "date_constat":
            return e(local_datetime(h[key]))
        if h.get("field") == "menaces":  # codes «7; 13» → «7 Conditions locales…; 13 Facteurs…»
            return e("; ".join(unesco_factors.label(c) for c in model.split_list(h[key])))
        return e(str(h[key]))

    def change(h):
        new = text(h, "new") if h.get("new") is not None else "∅"
        return new if h.get("old") is None else f"{text(h, 'old')} → {new}"

    head = "".join(f"<th align='left'>{e(tr(t))}</th>" for t in ("Date", "Auteur", "Action", "Champ", "Valeur"))
    rows = "".join(
        f"<tr><td>{e(local_datetime(h['at']))}</td><td>{e(str(h['author']))}</td><td>{e(str(h['action']))}</td>"
        f"<td>{e(_field_name(h.get('field')))}</td>"
        f"<td>{change(h)}</td></tr>"
        for h in history
    )
    return f"<table cellspacing='0' cellpadding='2'><tr>{head}</tr>{rows}</table>" if rows else tr("Aucun historique.")

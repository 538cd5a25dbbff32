"""`make bench`: the «Veille» dock on a register of years of sweeps (issue 15, point 9).

A GeoPackage register of ``--dossiers`` FICTITIOUS cases (default 100,000, about five years of weekly sweeps) is
written in ``--balayages`` sweeps through the register's public API (not timed). Then the real dock is built in an
offscreen QGIS (the plugin's own ``VeilleDock``, its model, its ``forms/veille_dock.ui``), shown, and each user
action is timed as the user would do it, Qt events included (``processEvents`` after each action, so the table's
layout and painting count):

* loading the register (the «Actualiser» button): the click, which starts a background task, the reading in that
  task until the list is shown (the interface stays usable meanwhile: reported, not an action), and the showing of
  the list read, in the main thread;
* each keystroke of «Liévin» typed in the commune filter;
* choosing a zone, then a severity, in the filters;
* sorting by the commune, the severity and the filing date (a click on a column header);
* choosing a case (its detail, history, geometry and map extent);
* choosing an older sweep in the sweep chooser (its nouveau/modifié/disparu flags).

Each action is repeated ``--repeat`` times (default 3) and the median is kept. The target is 100 ms per action.
The same filter and sort are also timed through Qt's usual ``QSortFilterProxyModel`` (a Python
``filterAcceptsRow`` and ``lessThan`` per row, what the dock used before) on the same data, in the same run, and
reported as a ratio. Figures: `out/bench/bench_veille_dock.json`.
"""

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import pandas as pd
import shapely

from bench_common import ROOT, TYPES, WORKS, fr_int, fr_num

TARGET_MS = 100.0
SEVERITIES = np.array(["aucune", "aucune", "aucune", "à vérifier", "mineur", "majeur", "bloquant"], dtype=object)
ZONES = np.array(["hors", "hors", "hors", "zone_tampon", "zone_tampon", "bien", "commune"], dtype=object)


def fictitious_rows(ref, n: int, offset: int, rng: np.random.Generator) -> pd.DataFrame:
    """``n`` FICTITIOUS cases numbered from ``offset``, located at random points of real basin communes."""
    communes = ref.communes
    names = np.asarray(communes.attributes["nom"], dtype=object)
    insee = np.asarray(communes.attributes["insee"], dtype=object)
    pick = rng.integers(0, len(names), n)
    centres = shapely.point_on_surface(np.asarray(communes.geometries, dtype=object)[pick])
    xy = shapely.get_coordinates(centres) + rng.normal(0, 300, (n, 2))
    numbers = np.arange(offset, offset + n)
    kinds = TYPES[rng.integers(0, len(TYPES), n)]
    days = pd.to_datetime("2021-01-04") + pd.to_timedelta(rng.integers(0, 5 * 365, n), unit="D")
    return pd.DataFrame(
        {
            "numero": [f"FICTIF-{k}-{i:07d}" for k, i in zip(kinds, numbers)],
            "source": "banc_fictif",
            "type": kinds,
            "commune_insee": insee[pick],
            "commune_nom": names[pick],
            "epci": "EPCI fictif",
            "parcelles": [f"AB {i % 900 + 1}" for i in numbers],
            "adresse": [f"{i % 120 + 1} rue fictive" for i in numbers],
            "travaux": WORKS[rng.integers(0, len(WORKS), n)],
            "date_depot": days.strftime("%Y-%m-%d"),
            "zone": ZONES[rng.integers(0, len(ZONES), n)],
            "severite": SEVERITIES[rng.integers(0, len(SEVERITIES), n)],
            "regles": np.where(rng.random(n) < 0.3, "R01;R05", ""),
            "elements": np.where(rng.random(n) < 0.2, "63AO", ""),
            "geom_wkb": shapely.to_wkb(shapely.points(xy)),
        }
    )


def build_register(path: Path, ref, n: int, sweeps: int, seed: int) -> dict:
    """The register: ``sweeps`` sweeps, each adding its share of new cases and re-reading the earlier ones with a few
    changed works (so every sweep has nouveau and modifié cases). Returns what was written."""
    from veille_plugin.core.register import open_register

    rng = np.random.default_rng(seed)
    per = -(-n // sweeps)
    frames = []
    t = time.perf_counter()
    with open_register(str(path)) as reg:
        for k in range(sweeps):
            frames.append(fictitious_rows(ref, min(per, n - k * per), k * per, rng))
            rows = pd.concat(frames, ignore_index=True)
            changed = rng.random(len(rows)) < 0.01
            rows.loc[changed, "travaux"] = rows.loc[changed, "travaux"] + " (modifié)"
            rec = reg.record_sweep(rows, ["banc_fictif.csv"], ["banc_fictif"], "banc", "banc", "banc")
            reg.finish_sweep(rec.sweep_id, {"dossiers": len(rows)})
    return {"dossiers": n, "balayages": sweeps, "secondes": time.perf_counter() - t}


def timed(app, action, repeat: int) -> float:
    """Median milliseconds of ``action()`` followed by the Qt events it causes."""
    values = []
    for _ in range(repeat):
        app.processEvents()
        t = time.perf_counter()
        action()
        app.processEvents()
        values.append((time.perf_counter() - t) * 1000)
    return statistics.median(values)


def wait_for_list(app, dock, timeout: float = 120.0) -> None:
    """Let the dock's background reading finish (events processed meanwhile, as in QGIS)."""
    deadline = time.perf_counter() + timeout
    while dock.load_task is not None and time.perf_counter() < deadline:
        app.processEvents()
        time.sleep(0.002)


def usual_qt_proxy(model, mask, column: int, app, repeat: int) -> dict:
    """The same filter and sort through Qt's usual QSortFilterProxyModel (Python callbacks per row)."""
    from qgis.PyQt.QtCore import QSortFilterProxyModel, Qt
    from qgis.PyQt.QtWidgets import QTableView

    class UsualProxy(QSortFilterProxyModel):
        """Filter by a mask, row by row; sort by the display text, pair by pair."""

        keep = None

        def filterAcceptsRow(self, row, _parent):  # noqa: N802
            return self.keep is None or bool(self.keep[row])

    proxy = UsualProxy()
    proxy.setSourceModel(model)
    view = QTableView()
    view.setModel(proxy)
    view.resize(500, 400)
    view.show()

    def filt():
        proxy.keep = mask if proxy.keep is None else None
        proxy.invalidateFilter()

    out = {"filtre_ms": timed(app, filt, repeat)}
    proxy.keep = None
    proxy.invalidateFilter()
    order = [Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder]
    out["tri_ms"] = timed(app, lambda: proxy.sort(column, order.reverse() or order[0]), repeat)
    view.close()
    return out


def run(args) -> dict:
    """Build the register, then time the dock's actions."""
    sys.path.insert(0, str(ROOT))
    from pytest_qgis.mock_qgis_classes import MockMessageBar
    from pytest_qgis.qgis_interface import QgisInterface
    from qgis.core import QgsApplication
    from qgis.gui import QgsMapCanvas
    from qgis.PyQt.QtCore import Qt
    from qgis.PyQt.QtWidgets import QMainWindow

    from veille_plugin.core.reference.data import load_reference

    work = Path(tempfile.mkdtemp(prefix="banc_veille_"))
    os.environ["VEILLE_CONFIG_DIR"] = str(work / "configuration")  # never the user's own settings
    app = QgsApplication([], True)
    app.initQgis()
    ref = load_reference()
    built = build_register(work / "registre_banc.gpkg", ref, args.dossiers, args.balayages, args.graine)

    from veille_plugin.core import config

    config.update_settings(register=str(work / "registre_banc.gpkg"))
    from veille_plugin.gui.veille_dock import VeilleDock

    main = QMainWindow()
    canvas = QgsMapCanvas(main)
    iface = QgisInterface(canvas, MockMessageBar(), main)
    t = time.perf_counter()
    dock = VeilleDock(iface)
    dock.resize(520, 900)
    dock.show()
    app.processEvents()
    first = (time.perf_counter() - t) * 1000
    ui = dock.ui
    wait_for_list(app, dock)
    figures = {"ouverture_du_dock_ms": first}

    def load():
        """«Actualiser»: the click returns at once; the list is read by a task, then shown."""
        t = time.perf_counter()
        dock.reload()
        figures.setdefault("clic_actualiser_ms", []).append((time.perf_counter() - t) * 1000)
        wait_for_list(app, dock)

    figures["lecture_en_tache_ms"] = timed(app, load, args.repeat)
    figures["clic_actualiser_ms"] = statistics.median(figures["clic_actualiser_ms"])
    from veille_plugin.core.register import open_register
    from veille_plugin.core.register.case_view import load_case_list

    with open_register(str(work / "registre_banc.gpkg")) as reg:
        listing = load_case_list(reg)
    figures["affichage_de_la_liste_ms"] = timed(app, lambda: dock.show_list(listing), args.repeat)
    keystrokes = {}
    for k in range(1, len("Liévin") + 1):
        text = "Liévin"[:k]
        keystrokes[text] = timed(app, lambda text=text: ui.editCommune.setText(text), 1)
    figures["frappe_commune_ms"] = keystrokes
    ui.editCommune.clear()
    figures["filtre_zone_ms"] = timed(
        app, lambda: ui.comboZone.setCurrentIndex(1 if ui.comboZone.currentIndex() != 1 else 0), args.repeat
    )
    ui.comboZone.setCurrentIndex(0)
    figures["filtre_severite_ms"] = timed(
        app, lambda: ui.comboSeverity.setCurrentIndex(5 if ui.comboSeverity.currentIndex() != 5 else 0), args.repeat
    )
    ui.comboSeverity.setCurrentIndex(0)
    columns = [dock.model.COLUMNS[i][0] for i in range(len(dock.model.COLUMNS))]
    orders = [Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder]
    sorts = {}
    for name in ("commune_nom", "severite", "date_depot"):
        col = columns.index(name)
        sorts[name] = timed(app, lambda col=col: ui.tableCases.sortByColumn(col, orders.reverse() or orders[0]), 4)
    figures["tri_ms"] = sorts
    rows = dock.proxy.rowCount()
    pick = iter(np.random.default_rng(args.graine).integers(0, rows, 50).tolist())
    figures["choix_dossier_ms"] = timed(
        app, lambda: ui.tableCases.setCurrentIndex(dock.proxy.index(next(pick), 0)), args.repeat
    )
    chooser = getattr(ui, "comboSweep", None)
    if chooser is not None and chooser.count() > 1:
        figures["choix_balayage_ms"] = timed(
            app, lambda: chooser.setCurrentIndex((chooser.currentIndex() + 1) % chooser.count()), args.repeat
        )
    mask = dock.model.df["zone"].to_numpy() == "bien"
    usual = usual_qt_proxy(dock.model, mask, columns.index("commune_nom"), app, args.repeat)
    ours = {
        "filtre_ms": figures["filtre_zone_ms"],
        "tri_ms": sorts["commune_nom"],
    }
    dock.cleanup()
    dock.close()
    app.processEvents()
    actions = [figures["clic_actualiser_ms"], figures["affichage_de_la_liste_ms"], *keystrokes.values()]
    actions += [figures["filtre_zone_ms"]]
    actions += [figures["filtre_severite_ms"], *sorts.values(), figures["choix_dossier_ms"]]
    actions += [figures.get("choix_balayage_ms", 0.0)]
    return {
        "registre": built,
        "dock": figures,
        "qt_usuel": usual,
        "ratios_qt_usuel_sur_dock": {k: usual[k] / max(ours[k], 1e-3) for k in ours},
        "pire_action_ms": max(actions),
        "objectif_ms": TARGET_MS,
        "objectif_tenu": max(actions) <= TARGET_MS,
    }


def print_report(fig: dict) -> None:
    """The figures, in French."""
    d = fig["dock"]
    reg = fig["registre"]
    print(
        f"\nDock « Veille » sur un registre de {fr_int(reg['dossiers'])} dossiers FICTIFS "
        f"({reg['balayages']} balayages, écrits en {fr_num(reg['secondes'], 1)} s) — objectif : "
        f"{fr_int(int(TARGET_MS))} ms par action"
    )
    print(f"  ouverture du dock (lecture lancée en tâche) : {fr_num(d['ouverture_du_dock_ms'], 0)} ms")
    print(f"  clic « Actualiser » (lecture lancée en tâche) : {fr_num(d['clic_actualiser_ms'], 0)} ms")
    print(
        f"  lecture du registre en tâche de fond, jusqu'à la liste affichée : {fr_num(d['lecture_en_tache_ms'], 0)} ms"
        " (l'interface reste utilisable)"
    )
    print(f"  affichage de la liste lue (fil principal) : {fr_num(d['affichage_de_la_liste_ms'], 0)} ms")
    for text, ms in d["frappe_commune_ms"].items():
        print(f"  frappe « {text} » dans le filtre commune : {fr_num(ms, 0)} ms")
    print(f"  filtre zone                            : {fr_num(d['filtre_zone_ms'], 0)} ms")
    print(f"  filtre sévérité                        : {fr_num(d['filtre_severite_ms'], 0)} ms")
    for name, ms in d["tri_ms"].items():
        print(f"  tri par {name:<31}: {fr_num(ms, 0)} ms")
    print(f"  choix d'un dossier (fiche, historique, carte) : {fr_num(d['choix_dossier_ms'], 0)} ms")
    if "choix_balayage_ms" in d:
        print(f"  choix d'un autre balayage              : {fr_num(d['choix_balayage_ms'], 0)} ms")
    u, r = fig["qt_usuel"], fig["ratios_qt_usuel_sur_dock"]
    print(
        f"  QSortFilterProxyModel usuel, mêmes données : filtre {fr_num(u['filtre_ms'], 0)} ms "
        f"(× {fr_num(r['filtre_ms'], 1)}), tri {fr_num(u['tri_ms'], 0)} ms (× {fr_num(r['tri_ms'], 1)})"
    )
    verdict = "tenu" if fig["objectif_tenu"] else "NON TENU"
    print(f"  pire action : {fr_num(fig['pire_action_ms'], 0)} ms — objectif {verdict}")


def main(argv=None) -> int:
    """Command line of the bench."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dossiers", type=int, default=100_000)
    parser.add_argument("--balayages", type=int, default=5)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--graine", type=int, default=20261202)
    parser.add_argument("--out", default=str(ROOT / "out" / "bench" / "bench_veille_dock.json"))
    args = parser.parse_args(argv)
    fig = run(args)
    print_report(fig)
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(fig, ensure_ascii=False, indent=2), encoding="utf-8")
    print(f"  chiffres : {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

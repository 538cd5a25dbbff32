"""The history of each plan kept in the register: every PLU snapshot measured against the previous snapshot of the
same document (the usual PLU comparison), and the changes found near given places.

Used by the committee reports (what changed in the period) and by the follow-up file of each element (the PLU
changes measured near it). Each pair of snapshots is compared once per run, whoever asks first.
"""

from dataclasses import dataclass
from typing import Dict, Iterable, List, Optional

import numpy as np
import pandas as pd
import shapely

from ..errors import InputError
from .diff import PluDiff, diff_versions
from .watch import snapshot_version

#: Distance (m) within which a PLU change is said to be near an element: the PLU comparison's proximity distance.
NEAR_M = 500.0


@dataclass
class SnapshotChange:
    """A snapshot measured against the previous snapshot of the same document (``diff`` is None on error)."""

    before: dict
    after: dict
    diff: Optional[PluDiff] = None
    error: str = ""


def consecutive_pairs(snapshots: Iterable[dict], wanted_ids: Optional[Iterable[int]] = None) -> List[tuple]:
    """(previous snapshot, snapshot) of the same document, oldest first; only for the ``wanted_ids`` snapshots when
    given. A document's first snapshot has no pair."""
    ordered = sorted(snapshots, key=lambda s: s["id"])
    wanted = None if wanted_ids is None else {int(i) for i in wanted_ids}
    last: Dict[str, dict] = {}
    pairs = []
    for s in ordered:
        previous = last.get(s["partition"])
        last[s["partition"]] = s
        if previous is not None and (wanted is None or s["id"] in wanted):
            pairs.append((previous, s))
    return pairs


class SnapshotHistory:
    """Snapshot pairs of one register, each compared at most once (a run's cache)."""

    def __init__(self, register, ref, distance: float = NEAR_M):
        self.register = register
        self.ref = ref
        self.distance = float(distance)
        self._done: Dict[int, SnapshotChange] = {}
        self._versions: dict = {}  # snapshot id -> version read (a middle snapshot serves two pairs)

    def version(self, snapshot_id: int):
        """A stored snapshot as a PLU version, read once per run."""
        key = int(snapshot_id)
        if key not in self._versions:
            self._versions[key] = snapshot_version(self.register, key)
        return self._versions[key]

    def change(self, before: dict, after: dict) -> SnapshotChange:
        """``after`` measured against ``before`` (an unreadable snapshot gives the reason instead of a diff)."""
        key = int(after["id"])
        if key not in self._done:
            try:
                diff = diff_versions(
                    self.version(before["id"]), self.version(after["id"]), self.ref, distance=self.distance
                )
                self._done[key] = SnapshotChange(before, after, diff)
            except InputError as exc:
                self._done[key] = SnapshotChange(before, after, None, str(exc))
        return self._done[key]

    def changes(self, pairs: Iterable[tuple]) -> List[SnapshotChange]:
        """Every pair measured, in the order given."""
        return [self.change(before, after) for before, after in pairs]


def changes_near(changes: List[SnapshotChange], geometries: np.ndarray, distance: float = NEAR_M) -> Dict[int, list]:
    """{index in ``geometries``: [change piece as plain data, nearest first]} for the changed pieces within
    ``distance`` metres (EPSG:2154) of each geometry: one spatial-index query for all pieces of all changes."""
    parts, rows = [], []
    for ch in changes:
        if ch.diff is None or not len(ch.diff.pieces):
            continue
        parts.append(np.asarray(ch.diff.geometries, dtype=object))
        p = ch.diff.pieces
        rows.append(
            pd.DataFrame(
                {
                    "instantane_avant": int(ch.before["id"]),
                    "instantane_apres": int(ch.after["id"]),
                    "document": ch.after.get("idurba") or ch.after["partition"],
                    "releve": ch.after.get("fetched_at"),
                    "approbation": ch.after.get("date_approbation") or "",
                    "categorie": p["categorie"].to_numpy(),
                    "changement": p["categorie_libelle"].to_numpy(),
                    "avant": _zone_words(p, "avant"),
                    "apres": _zone_words(p, "apres"),
                    "objet": p["code_libelle"].fillna("").astype(str).to_numpy(),
                    "protection": p["protection"].fillna("").astype(str).to_numpy(),
                    "ouverture_urbanisation": p["ouverture_urbanisation"].astype(bool).to_numpy(),
                    "surface_ha": p["surface_ha"].astype(float).round(2).to_numpy(),
                }
            )
        )
    if not parts:
        return {}
    pieces = np.concatenate(parts)
    table = pd.concat(rows, ignore_index=True)
    geoms = np.asarray(geometries, dtype=object)
    valid = ~(shapely.is_missing(geoms) | shapely.is_empty(geoms))
    tree = shapely.STRtree(pieces)
    idx = np.flatnonzero(valid)
    if not len(idx):
        return {}
    g, k = tree.query(geoms[idx], predicate="dwithin", distance=distance)
    if not len(g):
        return {}
    found = table.iloc[k].copy()
    found["distance_m"] = np.round(shapely.distance(geoms[idx][g], pieces[k]), 0)
    found["_element"] = idx[g]
    out: Dict[int, list] = {}
    for element, group in found.sort_values(["distance_m", "instantane_apres"]).groupby("_element", sort=False):
        out[int(element)] = group.drop(columns="_element").to_dict("records")
    return out


def _zone_words(pieces: pd.DataFrame, side: str) -> np.ndarray:
    """«LIBELLE (TYPEZONE)» of one side of the change pieces (empty for prescriptions and informations)."""
    lib = pieces[f"{side}_libelle"].fillna("").astype(str)
    typ = pieces[f"{side}_typezone"].fillna("").astype(str)
    return np.where(typ != "", lib + " (" + typ + ")", lib).astype(object)

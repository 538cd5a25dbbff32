"""The sweep's list of sources, remembered between sessions with the date each file was last read.

The Monday routine: this week's file replaces last week's (a new delivery of the same feed), unless the user keeps
both («ajouter aux sources précédentes»). The list and the dates are kept in a small JSON file beside the
configuration (``sources_balayage.json``), shared by the «Veille» dock and the command line; the register's sweeps
also name the files they read (:func:`read_dates_from_sweeps`), so a list can be dated from an older register.
"""

import datetime as _dt
import json
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Iterable, List, Optional

from .. import config

SOURCES_FILE = "sources_balayage.json"


@dataclass(frozen=True)
class SourceEntry:
    """One permit list of the sweep: its path and when a sweep last read it (ISO date-time, None: never read)."""

    path: str
    read_at: Optional[str] = None


def sources_path() -> Path:
    """The JSON file of the remembered sources (in the configuration folder)."""
    return config.config_dir() / SOURCES_FILE


def load_sources(path: Optional[Path] = None) -> List[SourceEntry]:
    """The remembered sources, in their order; an unreadable or missing file reads as an empty list."""
    path = path or sources_path()
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return []
    out = []
    for item in data.get("sources", []) if isinstance(data, dict) else []:
        if isinstance(item, dict) and isinstance(item.get("path"), str) and item["path"].strip():
            read_at = item.get("read_at")
            out.append(SourceEntry(item["path"], read_at if isinstance(read_at, str) else None))
    return out


def save_sources(entries: Iterable[SourceEntry], path: Optional[Path] = None) -> None:
    """Remember the sources (written atomically)."""
    path = Path(path or sources_path())
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    tmp.write_text(
        json.dumps({"sources": [asdict(e) for e in entries]}, ensure_ascii=False, indent=2), encoding="utf-8"
    )
    tmp.replace(path)


def add_sources(entries: List[SourceEntry], paths: Iterable[str], keep_previous: bool = False) -> List[SourceEntry]:
    """The list once ``paths`` are added: they replace the previous sources (this week's delivery replaces last
    week's), or join them when ``keep_previous``; a path already listed keeps its date and is not doubled."""
    paths = [str(p) for p in paths if str(p).strip()]
    if not paths:
        return list(entries)
    known = {e.path: e for e in entries}
    added = []
    for p in paths:
        if p not in [a.path for a in added]:
            added.append(known.get(p, SourceEntry(p)))
    if not keep_previous:
        return added
    return [e for e in entries if e.path not in paths] + added


def remove_sources(entries: List[SourceEntry], paths: Iterable[str]) -> List[SourceEntry]:
    """The list without ``paths``."""
    gone = {str(p) for p in paths}
    return [e for e in entries if e.path not in gone]


def mark_read(entries: List[SourceEntry], paths: Iterable[str], when: Optional[str] = None) -> List[SourceEntry]:
    """The list with ``paths`` dated as read ``when`` (ISO, UTC as the register writes it; default: now)."""
    when = when or _dt.datetime.now(_dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    read = {str(p) for p in paths}
    return [SourceEntry(e.path, when) if e.path in read else e for e in entries]


def read_dates_from_sweeps(sweeps: list) -> dict:
    """{path: ISO date-time of the latest sweep that read it} from the register's sweeps (:meth:`Register.sweeps`)."""
    out = {}
    for sw in sweeps:
        for p in sw.get("sources") or []:
            when = sw.get("started_at")
            if when and (p not in out or str(when) > str(out[p])):
                out[p] = str(when)
    return out


def with_register_dates(entries: List[SourceEntry], sweeps: list) -> List[SourceEntry]:
    """The list with the dates the register knows where they are more recent than the remembered ones."""
    dates = read_dates_from_sweeps(sweeps)
    return [
        SourceEntry(e.path, dates[e.path]) if e.path in dates and str(dates[e.path]) > str(e.read_at or "") else e
        for e in entries
    ]

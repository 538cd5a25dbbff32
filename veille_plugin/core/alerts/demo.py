"""Demonstration alerts (FICTITIOUS, labelled «[FICTIF]»): ``resources/demo/alertes_fictives.json``, for
``make demo`` and the desktop trial. Real elements, invented findings."""

import json

from ..paths import resources_dir
from .service import prepare

DEMO_FILE = "alertes_fictives.json"


def load_demo_alerts(register, ref, author: str = "démonstration") -> list:
    """Write the demonstration alerts (and their later changes) into ``register``; returns their ids."""
    data = json.loads((resources_dir() / "demo" / DEMO_FILE).read_text(encoding="utf-8"))
    ids = []
    for spec in data["alertes"]:
        spec = dict(spec)
        later = spec.pop("suite", [])
        values, geometry = prepare(spec, ref)
        alert_id = register.add_alert(values, author, geometry=geometry)
        for change in later:
            change = dict(change)
            who = change.pop("auteur", author)
            register.update_alert(alert_id, change, who)
        ids.append(alert_id)
    return ids

"""Who is working: the name QGIS knows (its user profile's full name), else the operating system's login."""

import getpass

from qgis.core import QgsApplication


def current_user() -> str:
    """«Marie Dupont» from QGIS (``QgsApplication.userFullName()``), else the OS login («mdupont»)."""
    name = ""
    try:
        name = (QgsApplication.userFullName() or "").strip()
    except (AttributeError, RuntimeError):  # a QGIS without the call, or no application yet
        name = ""
    return name or getpass.getuser()

"""Processing provider and algorithms (usable from qgis_process and the graphical modeler)."""

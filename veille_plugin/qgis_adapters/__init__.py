"""Thin adapters between QGIS objects and the core (geometries, layers, styles, tasks, locator)."""

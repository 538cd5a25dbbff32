"""Core of the plugin: pure Python (shapely, pandas, jsonschema, pyproj, GDAL/OGR).

No Qt and no QGIS import may appear in this package: the command line, the
Processing algorithms and the docks all call it, and most tests run it directly.
"""

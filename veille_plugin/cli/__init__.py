"""Command line of the plugin, ``python -m veille_plugin``: the entry point in :mod:`.main`, one module per
command family, and what they share in :mod:`.common` (nothing imports back from the entry point)."""

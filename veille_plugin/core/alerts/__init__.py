"""Heritage-in-danger alerts («sites en péril»): vocabularies and checks (:mod:`.model`), elements and places
(:mod:`.service`), exports (:mod:`.exports`). They are stored in the veille register
(:mod:`veille_plugin.core.register.alerts`)."""

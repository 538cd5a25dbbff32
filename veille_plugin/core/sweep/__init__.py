"""The weekly sweep: where it runs (:mod:`.run`), its report (:mod:`.report`) and the case filters (:mod:`.filters`)."""

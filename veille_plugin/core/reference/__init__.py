"""The reference data: the official layers loaded (:mod:`.data`), their conversion from a publication
(:mod:`.build`), the name search (:mod:`.gazetteer`, :mod:`.communes`) and the figures (:mod:`.stats`)."""

"""Locating geometries against the Bien, the zone tampon, the elements and the MH abords (:mod:`.engine`)."""

"""Official feeds read over the network: the Etalab cadastre (parcels), the API Carto «Géoportail de l'Urbanisme»
(PLU snapshots, servitudes). The HTTP contract they share is in :mod:`.http`."""

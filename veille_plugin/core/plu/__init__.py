"""PLU / PLUi watch: CNIG data reading and validation, comparison of two versions, checks of a draft
against the Bien through the rules catalogue (R13–R18 et R28), reports. No Qt/QGIS import here."""

"""The management-plan rules: the catalogue (:mod:`.catalogue`), where a rule is evaluated (:mod:`.engine`),
cases (:mod:`.cases`), locating and judging them (:mod:`.case_screening`) and the screening note (:mod:`.note`)."""

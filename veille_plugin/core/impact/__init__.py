"""Impact assessment of the cases (ICOMOS 2011, UNESCO 2022): the priority axis, beside the rules' verdicts."""

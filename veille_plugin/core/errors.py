"""Domain exceptions carrying a French message for the user."""


class VeilleError(Exception):
    """Base error: ``str(err)`` is a complete French message (what, where, what to do)."""


class InputError(VeilleError):
    """Bad input from the user: file, row, field or value named in the message."""


class CrsError(InputError):
    """Unknown or inconsistent coordinate reference system."""


class ReferenceDataError(VeilleError):
    """The reference data set is missing, unreadable or incomplete."""

"""Command line: see :func:`add_commands`."""


def add_commands(add, parser_class) -> None:
    """Add this module's sub-commands to the parser (``add(name, help)`` returns a sub-parser with --json)."""

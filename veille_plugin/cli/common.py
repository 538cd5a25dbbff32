"""What every command of the command line shares: exit codes, French argparse, numbers, JSON output, reference.

Exit codes: 0 success; 1 done, but some items were in error (listed); 2 bad usage or unusable input; 3 internal
error (an unexpected exception: its detail is logged, the user gets a French message naming the log).
"""

import argparse
import json
import sys

from ..core.i18n import tr

EXIT_OK, EXIT_PARTIAL, EXIT_ERROR, EXIT_INTERNAL = 0, 1, 2, 3
MAX_FICHES = 200  # screening notes per command (one PDF each)

# argparse's own messages, in French (argparse looks them up through its module-level «_»).
_ARGPARSE_FR = {
    "usage: ": "utilisation : ",
    "positional arguments": "arguments positionnels",
    "options": "options",
    "optional arguments": "options",
    "show this help message and exit": "afficher cette aide et quitter",
    "the following arguments are required: %s": "arguments obligatoires manquants : %s",
    "one of the arguments %s is required": "il faut l'un des arguments %s",
    "unrecognized arguments: %s": "arguments non reconnus : %s",
    "invalid choice: %(value)r (choose from %(choices)s)": "choix invalide : %(value)r (possibles : %(choices)s)",
    "argument %(argument_name)s: %(message)s": "argument %(argument_name)s : %(message)s",
    "expected one argument": "une valeur est attendue",
    "invalid %(type)s value: %(value)r": "valeur invalide (%(type)s attendu) : %(value)r",
    "not allowed with argument %s": "incompatible avec l'argument %s",
    "ambiguous option: %(option)s could match %(matches)s": "option ambiguë : %(option)s peut désigner %(matches)s",
    "%(prog)s: error: %(message)s\n": "%(prog)s : erreur : %(message)s\n",
}


def argparse_fr(text: str) -> str:
    """argparse's own message ``text`` in French."""
    return tr(_ARGPARSE_FR.get(text, text))


argparse._ = argparse_fr


def number(text: str) -> float:
    """A number as the French write it: «12,5» or «12.5»."""
    try:
        return float(str(text).replace(",", ".").replace(" ", ""))
    except ValueError:
        raise argparse.ArgumentTypeError(tr("nombre attendu (ex. 12,5) : « {t} »").format(t=text)) from None


def print_json(data) -> None:
    """Write ``data`` as indented UTF-8 JSON on standard output."""
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2, default=str)
    sys.stdout.write("\n")


class FrenchArgumentParser(argparse.ArgumentParser):
    """argparse with French errors and the exit code of unusable input."""

    def error(self, message):
        """Print the usage and the French error, then exit with EXIT_ERROR."""
        self.print_usage(sys.stderr)
        sys.stderr.write(tr("Erreur : {msg}\nAide : {prog} --help\n").format(msg=message, prog=self.prog))
        sys.exit(EXIT_ERROR)


def formatter(prog):
    """Help formatter that keeps the descriptions as written."""
    return argparse.RawDescriptionHelpFormatter(prog, max_help_position=32)


def load_reference_for(args):
    """The reference data set chosen by ``--reference``, or the configured one."""
    from ..core.reference.data import load_reference

    return load_reference(args.reference)

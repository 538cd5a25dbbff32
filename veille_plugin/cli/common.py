"""What every command of the command line shares: exit codes, French argparse, numbers, JSON output, reference.

Exit codes: 0 success; 1 done, but some items were in error (listed); 2 bad usage or unusable input; 3 internal
error (an unexpected exception: its detail is logged, the user gets a French message naming the log).
"""

import argparse
import json
import math
import sys
from pathlib import Path

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
    """A finite number as the French write it: «12,5» or «12.5»."""
    try:
        value = float(str(text).replace(",", ".").replace(" ", ""))
    except ValueError:
        raise argparse.ArgumentTypeError(tr("nombre attendu (ex. 12,5) : « {t} »").format(t=text)) from None
    if not math.isfinite(value):
        raise argparse.ArgumentTypeError(tr("nombre fini attendu (ex. 12,5) : « {t} »").format(t=text))
    return value


def positive_number(text: str) -> float:
    """A number ≥ 0 (a height, an area, a distance)."""
    value = number(text)
    if value < 0:
        raise argparse.ArgumentTypeError(tr("nombre positif ou nul attendu : « {t} »").format(t=text))
    return value


def iso_date(text: str) -> str:
    """A date written AAAA-MM-JJ (a real calendar date), kept as that text."""
    import datetime

    try:
        return datetime.date.fromisoformat(str(text).strip()).isoformat()
    except ValueError:
        raise argparse.ArgumentTypeError(tr("date attendue au format AAAA-MM-JJ : « {t} »").format(t=text)) from None


def record_id(text: str) -> int:
    """The number of a record of the register (1, 2, 3…)."""
    try:
        value = int(str(text).strip())
    except ValueError:
        raise argparse.ArgumentTypeError(tr("numéro attendu (1, 2, 3…) : « {t} »").format(t=text)) from None
    if not 1 <= value < 2**63:
        raise argparse.ArgumentTypeError(tr("numéro hors limites (de 1 à 2⁶³ − 1) : « {t} »").format(t=text))
    return value


def output_file(text: str) -> str:
    """A file to write: not empty, not a folder."""
    if not str(text).strip():
        raise argparse.ArgumentTypeError(tr("nom de fichier vide : indiquez le fichier à écrire"))
    if Path(text).is_dir():
        raise argparse.ArgumentTypeError(
            tr("« {t} » est un dossier : indiquez un nom de fichier à écrire").format(t=text)
        )
    return text


def output_dir(text: str) -> str:
    """A folder to write into (created if needed): not empty, not an existing file."""
    if not str(text).strip():
        raise argparse.ArgumentTypeError(tr("nom de dossier vide : indiquez le dossier des résultats"))
    if Path(text).exists() and not Path(text).is_dir():
        raise argparse.ArgumentTypeError(
            tr("« {t} » est un fichier, pas un dossier : indiquez un dossier (existant ou à créer)").format(t=text)
        )
    return text


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


def register_arguments(p) -> None:
    """``--register`` (required) and ``--schema``: the register a command reads or writes."""
    p.add_argument(
        "--register",
        required=True,
        metavar="GPKG_OU_DSN",
        help=tr("registre de veille : fichier .gpkg ou connexion PostGIS (service=…, postgresql://…)"),
    )
    p.add_argument(
        "--schema",
        default="veille",
        help=tr("schéma PostgreSQL du registre quand --register est une connexion PostGIS (défaut : veille)"),
    )


def load_reference_for(args):
    """The reference data set chosen by ``--reference``, or the configured one."""
    from ..core.reference.data import load_reference

    return load_reference(args.reference)


def add_covisibility_arguments(parser) -> None:
    """``--covisibilite`` and ``--altimetrie-url`` (``screen``, ``sweep``): off by default, nothing changes."""
    parser.add_argument(
        "--covisibilite",
        action="store_true",
        help=tr(
            "calculer la covisibilité par-dessus le relief (règles R03, R09, R10 et priorité) avec le profil du "
            "terrain de la Géoplateforme, pour les projets dont la hauteur est connue : 5 requêtes par seconde au "
            "plus, profils gardés en cache ; hors ligne, « inconnu (hors ligne) »"
        ),
    )
    parser.add_argument(
        "--altimetrie-url",
        metavar="URL",
        help=tr("adresse du profil altimétrique (elevationLine.json) pour --covisibilite (défaut : la Géoplateforme)"),
    )


def profile_source_for(args):
    """The profile source ``--covisibilite`` asks for (the Géoplateforme, or ``--altimetrie-url``), or None."""
    if not getattr(args, "covisibilite", False):
        return None
    from ..core.feeds.altimetry import ProfileSource

    return ProfileSource(base_url=getattr(args, "altimetrie_url", None))

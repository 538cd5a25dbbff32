"""Normalisation of French place and heritage names for matching and search.

People write «Fosse n°9-9 bis d'Oignies», «FOSSE 9/9BIS», «Oignies 9-9bis»;
the official layers write «HAISNES-les-LA BASSEE» or «Condé-sur-l'Escaut».
Everything goes through :func:`tokens` before it is compared.
"""

import re
import unicodedata

_LIGATURES = str.maketrans({"œ": "oe", "Œ": "oe", "æ": "ae", "Æ": "ae", "ß": "ss", "’": "'", "ʼ": "'"})

# Words that carry no meaning for matching: articles, «lez/lès/les», «sur», numbering marks.
STOPWORDS = frozenset(
    """
    a au aux d de des du en et l la le les lez sur sous n no num numero nr
    """.split()
)

# Abbreviations expanded before comparison.
ABBREVIATIONS = {
    "st": "saint",
    "ste": "sainte",
    "sts": "saints",
    "ss": "sous",
    "ch": "chemin",
    "av": "avenue",
    "bd": "boulevard",
}

_SPLIT_NUM = re.compile(r"(?<=\d)(?=[a-z])|(?<=[a-z])(?=\d)")
_NON_ALNUM = re.compile(r"[^a-z0-9]+")


def strip_accents(text: str) -> str:
    """Text without accents, ligatures expanded («œ» → «oe»)."""
    text = text.translate(_LIGATURES)
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def tokens(text: object, keep_stopwords: bool = False) -> list:
    """Lower-case ASCII tokens; numbers split from letters («13bis» → «13», «bis»)."""
    if text is None:
        return []
    s = strip_accents(str(text)).lower()
    s = s.replace("n°", " ").replace("°", " ")
    s = _NON_ALNUM.sub(" ", s)
    s = _SPLIT_NUM.sub(" ", s)
    out = []
    for tok in s.split():
        tok = ABBREVIATIONS.get(tok, tok)
        if tok.isdigit() and len(tok) > 1:
            tok = tok.lstrip("0") or "0"  # «T074» and «74» agree
        if not keep_stopwords and tok in STOPWORDS:
            continue
        out.append(tok)
    return out


def normalize(text: object) -> str:
    """A matching key: tokens without stopwords joined by one space."""
    return " ".join(tokens(text))


def commune_key(name: object) -> str:
    """Key for commune names: «FOUQUIERES-les-LENS» and «Fouquières-lès-Lens» agree."""
    return normalize(name)


def phrase_pattern(expressions) -> str:
    """Regex matching any of ``expressions`` (already normalised) in a space-padded normalised text, each word
    allowed its plural mark («démolitions», «façades», «travaux»); empty when there is no expression."""
    return "|".join(" " + " ".join(re.escape(w) + "(?:s|x)?" for w in e.split()) + " " for e in expressions if e)

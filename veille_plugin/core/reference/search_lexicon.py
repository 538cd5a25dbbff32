"""The words of the place search: kinds of places, qualifiers and separators, as people write them.

Every word here is a normalised token (see :func:`veille_plugin.core.text.tokens`): lower case, no accents.

- A **kind word** says what kind of place is sought: «chevalement», «puits», «carreau», «fosse», «salle des
  bains-douches» or «salle des pendus» all designate a pit site; «cité», «coron» or «résidence» a cité.
- A **qualifier** tells two places of the same name apart: «ancienne/nouvelle», «haute/basse», «nord/sud»,
  «est/ouest», «grand/petit», «bis». A query's qualifier decides between them; it is never noise.
"""

import re

from ..i18n import QT_TRANSLATE_NOOP

# kind class → words that name it in a query. A class is what the user means, not the layer's typology.
KIND_WORDS = {
    "cite": "cite cites coron corons residence residences res cite-jardin lotissement",
    "fosse": "fosse fosses puits chevalement chevalements carreau carreaux bains douches bainsdouches pendus lavabo "
    "lavabos mine",
    "terril": "terril terrils",
    "cavalier": "cavalier cavaliers ferree",
    "eglise": "eglise eglises chapelle chapelles temple presbytere presbyteres prieure",
    "ecole": "ecole ecoles scolaire maternelle",
    "sante": "dispensaire dispensaires pharmacie clinique medical soins",
    "monument": "monument monuments stele plaque memorial commemoratif necropole",
    "bureaux": "bureaux",
    "gare": "gare halte ferroviaire aiguillage",
    "mairie": "mairie",
    "loisirs": "fetes stade piscine",
    "maison": "maison maisons chateau logement logements",
    "nature": "etang etangs mare parc",
}
QUERY_KINDS = {word: kind for kind, words in KIND_WORDS.items() for word in words.split()}

# kind class of a place from the official «categorie» then «type» of the element layer
KIND_BY_CATEGORY = {"cité minière": "cite", "terril": "terril", "cavalier": "cavalier", "espace néo-naturel": "nature"}
KIND_BY_TYPE = {
    "Fosse": "fosse",
    "Chevalement": "fosse",
    "Mine-image": "fosse",
    "Édifice religieux": "eglise",
    "Équipement scolaire": "ecole",
    "Équipement SSM": "sante",
    "Monument commémoratif": "monument",
    "Grands bureaux": "bureaux",
    "Équipement ferroviaire": "gare",
    "Hôtel de ville": "mairie",
    "Équipement de loisirs": "loisirs",
    "Château": "maison",
    "Maison d'ingénieur": "maison",
}
# How a kind class reads in a result's reason (translated where it is shown, with ``tr(label)``).
KIND_LABELS = {
    "cite": QT_TRANSLATE_NOOP("VeillePatrimoniale", "cité minière"),
    "fosse": QT_TRANSLATE_NOOP("VeillePatrimoniale", "fosse, puits ou chevalement"),
    "terril": QT_TRANSLATE_NOOP("VeillePatrimoniale", "terril"),
    "cavalier": QT_TRANSLATE_NOOP("VeillePatrimoniale", "cavalier"),
    "eglise": QT_TRANSLATE_NOOP("VeillePatrimoniale", "édifice religieux"),
    "ecole": QT_TRANSLATE_NOOP("VeillePatrimoniale", "école"),
    "sante": QT_TRANSLATE_NOOP("VeillePatrimoniale", "équipement de santé"),
    "monument": QT_TRANSLATE_NOOP("VeillePatrimoniale", "monument"),
    "bureaux": QT_TRANSLATE_NOOP("VeillePatrimoniale", "grands bureaux"),
    "gare": QT_TRANSLATE_NOOP("VeillePatrimoniale", "gare"),
    "mairie": QT_TRANSLATE_NOOP("VeillePatrimoniale", "hôtel de ville"),
    "loisirs": QT_TRANSLATE_NOOP("VeillePatrimoniale", "équipement de loisirs"),
    "maison": QT_TRANSLATE_NOOP("VeillePatrimoniale", "maison ou château"),
    "nature": QT_TRANSLATE_NOOP("VeillePatrimoniale", "espace naturel"),
}

# qualifier token → its canonical form; opposite pairs decide between two places of the same name
QUALIFIERS = {
    "ancienne": "ancien",
    "ancien": "ancien",
    "anciennes": "ancien",
    "anciens": "ancien",
    "nouvelle": "nouveau",
    "nouveau": "nouveau",
    "nouvelles": "nouveau",
    "nouveaux": "nouveau",
    "haute": "haut",
    "haut": "haut",
    "hautes": "haut",
    "hauts": "haut",
    "basse": "bas",
    "bas": "bas",
    "nord": "nord",
    "sud": "sud",
    "est": "est",
    "ouest": "ouest",
    "grand": "grand",
    "grande": "grand",
    "grands": "grand",
    "grandes": "grand",
    "gros": "grand",
    "petit": "petit",
    "petite": "petit",
    "petits": "petit",
    "petites": "petit",
    "bis": "bis",
    "ter": "ter",
}
OPPOSITES = {
    "ancien": "nouveau",
    "nouveau": "ancien",
    "haut": "bas",
    "bas": "haut",
    "nord": "sud",
    "sud": "nord",
    "est": "ouest",
    "ouest": "est",
    "grand": "petit",
    "petit": "grand",
}

# Words that join several places in one query: «X et Y», «X / Y», «X - Y», «X, Y», «X ; Y», «X & Y».
# A «/» or a «-» between two numbers belongs to a name («11/19», «9-9 bis») and never splits.
PLACE_SEPARATORS = re.compile(r"\s+(?:et|&)\s+|\s*[,;+]\s*|\s+[-–—/]\s+|(?<=[^\d\s])\s*/\s*(?=[^\d\s])", re.I)


def kind_of(categorie, type_) -> str:
    """The kind class of an official element from its category and type («» when it has none)."""
    return KIND_BY_TYPE.get(type_ or "", "") or KIND_BY_CATEGORY.get(categorie or "", "")


def split_places(text: str) -> list:
    """The parts of a query that may name several places («A et B», «A / B», «A, B»), stripped and non-empty."""
    return [p.strip() for p in PLACE_SEPARATORS.split(text) if p and p.strip()]

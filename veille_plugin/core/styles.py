"""Map colours shared by the QGIS layer styles and the screening note's map (no Qt here)."""

# element category -> (fill colour, outline colour)
ELEMENT_COLOURS = {
    "bâti": ("#c0392b", "#7b241c"),
    "cité minière": ("#e67e22", "#a04000"),
    "terril": ("#4d4d4d", "#1c1c1c"),
    "cavalier": ("#8e6e53", "#5d4037"),
    "espace néo-naturel": ("#27ae60", "#1e8449"),
}

# layer -> (fill colour, outline colour, fill opacity)
COMPONENT_STYLE = ("#f1c40f", "#b7950b", 0.35)
BUFFER_STYLE = ("#5dade2", "#2471a3", 0.25)
ABORDS_STYLE = ("none", "#6c3483", 0.0)

# PLU comparison: one colour per kind of change (core.vocabulary.PLU_CHANGE_KINDS), the same in the changes layer,
# the dock's table and its legend; the layer fills at PLU_FILL_OPACITY, the table and legend show that tint on white.
PLU_CHANGE_COLOURS = {
    "ouverture_urbanisation": "#d7191c",
    "retour_agricole_naturel": "#1a9641",
    "changement_type": "#fdae61",
    "changement_libelle": "#abd9e9",
    "territoire_retire": "#bababa",
    "territoire_ajoute": "#878787",
    "prescription_supprimee": "#7b3294",
    "prescription_ajoutee": "#c2a5cf",
    "information_supprimee": "#e66101",
    "information_ajoutee": "#fdb863",
}
PLU_FILL_OPACITY = 150 / 255


def tint_on_white(colour: str, opacity: float = PLU_FILL_OPACITY) -> str:
    """The colour ``#rrggbb`` seen at ``opacity`` over white paper, as ``#rrggbb`` («#d7191c» at 59 % → «#e67072»)."""
    rgb = [int(colour[k : k + 2], 16) for k in (1, 3, 5)]
    return "#" + "".join(f"{round(255 - (255 - c) * opacity):02x}" for c in rgb)

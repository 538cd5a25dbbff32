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

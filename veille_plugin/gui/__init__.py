"""Thin GUI: docks and dialogs built from ``forms/*.ui``, map tools. No business logic here."""

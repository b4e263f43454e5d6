"""Extraction: a `Document` → parsed doc → mentions → entities → facts, as one `Extraction`.

Nothing is re-exported here: importing this package must not load spaCy for commands that never parse.
"""

"""Closed-class English and spaCy's labels, defined once: prepositions, auxiliaries, pronouns, dependency labels.

Open-class words a domain expert would extend (plan verbs, rank nouns, honorifics, ...) are not here: they are
data files in ``kg/data`` loaded through ``kg.extract.lexicons``.
"""
from __future__ import annotations

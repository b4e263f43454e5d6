"""Closed-class English and spaCy's labels, defined once: prepositions, auxiliaries, pronouns, dependency labels.

Open-class words a domain expert would extend (plan verbs, rank nouns, honorifics, ...) are not here: they are
data files in ``kg/data`` loaded through ``kg.extract.lexicons``.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kg.model import EntityType

if TYPE_CHECKING:
    from spacy.tokens import Token

# ---- spaCy's labels (OntoNotes NER labels, Penn tags, universal POS, ClearNLP dependencies) -------------------

# The entity type a name gets from spaCy's NER label; names with any other label (DATE, MONEY, ...) are no entity.
NER_ENTITY_TYPES: dict[str, EntityType] = {
    "PERSON": "Person", "ORG": "Organization", "GPE": "Place", "LOC": "Place", "FAC": "Place",
    "NORP": "Group", "EVENT": "Event", "LAW": "Agreement",
}
# NER labels of a country word, a nationality or a country's name ("Israeli", "Israel"): inside a description
# ("the Israeli army") it keeps its own reference to the country.
COUNTRY_WORD_LABELS = frozenset({"NORP", "GPE"})
NOMINAL_POS = frozenset({"NOUN", "PROPN"})  # what can head a name or a description
PLURAL_NOUN_TAGS = frozenset({"NNS", "NNPS"})
# Penn tags of verb forms spelt with "-ed" or "-ing": past tense, past participle, gerund or present participle.
ED_ING_VERB_TAGS = frozenset({"VBD", "VBN", "VBG"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})  # active and passive subject

# ---- used by mentions and entities (kg/extract/mentions.py, entities.py) --------------------------------------

# Words that open a noun phrase without being part of the name or description after them ("the", "its", "some").
DETERMINERS = frozenset({"the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our",
                         "some", "any"})
PARTY_NOUN = "party"  # "the party", "his own party", "the party's MPs": a political party described, not named

# Determiners by which a noun means whichever one there may be, not a particular one ("any election", "every
# summit", "no talks").
FREE_CHOICE_DETERMINERS = frozenset({"any", "every", "each", "no"})
# Determiners by which a description points back to something already named ("the protocol", "these talks").
DEFINITE_DETERMINERS = frozenset({"the", "this", "that", "these", "those"})
# Prepositions of where a thing is, in or next to a place ("talks in New Delhi", "a rally outside Kabul"): after
# them a capital is the city itself, not its government. Wider than WITHIN_PREPOSITIONS, where an act happens.
POSITION_PREPOSITIONS = frozenset({"in", "at", "near", "outside", "inside", "around"})

MASCULINE_PRONOUNS = frozenset({"he", "him", "his", "himself"})
FEMININE_PRONOUNS = frozenset({"she", "her", "hers", "herself"})
GENDERED_PRONOUNS = MASCULINE_PRONOUNS | FEMININE_PRONOUNS  # third person singular: a person
NEUTER_PRONOUNS = frozenset({"it", "its", "itself"})
PLURAL_PRONOUNS = frozenset({"they", "them", "their", "theirs", "themselves"})
FIRST_PERSON_PRONOUNS = frozenset({"i", "me", "my", "mine", "myself"})  # singular: a quotation's speaker
RELATIVE_PRONOUNS = frozenset({"who", "whom", "whose", "which", "that"})
PERSONAL_RELATIVE_PRONOUNS = frozenset({"who", "whom", "whose"})  # the relative pronouns of a person

# Quotation marks as spaCy tokenises them (curly, or ``'' in PTB style); a straight " may open or close.
OPENING_QUOTES = frozenset({"“", "``", "‘‘"})
CLOSING_QUOTES = frozenset({"”", "''", "’’"})
DOUBLE_QUOTE_MARKS = frozenset({'"', "\u201c", "\u201d"})  # a quotation's marks as running text has them


# ---- used by the fact rules (kg/extract/facts) -------------------------------------------------------------

# Prepositions that put an act inside a place ("a curfew in Kabul", "protests throughout Kenya"); narrower than
# where a thing merely is (near, outside, around).
WITHIN_PREPOSITIONS = frozenset({"in", "at", "inside", "across", "throughout"})
# Prepositions of the circumstance an act happens in ("threw stones during demonstrations").
CIRCUMSTANCE_PREPOSITIONS = frozenset({"during", "in", "at", "after", "amid", "through"})
# Auxiliaries of a declared inability: "cannot", "could not", "can't" (spaCy: "ca" + "n't").
INABILITY_AUXILIARIES = frozenset({"can", "could", "ca"})
CONCESSIVE_PREPOSITIONS = frozenset({"despite", "amid", "amidst", "notwithstanding"})  # "did X despite criticism"
# Verbs of being in a state, whose subject holds the state a noun phrase names ("remained on alert").
STATE_VERBS = frozenset({"be", "remain", "stay"})
# Prepositions that introduce whom an act is aimed at ("action against Russia", "signed with Y an accord").
OBJECT_PREPOSITIONS = frozenset({"against", "on", "to", "with", "for", "over", "from", "toward", "towards", "upon"})
# Attachments by which a verb names whom a thing is taken from or done to ("seized weapons from X").
THING_PREPOSITIONS = ("prep:from", "prep:against", "prep:on", "prep:into", "prep:to")
# Prepositions after an office noun that say it is sought or discussed, not held ("a bid for membership").
SOUGHT_PREPOSITIONS = frozenset({"for", "towards", "toward", "on", "to", "against", "about", "over"})

OBLIGATION_AUXILIARIES = frozenset({"must", "should", "ought"})  # "X said that Y must withdraw"
STRICT_OBLIGATION_AUXILIARIES = frozenset({"must", "ought"})  # what is required, where "should" may only advise
OBLIGATION_SEMI_MODALS = frozenset({"need", "have"})  # "X said Y needs to withdraw", "Y has to pay"
POSSIBILITY_AUXILIARIES = frozenset({"may", "might", "could", "would", "should"})
FUTURE_AUXILIARIES = frozenset({"will", "shall", "'ll", "wo"})  # "wo" is spaCy's token of "won't"
CONDITION_MARKERS = frozenset({"unless"})  # "X will withdraw unless Y ...": a conditional threat to Y
ABILITY_AUXILIARIES = frozenset({"can", "ca"})  # "ca" is spaCy's token of "can't": "X can attack Y" is no attack
# Subordinators of a condition ("if the ban is lifted", "unless Y complies", "in case they need to"): what the
# clause says is supposed, not asserted.
CONDITIONAL_SUBORDINATORS = frozenset({"if", "unless", "whether"})
CONDITIONAL_PHRASES = (("in", "case"), ("provided", "that"), ("as", "long", "as"))
# Adverbs that make coordinated subjects act each on their own ("both men separately spoke to ..."): no joint act.
DISTRIBUTIVE_ADVERBS = frozenset({"separately", "independently", "individually"})

# Dependencies by which an event noun fills its clause, so the clause's subject may be its agent
# ("X made a visit", "X was the mediator").
LIGHT_SUBJECT_DEPS = frozenset({"dobj", "attr", "pobj", "nsubj", "nsubjpass"})
TRIGGER_ENTITY_LABELS = frozenset({"EVENT"})  # NER labels whose words may still be triggers

# Regular English nominalisations by verb ending: "establish" → "establishment", "withdraw" → "withdrawal".
NOMINAL_SUFFIXES = (("ish", "ishment"), ("ize", "ization"), ("ise", "isation"), ("ate", "ation"), ("aw", "awal"),
                    ("ct", "ction"), ("pt", "ption"), ("mn", "mnation"), ("oy", "oyment"))

# Prepositions by which a post is held in an organisation ("an analyst at X", "a spokesman for X", "a partner with
# X"); "of" counts only for posts that head nothing ("an economist of X", not "the director of X", who leads it).
MEMBERSHIP_PREPOSITIONS = frozenset({"at", "for", "with"})

# Adjectives that pick out some members of a body, not all: "the new member states", "founding members".
SUBSET_MODIFIERS = frozenset({"new", "old", "founding", "original", "former", "prospective"})
# Quantifying adjectives, which count a group rather than name it ("many Nato members" are Nato's members).
QUANTIFYING_ADJECTIVES = frozenset({"many", "several", "few", "most", "all", "some", "other", "various", "numerous"})

# Suffixes of abstract nouns of English derivational morphology (an act, a state, a quality: "cooperation",
# "agreement", "assistance", "dependence", "security", "openness", "federalism"): such a noun names no agent.
ABSTRACT_NOUN_SUFFIXES = ("tion", "sion", "ment", "ance", "ence", "ity", "ness", "ism")

# Words that open an indirect question ("asked Y whether ...", "asked Y why ..."): what is asked is an answer,
# not an act, so the asking is no demand.
QUESTION_WORDS = frozenset({"if", "whether", "why", "how", "what", "when", "where", "who", "whom", "which"})
# Verbs that put a question as well as a request ("asked Y about Z" asks nothing of Y but an answer).
QUESTIONING_VERBS = frozenset({"ask"})
# Verbs of letting whose object does the infinitive's act ("allowed Y to join", "would not let a row damage Z"):
# the infinitive on the object is the act let happen, not the purpose of the verb's own act.
LETTING_VERBS = frozenset({"allow", "permit", "let", "enable"})

YEAR = re.compile(r"(?:19|20)\d\d")  # a year as news writes it, a word of its own ("the 1992 election")


def to_infinitive(verb: Token) -> bool:
    """'(agreed) to leave', '(asked) to be freed': a verb marked by the infinitive 'to' (spaCy's aux child)."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def verb_in(verb: Token, words: frozenset[str], *, particle_decides: bool = False) -> bool:
    """The verb, alone or with its particle ("take over", "call off"), is one of the words; with `particle_decides`,
    a verb with a particle is only the phrasal verb ("bought back" is no "buy")."""
    lemma = verb.lemma_.lower()
    particles = [c.lower_ for c in verb.children if c.dep_ == "prt"]
    if any(f"{lemma} {p}" in words for p in particles):
        return True
    return lemma in words and not (particle_decides and particles)

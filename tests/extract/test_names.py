"""First names from gender-guesser's dictionary."""
import gender_guesser.detector as gender_detector
import pytest

from kg.extract import names


def test_the_name_dictionary_is_gender_guessers_own():
    """The faster reading of gender-guesser's name file gives the library's own table, name for name."""
    ours, theirs = names._dictionary(), gender_detector.Detector(case_sensitive=False)
    assert ours.names == theirs.names


@pytest.mark.parametrize("word, gender, known", [
    ("Angela", "female", True), ("Jacques", "male", True), ("Kim", "mostly_female", True),
    ("Xqzv", "unknown", False), ("Parliament", "unknown", False),
])
def test_first_names_and_their_gender(word, gender, known):
    assert names.first_name_gender(word) == gender
    assert names.known_first_name(word) is known

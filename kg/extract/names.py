"""People's first names from gender-guesser's name dictionary (a maintained list of some 40,000 given names
with their usual gender): whether a capitalised word opens a person's name, and the gender it suggests."""
from __future__ import annotations

import functools

import gender_guesser.detector as gender_detector


class _NameDictionary(gender_detector.Detector):
    """gender-guesser's detector, its name dictionary read whole and split into the same lines: the library
    reads it line by line through `codecs` (0.24 s per process against 0.11 s), then parses each line itself."""

    def _parse(self, filename: str) -> None:
        self.names = {}
        with open(filename, encoding="utf-8", newline="") as f:
            for line in f.read().splitlines(True):  # the line breaks of codecs' readline
                self._eat_name_line(line.strip())


@functools.cache
def _dictionary() -> gender_detector.Detector:
    return _NameDictionary(case_sensitive=False)


def first_name_gender(word: str) -> str:
    """gender-guesser's verdict on a first name: "male", "female", "mostly_male", "mostly_female", "andy"
    (unisex) or "unknown" (not a first name it knows)."""
    return _dictionary().get_gender(word)


def known_first_name(word: str) -> bool:
    """A first name of gender-guesser's name dictionary ("Anna", "Kim"): a name opening with one is a person's, not
    a programme's or a place's ("Sunday Forum")."""
    return first_name_gender(word) != "unknown"

"""The fact rules: families of plain functions `(Reading) -> Iterator[Fact]`, run in the order `rules.py` gives."""

"""Errors that come from a user's mistake or bad input: the CLI prints them as one line and exits 2."""


class KgError(Exception):
    """Base class: a problem the user can fix, reported without a traceback."""


class ModelNotInstalledError(KgError):
    """The requested spaCy pipeline is not installed."""


class InputError(KgError):
    """A path that does not exist, or input that cannot be read at all."""


class QueryError(KgError):
    """A SPARQL query that does not parse or is not allowed."""


class GraphFileError(KgError):
    """A graph file that is missing or does not parse."""


class DateError(KgError):
    """A date given by the user that is not YYYY-MM-DD."""


class StoreError(KgError):
    """A store folder that is missing, locked by another process, or not a kg store."""

"""Errors that carry a one-line, user-facing reason."""


class EimsError(Exception):
    """Base class; ``str(err)`` is the one-line reason stored for a failed document."""


class IngestError(EimsError):
    """A document could not be read into the document model (empty, not UTF-8,
    corrupt/encrypted/scanned PDF, unsupported suffix, unreadable path)."""


class LimitError(EimsError):
    """A document broke a per-document limit (bytes, pages, seconds, memory)."""


class ConfigError(EimsError):
    """A rules or vocabulary data file is malformed."""


class RunLockedError(EimsError):
    """Another run holds the store's lock."""


class CurationError(ValueError):
    """A curator decision that cannot be recorded (bad field, value, action or row)."""

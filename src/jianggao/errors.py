"""The one error hierarchy: every failure meant for a user derives from JianggaoError."""
from __future__ import annotations


class JianggaoError(Exception):
    """Base of every error whose message is meant for the user.

    Raised nowhere directly; the CLI catches this class in one place, prints
    ``str(error)`` (``file:line: field: 中文说明``, one Chinese line) and exits with
    ``exit_code``. ``english`` is a developer's note, shown only under ``--debug``.
    """

    exit_code = 2
    # Set by the CLI from --debug: whether str() appends the English note (DESIGN: no English echo).
    debug = False

    def __init__(
        self,
        message: str,
        *,
        file: str | None = None,
        line: int | None = None,
        field: str | None = None,
        english: str | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.file = file
        self.line = line
        self.field = field
        self.english = english

    def __str__(self) -> str:
        where = ""
        if self.file:
            where = f"{self.file}:{self.line}: " if self.line else f"{self.file}: "
        field = f"{self.field}: " if self.field else ""
        tail = f" [debug: {self.english}]" if self.english and self.debug else ""
        return f"{where}{field}{self.message}{tail}"


class UsageError(JianggaoError):
    """Raised when the command line itself is wrong (missing or conflicting options)."""


class BriefError(JianggaoError):
    """Raised when a brief cannot be read or fails validation; names file, line and field."""


class TemplateError(JianggaoError):
    """Raised when a section template or kind outline is missing or broken; names the template file and line."""


class PhraseBankError(JianggaoError):
    """Raised when the phrase bank cannot be loaded or an entry breaks the phrase-entry contract."""


class CorpusError(JianggaoError):
    """Raised when a corpus document cannot be read (unreadable, empty or binary); the miner reports and skips it."""


class OutputError(JianggaoError):
    """Raised when an output cannot be written: it exists without --force, or its folder is not writable."""

"""The one exception the read stage raises for bad input."""
from __future__ import annotations


class ReadError(Exception):
    """A file that cannot be turned into report text.

    ``str()`` is one line, ``"<path>: <reason>"``, so a batch run can log it as is.
    Format readers raise it without a path; :func:`kg.read.read_report` adds the path.
    """

    def __init__(self, reason: str, path: str | None = None) -> None:
        self.reason = " ".join(str(reason).split())   # force a single line
        self.path = path
        super().__init__(self.reason)

    def __str__(self) -> str:
        if self.path is None:
            return self.reason
        return f"{self.path}: {self.reason}".replace("\n", "\\n").replace("\r", "\\r")

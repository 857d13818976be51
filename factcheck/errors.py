"""The one error type users see: a one-line message naming the file and, where known, the line."""
from __future__ import annotations


class FactcheckError(Exception):
    """Bad input, a bad reference store or bad rules. The CLI prints it on one line, exit 2."""

    def __init__(self, message: str, path: str | None = None, line: int | None = None):
        super().__init__(message)
        self.message = message
        self.path = path
        self.line = line

    def __str__(self) -> str:
        where = self.path or ""
        if self.path and self.line:
            where += f":{self.line}"
        return f"{where}: {self.message}" if where else self.message

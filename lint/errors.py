"""Errors that end in one clear line and a documented exit code, never a traceback."""

from __future__ import annotations

#: Exit codes (documented in the README).
EXIT_CLEAN = 0
EXIT_FINDINGS = 1
EXIT_ERROR = 2


class CredlintError(Exception):
    """A problem the user can fix: printed as one line, exit code 2."""

    def __str__(self) -> str:  # pragma: no cover - trivial
        return self.args[0] if self.args else self.__class__.__name__


class ConfigError(CredlintError):
    """A bad configuration file, option or value."""


class PackError(CredlintError):
    """A malformed rule pack; names the file, the rule and the field."""

    def __init__(self, path: str, code: str | None, field: str | None, why: str) -> None:
        where = path
        if code:
            where += f": rule {code}"
        if field:
            where += f": field '{field}'"
        super().__init__(f"{where}: {why}")


class InputError(CredlintError):
    """A file that cannot be linted (missing, unreadable, binary, too large…)."""

    def __init__(self, path: str, why: str) -> None:
        self.path = path
        self.why = why
        super().__init__(f"{path}: {why}")

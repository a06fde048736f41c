"""Run-wide settings that analyzers read (known people and organisations, the as-of date, their own options)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any, Mapping


@dataclass(frozen=True)
class KnownPerson:
    """Somebody the user vouches for: silences 'unverifiable' and anchors identities."""

    name: str
    affiliation: str = ""


@dataclass(frozen=True)
class Context:
    """What every rule may consult besides the document itself.

    It is small and picklable so that worker processes get the same view.
    """

    known_people: tuple[KnownPerson, ...] = ()
    #: Institutions the user vouches for (``known-organizations``): they count as known, like
    #: the built-in gazetteers (pass them to :func:`lint.gazetteer.known_institution`).
    known_organizations: tuple[str, ...] = ()
    #: The date the articles are read against when they carry none themselves.
    as_of: date | None = None
    #: Per-analyzer settings from config, e.g. ``[tool.credlint.sourcing]``.
    settings: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)

"""What a user asks for, resolved against the config file into the settings of one run.

The command line (:mod:`lint.cli`) and the Python API (:mod:`lint.api`) both describe a
run as :class:`RunOptions` and call :func:`prepare`: it loads the config (the file named,
the one nearest the first path, or none), loads the rule packs, selects the rules and
builds the :class:`~lint.settings.LintSettings` the engine runs with. Options given
explicitly win over the config file. Both entry points resolve a run here, so they
cannot drift apart.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import Callable, Sequence

from lint.cache import Cache, default_cache_dir
from lint.config import Config, load_config
from lint.context import Context
from lint.errors import CredlintError
from lint.rule import Rule
from lint.rulepack import load_packs
from lint.selection import resolve, validate_selectors
from lint.settings import LintSettings

#: Loads the built-in packs plus extra ones (:func:`lint.rulepack.load_packs` or a memo of it).
PackLoader = Callable[[Sequence[Path]], list[Rule]]


@dataclass(frozen=True)
class RunOptions:
    """A run as the user describes it; None (or empty) leaves a setting to the config file."""

    #: The config file to read; None searches for the nearest one, unless ``find_config`` is off.
    config: Path | None = None
    find_config: bool = True
    rule_packs: tuple[Path, ...] = ()
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    extend_select: tuple[str, ...] = ()
    as_of: date | None = None
    fail_under: float | None = None
    fail_on: str | None = None
    jobs: int | None = None
    #: Use the result cache when the config allows it (``cache = false`` turns it off for good).
    cache: bool = False
    cache_dir: Path | None = None
    with_metrics: bool = False
    with_view: bool = False
    force_exclude: bool | None = None
    report_unused_suppressions: bool = False


@dataclass(frozen=True)
class Run:
    """One run, resolved: its config, its rules and the settings the engine takes."""

    config: Config
    #: Every rule the packs define, selected or not (suppression comments may name any).
    known_rules: tuple[Rule, ...]
    #: The selected rules, in code order.
    rules: tuple[Rule, ...]
    settings: LintSettings
    fail_under: float
    fail_on: str
    #: Processes asked for (option, else config); None lets the engine decide.
    jobs: int | None
    force_exclude: bool
    report_unused_suppressions: bool


def load_rules(config: Path | None, first_path: str | None, extra: Sequence[Path] = (), load: PackLoader = load_packs) -> tuple[Config, list[Rule]]:
    """The config (``config``, else the one nearest ``first_path``) and every rule of the
    built-in packs, its packs and ``extra``."""
    cfg = load_config(config, first_path)
    return cfg, load([*cfg.rule_packs, *extra])


def prepare(options: RunOptions, first_path: str | None, load: PackLoader = load_packs) -> Run:
    """Resolve the options against the config; a bad config, pack or selection raises
    :class:`~lint.errors.CredlintError`."""
    if options.config is not None or options.find_config:
        cfg, known = load_rules(options.config, first_path, options.rule_packs, load)
    else:
        cfg, known = Config(), load([*options.rule_packs])
    rules = resolve(
        known,
        select=options.select or cfg.select,
        ignore=(*cfg.ignore, *options.ignore),
        extend_select=(*cfg.extend_select, *options.extend_select),
    )
    _check_selection(rules, known, cfg.per_file_ignores)
    settings = LintSettings(
        rules=tuple(rules),
        context=Context(
            known_people=cfg.known_people,
            known_organizations=cfg.known_organizations,
            as_of=options.as_of or cfg.as_of,
            settings={} if cfg.opinion_labels is None else {"tone": {"opinion-labels": cfg.opinion_labels}},
        ),
        per_file_ignores=cfg.per_file_ignores,
        with_metrics=options.with_metrics,
        with_view=options.with_view,
        max_file_size=cfg.max_file_size,
        project_root=str(cfg.path.parent) if cfg.path else os.getcwd(),
    )
    if options.cache and cfg.cache:
        settings = replace(settings, cache=Cache.open(options.cache_dir or default_cache_dir(), settings))
    return Run(
        config=cfg,
        known_rules=tuple(known),
        rules=tuple(rules),
        settings=settings,
        fail_under=cfg.fail_under if options.fail_under is None else float(options.fail_under),
        fail_on=options.fail_on or cfg.fail_on,
        jobs=options.jobs or cfg.jobs,
        force_exclude=cfg.force_exclude if options.force_exclude is None else options.force_exclude,
        report_unused_suppressions=options.report_unused_suppressions or cfg.report_unused_suppressions,
    )


def _check_selection(rules: Sequence[Rule], known: Sequence[Rule], per_file_ignores: tuple[tuple[str, tuple[str, ...]], ...]) -> None:
    """An empty selection or a per-file-ignores selector that names no rule is a mistake, not a pass."""
    for glob, selectors in per_file_ignores:
        validate_selectors(selectors, known, f"per-file-ignores.{glob}")
    if not rules:
        raise CredlintError("no rule selected (select is empty, or ignore removes every selected rule)")

"""Help text and usage errors of the command line, in the manner of ruff.

Typer draws its help and its usage errors in boxes (rich) that crowd an
80-column terminal and look like nothing else credlint prints. The classes here
keep typer as the framework but print plain, grouped help with examples, and
:func:`usage_error_line` turns a usage error into the one line every other
credlint error is.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Iterable

import typer.core

if TYPE_CHECKING:
    import click

#: The click typer runs on: its own vendored copy (typer ≥ 0.28) or the click package.
CLICK = getattr(typer.core, "_click", None) or typer.core.click  # type: ignore[attr-defined]
USAGE_ERROR = CLICK.exceptions.ClickException
#: Bare ``credlint`` (click ≥ 8.2 raises this to print the help; older clicks print it themselves).
NO_ARGS_IS_HELP = getattr(CLICK.exceptions, "NoArgsIsHelpError", ())

#: Option groups of ``credlint check --help``, by parameter name, in display order.
#: An option missing here is listed under "Other options", never hidden.
OPTION_GROUPS: dict[str, tuple[str, ...]] = {
    "Rule selection": ("select", "ignore", "extend_select", "rule_pack", "config"),
    "File selection": ("force_exclude", "stdin_filename", "jsonl_text_field", "jsonl_id_field"),
    "Pass or fail": ("fail_under", "fail_on", "exit_zero"),
    "Output": ("format", "output", "quiet", "verbose", "statistics", "metrics", "report_unused_suppressions"),
    "Dates": ("as_of",),
    "Speed": ("jobs", "no_cache", "cache_dir"),
}

#: What an option's value is, shown after it (typer would print its type: <str>, <int range>).
METAVARS = {
    "select": "CODES", "ignore": "CODES", "extend_select": "CODES", "rule_pack": "PATH", "config": "FILE",
    "stdin_filename": "NAME", "jsonl_text_field": "FIELD", "jsonl_id_field": "FIELD", "fail_under": "SCORE",
    "fail_on": "SEVERITY", "format": "FORMAT", "output": "FILE", "as_of": "DATE", "jobs": "N", "cache_dir": "DIR",
}  # fmt: skip

#: Examples printed under each command's help (command, what it does).
EXAMPLES: dict[str, tuple[tuple[str, str], ...]] = {
    "": (
        ("credlint check articles/", "lint a folder of articles"),
        ("credlint check story.md --select SRC,DAT", "only the sourcing and date rules"),
        ("credlint rule FIL001", "why a rule fires and how to fix it"),
    ),
    "check": (
        ("credlint check articles/", "lint every article under a folder"),
        ("credlint check - < story.txt", "lint standard input"),
        ("credlint check . --select sourcing --ignore SRC011", "choose rules"),
        ("credlint check . --format json -o report.json", "machine-readable report"),
        ("credlint check . --fail-under 90 --fail-on warning", "a stricter gate"),
    ),
    "rules": (
        ("credlint rules", "every rule, one per line"),
        ("credlint rules --format json", "every field of every rule"),
        ("credlint rules --check-examples --rule-pack house.toml", "test a pack's examples"),
    ),
    "corpus": (
        ("credlint corpus crawl/*.jsonl --id-field url -o results.parquet", "a local cluster on this machine's cores"),
        ("credlint corpus s3://bucket/crawl/ -o s3://bucket/audit.parquet --scheduler tcp://HOST:8786", "a running Dask cluster"),
    ),
    "rule": (("credlint rule FIL001", "explain a rule by code"), ("credlint rule template-callout", "or by name")),
}


def _write_examples(formatter: click.HelpFormatter, key: str) -> None:
    examples = EXAMPLES.get(key)
    if examples:
        with formatter.section("Examples"):
            for cmd, what in examples:
                formatter.write(f"{'':>{formatter.current_indent}}{cmd}\n")
                with formatter.indentation():
                    formatter.write_text(what)


def _records(ctx: click.Context, params: Iterable[click.Parameter]) -> list[tuple[str, str]]:
    out = []
    for p in params:
        if p.metavar is None and p.name in METAVARS:
            p.metavar = METAVARS[p.name]
        record = p.get_help_record(ctx)
        if record is not None:
            out.append(record)
    return out


def _argument_metavar(p: click.Parameter) -> str:
    var = (p.metavar or (p.name or "").upper()) + ("..." if p.nargs != 1 else "")
    return var if p.required else f"[{var}]"


class PlainCommand(typer.core.TyperCommand):
    """A command whose help is plain text with grouped options and examples."""

    def collect_usage_pieces(self, ctx: click.Context) -> list[str]:
        arguments = [p for p in self.get_params(ctx) if p.param_type_name == "argument"]
        return [self.options_metavar or "[OPTIONS]", *(_argument_metavar(p) for p in arguments)]

    def format_help(self, ctx: "click.Context", formatter: click.HelpFormatter) -> None:
        self.format_usage(ctx, formatter)
        self.format_help_text(ctx, formatter)
        arguments = [p for p in self.get_params(ctx) if p.param_type_name == "argument"]
        if arguments:
            with formatter.section("Arguments"):
                formatter.write_dl([(_argument_metavar(p), getattr(p, "help", "") or "") for p in arguments])
        self.format_options(ctx, formatter)
        _write_examples(formatter, self.name or "")

    def format_options(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        params = [p for p in self.get_params(ctx) if p.param_type_name == "option"]
        by_name = {p.name: p for p in params}
        placed: set[str] = set()
        for title, names in OPTION_GROUPS.items():
            group = [by_name[n] for n in names if n in by_name]
            placed.update(p.name for p in group if p.name)
            rows = _records(ctx, group)
            if rows:
                with formatter.section(title):
                    formatter.write_dl(rows)
        rest = _records(ctx, (p for p in params if p.name not in placed))
        if rest:
            with formatter.section("Options" if len(rest) == len(params) else "Other options"):
                formatter.write_dl(rest)


class PlainGroup(typer.core.TyperGroup):
    """The top-level help: commands, options, examples, where to read more."""

    def format_help(self, ctx: "click.Context", formatter: click.HelpFormatter) -> None:
        self.format_usage(ctx, formatter)
        self.format_help_text(ctx, formatter)
        self.format_commands(ctx, formatter)
        with formatter.section("Options"):
            formatter.write_dl(_records(ctx, self.get_params(ctx)))
        _write_examples(formatter, "")
        formatter.write_paragraph()
        formatter.write_text("For a command's options: credlint COMMAND --help")


def usage_error_line(exc: "click.ClickException") -> str:
    """One line for a usage error: what is wrong, and where to read the options."""
    message = " ".join(exc.format_message().split())
    if not message[1:2].isupper():  # "Invalid value…" → "invalid value…", but keep "JSON…"
        message = message[:1].lower() + message[1:]
    ctx = getattr(exc, "ctx", None)
    where = f" (see '{ctx.command_path} --help')" if isinstance(exc, CLICK.exceptions.UsageError) and ctx is not None else ""
    return f"credlint: error: {message.rstrip('.')}{where}"

"""The ``credlint`` command line (typer).

Exit codes: 0 clean; 1 red flags at or above ``--fail-on`` or a score under
``--fail-under``; 2 usage, config, rule-pack or input error. ``--exit-zero``
turns 1 into 0, never 2.

Layers: a command parses its options, resolves the run (:mod:`lint.options`), calls the
engine (:func:`lint.engine.run_inputs`), renders the report (:mod:`lint.reporters`) and
exits. Each command imports what it needs when it runs (start-up speed: ``credlint
--version``, ``--help`` and a bad option never load the rules, the engine or a reporter).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Iterable, List, Optional

import typer

from lint.cli_help import PlainCommand, PlainGroup
from lint.errors import EXIT_CLEAN, EXIT_ERROR, EXIT_FINDINGS, CredlintError

if TYPE_CHECKING:
    from lint.options import Run
    from lint.report import Report
    from lint.rule import Rule

app = typer.Typer(
    name="credlint",
    cls=PlainGroup,
    help="A source-credibility linter for news articles.",
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)

FORMATS = ("text", "table", "json", "sarif", "github", "junit", "gitlab", "html")


def _print_version(value: bool) -> None:
    if value:
        from lint import __version__

        typer.echo(f"credlint {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: bool = typer.Option(False, "--version", callback=_print_version, is_eager=True, help="Print the version and exit."),
) -> None:
    """A source-credibility linter for news articles."""


def _fail(message: str) -> "typer.Exit":
    typer.echo(f"credlint: error: {message}", err=True)
    return typer.Exit(EXIT_ERROR)


def _check_run_inputs(fail_under: Optional[float]) -> None:
    """What must hold before anything is read (one line each, exit 2)."""
    import math

    try:
        os.getcwd()
    except OSError:
        raise CredlintError("the current folder no longer exists (or cannot be read); cd to another one") from None
    if fail_under is not None and not math.isfinite(fail_under):
        raise CredlintError(f"--fail-under: expected a number from 0 to 100, got {fail_under}")


def _check_output(output: Path, inputs: "list[str]") -> None:
    """``--output`` never names an input: the same path, a symbolic link or a hard link to it."""
    out_resolved = output.resolve()
    for path in inputs:
        try:
            same = Path(path).resolve() == out_resolved or (output.exists() and os.path.samefile(path, output))
        except OSError:
            same = False
        if same:
            raise CredlintError(f"--output {output} is one of the files being linted ({path}); credlint never overwrites its input")


@app.command(cls=PlainCommand)
def check(
    paths: List[str] = typer.Argument(..., help="Files or folders to lint; '-' reads standard input."),
    format: str = typer.Option("text", "--format", "-f", help=f"Output format: {', '.join(FORMATS)}."),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="Write the report to this file."),
    select: Optional[List[str]] = typer.Option(None, help="Rules to run: codes, prefixes, names or categories."),
    ignore: Optional[List[str]] = typer.Option(None, help="Rules to skip."),
    extend_select: Optional[List[str]] = typer.Option(None, help="Rules to add to the selection."),
    fail_under: Optional[float] = typer.Option(None, min=0, max=100, help="Fail when a file scores below this."),
    fail_on: Optional[str] = typer.Option(None, help="Fail on findings of this severity or worse: error, warning, info."),
    exit_zero: bool = typer.Option(False, "--exit-zero", help="Exit 0 even when red flags are found (not on errors)."),
    config: Optional[Path] = typer.Option(None, "--config", help="Config file (default: nearest credlint.toml, .credlint.toml or pyproject.toml)."),
    rule_pack: Optional[List[Path]] = typer.Option(None, "--rule-pack", help="Extra rule pack (TOML file or folder)."),
    statistics: bool = typer.Option(False, "--statistics", help="Count findings per rule."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="Print findings only, no scores."),
    verbose: bool = typer.Option(False, "--verbose", "-v", help="Also report encodings and other notes per file."),
    metrics: bool = typer.Option(False, "--metrics", help="Add readability metrics (table and JSON)."),
    jobs: Optional[int] = typer.Option(None, "--jobs", "-j", min=1, help="At most this many processes (default: as many as the files' size pays for, up to all cores)."),
    as_of: Optional[str] = typer.Option(None, "--as-of", help="Date (YYYY-MM-DD) to read undated articles against."),
    stdin_filename: Optional[str] = typer.Option(None, help="Name to report for standard input."),
    jsonl_text_field: str = typer.Option("text", "--jsonl-text-field", help="JSONL input: the field holding each article."),
    jsonl_id_field: Optional[str] = typer.Option(None, "--jsonl-id-field", help="JSONL input: the field naming each article (default: its line number)."),
    no_cache: bool = typer.Option(False, "--no-cache", help="Lint every file afresh; do not read or write the cache."),
    cache_dir: Optional[Path] = typer.Option(None, "--cache-dir", help="Cache folder (default: the user cache folder, e.g. ~/.cache/credlint)."),
    force_exclude: Optional[bool] = typer.Option(None, "--force-exclude/--no-force-exclude", help="Apply the config's exclude to files named on the command line too (for pre-commit)."),
    report_unused_suppressions: bool = typer.Option(False, "--report-unused-suppressions", help="Warn about credlint-disable comments that silenced no finding (config: report-unused-suppressions)."),
) -> None:
    """Lint articles and score their credibility."""
    from lint.config import parse_as_of
    from lint.engine import run_inputs
    from lint.findings import SEVERITIES
    from lint.inputs import find_inputs
    from lint.options import RunOptions, prepare
    from lint.report import RenderOptions, Report
    from lint.reporters import get_writer
    from lint.selection import split_selectors

    try:
        _check_run_inputs(fail_under)
        if format not in FORMATS:
            raise CredlintError(f"--format: expected one of {', '.join(FORMATS)}, got '{format}'")
        if fail_on is not None and fail_on not in SEVERITIES:
            raise CredlintError(f"--fail-on: expected one of {', '.join(SEVERITIES)}, got '{fail_on}'")
        wanted = RunOptions(
            config=config, rule_packs=tuple(rule_pack or ()),
            select=split_selectors(select), ignore=split_selectors(ignore), extend_select=split_selectors(extend_select),
            as_of=parse_as_of("--as-of", as_of) if as_of else None, fail_under=fail_under, fail_on=fail_on,
            jobs=jobs, cache=not no_cache, cache_dir=cache_dir, force_exclude=force_exclude,
            with_metrics=metrics or format in ("json", "html"), with_view=format == "html",
            report_unused_suppressions=report_unused_suppressions,
        )  # fmt: skip
        run = prepare(wanted, paths[0] if paths else None)
        inputs = find_inputs(paths, run.config, run.settings.project_root, run.force_exclude, stdin_filename, jsonl_text_field, jsonl_id_field)
        if output is not None:
            _check_output(output, inputs.readable())
        results = run_inputs(inputs, run.settings, run.jobs)
        report = Report(results=results, rules=list(run.rules), fail_under=run.fail_under, fail_on=run.fail_on, show_metrics=metrics)
    except CredlintError as exc:
        raise _fail(str(exc)) from None
    color = output is None and sys.stdout.isatty() and "NO_COLOR" not in os.environ
    _write(get_writer(format)(report, RenderOptions(color=color, statistics=statistics, quiet=quiet)), output)
    raise typer.Exit(_exit_status(report, run, verbose, exit_zero))


def _write(pieces: Iterable[str], output: Optional[Path]) -> None:
    """The report, piece by piece (a large JSON report is never one string), to ``--output`` or
    standard output; a failed write is one line and exit 2."""
    if output is not None:
        try:
            with open(output, "w", encoding="utf-8") as fh:
                fh.writelines(pieces)
        except OSError as exc:
            raise _fail(f"--output {output}: {exc.strerror or exc}") from None
        return
    try:
        for piece in pieces:
            sys.stdout.write(piece)
        sys.stdout.flush()
    except OSError as exc:
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - nothing more can reach the broken stream
        raise _fail(f"cannot write the report to standard output: {(exc.strerror or str(exc)).lower()}") from None


def _exit_status(report: "Report", run: "Run", verbose: bool, exit_zero: bool) -> int:
    """Each file's problems on standard error, then the documented exit code."""
    from lint.report import for_terminal
    from lint.suppress import suppression_problems

    status = EXIT_CLEAN
    for r in report.results:
        where = for_terminal(r.path)
        if r.error is not None:
            typer.echo(f"{where}: error: {for_terminal(r.error)}", err=True)
            status = EXIT_ERROR
        for problem in r.rule_errors:
            typer.echo(f"{where}: error: {for_terminal(problem)}", err=True)
            status = EXIT_ERROR
        for warning in r.warnings:
            typer.echo(f"{where}: warning: {for_terminal(warning)}", err=True)
        for line, problem in suppression_problems(r.suppressions, sorted(r.used_suppressions), run.known_rules, run.report_unused_suppressions):
            typer.echo(f"{where}:{line}: warning: {for_terminal(problem)}", err=True)
        if verbose:
            for note in r.notices:
                typer.echo(f"{where}: note: {for_terminal(note)}", err=True)
    if status == EXIT_CLEAN and any(report.failing(r) for r in report.results):
        status = EXIT_CLEAN if exit_zero else EXIT_FINDINGS
    return status


@app.command(cls=PlainCommand)
def corpus(
    inputs: List[str] = typer.Argument(..., help="JSONL or Parquet files, folders or globs; local or fsspec URLs (s3://…)."),
    output: str = typer.Option(..., "--output", "-o", metavar="FOLDER", help="Results folder: FOLDER/articles and FOLDER/findings (Parquet)."),
    scheduler: Optional[str] = typer.Option(None, "--scheduler", metavar="ADDRESS", help="Dask scheduler address (default: a local cluster)."),
    workers: Optional[int] = typer.Option(None, "--workers", min=1, metavar="N", help="Local cluster: worker processes (default: all cores)."),
    text_field: str = typer.Option("text", "--text-field", "--jsonl-text-field", metavar="FIELD", help="The field or column holding each article."),
    id_field: Optional[str] = typer.Option(None, "--id-field", "--jsonl-id-field", metavar="FIELD", help="The field or column naming each article (default: its line or row number)."),
    blocksize: Optional[int] = typer.Option(None, "--blocksize", min=1, metavar="BYTES", help="Bytes of JSONL per partition (default: about 4 per worker, 256 KiB to 16 MiB)."),
    select: Optional[List[str]] = typer.Option(None, help="Rules to run: codes, prefixes, names or categories."),
    ignore: Optional[List[str]] = typer.Option(None, help="Rules to skip."),
    extend_select: Optional[List[str]] = typer.Option(None, help="Rules to add to the selection."),
    config: Optional[Path] = typer.Option(None, "--config", help="Config file (default: as for check)."),
    rule_pack: Optional[List[Path]] = typer.Option(None, "--rule-pack", help="Extra rule pack (TOML file or folder)."),
    as_of: Optional[str] = typer.Option(None, "--as-of", help="Date (YYYY-MM-DD) to read undated articles against."),
    fail_under: Optional[float] = typer.Option(None, min=0, max=100, help="An article scoring below this fails."),
    fail_on: Optional[str] = typer.Option(None, help="An article with a finding of this severity or worse fails."),
    exit_zero: bool = typer.Option(False, "--exit-zero", help="Exit 0 even when articles fail (not on errors)."),
    progress: Optional[bool] = typer.Option(None, "--progress/--no-progress", help="Dask's progress bar on stderr (default: on a terminal)."),
) -> None:
    """Lint a corpus of JSONL or Parquet articles on a Dask cluster into Parquet (needs the dask extra)."""
    from lint.corpus.command import Selection, run as run_corpus
    from lint.selection import split_selectors

    sel = Selection(config, tuple(rule_pack or ()), split_selectors(select), split_selectors(ignore), split_selectors(extend_select), as_of)
    try:
        status = run_corpus(inputs, output, sel, scheduler, workers, text_field, id_field, blocksize, fail_under, fail_on, exit_zero, progress)
    except CredlintError as exc:
        raise _fail(str(exc)) from None
    raise typer.Exit(status)


_PACKS_CONFIG = typer.Option(None, "--config", help="Config file naming extra rule packs.")
_PACKS_EXTRA = typer.Option(None, "--rule-pack", help="Extra rule pack.")


def _every_rule(config: Optional[Path], rule_pack: Optional[List[Path]]) -> list[Rule]:
    """Built-in and configured packs, unselected: what `rules` lists and `rule` explains."""
    from lint.options import load_rules

    try:
        return load_rules(config, None, rule_pack or ())[1]
    except CredlintError as exc:
        raise _fail(str(exc)) from None


RULE_FORMATS = ("table", "markdown", "json")


@app.command("rules", cls=PlainCommand)
def list_rules(
    format: str = typer.Option("table", "--format", "-f", help="table, markdown (the README's rule reference) or json (every field)."),
    config: Optional[Path] = _PACKS_CONFIG,
    rule_pack: Optional[List[Path]] = _PACKS_EXTRA,
    check_examples: bool = typer.Option(False, "--check-examples", help="Run every rule's good and bad examples; exit 1 if one fails."),
) -> None:
    """List every rule: code, name, category, severity."""
    from lint.docs import rule_reference, rules_json, rules_table

    if format not in RULE_FORMATS:
        raise _fail(f"--format: expected one of {', '.join(RULE_FORMATS)}, got '{format}'")
    rules = _every_rule(config, rule_pack)
    if check_examples:
        raise typer.Exit(_check_examples(rules))
    if format == "markdown":
        sys.stdout.write(rule_reference(rules))
    elif format == "json":
        sys.stdout.write(rules_json(rules))
    else:
        sys.stdout.write(rules_table(rules))


def _check_examples(rules: list[Rule]) -> int:
    """``credlint rules --check-examples``: one line per failing example, then a summary."""
    from lint.examples import check_examples

    failures = check_examples(rules)
    for failure in failures:
        typer.echo(failure.line())
    count = sum(len(r.bad) + len(r.good) for r in rules)
    packs = len({r.source for r in rules})
    typer.echo(
        f"{'All' if not failures else len(failures)} of {count} examples of {len(rules)} rules in {packs} "
        f"pack{'s' * (packs != 1)} {'behave as documented' if not failures else 'failed'}."
    )
    return EXIT_FINDINGS if failures else EXIT_CLEAN


@app.command("rule", cls=PlainCommand)
def explain_rule(
    code: str = typer.Argument(..., help="A rule code (FIL001) or name (template-callout)."),
    config: Optional[Path] = _PACKS_CONFIG,
    rule_pack: Optional[List[Path]] = _PACKS_EXTRA,
) -> None:
    """Explain one rule: why it matters, how to fix it, examples."""
    from lint.docs import explain
    from lint.selection import find_rule

    rule = find_rule(code, _every_rule(config, rule_pack))
    if rule is None:
        raise _fail(f"no rule '{code}' (see 'credlint rules')")
    sys.stdout.write(explain(rule))


def main() -> None:
    """Console-script entry point.

    An exception that escapes the command is a bug in credlint, never the user's
    fault: it is one line on standard error and exit code 2, like any other error
    (``CREDLINT_DEBUG=1`` shows the traceback instead).
    """
    from lint.cli_help import NO_ARGS_IS_HELP, USAGE_ERROR, usage_error_line

    try:
        status = app(prog_name="credlint", standalone_mode=False)
    except NO_ARGS_IS_HELP as exc:  # bare `credlint`: the help, as ruff prints it
        typer.echo(exc.ctx.get_help() if exc.ctx else "", err=True)
        raise SystemExit(EXIT_ERROR) from None
    except USAGE_ERROR as exc:  # usage errors: one line, exit 2, like every other error
        typer.echo(usage_error_line(exc), err=True)
        raise SystemExit(EXIT_ERROR) from None
    except typer.Abort:
        raise SystemExit(130) from None
    except BrokenPipeError:  # `credlint check … | head`: the reader left; nothing more to say
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # no second error when Python flushes at exit
        raise SystemExit(EXIT_FINDINGS) from None
    except Exception as exc:
        if os.environ.get("CREDLINT_DEBUG"):
            raise
        typer.echo(f"credlint: internal error: {type(exc).__name__}: {exc} (please report it; CREDLINT_DEBUG=1 shows where)", err=True)
        raise SystemExit(EXIT_ERROR) from None
    raise SystemExit(status or 0)

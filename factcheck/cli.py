"""Command line: `factcheck check`, `factcheck extract`.

Exit status: 0 nothing at or above --fail-on, 1 something was, 2 usage, input or
reference-store errors (each printed as one line naming the file and line).
"""
from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
from pathlib import Path

import click

from . import __version__
from .errors import FactcheckError
from .model import VERDICTS, FileResult
from .report import FORMATS

INPUT_SUFFIXES = (".txt", ".md", ".markdown")


def _date(ctx, param, value):
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not YYYY-MM-DD") from None


def _expand(paths: tuple[str, ...]) -> list[str]:
    """Files as given; directories searched recursively for article files."""
    out: list[str] = []
    for p in paths:
        path = Path(p)
        if p != "-" and path.is_dir():
            out.extend(str(f) for f in sorted(path.rglob("*")) if f.suffix.lower() in INPUT_SUFFIXES and f.is_file())
        else:
            out.append(p)
    return out


def _error(exc: FactcheckError) -> None:
    click.echo(f"factcheck: {exc}", err=True)


def _emit(report: str, output: str | None) -> None:
    """Print the report, or write it to `output` atomically (a crash leaves the old file whole)."""
    if output is None:
        click.echo(report, nl=False)
        return
    target = Path(output)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
    try:
        umask = os.umask(0)
        os.umask(umask)
        os.fchmod(fd, target.stat().st_mode & 0o777 if target.exists() else 0o666 & ~umask)
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(report)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _run(paths, lang, date, store) -> tuple[list[FileResult], bool]:
    from .document import read_document
    from .pipeline import check_document

    results, failed = [], False
    for path in _expand(paths):
        try:
            results.append(check_document(read_document(path, lang, date), store))
        except FactcheckError as exc:
            _error(exc)
            failed = True
    return results, failed


common = [
    click.argument("paths", nargs=-1, required=True),
    click.option("--lang", type=click.Choice(["auto", "ar", "en"]), default="auto", show_default=True,
                 help="Language of the articles."),
    click.option("--date", callback=_date, metavar="YYYY-MM-DD",
                 help="Article date (default: front matter, a date in the file name, else today)."),
]


def with_common(f):
    for decorator in reversed(common):
        f = decorator(f)
    return f


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="factcheck")
def cli():
    """Extract figures and attributions from news text and verify them against sourced facts."""


@cli.command()
@with_common
@click.option("--refs", "refs", multiple=True, type=click.Path(file_okay=False), metavar="DIR",
              help="A reference store layered on top of the bundled one (repeatable; later wins).")
@click.option("--no-bundled-refs", is_flag=True, help="Do not load the bundled reference store.")
@click.option("--format", "fmt", type=click.Choice(list(FORMATS)), default="text", show_default=True)
@click.option("--output", "-o", type=click.Path(dir_okay=False, writable=True), metavar="FILE",
              help="Write the report to FILE (atomically) instead of standard output.")
@click.option("--fail-on", type=click.Choice([*VERDICTS[1:], "never"]), default="contradicted",
              show_default=True, help="Exit 1 when a figure has this verdict or a worse one.")
def check(paths, lang, date, refs, no_bundled_refs, fmt, output, fail_on):
    """Verify the figures in PATHS (files, directories or - for standard input)."""
    from .references import load_store
    from .rules import data_dir

    dirs = ([] if no_bundled_refs else [data_dir("references")]) + [Path(r) for r in refs]
    try:
        store = load_store(dirs)
    except FactcheckError as exc:
        _error(exc)
        sys.exit(2)
    results, failed = _run(paths, lang, date, store)
    _emit(FORMATS[fmt](results), output)
    if fmt == "github" and os.environ.get("GITHUB_STEP_SUMMARY"):
        with open(os.environ["GITHUB_STEP_SUMMARY"], "a", encoding="utf-8") as summary:
            summary.write(FORMATS["markdown"](results))
    if failed:
        sys.exit(2)
    if fail_on != "never":
        worst = VERDICTS.index(fail_on)
        if any(v and VERDICTS.index(v.status) >= worst for r in results for v in r.verdicts):
            sys.exit(1)


@cli.command()
@with_common
def extract(paths, lang, date):
    """Print the figures and attributions of PATHS as JSON, without verification."""
    results, failed = _run(paths, lang, date, None)
    click.echo(FORMATS["json"](results), nl=False)
    if failed:
        sys.exit(2)


def main() -> None:
    try:
        cli(standalone_mode=True)
    except FactcheckError as exc:
        _error(exc)
        sys.exit(2)
    except Exception as exc:  # noqa: BLE001 - one line, never a traceback, unless asked
        if os.environ.get("FACTCHECK_DEBUG"):
            raise
        click.echo(f"factcheck: internal error: {type(exc).__name__}: {exc} "
                   "(set FACTCHECK_DEBUG=1 for the traceback)", err=True)
        sys.exit(3)

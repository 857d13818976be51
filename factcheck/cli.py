"""Command line: `factcheck check`, `factcheck extract`, `factcheck config`.

Exit status: 0 nothing at or above --fail-on, 1 something was, 2 usage, input, configuration
or reference-store errors (each printed as one line naming the file and line), 3 internal error.
"""
from __future__ import annotations

import codecs
import collections
import datetime as dt
import errno
import fcntl
import fnmatch
import gc
import itertools
import json
import os
import re
import signal
import stat
import sys
import tempfile
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO, NamedTuple, NoReturn

import click

from . import __version__
from .config import Config, find_config, load_config
from .errors import FactcheckError
from .findings import SHOW
from .model import FAIL_ON, FileResult
from .report import FORMATS, STREAMED

if TYPE_CHECKING:
    from .api import Checker
    from .report.text_format import Tally


def _date(ctx, param, value):
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not YYYY-MM-DD") from None


class _Language(click.ParamType):
    """--lang: auto or a language pack's name (the packs are read when the option is)."""
    name = "language"

    def get_metavar(self, param, ctx=None) -> str:
        from .rules import languages

        return "|".join(["auto", *languages()])

    def convert(self, value, param, ctx):
        from .rules import check_language

        return check_language(value)      # an unknown one is a FactcheckError: one line, exit 2


def _encoding(ctx, param, value):
    """Check --encoding and keep it for `_config` (every command that reads files takes it)."""
    if value is not None:
        try:
            codecs.lookup(value)
        except LookupError:
            raise click.BadParameter(f"unknown encoding {value!r}") from None
    ctx.meta["encoding"] = value


def _matches(path: Path, root: Path, patterns: list[str]) -> bool:
    rel = path.relative_to(root).as_posix()
    return any(fnmatch.fnmatch(rel, p) or fnmatch.fnmatch(path.name, p) for p in patterns)


def _excluded(path: Path, cfg: Config) -> bool:
    """A file named on the command line that the exclude globs cover, read from the folder of the
    configuration file or the current one (pre-commit names every staged file)."""
    if not cfg.exclude:
        return False
    roots = ([cfg.path.parent] if cfg.path else []) + [Path.cwd()]
    for root in roots:
        try:
            if _matches(path.resolve(), root.resolve(), cfg.exclude):
                return True
        except ValueError:      # not under that folder
            continue
    return False


def expand(paths: tuple[str, ...], cfg: Config) -> tuple[list[str], bool]:
    """Files as given, unless the exclude globs cover them; directories searched recursively (not
    through symbolic links) with the include and exclude globs. A folder that cannot be read is
    reported (one line each): whether there was one."""
    out: list[str] = []
    unreadable: list[OSError] = []
    for p in paths:
        root = Path(p)
        if p != "-" and root.is_dir():
            found = [Path(folder) / name for folder, _, names in os.walk(root, onerror=unreadable.append)
                     for name in names]
            out.extend(str(f) for f in sorted(found)
                       if f.is_file() and _matches(f, root, cfg.include) and not _matches(f, root, cfg.exclude))
        elif p == "-" or not _excluded(Path(p), cfg):
            out.append(p)
    for exc in unreadable:
        _error(FactcheckError(f"cannot read folder: {exc.strerror or exc}", exc.filename))
    return out, bool(unreadable)


def _error(exc: FactcheckError) -> None:
    click.echo(f"factcheck: {exc}", err=True)


def _done(failed: bool, failing: bool = False) -> None:
    """The run's exit status: 2 when an input could not be checked, 1 when a finding fails the run
    (--fail-on), else 0 (return)."""
    if failed:
        sys.exit(2)
    if failing:
        sys.exit(1)


def _fail(exc: FactcheckError) -> NoReturn:
    """Print the error's one line and exit 2 (bad input, configuration or store; an output that
    cannot be written)."""
    _error(exc)
    sys.exit(2)


CHUNK = 1 << 20     # bytes given to one write call (one call writes at most ~2 GiB on Linux)
# paths that name a file descriptor of this process: written through it, at its offset
_FD_PATH = re.compile(r"/dev/std(out|err)|/dev/fd/(\d+)|/proc/self/fd/(\d+)")
STDOUT = "standard output"


@contextmanager
def _writing(name: str):
    """An OSError writing to `name` as a one-line FactcheckError. Standard output that failed is
    pointed at /dev/null, so that what is left in its buffer does not fail again at exit."""
    try:
        yield
    except OSError as exc:
        if name == STDOUT:
            with suppress(OSError, ValueError, AttributeError):
                os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        raise FactcheckError(f"cannot write: {exc.strerror or exc}", name) from None


def writer(stream: BinaryIO, name: str) -> Callable[[str], None]:
    """write(text): `text` in UTF-8 into the binary `stream`, CHUNK bytes a call, then flushed; a
    write that takes nothing raises FactcheckError naming `name`."""
    def write(text: str) -> None:
        data = memoryview(text.encode("utf-8"))
        with _writing(name):
            while data:
                taken = stream.write(data[:CHUNK])
                if not taken:
                    raise OSError(errno.EIO, f"short write, {len(data)} bytes not written")
                data = data[taken:]
            stream.flush()
    return write


def _stdout() -> BinaryIO:
    if sys.stdout is None:
        raise FactcheckError("cannot write: closed", STDOUT)
    return sys.stdout.buffer


@contextmanager
def _sink(output: str | None):
    """A function writing the report as it goes: to standard output; into `output` as it is when
    that is not a regular file (a device, a FIFO, /dev/stdout); else to a new file put in the place
    of `output` at the end (atomically: a crash leaves the old file whole), with the old file's
    mode; for a symbolic link, in the place of its target, so that the link stays."""
    if output is None:
        yield writer(_stdout(), STDOUT)
        return
    with _writing(output):
        try:
            mode = os.stat(output).st_mode
        except FileNotFoundError:
            mode = None
        if (fd_path := _FD_PATH.fullmatch(output)) or mode is not None and not stat.S_ISREG(mode):
            fd = os.dup(int(fd_path[2] or fd_path[3] or (1 if fd_path[1] == "out" else 2))) if fd_path \
                else os.open(output, os.O_WRONLY)
            tmp = None
        else:
            target = Path(os.path.realpath(output))
            fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
    try:
        with open(fd, "wb", buffering=0) as stream:
            if tmp:
                umask = os.umask(0)
                os.umask(umask)
                with _writing(output):
                    os.fchmod(fd, mode & 0o777 if mode is not None else 0o666 & ~umask)
            yield writer(stream, output)
        if tmp:
            with _writing(output):
                os.replace(tmp, target)
    except BaseException:
        if tmp:
            Path(tmp).unlink(missing_ok=True)
        raise


def _emit(report: str, output: str | None = None) -> None:
    """Print the report, or write it to `output` (see `_sink`)."""
    with _sink(output) as write:
        write(report)


def _config(config_file: str | None, **overrides) -> Config:
    """The configuration file (given, or found upwards), with command-line options on top."""
    cfg = load_config(Path(config_file) if config_file else find_config(Path.cwd()))
    for key, value in overrides.items():
        if value not in (None, ()):
            setattr(cfg, key, list(value) if isinstance(value, tuple) else value)
    cfg.encoding = click.get_current_context().meta.get("encoding")
    return cfg


class _Job(NamedTuple):
    """What the worker processes need, set before they fork: rules and store load once."""
    cfg: Config | None
    checker: Checker | None
    fmt: str = "text"
    color: bool = False
    show: str = "all"


_WORKER = _Job(None, None)


def _each(func, items: list) -> list:
    return [func(item) for item in items]


@contextmanager
def _processes(jobs: int):
    """`ordered(func, items, per_task)`: func over items in input order, in `jobs` processes
    forked from this one (they inherit _WORKER). Items go `per_task` to a task, a few tasks per
    process queued ahead of the one whose results are due: no process waits for another, and
    memory stays bounded however many items there are. (concurrent.futures: the worker-handler
    thread of multiprocessing.Pool spins while results wait to be read, taking the workers' CPU.)"""
    if jobs == 1:
        yield lambda func, items, per_task=1: map(func, items)
        return
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    pool = ProcessPoolExecutor(jobs, multiprocessing.get_context("fork"), initializer=_die_with,
                               initargs=(os.getpid(),))

    def ordered(func, items: Iterable, per_task: int = 1) -> Iterator:
        it, pending = iter(items), collections.deque()
        while task := list(itertools.islice(it, per_task)):
            pending.append(pool.submit(_each, func, task))
            if len(pending) > 4 * jobs:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()

    try:
        yield ordered
    except BaseException:
        pool.shutdown(wait=False, cancel_futures=True)
        raise
    pool.shutdown()


def _die_with(parent: int) -> None:
    """In a worker process: end as soon as `parent` (the command) ends, however it ends (kill -9
    too), not live on at full CPU. Linux kills it (prctl PR_SET_PDEATHSIG); elsewhere a thread
    watches (it runs only between calls that hold the GIL)."""
    import ctypes
    import threading

    try:
        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)        # 1: PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        threading.Thread(target=_watch, args=(parent,), daemon=True).start()
    if os.getppid() != parent:     # it ended before we asked
        os._exit(1)


def _watch(parent: int) -> None:
    import time

    while os.getppid() == parent:
        time.sleep(0.5)
    os._exit(1)


def _progress(items: Iterable, length: int, label: str) -> Iterator:
    """items, with a progress bar on standard error when it is a terminal."""
    if sys.stderr and sys.stderr.isatty() and length > 1:
        with click.progressbar(items, length=length, label=label, file=sys.stderr) as bar:
            yield from bar
    else:
        yield from items


def _check(path: str) -> FileResult:
    cfg = _WORKER.cfg
    result = _WORKER.checker.check_file(path, lang=cfg.lang, date=cfg.date, encoding=cfg.encoding).result
    result.show = _WORKER.show
    return result


def _check_path(path: str) -> FileResult | FactcheckError:
    try:
        return _check(path)
    except FactcheckError as exc:
        return exc


def _run(paths, cfg: Config, checker: Checker, jobs: int = 1, show: str = "all") -> tuple[list[FileResult], bool]:
    global _WORKER
    _WORKER = _Job(cfg, checker, show=show)
    results = []
    files, failed = expand(paths, cfg)
    with _processes(jobs if len(files) > 1 else 1) as ordered:
        for out in _progress(ordered(_check_path, files, 4), len(files), "checking"):
            if isinstance(out, FactcheckError):
                _error(out)
                failed = True
            else:
                results.append(out)
    return results, failed


def _part(item: str | tuple) -> tuple[str, Tally, bool, list[str]] | FactcheckError:
    """Check a file (a path) or a section of a file read as a stream, and render it in the
    report's format here, in the worker: its text, its counts, whether it fails the run, and for
    the github format its Markdown table."""
    from . import stream
    from .findings import fails
    from .report import part
    from .report.markdown_format import table
    from .report.text_format import Tally

    whole = isinstance(item, str)
    try:
        lines, result = (None, _check(item)) if whole else \
            stream.check(item, _WORKER.checker)
    except FactcheckError as exc:
        return exc
    result.show = _WORKER.show
    return (part(_WORKER.fmt, result, lines, _WORKER.color), Tally().add(result, file=whole),
            fails(result, _WORKER.cfg.fail_on), table(result) if whole and _WORKER.fmt == "github" else [])


def _until_error(items: Iterable, errors: list[FactcheckError]) -> Iterator:
    """items, until one cannot be read: its error goes to `errors`."""
    try:
        yield from items
    except FactcheckError as exc:
        errors.append(exc)


def _report(files: list[str], cfg: Config, checker: Checker, fmt: str, jobs: int, streamed: bool, output: str | None,
            color: bool, show: str = "all") -> tuple[bool, bool]:
    """Check the files and write the report as it goes, a part per file or, `streamed`, per
    section: only counts are kept. Whether an input failed, and whether a finding fails the run."""
    from . import stream
    from .report import closing, ending, opening
    from .report.markdown_format import heading
    from .report.text_format import Tally

    global _WORKER
    _WORKER = _Job(cfg, checker, fmt, color, show)
    tally, tables = Tally(), []
    failed = failing = False
    with _sink(output) as write, _processes(jobs if streamed or len(files) > 1 else 1) as ordered:
        def take(outs: Iterable) -> None:
            nonlocal failed, failing
            for out in outs:
                if isinstance(out, FactcheckError):
                    _error(out)
                    failed = True
                else:
                    text, counts, fails, table = out
                    write(text)
                    tally.update(counts)
                    failing |= fails
                    tables.extend(table)

        if not streamed:
            take(_progress(ordered(_part, files, 4), len(files), "checking"))
        for path in files if streamed else ():
            late: list[FactcheckError] = []
            try:
                whole, sections = stream.read(path, cfg.lang, cfg.date, cfg.encoding)
            except FactcheckError as exc:
                late.append(exc)
            else:
                write(opening(fmt, whole, color))
                tally.files += 1
                take(ordered(_part, _until_error(sections, late)))
                write(closing(fmt, color))
            take(late)
        write(ending(fmt, tally, color))
    if fmt == "github" and (summary := os.environ.get("GITHUB_STEP_SUMMARY")):
        note = ["Checked as a stream: the findings are in the annotations.", ""] if streamed else []
        with _writing(summary), open(summary, "ab", buffering=0) as fh:
            writer(fh, summary)("\n".join(heading(tally) + note + tables) + "\n")
    return failed, failing


def with_common(f):
    decorators = [
        click.argument("paths", nargs=-1, required=True),
        click.option("--lang", type=_Language(), help="Language of the articles [default: auto]."),
        click.option("--date", callback=_date, metavar="YYYY-MM-DD",
                     help="Article date (default: front matter, a date in the file name, else today)."),
        click.option("--config", "config_file", type=click.Path(dir_okay=False, exists=True), metavar="FILE",
                     help="Configuration file (default: .factcheck.yaml or pyproject.toml found upwards)."),
        click.option("--encoding", callback=_encoding, expose_value=False, metavar="ENC",
                     help="Read the files in this encoding [default: UTF-8, or UTF-16 with a BOM]."),
    ]
    for decorator in reversed(decorators):
        f = decorator(f)
    return f


class _Commands(click.Group):
    """The commands: a FactcheckError out of one is its one line and exit 2."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except FactcheckError as exc:
            _fail(exc)


@click.group(cls=_Commands, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="factcheck")
def cli():
    """Extract figures and attributions from news text and verify them against sourced facts."""


@cli.command()
@with_common
@click.option("--refs", "refs", multiple=True, type=click.Path(file_okay=False), metavar="DIR",
              help="A reference store layered on top of the bundled one (repeatable; later wins).")
@click.option("--no-bundled-refs", is_flag=True, default=None, help="Do not load the bundled reference store.")
@click.option("--format", "fmt", type=click.Choice(list(FORMATS)), default="text", show_default=True,
              help="Report format (docs/json-report.md, docs/html-report.md, docs/ci.md).")
@click.option("--output", "-o", type=click.Path(dir_okay=False, writable=True), metavar="FILE",
              help="Write the report to FILE instead of standard output (a file is replaced at the end, "
                   "atomically; a device or FIFO is written as it goes).")
@click.option("--fail-on", type=click.Choice([*FAIL_ON, "never"]),
              help="Exit 1 when a figure has this verdict or a worse one [default: contradicted].")
@click.option("--jobs", "-j", type=click.IntRange(1), default=1, show_default=True,
              help="Processes to use; the output is identical to a serial run.")
@click.option("--color/--no-color", default=None,
              help="Colour the text report [default: when standard output is a terminal and NO_COLOR is unset].")
@click.option("--stream", is_flag=True,
              help="Read each file as a stream of sections, in memory that does not grow with the file "
                   "(formats text, github and jsonl).")
@click.option("--show", type=click.Choice(SHOW),
              help="What the report lists: every item, or only the problems (findings at level error or "
                   "warning) [default: problems for github, sarif and markdown, else all; json and html "
                   "keep every item].")
def check(paths, lang, date, config_file, refs, no_bundled_refs, fmt, output, fail_on, jobs, color, stream, show):
    """Verify the figures in PATHS (files, directories or - for standard input)."""
    from .api import Checker
    from .findings import fails
    from .signoff import load as load_signoffs

    if stream and fmt not in STREAMED:
        raise click.BadOptionUsage("stream", f"--stream writes the text, github or jsonl format, not {fmt}: "
                                   f"a {fmt} report is one document (jsonl is JSON written as it goes)")
    cfg = _config(config_file, lang=lang, date=date, fail_on=fail_on,
                  bundled_refs=None if no_bundled_refs is None else not no_bundled_refs)
    checker = Checker([*cfg.refs, *refs], cfg.bundled_refs, rules=cfg.rules, signoffs=load_signoffs())
    if color is None:
        color = output is None and bool(sys.stdout) and sys.stdout.isatty() and not os.environ.get("NO_COLOR")
    color = fmt == "text" and color
    show = show or ("problems" if fmt in ("github", "sarif", "markdown") else "all")
    if fmt in STREAMED:
        files, unreadable = expand(paths, cfg)
        failed, failing = _report(files, cfg, checker, fmt, jobs, stream, output, color, show)
        failed |= unreadable
    else:
        results, failed = _run(paths, cfg, checker, jobs, show)
        _emit(FORMATS[fmt](results), output)
        failing = any(fails(r, cfg.fail_on) for r in results)
    _done(failed, failing)


@cli.command()
@click.argument("where", metavar="FILE:LINE:COLUMN")
@click.option("--by", required=True, help="Who checked the figure (a name or initials).")
@click.option("--note", default="", help="What was checked, or against what.")
@click.option("--source", default="", metavar="URL", help="The source the figure was checked against.")
@click.option("--lang", type=_Language(), default="auto", show_default=True,
              help="Language of the article.")
def signoff(where, by, note, source, lang):
    """Record that a person checked the figure at FILE:LINE:COLUMN (in .factcheck/checked.yaml,
    here): it is reported as `checked` until its sentence changes."""
    from .document import LineIndex, read_document
    from .figures import extract_figures
    from .normalize import normalize
    from .signoff import FILE, sign

    path, _, place = where.rpartition(":")
    path, _, line = path.rpartition(":")
    if not path or not line.isdigit() or not place.isdigit():
        raise click.BadParameter("give the figure as FILE:LINE:COLUMN (as the reports print it)", param_hint="WHERE")
    doc = read_document(path, lang)
    lines = LineIndex(doc.text)
    figures = [f for f in extract_figures(doc, normalize(doc.masked))
               if lines.position(f.start) <= (int(line), int(place)) < lines.position(f.end)]
    if not figures:
        raise FactcheckError(f"no figure at line {line}, column {place}", path, int(line))
    record = sign(path, doc.text, figures[0], by, note, source)
    click.echo(f"{FILE}: “{record.figure}” of {record.file} (line {line}) checked by {record.by} on {record.date}")


@cli.command()
@with_common
@click.option("--jobs", "-j", type=click.IntRange(1), default=1, show_default=True, help="Processes to use.")
def extract(paths, lang, date, config_file, jobs):
    """Print the figures and attributions of PATHS as JSON, without verification."""
    from .api import Checker

    cfg = _config(config_file, lang=lang, date=date)
    results, failed = _run(paths, cfg, Checker(verify=False, rules=cfg.rules), jobs)
    _emit(FORMATS["json"](results))
    _done(failed)


@cli.command()
@with_common
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True,
              help="Report format.")
def attributions(paths, lang, date, config_file, fmt):
    """Audit the attributions of PATHS: every attribution phrase grouped by source, with counts
    and the figures it covers."""
    from .api import Checker
    from .report.attributions_format import render_json, render_text

    cfg = _config(config_file, lang=lang, date=date)
    results, failed = _run(paths, cfg, Checker(verify=False, rules=cfg.rules))
    _emit((render_json if fmt == "json" else render_text)(results))
    _done(failed)


@cli.command()
@click.argument("source", type=click.Path(dir_okay=False, exists=True))
@click.option("--out", "out", type=click.Path(dir_okay=False), metavar="OUT.jsonl",
              help="Append results here, skipping ids already in it (resumable). Default: standard output.")
@click.option("--refs", "refs", multiple=True, type=click.Path(file_okay=False), metavar="DIR",
              help="A reference store layered on top of the bundled one (repeatable; later wins).")
@click.option("--no-bundled-refs", is_flag=True, help="Do not load the bundled reference store.")
@click.option("--jobs", "-j", type=click.IntRange(1), default=1, show_default=True, help="Processes to use.")
def batch(source, out, refs, no_bundled_refs, jobs):
    """Check articles from a JSON Lines file (id, text, optional date, lang), one result a line,
    in input order."""
    from . import batch as b

    global _WORKER
    _WORKER = _Job(None, b.checker_for(tuple(refs), not no_bundled_refs))
    with _results(out) as (write, skip):
        bad = False

        def records():
            nonlocal bad
            for n, record, err in b.read_jsonl(Path(source)):
                if err:
                    _error(FactcheckError(err, source, n))
                    bad = True
                elif b.key(n, record) not in skip:
                    yield n, record

        with Path(source).open("rb") as fh:
            length = sum(1 for line in fh if line.strip())
        todo = length - len(skip)
        with _processes(jobs if todo > 1 else 1) as ordered:
            for line, error in _progress(ordered(_check_record, records(), 4), todo, "articles"):
                write(line + "\n")
                bad |= error
    _done(bad)


@contextmanager
def _results(out: str | None):
    """(write, keys done) for `factcheck batch`: standard output, or `out` opened to append,
    locked against another batch run on it, with the keys of the results it has (see batch.done)."""
    from . import batch as b

    if out is None:
        yield writer(_stdout(), STDOUT), set()
        return
    with _writing(out):
        fh = open(out, "a+b")
    with fh:
        if not stat.S_ISREG(os.fstat(fh.fileno()).st_mode):
            raise FactcheckError("not a regular file (--out is read again to resume)", out)
        try:
            fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise FactcheckError("another factcheck batch is writing to this file: wait for it to end, "
                                 "or give another --out", out) from None
        with _writing(out):
            keys = b.done(fh)
        yield writer(fh, out), keys


def _check_record(item: tuple[int, object]) -> tuple[str, bool]:
    """A record's result line (the record on input line n), JSON-encoded here (in the worker
    process), and whether it is an error."""
    from .batch import check_record, result_line

    n, record = item
    line = check_record(record, _WORKER.checker)
    return json.dumps(result_line(n, record, line), ensure_ascii=False, allow_nan=False), "error" in line


@cli.command("config")
@click.option("--config", "config_file", type=click.Path(dir_okay=False, exists=True), metavar="FILE",
              help="Configuration file (default: .factcheck.yaml or pyproject.toml found upwards).")
def show_config(config_file):
    """Print the effective configuration."""
    import yaml

    _emit(yaml.safe_dump(_config(config_file).as_dict(), allow_unicode=True, sort_keys=False))


@cli.group()
def refs():
    """Maintain a reference store: validate, show, find, import."""


def _store_options(f):
    f = click.option("--no-bundled-refs", is_flag=True, help="Do not load the bundled reference store.")(f)
    return click.option("--refs", "dirs", multiple=True, type=click.Path(file_okay=False), metavar="DIR",
                        help="A reference store layered on top of the bundled one (repeatable).")(f)


def _lenient_store(dirs: tuple[str, ...], no_bundled_refs: bool):
    """The layered store of the records that load, the others' problems said on standard error
    (to look records up in a store being repaired)."""
    from .references import folders, read_store

    store, problems = read_store(folders(dirs, not no_bundled_refs))
    if problems:
        click.echo(f"{len(problems)} problem(s) in the store (factcheck refs validate lists them); "
                   "the records with none are read", err=True)
    return store


@refs.command()
@click.argument("dirs", nargs=-1, type=click.Path(file_okay=False))
@click.option("--with-bundled", is_flag=True,
              help="Layer the folders on the bundled store, as `check --refs` does (duplicates and "
                   "contradictions with its records are reported too).")
def validate(dirs, with_bundled):
    """Check reference folders (default: the bundled store), layered in order: one line per
    problem, `file:line: problem`. Exit 0 when clean, 2 otherwise."""
    from .maintain import consistency
    from .references import folders, read_store

    store, problems = read_store(folders(dirs, with_bundled or not dirs))
    problems = sorted(problems + consistency(store), key=lambda p: (p[0], p[1] or 0))
    _emit("".join(f"{FactcheckError(message, path, line)}\n" for path, line, message in problems))
    total = len(store.records) + len(store.people) + len(store.sources) + len(store.statements) + len(store.claims)
    click.echo(f"{total} record(s), {len(problems)} problem(s)", err=True)
    _done(bool(problems))


@refs.command()
@click.argument("record_id", metavar="ID")
@_store_options
def show(record_id, dirs, no_bundled_refs):
    """Print the record with this id as written, after its file and line."""
    from .maintain import record_text

    _emit(record_text(_lenient_store(dirs, no_bundled_refs), record_id))


@refs.command()
@click.argument("text")
@_store_options
@click.option("--limit", type=click.IntRange(1), default=20, show_default=True, help="How many records to list.")
def find(text, dirs, no_bundled_refs, limit):
    """List the records whose names or aliases match TEXT, best first, with scores."""
    from .maintain import find as find_records

    _emit("".join(f"{score:5.1f}  {what:<8} {record.id}  “{alias}”  {record.path}:{record.line}\n"
                  for score, what, alias, record in find_records(_lenient_store(dirs, no_bundled_refs), text, limit)))


@refs.command()
@click.argument("paths", nargs=-1, required=True)
@_store_options
@click.option("--out", type=click.Path(dir_okay=False), metavar="FILE.yaml",
              help="Write the drafts here (atomically) instead of standard output.")
@click.option("--date", callback=_date, metavar="YYYY-MM-DD",
              help="Article date (default: front matter, a date in the file name, else today).")
@click.option("--lang", type=_Language(), default="auto", show_default=True,
              help="Language of the articles.")
def suggest(paths, dirs, no_bundled_refs, out, date, lang):
    """Draft store records for the figures of PATHS that no record covers (unverified): their own
    words as names, the article's date, the attribution's publisher; fill the TODOs, then validate."""
    from .api import Checker
    from .document import read_document
    from .suggest import drafts, render

    checker = Checker(dirs, not no_bundled_refs)
    parts = []
    for path in paths:
        doc = read_document(path, lang, date)
        parts.append(render(doc, drafts(doc, checker.check_document(doc).result)))
    _emit("\n".join(parts), out)


@refs.command("import-claimreview")
@click.argument("source", type=click.Path(dir_okay=False, exists=True), metavar="FILE")
@click.option("--out", type=click.Path(dir_okay=False), metavar="FILE.yaml",
              help="Write the store file here (atomically) instead of standard output.")
def import_claimreview(source, out):
    """Read ClaimReview records (schema.org JSON-LD, or the Fact Check Tools shape) into a store
    file of claims already fact-checked; a sentence of an article that repeats one is reported."""
    from .claims import import_claimreview as read, write

    records, skipped = read(Path(source))
    for why in skipped:
        click.echo(f"{source}: {why}", err=True)
    text = write(records, Path(out) if out else None)
    if not out:
        _emit(text)
    click.echo(f"{len(records)} claim(s), {len(skipped)} skipped", err=True)


@refs.command("import")
@click.argument("table", type=click.Path(dir_okay=False, exists=True), metavar="CSV")
@click.option("--map", "mapping_file", required=True, type=click.Path(dir_okay=False, exists=True),
              metavar="MAPPING.yaml", help="Which columns give each field of a fact.")
@click.option("--out", type=click.Path(), metavar="FILE.yaml|DIR",
              help="Write the store file here (atomically) instead of standard output; given an existing "
                   "folder, write files of --per-file facts into it (CSV-0001.yaml, ...).")
@click.option("--per-file", type=click.IntRange(1), default=5000, show_default=True,
              help="Facts per file when --out is a folder (a smaller file loads in less memory).")
def import_table(table, mapping_file, out, per_file):
    """Build facts from the rows of a CSV table; one line per skipped row, `file:line: problem`.
    Exit 0 when every row became a fact, 2 otherwise."""
    from .maintain import import_csv, read_mapping, store_file

    mapping = read_mapping(Path(mapping_file))
    folder = Path(out) if out and Path(out).is_dir() else None
    facts, files, bad = [], 0, 0

    def flush():
        nonlocal facts, files
        files += 1
        text = store_file(Path(table), facts)
        _emit(text, str(folder / f"{Path(table).stem}-{files:04d}.yaml") if folder else out)
        facts = []

    for fact, problem in import_csv(Path(table), mapping):
        if problem:
            click.echo(str(FactcheckError(problem[2], problem[0], problem[1])), err=True)
            bad += 1
            continue
        facts.append(fact)
        if folder and len(facts) == per_file:
            flush()
    if facts or not files:
        flush()
    _done(bool(bad))


# the cyclic garbage collector's first threshold (700 allocations by default): checking a text
# allocates millions of short-lived objects and makes few cycles, and each collection walks the
# young ones again; at this size it runs 14 times less often (7% of `check` on English news)
_GC_THRESHOLD = 10_000


def main() -> None:
    gc.set_threshold(_GC_THRESHOLD, *gc.get_threshold()[1:])
    try:
        cli(standalone_mode=True)
    except FactcheckError as exc:
        _fail(exc)
    except Exception as exc:  # noqa: BLE001 - one line, never a traceback, unless asked
        if os.environ.get("FACTCHECK_DEBUG"):
            raise
        click.echo(f"factcheck: internal error: {type(exc).__name__}: {exc} "
                   "(set FACTCHECK_DEBUG=1 for the traceback)", err=True)
        sys.exit(3)

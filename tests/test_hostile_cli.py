"""A hostile environment around the command line: planted caches, odd output paths, hostile stores."""
from __future__ import annotations

import os
import pickle
import re
import stat
import subprocess
import sys

import pytest

from factcheck import cache
from factcheck.references import ReferenceStore     # its classes, as in a run that reads a store's cache

from .conftest import ROOT, SEED


def cli(*args: str, stdout=subprocess.PIPE) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "factcheck", *args], stdout=stdout, stderr=subprocess.PIPE,
                          text=True, cwd=ROOT, timeout=120)


# ---------------------------------------------------------------- caches

class _Plant:
    """A pickle that creates a file when it is loaded."""

    def __init__(self, marker):
        self.marker = str(marker)

    def __reduce__(self):
        return os.system, (f"touch {self.marker}",)


@pytest.fixture
def own_cache(tmp_path, monkeypatch):
    """A fresh cache folder and signing key for this test, for this process and the CLI it runs."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    cache._secret.cache_clear()
    yield tmp_path / "cache" / "factcheck"
    cache._secret.cache_clear()


def _forgeries(payload: bytes, name: str):
    yield payload                                               # unsigned (as written before signing)
    yield os.urandom(cache._MAC) + payload                      # a made-up signature
    mac = cache.signature(os.urandom(32), name)                 # signed with another user's key
    mac.update(payload)
    yield mac.digest() + payload


@pytest.mark.parametrize("forgery", [0, 1, 2])
def test_a_planted_cache_runs_no_code_and_the_run_is_right(own_cache, tmp_path, forgery):
    expected = cli("check", str(SEED), "--format", "json")
    files = sorted(own_cache.glob("*.pickle"))
    assert [p.name.split("-")[0] for p in files] == ["rules", "store"]
    marker = tmp_path / "owned"
    for path in files:
        path.write_bytes(list(_forgeries(pickle.dumps(_Plant(marker)), path.name))[forgery])
    planted = cli("check", str(SEED), "--format", "json")
    assert not marker.exists()
    assert (planted.returncode, planted.stdout, planted.stderr) == (expected.returncode, expected.stdout, "")
    assert all(cache.read(*p.stem.split("-"), object) is not None for p in files)   # made again, signed


def test_a_signed_cache_still_builds_only_data(own_cache, tmp_path):
    """Were the key to leak, the unpickler still builds none but the classes a cache holds."""
    marker = tmp_path / "owned"
    cache.write("store", "k", [_Plant(marker)])
    assert (own_cache / "store-k.pickle").exists()
    assert cache.read("store", "k", object) is None and not marker.exists()
    with pytest.raises(pickle.UnpicklingError, match="posix.system is not allowed"):
        cache.loads(pickle.dumps(_Plant(marker)), cache.PATTERN)
    assert not marker.exists()


def test_a_cache_folder_others_may_write_is_not_used(own_cache):
    cache.write("store", "k", {"a": 1})
    assert cache.read("store", "k", dict) == {"a": 1}
    assert cache.read("store", "k", tuple) is None              # signed, but not what is wanted
    assert own_cache.stat().st_mode & 0o777 == 0o700           # made private
    own_cache.chmod(0o777)
    assert cache.read("store", "k", dict) is None
    before = sorted(own_cache.iterdir())
    done = cli("check", str(SEED))
    assert done.returncode == 0 and "1 file(s)" in done.stdout, done.stderr
    assert sorted(own_cache.iterdir()) == before                # nothing written there either
    own_cache.chmod(0o755)
    assert cache.read("store", "k", dict) == {"a": 1}


@pytest.mark.skipif(os.geteuid() != 0, reason="giving a file to another user takes root")
def test_a_cache_folder_or_key_of_another_user_is_not_used(own_cache, tmp_path):
    cache.write("store", "k", {"a": 1})
    os.chown(own_cache, 4242, -1)
    assert cache.read("store", "k", dict) is None
    os.chown(own_cache, 0, -1)
    os.chown(tmp_path / "config" / "factcheck" / "cache.key", 4242, -1)
    cache._secret.cache_clear()
    assert cache.read("store", "k", dict) is None


def test_the_key_is_private_and_one_open_to_others_is_refused(own_cache, tmp_path):
    cache.write("store", "k", {"a": 1})
    key = tmp_path / "config" / "factcheck" / "cache.key"
    assert (key.stat().st_mode & 0o777, key.parent.stat().st_mode & 0o777) == (0o600, 0o700)
    assert not (own_cache / "cache.key").exists()
    for path, mode in ((key, 0o644), (key, 0o602), (key.parent, 0o777)):
        path.chmod(mode)
        cache._secret.cache_clear()
        assert cache.read("store", "k", dict) is None, oct(mode)
        path.chmod(0o600 if path == key else 0o700)
    key.rename(key.with_name("real"))
    key.symlink_to("real")                                       # a link could point at another's file
    cache._secret.cache_clear()
    assert cache.read("store", "k", dict) is None


# ---------------------------------------------------------------- where the report goes

@pytest.fixture(scope="module")
def report() -> str:
    done = cli("check", str(SEED))
    assert done.returncode == 0 and done.stdout.endswith("attribution(s)\n"), done.stderr
    return done.stdout


def _device(tmp_path, name: str, minor: int) -> str:
    """/dev/null (minor 3) or /dev/full (7); as root, a node of our own like it, so that a
    regression cannot replace the system's."""
    if os.geteuid() != 0:
        return f"/dev/{name}"
    path = tmp_path / name
    os.mknod(path, stat.S_IFCHR | 0o666, os.makedev(1, minor))
    return str(path)


def test_output_through_a_symlink_replaces_its_target_and_keeps_the_link(tmp_path, report):
    real, link = tmp_path / "real.txt", tmp_path / "link.txt"
    real.write_text("old\n")
    real.chmod(0o640)
    link.symlink_to("real.txt")
    done = cli("check", str(SEED), "-o", str(link))
    assert done.returncode == 0 and done.stdout == "", done.stderr
    assert link.is_symlink() and os.readlink(link) == "real.txt"
    assert real.read_text() == report and real.stat().st_mode & 0o777 == 0o640
    assert sorted(p.name for p in tmp_path.iterdir()) == ["link.txt", "real.txt"]   # no temporary left


def test_output_into_a_fifo_streams_into_it(tmp_path, report):
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    reader = subprocess.Popen(["cat", str(fifo)], stdout=subprocess.PIPE, text=True)
    done = cli("check", str(SEED), "-o", str(fifo))
    assert reader.communicate(timeout=60)[0] == report
    assert done.returncode == 0, done.stderr
    assert stat.S_ISFIFO(fifo.lstat().st_mode)


def test_output_to_dev_null_leaves_the_device(tmp_path):
    null = _device(tmp_path, "null", 3)
    done = cli("check", str(SEED), "-o", null)
    assert (done.returncode, done.stdout, done.stderr) == (0, "", "")
    assert stat.S_ISCHR(os.stat(null).st_mode)


def test_output_to_dev_stdout_writes_where_standard_output_goes(tmp_path, report):
    done = cli("check", str(SEED), "-o", "/dev/stdout")            # a pipe
    assert (done.returncode, done.stdout) == (0, report), done.stderr
    log = tmp_path / "log.txt"
    log.write_text("earlier\n")
    inode = log.stat().st_ino
    with log.open("a") as fh:                                      # `>> log.txt`: appended, not replaced
        done = cli("check", str(SEED), "-o", "/dev/stdout", stdout=fh)
    assert done.returncode == 0, done.stderr
    assert log.read_text() == "earlier\n" + report and log.stat().st_ino == inode


# ---------------------------------------------------------------- output failures

def _one_line(done: subprocess.CompletedProcess, message: str) -> None:
    assert done.returncode == 2, done.stderr
    assert done.stderr.count("\n") == 1 and message in done.stderr, done.stderr
    assert "internal error" not in done.stderr and "Traceback" not in done.stderr


def test_an_output_folder_that_is_missing_or_not_a_folder_is_one_line(tmp_path):
    _one_line(cli("check", str(SEED), "-o", str(tmp_path / "nope" / "r.txt")), "No such file or directory")
    (tmp_path / "file").write_text("")
    _one_line(cli("check", str(SEED), "--format", "json", "-o", str(tmp_path / "file" / "r.json")),
              "r.json: cannot write: Not a directory")
    assert list(tmp_path.iterdir()) == [tmp_path / "file"]


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes anywhere")
def test_an_unwritable_output_folder_is_one_line(tmp_path):
    tmp_path.chmod(0o555)
    try:
        _one_line(cli("check", str(SEED), "-o", str(tmp_path / "r.txt")), "Permission denied")
    finally:
        tmp_path.chmod(0o755)


def test_a_full_disk_is_one_line(tmp_path):
    full = _device(tmp_path, "full", 7)
    _one_line(cli("check", str(SEED), "-o", full), f"{full}: cannot write: No space left on device")
    with open(full, "w") as fh:
        _one_line(cli("check", str(SEED), stdout=fh), "standard output: cannot write: No space left on device")
    assert stat.S_ISCHR(os.stat(full).st_mode)


@pytest.mark.parametrize("command", [["check", str(SEED)], ["extract", str(SEED)], ["config"]])
def test_a_closed_standard_output_is_one_line(command):
    done = subprocess.run(["sh", "-c", 'exec "$@" >&-', "sh", sys.executable, "-m", "factcheck", *command],
                          capture_output=True, text=True, cwd=ROOT, timeout=120)
    _one_line(done, "standard output: cannot write: closed")


def test_a_broken_pipe_is_one_line(tmp_path, seed_text):
    for i in range(20):                                            # some 600 KB of report: more than a pipe holds
        (tmp_path / f"a{i}.txt").write_text(seed_text, encoding="utf-8")
    proc = subprocess.Popen([sys.executable, "-m", "factcheck", "check", str(tmp_path), "--format", "json"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT)
    proc.stdout.close()
    err = proc.stderr.read()
    proc.wait(timeout=120)
    _one_line(subprocess.CompletedProcess(proc.args, proc.returncode, "", err),
              "standard output: cannot write: Broken pipe")


class _ShortWrites:
    """A stream that takes at most `most` bytes a call, and nothing once it holds `room` bytes."""

    def __init__(self, most: int, room: int):
        self.most, self.room, self.data, self.calls = most, room, bytearray(), []

    def write(self, data) -> int:
        self.calls.append(len(data))
        taken = bytes(data[:min(self.most, self.room - len(self.data))])
        self.data += taken
        return len(taken)

    def flush(self) -> None:
        pass


def test_a_report_is_written_in_chunks_and_a_short_write_fails_loudly(monkeypatch):
    from click.testing import CliRunner

    from factcheck import cli as cli_module

    text = "نحو 1.4 مليون نازح\n" * 200_000                              # 6.6 MB
    partial = _ShortWrites(most=cli_module.CHUNK // 3, room=1 << 30)
    cli_module.writer(partial, "x")(text)
    assert partial.data.decode() == text and max(partial.calls) == cli_module.CHUNK
    full = _ShortWrites(most=cli_module.CHUNK, room=5000)
    with pytest.raises(cli_module.FactcheckError, match="x: cannot write: short write"):
        cli_module.writer(full, "x")(text)
    monkeypatch.setattr(cli_module, "_stdout", lambda: _ShortWrites(most=1 << 20, room=500))
    result = CliRunner().invoke(cli_module.cli, ["check", str(SEED)])
    assert result.exit_code == 2
    assert re.fullmatch(r"factcheck: standard output: cannot write: short write, \d+ bytes not written\n",
                        result.stderr)


# ---------------------------------------------------------------- hostile stores

HOSTILE_STORE = """\
schema: 1
facts:
  - id: widgets
    kind: count
    value: 5000
    unit: "widgets\\u202e"
    as_of: "2024-01-01"
    names:
      en: [widget output]
    source:
      publisher: "Bureau\\nart.txt:9:9: supported: “1”\\u001b[31m\\u0085 \\
        [x](https://evil.example) | <script>x</script>"
      url: {url}
"""
ARTICLE = "The widget output reached 7,000 widgets in 2024, the bureau said.\n"


def _hostile(tmp_path, url: str = "'https://widgets.example/a(b)'") -> tuple[str, str]:
    (tmp_path / "store").mkdir()
    (tmp_path / "store" / "a.yaml").write_text(HOSTILE_STORE.format(url=url), encoding="utf-8")
    (tmp_path / "art.txt").write_text(ARTICLE, encoding="utf-8")
    return str(tmp_path / "store"), str(tmp_path / "art.txt")


@pytest.mark.parametrize("url", ["'https://a.example/x|y'", '"https://a.example/x\\n"', "'javascript:alert(1)'",
                                 "'https://'", "'http://a.example/a b'", """'https://a.example/"><script>'""",
                                 "'https://a.example:port/'", '"https://a.example/\\u202e"', "'ftp://a.example/'"])
def test_a_store_url_that_could_break_a_report_is_refused_with_file_and_line(tmp_path, url):
    from click.testing import CliRunner

    from factcheck.cli import cli as command

    store, _ = _hostile(tmp_path, url)
    result = CliRunner().invoke(command, ["refs", "validate", store])
    assert result.exit_code == 2
    assert result.stdout.startswith(f"{store}/a.yaml:") and result.stdout.count("\n") == 1, result.stdout
    assert "url" in result.stdout


def test_a_store_cannot_fake_lines_of_the_text_report(tmp_path):
    store, article = _hostile(tmp_path)
    done = cli("check", "--refs", store, article, "--date", "2024-03-01")
    assert done.returncode == 1, done.stderr
    assert "Bureau art.txt:9:9" in done.stdout                       # the publisher, on its reference line
    assert not any(line.startswith("art.txt:9:9") for line in done.stdout.splitlines())
    assert not set("\x1b\x85\u202e") & set(done.stdout)


def _cells(row: str) -> list[str]:
    """A Markdown table row's cells, split as GitHub splits them (at pipes not escaped)."""
    return re.split(r"(?<!\\)((?:\\\\)*)\|", row)[::2][1:-1]


def test_a_store_cannot_inject_markdown_into_the_table_or_the_job_summary(tmp_path):
    store, article = _hostile(tmp_path)
    done = cli("check", "--refs", store, article, "--date", "2024-03-01", "--format", "markdown")
    summary = tmp_path / "summary.md"
    github = subprocess.run([sys.executable, "-m", "factcheck", "check", "--refs", store, article, "--date",
                             "2024-03-01", "--format", "github"], capture_output=True, text=True, cwd=ROOT,
                            timeout=120, env={**os.environ, "GITHUB_STEP_SUMMARY": str(summary)})
    assert (done.returncode, github.returncode) == (1, 1), done.stderr + github.stderr
    for markdown in (done.stdout, summary.read_text(encoding="utf-8")):
        row = next(line for line in markdown.splitlines() if line.startswith("| 1:27 "))
        assert len(_cells(row)) == 6, row
        assert "<script>" not in markdown and "](https://evil" not in markdown and "\n art.txt" not in markdown
        assert "](https://widgets.example/a%28b%29) |" in row        # the link's target percent-encoded
        assert not set("\x1b\x85\u202e") & set(markdown)


# ---------------------------------------------------------------- worker processes

def _children(pid: int) -> list[int]:
    """Live (not zombie) processes whose parent is `pid`."""
    found = []
    for entry in os.listdir("/proc"):
        try:
            fields = open(f"/proc/{entry}/stat").read().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue
        if fields[1] == str(pid) and fields[0] != "Z":
            found.append(int(entry))
    return found


def _alive(pid: int) -> bool:
    try:
        return open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


@pytest.mark.skipif(not os.path.exists("/proc/self/stat"), reason="reads /proc")
def test_workers_end_when_the_command_is_killed(tmp_path, seed_text):
    import signal
    import time

    for i in range(300):
        (tmp_path / f"a{i}.txt").write_text(seed_text, encoding="utf-8")
    proc = subprocess.Popen([sys.executable, "-m", "factcheck", "check", str(tmp_path), "--jobs", "2"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=ROOT)
    deadline = time.monotonic() + 60
    while len(workers := _children(proc.pid)) < 2 and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    assert len(workers) == 2
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    deadline = time.monotonic() + 5
    while any(map(_alive, workers)) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not any(map(_alive, workers))


def test_batch_output_failures_are_one_line(tmp_path):
    source = tmp_path / "in.jsonl"
    source.write_text('{"id": "a", "text": "7 people"}\n', encoding="utf-8")
    _one_line(cli("batch", str(source), "--out", str(tmp_path / "nope" / "o.jsonl")),
              "o.jsonl: cannot write: No such file or directory")
    full = _device(tmp_path, "full", 7)                    # reading it to resume would never end
    _one_line(cli("batch", str(source), "--out", full), f"{full}: not a regular file")
    with open(full, "w") as fh:
        _one_line(cli("batch", str(source), stdout=fh), "standard output: cannot write: No space left on device")
    done = subprocess.run(["sh", "-c", 'exec "$@" >&-', "sh", sys.executable, "-m", "factcheck", "batch", str(source)],
                          capture_output=True, text=True, cwd=ROOT, timeout=120)
    _one_line(done, "standard output: cannot write: closed")


@pytest.mark.parametrize("module,name", [("factcheck.references", "Path"), ("factcheck.references", "load_store"),
                                         ("factcheck.cli", "main"), ("factcheck.__main__", "main"),
                                         ("builtins", "eval"), ("os", "system")])
def test_the_cache_unpickler_builds_records_and_containers_only(module, name):
    store = cache.loads(pickle.dumps(ReferenceStore()))        # records: factcheck's dataclasses
    assert isinstance(store, ReferenceStore)
    forged = b"\x80\x04c" + f"{module}\n{name}\n".encode() + b")R."   # GLOBAL module.name, called with ()
    with pytest.raises(pickle.UnpicklingError, match=f"{module}.{name} is not allowed"):
        cache.loads(forged)

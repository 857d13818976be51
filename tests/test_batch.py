"""Batch runs: JSON Lines in order, resumable, parallel and distributed runs identical to serial."""
from __future__ import annotations

import json
import subprocess
import sys

import pytest
from click.testing import CliRunner

from factcheck.batch import check_records
from factcheck.cli import cli

from .conftest import ROOT, shared_or_skip


def records(seed_text):
    base = [
        {"id": "seed", "text": seed_text, "date": "2024-03-20"},
        {"id": "en", "text": "Gaza is home to about 2.3 million people, the UN said.", "lang": "en",
         "date": "2024-03-20"},
        {"id": "bad-date", "text": "x", "date": "yesterday"},
        {"id": 7, "text": "منذ 17 عاماً", "date": "2024-03-20"},
    ]
    return base


def write_jsonl(path, rows):
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")


def test_batch_streams_results_in_input_order_and_reports_bad_records(tmp_path, seed_text):
    src = tmp_path / "in.jsonl"
    write_jsonl(src, records(seed_text))
    with src.open("a", encoding="utf-8") as fh:
        fh.write("{not json\n")
    result = CliRunner().invoke(cli, ["batch", str(src)])
    lines = [json.loads(ln) for ln in result.stdout.splitlines()]
    assert [ln["id"] for ln in lines] == ["seed", "en", "bad-date", 7]
    assert "not YYYY-MM-DD" in lines[2]["error"]
    assert any(f["verdict"] == "supported" for f in lines[0]["figures"])
    assert result.exit_code == 2 and "in.jsonl:5:" in result.stderr


def test_batch_resumes_without_redoing_or_losing_finished_results(tmp_path, seed_text):
    src, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    rows = records(seed_text)
    write_jsonl(src, rows)
    first = check_records(rows[:1])
    # an interrupted run: one finished line and a torn one
    out.write_text(json.dumps(first[0], ensure_ascii=False) + "\n" + '{"id": "en", "fig', encoding="utf-8")
    CliRunner().invoke(cli, ["batch", str(src), "--out", str(out)])
    lines = [json.loads(ln) for ln in out.read_text(encoding="utf-8").splitlines()]
    assert [ln["id"] for ln in lines] == ["seed", "en", "bad-date", 7]
    assert lines[0] == first[0]


def test_jobs_give_identical_output(tmp_path, seed_text):
    src = tmp_path / "in.jsonl"
    write_jsonl(src, records(seed_text) * 5)
    serial = CliRunner().invoke(cli, ["batch", str(src)]).stdout
    parallel = CliRunner().invoke(cli, ["batch", str(src), "--jobs", "2"]).stdout
    assert serial == parallel and serial.count("\n") == 20


def test_check_jobs_2_on_the_corpus_is_byte_identical():
    corpus = shared_or_skip("corpus", "ar")
    one = CliRunner().invoke(cli, ["check", str(corpus), "--format", "json", "--jobs", "1"])
    two = CliRunner().invoke(cli, ["check", str(corpus), "--format", "json", "--jobs", "2"])
    assert one.stdout == two.stdout and len(json.loads(one.stdout)["files"]) == 81


def test_check_jobs_2_writes_the_same_report_in_every_streamed_format(tmp_path):
    corpus = shared_or_skip("corpus", "en")
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xff")
    for fmt in ("text", "github", "jsonl"):
        one = CliRunner().invoke(cli, ["check", str(corpus), str(bad), "--format", fmt, "--jobs", "1"])
        two = CliRunner().invoke(cli, ["check", str(corpus), str(bad), "--format", fmt, "--jobs", "2"])
        assert (two.stdout, two.stderr, two.exit_code) == (one.stdout, one.stderr, one.exit_code)
        assert one.exit_code == 2 and one.stderr.startswith(f"factcheck: {bad}:1: invalid UTF-8")
        assert one.stdout.count(str(corpus)) >= 50


def test_dask_local_cluster_matches_serial(seed_text):
    db = pytest.importorskip("dask.bag")
    distributed = pytest.importorskip("distributed")
    from factcheck.distributed import check_bag

    rows = records(seed_text) * 3
    serial = check_records(rows)
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as cluster, distributed.Client(cluster):
        got = check_bag(db.from_sequence(rows, npartitions=4)).compute()
    assert got == serial


def test_documented_dask_example_runs_and_matches_serial(tmp_path):
    """The example in docs/distributed.md, run as a user would, writes the serial results."""
    pytest.importorskip("distributed")
    doc = (ROOT / "docs" / "distributed.md").read_text(encoding="utf-8")
    example = doc.split("```python\n")[1].split("```")[0]
    (tmp_path / "example.py").write_text(example, encoding="utf-8")
    (tmp_path / "seeds").symlink_to(ROOT / "seeds")
    done = subprocess.run([sys.executable, "example.py"], cwd=tmp_path, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    seeds = sorted((ROOT / "seeds").glob("*.txt"))
    got = [json.loads(line) for line in (tmp_path / "results.jsonl").read_text(encoding="utf-8").splitlines()]
    assert got == check_records({"id": p.name, "text": p.read_text(encoding="utf-8")} for p in seeds)
    assert all(line["figures"] for line in got)


HOSTILE = ['{"id": [1], "text": "12 people"}', '{"id": {"a": 1}, "text": "3 people"}', "[1, 2]", '"text"',
           '{"text": "no id, 5 people"}', '{"id": "a", "text": "7 people"}', '{"text": "no id, 6 people"}']


def test_batch_gives_an_error_line_for_an_id_that_cannot_name_a_record_and_resumes(tmp_path):
    src, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    src.write_text("\n".join(HOSTILE[:6]) + "\n", encoding="utf-8")
    first = CliRunner().invoke(cli, ["batch", str(src), "--out", str(out)])
    assert first.exit_code == 2 and first.stderr == ""
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [(line["id"], line.get("line")) for line in lines] == [([1], 1), ({"a": 1}, 2), (None, 3), (None, 4),
                                                                  (None, 5), ("a", None)]
    assert [line.get("error", "")[:20] for line in lines] == ["a record's 'id' must"] * 2 + \
        ["a record needs an 'i"] * 2 + ["", ""]
    written = out.read_bytes()
    again = CliRunner().invoke(cli, ["batch", str(src), "--out", str(out)])
    assert again.exit_code == 0 and out.read_bytes() == written           # nothing done twice
    with src.open("a", encoding="utf-8") as fh:                           # a later record without an id
        fh.write(HOSTILE[6] + "\n")
    CliRunner().invoke(cli, ["batch", str(src), "--out", str(out)])
    added = out.read_bytes()[len(written):].decode()
    assert added.count("\n") == 1 and json.loads(added)["line"] == 7 and json.loads(added)["figures"]


def test_a_second_batch_on_the_same_out_is_refused(tmp_path, seed_text):
    import fcntl

    src, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    write_jsonl(src, records(seed_text))
    with out.open("ab") as held:
        fcntl.flock(held, fcntl.LOCK_EX)
        result = CliRunner().invoke(cli, ["batch", str(src), "--out", str(out)])
    assert result.exit_code == 2 and out.read_bytes() == b""
    assert result.stderr == f"factcheck: {out}: another factcheck batch is writing to this file: wait for it " \
                            "to end, or give another --out\n"
    runs = [subprocess.Popen([sys.executable, "-m", "factcheck", "batch", str(src), "--out", str(out)],
                             stderr=subprocess.PIPE, text=True, cwd=ROOT) for _ in range(2)]
    for run in runs:
        run.wait(timeout=120)
    ids = [json.loads(line)["id"] for line in out.read_text(encoding="utf-8").splitlines()]
    assert ids == ["seed", "en", "bad-date", 7]                            # each record once

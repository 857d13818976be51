"""The GitHub Actions workflow of docs/ci.md, run as far as it can be offline: its `run:` steps in
order, in a fresh virtual environment where the project is installed the way the workflow says
(from the repository, not the public index), on a repository holding the seed article."""
from __future__ import annotations

import json
import os
import shlex
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from .conftest import SEED

ROOT = Path(__file__).resolve().parent.parent


def workflow() -> dict:
    doc = (ROOT / "docs" / "ci.md").read_text(encoding="utf-8")
    blocks = [b.split("```", 1)[0] for b in doc.split("```yaml")[1:]]
    return next(yaml.safe_load(b) for b in blocks if ".github/workflows/" in b)


def test_the_workflow_never_installs_the_unrelated_package_of_the_same_name():
    runs = [s["run"] for s in workflow()["jobs"]["factcheck"]["steps"] if "run" in s]
    installs = [r for r in runs if "pip install" in r]
    assert installs and all("git+" in r or "@" in r or ".whl" in r for r in installs)
    assert not any(shlex.split(r)[-1] == "factcheck" for r in installs)


def test_the_workflow_steps_run_in_order_on_the_seed(tmp_path):
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    bin_dir = venv / "bin"
    repo = tmp_path / "repo"
    (repo / "articles").mkdir(parents=True)
    (repo / "articles" / SEED.name).write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    summary = tmp_path / "summary.md"
    env = {**os.environ, "PATH": f"{bin_dir}{os.pathsep}{os.environ['PATH']}", "GITHUB_STEP_SUMMARY": str(summary),
           "VIRTUAL_ENV": str(venv)}
    ran = []
    for step in workflow()["jobs"]["factcheck"]["steps"]:
        if "run" not in step:           # actions (checkout, setup-python, the SARIF upload) need GitHub
            continue
        command = step["run"]
        if command.startswith("pip install"):
            command = f"pip install -q {shlex.quote(str(ROOT))}"      # the repository, as a mirror would serve it
        done = subprocess.run(command, shell=True, cwd=repo, env=env, capture_output=True, text=True, timeout=600)
        if done.returncode and "network" in (done.stderr or "").lower():
            pytest.skip(f"no package index reachable to install the dependencies: {done.stderr[-200:]}")
        assert done.returncode == 0, (command, done.stdout[-2000:], done.stderr[-2000:])
        ran.append((command, done.stdout))
    assert len(ran) == 3
    assert (bin_dir / "factcheck").exists()
    assert "## factcheck" in summary.read_text(encoding="utf-8")
    sarif = json.loads((repo / "factcheck.sarif").read_text(encoding="utf-8"))
    assert sarif["version"] == "2.1.0" and sarif["runs"][0]["tool"]["driver"]["name"] == "factcheck"

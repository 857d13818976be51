from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "ar-2024-03-20-gallant-washington-rafah.txt"
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


def shared_or_skip(*parts: str) -> Path:
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} is absent (../shared not beside the project)")
    return path


# The run's caches (rules, stores) and their signing key go to a fresh folder, not the user's
# ~/.cache and ~/.config: set here, on import, since collecting the tests already reads the rules;
# removed at exit, after the rules cache is saved (atexit runs the last registered first).
_PRIVATE = tempfile.mkdtemp(prefix="factcheck-tests-")
os.environ["XDG_CACHE_HOME"] = os.path.join(_PRIVATE, "cache")
os.environ["XDG_CONFIG_HOME"] = os.path.join(_PRIVATE, "config")
atexit.register(shutil.rmtree, _PRIVATE, True)

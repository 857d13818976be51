from __future__ import annotations

import os
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


@pytest.fixture(autouse=True, scope="session")
def _own_cache_directory(tmp_path_factory):
    """The run's caches (rules, stores) and their signing key go to fresh folders, not the user's
    ~/.cache and ~/.config."""
    os.environ["XDG_CACHE_HOME"] = str(tmp_path_factory.mktemp("xdg-cache"))
    os.environ["XDG_CONFIG_HOME"] = str(tmp_path_factory.mktemp("xdg-config"))

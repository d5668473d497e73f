"""Fixtures for service tests: an engine over the corpus and real uvicorn servers on free loopback ports."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx
import pytest
import uvicorn

from assistant.engine import Engine
from assistant.settings import CORPUS_DIR, Settings, get_settings


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextmanager
def running(app: Any) -> Iterator[str]:
    """Serve ``app`` with uvicorn in a thread on a free loopback port; yields the base URL."""
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        assert thread.is_alive() and time.monotonic() < deadline, "uvicorn did not start"
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)


@pytest.fixture(scope="session")
def svc_settings(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    return get_settings(data_dir=tmp_path_factory.mktemp("svc-data"), embedding_backend="hashing")


@pytest.fixture(scope="session")
def svc_engine(svc_settings: Settings) -> Engine:
    """The five plans with the hashing embedder in a data dir owned by these tests (they upload/delete)."""
    engine = Engine(svc_settings)
    report = engine.ingest([CORPUS_DIR])
    assert not report.failed, report.failed
    return engine


@pytest.fixture(scope="session")
def server(svc_engine: Engine) -> Iterator[str]:
    """Base URL of the whole service (API + UI) without an API key."""
    from assistant.api import create_app

    with running(create_app(svc_engine.settings, svc_engine)) as url:
        yield url


@pytest.fixture
def client(server: str) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=server, timeout=60) as c:
        yield c


def wait_job(client: httpx.Client, job_id: str, timeout: float = 120) -> dict[str, Any]:
    """Poll GET /api/jobs/{id} until it is done or failed."""
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        job = client.get(f"/api/jobs/{job_id}").json()
        if job["status"] in ("done", "failed"):
            return dict(job)
        time.sleep(0.1)
    raise AssertionError(f"job {job_id} did not finish")


def data_dir_of(engine: Engine) -> Path:
    return Path(engine.settings.data_dir)

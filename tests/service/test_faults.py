"""Operator faults of issue 9: damaged store files, lost CURRENT, SIGTERM mid-job, HTML in plan text."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from assistant.api import create_app
from assistant.engine import Engine
from assistant.settings import CORPUS_DIR, get_settings
from tests.service.conftest import free_port, running
from tests.service.test_api import NEW_PLAN

CCHC = str(Path(sys.executable).parent / "cchc")
PLAN = CORPUS_DIR / "003_lai-chau_xa-phong-tho_2025-h2.txt"


def cli(args: list[str], data_dir: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "CCHC_DATA_DIR": str(data_dir), "CCHC_EMBEDDING_BACKEND": "hashing"}
    return subprocess.run([CCHC, *args], capture_output=True, text=True, env=env, timeout=300)


@pytest.fixture
def store(tmp_path: Path) -> Path:
    """A data dir holding plan 003 and an uploaded plan, ingested through the CLI."""
    extra = tmp_path / "ke-hoach-tai-len.txt"
    extra.write_text(NEW_PLAN, encoding="utf-8")
    data = tmp_path / "data"
    assert cli(["ingest", str(PLAN), str(extra)], data).returncode == 0
    return data


def current_gen(data: Path) -> Path:
    return data / "store" / (data / "store" / "CURRENT").read_text().strip()


def doc_ids(data: Path) -> set[str]:
    out = cli(["documents", "--json"], data)
    assert out.returncode == 0, out.stderr
    return {d["doc_id"] for d in json.loads(out.stdout)}


def test_missing_current_recovers_newest_generation_and_keeps_uploads(store: Path) -> None:
    before = doc_ids(store)
    assert "ke-hoach-tai-len" in before
    (store / "store" / "CURRENT").unlink()
    assert doc_ids(store) == before  # nothing re-ingested over it, nothing deleted
    (store / "store" / "CURRENT").write_text("gen-999999")
    engine = Engine(get_settings(data_dir=store, embedding_backend="hashing"))
    assert engine.ensure_corpus() is None  # not mistaken for an empty index
    assert {d["doc_id"] for d in engine.documents()} == before


@pytest.mark.parametrize("damaged", ["chunks.jsonl", "manifest.json", "bm25"])
def test_truncated_store_file_is_named_and_doctor_repairs_it(store: Path, damaged: str) -> None:
    before = doc_ids(store)
    gen = current_gen(store)
    if damaged == "manifest.json":
        target = gen / "manifest.json"
    elif damaged == "bm25":
        target = next(p for p in sorted((gen / "bm25").rglob("*")) if p.is_file() and p.stat().st_size > 20)
    else:
        target = gen / "docs" / "ke-hoach-tai-len" / damaged
    target.write_bytes(target.read_bytes()[: max(1, target.stat().st_size // 2)])
    out = cli(["search", "Sở Nội vụ"], store)
    assert out.returncode == 3 and "Traceback" not in out.stderr
    assert target.name in out.stderr and "cchc doctor --repair" in out.stderr
    check = cli(["doctor"], store)
    assert check.returncode == 1 and target.name in check.stdout
    fixed = cli(["doctor", "--repair"], store)
    assert fixed.returncode == 0, fixed.stdout + fixed.stderr
    assert doc_ids(store) == before
    assert cli(["doctor"], store).returncode == 0
    hits = json.loads(cli(["search", "khoáng vật học", "--json", "-k", "1"], store).stdout)
    assert hits[0]["document"] == "ke-hoach-tai-len"


def test_damaged_vector_store_makes_health_degraded(store: Path) -> None:
    sqlite = store / "chroma" / "chroma.sqlite3"
    sqlite.write_bytes(sqlite.read_bytes()[:4096])
    settings = get_settings(data_dir=store, embedding_backend="hashing")
    with running(create_app(settings, Engine(settings))) as url:
        r = httpx.get(f"{url}/api/health", timeout=30)
        assert r.status_code == 503
        body = r.json()
        assert body["status"] == "degraded" and "vector_store" in body["problems"] and "doctor" in body["fix"]
    fixed = cli(["doctor", "--repair"], store)
    assert fixed.returncode == 0, fixed.stdout + fixed.stderr
    from chromadb.api.client import SharedSystemClient

    SharedSystemClient.clear_system_cache()  # this test process still caches the damaged database
    settings = get_settings(data_dir=store, embedding_backend="hashing")
    with running(create_app(settings, Engine(settings))) as url:
        assert httpx.get(f"{url}/api/health", timeout=30).json()["status"] == "ok"


def test_sigterm_stops_the_server_mid_job(tmp_path: Path) -> None:
    from tests.fixtures_gen import make_image_pdf

    data = tmp_path / "data"
    assert cli(["ingest", str(PLAN)], data).returncode == 0
    scan = make_image_pdf(tmp_path / "scan.pdf", NEW_PLAN * 6, lines_per_page=12)
    port = free_port()
    env = {**os.environ, "CCHC_DATA_DIR": str(data), "CCHC_EMBEDDING_BACKEND": "hashing", "CCHC_OCR_WORKERS": "1"}
    proc = subprocess.Popen([CCHC, "serve", "--port", str(port)], env=env, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    try:
        base = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                if httpx.get(f"{base}/api/health", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                time.sleep(0.2)
        r = httpx.post(f"{base}/api/documents", files=[("files", ("scan.pdf", scan.read_bytes(), "application/pdf"))])
        job_id = r.json()["job_id"]
        while httpx.get(f"{base}/api/jobs/{job_id}").json()["status"] == "queued":
            time.sleep(0.1)
        time.sleep(1.0)  # OCR is running
        assert httpx.get(f"{base}/api/jobs/{job_id}").json()["status"] == "running"
        t0 = time.monotonic()
        proc.send_signal(signal.SIGTERM)
        proc.wait(timeout=20)
        assert time.monotonic() - t0 < 15
    finally:
        if proc.poll() is None:
            proc.kill()
    record = json.loads((data / "jobs" / f"{job_id}.json").read_text(encoding="utf-8"))
    assert record["status"] in ("cancelled", "interrupted", "running")
    assert {d for d in doc_ids(data)} == {"003_lai-chau_xa-phong-tho_2025-h2"}  # nothing half-committed
    from assistant.api.jobs import JobManager

    job = JobManager(Engine(get_settings(data_dir=data, embedding_backend="hashing"))).get(job_id)
    assert job is not None and job.status in ("cancelled", "interrupted")


def test_plan_html_is_shown_as_text(tmp_path: Path) -> None:
    from assistant.api.jobs import JobManager
    from assistant.ui.handlers import Handlers

    evil = tmp_path / "ke-hoach-html.txt"
    evil.write_text(NEW_PLAN.replace("số hóa hồ sơ lưu trữ khoáng vật học",
                                     'số hóa <img src="http://evil.example/x.png"> [bấm](http://evil.example) '
                                     '![ảnh](http://evil.example/y.png) hồ sơ khoáng vật học'), encoding="utf-8")
    engine = Engine(get_settings(data_dir=tmp_path / "data", embedding_backend="hashing"))
    assert not engine.ingest([evil]).failed
    h = Handlers(engine, JobManager(engine))
    final = list(h.respond("Mục đích số hóa hồ sơ khoáng vật học là gì?", [], None, None, [], "", "", None))[-1]
    contents = [m["content"] for m in final[0]]
    assert any("evil.example" in c for c in contents)
    for c in contents:
        assert "<img" not in c and "<a " not in c and "](http" not in c

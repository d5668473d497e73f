"""Several server processes (``cchc serve --workers 2``) over a real ``chroma run`` server: uploads and reads agree."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx

from tests.service.conftest import free_port
from tests.service.test_api import NEW_PLAN

BIN = Path(sys.executable).parent
PLAN = Path(__file__).resolve().parents[2] / "corpus" / "003_lai-chau_xa-phong-tho_2025-h2.txt"


def wait_port(port: int, proc: subprocess.Popen[bytes], timeout: float = 120) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        assert proc.poll() is None, "process exited early"
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            return
        except OSError:
            time.sleep(0.3)
    raise AssertionError(f"port {port} not open")


def test_two_workers_share_uploads_jobs_and_snapshot(tmp_path: Path) -> None:
    chroma_port, port = free_port(), free_port()
    chroma = subprocess.Popen([str(BIN / "chroma"), "run", "--host", "127.0.0.1", "--port", str(chroma_port),
                               "--path", str(tmp_path / "chroma")], stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL)
    server = None
    try:
        wait_port(chroma_port, chroma)
        env = {**os.environ, "CCHC_DATA_DIR": str(tmp_path / "data"), "CCHC_EMBEDDING_BACKEND": "hashing",
               "CCHC_CHROMA_URL": f"http://127.0.0.1:{chroma_port}", "CCHC_CORPUS_DIR": str(PLAN.parent)}
        ingest = subprocess.run([str(BIN / "cchc"), "ingest", str(PLAN)], env=env, capture_output=True, timeout=300)
        assert ingest.returncode == 0, ingest.stderr
        server = subprocess.Popen([str(BIN / "cchc"), "serve", "--port", str(port), "--workers", "2"], env=env,
                                  stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        wait_port(port, server)
        base = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 120
        while httpx.get(f"{base}/api/health", timeout=10).status_code != 200:
            assert time.monotonic() < deadline
            time.sleep(0.5)
        r = httpx.post(f"{base}/api/documents", files=[("files", ("moi.txt", NEW_PLAN.encode(), "text/plain"))])
        job_id = r.json()["job_id"]
        deadline = time.monotonic() + 120
        seen = set()
        while True:  # each poll may be answered by either worker
            with httpx.Client(base_url=base, timeout=30) as c:  # new connection: another worker may answer
                job = c.get(f"/api/jobs/{job_id}")
            assert job.status_code == 200, job.text
            seen.add(job.json()["status"])
            if job.json()["status"] in ("done", "failed"):
                break
            assert time.monotonic() < deadline
            time.sleep(0.2)
        assert job.json()["status"] == "done", job.json()
        for _ in range(6):  # both workers see the newly committed generation
            with httpx.Client(base_url=base, timeout=30) as c:
                hits = c.post("/api/search", json={"query": "khoáng vật học", "k": 1}).json()
                assert hits[0]["document"] == "moi"
    finally:
        for proc in (server, chroma):
            if proc is not None:
                proc.terminate()
                try:
                    proc.wait(timeout=30)
                except subprocess.TimeoutExpired:
                    proc.kill()

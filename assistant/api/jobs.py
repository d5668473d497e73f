"""Background ingestion jobs (one worker thread, so ingests never overlap) and ``GET /api/jobs/{id}``."""

from __future__ import annotations

import logging
import queue
import threading
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from fastapi import APIRouter, HTTPException, Request

from assistant.engine import Engine

log = logging.getLogger("assistant.api.jobs")
router = APIRouter(prefix="/api", tags=["tải lên"])


@dataclass
class Job:
    """State of one upload's ingestion."""

    id: str
    names: dict[str, str]  # saved path → original file name
    status: str = "queued"  # queued | running | done | failed
    created: float = field(default_factory=time.time)
    finished: float | None = None
    done: int = 0
    total: int = 0
    current: str | None = None
    results: list[dict[str, Any]] = field(default_factory=list)
    error: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """JSON form for ``GET /api/jobs/{id}``."""
        return {"job_id": self.id, "status": self.status, "progress": {"done": self.done, "total": self.total},
                "current": self.current, "files": self.results, "error": self.error,
                "created": self.created, "finished": self.finished}


class JobManager:
    """Queues ingestion jobs and runs them one at a time in a daemon thread."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._jobs: dict[str, Job] = {}
        self._lock = threading.Lock()
        self._queue: queue.Queue[Job] = queue.Queue()
        self._worker: threading.Thread | None = None

    @staticmethod
    def new_id() -> str:
        """A fresh, unguessable job id (also the upload folder name)."""
        return uuid.uuid4().hex[:16]

    def submit(self, job_id: str, saved: dict[Path, str]) -> Job:
        """Queue the ingestion of saved files (path → original name) under ``job_id``."""
        job = Job(id=job_id, names={str(p): n for p, n in saved.items()}, total=len(saved))
        with self._lock:
            self._jobs[job_id] = job
            if self._worker is None or not self._worker.is_alive():
                self._worker = threading.Thread(target=self._loop, name="cchc-ingest", daemon=True)
                self._worker.start()
        self._queue.put(job)
        return job

    def get(self, job_id: str) -> Job | None:
        """A job by id."""
        with self._lock:
            return self._jobs.get(job_id)

    def wait(self, job_id: str, timeout: float = 600.0) -> Job | None:
        """Block until the job has finished (or ``timeout`` seconds passed); returns it."""
        end = time.monotonic() + timeout
        job = self.get(job_id)
        while job is not None and job.status in ("queued", "running") and time.monotonic() < end:
            time.sleep(0.1)
        return job

    def _loop(self) -> None:
        while True:
            job = self._queue.get()
            try:
                self._run(job)
            finally:
                self._queue.task_done()

    def _run(self, job: Job) -> None:
        job.status = "running"

        def progress(kind: str, data: dict[str, Any]) -> None:
            if kind == "start":
                job.total = int(data.get("total", job.total))
            elif kind == "file":
                job.current = job.names.get(data["path"], Path(data["path"]).name)
            elif kind == "page":
                job.current = f"{job.names.get(data['path'], Path(data['path']).name)} " \
                              f"(trang {data['done']}/{data['total']})"
            elif kind == "done_file":
                job.done += 1

        try:
            report = self.engine.ingest([Path(p) for p in job.names], progress)
        except Exception as exc:  # the index stays at its previous generation
            log.exception("Nạp tệp thất bại (job %s)", job.id)
            job.error = f"Lỗi khi nạp: {exc}"
            job.status = "failed"
        else:
            job.results = [{"file": job.names.get(f.path, Path(f.path).name), "doc_id": f.doc_id,
                            "status": f.status, "chunks": f.chunks, "error": f.error,
                            "seconds": round(f.seconds, 2)} for f in report.files]
            ok = [r for r in job.results if r["status"] != "failed"]
            job.status = "done" if ok or not job.results else "failed"
            if not ok and job.results:
                job.error = "Không nạp được tệp nào."
        job.current = None
        job.finished = time.time()


@router.get("/jobs/{job_id}", summary="Tiến độ nạp tệp")
def get_job(job_id: str, request: Request) -> dict[str, Any]:
    """Status (queued/running/done/failed), progress (files done/total), per-file results and errors."""
    job = request.app.state.jobs.get(job_id)
    if job is None:
        raise HTTPException(status_code=404, detail=f"Không tìm thấy tác vụ '{job_id}'.")
    return job.to_dict()

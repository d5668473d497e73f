"""Background ingestion jobs: one worker thread (ingests never overlap), persisted, cancellable.

Each job's state is written to ``<data dir>/jobs/<id>.json`` as it changes, so ``GET /api/jobs/{id}``
answers after a restart: a job that was queued or running when the process died is reported as
``interrupted`` (its uploaded files are removed). ``DELETE /api/jobs/{id}`` cancels a job: a queued job
never starts, a running one stops at its next file/page boundary and commits nothing. Uploaded files are
deleted once their job has finished; upload folders that belong to no job are removed at start-up.
"""

from __future__ import annotations

import json
import logging
import os
import queue
import shutil
import tempfile
import threading
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from fastapi import APIRouter, HTTPException, Request

from assistant.engine import Engine
from index.loaders.limits import IngestCancelled

log = logging.getLogger("assistant.api.jobs")
router = APIRouter(prefix="/api", tags=["tải lên"])
FINISHED = ("done", "failed", "cancelled", "interrupted")
_KEEP_JOBS = 500


@dataclass
class Job:
    """State of one upload's ingestion."""

    id: str
    names: dict[str, str]  # saved path → original file name
    status: str = "queued"  # queued | running | done | failed | cancelled | interrupted
    created: float = field(default_factory=time.time)
    finished: float | None = None
    done: int = 0
    total: int = 0
    current: str | None = None
    stage: str | None = None  # "đọc", "OCR trang 12/40", "nhúng 300 đoạn", "ghi chỉ mục"
    results: list[dict[str, Any]] = field(default_factory=list)
    error: str | None = None
    replace: str | None = None
    cancel_requested: bool = False

    def to_dict(self) -> dict[str, Any]:
        """JSON form for ``GET /api/jobs/{id}``."""
        return {"job_id": self.id, "status": self.status, "progress": {"done": self.done, "total": self.total},
                "current": self.current, "stage": self.stage, "files": self.results, "error": self.error,
                "created": self.created, "finished": self.finished}

    def to_record(self) -> dict[str, Any]:
        """What is persisted (the public form plus the file map)."""
        return {**self.to_dict(), "names": self.names, "replace": self.replace}

    @staticmethod
    def from_record(d: dict[str, Any]) -> Job:
        """Inverse of :meth:`to_record`."""
        return Job(id=d["job_id"], names=dict(d.get("names", {})), status=d.get("status", "failed"),
                   created=d.get("created", 0.0), finished=d.get("finished"), done=d["progress"]["done"],
                   total=d["progress"]["total"], current=d.get("current"), stage=d.get("stage"),
                   results=list(d.get("files", [])), error=d.get("error"), replace=d.get("replace"))


class JobManager:
    """Queues ingestion jobs and runs them one at a time in a daemon thread."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.folder = engine.settings.jobs_dir
        self.uploads = engine.settings.uploads_dir
        self._jobs: dict[str, Job] = {}
        self._lock = threading.Lock()
        self._queue: queue.Queue[Job] = queue.Queue()
        self._worker: threading.Thread | None = None
        self._stopping = threading.Event()
        self._last_save = 0.0
        self._recover()

    # persistence
    def _recover(self) -> None:
        """Load persisted jobs; mark unfinished ones interrupted; drop orphan upload folders."""
        self.folder.mkdir(parents=True, exist_ok=True)
        for f in sorted(self.folder.glob("*.json"), key=lambda p: p.stat().st_mtime)[-_KEEP_JOBS:]:
            try:
                job = Job.from_record(json.loads(f.read_text(encoding="utf-8")))
            except (OSError, ValueError, KeyError):
                log.warning("Bỏ qua tệp tác vụ hỏng %s", f)
                continue
            if job.status not in FINISHED:
                job.status, job.finished, job.current = "interrupted", time.time(), None
                job.error = ("Máy chủ đã dừng khi tác vụ đang chạy; chỉ mục giữ nguyên như trước tác vụ. "
                             "Hãy tải các tệp lên lại.")
                self._save(job, force=True)
            self._jobs[job.id] = job
        if self.uploads.exists():
            for d in self.uploads.iterdir():
                owner = self._jobs.get(d.name)
                if d.is_dir() and d.name != "gradio" and (owner is None or owner.status in FINISHED):
                    shutil.rmtree(d, ignore_errors=True)

    def _save(self, job: Job, force: bool = False) -> None:
        """Write the job's state atomically (throttled to a few writes per second unless ``force``)."""
        now = time.monotonic()
        if not force and now - self._last_save < 0.25:
            return
        self._last_save = now
        self.folder.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=self.folder, prefix=f".{job.id}.")
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(job.to_record(), fh, ensure_ascii=False)
        os.replace(tmp, self.folder / f"{job.id}.json")

    @staticmethod
    def new_id() -> str:
        """A fresh, unguessable job id (also the upload folder name)."""
        return uuid.uuid4().hex[:16]

    def submit(self, job_id: str, saved: dict[Path, str], replace: str | None = None) -> Job:
        """Queue the ingestion of saved files (path → original name) under ``job_id``."""
        job = Job(id=job_id, names={str(p): n for p, n in saved.items()}, total=len(saved), replace=replace)
        with self._lock:
            self._jobs[job_id] = job
            self._save(job, force=True)
            if self._worker is None or not self._worker.is_alive():
                self._worker = threading.Thread(target=self._loop, name="cchc-ingest", daemon=True)
                self._worker.start()
        self._queue.put(job)
        return job

    def get(self, job_id: str) -> Job | None:
        """A job by id (one started by another server worker is read from its persisted state)."""
        with self._lock:
            job = self._jobs.get(job_id)
        if job is not None or len(job_id) != 16 or not job_id.isalnum():
            return job
        try:
            return Job.from_record(json.loads((self.folder / f"{job_id}.json").read_text(encoding="utf-8")))
        except (OSError, ValueError, KeyError):
            return None

    def cancel(self, job_id: str) -> Job | None:
        """Ask a job to stop (a finished job is returned unchanged); None when unknown."""
        job = self.get(job_id)
        if job is None or job.status in FINISHED:
            return job
        if job_id not in self._jobs:  # running in another worker: it polls this marker
            (self.folder / f"{job_id}.cancel").touch()
            return job
        job.cancel_requested = True
        if job.status == "queued":
            self._finish(job, "cancelled", "Đã hủy trước khi bắt đầu.")
        return job

    def shutdown(self) -> None:
        """Stop: cancel the running and queued jobs (called when the server stops)."""
        self._stopping.set()
        with self._lock:
            jobs = list(self._jobs.values())
        for job in jobs:
            if job.status in ("queued", "running"):
                job.cancel_requested = True

    def wait(self, job_id: str, timeout: float = 600.0) -> Job | None:
        """Block until the job has finished (or ``timeout`` seconds passed); returns it."""
        end = time.monotonic() + timeout
        job = self.get(job_id)
        while job is not None and job.status not in FINISHED and time.monotonic() < end:
            time.sleep(0.1)
        return job

    def _loop(self) -> None:
        try:  # ingest is background work: on Linux a thread has its own nice value, readers keep priority
            os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), 10)
        except (AttributeError, OSError):
            pass
        while not self._stopping.is_set():
            try:
                job = self._queue.get(timeout=0.5)
            except queue.Empty:
                continue
            try:
                if job.status == "queued":
                    self._run(job)
            finally:
                self._queue.task_done()

    def _finish(self, job: Job, status: str, error: str | None = None) -> None:
        job.status, job.current, job.stage, job.finished = status, None, None, time.time()
        if error:
            job.error = error
        self._save(job, force=True)
        shutil.rmtree(self.uploads / job.id, ignore_errors=True)
        (self.folder / f"{job.id}.cancel").unlink(missing_ok=True)

    def _cancelled(self, job: Job) -> bool:
        if not job.cancel_requested and (self.folder / f"{job.id}.cancel").exists():
            job.cancel_requested = True
        return job.cancel_requested

    def _progress(self, job: Job, kind: str, data: dict[str, Any]) -> None:
        name = job.names.get(str(data.get("path")), Path(str(data.get("path", ""))).name)
        if kind == "start":
            job.total = int(data.get("total", job.total))
        elif kind == "file":
            job.current, job.stage = name, "đọc tệp"
        elif kind == "page":
            job.current, job.stage = f"{name} (trang {data['done']}/{data['total']})", \
                f"OCR trang {data['done']}/{data['total']}"
        elif kind == "embed":
            job.stage = f"nhúng {data['chunks']} đoạn"
        elif kind == "stage" and data.get("state") != "done":
            names = {"vectors": "dọn vector cũ", "documents": "ghi hồ sơ kế hoạch", "lexical": "dựng chỉ mục BM25"}
            label = names.get(str(data.get("stage")), str(data.get("stage")))
            done, total = data.get("done"), data.get("total")
            job.stage = f"ghi chỉ mục: {label}" + (f" {done}/{total}" if done is not None and total else "")
        elif kind == "commit":
            job.current, job.stage = None, f"ghi chỉ mục ({data['plans']} kế hoạch)"
        elif kind == "done_file":
            job.done += 1
        self._save(job)

    def _run(self, job: Job) -> None:
        job.status = "running"
        self._save(job, force=True)
        try:
            report = self.engine.ingest([Path(p) for p in job.names], lambda k, d: self._progress(job, k, d),
                                        replace=job.replace, cancel=lambda: self._cancelled(job))
        except IngestCancelled:
            self._finish(job, "cancelled", "Đã hủy; chỉ mục giữ nguyên như trước tác vụ.")
            return
        except Exception as exc:  # the index stays at its previous generation
            log.exception("Nạp tệp thất bại (job %s)", job.id)
            self._finish(job, "failed", f"Lỗi khi nạp: {exc}")
            return
        job.results = [{"file": job.names.get(f.path, Path(f.path).name), "doc_id": f.doc_id,
                        "status": f.status, "chunks": f.chunks, "error": f.error,
                        "seconds": round(f.seconds, 2)} for f in report.files]
        ok = [r for r in job.results if r["status"] != "failed"]
        self._finish(job, "done" if ok or not job.results else "failed",
                     None if ok or not job.results else "Không nạp được tệp nào.")


def _job_or_404(request: Request, job_id: str) -> Job:
    job: Job | None = request.app.state.jobs.get(job_id)
    if job is None:
        raise HTTPException(status_code=404, detail=f"Không tìm thấy tác vụ '{job_id}'.")
    return job


@router.get("/jobs/{job_id}", summary="Tiến độ nạp tệp")
def get_job(job_id: str, request: Request) -> dict[str, Any]:
    """Status (queued/running/done/failed/cancelled/interrupted), progress, stage, per-file results."""
    return _job_or_404(request, job_id).to_dict()


@router.delete("/jobs/{job_id}", summary="Hủy tác vụ nạp")
def cancel_job(job_id: str, request: Request) -> dict[str, Any]:
    """Cancel a queued or running job; the index keeps its previous state. A finished job is unchanged."""
    _job_or_404(request, job_id)
    job = request.app.state.jobs.cancel(job_id)
    return job.to_dict() if job is not None else {}

"""Plan management: list, show, facts, upload (background ingestion) and delete."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends, File, HTTPException, Request, UploadFile
from starlette.concurrency import run_in_threadpool

from assistant.api.deps import get_app_settings, get_engine
from assistant.api.schemas import JobAccepted
from assistant.api.uploads import check_content, save_files, too_large
from assistant.engine import Engine
from assistant.settings import Settings

router = APIRouter(prefix="/api/documents", tags=["kế hoạch"])


@router.get("", summary="Danh sách kế hoạch")
def list_documents(engine: Engine = Depends(get_engine)) -> list[dict[str, Any]]:
    """Metadata of every indexed plan."""
    return engine.documents()


@router.get("/{doc_id}", summary="Thông tin và dàn ý một kế hoạch")
def get_document(doc_id: str, engine: Engine = Depends(get_engine)) -> dict[str, Any]:
    """Metadata and outline (section tree) of one plan; 404 when unknown."""
    return engine.document(doc_id)


@router.get("/{doc_id}/facts", summary="Các dữ kiện trích xuất")
def get_facts(doc_id: str, kind: str | None = None, engine: Engine = Depends(get_engine)) -> list[dict[str, Any]]:
    """Extracted facts of one plan (reporting duties, targets, deadlines…), optionally of one ``kind``."""
    return engine.facts(doc_id, kind or None)


@router.delete("/{doc_id}", summary="Xóa kế hoạch")
def delete_document(doc_id: str, engine: Engine = Depends(get_engine)) -> dict[str, Any]:
    """Remove a plan from every index."""
    removed = engine.remove(doc_id)
    return {"deleted": removed, "detail": f"Đã xóa kế hoạch '{removed}'."}


@router.post("", status_code=202, response_model=JobAccepted, summary="Tải lên kế hoạch mới")
async def upload_documents(request: Request, files: list[UploadFile] = File(..., description="Một hoặc nhiều tệp"),
                           settings: Settings = Depends(get_app_settings)) -> dict[str, str]:
    """Save the files under ``<data_dir>/uploads/<job id>/`` and ingest them in the background.

    413 over ``max_upload_mb``; 415 when a file is not PDF/DOCX/TXT/MD/image by its content.
    """
    limit = settings.max_upload_mb * 1024 * 1024
    received: list[tuple[str, bytes]] = []
    total = 0
    for f in files:
        data = await f.read()
        total += len(data)
        if total > limit:
            raise too_large(settings.max_upload_mb)
        received.append((f.filename or "tai-lieu", data))
    if not received:
        raise HTTPException(status_code=422, detail="Chưa chọn tệp nào để tải lên.")
    for name, data in received:
        check_content(data, name)
    jobs = request.app.state.jobs
    job_id = jobs.new_id()
    folder = settings.data_dir / "uploads" / job_id
    saved = await run_in_threadpool(save_files, folder, received)
    jobs.submit(job_id, saved)
    return {"job_id": job_id}

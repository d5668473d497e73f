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


async def _receive(files: list[UploadFile], settings: Settings) -> list[tuple[str, bytes]]:
    """Read, bound and sniff the uploaded files (413 size, 413 count, 422 none, 415 type)."""
    if len(files) > settings.max_upload_files:
        raise HTTPException(status_code=413, detail=f"Quá nhiều tệp trong một lần tải ({len(files)}); tối đa "
                                                    f"{settings.max_upload_files} tệp.")
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
    return received


async def _queue(request: Request, received: list[tuple[str, bytes]], settings: Settings,
                 replace: str | None = None) -> dict[str, str]:
    jobs = request.app.state.jobs
    job_id = jobs.new_id()
    saved = await run_in_threadpool(save_files, settings.uploads_dir / job_id, received)
    jobs.submit(job_id, saved, replace=replace)
    return {"job_id": job_id}


@router.post("", status_code=202, response_model=JobAccepted, summary="Tải lên kế hoạch mới")
async def upload_documents(request: Request, files: list[UploadFile] = File(..., description="Một hoặc nhiều tệp"),
                           settings: Settings = Depends(get_app_settings)) -> dict[str, str]:
    """Save the files under ``<data_dir>/uploads/<job id>/`` and ingest them in the background.

    Plans are identified by content: a file identical to an indexed plan is reported as ``duplicate`` and
    adds nothing; a name that collides with another plan gets a new id (never replaces it).
    413 over ``max_upload_mb`` or ``max_upload_files``; 415 when a file is not PDF/DOCX/TXT/MD/image by content.
    """
    return await _queue(request, await _receive(files, settings), settings)


@router.put("/{doc_id}", status_code=202, response_model=JobAccepted, summary="Thay thế một kế hoạch")
async def replace_document(doc_id: str, request: Request, files: list[UploadFile] = File(..., description="Đúng một tệp"),
                           settings: Settings = Depends(get_app_settings),
                           engine: Engine = Depends(get_engine)) -> dict[str, str]:
    """Replace plan ``doc_id`` by the one uploaded file (the plan keeps its id); 404 when unknown."""
    target = engine.resolve(doc_id)
    if len(files) != 1:
        raise HTTPException(status_code=422, detail="Thay thế kế hoạch cần đúng một tệp.")
    return await _queue(request, await _receive(files, settings), settings, replace=target)

"""The page image of a PDF plan's stored original: ``GET /api/documents/{doc_id}/pages/{page}`` (PNG).

The plan is named by its id (resolved like the other plan routes, 404 when unknown) and the page by a
bounded integer; no client value ever becomes a file path. Protected by the API key like every /api route.
"""

from __future__ import annotations

from fastapi import APIRouter, Depends, HTTPException
from fastapi import Path as PathParam
from fastapi.responses import FileResponse
from starlette.concurrency import run_in_threadpool

from assistant.api.deps import get_engine
from assistant.engine import Engine
from index.pages import PageUnavailableError, render_page

router = APIRouter(prefix="/api/documents", tags=["kế hoạch"])
MAX_PAGE = 10_000


@router.get("/{doc_id}/pages/{page}", summary="Ảnh một trang của bản gốc PDF",
            response_class=FileResponse, responses={200: {"content": {"image/png": {}}}})
async def page_image(doc_id: str, page: int = PathParam(..., ge=1, le=MAX_PAGE, description="Số trang (từ 1)"),
                     engine: Engine = Depends(get_engine)) -> FileResponse:
    """PNG of one page of the plan's PDF original (rendered once, then cached); 404 without original or page."""
    rec = engine.state.docs[engine.resolve(doc_id)]
    try:
        png = await run_in_threadpool(render_page, rec.original, page, engine.settings.cache_dir / "pages",
                                      rec.sha256)
    except PageUnavailableError as exc:
        raise HTTPException(status_code=404, detail=str(exc)) from exc
    except FileNotFoundError as exc:  # a new generation replaced the folder mid-request
        raise HTTPException(status_code=409, detail="Kế hoạch vừa được cập nhật; hãy thử lại.") from exc
    return FileResponse(png, media_type="image/png", headers={"Cache-Control": "private, max-age=300"})

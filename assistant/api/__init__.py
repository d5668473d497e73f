"""The FastAPI service: REST API under /api, OpenAI-compatible API under /v1, Gradio UI at /ui.

Build it with :func:`create_app`; tests pass their own settings and engine.
"""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator
from pathlib import Path

from fastapi import Depends, FastAPI
from fastapi.responses import RedirectResponse

from assistant.api import ask, documents, jobs, openai_compat, pages, routes_tasks
from assistant.api.auth import require_api_key
from assistant.api.errors import install_error_handlers
from assistant.api.guard import RequestGuardMiddleware
from assistant.api.jobs import JobManager
from assistant.api.tempfiles import clean_old_files
from assistant.engine import Engine
from assistant.settings import Settings, get_settings

__all__ = ["create_app"]

DESCRIPTION = """Trợ lý CCHC: hỏi đáp về các kế hoạch cải cách hành chính, trả lời kèm trích dẫn nguyên văn.

Khi đặt `CCHC_API_KEY`, mọi đường dẫn `/api/*` và `/v1/*` cần tiêu đề `Authorization: Bearer <khóa>`."""


def create_app(settings: Settings | None = None, engine: Engine | None = None) -> FastAPI:
    """The whole service as one FastAPI app (the engine is built from ``settings`` when not given)."""
    from assistant.ui.app import build_ui, ui_css, ui_i18n

    settings = settings or (engine.settings if engine is not None else get_settings())
    engine = engine or Engine(settings)
    jobs_manager = JobManager(engine)
    gradio_dir = settings.uploads_dir / "gradio"

    @contextlib.asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        clean_old_files(gradio_dir, settings.upload_retention_hours)
        yield
        jobs_manager.shutdown()  # a running ingest stops at its next page/file; nothing half-committed

    app = FastAPI(title="Trợ lý CCHC", version="0.1.0", description=DESCRIPTION, docs_url="/docs", lifespan=lifespan)
    app.state.settings = settings
    app.state.engine = engine
    app.state.jobs = jobs_manager
    install_error_handlers(app)
    app.add_middleware(RequestGuardMiddleware, settings=settings)
    protected = [Depends(require_api_key)]
    for router in (ask.router, documents.router, pages.router, jobs.router, openai_compat.router, routes_tasks.router):
        app.include_router(router, dependencies=protected)

    @app.get("/", include_in_schema=False)
    def root() -> RedirectResponse:
        return RedirectResponse(url="/ui/")

    import gradio as gr

    gradio_dir.mkdir(parents=True, exist_ok=True)
    blocks = build_ui(engine, app.state.jobs, settings, upload_root=gradio_dir)
    app = gr.mount_gradio_app(app, blocks, path="/ui", css=ui_css(), footer_links=[], i18n=ui_i18n(),
                              max_file_size=f"{settings.max_upload_mb}mb")
    _keep_gradio_uploads_in(app, gradio_dir)
    return app


def _keep_gradio_uploads_in(app: FastAPI, folder: Path) -> None:
    """Make the mounted Gradio app store uploads under the data dir (not a shared /tmp folder)."""
    for route in app.routes:
        sub = getattr(route, "app", None)
        if getattr(route, "path", None) == "/ui" and hasattr(sub, "uploaded_file_dir"):
            sub.uploaded_file_dir = str(folder.resolve())  # type: ignore[union-attr]
            return
    raise RuntimeError("Gradio app not mounted at /ui")

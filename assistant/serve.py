"""Run the service: fill an empty data dir from the corpus, then serve API + UI with uvicorn."""

from __future__ import annotations

import logging
import sys
from typing import Any

from assistant.engine import Engine
from assistant.settings import Settings

log = logging.getLogger("assistant.serve")


def prepare(settings: Settings) -> Engine:
    """An engine whose index is ready (filled from ``corpus/`` when empty) before any request is accepted."""
    engine = Engine(settings)

    def progress(kind: str, data: dict[str, Any]) -> None:
        if kind == "file":
            log.info("Nạp %s", data["path"])

    report = engine.ensure_corpus(progress)
    if report is not None:
        log.info("Đã nạp %d tệp (%d lỗi) trong %.1f giây", len(report.files), len(report.failed), report.seconds)
        for f in report.failed:
            log.warning("Lỗi nạp %s: %s", f.path, f.error)
    engine.answerer()  # build the answerer's corpus tables now, not on the first user's question
    health = engine.health()
    log.info("Chỉ mục: %s kế hoạch, %s đoạn, nhúng %s", health["plans"], health["chunks"], health["embedding"])
    return engine


def worker_app() -> Any:
    """App factory for each uvicorn worker process (settings from the environment the parent prepared)."""
    from assistant.api import create_app
    from assistant.settings import get_settings

    engine = Engine(get_settings())
    engine.answerer()  # warm before this worker accepts requests
    return create_app(engine.settings, engine)


def serve(settings: Settings, host: str = "127.0.0.1", port: int = 8000, workers: int = 1) -> None:
    """Build the app, make the index ready, log where it listens, and run uvicorn (blocks).

    ``workers`` > 1 runs that many processes sharing the committed snapshot on disk; it needs the Chroma
    server mode (``CCHC_CHROMA_URL``) because the embedded Chroma database belongs to one process.
    """
    import os

    import uvicorn

    from assistant.api import create_app

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    if workers > 1 and not settings.chroma_url:
        raise SystemExit("Chạy nhiều tiến trình (--workers > 1) cần máy chủ Chroma: đặt CCHC_CHROMA_URL "
                         "(ví dụ chạy `.venv/bin/chroma run --path DIR --port 8001`).")
    engine = prepare(settings)
    shown = f"[{host}]" if ":" in host else host
    if workers > 1:
        os.environ["CCHC_DATA_DIR"] = str(settings.data_dir.resolve())
        log.info("Trợ lý CCHC (%d tiến trình) đang lắng nghe tại http://%s:%d", workers, shown, port)
        # exec the uvicorn supervisor itself: its spawned workers import a clean interpreter
        os.execv(sys.executable, [sys.executable, "-m", "uvicorn", "--factory", "assistant.serve:worker_app",
                                  "--host", host, "--port", str(port), "--workers", str(workers),
                                  "--timeout-graceful-shutdown", "5", "--log-level", "info"])
    app = create_app(settings, engine)
    shown = f"[{host}]" if ":" in host else host
    log.info("Trợ lý CCHC đang lắng nghe tại http://%s:%d  (giao diện /ui, API /api, OpenAI /v1, tài liệu /docs)",
             shown, port)
    if settings.api_key:
        log.info("Đã bật khóa API: /api/* và /v1/* cần 'Authorization: Bearer <khóa>'; giao diện hỏi khóa.")
    uvicorn.run(app, host=host, port=port, log_level="info", timeout_graceful_shutdown=5)

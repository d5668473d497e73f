"""Run the service: fill an empty data dir from the corpus, then serve API + UI with uvicorn."""

from __future__ import annotations

import logging
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
    health = engine.health()
    log.info("Chỉ mục: %s kế hoạch, %s đoạn, nhúng %s", health["plans"], health["chunks"], health["embedding"])
    return engine


def serve(settings: Settings, host: str = "127.0.0.1", port: int = 8000) -> None:
    """Build the app, make the index ready, log where it listens, and run uvicorn (blocks)."""
    import uvicorn

    from assistant.api import create_app

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    engine = prepare(settings)
    app = create_app(settings, engine)
    shown = f"[{host}]" if ":" in host else host
    log.info("Trợ lý CCHC đang lắng nghe tại http://%s:%d  (giao diện /ui, API /api, OpenAI /v1, tài liệu /docs)",
             shown, port)
    if settings.api_key:
        log.info("Đã bật khóa API: /api/* và /v1/* cần 'Authorization: Bearer <khóa>'; giao diện hỏi khóa.")
    uvicorn.run(app, host=host, port=port, log_level="info")

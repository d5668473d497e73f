"""Question answering, passage search and health: ``POST /api/ask``, ``POST /api/search``, ``GET /api/health``."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends
from fastapi.responses import JSONResponse

from assistant.api.deps import check_question, get_app_settings, get_engine
from assistant.api.schemas import AnswerOut, AskRequest, Passage, SearchRequest
from assistant.engine import Engine
from assistant.settings import Settings

router = APIRouter(prefix="/api", tags=["hỏi đáp"])


@router.post("/ask", response_model=AnswerOut, summary="Hỏi đáp có trích dẫn")
def ask(body: AskRequest, engine: Engine = Depends(get_engine),
        settings: Settings = Depends(get_app_settings)) -> dict[str, Any]:
    """Answer a question from the indexed plans, with verbatim cited passages (DESIGN.md §4.2)."""
    question = check_question(body.question, settings)
    history = [{"role": h.role, "content": h.content} for h in body.history]
    filters = body.filters.to_filters() if body.filters else None
    return engine.ask(question, history=history, filters=filters, top_k=body.top_k, mode=body.mode)


@router.post("/search", response_model=list[Passage], summary="Tìm đoạn liên quan")
def search(body: SearchRequest, engine: Engine = Depends(get_engine),
           settings: Settings = Depends(get_app_settings)) -> list[dict[str, Any]]:
    """Ranked passages (section path, text, fused score) for a query."""
    query = check_question(body.query, settings, what="Truy vấn")
    filters = body.filters.to_filters() if body.filters else None
    return [engine.passage(h) for h in engine.search(query, body.k, filters)]


@router.get("/health", summary="Tình trạng dịch vụ", response_model=None)
def health(engine: Engine = Depends(get_engine)) -> dict[str, Any] | JSONResponse:
    """Status, number of plans and chunks, embedding and LLM backends; 503 ``degraded`` naming what fails."""
    report = engine.health()
    return report if report["status"] == "ok" else JSONResponse(status_code=503, content=report)

"""OpenAI-compatible chat API: ``GET /v1/models`` and ``POST /v1/chat/completions`` (plain and SSE)."""

from __future__ import annotations

import json
import time
import uuid
from collections.abc import Iterator
from typing import Any

from fastapi import APIRouter, Depends, HTTPException
from fastapi.responses import StreamingResponse
from starlette.concurrency import run_in_threadpool

from assistant.api.chat import MODEL_ID, message_content, pieces, split_messages
from assistant.api.deps import check_question, get_app_settings, get_engine
from assistant.api.schemas import ChatCompletionRequest
from assistant.engine import Engine
from assistant.settings import Settings

router = APIRouter(prefix="/v1", tags=["tương thích OpenAI"])
CREATED = int(time.time())


@router.get("/models", summary="Danh sách mô hình")
def models() -> dict[str, Any]:
    """The single model this service exposes."""
    return {"object": "list", "data": [{"id": MODEL_ID, "object": "model", "created": CREATED,
                                        "owned_by": "tro-ly-cchc"}]}


def _chunk(cid: str, created: int, delta: dict[str, Any], finish: str | None = None,
           extra: dict[str, Any] | None = None) -> str:
    body: dict[str, Any] = {"id": cid, "object": "chat.completion.chunk", "created": created, "model": MODEL_ID,
                            "choices": [{"index": 0, "delta": delta, "finish_reason": finish}]}
    body.update(extra or {})
    return f"data: {json.dumps(body, ensure_ascii=False)}\n\n"


def _stream(answer: dict[str, Any], cid: str, created: int) -> Iterator[str]:
    yield _chunk(cid, created, {"role": "assistant", "content": ""})
    for piece in pieces(message_content(answer)):
        yield _chunk(cid, created, {"content": piece})
    yield _chunk(cid, created, {}, "stop", {"citations": answer.get("citations", []),
                                            "abstained": answer.get("abstained", False)})
    yield "data: [DONE]\n\n"


@router.post("/chat/completions", summary="Hỏi đáp kiểu OpenAI", response_model=None)
async def chat_completions(body: ChatCompletionRequest, engine: Engine = Depends(get_engine),
                           settings: Settings = Depends(get_app_settings)) -> dict[str, Any] | StreamingResponse:
    """The last user message is the question, earlier messages are the history.

    The reply's content is the answer with its [n] markers followed by a "Nguồn:" block; the structured
    citations are also in the top-level ``citations`` field (in the final chunk when streaming).
    """
    if body.model != MODEL_ID:
        raise HTTPException(status_code=404, detail=f"Không có mô hình '{body.model}'; hãy dùng '{MODEL_ID}'.")
    question, history = split_messages([(m.role, m.text()) for m in body.messages])
    if question is None:
        raise HTTPException(status_code=422, detail="Không có tin nhắn nào của người dùng (role 'user').")
    question = check_question(question, settings)
    filters = body.filters.to_filters() if body.filters else None
    answer = await run_in_threadpool(engine.ask, question, history=history, filters=filters, top_k=body.top_k,
                                     mode=body.mode)
    cid = f"chatcmpl-{uuid.uuid4().hex[:24]}"
    created = int(time.time())
    if body.stream:
        return StreamingResponse(_stream(answer, cid, created), media_type="text/event-stream",
                                 headers={"Cache-Control": "no-cache"})
    return {"id": cid, "object": "chat.completion", "created": created, "model": MODEL_ID,
            "choices": [{"index": 0, "message": {"role": "assistant", "content": message_content(answer)},
                         "finish_reason": "stop"}],
            "citations": answer.get("citations", []), "abstained": answer.get("abstained", False)}

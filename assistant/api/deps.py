"""Shared request helpers: the engine and settings of the app, and question checks."""

from __future__ import annotations

from fastapi import HTTPException, Request

from assistant.engine import Engine
from assistant.settings import Settings


def get_engine(request: Request) -> Engine:
    """The app's engine."""
    engine: Engine = request.app.state.engine
    return engine


def get_app_settings(request: Request) -> Settings:
    """The app's settings."""
    settings: Settings = request.app.state.settings
    return settings


def check_question(question: str, settings: Settings, what: str = "Câu hỏi") -> str:
    """The stripped question; 422 when empty, 413 when longer than ``settings.max_question_chars``."""
    text = question.strip()
    if not text:
        raise HTTPException(status_code=422, detail=f"{what} đang trống; hãy nhập nội dung cần hỏi.")
    if len(text) > settings.max_question_chars:
        raise HTTPException(status_code=413, detail=f"{what} quá dài ({len(text)} ký tự); "
                                                    f"tối đa {settings.max_question_chars} ký tự.")
    return text


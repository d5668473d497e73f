"""Request and response models of the REST and OpenAI-compatible APIs."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from assistant.retrieval import Filters


def _has_lone_surrogate(value: Any, depth: int = 0) -> bool:
    """True when a string anywhere in ``value`` holds a lone UTF-16 surrogate (not encodable as UTF-8)."""
    if isinstance(value, str):
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            return True
        return False
    if depth > 20:
        return False
    if isinstance(value, dict):
        return any(_has_lone_surrogate(k, depth + 1) or _has_lone_surrogate(v, depth + 1) for k, v in value.items())
    if isinstance(value, list):
        return any(_has_lone_surrogate(v, depth + 1) for v in value)
    return False


class RequestIn(BaseModel):
    """Base of request bodies: text that is not valid Unicode is a 422, never a 500."""

    @model_validator(mode="before")
    @classmethod
    def _valid_unicode(cls, data: Any) -> Any:
        if _has_lone_surrogate(data):
            raise ValueError("văn bản chứa ký tự Unicode không hợp lệ (surrogate đơn lẻ)")
        return data


class FiltersIn(BaseModel):
    """Which plans to search: doc ids (or plan numbers), a province, an issuing body, a year."""

    documents: list[str] = Field(default_factory=list, description="Mã kế hoạch hoặc số hiệu (vd. 23/KH-UBND)")
    province: str | None = Field(default=None, description="Tỉnh (so khớp không dấu)")
    issuer: str | None = Field(default=None, description="Cơ quan ban hành (so khớp không dấu, một phần tên)")
    year: int | None = Field(default=None, description="Năm của kỳ kế hoạch")

    def to_filters(self) -> Filters:
        """The engine's :class:`Filters`."""
        return Filters(documents=list(self.documents), province=self.province or None, year=self.year,
                       issuer=self.issuer or None)


class HistoryItem(BaseModel):
    """One earlier turn of the conversation."""

    role: Literal["user", "assistant"]
    content: str = Field(max_length=50_000, description="Nội dung (tin người dùng quá giới hạn câu hỏi sẽ bị cắt)")


class AskRequest(RequestIn):
    """Body of ``POST /api/ask``."""

    question: str = Field(description="Câu hỏi (tiếng Việt, có hoặc không dấu)")
    history: list[HistoryItem] = Field(default_factory=list, max_length=100)
    filters: FiltersIn | None = None
    top_k: int = Field(default=10, ge=1, le=50)
    mode: Literal["extractive", "llm"] = "extractive"


class SearchRequest(RequestIn):
    """Body of ``POST /api/search``."""

    query: str
    k: int = Field(default=10, ge=1, le=100)
    filters: FiltersIn | None = None


class Citation(BaseModel):
    """A cited passage (verbatim quote with its location)."""

    model_config = ConfigDict(extra="allow")

    document: str
    title: str | None = None
    section: str | None = None
    quote: str
    page: int | None = None
    line_start: int | None = None
    line_end: int | None = None


class AnswerOut(BaseModel):
    """The answer JSON of DESIGN.md §4.2."""

    model_config = ConfigDict(extra="allow")

    question: str
    answer: str
    abstained: bool
    citations: list[Citation]
    retrieved: list[dict[str, Any]] = Field(default_factory=list)
    latency_ms: float | None = None


class Passage(BaseModel):
    """A ranked passage returned by ``POST /api/search``."""

    model_config = ConfigDict(extra="allow")

    document: str
    title: str | None = None
    section: str | None = None
    text: str
    score: float
    line_start: int | None = None
    line_end: int | None = None
    page: int | None = None


class JobAccepted(BaseModel):
    """Reply to an upload: the ingestion job to poll."""

    job_id: str


class ChatMessageIn(BaseModel):
    """An OpenAI chat message (text content or a list of text parts)."""

    model_config = ConfigDict(extra="allow")

    role: Literal["system", "user", "assistant", "tool", "developer"]
    content: str | list[dict[str, Any]] | None = None

    def text(self) -> str:
        """The message's text (text parts joined)."""
        if isinstance(self.content, str):
            return self.content
        if not self.content:
            return ""
        return "\n".join(str(p.get("text", "")) for p in self.content if p.get("type") in (None, "text"))


class ChatCompletionRequest(RequestIn):
    """Body of ``POST /v1/chat/completions`` (sampling options are accepted and ignored)."""

    model_config = ConfigDict(extra="allow")

    model: str = "tro-ly-cchc"
    messages: list[ChatMessageIn] = Field(max_length=100)
    stream: bool = False
    filters: FiltersIn | None = None
    top_k: int = Field(default=10, ge=1, le=50)
    mode: Literal["extractive", "llm"] = "extractive"

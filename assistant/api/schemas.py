"""Request and response models of the REST and OpenAI-compatible APIs."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from assistant.retrieval import Filters


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
    content: str


class AskRequest(BaseModel):
    """Body of ``POST /api/ask``."""

    question: str = Field(description="Câu hỏi (tiếng Việt, có hoặc không dấu)")
    history: list[HistoryItem] = Field(default_factory=list)
    filters: FiltersIn | None = None
    top_k: int = Field(default=10, ge=1, le=50)
    mode: Literal["extractive", "llm"] = "extractive"


class SearchRequest(BaseModel):
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


class ChatCompletionRequest(BaseModel):
    """Body of ``POST /v1/chat/completions`` (sampling options are accepted and ignored)."""

    model_config = ConfigDict(extra="allow")

    model: str = "tro-ly-cchc"
    messages: list[ChatMessageIn]
    stream: bool = False
    filters: FiltersIn | None = None
    top_k: int = Field(default=10, ge=1, le=50)
    mode: Literal["extractive", "llm"] = "extractive"

"""Plain data types shared by every ingestion stage (loaders → parser → chunks → stores)."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass
class PageInfo:
    """One page of a loaded document: where it starts in the source and how its text was obtained."""

    number: int  # 1-based page number
    line_start: int  # 1-based first source line of the page
    ocr: bool = False
    confidence: float | None = None  # Tesseract mean word confidence (0-100) when OCR'd


@dataclass
class TableRow:
    """One row of a table (e.g. a "Phụ lục" task table), keyed by its header cells."""

    cells: dict[str, str]
    line: int  # 1-based source line holding the rendered row
    table_index: int = 0
    group: str = ""  # title of the nearest group row above it ("II. CẢI CÁCH THỂ CHẾ"), "" when none
    page: int | None = None  # 1-based page of the row (PDF/scans), None when the format has no pages


@dataclass
class LoadedDocument:
    """The output of a loader: the exact source text that citations quote, plus layout hints.

    ``text`` is stored verbatim; every line number elsewhere (1-based) refers to ``text.splitlines()``.
    """

    doc_id: str
    path: str
    format: str  # txt | md | pdf | docx | image
    text: str
    pages: list[PageInfo] = field(default_factory=list)
    table_rows: list[TableRow] = field(default_factory=list)
    sha256: str = ""

    def page_of_line(self, line: int) -> int | None:
        """The 1-based page that holds source ``line`` (None when the format has no pages)."""
        page: int | None = None
        for p in self.pages:
            if p.line_start <= line:
                page = p.number
            else:
                break
        return page

    @property
    def ocr(self) -> bool:
        """True when any page's text came from OCR."""
        return any(p.ocr for p in self.pages)

    @property
    def ocr_confidence(self) -> float | None:
        """Mean Tesseract confidence over OCR'd pages (None when nothing was OCR'd)."""
        vals = [p.confidence for p in self.pages if p.ocr and p.confidence is not None]
        return round(sum(vals) / len(vals), 1) if vals else None


@dataclass
class Section:
    """A node of a plan's outline.

    kind: root | preamble | part (I.) | item (1., 2.1.) | letter (a)) | bullet (-, +) | appendix
    (Phụ lục) | recipients (Nơi nhận) | signature | footnote | table_row | header.
    """

    kind: str
    label: str  # "III.", "2.1.", "a)", "-", "" …
    title: str  # heading text as written (first line of the item, wrap-repaired)
    line_start: int  # 1-based, inclusive
    line_end: int  # 1-based, inclusive
    level: int = 0
    children: list[Section] = field(default_factory=list)

    @property
    def heading(self) -> str:
        """Label and title as a reader sees them ("IV. TỔ CHỨC THỰC HIỆN")."""
        return f"{self.label} {self.title}".strip()

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form (recursive)."""
        d = asdict(self)
        return d

    @staticmethod
    def from_dict(d: dict[str, Any]) -> Section:
        """Inverse of :meth:`to_dict`."""
        kids = [Section.from_dict(c) for c in d.get("children", [])]
        return Section(
            kind=d["kind"], label=d["label"], title=d["title"], line_start=d["line_start"],
            line_end=d["line_end"], level=d.get("level", 0), children=kids,
        )


@dataclass
class Chunk:
    """A retrievable unit: one section (or part of one, or one table row) of one plan."""

    chunk_id: str
    doc_id: str
    text: str  # cleaned text (wrap-repaired, page numbers/URLs dropped) — for display and matching
    section: str  # section path "IV. TỔ CHỨC THỰC HIỆN > 2. … > b)"
    line_start: int
    line_end: int
    page: int | None = None
    kind: str = "section"  # section | table_row | fact
    heading: str = ""  # heading text prepended for retrieval
    context: str = ""  # plan identity (issuer, place, period) prepended for retrieval

    @property
    def retrieval_text(self) -> str:
        """What is embedded and BM25-indexed: plan identity + section path + text."""
        parts = [p for p in (self.context, self.heading, self.text) if p]
        return "\n".join(parts)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form."""
        return asdict(self)


@dataclass
class PlanMetadata:
    """Metadata of one plan. Values that cannot be found are None, never guessed."""

    doc_id: str
    title: str | None = None
    number: str | None = None  # "23/KH-UBND"
    date: str | None = None  # ISO "2025-07-28"
    issuer: str | None = None
    province: str | None = None
    level: str | None = None  # tỉnh | sở | xã
    period: str | None = None  # "6 tháng cuối năm 2025" | "năm 2026"
    year: int | None = None
    implements: str | None = None  # "Kế hoạch số 06/KH-UBND ngày 14/7/2025 …"
    implements_number: str | None = None  # "06/KH-UBND"
    signer: str | None = None
    signer_title: str | None = None
    recipients: list[str] = field(default_factory=list)
    source: str | None = None  # file name
    format: str | None = None
    sha256: str | None = None
    ocr: bool = False
    ocr_confidence: float | None = None
    doc_type: str = "ke_hoach"  # ke_hoach | quyet_dinh (a plan issued by "QUYẾT ĐỊNH Ban hành Kế hoạch …")
    decision_number: str | None = None  # "123/QĐ-BTP" when issued by a decision
    decision_date: str | None = None  # ISO date of that decision

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form."""
        return asdict(self)

"""Outline chunks of the real plans: sizes, paths, identity context, provenance of every word."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from index.chunking import make_chunks, plan_context
from index.metadata import extract_metadata
from index.normalize import words
from index.structure import parse_outline
from index.textclean import join_lines
from index.types import Chunk, LoadedDocument, PageInfo, PlanMetadata, TableRow
from index.version import content_key

CORPUS = Path(__file__).resolve().parents[2] / "corpus"
PREFIXES = ["000", "001", "002", "003", "004"]


def load_plan(prefix: str) -> LoadedDocument:
    p = next(CORPUS.glob(f"{prefix}_*.txt"))
    return LoadedDocument(doc_id=f"plan{prefix}", path=str(p), format="txt",
                          text=p.read_text(encoding="utf-8"), sha256=hashlib.sha256(p.read_bytes()).hexdigest())


def chunks_of(prefix: str, doc: LoadedDocument | None = None) -> tuple[LoadedDocument, list[Chunk]]:
    doc = doc or load_plan(prefix)
    outline = parse_outline(doc)
    return doc, make_chunks(doc, outline, extract_metadata(doc, outline))


@pytest.mark.parametrize("prefix", PREFIXES)
def test_every_chunk_word_comes_from_its_lines(prefix: str) -> None:
    doc, chunks = chunks_of(prefix)
    lines = doc.text.splitlines()
    assert chunks
    for c in chunks:
        source = set(words("\n".join(lines[c.line_start - 1: c.line_end])))
        assert set(words(c.text)) <= source, (c.chunk_id, c.text[:80])


@pytest.mark.parametrize("prefix", PREFIXES)
def test_sizes_ids_and_context(prefix: str) -> None:
    doc, chunks = chunks_of(prefix)
    sizes = [len(c.text.split()) for c in chunks]
    assert max(sizes) <= 300
    assert sum(sizes) / len(sizes) >= 40
    assert [c.chunk_id for c in chunks] == [f"{doc.doc_id}:{content_key(doc.sha256)}:{n:04d}" for n in range(len(chunks))]
    assert len({c.context for c in chunks}) == 1 and chunks[0].context.startswith("Kế hoạch CCHC")
    assert all(c.heading == c.section and c.kind == "section" for c in chunks)
    assert chunks == chunks_of(prefix)[1]  # deterministic


def test_paths_and_identity_of_001() -> None:
    _, chunks = chunks_of("001")
    assert chunks[0].context == "Kế hoạch CCHC 6 tháng cuối năm 2025 — Văn phòng UBND tỉnh Lào Cai (1/KH-VPUBND)"
    b = next(c for c in chunks if c.section == "IV. TO CHUC THUC HIEN > 2. Trung tam Phuc vu Hanh chinh cong > b)")
    assert b.text.startswith("b) Trudc ngay 14 thang cudi quy") and (b.line_start, b.line_end) == (305, 307)
    assert "\n" not in b.text  # wrapped lines are joined
    notes = [c for c in chunks if c.section.endswith("Chú thích 1")]
    assert len(notes) == 1 and notes[0].text.startswith("! Muc tiéu")
    # The page number "6" (line 283) is dropped from the chunk that spans it.
    spanning = next(c for c in chunks if c.line_start <= 283 <= c.line_end)
    assert "tai chinh cong" in spanning.text.replace("\n", " ") and " 6 chinh" not in spanning.text


def test_small_bullets_are_merged_and_footnotes_excluded() -> None:
    doc, chunks = chunks_of("004")
    lines = doc.text.splitlines()
    merged = [c for c in chunks if c.text.count("\n- ") >= 1]
    assert merged  # several bullets share a chunk
    body = next(c for c in chunks if c.line_start <= 540 <= c.line_end and "Chú thích" not in c.section)
    assert "Quy định cơ chế tự chủ tài chính" not in body.text  # footnote 3 lives in its own chunk
    assert "cấu thành của TTHC" in body.text  # the sentence interrupted by the footnotes is rejoined
    assert join_lines(lines[549:550]) in body.text


def test_url_line_is_dropped() -> None:
    _, chunks = chunks_of("003")
    assert not any("thuvienphapluat" in c.text for c in chunks)
    assert any(c.line_start <= 76 <= c.line_end for c in chunks)


def test_long_sections_are_split_at_sentences() -> None:
    text = "I. MỤC ĐÍCH\n1. Mục đích\n" + "\n".join(f"Câu số {i} nói về cải cách hành chính ở địa phương." for i in range(80))
    doc = LoadedDocument(doc_id="d", path="", format="pdf", text=text, sha256="0" * 64,
                         pages=[PageInfo(1, 1), PageInfo(2, 40)])
    chunks = make_chunks(doc, parse_outline(doc), PlanMetadata(doc_id="d"), max_tokens=100)
    assert len(chunks) >= 6 and all(len(c.text.split()) <= 100 for c in chunks)
    assert all(c.text.endswith(".") for c in chunks)
    assert chunks[0].page == 1 and chunks[-1].page == 2
    assert chunks[0].context == "Kế hoạch CCHC"


def test_table_rows_become_their_own_chunks() -> None:
    text = "I. MỤC ĐÍCH\n1. Mục đích\nPhụ lục\nNhiệm vụ | Cơ quan chủ trì\nRà soát TTHC nội bộ | Văn phòng\n"
    rows = [TableRow(cells={"Nhiệm vụ": "Rà soát TTHC nội bộ", "Cơ quan chủ trì": "Văn phòng", "Sản phẩm": ""},
                     line=5)]
    doc = LoadedDocument(doc_id="d", path="", format="docx", text=text, sha256="1" * 64, table_rows=rows)
    chunks = make_chunks(doc, parse_outline(doc), PlanMetadata(doc_id="d"))
    row = [c for c in chunks if c.kind == "table_row"]
    assert len(row) == 1
    assert row[0].text == "Nhiệm vụ: Rà soát TTHC nội bộ; Cơ quan chủ trì: Văn phòng"
    assert row[0].section == "Phụ lục > Rà soát TTHC nội bộ" and row[0].line_start == 5


def test_plan_context_variants() -> None:
    m = PlanMetadata(doc_id="x", issuer="Sở Dân tộc và Tôn giáo", province="Lai Châu", period="năm 2026")
    assert plan_context(m) == "Kế hoạch CCHC năm 2026 — Sở Dân tộc và Tôn giáo tỉnh Lai Châu"
    m2 = PlanMetadata(doc_id="x", issuer="UBND xã Phong Thổ", province="Lai Châu", period="6 tháng cuối năm 2025",
                      number="23/KH-UBND")
    assert plan_context(m2) == "Kế hoạch CCHC 6 tháng cuối năm 2025 — UBND xã Phong Thổ tỉnh Lai Châu (23/KH-UBND)"

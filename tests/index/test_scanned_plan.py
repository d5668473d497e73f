"""Issue acceptance: a clean plan rendered to an image-only PDF is OCR'd, parsed and answered from, citing
the OCR'd page; the OCR-damaged plan 001 keeps its outline, number, date and key duties."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from assistant.engine import Engine
from assistant.settings import CORPUS_DIR
from index.normalize import words
from tests.fixtures_gen import make_image_pdf

PLAN_003 = next(CORPUS_DIR.glob("003_*.txt"))


def test_image_only_pdf_is_ocrd_parsed_and_cited(tmp_path: Path, hashing_engine: Engine) -> None:
    text = PLAN_003.read_text(encoding="utf-8")
    pdf = make_image_pdf(tmp_path / "scan-phong-tho.pdf", text)
    report = hashing_engine.ingest([pdf])
    assert not report.failed, report.failed
    rec = hashing_engine.state.docs["scan-phong-tho"]
    # ≥ 95 % of the plan's folded words are recovered
    want, got = Counter(words(text)), Counter(words(rec.text))
    recall = sum(min(n, got[w]) for w, n in want.items()) / sum(want.values())
    assert recall >= 0.95, recall
    # pages are flagged as OCR with a confidence, and `documents` says so
    assert rec.pages and all(p["ocr"] and p["confidence"] for p in rec.pages)
    doc = next(d for d in hashing_engine.documents() if d["doc_id"] == "scan-phong-tho")
    assert doc["ocr"] is True and doc["ocr_confidence"] and doc["ocr_confidence"] > 60
    # outline and metadata
    parts = [s.label for s in rec.outline.children if s.kind == "part"]
    assert parts[:4] == ["I.", "II.", "III.", "IV."], parts
    assert rec.meta.number == "23/KH-UBND"
    # an answer from that plan cites the OCR'd page and says it is OCR text
    ans = hashing_engine.ask("Xã Phong Thổ đặt mức độ hài lòng của người dân về giải quyết TTHC tối thiểu bao nhiêu?",
                             )
    assert not ans["abstained"], ans["answer"]
    cit = ans["citations"][0]
    assert cit["document"] == "scan-phong-tho" and cit["ocr"] is True
    assert cit["page"] and cit["page"] >= 1 and cit["quote"] in rec.text
    page_lines = [p for p in rec.pages if p["number"] == cit["page"]]
    assert page_lines and page_lines[0]["line_start"] <= cit["line_start"]
    assert "95%" in ans["answer"]

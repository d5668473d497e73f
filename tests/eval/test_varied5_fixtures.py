"""Batch-5 varied fixtures (eval/varied5): regeneration is deterministic and every QA item checks out.

Regenerates everything except the (slow) scans into a temporary directory and
compares it with the committed files; the committed scans are checked to be
image-only PDFs, the pdf-table Phụ lục tables to span several pages, the
merged DOCX tables to hold vertically merged lead cells and the numbered
DOCX plans to carry Word numbering instead of typed labels.
"""

from __future__ import annotations

import json
from pathlib import Path

import docx
import pypdf
import pytest

from eval.varied5.check import FORMATS, MIN_NONE, check_all, check_splits, docs_of
from eval.varied5.generate import generate
from eval.varied5.plans import PLANS, TEST_PLANS

ROOT = Path(__file__).resolve().parents[2]
V5 = ROOT / "eval" / "varied5"
DATASETS = ROOT / "eval" / "datasets"


@pytest.fixture(scope="module")
def regenerated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh generation (no scans) under a temporary directory."""
    out = tmp_path_factory.mktemp("varied5")
    assert generate(out, out / "datasets", scans=False) == 0
    return out


def _splits() -> dict[str, list[dict]]:
    return {split: [json.loads(x) for x in (DATASETS / f"varied5_{split}.jsonl").read_text(encoding="utf-8").splitlines()]
            for split in ("dev", "test")}


def test_regeneration_matches_committed_files(regenerated: Path) -> None:
    for plan, _render in PLANS:
        src = plan.file.rsplit(".", 1)[0] + ".txt"
        assert (regenerated / "source_text" / src).read_bytes() == (V5 / "source_text" / src).read_bytes(), src
        if plan.fmt != "scan":
            assert (regenerated / "plans" / plan.file).read_bytes() == (V5 / "plans" / plan.file).read_bytes(), plan.file
    for name in ("expected_tasks.jsonl", "expected_meta.jsonl"):
        assert (regenerated / name).read_bytes() == (V5 / name).read_bytes(), name
    for split in ("dev", "test"):
        name = f"varied5_{split}.jsonl"
        assert (regenerated / "datasets" / name).read_bytes() == (DATASETS / name).read_bytes(), name


def test_committed_questions_check_out() -> None:
    sources = {p.file: (V5 / "source_text" / (p.file.rsplit(".", 1)[0] + ".txt")).read_text(encoding="utf-8")
               for p, _r in PLANS}
    splits = _splits()
    for split, rows in splits.items():
        assert all((d in TEST_PLANS) == (split == "test") for r in rows for d in docs_of(r))
        assert all(r["id"].startswith("v5d" if split == "dev" else "v5t") for r in rows)
        assert all(not k.startswith("_") for r in rows for k in r)
        assert 60 <= len(rows) <= 90
        assert sum(r["unanswerable"] for r in rows) >= MIN_NONE
        assert any(isinstance(r["doc"], list) for r in rows)
        assert {r["format"] for r in rows} == FORMATS
        assert {r["style"] for r in rows} == {"vi", "noaccent", "en"}
    items = splits["dev"] + splits["test"]
    assert check_all(items, sources) == []
    assert check_splits(splits["dev"], splits["test"], FORMATS) == []
    assert len({r["id"] for r in items}) == len(items)


def test_absent_words_and_facts_are_checked() -> None:
    plan = PLANS[0][0]
    sources = {plan.file: "Giao Sở Tư pháp chủ trì số hóa hồ sơ lý lịch tư pháp cho công dân trước ngày 30/6/2026."}
    item = {"type": "none", "question": "Ai số hóa hồ sơ lý lịch?", "facts": [], "evidence": [], "unanswerable": True,
            "doc": plan.file, "style": "vi", "format": plan.fmt}
    assert check_all([{**item, "_absent": ["công dân"]}], sources) != []
    assert check_all([{**item, "_absent": ["người nước ngoài"]}], sources) == []
    good = {**item, "type": "who", "unanswerable": False, "facts": [["Sở Tư pháp"]],
            "evidence": ["Giao Sở Tư pháp chủ trì số hóa hồ sơ lý lịch tư pháp"]}
    assert check_all([good], sources) == []
    assert check_all([{**good, "facts": [["Sở Nội vụ"]]}], sources) != []
    assert check_all([{**good, "evidence": ["Giao Sở Tư pháp chủ trì"]}], sources) != []


def test_committed_layouts() -> None:
    for plan, _r in PLANS:
        path = V5 / "plans" / plan.file
        if plan.fmt == "scan":
            reader = pypdf.PdfReader(path)
            assert all(not (page.extract_text() or "").strip() for page in reader.pages), plan.file
        elif plan.fmt == "pdf-table":
            pages = [" ".join((page.extract_text() or "").split()) for page in pypdf.PdfReader(path).pages]
            start = min(i for i, t in enumerate(pages) if "PHỤ LỤC" in t)
            assert len(pages) - 1 > start, plan.file
        elif plan.fmt == "docx-merged" or plan.file.endswith(".docx") and plan.groups:
            xml = docx.Document(str(path)).tables[-1]._tbl.xml
            assert "w:vMerge" in xml and "w:gridSpan" in xml, plan.file
        elif plan.fmt == "docx-numbering":
            paras = docx.Document(str(path)).paragraphs
            assert sum(p._p.pPr is not None and p._p.pPr.numPr is not None for p in paras) >= 10, plan.file
            assert not any(p.text.startswith(("a) ", "1. ", "I. ")) for p in paras), plan.file

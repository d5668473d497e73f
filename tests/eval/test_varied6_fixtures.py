"""Batch-6 varied fixtures (eval/varied6): regeneration is deterministic and every QA item checks out.

Regenerates everything except the (slow) scans into a temporary directory and
compares it with the committed files; the committed files are checked for
their layouts: image-only scans, pdf-table Phụ lục over several pages with a
two-level header repeated and a task row cut by a page break, merged DOCX
tables (gridSpan header, vMerge columns), Word numbering without typed
labels, the "Biểu báo cáo" tables, the typed and the wrapped TXT.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import docx
import pypdf
import pytest

from eval.varied6.check import FORMATS, MIN_NONE, check_all, check_splits, docs_of
from eval.varied6.generate import generate
from eval.varied6.plans import PLANS, TEST_PLANS

ROOT = Path(__file__).resolve().parents[2]
V6 = ROOT / "eval" / "varied6"
DATASETS = ROOT / "eval" / "datasets"
BY_FMT = {p.fmt: [q for q, _r in PLANS if q.fmt == p.fmt] for p, _r in PLANS}


@pytest.fixture(scope="module")
def regenerated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh generation (no scans) under a temporary directory."""
    out = tmp_path_factory.mktemp("varied6")
    assert generate(out, out / "datasets", scans=False) == 0
    return out


def _splits() -> dict[str, list[dict]]:
    return {split: [json.loads(x) for x in (DATASETS / f"varied6_{split}.jsonl").read_text(encoding="utf-8").splitlines()]
            for split in ("dev", "test")}


def _pages(path: Path) -> list[str]:
    return [" ".join((page.extract_text() or "").split()) for page in pypdf.PdfReader(path).pages]


def test_regeneration_matches_committed_files(regenerated: Path) -> None:
    for plan, _render in PLANS:
        src = plan.file.rsplit(".", 1)[0] + ".txt"
        assert (regenerated / "source_text" / src).read_bytes() == (V6 / "source_text" / src).read_bytes(), src
        if plan.fmt != "scan":
            assert (regenerated / "plans" / plan.file).read_bytes() == (V6 / "plans" / plan.file).read_bytes(), plan.file
    for name in ("expected_tasks.jsonl", "expected_meta.jsonl"):
        assert (regenerated / name).read_bytes() == (V6 / name).read_bytes(), name
    for split in ("dev", "test"):
        name = f"varied6_{split}.jsonl"
        assert (regenerated / "datasets" / name).read_bytes() == (DATASETS / name).read_bytes(), name


def test_committed_questions_check_out() -> None:
    sources = {p.file: (V6 / "source_text" / (p.file.rsplit(".", 1)[0] + ".txt")).read_text(encoding="utf-8")
               for p, _r in PLANS}
    splits = _splits()
    keys = {"id", "type", "question", "facts", "evidence", "unanswerable", "doc", "style", "format"}
    for split, rows in splits.items():
        assert all((d in TEST_PLANS) == (split == "test") for r in rows for d in docs_of(r))
        assert all(r["id"].startswith("v6d" if split == "dev" else "v6t") for r in rows)
        assert all(set(r) == keys for r in rows)
        assert 70 <= len(rows) <= 95
        assert sum(r["unanswerable"] for r in rows) >= MIN_NONE
        assert any(isinstance(r["doc"], list) for r in rows)
        assert {r["format"] for r in rows} == FORMATS
        assert {r["type"] for r in rows} == {"who", "when", "target", "lookup", "multi", "list", "none"}
        styles = [r["style"] for r in rows]
        assert styles.count("noaccent") >= 0.2 * len(rows) and 5 <= styles.count("en") <= 9
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


def test_scans_are_image_only() -> None:
    for plan in BY_FMT["scan"]:
        reader = pypdf.PdfReader(V6 / "plans" / plan.file)
        assert all(not (page.extract_text() or "").strip() for page in reader.pages), plan.file


def test_pdf_tables_span_pages_with_two_level_header_and_a_cut_row() -> None:
    for plan in BY_FMT["pdf-table"]:
        pages = _pages(V6 / "plans" / plan.file)
        start = min(i for i, t in enumerate(pages) if "PHỤ LỤC" in t)
        top = plan.spans[0][0]
        table_pages = [t for t in pages[start:] if top in t]
        assert len(table_pages) >= 2, plan.file  # header (with its spanning cell) repeated
        cut = [t.task for g in plan.groups for t in g.tasks
               if not any(t.task in p for p in pages)
               and any(" ".join(t.task.split()[:4]) in a and " ".join(t.task.split()[-4:]) in b
                       for a, b in zip(pages, pages[1:], strict=False))]
        assert cut, plan.file
    decision = BY_FMT["decision"][0] if BY_FMT["decision"][0].file.endswith(".pdf") else BY_FMT["decision"][1]
    assert "QUYẾT ĐỊNH" in _pages(V6 / "plans" / decision.file)[0]


def test_docx_layouts() -> None:
    for plan in BY_FMT["docx-merged"] + [p for p in BY_FMT["decision"] if p.file.endswith(".docx")]:
        tables = docx.Document(str(V6 / "plans" / plan.file)).tables
        task = [t for t in tables if "w:vMerge" in t._tbl.xml]
        assert task and "w:gridSpan" in task[0]._tbl.xml, plan.file
        assert any("Đơn vị báo cáo" in t._tbl.xml for t in tables) == bool(plan.reports), plan.file
        if plan.spans:
            head = task[0].rows[0]._tr.xml
            assert "w:gridSpan" in head and "w:vMerge" in head, plan.file
    for plan in BY_FMT["docx-numbering"]:
        paras = docx.Document(str(V6 / "plans" / plan.file)).paragraphs
        assert sum(p._p.pPr is not None and p._p.pPr.numPr is not None for p in paras) >= 15, plan.file
        assert not any(re.match(r"(I+\.|\d+\.|[a-z]\)|[-+–]) ", p.text) for p in paras[3:-8]), plan.file


def test_txt_layouts() -> None:
    for plan in BY_FMT["txt"]:
        raw = (V6 / "plans" / plan.file).read_bytes().decode("utf-8")
        if "\r\n" in raw:
            assert all(len(x) <= 88 for x in raw.split("\r\n")), plan.file
        else:
            assert sum(x.startswith("      + ") for x in raw.split("\n")) >= 6, plan.file
        assert not raw.startswith("\ufeff")

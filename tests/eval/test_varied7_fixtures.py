"""Batch-7 varied fixtures (eval/varied7): regeneration is deterministic and every QA item checks out.

Regenerates everything except the bitmaps (image files, scans) into a
temporary directory and compares it with the committed files; the committed
files are checked for their layouts: image-only 150-dpi scans, single tall
PNG/JPEG images, the unusual column order and group rows of the PDF Phụ lục,
the schedule ("Quý I … Quý IV") tables in PDF and DOCX, the decision with two
annexes (PDF and DOCX), the joint plan's two signatures, the Markdown pipe
tables without an STT column.
"""

from __future__ import annotations

import json
from pathlib import Path

import docx
import pypdf
import pytest
from PIL import Image

from eval.varied7.check import FORMATS, MIN_NONE, check_all, check_splits, docs_of
from eval.varied7.generate import generate
from eval.varied7.plans import IMAGES, PLANS, TEST_PLANS

ROOT = Path(__file__).resolve().parents[2]
V7 = ROOT / "eval" / "varied7"
DATASETS = ROOT / "eval" / "datasets"
BY_FMT = {p.fmt: [q for q, _r in PLANS if q.fmt == p.fmt] for p, _r in PLANS}


@pytest.fixture(scope="module")
def regenerated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh generation (no bitmaps) under a temporary directory."""
    out = tmp_path_factory.mktemp("varied7")
    assert generate(out, out / "datasets", scans=False) == 0
    return out


def _splits() -> dict[str, list[dict]]:
    return {split: [json.loads(x) for x in (DATASETS / f"varied7_{split}.jsonl").read_text(encoding="utf-8").splitlines()]
            for split in ("dev", "test")}


def _pages(path: Path) -> list[str]:
    return [" ".join((page.extract_text() or "").split()) for page in pypdf.PdfReader(path).pages]


def test_regeneration_matches_committed_files(regenerated: Path) -> None:
    for plan, _render in PLANS:
        src = plan.file.rsplit(".", 1)[0] + ".txt"
        assert (regenerated / "source_text" / src).read_bytes() == (V7 / "source_text" / src).read_bytes(), src
        if plan.fmt not in IMAGES:
            assert (regenerated / "plans" / plan.file).read_bytes() == (V7 / "plans" / plan.file).read_bytes(), plan.file
    for name in ("expected_tasks.jsonl", "expected_meta.jsonl"):
        assert (regenerated / name).read_bytes() == (V7 / name).read_bytes(), name
    for split in ("dev", "test"):
        name = f"varied7_{split}.jsonl"
        assert (regenerated / "datasets" / name).read_bytes() == (DATASETS / name).read_bytes(), name


def test_committed_questions_check_out() -> None:
    sources = {p.file: (V7 / "source_text" / (p.file.rsplit(".", 1)[0] + ".txt")).read_text(encoding="utf-8")
               for p, _r in PLANS}
    splits = _splits()
    keys = {"id", "type", "question", "facts", "evidence", "unanswerable", "doc", "style", "format"}
    for split, rows in splits.items():
        assert all((d in TEST_PLANS) == (split == "test") for r in rows for d in docs_of(r))
        assert all(r["id"].startswith("v7d" if split == "dev" else "v7t") for r in rows)
        assert all(set(r) == keys for r in rows)
        assert 75 <= len(rows) <= 95
        assert sum(r["unanswerable"] for r in rows) >= MIN_NONE
        assert sum(isinstance(r["doc"], list) for r in rows) >= 2
        assert {r["format"] for r in rows} == FORMATS
        assert {r["type"] for r in rows} == {"who", "when", "target", "lookup", "multi", "list", "none"}
        styles = [r["style"] for r in rows]
        assert styles.count("noaccent") >= 0.2 * len(rows) and 6 <= styles.count("en") <= 10
    items = splits["dev"] + splits["test"]
    assert check_all(items, sources) == []
    assert check_splits(splits["dev"], splits["test"], FORMATS) == []
    assert len({r["id"] for r in items}) == len(items)


def test_absent_words_facts_and_formats_are_checked() -> None:
    plan = PLANS[0][0]
    sources = {plan.file: "Giao Sở Tư pháp chủ trì số hóa hồ sơ lý lịch tư pháp cho công dân trước ngày 30/6/2026."}
    item = {"type": "none", "question": "Ai số hóa hồ sơ lý lịch?", "facts": [], "evidence": [], "unanswerable": True,
            "doc": plan.file, "style": "vi", "format": plan.fmt}
    assert check_all([{**item, "_absent": ["công dân"]}], sources) != []
    assert check_all([{**item, "_absent": ["người nước ngoài"]}], sources) == []
    assert check_all([{**item, "format": "txt"}], sources) != []
    good = {**item, "type": "who", "unanswerable": False, "facts": [["Sở Tư pháp"]],
            "evidence": ["Giao Sở Tư pháp chủ trì số hóa hồ sơ lý lịch tư pháp"]}
    assert check_all([good], sources) == []
    assert check_all([{**good, "facts": [["Sở Nội vụ"]]}], sources) != []


def test_scans_are_image_only_at_150_dpi() -> None:
    for plan in BY_FMT["scan"]:
        reader = pypdf.PdfReader(V7 / "plans" / plan.file)
        assert all(not (page.extract_text() or "").strip() for page in reader.pages), plan.file
        sizes = {im.image.size for page in reader.pages for im in page.images}
        assert sizes == {(1240, 1754)}, plan.file  # A4 at 150 dpi


def test_images_are_single_tall_pictures() -> None:
    kinds = set()
    for plan in BY_FMT["image"]:
        with Image.open(V7 / "plans" / plan.file) as im:
            kinds.add(im.format)
            assert im.height > im.width and getattr(im, "n_frames", 1) == 1, plan.file
    assert kinds == {"PNG", "JPEG"}


def test_pdf_tables_keep_their_column_order_groups_and_schedule() -> None:
    for plan in BY_FMT["pdf-table"] + [p for p in BY_FMT["decision"] if p.file.endswith(".pdf")]:
        pages = _pages(V7 / "plans" / plan.file)
        start = min(i for i, t in enumerate(pages) if "PHỤ LỤC" in t)
        table = " ".join(pages[start:])
        heads = [h for _k, h in plan.columns]
        assert all(table.index(a) < table.index(b) for a, b in zip(heads, heads[1:], strict=False)), plan.file
        assert all(g.title in table for g in plan.groups), plan.file
    phu_tho, gia_lai = BY_FMT["pdf-table"]
    assert [h for _k, h in phu_tho.columns][1:4] == ["Nội dung công việc", "Thời gian hoàn thành", "Đơn vị chủ trì"]
    table = " ".join(_pages(V7 / "plans" / gia_lai.file)[1:])
    assert "Quý I Quý II Quý III Quý IV" in table and "Chủ trì:" in table and "phối hợp:" in table
    decision = [p for p in BY_FMT["decision"] if p.file.endswith(".pdf")][0]
    pages = _pages(V7 / "plans" / decision.file)
    assert "QUYẾT ĐỊNH" in pages[0] and any("PHỤ LỤC I " in t for t in pages) and "PHỤ LỤC II" in pages[-1]


def test_docx_layouts() -> None:
    bac_ninh, thai_nguyen = BY_FMT["docx"]
    tables = docx.Document(str(V7 / "plans" / bac_ninh.file)).tables
    sched = [t for t in tables if "Quý IV" in t._tbl.xml][0]
    assert [c.text for c in sched.rows[0].cells][-4:] == ["Quý I", "Quý II", "Quý III", "Quý IV"]
    assert "w:gridSpan" in sched._tbl.xml and "Chủ trì: " in sched._tbl.xml
    hue = [p for p in BY_FMT["decision"] if p.file.endswith(".docx")][0]
    tables = docx.Document(str(V7 / "plans" / hue.file)).tables
    task = [t for t in tables if "Nội dung công việc" in t._tbl.xml][0]
    assert [c.text for c in task.rows[0].cells][1:3] == ["Đơn vị chủ trì", "Nội dung công việc"]
    assert "w:gridSpan" in task._tbl.xml and any("Đơn vị báo cáo" in t._tbl.xml for t in tables)
    doc = docx.Document(str(V7 / "plans" / thai_nguyen.file))
    assert sum(p.text.startswith("GIÁM ĐỐC SỞ") for p in doc.paragraphs) == 2
    assert not any("Nhiệm vụ" in t._tbl.xml for t in doc.tables)  # prose only


def test_markdown_layouts() -> None:
    for plan in BY_FMT["md"]:
        lines = (V7 / "plans" / plan.file).read_text(encoding="utf-8").split("\n")
        head = "| " + " | ".join(h for _k, h in plan.columns) + " |"
        i = lines.index(head)
        assert lines[i + 1].startswith("| --- |") and "STT" not in head, plan.file
        assert "# KẾ HOẠCH" in lines and sum(x.startswith("## ") for x in lines) >= 6, plan.file
        body = [x for x in lines[i + 2:] if x.startswith("|")]
        assert len(body) == sum(len(g.tasks) + bool(g.title) for g in plan.groups), plan.file

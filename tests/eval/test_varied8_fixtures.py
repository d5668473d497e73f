"""Batch-8 varied fixtures (eval/varied8): regeneration is deterministic and every QA item checks out.

Regenerates everything except the bitmaps into a temporary directory and
compares it with the committed files; the committed files are checked for
their layouts: borderless PDF task tables over two pages (no line drawn on a
table page, bold header), vertically merged lead cells over sub-task rows in
the DOCX, decisions with Điều 1–3 and a Phụ lục whose group II holds only
sub-groups, image-only 300-dpi scans, photographed PNG/JPEG pages, TXT and
Markdown hard-wrapped at 70 columns with "Trang N/M" footers.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import docx
import pypdf
import pytest
from PIL import Image

from eval.varied8.check import FORMATS, MIN_NONE, check_all, check_splits8, docs_of
from eval.varied8.generate import generate
from eval.varied8.model8 import due8
from eval.varied8.plans import IMAGES, PLANS, TEST_PLANS

ROOT = Path(__file__).resolve().parents[2]
V8 = ROOT / "eval" / "varied8"
DATASETS = ROOT / "eval" / "datasets"
BY_FMT = {p.fmt: [q for q, _r in PLANS if q.fmt == p.fmt] for p, _r in PLANS}
LINE_OP = re.compile(rb"[\d.]+ [\d.]+ l\b|\bre\b")


@pytest.fixture(scope="module")
def regenerated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh generation (no bitmaps) under a temporary directory."""
    out = tmp_path_factory.mktemp("varied8")
    assert generate(out, out / "datasets", scans=False) == 0
    return out


def _splits() -> dict[str, list[dict]]:
    return {split: [json.loads(x) for x in (DATASETS / f"varied8_{split}.jsonl").read_text(encoding="utf-8").splitlines()]
            for split in ("dev", "test")}


def test_regeneration_matches_committed_files(regenerated: Path) -> None:
    for plan, _render in PLANS:
        src = plan.file.rsplit(".", 1)[0] + ".txt"
        assert (regenerated / "source_text" / src).read_bytes() == (V8 / "source_text" / src).read_bytes(), src
        if plan.fmt not in IMAGES:
            assert (regenerated / "plans" / plan.file).read_bytes() == (V8 / "plans" / plan.file).read_bytes(), plan.file
    for name in ("expected_tasks.jsonl", "expected_meta.jsonl"):
        assert (regenerated / name).read_bytes() == (V8 / name).read_bytes(), name
    for split in ("dev", "test"):
        name = f"varied8_{split}.jsonl"
        assert (regenerated / "datasets" / name).read_bytes() == (DATASETS / name).read_bytes(), name


def test_committed_questions_check_out() -> None:
    sources = {p.file: (V8 / "source_text" / (p.file.rsplit(".", 1)[0] + ".txt")).read_text(encoding="utf-8")
               for p, _r in PLANS}
    splits = _splits()
    keys = {"id", "type", "question", "facts", "evidence", "unanswerable", "doc", "style", "format"}
    for split, rows in splits.items():
        assert all((d in TEST_PLANS) == (split == "test") for r in rows for d in docs_of(r))
        assert all(r["id"].startswith("v8d" if split == "dev" else "v8t") for r in rows)
        assert all(set(r) == keys for r in rows)
        assert 70 <= len(rows) <= 100
        assert sum(r["unanswerable"] for r in rows) >= MIN_NONE
        assert sum(isinstance(r["doc"], list) for r in rows) >= 3
        assert {r["type"] for r in rows} == {"who", "when", "target", "lookup", "multi", "list", "none"}
        styles = [r["style"] for r in rows]
        assert styles.count("noaccent") >= 0.2 * len(rows) and 6 <= styles.count("en") <= 10
    assert {r["format"] for rows in splits.values() for r in rows} == FORMATS
    items = splits["dev"] + splits["test"]
    assert check_all(items, sources) == []
    assert check_splits8(splits["dev"], splits["test"]) == []
    assert len({r["id"] for r in items}) == len(items)


def test_ranges_and_inherited_leads_in_ground_truth() -> None:
    assert [due8(x) for x in ("Tháng 3 - tháng 6/2026", "Từ 01/4 đến 30/6/2026", "Quý II - Quý III/2026",
                              "Định kỳ hằng quý", "Năm 2026 và các năm tiếp theo", "Chậm nhất ngày 15/10/2026")] == [
        "2026-06-30", "2026-06-30", "2026-09-30", None, None, "2026-10-15"]
    rows = [json.loads(x) for x in (V8 / "expected_tasks.jsonl").read_text(encoding="utf-8").splitlines()]
    by_task = {(r["file"], r["task"]): r for r in rows}
    subs = [r for r in rows if r["parent"]]
    assert len(subs) >= 20
    assert all(r["lead"] == by_task[(r["file"], r["parent"])]["lead"] for r in subs)
    assert any(r.get("budget") for r in rows) and any(r["group"] and " > " in r["group"] for r in rows)


def test_pdf_tables_have_no_ruling_lines_and_run_over_two_pages() -> None:
    for plan in BY_FMT["pdf-table"]:
        reader = pypdf.PdfReader(V8 / "plans" / plan.file)
        pages = [p for p in reader.pages if "Kinh phí (triệu" in " ".join((p.extract_text() or "").split())]
        assert len(pages) >= 2, plan.file  # header repeated on each table page
        for page in pages:
            assert not LINE_OP.search(page.get_contents().get_data()), plan.file
        fonts = {str(f) for p in pages for f in p["/Resources"]["/Font"].values()}
        assert len(fonts) >= 2  # the bold header font and the body font
        table = " ".join(" ".join((p.extract_text() or "").split()) for p in pages)
        assert "1.1" in table and "Ghi chú" in table
    ruled = pypdf.PdfReader(V8 / "plans" / BY_FMT["decision"][0].file).pages[-1]
    assert LINE_OP.search(ruled.get_contents().get_data())  # the check does see ruled tables


def test_docx_merged_leads_and_decisions() -> None:
    for plan in BY_FMT["docx"]:
        doc = docx.Document(str(V8 / "plans" / plan.file))
        table = [t for t in doc.tables if "chủ trì" in t._tbl.xml][0]
        xml = table._tbl.xml
        assert 'w:vMerge w:val="restart"' in xml and xml.count("<w:vMerge/>") >= 3, plan.file
    for plan in BY_FMT["decision"]:
        path = V8 / "plans" / plan.file
        if path.suffix == ".docx":
            text = "\n".join(p.text for p in docx.Document(str(path)).paragraphs)
            text += "\n".join(c.text for t in docx.Document(str(path)).tables for r in t.rows for c in r.cells)
        else:
            text = "\n".join(p.extract_text() or "" for p in pypdf.PdfReader(path).pages)
        assert all(f"Điều {i}." in text for i in (1, 2, 3)), plan.file
        assert "II. CẢI CÁCH THỦ TỤC HÀNH CHÍNH" in text and "II.1." in text and "II.2." in text, plan.file


def test_text_plans_are_wrapped_with_page_footers() -> None:
    for plan in BY_FMT["txt"] + BY_FMT["md"]:
        lines = (V8 / "plans" / plan.file).read_text(encoding="utf-8").split("\n")
        prose = [x for x in lines if not x.startswith(("|", "#"))]
        assert max(len(x) for x in prose) <= 70, plan.file
        footers = [x for x in lines if re.fullmatch(r"Trang \d+/\d+", x)]
        assert len(footers) >= 2 and footers[-1] == f"Trang {len(footers)}/{len(footers)}", plan.file


def test_bitmaps_are_image_only_300_dpi_scans_and_single_photos() -> None:
    for plan in BY_FMT["scan"]:
        reader = pypdf.PdfReader(V8 / "plans" / plan.file)
        assert all(not (page.extract_text() or "").strip() for page in reader.pages), plan.file
        assert {im.image.size for page in reader.pages for im in page.images} == {(2481, 3508)}, plan.file
    kinds = set()
    for plan in BY_FMT["image"]:
        with Image.open(V8 / "plans" / plan.file) as im:
            kinds.add(im.format)
            assert im.height > im.width and getattr(im, "n_frames", 1) == 1, plan.file
    assert kinds == {"PNG", "JPEG"}

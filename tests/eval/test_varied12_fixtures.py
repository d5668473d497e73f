"""Batch-12 varied fixtures (eval/varied12): regeneration is deterministic and every QA item checks out.

Regenerates everything except the scans into a temporary directory and
compares it with the committed files; the committed files are checked for
their layouts: each pdf-table Phụ lục runs over three pages with the header on
each and a row cut at a break; both Word-numbered DOCX carry ``w:numPr``
paragraphs, no typed "1."/"a)" labels, ``gridSpan`` "Đơn vị thực hiện" and
``vMerge`` leads, lettered duties and reports in "Tổ chức thực hiện"; both
decisions put QUYẾT ĐỊNH:, Điều 1–3 and Nơi nhận before the KẾ HOẠCH and hold
their tasks in prose (no table); scans are image-only at 300 dpi with a new
column order.
"""

from __future__ import annotations

import json
import re
import zipfile
from pathlib import Path
from typing import Any

import pypdf
import pytest

from eval.varied8.model8 import Plan8
from eval.varied12.check import FORMATS, MIN_NONE, check_all, check_splits11, docs_of, in_q3
from eval.varied12.generate import generate
from eval.varied12.plans import IMAGES, PLANS, PROSE, TEST_PLANS

ROOT = Path(__file__).resolve().parents[2]
V12 = ROOT / "eval" / "varied12"
DATASETS = ROOT / "eval" / "datasets"
FMT = {p.file: p.fmt for p, _r in PLANS}
W_T = r"<w:t(?: [^>]*)?>([^<]*)</w:t>"


@pytest.fixture(scope="module")
def regenerated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh generation (no scans) under a temporary directory."""
    out = tmp_path_factory.mktemp("varied12")
    assert generate(out, out / "datasets", scans=False) == 0
    return out


def _splits() -> dict[str, list[dict[str, Any]]]:
    return {split: [json.loads(x) for x in (DATASETS / f"varied12_{split}.jsonl").read_text(encoding="utf-8").splitlines()]
            for split in ("dev", "test")}


def _source(plan: Plan8) -> str:
    return (V12 / "source_text" / (plan.file.rsplit(".", 1)[0] + ".txt")).read_text(encoding="utf-8")


def _pages(path: Path) -> list[str]:
    return [" ".join((p.extract_text() or "").split()) for p in pypdf.PdfReader(str(path)).pages]


def _docx_text(path: Path) -> str:
    with zipfile.ZipFile(path) as z:
        return z.read("word/document.xml").decode("utf-8")


def test_regeneration_matches_committed_files(regenerated: Path) -> None:
    for plan, _render in PLANS:
        src = plan.file.rsplit(".", 1)[0] + ".txt"
        assert (regenerated / "source_text" / src).read_bytes() == (V12 / "source_text" / src).read_bytes(), src
        if plan.fmt not in IMAGES:
            assert (regenerated / "plans" / plan.file).read_bytes() == (V12 / "plans" / plan.file).read_bytes(), plan.file
    for name in ("expected_tasks.jsonl", "expected_meta.jsonl"):
        assert (regenerated / name).read_bytes() == (V12 / name).read_bytes(), name
    for split in ("dev", "test"):
        name = f"varied12_{split}.jsonl"
        assert (regenerated / "datasets" / name).read_bytes() == (DATASETS / name).read_bytes(), name


def test_committed_questions_check_out() -> None:
    sources = {p.file: _source(p) for p, _r in PLANS}
    splits = _splits()
    keys = {"id", "type", "question", "facts", "evidence", "unanswerable", "doc", "style", "format"}
    for split, rows in splits.items():
        assert all((d in TEST_PLANS) == (split == "test") for r in rows for d in docs_of(r))
        assert all(re.fullmatch(r"v12[dt]\d{3}", r["id"]) and r["id"][3] == split[0] for r in rows)
        assert all(set(r) == keys for r in rows)
        assert 48 <= len(rows) <= 60
        assert MIN_NONE <= sum(r["unanswerable"] for r in rows) <= 0.18 * len(rows)
        assert sum(isinstance(r["doc"], list) for r in rows) >= 3
        assert sum(r["style"] == "en" for r in rows) == 2
        assert {r["type"] for r in rows} == {"who", "when", "target", "lookup", "multi", "list", "none"}
        assert {r["format"] for r in rows} == FORMATS
        assert sum(r["style"] == "noaccent" for r in rows) >= 0.15 * len(rows)
    items = splits["dev"] + splits["test"]
    assert check_all(items, sources) == []
    assert check_splits11(splits["dev"], splits["test"], FMT) == []
    assert len({r["id"] for r in items}) == len(items)


def test_ground_truth_covers_every_task() -> None:
    rows = [json.loads(x) for x in (V12 / "expected_tasks.jsonl").read_text(encoding="utf-8").splitlines()]
    meta = [json.loads(x) for x in (V12 / "expected_meta.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [m["file"] for m in meta] == [p.file for p, _r in PLANS]
    for plan, _r in PLANS:
        mine = [r for r in rows if r["file"] == plan.file]
        n = sum(len(ts) for _g, ts in PROSE[plan.file]) if plan.file in PROSE else sum(len(g.tasks) for g in plan.groups)
        assert 10 <= len(mine) == n <= 16, plan.file
        assert all(r["lead"] and r["task"] and r["deadline"] for r in mine), plan.file
        assert sum(in_q3(r["deadline"]) for r in mine) >= 2, plan.file
    assert in_q3("Tháng 8/2026") and in_q3("Trước 31/8/2026") and not in_q3("Tháng 10/2026")


@pytest.mark.parametrize("plan", [p for p, _r in PLANS if p.fmt == "pdf-table"], ids=lambda p: p.file)
def test_pdf_table_runs_over_three_pages_with_cut_rows(plan: Plan8) -> None:
    pages = _pages(V12 / "plans" / plan.file)
    table = pages[next(i for i, t in enumerate(pages) if "PHỤ LỤC" in t):]
    assert len(table) == 3
    heads = [h for _k, h in plan.columns]
    for t in table:  # the header row is repeated on each page ("STT" may wrap to "ST T" in a narrow cell)
        assert all(h in t for h in heads[1:]), t[:200]
    tails = [re.sub(r"^\d+ ", "", t).split(heads[-1], 1)[1].strip() for t in table[1:]]
    assert any(not re.match(r"^(\d+|[IVX]+\.) ", x) for x in tails)  # a page opens with the tail of a cut row
    groups = re.findall(r"\b[IVX]+\. [A-ZĐ]", " ".join(table))
    assert len(groups) == len(plan.groups) == 6
    assert [k for k, _h in plan.columns][2:4] in (["deadline", "lead"], ["product", "deadline"])


@pytest.mark.parametrize("plan", [p for p, _r in PLANS if p.fmt == "docx"], ids=lambda p: p.file)
def test_docx_has_word_numbering_and_merged_cells(plan: Plan8) -> None:
    xml = _docx_text(V12 / "plans" / plan.file)
    assert xml.count("<w:numPr>") >= 15
    texts = re.findall(W_T, xml)
    assert "MỤC ĐÍCH, YÊU CẦU" in texts and "TỔ CHỨC THỰC HIỆN" in texts
    assert not any(re.match(r"^(\d+\.|[a-zđ]\)) ", x) for x in texts)
    table = re.findall(r"<w:tbl>.*?</w:tbl>", xml, flags=re.S)[-1]
    assert 'w:vMerge w:val="restart"' in table and table.count("<w:vMerge/>") >= 4 and "<w:gridSpan " in table
    assert "Đơn vị thực hiện" in re.findall(W_T, table)
    duties = _source(plan).split("TỔ CHỨC THỰC HIỆN")[-1]
    assert len(re.findall(r"^a\) ", duties, flags=re.M)) >= 4
    assert re.search(r"báo cáo .* trước ngày \d+ của tháng cuối quý", duties)


@pytest.mark.parametrize("plan", [p for p, _r in PLANS if p.fmt == "decision"], ids=lambda p: p.file)
def test_decision_precedes_its_prose_plan(plan: Plan8) -> None:
    text = _source(plan)
    order = [text.index(x) for x in ("QUYẾT ĐỊNH:", "Điều 1.", "Điều 2.", "Điều 3.", "Nơi nhận:", "KẾ HOẠCH",
                                     "nhiệm vụ cải cách hành chính", "TỔ CHỨC THỰC HIỆN")]
    assert order == sorted(order) and " | " not in text and "PHỤ LỤC" not in text
    path = V12 / "plans" / plan.file
    body = " ".join(_pages(path)) if path.suffix == ".pdf" else " ".join(re.findall(W_T, _docx_text(path)))
    if path.suffix == ".docx":  # only the letterhead/signature layout tables, no task table
        tables = re.findall(r"<w:tbl>.*?</w:tbl>", _docx_text(path), flags=re.S)
        assert not any("chủ trì" in " ".join(re.findall(W_T, t)).lower() for t in tables)
    for x in ("QUYẾT ĐỊNH:", "Ban hành kèm theo Quyết định này", "Theo đề nghị của", "Nơi nhận:", "KẾ HOẠCH"):
        assert x in body, x
    assert body.index("Điều 3.") < body.index("KẾ HOẠCH") < body.index("TỔ CHỨC THỰC HIỆN")
    for _g, tasks in PROSE[plan.file]:  # every prose task is in the rendered file
        for t in tasks:
            assert " ".join(t.text.split()) in body, t.text[:40]


@pytest.mark.parametrize("plan", [p for p, _r in PLANS if p.fmt == "scan"], ids=lambda p: p.file)
def test_scans_are_image_only_at_300_dpi(plan: Plan8) -> None:
    keys = [k for k, _h in plan.columns]
    assert keys in (["stt", "task", "partners", "lead", "deadline"], ["stt", "task", "lead", "deadline", "partners"])
    reader = pypdf.PdfReader(str(V12 / "plans" / plan.file))
    assert len(reader.pages) >= 2
    for page in reader.pages:
        assert not (page.extract_text() or "").strip()
        assert "/Font" not in (page.get("/Resources") or {})
        (img,) = page.images
        assert img.image is not None and img.image.size == (2481, 3508)
        assert abs(float(page.mediabox.width) - 2481 * 72 / 300) < 1

"""Batch-11 varied fixtures (eval/varied11): regeneration is deterministic and every QA item checks out.

Regenerates everything except the scans into a temporary directory and
compares it with the committed files; the committed files are checked for
their layouts: each pdf-table Phụ lục runs over ≥ 2 pages with a row cut at a
break and is followed by its reporting table; both Word-numbered DOCX carry
``w:numPr`` paragraphs, no typed "1."/"a)" labels, ``gridSpan``/``vMerge``
cells and sub-task rows ("1.1") whose lead cell is empty; decisions put
QUYẾT ĐỊNH:, Điều 1–3 and Nơi nhận before the KẾ HOẠCH, then the Phụ lục, and
give duties per unit as lettered items; scans are image-only at 300 dpi.
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
from eval.varied11.check import FORMATS, MIN_NONE, check_all, check_splits11, check_subtasks, docs_of
from eval.varied11.generate import generate
from eval.varied11.plans import IMAGES, PLANS, TEST_PLANS

ROOT = Path(__file__).resolve().parents[2]
V11 = ROOT / "eval" / "varied11"
DATASETS = ROOT / "eval" / "datasets"
FMT = {p.file: p.fmt for p, _r in PLANS}
W_T = r"<w:t(?: [^>]*)?>([^<]*)</w:t>"


@pytest.fixture(scope="module")
def regenerated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh generation (no scans) under a temporary directory."""
    out = tmp_path_factory.mktemp("varied11")
    assert generate(out, out / "datasets", scans=False) == 0
    return out


def _splits() -> dict[str, list[dict[str, Any]]]:
    return {split: [json.loads(x) for x in (DATASETS / f"varied11_{split}.jsonl").read_text(encoding="utf-8").splitlines()]
            for split in ("dev", "test")}


def _source(plan: Plan8) -> str:
    return (V11 / "source_text" / (plan.file.rsplit(".", 1)[0] + ".txt")).read_text(encoding="utf-8")


def _pages(path: Path) -> list[str]:
    return [" ".join((p.extract_text() or "").split()) for p in pypdf.PdfReader(str(path)).pages]


def test_regeneration_matches_committed_files(regenerated: Path) -> None:
    for plan, _render in PLANS:
        src = plan.file.rsplit(".", 1)[0] + ".txt"
        assert (regenerated / "source_text" / src).read_bytes() == (V11 / "source_text" / src).read_bytes(), src
        if plan.fmt not in IMAGES:
            assert (regenerated / "plans" / plan.file).read_bytes() == (V11 / "plans" / plan.file).read_bytes(), plan.file
    for name in ("expected_tasks.jsonl", "expected_meta.jsonl"):
        assert (regenerated / name).read_bytes() == (V11 / name).read_bytes(), name
    for split in ("dev", "test"):
        name = f"varied11_{split}.jsonl"
        assert (regenerated / "datasets" / name).read_bytes() == (DATASETS / name).read_bytes(), name


def test_committed_questions_check_out() -> None:
    sources = {p.file: _source(p) for p, _r in PLANS}
    splits = _splits()
    keys = {"id", "type", "question", "facts", "evidence", "unanswerable", "doc", "style", "format"}
    for split, rows in splits.items():
        assert all((d in TEST_PLANS) == (split == "test") for r in rows for d in docs_of(r))
        assert all(re.fullmatch(r"v11[dt]\d{3}", r["id"]) and r["id"][3] == split[0] for r in rows)
        assert all(set(r) == keys for r in rows)
        assert 45 <= len(rows) <= 60
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


def test_ground_truth_covers_tasks_and_sub_tasks() -> None:
    rows = [json.loads(x) for x in (V11 / "expected_tasks.jsonl").read_text(encoding="utf-8").splitlines()]
    meta = [json.loads(x) for x in (V11 / "expected_meta.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [m["file"] for m in meta] == [p.file for p, _r in PLANS]
    for plan, _r in PLANS:
        mine = [r for r in rows if r["file"] == plan.file]
        n_subs = sum(len(t.subs) for g in plan.groups for t in g.tasks)
        assert len(mine) == sum(len(g.tasks) for g in plan.groups) + n_subs, plan.file
        assert all(r["lead"] and r["task"] for r in mine), plan.file
        assert sum(r["parent"] is not None for r in mine) == n_subs
        assert check_subtasks(plan, mine) == []
        if plan.fmt == "docx":
            assert n_subs >= 4 and any(r["deadline"] == "Năm 2026" for r in mine)
            assert any(r["deadline"] == "Thường xuyên" and r["due"] is None for r in mine)


@pytest.mark.parametrize("plan", [p for p, _r in PLANS if p.fmt == "pdf-table"], ids=lambda p: p.file)
def test_pdf_table_runs_over_two_pages_with_a_cut_row(plan: Plan8) -> None:
    pages = _pages(V11 / "plans" / plan.file)
    table = pages[next(i for i, t in enumerate(pages) if "PHỤ LỤC" in t):]
    header = " ".join(h for _k, h in plan.columns)
    assert len(table) >= 2 and all(header in t for t in table[:2])
    assert [k for k, _h in plan.columns][-2:] in (["deadline", "note"], ["product", "deadline"])
    cut = sum(not re.match(r"^(\d+|[IVX]+\.) ", re.sub(r"^\d+ ", "", t).replace(header, "", 1).strip())
              for t in table[1:])
    assert cut >= 1
    tail = " ".join(table)
    assert " ".join(plan.reports_heads[1:]) in tail and tail.index(plan.reports_title) > tail.index(header)


@pytest.mark.parametrize("plan", [p for p, _r in PLANS if p.fmt == "docx"], ids=lambda p: p.file)
def test_docx_has_word_numbering_merges_and_sub_tasks(plan: Plan8) -> None:
    with zipfile.ZipFile(V11 / "plans" / plan.file) as z:
        xml = z.read("word/document.xml").decode("utf-8")
        numbering = z.read("word/numbering.xml").decode("utf-8")
    assert xml.count("<w:numPr>") >= 15 and 'w:numFmt w:val="lowerLetter"' in numbering
    texts = re.findall(W_T, xml)
    assert "MỤC ĐÍCH, YÊU CẦU" in texts and "TỔ CHỨC THỰC HIỆN" in texts
    assert not any(re.match(r"^(\d+\.|[a-zđ]\)) ", x) for x in texts)
    table = re.findall(r"<w:tbl>.*?</w:tbl>", xml, flags=re.S)[-1]
    assert 'w:vMerge w:val="restart"' in table and "<w:vMerge/>" in table and "<w:gridSpan " in table
    assert "Đơn vị thực hiện" in " ".join(re.findall(W_T, table))
    rows = re.findall(r"<w:tr[ >].*?</w:tr>", table, flags=re.S)
    subs = [r for r in rows if re.search(r"<w:t(?: [^>]*)?>\d+\.\d+</w:t>", r)]
    assert len(subs) >= 4
    lead = [k for k, _h in plan.columns].index("lead")
    for r in subs:  # the lead cell of a sub-task row is empty: the parent row alone names the lead
        cells = re.findall(r"<w:tc>.*?</w:tc>", r, flags=re.S)
        assert not re.findall(W_T, cells[lead])


@pytest.mark.parametrize("plan", [p for p, _r in PLANS if p.fmt == "decision"], ids=lambda p: p.file)
def test_decision_precedes_its_plan(plan: Plan8) -> None:
    text = _source(plan)
    order = [text.index(x) for x in ("QUYẾT ĐỊNH:", "Điều 1.", "Điều 2.", "Điều 3.", "Nơi nhận:", "KẾ HOẠCH", "PHỤ LỤC")]
    assert order == sorted(order)
    path = V11 / "plans" / plan.file
    if path.suffix == ".pdf":
        body = " ".join(_pages(path))
    else:
        with zipfile.ZipFile(path) as z:
            body = " ".join(re.findall(W_T, z.read("word/document.xml").decode("utf-8")))
    marks = ("QUYẾT ĐỊNH:", "Điều 1.", "Điều 2.", "Điều 3.", "Ban hành kèm theo Quyết định này", "Theo đề nghị của",
             "KẾ HOẠCH", "TỔ CHỨC THỰC HIỆN", "PHỤ LỤC")
    assert all(x in body for x in marks)
    assert body.index("Điều 3.") < body.index("KẾ HOẠCH") < body.index("TỔ CHỨC THỰC HIỆN") < body.index("PHỤ LỤC")
    duties = text[text.index("TỔ CHỨC THỰC HIỆN"):text.index("PHỤ LỤC")]
    assert len(re.findall(r"^a\) ", duties, flags=re.M)) >= 3 and "báo cáo" in duties


@pytest.mark.parametrize("plan", [p for p, _r in PLANS if p.fmt == "scan"], ids=lambda p: p.file)
def test_scans_are_image_only_at_300_dpi(plan: Plan8) -> None:
    assert [k for k, _h in plan.columns][1] in ("lead", "deadline")  # a column order earlier batches did not use
    reader = pypdf.PdfReader(str(V11 / "plans" / plan.file))
    assert len(reader.pages) >= 2
    for page in reader.pages:
        assert not (page.extract_text() or "").strip()
        assert "/Font" not in (page.get("/Resources") or {})
        (img,) = page.images
        assert img.image is not None and img.image.size == (2481, 3508)
        assert abs(float(page.mediabox.width) - 2481 * 72 / 300) < 1

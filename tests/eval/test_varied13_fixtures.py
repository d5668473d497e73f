"""Batch-13 varied fixtures (eval/varied13): regeneration is deterministic and every QA item checks out.

Regenerates everything except the scans into a temporary directory and
compares it with the committed files; the committed files are checked for
their new layouts: each pdf-table Phụ lục runs over ≥ 2 pages with the header
on each, a row cut at a break, ONE combined unit column marking the lead in
the cell and sub-task rows naming no lead; both Word-numbered DOCX hold their
tasks as numbered paragraph blocks with labelled lines (no task table), one
with co-leads; both decisions put QUYẾT ĐỊNH:, Điều 1–3 and Nơi nhận before
the KẾ HOẠCH and group their tasks by unit with a block-level deadline; scans
are image-only 2-page PDFs at 300 dpi whose page break cuts a prose task.
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
from eval.varied13.check import FORMATS, MIN_NONE, check_all, check_splits11, docs_of, in_q3
from eval.varied13.generate import generate
from eval.varied13.plans import BLOCKS, IMAGES, PLANS, PROSE, TEST_PLANS, UNITS
from eval.varied13.scan13 import cut_paragraphs
from eval.varied13.unitcell import Plan13

ROOT = Path(__file__).resolve().parents[2]
V13 = ROOT / "eval" / "varied13"
DATASETS = ROOT / "eval" / "datasets"
FMT = {p.file: p.fmt for p, _r in PLANS}
W_T = r"<w:t(?: [^>]*)?>([^<]*)</w:t>"


@pytest.fixture(scope="module")
def regenerated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh generation (no scans) under a temporary directory."""
    out = tmp_path_factory.mktemp("varied13")
    assert generate(out, out / "datasets", scans=False) == 0
    return out


def _splits() -> dict[str, list[dict[str, Any]]]:
    return {split: [json.loads(x) for x in (DATASETS / f"varied13_{split}.jsonl").read_text(encoding="utf-8").splitlines()]
            for split in ("dev", "test")}


def _source(plan: Plan8) -> str:
    return (V13 / "source_text" / (plan.file.rsplit(".", 1)[0] + ".txt")).read_text(encoding="utf-8")


def _pages(path: Path) -> list[str]:
    return [" ".join((p.extract_text() or "").split()) for p in pypdf.PdfReader(str(path)).pages]


def _docx_xml(path: Path) -> str:
    with zipfile.ZipFile(path) as z:
        return z.read("word/document.xml").decode("utf-8")


def _tasks() -> list[dict[str, Any]]:
    return [json.loads(x) for x in (V13 / "expected_tasks.jsonl").read_text(encoding="utf-8").splitlines()]


def test_regeneration_matches_committed_files(regenerated: Path) -> None:
    for plan, _render in PLANS:
        src = plan.file.rsplit(".", 1)[0] + ".txt"
        assert (regenerated / "source_text" / src).read_bytes() == (V13 / "source_text" / src).read_bytes(), src
        if plan.fmt not in IMAGES:
            assert (regenerated / "plans" / plan.file).read_bytes() == (V13 / "plans" / plan.file).read_bytes(), plan.file
    for name in ("expected_tasks.jsonl", "expected_meta.jsonl"):
        assert (regenerated / name).read_bytes() == (V13 / name).read_bytes(), name
    for split in ("dev", "test"):
        name = f"varied13_{split}.jsonl"
        assert (regenerated / "datasets" / name).read_bytes() == (DATASETS / name).read_bytes(), name


def test_committed_questions_check_out() -> None:
    sources = {p.file: _source(p) for p, _r in PLANS}
    splits = _splits()
    keys = {"id", "type", "question", "facts", "evidence", "unanswerable", "doc", "style", "format"}
    for split, rows in splits.items():
        assert all((d in TEST_PLANS) == (split == "test") for r in rows for d in docs_of(r))
        assert all(re.fullmatch(r"v13[dt]\d{3}", r["id"]) and r["id"][3] == split[0] for r in rows)
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
    rows = _tasks()
    meta = [json.loads(x) for x in (V13 / "expected_meta.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [m["file"] for m in meta] == [p.file for p, _r in PLANS]
    for plan, _r in PLANS:
        mine = [r for r in rows if r["file"] == plan.file]
        assert 10 <= len(mine) <= 16, plan.file
        assert all(r["lead"] and r["task"] and r["deadline"] for r in mine), plan.file
        assert sum(in_q3(r["deadline"]) for r in mine) >= 2, plan.file
    assert any(len(r["lead"].split("; ")) == 2 for r in rows if r["file"] in BLOCKS)  # co-leads


@pytest.mark.parametrize("plan", [p for p, _r in PLANS if p.fmt == "pdf-table"], ids=lambda p: p.file)
def test_pdf_table_has_one_unit_column_and_sub_tasks(plan: Plan8) -> None:
    assert isinstance(plan, Plan13)
    keys = [k for k, _h in plan.columns]
    assert "unit" in keys and "lead" not in keys and "partners" not in keys
    pages = _pages(V13 / "plans" / plan.file)
    table = pages[next(i for i, t in enumerate(pages) if "PHỤ LỤC" in t):]
    assert len(table) >= 2
    heads = [h for _k, h in plan.columns]
    for t in table:  # the header row is repeated on each page ("STT" may wrap to "ST T")
        assert all(h in t for h in heads[1:]), t[:200]
    tails = [re.sub(r"^\d+ ", "", t).split(heads[-1], 1)[1].strip() for t in table[1:]]
    assert any(not re.match(r"^(\d+(\.\d+)?|[IVX]+\.) ", x) for x in tails)  # a page opens with a cut row's tail
    body = " ".join(table)
    marker = "(chủ trì)" if plan.unit_style == "mark" else "Chủ trì:"
    assert body.count(marker) == sum(len(g.tasks) for g in plan.groups)
    subs = [(t, s) for g in plan.groups for t in g.tasks for s in t.subs]  # type: ignore[attr-defined]
    assert 2 <= len(subs) <= 3
    recs = {r["task"]: r for r in _tasks() if r["file"] == plan.file}
    for parent, s in subs:
        assert recs[s.task]["lead"] == parent.lead and recs[s.task]["parent"] == parent.task


@pytest.mark.parametrize("plan", [p for p, _r in PLANS if p.fmt == "docx"], ids=lambda p: p.file)
def test_docx_tasks_are_numbered_blocks_with_labelled_lines(plan: Plan8) -> None:
    xml = _docx_xml(V13 / "plans" / plan.file)
    assert xml.count("<w:numPr>") >= 40
    texts = re.findall(W_T, xml)
    assert not any(re.match(r"^(\d+\.|[a-zđ]\)) ", x) for x in texts)  # Word numbers the tasks, no typed labels
    tables = re.findall(r"<w:tbl>.*?</w:tbl>", xml, flags=re.S)
    assert not any("chủ trì" in " ".join(re.findall(W_T, t)).lower() for t in tables)  # no task table
    groups, labels = BLOCKS[plan.file]
    assert not any(x.startswith(f"- {labels['lead']}") for x in texts)  # the labelled lines are Word bullets
    n = sum(len(bs) for _g, bs in groups)
    assert sum(x.startswith(f"{labels['lead']}: ") for x in texts) == n
    assert sum(x.startswith(f"{labels['deadline']}: ") for x in texts) == n
    assert sum(x.startswith(f"{labels['partners']}: ") for x in texts) == n - 1  # one block has no partner
    assert any("đồng chủ trì" in x for x in texts)


@pytest.mark.parametrize("plan", [p for p, _r in PLANS if p.fmt == "decision"], ids=lambda p: p.file)
def test_decision_groups_tasks_by_unit(plan: Plan8) -> None:
    text = _source(plan)
    order = [text.index(x) for x in ("QUYẾT ĐỊNH:", "Điều 1.", "Điều 2.", "Điều 3.", "Nơi nhận:", "KẾ HOẠCH",
                                     "PHÂN CÔNG NHIỆM VỤ", "nhiệm vụ cải cách hành chính năm 2026 như sau:")]
    assert order == sorted(order) and " | " not in text and "PHỤ LỤC" not in text
    path = V13 / "plans" / plan.file
    body = " ".join(_pages(path)) if path.suffix == ".pdf" else " ".join(re.findall(W_T, _docx_xml(path)))
    for x in ("QUYẾT ĐỊNH:", "Ban hành kèm theo Quyết định này", "Theo đề nghị của", "Nơi nhận:", "KẾ HOẠCH"):
        assert x in body, x
    assert body.index("Điều 3.") < body.index("KẾ HOẠCH") < body.index("PHÂN CÔNG NHIỆM VỤ")
    blocks = UNITS[plan.file]
    assert sum(bool(b.deadline) for b in blocks) >= 1
    for b in blocks:
        assert f"{b.unit}:" in body
        if b.closing:
            assert b.closing in body
        for t in b.tasks:
            assert " ".join(t.text.split()) in body, t.text[:40]
            assert not t.text.startswith(b.unit)  # the unit heads the block, not the task sentence
    inherited = [r for r in _tasks() if r["file"] == plan.file and r["deadline"].startswith("Trước")
                 and not any(r["task"] in t.task and t.deadline for b in blocks for t in b.tasks)]
    assert inherited


@pytest.mark.parametrize("plan", [p for p, _r in PLANS if p.fmt == "scan"], ids=lambda p: p.file)
def test_scans_are_image_only_prose_over_two_pages(plan: Plan8) -> None:
    assert not plan.groups and plan.file in PROSE
    reader = pypdf.PdfReader(str(V13 / "plans" / plan.file))
    assert len(reader.pages) == 2
    for page in reader.pages:
        assert not (page.extract_text() or "").strip()
        assert "/Font" not in (page.get("/Resources") or {})
        (img,) = page.images
        assert img.image is not None and img.image.size == (2481, 3508)
        assert abs(float(page.mediabox.width) - 2481 * 72 / 300) < 1
    texts = {t.text for _g, ts in PROSE[plan.file] for t in ts}
    assert any(c.split(" ", 1)[1] in texts for c in cut_paragraphs(plan))  # a prose task runs over the page break

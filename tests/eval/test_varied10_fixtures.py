"""Batch-10 varied fixtures (eval/varied10): regeneration is deterministic and every QA item checks out.

Regenerates everything except the scans into a temporary directory and
compares it with the committed files; the committed files are checked for
their layouts: both Word-numbered DOCX (prose tasks, task table) carry
``w:numPr`` paragraphs and no typed "1."/"a)" labels, the prose one has no
task table, the table one has ``gridSpan`` and ``vMerge`` cells and its
columns in batch 10's order; decisions put QUYẾT ĐỊNH:, Điều 1–3 and Nơi nhận
before the KẾ HOẠCH; scans are image-only at 300 dpi. The prose ground truth
is stated by its paragraphs.
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
from eval.varied10.check import FORMATS, MIN_NONE, check_all, check_prose, check_splits10, docs_of
from eval.varied10.generate import generate
from eval.varied10.plans import IMAGES, PLANS, PROSE, TEST_PLANS, WORD_NUMBERED

ROOT = Path(__file__).resolve().parents[2]
V10 = ROOT / "eval" / "varied10"
DATASETS = ROOT / "eval" / "datasets"
FMT = {p.file: p.fmt for p, _r in PLANS}
W_T = r"<w:t(?: [^>]*)?>([^<]*)</w:t>"


@pytest.fixture(scope="module")
def regenerated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh generation (no scans) under a temporary directory."""
    out = tmp_path_factory.mktemp("varied10")
    assert generate(out, out / "datasets", scans=False) == 0
    return out


def _splits() -> dict[str, list[dict[str, Any]]]:
    return {split: [json.loads(x) for x in (DATASETS / f"varied10_{split}.jsonl").read_text(encoding="utf-8").splitlines()]
            for split in ("dev", "test")}


def _source(plan: Plan8) -> str:
    return (V10 / "source_text" / (plan.file.rsplit(".", 1)[0] + ".txt")).read_text(encoding="utf-8")


def _document_xml(plan: Plan8) -> tuple[str, str]:
    with zipfile.ZipFile(V10 / "plans" / plan.file) as z:
        return z.read("word/document.xml").decode("utf-8"), z.read("word/numbering.xml").decode("utf-8")


def test_regeneration_matches_committed_files(regenerated: Path) -> None:
    for plan, _render in PLANS:
        src = plan.file.rsplit(".", 1)[0] + ".txt"
        assert (regenerated / "source_text" / src).read_bytes() == (V10 / "source_text" / src).read_bytes(), src
        if plan.fmt not in IMAGES:
            assert (regenerated / "plans" / plan.file).read_bytes() == (V10 / "plans" / plan.file).read_bytes(), plan.file
    for name in ("expected_tasks.jsonl", "expected_meta.jsonl"):
        assert (regenerated / name).read_bytes() == (V10 / name).read_bytes(), name
    for split in ("dev", "test"):
        name = f"varied10_{split}.jsonl"
        assert (regenerated / "datasets" / name).read_bytes() == (DATASETS / name).read_bytes(), name


def test_committed_questions_check_out() -> None:
    sources = {p.file: _source(p) for p, _r in PLANS}
    splits = _splits()
    keys = {"id", "type", "question", "facts", "evidence", "unanswerable", "doc", "style", "format"}
    for split, rows in splits.items():
        assert all((d in TEST_PLANS) == (split == "test") for r in rows for d in docs_of(r))
        assert all(re.fullmatch(r"v10[dt]\d{3}", r["id"]) and r["id"][3] == split[0] for r in rows)
        assert all(set(r) == keys for r in rows)
        assert 40 <= len(rows) <= 55
        assert MIN_NONE <= sum(r["unanswerable"] for r in rows) <= 0.15 * len(rows)
        assert 2 <= sum(isinstance(r["doc"], list) for r in rows) <= 3
        assert sum(r["style"] == "en" for r in rows) == 2
        assert {r["type"] for r in rows} == {"who", "when", "target", "lookup", "multi", "list", "none"}
        assert {r["format"] for r in rows} == FORMATS
        assert sum(r["style"] == "noaccent" for r in rows) >= 0.15 * len(rows)
    items = splits["dev"] + splits["test"]
    assert check_all(items, sources) == []
    assert check_splits10(splits["dev"], splits["test"], FMT) == []
    assert len({r["id"] for r in items}) == len(items)


def test_ground_truth_covers_prose_and_table_tasks() -> None:
    rows = [json.loads(x) for x in (V10 / "expected_tasks.jsonl").read_text(encoding="utf-8").splitlines()]
    meta = [json.loads(x) for x in (V10 / "expected_meta.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [m["file"] for m in meta] == [p.file for p, _r in PLANS]
    for plan, _r in PLANS:
        mine = [r for r in rows if r["file"] == plan.file]
        assert mine and all(r["lead"] and r["task"] for r in mine), plan.file
        if plan.file in PROSE:
            assert len(mine) == sum(len(ts) for _g, ts in PROSE[plan.file])
            assert check_prose(plan.file, PROSE[plan.file], _source(plan)) == []
            assert f"{len(mine)} nhiệm vụ" in _source(plan)
        else:
            assert len(mine) == sum(len(g.tasks) for g in plan.groups)


@pytest.mark.parametrize("plan", [p for p, _r in PLANS if p.fmt in WORD_NUMBERED], ids=lambda p: p.file)
def test_docx_is_numbered_by_word(plan: Plan8) -> None:
    xml, numbering = _document_xml(plan)
    assert xml.count("<w:numPr>") >= 20 and 'w:numFmt w:val="lowerLetter"' in numbering
    assert 'w:numFmt w:val="upperRoman"' in numbering and 'w:numFmt w:val="decimal"' in numbering
    texts = re.findall(W_T, xml)
    assert "MỤC ĐÍCH, YÊU CẦU" in texts and "TỔ CHỨC THỰC HIỆN" in texts
    assert not any(re.match(r"^(\d+\.|[a-zđ]\)) ", x) for x in texts)
    tables = re.findall(r"<w:tbl>.*?</w:tbl>", xml, flags=re.S)
    if plan.fmt == "docx-prose":  # the letterhead is the only table; tasks are lettered paragraphs
        assert len(tables) == 1 and "chủ trì" not in " ".join(re.findall(W_T, tables[0]))
        assert sum("chủ trì" in x or "thực hiện" in x for x in texts) >= 8
    else:
        task_table = " ".join(re.findall(W_T, tables[-1]))
        heads = [h for _k, h in plan.columns]
        assert heads[2] == "Thời gian hoàn thành" and task_table.index(heads[2]) < task_table.index(heads[3])
        assert "Đơn vị thực hiện" in task_table and "Kết quả/sản phẩm" in task_table
        assert 'w:vMerge w:val="restart"' in tables[-1] and "<w:vMerge/>" in tables[-1] and "<w:gridSpan " in tables[-1]


@pytest.mark.parametrize("plan", [p for p, _r in PLANS if p.fmt == "decision"], ids=lambda p: p.file)
def test_decision_precedes_its_plan(plan: Plan8) -> None:
    text = _source(plan)
    order = [text.index(x) for x in ("QUYẾT ĐỊNH:", "Điều 1.", "Điều 2.", "Điều 3.", "Nơi nhận:", "KẾ HOẠCH")]
    assert order == sorted(order)
    path = V10 / "plans" / plan.file
    if path.suffix == ".pdf":
        body = " ".join(" ".join((p.extract_text() or "").split()) for p in pypdf.PdfReader(str(path)).pages)
    else:
        body = " ".join(re.findall(W_T, _document_xml(plan)[0]))
    marks = ("QUYẾT ĐỊNH:", "Điều 1.", "Điều 2.", "Điều 3.", "Ban hành kèm theo Quyết định này", "KẾ HOẠCH", "PHỤ LỤC")
    assert all(x in body for x in marks)
    assert body.index("Điều 3.") < body.index("KẾ HOẠCH") < body.index("PHỤ LỤC")
    assert "TỔ CHỨC THỰC HIỆN" in body  # duties in prose as well as in the Phụ lục table


@pytest.mark.parametrize("plan", [p for p, _r in PLANS if p.fmt == "scan"], ids=lambda p: p.file)
def test_scans_are_image_only_at_300_dpi(plan: Plan8) -> None:
    reader = pypdf.PdfReader(str(V10 / "plans" / plan.file))
    assert len(reader.pages) >= 2
    for page in reader.pages:
        assert not (page.extract_text() or "").strip()
        assert "/Font" not in (page.get("/Resources") or {})
        (img,) = page.images
        assert img.image is not None and img.image.size == (2481, 3508)
        assert abs(float(page.mediabox.width) - 2481 * 72 / 300) < 1

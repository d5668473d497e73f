"""Batch-9 varied fixtures (eval/varied9): regeneration is deterministic and every QA item checks out.

Regenerates everything except the scans into a temporary directory and
compares it with the committed files; the committed files are checked for
their layouts: ruled PDF task tables over ≥ 3 pages with the header repeated
on some table pages but not all and a row cut by a page break; DOCX numbered
by Word (``w:numPr`` → numbering.xml, no typed "1."/"a)" labels) with
``gridSpan`` and ``vMerge`` cells; decisions with Điều 1–3 before the plan;
image-only scans at 300 dpi.
"""

from __future__ import annotations

import json
import re
import zipfile
from pathlib import Path

import pypdf
import pytest

from eval.varied8.model8 import Plan8
from eval.varied9.check import FORMATS, MIN_NONE, check_all, check_splits9, docs_of
from eval.varied9.generate import generate
from eval.varied9.plans import IMAGES, PLANS, TEST_PLANS

ROOT = Path(__file__).resolve().parents[2]
V9 = ROOT / "eval" / "varied9"
DATASETS = ROOT / "eval" / "datasets"
FMT = {p.file: p.fmt for p, _r in PLANS}


@pytest.fixture(scope="module")
def regenerated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh generation (no scans) under a temporary directory."""
    out = tmp_path_factory.mktemp("varied9")
    assert generate(out, out / "datasets", scans=False) == 0
    return out


def _splits() -> dict[str, list[dict]]:
    return {split: [json.loads(x) for x in (DATASETS / f"varied9_{split}.jsonl").read_text(encoding="utf-8").splitlines()]
            for split in ("dev", "test")}


def test_regeneration_matches_committed_files(regenerated: Path) -> None:
    for plan, _render in PLANS:
        src = plan.file.rsplit(".", 1)[0] + ".txt"
        assert (regenerated / "source_text" / src).read_bytes() == (V9 / "source_text" / src).read_bytes(), src
        if plan.fmt not in IMAGES:
            assert (regenerated / "plans" / plan.file).read_bytes() == (V9 / "plans" / plan.file).read_bytes(), plan.file
    for name in ("expected_tasks.jsonl", "expected_meta.jsonl"):
        assert (regenerated / name).read_bytes() == (V9 / name).read_bytes(), name
    for split in ("dev", "test"):
        name = f"varied9_{split}.jsonl"
        assert (regenerated / "datasets" / name).read_bytes() == (DATASETS / name).read_bytes(), name


def test_committed_questions_check_out() -> None:
    sources = {p.file: (V9 / "source_text" / (p.file.rsplit(".", 1)[0] + ".txt")).read_text(encoding="utf-8")
               for p, _r in PLANS}
    splits = _splits()
    keys = {"id", "type", "question", "facts", "evidence", "unanswerable", "doc", "style", "format"}
    for split, rows in splits.items():
        assert all((d in TEST_PLANS) == (split == "test") for r in rows for d in docs_of(r))
        assert all(r["id"].startswith("v9d" if split == "dev" else "v9t") for r in rows)
        assert all(set(r) == keys for r in rows)
        assert 40 <= len(rows) <= 60
        assert MIN_NONE <= sum(r["unanswerable"] for r in rows) <= 12
        assert sum(isinstance(r["doc"], list) for r in rows) >= 2
        assert {r["type"] for r in rows} == {"who", "when", "target", "lookup", "multi", "list", "none"}
        assert {r["format"] for r in rows} == FORMATS
        assert sum(r["style"] == "noaccent" for r in rows) >= 0.15 * len(rows)
    items = splits["dev"] + splits["test"]
    assert check_all(items, sources) == []
    assert check_splits9(splits["dev"], splits["test"], FMT) == []
    assert len({r["id"] for r in items}) == len(items)


def _pages(path: Path) -> list[str]:
    return [" ".join((p.extract_text() or "").split()) for p in pypdf.PdfReader(str(path)).pages]


@pytest.mark.parametrize("plan", [p for p, _r in PLANS if p.fmt == "pdf-table"], ids=lambda p: p.file)
def test_pdf_table_runs_over_three_pages_with_a_split_row(plan: Plan8) -> None:
    pages = _pages(V9 / "plans" / plan.file)
    table = pages[next(i for i, t in enumerate(pages) if "PHỤ LỤC" in t):]
    assert len(table) >= 3
    header = " ".join(h for _k, h in plan.columns)
    headed = [header in t for t in table]
    assert headed[0] and headed[1] and not all(headed), headed
    cut = 0
    for t in table[1:]:
        rest = re.sub(r"^\d+ ", "", t).replace(header, "", 1).strip()  # drop the page number and a repeated header
        if not re.match(r"^(\d+|[IVX]+\.) ", rest):  # the page opens with the tail of a row cut at the break
            cut += 1
    assert cut >= 1


@pytest.mark.parametrize("plan", [p for p, _r in PLANS if p.fmt == "docx"], ids=lambda p: p.file)
def test_docx_has_word_numbering_and_merged_cells(plan: Plan8) -> None:
    with zipfile.ZipFile(V9 / "plans" / plan.file) as z:
        xml = z.read("word/document.xml").decode("utf-8")
        numbering = z.read("word/numbering.xml").decode("utf-8")
    assert xml.count("<w:numPr>") >= 10 and 'w:numFmt w:val="lowerLetter"' in numbering
    assert 'w:vMerge w:val="restart"' in xml and "<w:vMerge/>" in xml and "<w:gridSpan " in xml
    texts = re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", xml)
    assert "MỤC ĐÍCH, YÊU CẦU" in texts and not any(re.match(r"^(\d+\.|[a-zđ]\)) ", x) for x in texts)


@pytest.mark.parametrize("plan", [p for p, _r in PLANS if p.fmt == "decision"], ids=lambda p: p.file)
def test_decision_precedes_its_plan(plan: Plan8) -> None:
    text = (V9 / "source_text" / (plan.file.rsplit(".", 1)[0] + ".txt")).read_text(encoding="utf-8")
    order = [text.index(x) for x in ("QUYẾT ĐỊNH:", "Điều 1.", "Điều 2.", "Điều 3.", "Nơi nhận:", "KẾ HOẠCH")]
    assert order == sorted(order)
    path = V9 / "plans" / plan.file
    if path.suffix == ".pdf":
        body = " ".join(_pages(path))
    else:
        with zipfile.ZipFile(path) as z:
            body = " ".join(re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", z.read("word/document.xml").decode("utf-8")))
    assert all(x in body for x in ("Điều 1.", "Điều 2.", "Điều 3.", "Ban hành kèm theo Quyết định này"))


@pytest.mark.parametrize("plan", [p for p, _r in PLANS if p.fmt == "scan"], ids=lambda p: p.file)
def test_scans_are_image_only_at_300_dpi(plan: Plan8) -> None:
    reader = pypdf.PdfReader(str(V9 / "plans" / plan.file))
    assert len(reader.pages) >= 2
    for page in reader.pages:
        assert not (page.extract_text() or "").strip()
        assert "/Font" not in (page.get("/Resources") or {})
        (img,) = page.images
        assert img.image is not None and img.image.size == (2481, 3508)
        assert abs(float(page.mediabox.width) - 2481 * 72 / 300) < 1

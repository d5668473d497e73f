"""Batch-4 varied fixtures (eval/varied4): regeneration is deterministic and every QA item checks out.

Regenerates everything except the (slow) scans into a temporary directory and
compares it with the committed files; the committed scans are checked to be
image-only PDFs, the text-layer task tables to span several pages.
"""

from __future__ import annotations

import json
from pathlib import Path

import pypdf
import pytest

from eval.varied4.check import MIN_NONE, check_all, check_splits, docs_of
from eval.varied4.generate import generate
from eval.varied4.plans import PLANS, TEST_PLANS

ROOT = Path(__file__).resolve().parents[2]
V4 = ROOT / "eval" / "varied4"
DATASETS = ROOT / "eval" / "datasets"


@pytest.fixture(scope="module")
def regenerated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh generation (no scans) under a temporary directory."""
    out = tmp_path_factory.mktemp("varied4")
    assert generate(out, out / "datasets", scans=False) == 0
    return out


def _splits() -> dict[str, list[dict]]:
    return {split: [json.loads(x) for x in (DATASETS / f"varied4_{split}.jsonl").read_text(encoding="utf-8").splitlines()]
            for split in ("dev", "test")}


def test_regeneration_matches_committed_files(regenerated: Path) -> None:
    for plan, _render in PLANS:
        src = plan.file.rsplit(".", 1)[0] + ".txt"
        assert (regenerated / "source_text" / src).read_bytes() == (V4 / "source_text" / src).read_bytes(), src
        if plan.fmt != "scan":
            assert (regenerated / "plans" / plan.file).read_bytes() == (V4 / "plans" / plan.file).read_bytes(), plan.file
    for name in ("expected_tasks.jsonl", "expected_meta.jsonl"):
        assert (regenerated / name).read_bytes() == (V4 / name).read_bytes(), name
    for split in ("dev", "test"):
        name = f"varied4_{split}.jsonl"
        assert (regenerated / "datasets" / name).read_bytes() == (DATASETS / name).read_bytes(), name


def test_committed_questions_check_out() -> None:
    sources = {p.file: (V4 / "source_text" / (p.file.rsplit(".", 1)[0] + ".txt")).read_text(encoding="utf-8")
               for p, _r in PLANS}
    splits = _splits()
    for split, rows in splits.items():
        assert all((d in TEST_PLANS) == (split == "test") for r in rows for d in docs_of(r))
        assert all(r["id"].startswith("v4d" if split == "dev" else "v4t") for r in rows)
        assert all(not k.startswith("_") for r in rows for k in r)
        assert 60 <= len(rows) <= 90
        assert sum(r["unanswerable"] for r in rows) >= MIN_NONE
        assert any(isinstance(r["doc"], list) for r in rows)
    items = splits["dev"] + splits["test"]
    assert check_all(items, sources) == []
    assert check_splits(splits["dev"], splits["test"], {p.fmt for p, _r in PLANS}) == []
    assert len({r["id"] for r in items}) == len(items)


def test_absent_words_are_checked() -> None:
    sources = {p.file: "Giao Phòng Văn hóa - Xã hội chủ trì số hóa hồ sơ dân ca quan họ." for p, _r in PLANS}
    doc = PLANS[0][0].file
    item = {"type": "none", "question": "Ai số hóa hồ sơ quan họ?", "facts": [], "evidence": [], "unanswerable": True,
            "doc": doc, "style": "vi", "format": PLANS[0][0].fmt}
    assert check_all([{**item, "_absent": ["quan ho"]}], sources) != []
    assert check_all([{**item, "_absent": ["ca trù"]}], sources) == []
    assert check_all([{**item, "_absent": ["hồ"]}], sources) != []
    assert check_all([{**item, "_absent": ["ho so dan"]}], sources) != []
    assert check_all([{**item, "_absent": ["hồ sơ ca"]}], sources) == []


def test_committed_scans_are_image_only_and_tables_span_pages() -> None:
    scans = [p for p, _r in PLANS if p.fmt == "scan"]
    assert len(scans) == 2
    for plan in scans:
        reader = pypdf.PdfReader(V4 / "plans" / plan.file)
        assert len(reader.pages) >= 1
        assert all(not (page.extract_text() or "").strip() for page in reader.pages), plan.file
    for plan in (p for p, _r in PLANS if p.file.endswith(".pdf") and p.fmt != "scan"):
        pages = [" ".join((page.extract_text() or "").split()) for page in pypdf.PdfReader(V4 / "plans" / plan.file).pages]
        start = min(i for i, t in enumerate(pages) if "PHỤ LỤC" in t)
        assert len(pages) - 1 > start, plan.file  # the Phụ lục table goes on past its first page
        assert plan.groups[-1].tasks[-1].deadline in pages[-1], plan.file

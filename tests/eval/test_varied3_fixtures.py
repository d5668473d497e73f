"""Batch-3 varied fixtures (eval/varied3): regeneration is deterministic and every QA item checks out.

Regenerates everything except the (slow) scans into a temporary directory and
compares it with the committed files; the committed scans are checked to be
image-only PDFs.
"""

from __future__ import annotations

import json
from pathlib import Path

import pypdf
import pytest

from eval.varied3.check import check_all, check_splits
from eval.varied3.generate import generate
from eval.varied3.plans import PLANS, TEST_PLANS

ROOT = Path(__file__).resolve().parents[2]
V3 = ROOT / "eval" / "varied3"
DATASETS = ROOT / "eval" / "datasets"


@pytest.fixture(scope="module")
def regenerated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh generation (no scans) under a temporary directory."""
    out = tmp_path_factory.mktemp("varied3")
    assert generate(out, out / "datasets", scans=False) == 0
    return out


def test_regeneration_matches_committed_files(regenerated: Path) -> None:
    for plan, _render in PLANS:
        src = plan.file.rsplit(".", 1)[0] + ".txt"
        assert (regenerated / "source_text" / src).read_bytes() == (V3 / "source_text" / src).read_bytes(), src
        if plan.fmt != "scan":
            assert (regenerated / "plans" / plan.file).read_bytes() == (V3 / "plans" / plan.file).read_bytes(), plan.file
    for name in ("expected_tasks.jsonl", "expected_meta.jsonl"):
        assert (regenerated / name).read_bytes() == (V3 / name).read_bytes(), name
    for split in ("dev", "test"):
        name = f"varied3_{split}.jsonl"
        assert (regenerated / "datasets" / name).read_bytes() == (DATASETS / name).read_bytes(), name


def test_committed_questions_check_out() -> None:
    sources = {p.file: (V3 / "source_text" / (p.file.rsplit(".", 1)[0] + ".txt")).read_text(encoding="utf-8")
               for p, _r in PLANS}
    splits = {}
    for split in ("dev", "test"):
        rows = [json.loads(x) for x in (DATASETS / f"varied3_{split}.jsonl").read_text(encoding="utf-8").splitlines()]
        assert all((r["doc"] in TEST_PLANS) == (split == "test") for r in rows)
        assert all(r["id"].startswith("v3d" if split == "dev" else "v3t") for r in rows)
        splits[split] = rows
    items = splits["dev"] + splits["test"]
    assert 120 <= len(items) <= 170
    assert check_all(items, sources) == []
    assert check_splits(splits["dev"], splits["test"], {p.fmt for p, _r in PLANS}) == []
    assert len({r["id"] for r in items}) == len(items)


def test_committed_scans_are_image_only() -> None:
    scans = [p for p, _r in PLANS if p.fmt == "scan"]
    assert len(scans) == 2
    for plan in scans:
        reader = pypdf.PdfReader(V3 / "plans" / plan.file)
        assert len(reader.pages) >= 1
        assert all(not (page.extract_text() or "").strip() for page in reader.pages), plan.file

"""Regression gate for batch 13's DEV part (its four DEV plans, hashing embedder): thresholds.json "varied13_dev".

Batch 13 was written blind: one combined unit column marking its lead "(chủ trì)" with sub-task rows, tasks as
Word-numbered headings with labelled field lines, a decision whose tasks are grouped under their unit with block
deadlines, a scanned prose plan. Only its DEV plans are ingested here (the TEST part is only reported).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from assistant.engine import Engine
from assistant.settings import get_settings
from tests.eval.test_varied_gate import ROOT, _gate

BATCH = ROOT / "eval" / "varied13"


@pytest.fixture(scope="session")
def varied13_engine(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Engine]:
    """The four batch-13 DEV plans ingested once with the hashing embedder."""
    metas = [json.loads(line) for line in (BATCH / "expected_meta.jsonl").read_text(encoding="utf-8").splitlines()]
    dev = [BATCH / "plans" / m["file"] for m in metas if m["split"] == "dev"]
    eng = Engine(get_settings(data_dir=tmp_path_factory.mktemp("varied13-hash"), embedding_backend="hashing"))
    report = eng.ingest(dev)
    assert not report.failed, report.failed
    yield eng


def test_varied13_dev_meets_thresholds(varied13_engine: Engine, tmp_path: Path) -> None:
    _gate(varied13_engine, "varied13_dev.jsonl", "varied13_dev", tmp_path)


def test_grouped_tasks_labelled_blocks_and_marked_cells(varied13_engine: Engine) -> None:
    """A unit heading its lettered tasks with a block deadline; a labelled block's product; a sub-task's lead."""
    grouped = varied13_engine.ask("QĐ 68 phường Long Biên: kiểm tra đột xuất việc chấp hành kỷ luật, kỷ cương hành "
                                  "chính do ai chủ trì, hạn khi nào?")
    assert "Văn phòng HĐND và UBND phường" in grouped["answer"] and "30/9/2026" in grouped["answer"], grouped["answer"]
    block = varied13_engine.ask("SKHCN Bắc Ninh: bản đồ số hạ tầng viễn thông thụ động do phòng nào chủ trì, sản "
                                "phẩm là gì?")
    assert "Phòng Bưu chính - Viễn thông" in block["answer"] and "Bản đồ số tra cứu trực tuyến" in block["answer"]
    sub = varied13_engine.ask("Cà Mau: số hóa sổ hộ tịch lưu trữ tại UBND các xã, phường do cơ quan nào chủ trì?")
    assert "Văn phòng UBND tỉnh" in sub["answer"], sub["answer"]

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


def test_one_topic_of_several_plans_and_a_signer_after_the_effective_date(varied13_engine: Engine) -> None:
    """Each named plan answers for itself (a province's own plan named by the province alone); "… hiệu lực … và ai
    ký?" also names the signer although "kể từ ngày ký" already holds the word "ký"."""
    both = varied13_engine.ask("Ai chủ trì số hóa sổ hộ tịch ở Cà Mau và ở xã Bắc Hà?")
    assert "Văn phòng UBND tỉnh" in both["answer"] and "Văn phòng HĐND và UBND xã" in both["answer"], both["answer"]
    dates = varied13_engine.ask("hạn gửi BC năm CCHC 2026 ở Cà Mau (Sở Nội vụ tham mưu) và ở VP Sở KHCN Bắc Ninh "
                                "lần lượt là ngày nào?")
    assert "14/11/2026" in dates["answer"] and "15/11/2026" in dates["answer"], dates["answer"]
    signed = varied13_engine.ask("qd 68/qd-ubnd cua phuong long bien co hieu luc tu khi nao va ai ky?")
    assert "kể từ ngày ký" in signed["answer"] and "Đỗ Thị Thanh Hương" in signed["answer"], signed["answer"]
    task = varied13_engine.ask("Tiếp nhận hồ sơ không phụ thuộc địa giới hành chính trong tỉnh Cà Mau: ai chủ trì?")
    assert "Bưu điện tỉnh Cà Mau" in task["answer"], task["answer"]  # the task's row, not a report about it

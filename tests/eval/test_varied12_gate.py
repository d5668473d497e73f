"""Regression gate for batch 12's DEV part (its four DEV plans, hashing embedder): thresholds.json "varied12_dev".

Batch 12 was written blind: PDF task tables over three pages, Word auto-numbering with merged task cells, decisions
whose plan states its tasks in prose, scans. Only its DEV plans are ingested here (the TEST part is only reported).
The end-to-end checks below exercise the mechanisms it led to.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from assistant.engine import Engine
from assistant.settings import get_settings
from tests.eval.test_varied_gate import ROOT, _gate

BATCH = ROOT / "eval" / "varied12"


@pytest.fixture(scope="session")
def varied12_engine(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Engine]:
    """The four batch-12 DEV plans ingested once with the hashing embedder."""
    metas = [json.loads(line) for line in (BATCH / "expected_meta.jsonl").read_text(encoding="utf-8").splitlines()]
    dev = [BATCH / "plans" / m["file"] for m in metas if m["split"] == "dev"]
    eng = Engine(get_settings(data_dir=tmp_path_factory.mktemp("varied12-hash"), embedding_backend="hashing"))
    report = eng.ingest(dev)
    assert not report.failed, report.failed
    yield eng


def test_varied12_dev_meets_thresholds(varied12_engine: Engine, tmp_path: Path) -> None:
    _gate(varied12_engine, "varied12_dev.jsonl", "varied12_dev", tmp_path)


def test_prose_lead_with_its_level_and_a_signer_asked_in_passing(varied12_engine: Engine) -> None:
    """"Trung tâm … công phường chủ trì …" leads its prose task; "…, ai ký?" gets the signer as its own part."""
    task = varied12_engine.ask("QĐ 95/QĐ-UBND: tiếp nhận hồ sơ không phụ thuộc địa giới với chứng thực, hộ tịch - "
                               "ai chủ trì, ai phối hợp, xong khi nào?")
    assert "Công an phường" in task["answer"] and "Quý III/2026" in task["answer"], task["answer"]
    signed = varied12_engine.ask("quyet dinh 95 cua phuong hai chau ban hanh theo de nghi cua ai, ai ky?")
    assert "Phan Thị Ngọc Hà" in signed["answer"], signed["answer"]


def test_report_duties_with_their_subject_and_periods_never_set(varied12_engine: Engine) -> None:
    """A unit's own duty and what it reports; a 6-month report of a plan whose duties are quarterly is refused."""
    own = varied12_engine.ask("TT CNTT của Cục Đăng kiểm phải báo cáo Cục trưởng việc gì, trước ngày nào?")
    assert "giấy chứng nhận kiểm định điện tử" in own["answer"] and "30/9/2026" not in own["answer"], own["answer"]
    never = varied12_engine.ask("Cục Đăng kiểm yêu cầu các Chi cục nộp báo cáo 6 tháng trước ngày nào?")
    assert never["abstained"], never["answer"]

"""Regression gate for batch 11's DEV part (its four DEV plans, hashing embedder): thresholds.json "varied11_dev".

Batch 11 was written blind: PDF task tables over two pages followed by a reporting table, Word tables with sub-task
rows, decisions with two proposers, 300-dpi stamped scans. Only its DEV plans are ingested here (the TEST part is
only reported). The end-to-end checks below exercise the mechanisms it led to.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from assistant.engine import Engine
from assistant.settings import get_settings
from tests.eval.test_varied_gate import ROOT, _gate

BATCH = ROOT / "eval" / "varied11"


@pytest.fixture(scope="session")
def varied11_engine(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Engine]:
    """The four batch-11 DEV plans ingested once with the hashing embedder."""
    metas = [json.loads(line) for line in (BATCH / "expected_meta.jsonl").read_text(encoding="utf-8").splitlines()]
    dev = [BATCH / "plans" / m["file"] for m in metas if m["split"] == "dev"]
    eng = Engine(get_settings(data_dir=tmp_path_factory.mktemp("varied11-hash"), embedding_backend="hashing"))
    report = eng.ingest(dev)
    assert not report.failed, report.failed
    yield eng


def test_varied11_dev_meets_thresholds(varied11_engine: Engine, tmp_path: Path) -> None:
    _gate(varied11_engine, "varied11_dev.jsonl", "varied11_dev", tmp_path)


def test_reports_of_two_plans_and_place_initials(varied11_engine: Engine) -> None:
    """Each named plan answers for itself; "xã MCC" names Mù Cang Chải; "hạn BC" asks for a report."""
    both = varied11_engine.ask("hạn BC năm CCHC: VP Sở GDĐT Lâm Đồng và VP HĐND-UBND xã Mù Cang Chải là ngày nào?")
    assert "16/11/2026" in both["answer"] and "13/11/2026" in both["answer"], both["answer"]
    mcc = varied11_engine.ask("VP HĐND-UBND xã MCC gửi BC quý, BC năm cho tỉnh hạn nào?")
    assert "ngày 13 của tháng cuối quý" in mcc["answer"] and "13/11/2026" in mcc["answer"], mcc["answer"]


def test_sub_tasks_school_levels_and_places(varied11_engine: Engine) -> None:
    """A sub-task wins its tie with the parent; another school level is refused; "lên Cổng" is "trên Cổng"."""
    sub = varied11_engine.ask("học bạ số cấp tiểu học ở Lâm Đồng phải xong trước ngày nào?")
    assert "15/7/2026" in sub["answer"], sub["answer"]
    other = varied11_engine.ask("so gddt lam dong giao ai trien khai hoc ba so cap trung hoc pho thong?")
    assert other["abstained"], other["answer"]
    portal = varied11_engine.ask("công khai TTHC công thương lên Cổng DVC quốc gia (SCT Vĩnh Long) thời gian thế nào?")
    assert "Thường xuyên" in portal["answer"], portal["answer"]

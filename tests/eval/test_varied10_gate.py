"""Regression gate for batch 10's DEV part (its four DEV plans, hashing embedder): thresholds.json "varied10_dev".

Batch 10 was written blind to probe Word plans whose tasks are prose paragraphs, Word tables with other columns and
order, decisions issuing plans and 300-dpi scans. Only its DEV plans are ingested here (the TEST part is only
reported). The end-to-end checks below exercise the mechanisms it led to.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from assistant.answer.taskqa import candidate_tasks
from assistant.engine import Engine
from assistant.settings import get_settings
from tests.eval.test_varied_gate import ROOT, _gate

BATCH = ROOT / "eval" / "varied10"
HUNG_YEN = "hung-yen_so-nong-nghiep-moi-truong_kh-cchc-2026"


@pytest.fixture(scope="session")
def varied10_engine(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Engine]:
    """The four batch-10 DEV plans ingested once with the hashing embedder."""
    metas = [json.loads(line) for line in (BATCH / "expected_meta.jsonl").read_text(encoding="utf-8").splitlines()]
    dev = [BATCH / "plans" / m["file"] for m in metas if m["split"] == "dev"]
    eng = Engine(get_settings(data_dir=tmp_path_factory.mktemp("varied10-hash"), embedding_backend="hashing"))
    report = eng.ingest(dev)
    assert not report.failed, report.failed
    yield eng


def test_varied10_dev_meets_thresholds(varied10_engine: Engine, tmp_path: Path) -> None:
    _gate(varied10_engine, "varied10_dev.jsonl", "varied10_dev", tmp_path)


def test_prose_records_and_their_lists(varied10_engine: Engine) -> None:
    """Passive prose leads and closing partners become records; "việc nào … quý III" and a unit's duties list them."""
    rows = {t["task"][:20]: t for t in candidate_tasks(varied10_engine.state, None, [HUNG_YEN])}
    lettered = rows["Tổ chức 03 lớp bồi d"]
    assert lettered["lead"] == "Phòng Tổ chức cán bộ" and lettered["due"] == "2026-10-31"
    due = varied10_engine.ask("bv phu tho: viec nao phai xong trong quy iii/2026?")
    assert len(due["items"]) == 3 and "bệnh án điện tử" in due["answer"], due["answer"]
    duties = varied10_engine.ask("Phòng Tổ chức cán bộ Sở NN&MT HY được giao làm những việc gì?")
    assert "03 lớp bồi dưỡng kỹ năng số" in duties["answer"], duties["answer"]


def test_headings_decisions_signers_and_funding(varied10_engine: Engine) -> None:
    """"Mục đích … là gì" quotes that heading; "QĐ … ban hành kế hoạch gì" quotes Điều 1; signer and date; funding."""
    aim = varied10_engine.ask("Mục đích của kế hoạch CCHC 2026 Sở Nông nghiệp và Môi trường Hưng Yên là gì?")
    assert "cơ sở dữ liệu đất đai" in aim["answer"] and "Căn cứ" not in aim["answer"], aim["answer"]
    issued = varied10_engine.ask("qd 112/qd-ddpctt ban hanh ke hoach gi?")
    assert "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch cải cách hành chính năm 2026" in issued["answer"]
    signed = varied10_engine.ask("Who signed plan 18/KH-BVĐK of Phu Tho provincial general hospital, and on what date?")
    assert "Nguyễn Hữu Thắng" in signed["answer"] and "ngày 21 tháng 01 năm 2026" in signed["answer"], signed["answer"]
    money = varied10_engine.ask("kinh phí KH CCHC 2026 Cục quản lý đê điều và PCTT bao nhiêu, nguồn nào?")
    assert "350 triệu đồng" in money["answer"] and "ngân sách nhà nước" in money["answer"], money["answer"]


def test_abbreviated_reports_and_long_names(varied10_engine: Engine) -> None:
    """"hạn BC 6 tháng, BC năm" of "Phòng TCCB" gives both records; "Cục QL đê điều" and a comparison name the Cục."""
    rep = varied10_engine.ask("Phòng TCCB BVĐK Phú Thọ báo cáo CCHC cho ai, hạn BC 6 tháng, BC năm?")
    assert "13/6/2026" in rep["answer"] and "13/11/2026" in rep["answer"], rep["answer"]
    via = varied10_engine.ask("VP Cục QL đê điều báo cáo Bộ NN&MT qua đơn vị nào, hạn BC quý và BC năm?")
    assert "Vụ Tổ chức cán bộ" in via["answer"] and "19/11/2026" in via["answer"], via["answer"]
    both = varied10_engine.ask("So sánh chỉ tiêu mức độ hài lòng năm 2026 của BVĐK tỉnh Phú Thọ và Cục Quản lý đê điều "
                               "và PCTT.")
    assert "92%" in both["answer"] and "95%" in both["answer"], both["answer"]

"""Regression gate for batch 7's DEV part (its six DEV plans, hashing embedder): thresholds.json "varied7_dev".

Batch 7 was written blind (schedule "Gantt" tables, unusual column orders, group rows, one cell for lead and
partners, Markdown and image plans, rotated 150-dpi scans, online-service catalogues, prose-only duties). Only its
DEV plans are ingested here (the TEST part is only reported, never run here). The end-to-end checks below exercise
the mechanisms this batch's DEV part led to.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from assistant.engine import Engine
from assistant.settings import get_settings
from tests.eval.test_varied_gate import ROOT, _gate

BATCH = ROOT / "eval" / "varied7"


@pytest.fixture(scope="session")
def varied7_engine(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Engine]:
    """The six batch-7 DEV plans ingested once with the hashing embedder."""
    metas = [json.loads(line) for line in (BATCH / "expected_meta.jsonl").read_text(encoding="utf-8").splitlines()]
    dev = [BATCH / "plans" / m["file"] for m in metas if m["split"] == "dev"]
    eng = Engine(get_settings(data_dir=tmp_path_factory.mktemp("varied7-hash"), embedding_backend="hashing"))
    report = eng.ingest(dev)
    assert not report.failed, report.failed
    yield eng


def test_varied7_dev_meets_thresholds(varied7_engine: Engine, tmp_path: Path) -> None:
    _gate(varied7_engine, "varied7_dev.jsonl", "varied7_dev", tmp_path)


def test_schedule_markdown_and_group_records(varied7_engine: Engine) -> None:
    """A schedule table's marked quarters, a Markdown pipe table's rows and a group of the annex are records."""
    st = varied7_engine.state
    board = next(d for d in st.docs if d.startswith("bac-ninh"))
    labour = next(t for t in st.docs[board].tasks if "giấy phép lao động" in t["task"])
    assert (labour["lead"], labour["schedule"], labour["due"]) == ("Phòng Quản lý lao động", ["Quý II", "Quý III"],
                                                                   "2026-09-30")
    ward = next(d for d in st.docs if d.startswith("ninh-binh"))
    assert len(st.docs[ward].tasks) >= 7 and all(t["lead"] for t in st.docs[ward].tasks[:7])
    ans = varied7_engine.ask("Quý II có những việc nào đến hạn theo bảng tiến độ của Ban Quản lý các KCN Bắc Ninh?")
    assert "quy chế làm việc" in ans["answer"] and "giấy phép xây dựng" in ans["answer"], ans["answer"]
    group = varied7_engine.ask("Nhóm cải cách thể chế trong phụ lục của Phú Thọ gồm những nhiệm vụ nào?")
    assert "khai thác cát" in group["answer"] and "đường giao thông nông thôn" in group["answer"], group["answer"]


def test_one_word_neighbours_are_refused(varied7_engine: Engine) -> None:
    for q in ("Quảng Ngãi giao ai ban hành quy định phân cấp quản lý cảng biển?",
              "Xã Bát Xát giao ai rà soát hồ sơ đất đai của các hộ trồng quế?"):
        assert varied7_engine.ask(q)["abstained"], q
    real = varied7_engine.ask("Quảng Ngãi giao ai ban hành quy định phân cấp quản lý cảng cá, bến cá?")
    assert "Sở Nông nghiệp và Môi trường" in real["answer"], real["answer"]


def test_respective_report_deadlines(varied7_engine: Engine) -> None:
    ans = varied7_engine.ask("Văn phòng Sở Tài chính Hà Tĩnh phải gửi báo cáo 6 tháng và báo cáo năm cho Sở Nội vụ "
                             "trước ngày nào?")
    assert "15/6/2026" in ans["answer"] and "15/12/2026" in ans["answer"], ans["answer"]


def test_a_list_about_a_unit_the_plan_gives_no_task(varied7_engine: Engine) -> None:
    """"giao Sở X làm những gì": the tasks Sở X joins when it leads none; nothing listed when it has no task at all."""
    joined = varied7_engine.ask("KH 23/KH-UBND giao Sở Tư pháp Phú Thọ làm những gì?")
    assert "phối hợp" in joined["answer"] and "Rà soát, hợp nhất" in joined["answer"], joined["answer"]
    none = varied7_engine.ask("KH 23/KH-UBND giao Sở Công Thương Phú Thọ làm những gì?")
    assert none["abstained"], none["answer"]

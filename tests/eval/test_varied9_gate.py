"""Regression gate for batch 9's DEV part (its four DEV plans, hashing embedder): thresholds.json "varied9_dev".

Batch 9 was written blind in the formats real users upload: ruled PDF task tables over three pages with the header
repeated on some pages and rows cut at page breaks, Word files with automatic numbering and merged cells, a decision
issuing its plan, a 300-dpi scan. Only its DEV plans are ingested here (the TEST part is only reported). The
end-to-end checks below exercise the mechanisms it led to.
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

BATCH = ROOT / "eval" / "varied9"


@pytest.fixture(scope="session")
def varied9_engine(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Engine]:
    """The four batch-9 DEV plans ingested once with the hashing embedder."""
    metas = [json.loads(line) for line in (BATCH / "expected_meta.jsonl").read_text(encoding="utf-8").splitlines()]
    dev = [BATCH / "plans" / m["file"] for m in metas if m["split"] == "dev"]
    eng = Engine(get_settings(data_dir=tmp_path_factory.mktemp("varied9-hash"), embedding_backend="hashing"))
    report = eng.ingest(dev)
    assert not report.failed, report.failed
    yield eng


def test_varied9_dev_meets_thresholds(varied9_engine: Engine, tmp_path: Path) -> None:
    _gate(varied9_engine, "varied9_dev.jsonl", "varied9_dev", tmp_path)


def test_decisions_reports_and_comparisons(varied9_engine: Engine) -> None:
    """The decision's proposer, one report record per listed period, a comparison across two plans, 'ký thay'."""
    ans = varied9_engine.ask("Quyết định 205/QĐ-CĐBVN được ban hành theo đề nghị của ai?")
    assert "theo đề nghị của Chánh Văn phòng Cục" in ans["answer"], ans["answer"]
    rep = varied9_engine.ask("Văn phòng Cục Đường bộ báo cáo Bộ Xây dựng qua đơn vị nào, hạn báo cáo 6 tháng và 9 tháng "
                             "là ngày mấy?")
    assert all(x in rep["answer"] for x in ("Vụ Tổ chức cán bộ", "15/6/2026", "15/9/2026")), rep["answer"]
    both = varied9_engine.ask("so sanh chi tieu ho so truc tuyen nam 2026 cua tinh lang son va cua xa dong van.")
    assert "85%" in both["answer"] and "60%" in both["answer"], both["answer"]
    signed = varied9_engine.ask("Ai là người ký thay Giám đốc (KT. Giám đốc) kế hoạch CCHC 2026 của Sở Tài chính Ninh "
                                "Bình?")
    assert signed["abstained"], signed["answer"]


def test_follow_up_item_and_office_names(varied9_engine: Engine) -> None:
    """A lettered duty's follow-up item answers what its first item leaves open; "Phòng Pháp chế - Thanh tra" is one."""
    ans = varied9_engine.ask("Thanh tra Sở TC Ninh Bình kiểm tra kỷ luật kỷ cương xong thì gửi kết quả cho ai, "
                             "trong bao lâu?")
    assert "Giám đốc Sở" in ans["answer"] and "05 ngày làm việc" in ans["answer"], ans["answer"]
    lead = varied9_engine.ask("Cục Đường bộ VN giao phòng nào chủ trì dự thảo Thông tư về giấy phép lưu hành xe quá tải "
                              "trọng, quá khổ?")
    assert "Phòng Pháp chế - Thanh tra" in lead["answer"], lead["answer"]
    rows = [t for t in candidate_tasks(varied9_engine.state, None, ["cuc-duong-bo-viet-nam_qd-kh-cchc-2026"])
            if "Phòng Pháp chế - Thanh tra" in t["partners"]]
    assert len(rows) == 2 and all("Thanh tra" not in t["partners"] for t in rows)


def test_one_record_per_named_plan(varied9_engine: Engine) -> None:
    """"Ai chủ trì X ở A và ai chủ trì Y ở B?" states one whole record of each plan; English "which units" asks who."""
    ans = varied9_engine.ask("Ai chủ trì áp dụng chữ ký số ở Sở Tài chính Ninh Bình và ai chủ trì kết nối dữ liệu giấy "
                             "phép lái xe ở Cục Đường bộ?")
    assert "Văn phòng Sở" in ans["answer"] and "Trung tâm Công nghệ thông tin" in ans["answer"], ans["answer"]
    assert len(ans["items"]) == 2 and len({c["document"] for c in ans["citations"]}) == 2
    en = varied9_engine.ask("Which unit leads the driving-licence data connection at the Vietnam Road Administration?")
    assert "Trung tâm Công nghệ thông tin" in en["answer"], en["answer"]


def test_english_question_over_two_plans(varied9_engine: Engine) -> None:
    """Each English conjunct picks the record holding its glossary phrases ("digital signature", "driving licence")."""
    ans = varied9_engine.ask("Which units lead the digital-signature task at the Ninh Binh Department of Finance and the "
                             "driving-licence data connection at the Vietnam Road Administration?")
    assert "Văn phòng Sở" in ans["answer"] and "Trung tâm Công nghệ thông tin" in ans["answer"], ans["answer"]

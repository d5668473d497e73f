"""Regression gate for batch 8's DEV part (its six DEV plans, hashing embedder): thresholds.json "varied8_dev".

Batch 8 was written blind (borderless PDF tables, sub-task rows whose lead is written once on the parent row,
range deadlines, Kinh phí and Ghi chú columns, lettered duties, hard-wrapped TXT, 300-dpi stamped scans,
photographed pages, a hospital and a public-service centre as issuers). Only its DEV plans are ingested here (the
TEST part is only reported, never run here). The end-to-end checks below exercise the mechanisms it led to.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from assistant.engine import Engine
from assistant.settings import get_settings
from tests.eval.test_varied_gate import ROOT, _gate

BATCH = ROOT / "eval" / "varied8"


@pytest.fixture(scope="session")
def varied8_engine(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Engine]:
    """The six batch-8 DEV plans ingested once with the hashing embedder."""
    metas = [json.loads(line) for line in (BATCH / "expected_meta.jsonl").read_text(encoding="utf-8").splitlines()]
    dev = [BATCH / "plans" / m["file"] for m in metas if m["split"] == "dev"]
    eng = Engine(get_settings(data_dir=tmp_path_factory.mktemp("varied8-hash"), embedding_backend="hashing"))
    report = eng.ingest(dev)
    assert not report.failed, report.failed
    yield eng


def test_varied8_dev_meets_thresholds(varied8_engine: Engine, tmp_path: Path) -> None:
    _gate(varied8_engine, "varied8_dev.jsonl", "varied8_dev", tmp_path)


def test_borderless_table_sub_tasks_and_issuers(varied8_engine: Engine) -> None:
    """The borderless PDF annex gives every row; sub-tasks inherit the lead; letterhead issuers under a parent."""
    st = varied8_engine.state
    province = next(d for d in st.docs if d.startswith("cao-bang"))
    tasks = st.docs[province].tasks
    fees = next(t for t in tasks if "phí, lệ phí" in t["task"])
    assert (fees["lead"], fees["partners"], fees["due"]) == ("Sở Tư pháp", ["Sở Tài chính"], "2026-06-30")
    assert fees["extra"] == {"Kinh phí (triệu đồng)": "60"}
    assert sum(1 for t in tasks if t["source"] == "table") == 12
    hospital = next(d for d in st.docs if d.startswith("lai-chau"))
    assert st.docs[hospital].meta.issuer == "Bệnh viện Đa khoa tỉnh Lai Châu"
    centre = next(d for d in st.docs if d.startswith("son-la"))
    assert st.docs[centre].meta.issuer == "Trung tâm Phục vụ hành chính công tỉnh Sơn La"
    ans = varied8_engine.ask("Kể tên các việc con của mục 1 trong phụ lục kế hoạch CCHC 2026 của tỉnh Cao Bằng")
    assert len(ans["items"]) == 3 and "chợ biên giới" in ans["answer"], ans["answer"]


def test_decision_articles_titles_and_partners(varied8_engine: Engine) -> None:
    """A decision named by its number, an article quoted whole; a presumed signer; a task with no partner."""
    ans = varied8_engine.ask("Theo Điều 3 Quyết định 112/QĐ-CTK, ai chịu trách nhiệm thi hành?")
    assert "Chánh Văn phòng Cục" in ans["answer"] and "Thống kê các tỉnh, thành phố" in ans["answer"], ans["answer"]
    assert varied8_engine.ask("chu tich ubnd tinh cao bang ky ke hoach cchc 2026 ngay nao?")["abstained"]
    none = varied8_engine.ask("Cơ quan nào phối hợp công bố danh mục văn bản hết hiệu lực trong kế hoạch 41/KH-UBND?")
    assert none["abstained"] and none.get("abstain_reason") == "no_partner", none["answer"]


def test_decision_proposal_and_paraphrased_questions(varied8_engine: Engine) -> None:
    """"Theo đề nghị của ai" from the decision's preamble; "QĐ" for Quyết định; a presumption in the passive."""
    ans = varied8_engine.ask("QĐ 112/QĐ-CTK được ban hành theo đề nghị của ai?")
    assert "theo đề nghị của Trưởng ban Tổ chức cán bộ" in ans["answer"], ans["answer"]
    assert ans["citations"] and "Theo đề nghị" in ans["citations"][0]["quote"]
    art = varied8_engine.ask("QĐ 112/QĐ-CTK: Điều 3 giao những ai chịu trách nhiệm thi hành?")
    assert "Trưởng ban Tổ chức cán bộ" in art["answer"], art["answer"]
    assert varied8_engine.ask("KH CCHC 2026 của Cao Bằng được Chủ tịch UBND tỉnh ký hôm nào?")["abstained"]

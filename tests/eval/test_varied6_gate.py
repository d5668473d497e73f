"""Regression gate for batch 6's DEV part (eval/varied6/plans, hashing embedder): thresholds.json "varied6_dev".

Batch 6 was written blind (two-level headers, rows cut by page breaks, deadlines in words, "Biểu báo cáo" tables,
short "Task: assignee; deadline." items, Vụ/Cục units). Its TEST part is only reported, never run here. The
end-to-end checks below exercise the mechanisms this batch's DEV part led to, on its plans.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from assistant.engine import Engine
from tests.eval.test_varied_gate import _gate, _hashing_engine


@pytest.fixture(scope="session")
def varied6_engine(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Engine]:
    """The twelve batch-6 plans ingested once with the hashing embedder."""
    yield _hashing_engine(tmp_path_factory, "varied6")


def test_varied6_dev_meets_thresholds(varied6_engine: Engine, tmp_path: Path) -> None:
    _gate(varied6_engine, "varied6_dev.jsonl", "varied6_dev", tmp_path)


def test_slot_filled_with_words_no_plan_states_is_refused(varied6_engine: Engine) -> None:
    """"vùng trồng hồ tiêu" against the task on "vùng trồng cà phê, sầu riêng"; the real task is answered."""
    near = varied6_engine.ask("Lâm Đồng giao cơ quan nào cấp mã số vùng trồng hồ tiêu phục vụ xuất khẩu?")
    assert near["abstained"], near["answer"]
    real = varied6_engine.ask("Lâm Đồng giao cơ quan nào cấp mã số vùng trồng cà phê phục vụ xuất khẩu?")
    assert not real["abstained"] and "Sở Nông nghiệp và Môi trường" in real["answer"], real["answer"]


def test_signer_answer_gives_the_delegation_lines(varied6_engine: Engine) -> None:
    ans = varied6_engine.ask("Ai ký kế hoạch CCHC 2026 của Bộ Y tế và ký dưới hình thức nào?")
    assert "TL. BỘ TRƯỞNG / CHÁNH VĂN PHÒNG" in ans["answer"], ans["answer"]


def test_short_items_and_sentences_opened_by_a_unit_are_task_records(varied6_engine: Engine) -> None:
    st = varied6_engine.state
    commune = next(d for d in st.docs if d.startswith("cao-bang"))
    hat_de = next(t for t in st.docs[commune].tasks if "hạt dẻ" in t["task"])
    assert (hat_de["lead"], hat_de["due"]) == ("Phòng Kinh tế", "2026-12-15")
    ministry = next(d for d in st.docs if d.startswith("bo-y-te"))
    leads = {t["lead"] for t in st.docs[ministry].tasks}
    assert {"Cục Quản lý Dược", "Vụ Tổ chức cán bộ", "Vụ Pháp chế"} <= leads
    ans = varied6_engine.ask("han chot dua hat de trung khanh len san thuong mai dien tu la ngay nao?")
    assert "15 tháng 12 năm 2026" in ans["answer"], ans["answer"]


def test_recipient_named_before_bao_cao(varied6_engine: Engine) -> None:
    ans = varied6_engine.ask("Bộ Y tế phải gửi Bộ Nội vụ báo cáo CCHC năm trước ngày nào?")
    assert "05/12/2026" in ans["answer"], ans["answer"]


def test_a_units_list_adds_its_duties_and_both_roles(varied6_engine: Engine) -> None:
    """"X được giao những việc gì": its records and the items headed by its name (two tasks, two duties); "chủ trì
    hay phối hợp": both roles."""
    duties = varied6_engine.ask("Vụ Tổ chức cán bộ Bộ Y tế được giao những việc gì trong kế hoạch CCHC 2026?")
    assert "đầu mối theo dõi" in duties["answer"] and len(duties["items"]) == 4, duties["answer"]
    quoted = [c["quote"] for c in duties["citations"]]
    assert len(quoted) == len(set(quoted)), quoted

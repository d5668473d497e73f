"""Regression gate for the varied-format DEV set (eval/varied/plans, hashing embedder): eval/thresholds.json "varied_dev".

The plans (PDF task tables, Word numbering, QĐ+KH decisions, a scan, TCVN3/VNI, commune TXT) are ingested
once per session; the test part of the set (varied_test.jsonl) is never run here — it is only reported.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from assistant.engine import Engine
from assistant.settings import get_settings
from eval.qa import load_qa
from eval.runner import check_thresholds, run_eval
from eval.systems import build_systems

ROOT = Path(__file__).resolve().parents[2]


def _hashing_engine(factory: pytest.TempPathFactory, batch: str) -> Engine:
    """The plans of ``eval/<batch>/plans`` ingested into a new data dir with the hashing embedder."""
    eng = Engine(get_settings(data_dir=factory.mktemp(f"{batch}-hash"), embedding_backend="hashing"))
    report = eng.ingest([ROOT / "eval" / batch / "plans"])
    assert not report.failed, report.failed
    return eng


@pytest.fixture(scope="session")
def varied_engine(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Engine]:
    """The eleven varied plans ingested once with the hashing embedder."""
    yield _hashing_engine(tmp_path_factory, "varied")


@pytest.fixture(scope="session")
def varied2_engine(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Engine]:
    """The ten batch-2 plans (eval/varied2, written blind) ingested once with the hashing embedder."""
    yield _hashing_engine(tmp_path_factory, "varied2")


@pytest.fixture(scope="session")
def varied3_engine(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Engine]:
    """The ten batch-3 plans (eval/varied3, written blind) ingested once with the hashing embedder."""
    yield _hashing_engine(tmp_path_factory, "varied3")


@pytest.fixture(scope="session")
def varied4_engine(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Engine]:
    """The ten batch-4 plans (eval/varied4, written blind: prose TXT plans, near-miss questions)."""
    yield _hashing_engine(tmp_path_factory, "varied4")


def _gate(engine: Engine, qa: str, key: str, out: Path) -> None:
    items = load_qa(ROOT / "eval" / "datasets" / qa)
    plan_texts = {d: rec.text for d, rec in engine.state.docs.items()}
    result = run_eval(items, build_systems(engine, baselines=False), out, plan_texts=plan_texts)
    thresholds = json.loads((ROOT / "eval" / "thresholds.json").read_text(encoding="utf-8"))[key]
    failures = check_thresholds(result, thresholds)
    assert not failures, "\n".join(failures)
    assert result["systems"]["ours"]["by_format"], "per-format breakdown missing"
    for line in (out / "answers.jsonl").read_text(encoding="utf-8").splitlines():
        ans = json.loads(line)
        for cit in ans["citations"]:  # every quote is verbatim from its plan
            assert cit["quote"] in plan_texts[cit["document"]], (ans["id"], cit["quote"])


def test_varied_dev_meets_thresholds(varied_engine: Engine, tmp_path: Path) -> None:
    _gate(varied_engine, "varied_dev.jsonl", "varied_dev", tmp_path)


def test_varied3_dev_meets_thresholds(varied3_engine: Engine, tmp_path: Path) -> None:
    """Batch 3's DEV part (its TEST part is only reported, never run here)."""
    _gate(varied3_engine, "varied3_dev.jsonl", "varied3_dev", tmp_path)


def test_varied2_dev_meets_thresholds(varied2_engine: Engine, tmp_path: Path) -> None:
    """Batch 2's DEV part (its TEST part is only reported, never run here)."""
    _gate(varied2_engine, "varied2_dev.jsonl", "varied2_dev", tmp_path)


def test_varied4_dev_meets_thresholds(varied4_engine: Engine, tmp_path: Path) -> None:
    """Batch 4's DEV part (its TEST part is only reported, never run here)."""
    _gate(varied4_engine, "varied4_dev.jsonl", "varied4_dev", tmp_path)


def test_near_neighbour_and_deputy_signer_are_refused(varied4_engine: Engine) -> None:
    """A task differing in one qualifier, and "Ai là Giám đốc" when a deputy signed, get no confident answer."""
    near = varied4_engine.ask("Bộ Công Thương giao đơn vị nào chủ trì thủ tục cấp giấy phép xuất khẩu tự động qua "
                              "Cơ chế một cửa quốc gia?")
    assert near["abstained"] and near["abstain_reason"] == "near_neighbour", near["answer"]
    real = varied4_engine.ask("Bộ Công Thương giao đơn vị nào chủ trì thủ tục cấp giấy phép nhập khẩu tự động qua "
                              "Cơ chế một cửa quốc gia?")
    assert not real["abstained"] and "Cục Xuất nhập khẩu" in real["answer"]
    deputy = varied4_engine.ask("Ai là Giám đốc Sở Tư pháp tỉnh Đồng Nai?")
    assert deputy["abstained"], deputy["answer"]
    signer = varied4_engine.ask("Ai ký Quyết định 147/QĐ-BCT ban hành kế hoạch CCHC của Bộ Công Thương, chức vụ gì?")
    assert "Lưu Hoàng Nam" in signer["answer"] and "thứ trưởng" in signer["answer"].lower(), signer["answer"]


def test_list_answer_enumerates_records_with_items(varied_engine: Engine) -> None:
    ans = varied_engine.ask("Liệt kê các nhiệm vụ do Cục Công nghệ thông tin chủ trì trong Kế hoạch CCHC năm 2026 "
                            "của Bộ Tư pháp")
    assert not ans["abstained"] and len(ans["items"]) >= 2
    assert all(it["lead"] == "Cục Công nghệ thông tin" for it in ans["items"])
    assert [it["citation"] for it in ans["items"]] == list(range(1, len(ans["citations"]) + 1))
    assert "1. Nhiệm vụ «" in ans["answer"] and "[2]" in ans["answer"]


def test_paraphrased_lead_question_is_answered_from_the_record(varied_engine: Engine) -> None:
    ans = varied_engine.ask("Ai lo việc số hóa hồ sơ đất đai trong kế hoạch CCHC năm 2026 của UBND tỉnh Nghệ An?")
    assert not ans["abstained"]
    assert "chủ trì: Sở Nông nghiệp và Môi trường" in ans["answer"]
    assert ans["items"][0]["document"].startswith("nghe-an_ubnd-tinh")


def test_english_task_question_is_answered_from_the_record_through_the_glossary(varied_engine: Engine) -> None:
    ans = varied_engine.ask("Who leads the digitisation of land records in the 2026 administrative reform plan of "
                            "Nghe An province?")
    assert not ans["abstained"]
    assert "chủ trì: Sở Nông nghiệp và Môi trường" in ans["answer"]


def test_title_holder_is_the_signer_only_when_that_title_signed(varied2_engine: Engine) -> None:
    ans = varied2_engine.ask("Ai là Giám đốc Sở Xây dựng Ninh Bình?")  # signed by the Giám đốc
    assert not ans["abstained"] and "Văn Thắng" in ans["answer"]
    assert varied2_engine.ask("Ai là Giám đốc Sở Tài chính Tuyên Quang?")["abstained"]  # a Phó Giám đốc signed


def test_reporting_schedule_table_answers_who_reports_where_and_when(varied2_engine: Engine) -> None:
    ans = varied2_engine.ask("Các phòng thuộc Sở Tài chính Tuyên Quang gửi báo cáo quý I về đâu, trước ngày nào?")
    assert not ans["abstained"]
    assert "Văn phòng Sở" in ans["answer"] and "05/3/2026" in ans["answer"]


def test_unit_named_only_by_a_shared_prefix_is_absent(varied2_engine: Engine) -> None:
    from assistant.answer.abstain import absent_units

    st = varied2_engine.state
    doc = next(d for d in st.docs if d.startswith("ninh-binh"))
    assert absent_units(st, "Phòng Quản lý du lịch chủ trì việc gì?", [doc]) == ["Phòng Quản lý du lịch"]
    assert absent_units(st, "Phòng Quản lý xây dựng chủ trì việc gì?", [doc]) == []


def test_report_to_a_recipient_no_duty_names_is_refused_and_task_deadlines_are_not_plan_dates(
        varied2_engine: Engine) -> None:
    ans = varied2_engine.ask("Sở Tài chính Tuyên Quang gửi báo cáo CCHC quý I cho Bộ Tài chính trước ngày nào?")
    assert ans["abstained"]
    ans = varied2_engine.ask("Hạn chót rà soát, đơn giản hóa thủ tục đăng ký kinh doanh của Sở Tài chính Tuyên "
                             "Quang là ngày nào?")
    assert "ban hành ngày" not in ans["answer"]  # "đăng ký … ngày nào" is not "ký … ngày nào"


def test_place_or_language_the_plan_never_names_is_refused(varied2_engine: Engine) -> None:
    from assistant.answer.abstain import unknown_proper_names

    st = varied2_engine.state
    doc = next(d for d in st.docs if d.startswith("tuyen-quang"))
    assert unknown_proper_names(st, "Sở Tài chính Tuyên Quang dịch tài liệu sang tiếng Chăm khi nào?", [doc]) == [
        "Chăm"]
    assert unknown_proper_names(st, "Sở Tài chính Tuyên Quang gửi báo cáo cho UBND tỉnh khi nào?", [doc]) == []


def test_decision_number_and_signer_in_one_question(varied_engine: Engine) -> None:
    ans = varied_engine.ask("Quyết định ban hành kế hoạch CCHC năm 2026 của Bộ Tư pháp số mấy, ai ký?")
    assert not ans["abstained"]
    assert "3127/QĐ-BTP" in ans["answer"] and "Đặng Hoàng Oanh" in ans["answer"]
    assert len(ans["citations"]) >= 2


@pytest.fixture(scope="session")
def varied5_engine(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Engine]:
    """The twelve batch-5 plans (eval/varied5, written blind: new layouts, Word tables with merged cells)."""
    yield _hashing_engine(tmp_path_factory, "varied5")


def test_varied5_dev_meets_thresholds(varied5_engine: Engine, tmp_path: Path) -> None:
    """Batch 5's DEV part (its TEST part is only reported, never run here)."""
    _gate(varied5_engine, "varied5_dev.jsonl", "varied5_dev", tmp_path)


def test_title_holder_and_label_number_neighbours_are_refused(varied5_engine: Engine) -> None:
    """"<title> … là ai?" when no signer holds that title, and a task with another label number, are refused."""
    chair = varied5_engine.ask("Chủ tịch UBND tỉnh Gia Lai hiện nay là ai?")
    assert chair["abstained"] and chair["abstain_reason"] == "title_holder", chair["answer"]
    zone = varied5_engine.ask("Phòng nào chủ trì cấp giấy phép xây dựng trực tuyến cho công trình trong khu vực bảo vệ I "
                              "của Kinh thành Huế?")
    assert zone["abstained"], zone["answer"]

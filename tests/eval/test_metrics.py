"""Metrics on hand-made answers with known results."""

from __future__ import annotations

import pytest

from eval.metrics import (
    NO_PLAN,
    compute_metrics,
    fact_present,
    first_hit_rank,
    passage_hits,
    percentile,
)
from eval.qa import QAItem

EV_A = "Trước ngày 14 tháng cuối quý, báo cáo kết quả, tiến độ thực hiện về Văn phòng UBND tỉnh"
EV_B = "tối thiểu 80% hồ sơ TTHC được xử lý hoàn toàn trực tuyến"
EV_C = "Kế hoạch số 23/KH-UBND ngày 28 tháng 7 năm 2025 của UBND xã Phong Thổ"
FILLER = "Nội dung không liên quan đến câu hỏi về công tác tuyên truyền pháp luật"


def _item(id_: str, type_: str, facts: list[list[str]], evidence: list[str], docs: list[str]) -> QAItem:
    return QAItem(
        id=id_,
        type=type_,
        question=f"câu {id_}",
        facts=facts,
        evidence=evidence,
        unanswerable=not (facts or evidence),
        docs=docs,
    )


def _passages(*texts: str) -> list[dict]:
    return [{"document": "x", "section": "", "text": t, "score": 1.0} for t in texts]


def test_passage_hits_needs_six_consecutive_folded_words() -> None:
    # OCR-style text without diacritics still hits a span typed with diacritics
    assert passage_hits("... Trudc ngay 14 thang cuoi quy, bao cao ket qua ...", [EV_A])
    # only five shared consecutive words: no hit
    assert not passage_hits("trước ngày 14 tháng cuối năm nay", [EV_A])
    # a span shorter than six words must appear whole, on word boundaries
    assert passage_hits("báo cáo về Sở Nội vụ theo quy định", ["Sở Nội vụ"])
    assert not passage_hits("báo cáo về Sở Nội chính", ["Sở Nội vụ"])
    assert not passage_hits("", [EV_A])


def test_fact_present_folded_spellings_and_word_boundaries() -> None:
    assert fact_present(["Sở Nội vụ", "S& Noi vu"], "gửi UBND tinh (qua S& Noi vu) theo quy dinh")
    assert fact_present(["Phòng Hành chính - Quản trị"], "phong hanh chinh – quan tri")
    assert fact_present(["95%"], "đạt tối thiểu 95%.")
    assert not fact_present(["95%"], "đạt tối thiểu 195%")
    assert not fact_present(["Sở Nội vụ"], "Sở Tài chính")


def test_first_hit_rank_and_percentile() -> None:
    assert first_hit_rank(_passages(FILLER, EV_B, EV_B), [EV_B]) == 2
    assert first_hit_rank(_passages(*([FILLER] * 10), EV_B), [EV_B]) is None  # rank 11 is outside top 10
    assert percentile([10.0, 20.0, 30.0, 40.0], 50) == pytest.approx(25.0)
    assert percentile([10.0, 20.0, 30.0, 40.0], 95) == pytest.approx(38.5)
    assert percentile([], 50) is None


def _case() -> tuple[list[QAItem], dict[str, dict]]:
    items = [
        _item(
            "a1",
            "who",
            [["Phòng Hành chính - Quản trị"], ["trước ngày 14 tháng cuối quý"]],
            [EV_A],
            ["planA"],
        ),
        _item("a2", "target", [["80%"]], [EV_B], ["planB"]),
        _item("a3", "lookup", [["23/KH-UBND"]], [EV_C], ["planB"]),  # no answer at all
        _item("u1", "none", [], [], []),
        _item("u2", "none", [], [], []),
    ]
    answers = {
        "a1": {
            "answer": "Trước ngày 14 tháng cuối quý, Trung tâm báo cáo qua Phòng Hành chính - Quản trị [1].",
            "abstained": False,
            "citations": [{"quote": EV_A}, {"quote": FILLER}],
            "retrieved": _passages(FILLER, EV_A),
            "latency_ms": 10.0,
        },
        "a2": {
            "answer": "Các kế hoạch không nêu thông tin này.",
            "abstained": True,
            "citations": [],
            "retrieved": _passages(*([FILLER] * 6), EV_B),
            "latency_ms": 20.0,
        },
        "u1": {
            "answer": "Không có thông tin.",
            "abstained": True,
            "citations": [],
            "retrieved": [],
            "latency_ms": 30.0,
        },
        "u2": {
            "answer": "Là 50%.",
            "abstained": False,
            "citations": [{"quote": FILLER}],
            "retrieved": _passages(FILLER),
            "latency_ms": 40.0,
        },
    }
    return items, answers


def test_compute_metrics_known_values() -> None:
    items, answers = _case()
    m = compute_metrics(items, answers, errors={"a3": "TimeoutError"})
    assert (m["n"], m["n_answerable"], m["n_unanswerable"], m["n_missing"]) == (5, 3, 2, 1)
    assert m["hit@1"] == 0.0
    assert m["hit@3"] == pytest.approx(1 / 3)
    assert m["hit@5"] == pytest.approx(1 / 3)
    assert m["hit@10"] == pytest.approx(2 / 3)
    assert m["mrr@10"] == pytest.approx((1 / 2 + 1 / 7) / 3)
    assert m["fact_accuracy"] == pytest.approx(1 / 3)
    # predicted abstentions: a2, a3 (missing counts as wrong), u1 → one true positive
    assert m["abstention_precision"] == pytest.approx(1 / 3)
    assert m["abstention_recall"] == pytest.approx(1 / 2)
    assert m["false_abstention_rate"] == pytest.approx(2 / 3)
    # a1: one of two citations holds evidence; a2's empty list adds nothing; u2 is unanswerable → excluded
    assert m["n_citations"] == 2
    assert m["citation_precision"] == pytest.approx(1 / 2)
    assert m["latency_p50_ms"] == pytest.approx(25.0)
    assert m["latency_p95_ms"] == pytest.approx(38.5)
    assert m["accuracy"] == pytest.approx(2 / 5)
    assert m["outcomes"] == {"a1": True, "a2": False, "a3": False, "u1": True, "u2": False}


def test_failed_list_says_what_was_missing() -> None:
    items, answers = _case()
    failed = {f["id"]: f for f in compute_metrics(items, answers, errors={"a3": "TimeoutError"})["failed"]}
    assert set(failed) == {"a2", "a3", "u2"}
    assert failed["a2"]["wrong_abstention"] and failed["a2"]["no_evidence_top5"]
    assert failed["a2"]["missing_facts"] == ["80%"]
    assert any("TimeoutError" in r for r in failed["a3"]["reasons"])
    assert failed["a3"]["missing_facts"] == ["23/KH-UBND"]
    assert failed["u2"]["wrong_abstention"] and not failed["u2"]["missing_facts"]


def test_answer_missing_a_fact_is_reported() -> None:
    items, answers = _case()
    answers["a1"]["answer"] = "Phòng Hành chính - Quản trị tổng hợp."
    m = compute_metrics(items[:1], answers)
    assert m["fact_accuracy"] == 0.0
    assert m["failed"][0]["missing_facts"] == ["trước ngày 14 tháng cuối quý"]
    assert not m["failed"][0]["wrong_abstention"]


def test_breakdowns_by_type_and_plan() -> None:
    items, answers = _case()
    m = compute_metrics(items, answers)
    assert set(m["by_type"]) == {"who", "target", "lookup", "none"}
    assert m["by_type"]["who"]["hit@3"] == 1.0 and m["by_type"]["who"]["hit@1"] == 0.0
    assert m["by_type"]["none"]["abstention_recall"] == 0.5
    assert m["by_type"]["none"]["hit@1"] is None  # undefined without answerable items
    assert m["by_plan"]["planB"]["n"] == 2 and m["by_plan"]["planB"]["hit@10"] == 0.5
    assert m["by_plan"][NO_PLAN]["n"] == 2


def test_plan_found_from_evidence_when_doc_is_absent() -> None:
    item = _item("x", "target", [["80%"]], [EV_B], [])
    plans = {
        "p1": "Kế hoạch khác hoàn toàn",
        "p2": "Mục tiêu: tối thiểu 80% hồ sơ TTHC được xử lý hoàn toàn trực tuyến.",
    }
    m = compute_metrics([item], {}, plan_texts=plans)
    assert list(m["by_plan"]) == ["p2"]
    assert m["hit@10"] == 0.0 and m["fact_accuracy"] == 0.0


def test_table_row_evidence_hits_a_labelled_row_cell_by_cell() -> None:
    row = "Phòng Hành chính tư pháp | Bộ Tư pháp | 6 tháng | Trước ngày 20/6/2026"
    labelled = ("STT: 4; Đơn vị báo cáo: Phòng Hành chính tư pháp; Nơi nhận: Bộ Tư pháp; Kỳ báo cáo: 6 tháng; "
                "Thời hạn gửi: Trước ngày 20/6/2026")
    assert passage_hits(labelled, [row])
    assert not passage_hits(labelled.replace("Bộ Tư pháp", "Sở Tư pháp"), [row])  # every cell must be there
    assert not passage_hits("Thời hạn gửi: Trước ngày 20/6/2026; Nơi nhận: Bộ Tư pháp; Phòng Hành chính tư pháp; "
                            "6 tháng", [row])  # in order

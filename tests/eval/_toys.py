"""Tiny QA items and toy systems (test doubles for the real pipeline, which the lead wires)."""

from __future__ import annotations

from eval.qa import QAItem

EVIDENCE = {
    "t1": "Trước ngày 14 tháng cuối quý, báo cáo kết quả, tiến độ thực hiện về Văn phòng UBND tỉnh",
    "t2": "Mức độ hài lòng của người dân, doanh nghiệp về giải quyết TTHC đạt tối thiểu 95%",
}
FILLER = "Tăng cường công tác tuyên truyền phổ biến giáo dục pháp luật cho cán bộ"


def toy_items() -> list[QAItem]:
    return [
        QAItem(
            "t1",
            "when",
            "Trung tâm báo cáo khi nào?",
            [["trước ngày 14 tháng cuối quý"]],
            [EVIDENCE["t1"]],
            False,
            ["001_plan"],
        ),
        QAItem("t2", "target", "Mức hài lòng bao nhiêu?", [["95%"]], [EVIDENCE["t2"]], False, ["003_plan"]),
        QAItem("t3", "none", "Ngân sách bao nhiêu tỷ?", [], [], True, []),
    ]


def knower(item: QAItem) -> dict:
    """Returns the known evidence passage first and an answer quoting it; abstains on unanswerable items."""
    if item.unanswerable:
        return {
            "question": item.question,
            "answer": "Không có thông tin trong các kế hoạch.",
            "abstained": True,
            "citations": [],
            "retrieved": [],
            "latency_ms": 5.0,
        }
    text = item.evidence[0]
    return {
        "question": item.question,
        "answer": f"{text} [1]",
        "abstained": False,
        "citations": [{"document": item.docs[0], "quote": text, "line_start": 1, "line_end": 1}],
        "retrieved": [
            {"document": item.docs[0], "section": "IV", "text": text, "score": 1.0},
            {"document": item.docs[0], "section": "II", "text": FILLER, "score": 0.5},
        ],
        "latency_ms": 12.0,
    }


def abstainer(item: QAItem) -> dict:
    """Always abstains; retrieves only an unrelated passage; no latency field (the runner measures it)."""
    return {
        "question": item.question,
        "answer": "Không tìm thấy.",
        "abstained": True,
        "citations": [],
        "retrieved": [{"document": "x", "section": "", "text": FILLER, "score": 0.1}],
    }

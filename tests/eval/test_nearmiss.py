"""The synthetic near-miss probe (eval/nearmiss.py): which noun is swapped, for what, and what is counted."""

from __future__ import annotations

from eval.nearmiss import load_pool, mutants, mutate, probe
from eval.qa import QAItem

PLAN = "Rút ngắn thời gian cấp giấy chứng nhận an toàn thực phẩm cho cơ sở chế biến chè. Sở Y tế phối hợp."
EVIDENCE = ["Rút ngắn thời gian cấp giấy chứng nhận an toàn thực phẩm cho cơ sở chế biến chè"]


def _item(question: str, style: str = "vi", kind: str = "who", unanswerable: bool = False) -> QAItem:
    return QAItem(id="x1", type=kind, question=question, facts=[["Sở Y tế"]], evidence=EVIDENCE,
                  unanswerable=unanswerable, docs=["plan.pdf"], extra={"style": style})


def test_a_shared_noun_is_swapped_for_one_the_plan_never_states() -> None:
    pool = load_pool()
    m = mutate(_item("Ai rút ngắn thời gian cấp giấy chứng nhận an toàn thực phẩm cho cơ sở chế biến chè?"),
               PLAN, pool)
    assert m is not None and m.original == "an toàn thực phẩm"  # the longest shared noun
    assert m.replaced in pool and m.replaced.lower() not in PLAN.lower()
    assert m.question.startswith("Ai rút ngắn thời gian cấp giấy chứng nhận " + m.replaced)
    again = mutate(_item("Ai rút ngắn thời gian cấp giấy chứng nhận an toàn thực phẩm cho cơ sở chế biến chè?"),
                   PLAN, pool)
    assert again == m  # reproducible


def test_unaccented_questions_get_unaccented_nouns() -> None:
    m = mutate(_item("ai rut ngan thoi gian cap giay chung nhan an toan thuc pham cho co so che bien che?",
                     style="noaccent"), PLAN, load_pool())
    assert m is not None and "an toan thuc pham" not in m.question and m.question.isascii()


def test_unit_names_english_lists_and_unanswerables_are_left_alone() -> None:
    pool = ["y tế", "chè", "đê điều"]
    m = mutate(_item("Sở Y tế phối hợp việc gì cho cơ sở chế biến chè?"), PLAN, pool)
    assert m is not None and m.original == "chè"  # "Sở Y tế" names a body: not swapped
    assert mutate(_item("Sở Y tế làm gì?"), PLAN, pool) is None
    assert mutate(_item("Ai lo chè?", style="en"), PLAN, pool) is None
    assert mutate(_item("Ai lo chè?", kind="list"), PLAN, pool) is None
    assert mutate(_item("Ai lo chè?", unanswerable=True), PLAN, pool) is None
    assert mutants([_item("Ai lo chè?")], lambda doc: None, pool) == []  # plan not loaded


def test_probe_counts_refusals_and_lists_what_was_answered() -> None:
    found = mutants([_item("Ai lo việc chế biến chè?")], lambda doc: PLAN, ["chè", "đê điều"])
    assert [m.replaced for m in found] == ["đê điều"]
    refused = probe(found, lambda q: {"abstained": True, "answer": ""})
    assert (refused["n"], refused["refused"], refused["answered"]) == (1, 1, [])
    answered = probe(found, lambda q: {"abstained": False, "answer": "Sở Y tế"})
    assert answered["refusal_rate"] == 0.0 and answered["answered"][0]["swap"] == "chè → đê điều"


def test_spelling_probe_counts_refusals_only_other_spellings_get() -> None:
    from eval.nearmiss import spelling_probe

    items = [_item("Ai chủ trì việc chế biến chè?"), _item("ai chu tri viec che bien che?", style="noaccent"),
             _item("Ai chủ trì việc chế biến gỗ?", unanswerable=True)]
    asked: list[str] = []

    def ask(q: str) -> dict[str, object]:
        asked.append(q)
        return {"abstained": q == "ai chủ trì việc chế biến chè?", "abstain_reason": "near_neighbour"}

    result = spelling_probe(items, ask)
    assert asked == ["Ai chủ trì việc chế biến chè?", "ai chu tri viec che bien che?", "ai chủ trì việc chế biến chè?"]
    assert (result["n"], result["false_refusals"]) == (1, 1)
    assert result["refused"][0]["question"] == "ai chủ trì việc chế biến chè?"

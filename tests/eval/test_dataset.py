"""The dev QA set: format, coverage, and every evidence span / fact found in the real plans."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from eval.metrics import fact_present
from eval.qa import QA_TYPES, QAFormatError, load_qa
from index.normalize import fold, words

ROOT = Path(__file__).resolve().parents[2]
DEV = ROOT / "eval" / "datasets" / "dev.jsonl"
CORPUS = ROOT / "corpus"


@pytest.fixture(scope="module")
def plans() -> dict[str, str]:
    return {p.stem: p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*.txt"))}


@pytest.fixture(scope="module")
def items():  # type: ignore[no-untyped-def]
    return load_qa(DEV)


def _padded_words(text: str) -> str:
    return " " + " ".join(words(text)) + " "


def test_size_and_coverage(items, plans) -> None:  # type: ignore[no-untyped-def]
    assert len(items) >= 110
    types = Counter(i.type for i in items)
    assert set(types) == set(QA_TYPES) - {"list"}  # "list" items live in the varied sets
    assert types["none"] >= 14
    assert all(i.unanswerable == (i.type == "none") for i in items)
    per_plan = Counter(d for i in items for d in i.docs)
    assert set(per_plan) == set(plans), "every plan is covered and every doc names a corpus file"
    assert min(per_plan.values()) >= 15
    for plan in plans:  # every plan has who/when/target/lookup questions of its own
        assert {i.type for i in items if i.docs == [plan]} >= {"who", "when", "target", "lookup"}
    assert all(len(i.docs) >= 2 for i in items if i.type == "multi")


def test_phrasing_variety(items) -> None:  # type: ignore[no-untyped-def]
    english = [i for i in items if i.extra.get("style") == "english"]
    assert len(english) >= 6
    no_marks = [i for i in items if i not in english and fold(i.question) == i.question.lower()]
    assert len(no_marks) / len(items) >= 0.2
    abbreviations = ("CCHC", "TTHC", "UBND", "DVC", "VHTTDL")
    assert sum(any(a in i.question.upper() for a in abbreviations) for i in items) >= 40


def test_reference_question_present(items) -> None:  # type: ignore[no-untyped-def]
    ref = [i for i in items if i.question == "Đơn vị nào báo cáo Sở Nội vụ và khi nào?"]
    assert len(ref) == 1 and ref[0].type == "multi"
    assert any("Phòng Hành chính - Quản trị" in f for f in ref[0].facts)
    assert {d[:3] for d in ref[0].docs} == {"001", "002", "003"}


def test_evidence_spans_occur_verbatim_in_their_plans(items, plans) -> None:  # type: ignore[no-untyped-def]
    folded = {doc: _padded_words(text) for doc, text in plans.items()}
    for item in items:
        for span in item.evidence:
            assert len(words(span)) >= 6, (item.id, span)
            assert any(_padded_words(span) in folded[d] for d in item.docs), (item.id, span)
        for doc in item.docs:  # each plan of the item is backed by at least one span
            if item.evidence:
                assert any(_padded_words(s) in folded[doc] for s in item.evidence), (item.id, doc)


def test_every_fact_has_a_spelling_in_its_plans(items, plans) -> None:  # type: ignore[no-untyped-def]
    for item in items:
        text = "\n".join(plans[d] for d in item.docs)
        for fact in item.facts:
            assert fact_present(fact, text), (item.id, fact)


def test_loader_reports_line_numbers(tmp_path: Path) -> None:
    good = '{"id": "a", "type": "who", "question": "q", "facts": [["x"]], "evidence": [], "unanswerable": false, "note": 1}'
    path = tmp_path / "qa.jsonl"
    path.write_text(good + "\n\n" + '{"id": "b", "type": "who", "question": "q"\n', encoding="utf-8")
    with pytest.raises(QAFormatError, match=r"qa.jsonl:3: JSON"):
        load_qa(path)
    bad_rows = [
        ('{"id": "b", "type": "why", "question": "q", "facts": [["x"]]}', "type"),
        ('{"id": "b", "type": "none", "question": "q", "facts": [["x"]], "unanswerable": true}', "rỗng"),
        ('{"id": "b", "type": "who", "question": "q", "facts": ["x"]}', "facts"),
        ('{"id": "a", "type": "who", "question": "q", "facts": [["x"]]}', "trùng id"),
    ]
    for row, message in bad_rows:
        path.write_text(good + "\n" + row + "\n", encoding="utf-8")
        with pytest.raises(QAFormatError, match=rf"qa.jsonl:2: .*{message}"):
            load_qa(path)
    path.write_text(good + "\n", encoding="utf-8")
    (item,) = load_qa(path)
    assert item.extra == {"note": 1} and item.docs == []
    assert item.to_dict()["note"] == 1

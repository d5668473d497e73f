"""The held-out QA set: format, composition, and every evidence span / fact found in the real plans.

Spans and facts are compared on folded word runs (``index.normalize.words``); for plan 001, an OCR
export, the OCR-tolerant words (``index.ocrtext.ocr_words``) are accepted as well.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from eval.qa import QA_TYPES, QAItem, load_qa
from index.normalize import fold, words
from index.ocrtext import ocr_words

ROOT = Path(__file__).resolve().parents[2]
HELDOUT = ROOT / "eval" / "datasets" / "heldout.jsonl"
CORPUS = ROOT / "corpus"
OCR_PLAN_PREFIX = "001_"
STYLES = ("vi", "no_diacritics", "abbrev", "english")
ABBREVIATIONS = ("CCHC", "TTHC", "UBND", "DVC", "VHTTDL", "DTTG")
Plans = dict[str, tuple[str, str | None]]  # stem → (folded words, OCR-tolerant words or None)
EXPECTED_TYPES = {"who": 10, "when": 10, "target": 10, "lookup": 7, "multi": 5, "none": 8}


def _run(ws: list[str]) -> str:
    """A word list as a space-padded string, so that ``in`` tests for a consecutive word run."""
    return " " + " ".join(ws) + " "


def _occurs(needle: str, doc: str, plans: Plans) -> bool:
    """True when ``needle``'s words form a consecutive run in plan ``doc`` (either matching form)."""
    folded, ocr = plans[doc]
    if _run(words(needle)) in folded:
        return True
    return ocr is not None and _run(ocr_words(needle)) in ocr


@pytest.fixture(scope="module")
def plans() -> Plans:
    """Each corpus plan (by file stem) as padded folded words and, for the OCR plan, OCR-tolerant words."""
    out: Plans = {}
    for path in sorted(CORPUS.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        ocr = _run(ocr_words(text)) if path.name.startswith(OCR_PLAN_PREFIX) else None
        out[path.stem] = (_run(words(text)), ocr)
    return out


@pytest.fixture(scope="module")
def items() -> list[QAItem]:
    """The held-out items, parsed and validated by the shared loader."""
    return load_qa(HELDOUT)


def test_parses_with_sequential_ids(items: list[QAItem]) -> None:
    assert len(items) == 50
    assert [i.id for i in items] == [f"h{n:03d}" for n in range(1, 51)]


def test_type_counts(items: list[QAItem]) -> None:
    counts = Counter(i.type for i in items)
    assert set(counts) == set(QA_TYPES) - {"list"}  # "list" items live in the varied sets
    assert dict(counts) == EXPECTED_TYPES
    assert all(i.unanswerable == (i.type == "none") for i in items)


def test_documents(items: list[QAItem], plans: Plans) -> None:
    for item in items:
        assert all(d in plans for d in item.docs), (item.id, item.docs)
        if item.type == "none":
            assert item.docs == [] and item.to_dict()["doc"] is None, item.id
        elif item.type == "multi":
            assert len(set(item.docs)) >= 2, item.id
        else:
            assert len(item.docs) == 1, item.id
    per_plan = Counter(i.docs[0] for i in items if len(i.docs) == 1)
    assert set(per_plan) == set(plans) and min(per_plan.values()) >= 7
    for plan in plans:  # every plan has its own who/when/target/lookup questions
        assert {i.type for i in items if i.docs == [plan]} == {"who", "when", "target", "lookup"}, plan


def test_styles(items: list[QAItem]) -> None:
    styles = Counter(str(i.extra.get("style")) for i in items)
    assert set(styles) <= set(STYLES), styles
    assert styles["english"] == 3
    assert styles["no_diacritics"] >= 12
    for item in items:
        style = item.extra["style"]
        has_abbrev = any(a in item.question for a in ABBREVIATIONS)
        if style == "no_diacritics":
            assert fold(item.question) == " ".join(item.question.lower().split()), item.id
        elif style == "abbrev":
            assert has_abbrev, item.id
        elif style == "vi":
            assert not has_abbrev and fold(item.question) != item.question.lower(), item.id
    assert sum(any(a in i.question for a in ABBREVIATIONS) for i in items) >= 25


def test_evidence_spans_occur_in_their_plans(items: list[QAItem], plans: Plans) -> None:
    for item in items:
        for span in item.evidence:
            assert len(words(span)) >= 6, (item.id, span)
            assert any(_occurs(span, d, plans) for d in item.docs), (item.id, span)
        for doc in item.docs:  # each plan of an answerable item is backed by at least one span
            assert any(_occurs(s, doc, plans) for s in item.evidence), (item.id, doc)


def test_every_fact_has_a_spelling_in_its_plans(items: list[QAItem], plans: Plans) -> None:
    for item in items:
        assert bool(item.facts) != item.unanswerable, item.id
        for fact in item.facts:
            assert all(words(s) for s in fact), (item.id, fact)
            assert any(_occurs(s, d, plans) for s in fact for d in item.docs), (item.id, fact)


def test_occurrence_check_can_fail(plans: Plans) -> None:
    """The matcher rejects a near miss and a non-consecutive run, and accepts an OCR-only match."""
    ocr_doc = next(d for d in plans if d.startswith(OCR_PLAN_PREFIX))
    assert _occurs("Lé Tri Ha", ocr_doc, plans)
    assert not _occurs("Nguyễn Quốc Luận", ocr_doc, plans)
    assert _occurs("Sở Nội vụ", ocr_doc, plans)  # OCR text reads "S& Noi vu"
    clean = next(d for d in plans if d.startswith("000_"))
    assert _occurs("Nguyễn Quốc Luận", clean, plans)
    assert not _occurs("Nguyễn Quốc Trung", clean, plans)
    assert not _occurs("GIÁM ĐỐC Luận", clean, plans)

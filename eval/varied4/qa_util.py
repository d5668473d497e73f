"""Small helpers for the batch-4 questions: date spellings, unanswerable and cross-plan items.

``N`` makes an unanswerable item and records the words whose absence from the
plan makes it unanswerable (``_absent``, checked by ``check.py`` and dropped
before the QA files are written). ``X`` makes a cross-plan item whose ``doc``
is the list of plans it needs (DESIGN §4.3 allows a list).
"""

from __future__ import annotations

from typing import Any

from eval.varied.qa_build import Fact, Q

ROMAN_Q = {"I": "1", "II": "2", "III": "3", "IV": "4"}


def day(d: str) -> list[str]:
    """Spellings of a date written "15/6/2026": with and without zero padding."""
    dd, mm, yy = d.split("/")
    out = [d, f"{int(dd):02d}/{int(mm):02d}/{yy}", f"{int(dd)}/{int(mm)}/{yy}"]
    return list(dict.fromkeys(out))


def month(m: int, year: int = 2026) -> list[str]:
    """Spellings of "Tháng 10/2026"."""
    return list(dict.fromkeys([f"Tháng {m}/{year}", f"tháng {m} năm {year}", f"{m:02d}/{year}", f"{m}/{year}"]))


def quarter(r: str, year: int = 2026) -> list[str]:
    """Spellings of "Quý II/2026"."""
    return [f"Quý {r}/{year}", f"quý {ROMAN_Q[r]}/{year}", f"quý {r} năm {year}"]


def in_quarter(day_no: str) -> list[str]:
    """Spellings of a recurring quarterly deadline "ngày 10 của tháng cuối quý"."""
    return [f"ngày {day_no} của tháng cuối quý", f"{day_no} của tháng cuối quý", f"ngày {day_no} tháng cuối quý"]


def N(doc: str, question: str, absent: tuple[str, ...] = (), strip: bool = False, en: bool = False) -> dict[str, Any]:
    """An unanswerable item; ``absent`` lists words the plan must not contain (checked on the folded form)."""
    q = Q(doc, "none", question, strip=strip, en=en)
    q["_absent"] = list(absent)
    return q


def X(docs: list[str], qtype: str, question: str, facts: list[Fact], evidence: list[str],
      strip: bool = False, en: bool = False) -> dict[str, Any]:
    """A cross-plan item: its evidence spans come from several plans."""
    q = Q(docs[0], qtype, question, facts, evidence, strip=strip, en=en)
    q["doc"] = list(docs)
    return q

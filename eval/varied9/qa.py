"""All batch-9 questions, in plan order, and a count summary per split."""

from __future__ import annotations

from collections import Counter
from typing import Any

from eval.varied.model import fold
from eval.varied9.qa_a import lang_son, ninh_binh
from eval.varied9.qa_b import cuc_duong_bo, dong_van
from eval.varied9.qa_c import dh_tay_nguyen, thu_dau_mot
from eval.varied9.qa_d import pc06_ca_mau, thue_dong_thap
from eval.varied9.qa_x import cross_dev, cross_test

TYPES = ("who", "when", "target", "lookup", "multi", "list", "none")


def questions() -> list[dict[str, Any]]:
    """Every QA item (without id and format; generate.py adds them); every 5th Vietnamese one typed without diacritics."""
    items = (lang_son() + ninh_binh() + cuc_duong_bo() + dong_van() + cross_dev()
             + thu_dau_mot() + dh_tay_nguyen() + thue_dong_thap() + pc06_ca_mau() + cross_test())
    vi = [q for q in items if q["style"] == "vi"]
    for q in vi[2::5]:
        q["question"], q["style"] = fold(q["question"]), "noaccent"
    return items


def summary(dev: list[dict[str, Any]], test: list[dict[str, Any]]) -> str:
    """A Markdown table of counts per split: items, answerable, types, styles, formats, cross-plan items."""
    fmts = ("pdf-table", "docx", "decision", "scan")
    head = ["split", "items", "answerable", *TYPES, "vi", "noaccent", "en", *fmts, "cross-plan"]
    lines = ["| " + " | ".join(head) + " |", "|" + " --- |" * len(head)]
    for name, rows in (("dev", dev), ("test", test)):
        types, styles, forms = (Counter(q[k] for q in rows) for k in ("type", "style", "format"))
        vals = [name, len(rows), sum(not q["unanswerable"] for q in rows), *(types[t] for t in TYPES),
                *(styles[s] for s in ("vi", "noaccent", "en")), *(forms[f] for f in fmts),
                sum(isinstance(q["doc"], list) for q in rows)]
        lines.append("| " + " | ".join(str(v) for v in vals) + " |")
    return "\n".join(lines)

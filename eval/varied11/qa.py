"""All batch-11 questions, in plan order, and a count summary per split."""

from __future__ import annotations

from collections import Counter
from typing import Any

from eval.varied.model import fold
from eval.varied11.qa_a import gddt_lam_dong, sct_vinh_long
from eval.varied11.qa_b import cuc_viec_lam, mu_cang_chai
from eval.varied11.qa_c import buon_ma_thuot, dh_can_tho
from eval.varied11.qa_d import bhxh_thai_nguyen, bv_ydct_quang_tri
from eval.varied11.qa_x import cross_dev, cross_test

TYPES = ("who", "when", "target", "lookup", "multi", "list", "none")
FMTS = ("pdf-table", "docx", "decision", "scan")


def questions() -> list[dict[str, Any]]:
    """Every QA item (without id and format; generate.py adds them); every 5th Vietnamese one typed without diacritics."""
    items = (sct_vinh_long() + gddt_lam_dong() + cuc_viec_lam() + mu_cang_chai() + cross_dev()
             + buon_ma_thuot() + dh_can_tho() + bhxh_thai_nguyen() + bv_ydct_quang_tri() + cross_test())
    vi = [q for q in items if q["style"] == "vi"]
    for q in vi[2::5]:
        q["question"], q["style"] = fold(q["question"]), "noaccent"
    return items


def summary(dev: list[dict[str, Any]], test: list[dict[str, Any]]) -> str:
    """A Markdown table of counts per split: items, answerable, types, styles, formats, cross-plan items."""
    head = ["split", "items", "answerable", *TYPES, "vi", "noaccent", "en", *FMTS, "cross-plan"]
    lines = ["| " + " | ".join(head) + " |", "|" + " --- |" * len(head)]
    for name, rows in (("dev", dev), ("test", test)):
        types, styles, forms = (Counter(q[k] for q in rows) for k in ("type", "style", "format"))
        vals = [name, len(rows), sum(not q["unanswerable"] for q in rows), *(types[t] for t in TYPES),
                *(styles[s] for s in ("vi", "noaccent", "en")), *(forms[f] for f in FMTS),
                sum(isinstance(q["doc"], list) for q in rows)]
        lines.append("| " + " | ".join(str(v) for v in vals) + " |")
    return "\n".join(lines)

"""All batch-6 questions, in plan order, and a count summary for the README."""

from __future__ import annotations

from collections import Counter
from typing import Any

from eval.varied6.qa_a import lam_dong, trung_khanh
from eval.varied6.qa_b import bcd_can_tho, bo_y_te
from eval.varied6.qa_c import hai_phong, stp_thanh_hoa
from eval.varied6.qa_d import da_nang, dien_bien
from eval.varied6.qa_e import syt_lang_son, tam_duong
from eval.varied6.qa_f import bo_gddt, skhcn_hung_yen
from eval.varied6.qa_x import cross_dev, cross_test

TYPES = ("who", "when", "target", "lookup", "multi", "list", "none")


def questions() -> list[dict[str, Any]]:
    """Every QA item (without id and format; generate.py adds them)."""
    return (lam_dong() + trung_khanh() + bcd_can_tho() + bo_y_te() + hai_phong() + stp_thanh_hoa() + cross_dev()
            + da_nang() + dien_bien() + syt_lang_son() + tam_duong() + bo_gddt() + skhcn_hung_yen() + cross_test())


def summary(dev: list[dict[str, Any]], test: list[dict[str, Any]]) -> str:
    """A markdown table of question counts by split, type and style (and cross-plan items)."""
    head = "| split | items | answerable | " + " | ".join(TYPES) + " | vi | noaccent | en | cross-plan |"
    out = [head, "|" + " --- |" * (len(TYPES) + 7)]
    for name, rows in (("dev", dev), ("test", test)):
        t = Counter(q["type"] for q in rows)
        s = Counter(q["style"] for q in rows)
        cross = sum(1 for q in rows if isinstance(q["doc"], list))
        cells = ([name, str(len(rows)), str(sum(not q["unanswerable"] for q in rows))] + [str(t[k]) for k in TYPES]
                 + [str(s[k]) for k in ("vi", "noaccent", "en")] + [str(cross)])
        out.append("| " + " | ".join(cells) + " |")
    return "\n".join(out)

"""All batch-4 questions, in plan order, and a count summary for the README."""

from __future__ import annotations

from collections import Counter
from typing import Any

from eval.varied4.qa_a import mai_son, son_la
from eval.varied4.qa_b import bac_ninh, hai_phong
from eval.varied4.qa_c import an_giang, bo_cong_thuong
from eval.varied4.qa_d import dong_nai, phu_tho
from eval.varied4.qa_e import da_nang, kinh_bac
from eval.varied4.qa_x import cross_dev, cross_test

TYPES = ("who", "when", "target", "lookup", "multi", "list", "none")


def questions() -> list[dict[str, Any]]:
    """Every QA item (without id and format; generate.py adds them)."""
    return (son_la() + mai_son() + hai_phong() + bo_cong_thuong() + dong_nai() + cross_dev()
            + da_nang() + kinh_bac() + bac_ninh() + an_giang() + phu_tho() + cross_test())


def summary(dev: list[dict[str, Any]], test: list[dict[str, Any]]) -> str:
    """A markdown table of question counts by split, type and style (and cross-plan items)."""
    head = "| split | items | " + " | ".join(TYPES) + " | vi | noaccent | en | cross-plan |"
    out = [head, "|" + " --- |" * (len(TYPES) + 6)]
    for name, rows in (("dev", dev), ("test", test)):
        t = Counter(q["type"] for q in rows)
        s = Counter(q["style"] for q in rows)
        cross = sum(1 for q in rows if isinstance(q["doc"], list))
        cells = ([name, str(len(rows))] + [str(t[k]) for k in TYPES]
                 + [str(s[k]) for k in ("vi", "noaccent", "en")] + [str(cross)])
        out.append("| " + " | ".join(cells) + " |")
    return "\n".join(out)

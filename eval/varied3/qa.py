"""All batch-3 questions, in plan order, and a count summary for the README."""

from __future__ import annotations

from collections import Counter
from typing import Any

from eval.varied3.qa_a import quang_ninh, tien_yen
from eval.varied3.qa_b import dak_lak, thai_nguyen
from eval.varied3.qa_c import bo_khcn, bo_xay_dung
from eval.varied3.qa_d import can_tho, muong_ang, pho_hien
from eval.varied3.qa_e import lam_dong

TYPES = ("who", "when", "target", "lookup", "multi", "list", "none")


def questions() -> list[dict[str, Any]]:
    """Every QA item (without id and format; generate.py adds them)."""
    return (quang_ninh() + tien_yen() + dak_lak() + bo_xay_dung() + can_tho()
            + lam_dong() + thai_nguyen() + bo_khcn() + muong_ang() + pho_hien())


def summary(dev: list[dict[str, Any]], test: list[dict[str, Any]]) -> str:
    """A markdown table of question counts by split, type and style."""
    head = "| split | items | " + " | ".join(TYPES) + " | vi | noaccent | en |"
    out = [head, "|" + " --- |" * (len(TYPES) + 5)]
    for name, rows in (("dev", dev), ("test", test)):
        t = Counter(q["type"] for q in rows)
        s = Counter(q["style"] for q in rows)
        cells = [name, str(len(rows))] + [str(t[k]) for k in TYPES] + [str(s[k]) for k in ("vi", "noaccent", "en")]
        out.append("| " + " | ".join(cells) + " |")
    return "\n".join(out)

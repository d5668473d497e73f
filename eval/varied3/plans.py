"""The batch-3 plans, each with its renderer, and the test split."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from eval.varied.render_scan import render_scan
from eval.varied2.model2 import Plan2
from eval.varied2.render_docx2 import Levels, render_docx2
from eval.varied2.render_pdf2 import render_pdf2
from eval.varied2.render_scan2 import render_scan300
from eval.varied2.text2 import pdf_export, plain_export
from eval.varied3.content_a import QUANG_NINH, TIEN_YEN
from eval.varied3.content_b import DAK_LAK, THAI_NGUYEN
from eval.varied3.content_c import BO_KHCN, BO_XAY_DUNG
from eval.varied3.content_d import CAN_THO, MUONG_ANG, PHO_HIEN
from eval.varied3.content_e import LAM_DONG

Renderer = Callable[[Plan2, Path], object]

LEVELS_DL: Levels = [("upperRoman", "%1."), ("decimal", "%2."), ("lowerLetter", "%3)"), ("bullet", "-")]
LEVELS_TN: Levels = [("upperRoman", "%1."), ("decimal", "%2."), ("decimal", "%2.%3."), ("bullet", "-"), ("bullet", "+")]
LEVELS_KHCN: Levels = [("upperRoman", "%1."), ("decimal", "%2."), ("lowerLetter", "%3)"), ("bullet", "–")]


def _write(text: str, path: Path) -> None:
    path.write_bytes(text.encode("utf-8"))


PLANS: list[tuple[Plan2, Renderer]] = [
    (QUANG_NINH, lambda p, f: render_pdf2(p, f, table_landscape=True)),
    (TIEN_YEN, lambda p, f: _write(plain_export(p, width=None, blank=False), f)),
    (DAK_LAK, lambda p, f: render_docx2(p, f, LEVELS_DL)),
    (BO_XAY_DUNG, lambda p, f: render_pdf2(p, f, table_landscape=True, split_rows=True)),
    (CAN_THO, lambda p, f: render_scan(p, f, seed=31)),
    (LAM_DONG, lambda p, f: render_pdf2(p, f, repeat=False)),
    (THAI_NGUYEN, lambda p, f: render_docx2(p, f, LEVELS_TN)),
    (BO_KHCN, lambda p, f: render_docx2(p, f, LEVELS_KHCN)),
    (MUONG_ANG, lambda p, f: render_scan300(p, f, seed=37)),
    (PHO_HIEN, lambda p, f: _write(pdf_export(p, width=84, page_lines=34), f)),
]
TEST_PLANS = {LAM_DONG.file, THAI_NGUYEN.file, BO_KHCN.file, MUONG_ANG.file, PHO_HIEN.file}

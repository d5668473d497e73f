"""The batch-2 plans, each with its renderer, and the test split."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from eval.varied2.content_a import HA_TINH, KHANH_HOA
from eval.varied2.content_b import GIA_LAI, TUYEN_QUANG
from eval.varied2.model2 import Plan2
from eval.varied2.render_docx2 import render_docx2
from eval.varied2.render_pdf2 import render_pdf2

Renderer = Callable[[Plan2, Path], None]

LEVELS_TQ = [("upperRoman", "%1."), ("decimal", "%2."), ("decimal", "%2.%3."), ("bullet", "-"), ("bullet", "+")]
LEVELS_GL = [("upperRoman", "%1."), ("decimal", "%2."), ("lowerLetter", "%3)"), ("bullet", "–")]

PLANS: list[tuple[Plan2, Renderer]] = [
    (HA_TINH, lambda p, f: render_pdf2(p, f, split_rows=True, repeat=False)),
    (KHANH_HOA, lambda p, f: render_pdf2(p, f, table_landscape=True)),
    (TUYEN_QUANG, lambda p, f: render_docx2(p, f, LEVELS_TQ)),
    (GIA_LAI, lambda p, f: render_docx2(p, f, LEVELS_GL)),
]
TEST_PLANS = {KHANH_HOA.file, GIA_LAI.file}

"""The batch-2 plans, each with its renderer, and the test split."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from eval.varied.render_scan import render_scan
from eval.varied2.content_a import HA_TINH, KHANH_HOA
from eval.varied2.content_b import GIA_LAI, TUYEN_QUANG
from eval.varied2.content_c import CUC_THUE, VINH_LONG
from eval.varied2.content_d import NINH_BINH, TAN_NINH
from eval.varied2.content_e import DAT_MUI, THANH_SEN
from eval.varied2.model2 import Plan2
from eval.varied2.render_docx2 import Levels, render_docx2
from eval.varied2.render_pdf2 import render_pdf2
from eval.varied2.render_scan2 import render_scan300
from eval.varied2.text2 import pdf_export, plain_export

Renderer = Callable[[Plan2, Path], object]

LEVELS_TQ: Levels = [("upperRoman", "%1."), ("decimal", "%2."), ("decimal", "%2.%3."), ("bullet", "-"), ("bullet", "+")]
LEVELS_GL: Levels = [("upperRoman", "%1."), ("decimal", "%2."), ("lowerLetter", "%3)"), ("bullet", "–")]
LEVELS_CT: Levels = [("upperRoman", "%1."), ("decimal", "%2."), ("lowerLetter", "%3)"), ("bullet", "-")]


def _write(text: str, path: Path, bom: bool = False) -> None:
    path.write_bytes((b"\xef\xbb\xbf" if bom else b"") + text.encode("utf-8"))


PLANS: list[tuple[Plan2, Renderer]] = [
    (HA_TINH, lambda p, f: render_pdf2(p, f, split_rows=True, repeat=False)),
    (KHANH_HOA, lambda p, f: render_pdf2(p, f, table_landscape=True)),
    (TUYEN_QUANG, lambda p, f: render_docx2(p, f, LEVELS_TQ)),
    (GIA_LAI, lambda p, f: render_docx2(p, f, LEVELS_GL)),
    (VINH_LONG, lambda p, f: render_pdf2(p, f, table_landscape=True)),
    (CUC_THUE, lambda p, f: render_docx2(p, f, LEVELS_CT)),
    (NINH_BINH, lambda p, f: render_scan(p, f, seed=11)),
    (TAN_NINH, lambda p, f: render_scan300(p, f)),
    (THANH_SEN, lambda p, f: _write(pdf_export(p, width=86, page_lines=40), f)),
    (DAT_MUI, lambda p, f: _write(plain_export(p, width=80, crlf=True), f, bom=True)),
]
TEST_PLANS = {KHANH_HOA.file, GIA_LAI.file, CUC_THUE.file, TAN_NINH.file, DAT_MUI.file}

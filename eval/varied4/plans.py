"""The batch-4 plans, each with its renderer, and the test split."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from eval.varied.render_scan import render_scan
from eval.varied2.model2 import Plan2
from eval.varied2.render_docx2 import Levels, render_docx2
from eval.varied2.render_pdf2 import render_pdf2
from eval.varied2.render_scan2 import render_scan300
from eval.varied2.text2 import pdf_export, plain_export
from eval.varied4.content_a import MAI_SON, SON_LA
from eval.varied4.content_b import BAC_NINH, HAI_PHONG
from eval.varied4.content_c import AN_GIANG, BO_CONG_THUONG
from eval.varied4.content_d import DONG_NAI, PHU_THO
from eval.varied4.content_e import DA_NANG, KINH_BAC

Renderer = Callable[[Plan2, Path], object]

LEVELS_HP: Levels = [("upperRoman", "%1."), ("decimal", "%2."), ("lowerLetter", "%3)"), ("bullet", "-")]
LEVELS_BN: Levels = [("upperRoman", "%1."), ("decimal", "%2."), ("decimal", "%2.%3."), ("bullet", "-"), ("bullet", "+")]
LEVELS_AG: Levels = [("upperRoman", "%1."), ("decimal", "%2."), ("lowerLetter", "%3)"), ("bullet", "+")]


def _write(text: str, path: Path) -> None:
    path.write_bytes(text.encode("utf-8"))


PLANS: list[tuple[Plan2, Renderer]] = [
    (SON_LA, lambda p, f: render_pdf2(p, f, table_landscape=True)),
    (MAI_SON, lambda p, f: _write(plain_export(p, width=78, blank=True), f)),
    (HAI_PHONG, lambda p, f: render_docx2(p, f, LEVELS_HP)),
    (BO_CONG_THUONG, lambda p, f: render_pdf2(p, f, table_landscape=True)),
    (DONG_NAI, lambda p, f: render_scan(p, f, seed=41)),
    (DA_NANG, lambda p, f: render_pdf2(p, f, repeat=False, split_rows=True)),
    (KINH_BAC, lambda p, f: _write(pdf_export(p, width=88, page_lines=36), f)),
    (BAC_NINH, lambda p, f: render_docx2(p, f, LEVELS_BN)),
    (AN_GIANG, lambda p, f: render_docx2(p, f, LEVELS_AG)),
    (PHU_THO, lambda p, f: render_scan300(p, f, seed=43)),
]
TEST_PLANS = {DA_NANG.file, KINH_BAC.file, BAC_NINH.file, AN_GIANG.file, PHU_THO.file}

"""The batch-5 plans, each with its renderer, and the test split."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from eval.varied2.model2 import Plan2
from eval.varied2.render_docx2 import Levels, render_docx2
from eval.varied2.render_pdf2 import render_pdf2
from eval.varied5.content_a import GIA_LAI, HUE
from eval.varied5.content_b import SXD_HUE, TAY_HO
from eval.varied5.content_c import QUANG_TRI, SOTC_HCM
from eval.varied5.content_d import CA_MAU, TUYEN_QUANG
from eval.varied5.content_e import KHANH_HOA, VHTTDL_TQ
from eval.varied5.content_f import CAN_GIO, HAI_QUAN
from eval.varied5.model5 import Plan5
from eval.varied5.render5 import copied_txt, render_docx5, render_scan5

LEVELS_TH: Levels = [("upperRoman", "%1."), ("decimal", "%2."), ("lowerLetter", "%3)"), ("bullet", "-")]
LEVELS_TQ: Levels = [("upperRoman", "%1."), ("decimal", "%2."), ("lowerLetter", "%3)"), ("bullet", "–")]


def _write(text: str, path: Path) -> None:
    path.write_bytes(text.encode("utf-8"))


def _docx2(levels: Levels) -> Callable[[Plan2, Path], None]:
    return lambda p, f: render_docx2(p, f, levels)


Renderer = Callable[[Any, Path], object]  # a Plan5 renderer (Any keeps it assignable to the batch-2 Batch type)

PLANS: list[tuple[Plan5, Renderer]] = [
    (GIA_LAI, lambda p, f: render_pdf2(p, f, repeat=True, split_rows=True)),
    (HUE, lambda p, f: _write(copied_txt(p, width=76, page_lines=40, running="UBND THÀNH PHỐ HUẾ - KH 11/KH-UBND"), f)),
    (SXD_HUE, render_docx5),
    (TAY_HO, _docx2(LEVELS_TH)),
    (QUANG_TRI, lambda p, f: render_pdf2(p, f, table_landscape=True, repeat=False)),
    (SOTC_HCM, lambda p, f: render_scan5(p, f, seed=51)),
    (CA_MAU, lambda p, f: render_pdf2(p, f, table_landscape=True, repeat=True, split_rows=True)),
    (TUYEN_QUANG, render_docx5),
    (VHTTDL_TQ, _docx2(LEVELS_TQ)),
    (KHANH_HOA, lambda p, f: _write(copied_txt(p, width=84, page_lines=46).replace("\n", "\r\n"), f)),
    (HAI_QUAN, render_docx5),
    (CAN_GIO, lambda p, f: render_scan5(p, f, seed=53, dpi300=True)),
]
TEST_PLANS = {CA_MAU.file, TUYEN_QUANG.file, VHTTDL_TQ.file, KHANH_HOA.file, HAI_QUAN.file, CAN_GIO.file}

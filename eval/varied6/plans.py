"""The batch-6 plans, each with its renderer, and the test split."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from eval.varied2.render_docx2 import Levels, render_docx2
from eval.varied6.content_a import LAM_DONG, TRUNG_KHANH
from eval.varied6.content_b import BCD_CAN_THO, BO_Y_TE
from eval.varied6.content_c import HAI_PHONG, STP_THANH_HOA
from eval.varied6.content_d import DA_NANG, DIEN_BIEN
from eval.varied6.content_e import SYT_LANG_SON, TAM_DUONG
from eval.varied6.content_f import BO_GDDT, SKHCN_HUNG_YEN
from eval.varied6.model6 import Plan6
from eval.varied6.render_docx6 import render_docx6
from eval.varied6.render_pdf6 import render_pdf6
from eval.varied6.render_scan6 import render_scan6
from eval.varied6.render_txt6 import typed_txt, wrapped_txt

LEVELS_BYT: Levels = [("upperRoman", "%1."), ("decimal", "%2."), ("lowerLetter", "%3)"), ("bullet", "–"), ("bullet", "+")]
LEVELS_TD: Levels = [("upperRoman", "%1."), ("decimal", "%2."), ("lowerLetter", "%3)"), ("bullet", "-"), ("bullet", "+")]

Renderer = Callable[[Plan6, Path], object]


def _write(text: str, path: Path) -> None:
    path.write_bytes(text.encode("utf-8"))


def _docx2(levels: Levels) -> Renderer:
    return lambda p, f: render_docx2(p, f, levels)


PLANS: list[tuple[Plan6, Renderer]] = [
    (LAM_DONG, lambda p, f: render_pdf6(p, f, repeat=True, split_rows=True)),
    (TRUNG_KHANH, lambda p, f: _write(typed_txt(p), f)),
    (BCD_CAN_THO, render_docx6),
    (BO_Y_TE, _docx2(LEVELS_BYT)),
    (HAI_PHONG, lambda p, f: render_pdf6(p, f, table_landscape=True, repeat=True)),
    (STP_THANH_HOA, lambda p, f: render_scan6(p, f, seed=61)),
    (DA_NANG, lambda p, f: render_pdf6(p, f, table_landscape=True, repeat=True, split_rows=True)),
    (DIEN_BIEN, lambda p, f: _write(wrapped_txt(p, width=88, crlf=True), f)),
    (SYT_LANG_SON, render_docx6),
    (TAM_DUONG, _docx2(LEVELS_TD)),
    (BO_GDDT, render_docx6),
    (SKHCN_HUNG_YEN, lambda p, f: render_scan6(p, f, seed=63)),
]
TEST_PLANS = {DA_NANG.file, DIEN_BIEN.file, SYT_LANG_SON.file, TAM_DUONG.file, BO_GDDT.file, SKHCN_HUNG_YEN.file}

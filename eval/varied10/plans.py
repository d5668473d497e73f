"""The batch-10 plans, each with its renderer, the prose task groups and the test split."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from eval.varied2.render_docx2 import Levels, render_docx2
from eval.varied6.render_docx6 import render_docx6
from eval.varied6.render_pdf6 import render_pdf6
from eval.varied8.model8 import Plan8
from eval.varied9.render_scan9 import render_scan9
from eval.varied10.content_a import HUNG_YEN, HUNG_YEN_TASKS, PHU_THO_BV
from eval.varied10.content_b import BAO_LAC, CUC_DE_DIEU
from eval.varied10.content_c import HOI_AN, HOI_AN_TASKS, NGHE_AN_SYT
from eval.varied10.content_d import CUC_LANH_SU, HA_LONG
from eval.varied10.prose import ProseGroups

Renderer = Callable[[Plan8, Path], object]
IMAGES = ("scan",)  # formats drawn as bitmaps (skipped by ``--no-scans``)
WORD_NUMBERED = ("docx-prose", "docx-table")  # formats whose DOCX is numbered by Word (no typed labels)
LEVELS: Levels = [("upperRoman", "%1."), ("decimal", "%2."), ("lowerLetter", "%3)"), ("bullet", "-")]


def _numbered_docx(plan: Plan8, path: Path) -> None:
    render_docx2(plan, path, LEVELS)


PLANS: list[tuple[Plan8, Renderer]] = [
    (HUNG_YEN, _numbered_docx),
    (PHU_THO_BV, _numbered_docx),
    (CUC_DE_DIEU, render_docx6),
    (BAO_LAC, lambda p, f: render_scan9(p, f, "ỦY BAN NHÂN DÂN XÃ BẢO LẠC", seed=101)),
    (HOI_AN, _numbered_docx),
    (NGHE_AN_SYT, _numbered_docx),
    (HA_LONG, lambda p, f: render_pdf6(p, f, table_landscape=False, repeat=True)),
    (CUC_LANH_SU, lambda p, f: render_scan9(p, f, "BỘ NGOẠI GIAO * CỤC LÃNH SỰ", seed=103)),
]
PROSE: dict[str, ProseGroups] = {HUNG_YEN.file: HUNG_YEN_TASKS, HOI_AN.file: HOI_AN_TASKS}
TEST_PLANS = {HOI_AN.file, NGHE_AN_SYT.file, HA_LONG.file, CUC_LANH_SU.file}

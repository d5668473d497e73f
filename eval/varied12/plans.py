"""The batch-12 plans, each with its renderer, the prose-task plans and the test split."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from eval.varied6.render_docx6 import render_docx6
from eval.varied6.render_pdf6 import render_pdf6
from eval.varied8.model8 import Plan8
from eval.varied9.render_scan9 import render_scan9
from eval.varied10.prose import ProseGroups
from eval.varied11.plans import _numbered_docx
from eval.varied12.content_a import DANG_KIEM, SXD_TAY_NINH
from eval.varied12.content_b import CDC_NINH_BINH, HAI_CHAU, HAI_CHAU_TASKS
from eval.varied12.content_c import KKT_QUANG_TRI, PHU_QUOC
from eval.varied12.content_d import HANG_HAI, HANG_HAI_TASKS, SIN_HO

Renderer = Callable[[Plan8, Path], object]
IMAGES = ("scan",)  # formats drawn as bitmaps (skipped by ``--no-scans``)


def _table_pdf(landscape: bool) -> Renderer:
    """Batch 6's PDF: Phụ lục after the signature, header repeated, rows cut inside at page breaks."""
    return lambda p, f: render_pdf6(p, f, table_landscape=landscape, repeat=True, split_rows=True)


PLANS: list[tuple[Plan8, Renderer]] = [
    (SXD_TAY_NINH, _table_pdf(False)),
    (DANG_KIEM, _numbered_docx),
    (HAI_CHAU, render_docx6),
    (CDC_NINH_BINH, lambda p, f: render_scan9(p, f, "SỞ Y TẾ NINH BÌNH * TRUNG TÂM KIỂM SOÁT BỆNH TẬT", seed=121)),
    (PHU_QUOC, _table_pdf(True)),
    (KKT_QUANG_TRI, _numbered_docx),
    (HANG_HAI, lambda p, f: render_pdf6(p, f)),
    (SIN_HO, lambda p, f: render_scan9(p, f, "ỦY BAN NHÂN DÂN XÃ SÌN HỒ * LAI CHÂU", seed=123)),
]
TEST_PLANS = {PHU_QUOC.file, KKT_QUANG_TRI.file, HANG_HAI.file, SIN_HO.file}
PROSE: dict[str, ProseGroups] = {HAI_CHAU.file: HAI_CHAU_TASKS, HANG_HAI.file: HANG_HAI_TASKS}

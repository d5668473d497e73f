"""The batch-13 plans, each with its renderer and its kind of task layout, and the test split."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from eval.varied6.render_docx6 import render_docx6
from eval.varied6.render_pdf6 import render_pdf6
from eval.varied8.model8 import Plan8
from eval.varied9.render_scan9 import render_scan9
from eval.varied10.prose import ProseGroups
from eval.varied11.plans import _numbered_docx
from eval.varied13.blocks import BlockGroups, Labels
from eval.varied13.byunit import UnitBlock
from eval.varied13.content_a import CA_MAU, KHCN_BAC_NINH, KHCN_BLOCKS, KHCN_LABELS
from eval.varied13.content_b import BAC_HA, BAC_HA_TASKS, LONG_BIEN, LONG_BIEN_UNITS
from eval.varied13.content_c import CUC_SHTT, SCT_HAI_PHONG, SHTT_BLOCKS, SHTT_LABELS
from eval.varied13.content_d import CON_DAO, CON_DAO_UNITS, GIA_LAI_TASKS, PVHCC_GIA_LAI

Renderer = Callable[[Plan8, Path], object]
IMAGES = ("scan",)  # formats drawn as bitmaps (skipped by ``--no-scans``)


def _table_pdf(p: Plan8, f: Path) -> None:
    """Batch 6's PDF: Phụ lục after the signature, header repeated, rows cut inside at page breaks."""
    render_pdf6(p, f, table_landscape=False, repeat=True, split_rows=True)


PLANS: list[tuple[Plan8, Renderer]] = [
    (CA_MAU, _table_pdf),
    (KHCN_BAC_NINH, _numbered_docx),
    (LONG_BIEN, lambda p, f: render_pdf6(p, f)),
    (BAC_HA, lambda p, f: render_scan9(p, f, "ỦY BAN NHÂN DÂN XÃ BẮC HÀ * LÀO CAI", seed=131)),
    (SCT_HAI_PHONG, _table_pdf),
    (CUC_SHTT, _numbered_docx),
    (CON_DAO, render_docx6),
    (PVHCC_GIA_LAI, lambda p, f: render_scan9(p, f, "UBND TỈNH GIA LAI * TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG", seed=133)),
]
TEST_PLANS = {SCT_HAI_PHONG.file, CUC_SHTT.file, CON_DAO.file, PVHCC_GIA_LAI.file}
BLOCKS: dict[str, tuple[BlockGroups, Labels]] = {KHCN_BAC_NINH.file: (KHCN_BLOCKS, KHCN_LABELS),
                                                 CUC_SHTT.file: (SHTT_BLOCKS, SHTT_LABELS)}
UNITS: dict[str, list[UnitBlock]] = {LONG_BIEN.file: LONG_BIEN_UNITS, CON_DAO.file: CON_DAO_UNITS}
PROSE: dict[str, ProseGroups] = {BAC_HA.file: BAC_HA_TASKS, PVHCC_GIA_LAI.file: GIA_LAI_TASKS}

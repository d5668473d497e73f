"""The batch-8 plans, each with its renderer, and the test split."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from eval.varied6.render_docx6 import render_docx6
from eval.varied6.render_pdf6 import render_pdf6
from eval.varied8.content_a import BV_LAI_CHAU, CAO_BANG
from eval.varied8.content_b import CUC_THONG_KE, HAC_THANH
from eval.varied8.content_c import TTHCC_SON_LA, VAN_DON
from eval.varied8.content_d import BHXH_AN_GIANG, DONG_NAI
from eval.varied8.content_e import BA_DINH, BO_DTTG
from eval.varied8.content_f import PHONG_NHA, VPDK_KHANH_HOA
from eval.varied8.model8 import Plan8
from eval.varied8.render_img8 import render_photo, render_scan300
from eval.varied8.render_pdf8 import render_pdf8
from eval.varied8.render_txt8 import mail_md, mail_txt

Renderer = Callable[[Plan8, Path], object]
IMAGES = ("image", "scan")  # formats drawn as bitmaps (skipped by ``--no-scans``)


def _text(fn: Callable[[Plan8], str]) -> Renderer:
    return lambda p, f: f.write_bytes(fn(p).encode("utf-8"))


def _merged_docx(plan: Plan8, path: Path) -> None:
    """DOCX whose sub-task rows carry the parent's lead, merged down into one cell."""
    render_docx6(replace(plan, child_lead=True), path)


PLANS: list[tuple[Plan8, Renderer]] = [
    (CAO_BANG, render_pdf8),
    (BV_LAI_CHAU, _merged_docx),
    (CUC_THONG_KE, lambda p, f: render_pdf6(p, f, table_landscape=True, repeat=True)),
    (HAC_THANH, lambda p, f: render_scan300(p, f, "ỦY BAN NHÂN DÂN PHƯỜNG HẠC THÀNH", seed=81)),
    (VAN_DON, _text(mail_txt)),
    (TTHCC_SON_LA, lambda p, f: render_photo(p, f, seed=82, angle=1.5)),
    (DONG_NAI, render_pdf8),
    (BHXH_AN_GIANG, _merged_docx),
    (BO_DTTG, render_docx6),
    (BA_DINH, lambda p, f: render_scan300(p, f, "ỦY BAN NHÂN DÂN PHƯỜNG BA ĐÌNH", seed=83)),
    (PHONG_NHA, _text(mail_md)),
    (VPDK_KHANH_HOA, lambda p, f: render_photo(p, f, seed=84, angle=-1.2)),
]
TEST_PLANS = {DONG_NAI.file, BHXH_AN_GIANG.file, BO_DTTG.file, BA_DINH.file, PHONG_NHA.file, VPDK_KHANH_HOA.file}

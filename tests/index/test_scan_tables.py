"""Scanned task tables: a PIL-rendered, slightly degraded scan in an image-only PDF → rows via OCR."""

from __future__ import annotations

import shutil
from pathlib import Path

import numpy as np
import pytest

from index.loaders import load_document
from index.loaders.scan_tables import find_tables
from tests.fixtures_gen import FONT_BOLD_PATH, FONT_PATH

pytestmark = pytest.mark.skipif(shutil.which("tesseract") is None, reason="Tesseract chưa được cài")

DPI = 200
HEADER = ["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Thời gian hoàn thành"]
GROUP = "II. CẢI CÁCH THỦ TỤC HÀNH CHÍNH"
ROWS = [
    ("1", ["Rà soát, đơn giản hóa thủ tục", "hành chính nội bộ"], "Sở Tư pháp", "Quý III/2026"),
    ("2", ["Số hóa hồ sơ thủ tục hành chính"], "Văn phòng UBND tỉnh", "Tháng 11/2026"),
    ("3", ["Khảo sát sự hài lòng của người dân"], "Sở Nội vụ", "Thường xuyên"),
]
WIDTHS = [110, 620, 420, 360]


def _scan(path: Path) -> Path:
    from PIL import Image, ImageDraw, ImageFilter, ImageFont

    font = ImageFont.truetype(str(FONT_PATH), size=round(11 * DPI / 72))
    bold = ImageFont.truetype(str(FONT_BOLD_PATH), size=round(11 * DPI / 72))
    img = Image.new("L", (1654, 1000), 255)
    draw = ImageDraw.Draw(img)
    draw.text((100, 60), "PHỤ LỤC: DANH MỤC NHIỆM VỤ NĂM 2026", font=bold, fill=0)
    draw.text((100, 120), "Các sở báo cáo kết quả về Sở Nội vụ trước ngày 15/12/2026.", font=font, fill=0)
    x0, y = 70, 200
    xs = [x0]
    for w in WIDTHS:
        xs.append(xs[-1] + w)
    heights = [110, 70] + [50 + 45 * len(r[1]) for r in ROWS]
    ys = [y]
    for h in heights:
        ys.append(ys[-1] + h)
    for x in xs:  # vertical rules, interrupted on the group row (merged across the width)
        draw.line([(x, ys[0]), (x, ys[1])], fill=0, width=3)
        draw.line([(x, ys[2]), (x, ys[-1])], fill=0, width=3)
    for x in (xs[0], xs[-1]):
        draw.line([(x, ys[0]), (x, ys[-1])], fill=0, width=3)
    for yy in ys:
        draw.line([(xs[0], yy), (xs[-1], yy)], fill=0, width=3)
    for j, head in enumerate(HEADER):  # header cells, long ones on two lines
        words = head.split()
        lines = [head] if len(head) < 12 else [" ".join(words[:2]), " ".join(words[2:])]
        for k, line in enumerate(lines):
            draw.text((xs[j] + 14, ys[0] + 14 + 42 * k), line, font=bold, fill=0)
    draw.text((xs[0] + 14, ys[1] + 16), GROUP, font=bold, fill=0)
    for i, (stt, task, lead, when) in enumerate(ROWS):
        top = ys[2 + i] + 16
        draw.text((xs[0] + 14, top), stt, font=font, fill=0)
        for k, line in enumerate(task):
            draw.text((xs[1] + 14, top + 45 * k), line, font=font, fill=0)
        draw.text((xs[2] + 14, top), lead, font=font, fill=0)
        draw.text((xs[3] + 14, top), when, font=font, fill=0)
    img = img.rotate(0.3, fillcolor=255, resample=Image.Resampling.BICUBIC)  # a slightly skewed scan
    img = img.filter(ImageFilter.GaussianBlur(0.7))
    rng = np.random.default_rng(7)
    noisy = np.clip(np.array(img, dtype=np.int16) + rng.normal(0, 12, (img.height, img.width)), 0, 255)
    Image.fromarray(noisy.astype(np.uint8)).save(str(path), format="PDF", resolution=float(DPI))
    return path


def test_scanned_table_rows(tmp_path: Path) -> None:
    doc = load_document(_scan(tmp_path / "scan.pdf"))
    assert doc.ocr
    lines = doc.text.splitlines()
    keys = ["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Thời gian hoàn thành"]
    expected = [dict(zip(keys, [stt, " ".join(task), lead, when], strict=True)) for stt, task, lead, when in ROWS]
    assert [r.cells for r in doc.table_rows] == expected
    assert all(r.group == GROUP and r.page == 1 for r in doc.table_rows)
    assert GROUP in lines and lines.index(GROUP) < doc.table_rows[0].line - 1
    assert lines[0] == "PHỤ LỤC: DANH MỤC NHIỆM VỤ NĂM 2026"
    for row in doc.table_rows:
        assert lines[row.line - 1].startswith(f"STT: {row.cells['STT']}; Nhiệm vụ: {row.cells['Nhiệm vụ']}")


def test_find_tables_merges(tmp_path: Path) -> None:
    from PIL import Image

    pdf_img = _scan(tmp_path / "scan.pdf")
    import pypdfium2 as pdfium

    page = pdfium.PdfDocument(str(pdf_img))[0]
    gray = np.array(page.render(scale=DPI / 72, grayscale=True).to_pil().convert("L"))
    assert isinstance(Image.fromarray(gray), Image.Image)
    (grid,), _ = find_tables(gray)
    assert len(grid.xs) == 5 and len(grid.ys) == 6
    assert {grid.owner[(1, c)] for c in range(4)} == {(1, 0)}  # the group row is one cell
    assert grid.owner[(2, 3)] == (2, 3)


def test_a_slightly_rotated_ruled_table_is_straightened_and_a_lone_mark_is_read() -> None:
    """A page fed in at 1.2° (one ruling drifts ~25 px, enough to lose a real scan's grid) is turned straight.

    A cell holding one small squarish glyph that Tesseract does not read is a schedule mark ("x").
    """
    import cv2

    from index.loaders.scan_cells import _lone_mark, deskew, skew_angle

    page = np.full((1100, 1600), 255, np.uint8)
    for y in (100, 200, 300, 400, 500):
        cv2.line(page, (100, y), (1500, y), 0, 3)
    for x in (100, 500, 1000, 1500):
        cv2.line(page, (x, 100), (x, 500), 0, 3)
    turn = cv2.getRotationMatrix2D((800, 550), -1.2, 1.0)
    tilted = cv2.warpAffine(page, turn, (1600, 1100), borderValue=255)
    assert abs(skew_angle(tilted) - 1.2) < 0.3  # image rows grow downwards: a clockwise turn reads as positive
    straight = deskew(tilted)
    assert abs(skew_angle(straight)) < 0.3
    grids = find_tables(straight)[0]
    assert len(grids) == 1 and len(grids[0].ys) == 5 and len(grids[0].xs) == 4
    assert deskew(page) is page  # a straight page is left as it is
    cell = np.full((80, 200), 255, np.uint8)
    cv2.line(cell, (90, 30), (110, 50), 0, 3)
    cv2.line(cell, (110, 30), (90, 50), 0, 3)
    assert _lone_mark(cell) is not None
    cv2.line(cell, (20, 10), (20, 70), 0, 3)  # a second glyph: not a lone mark
    assert _lone_mark(cell) is None

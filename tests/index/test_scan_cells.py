"""Cells of scanned tables read one by one: despeckling, Roman numerals by stem count, date/case patterns."""

from __future__ import annotations

import shutil
from pathlib import Path

import numpy as np
import pytest

from index.loaders.scan_cells import denoise, fix_cell_text, stem_count

SERIF = Path("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf")
SERIF_BOLD = Path("/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf")
needs_ocr = pytest.mark.skipif(shutil.which("tesseract") is None or not SERIF.exists(),
                               reason="Tesseract hoặc phông DejaVu Serif chưa được cài")


def _numeral(stems: int, serif: bool, slash: bool = True, edge: bool = True) -> np.ndarray:
    """A word image (ink True): ``stems`` vertical stems, optional touching serifs, soft edges, then "/2"."""
    img = np.zeros((30, 20 + 14 * stems + 30), dtype=bool)
    for k in range(stems):
        x = 4 + 14 * k
        img[:, x : x + 5] = True
        if edge:
            img[12:16, x - 1] = True  # a soft anti-aliased edge: middle ink, no stem
        if serif:
            img[:3, x - 3 : x + 10] = True
            img[-3:, x - 3 : x + 10] = True
    if slash:
        x0 = 8 + 14 * stems
        for y in range(30):
            img[y, x0 + (29 - y) // 3 : x0 + (29 - y) // 3 + 3] = True
    return img


@pytest.mark.parametrize("stems", [1, 2, 3])
@pytest.mark.parametrize("serif", [True, False])
def test_stem_count_reads_roman_numerals(stems: int, serif: bool) -> None:
    assert stem_count(_numeral(stems, serif)) == stems
    assert stem_count(_numeral(stems, serif, slash=False, edge=False)) == stems


def test_stem_count_stops_at_other_glyphs() -> None:
    img = np.zeros((30, 40), dtype=bool)
    for y in range(30):  # a "V": two diagonals, never a full-height column
        img[y, 2 + y // 3 : 5 + y // 3] = True
        img[y, 30 - y // 3 : 33 - y // 3] = True
    assert stem_count(img) == 0
    assert stem_count(np.zeros((4, 10), dtype=bool)) == 0  # too small to tell


def test_fix_cell_text_patterns() -> None:
    assert fix_cell_text("Tháng. 5/2026") == "Tháng 5/2026"
    assert fix_cell_text("Trước ngày .30/6/2026") == "Trước ngày 30/6/2026"
    assert fix_cell_text("Tháng 9/2026.") == "Tháng 9/2026"
    assert fix_cell_text("Quý II1/2026") == "Quý III/2026"
    assert fix_cell_text("Quý IH/2026") == "Quý II/2026"
    assert fix_cell_text("Quý 1/2026") == "Quý 1/2026"  # an Arabic quarter stays as written
    assert fix_cell_text("Chứng thư SỐ") == "Chứng thư số"
    assert fix_cell_text("UBND các xã, phường") == "UBND các xã, phường"  # acronyms keep their case
    assert fix_cell_text("III. CHUYỂN ĐỔI SỐ") == "III. CHUYỂN ĐỔI SỐ"


def test_denoise_only_touches_speckled_pages() -> None:
    clean = np.full((400, 400), 255, dtype=np.uint8)
    clean[100:140, 50:350] = 0
    assert denoise(clean) is clean
    rng = np.random.default_rng(1)
    noisy = clean.copy()
    ys, xs = rng.integers(0, 400, 200), rng.integers(0, 400, 200)
    noisy[ys, xs] = 0
    out = denoise(noisy)
    assert (out < 128).sum() < (noisy < 128).sum() and out[120, 200] == 0


HEADER = ["STT", "Nhiệm vụ", "Chủ trì", "Thời hạn"]
ROWS = [  # task lines, lead lines, deadline lines: short last lines and Roman quarters are the traps
    ("1", ["Rà soát thủ tục cấp Giấy phép", "bán lẻ rượu"], ["Phòng Quản lý", "thương mại"], ["Quý", "III/2026"]),
    ("2", ["Xây dựng quy chế làm việc của", "Sở sau khi sắp xếp bộ", "máy"], ["Văn phòng Sở"], ["Quý", "II/2026"]),
    ("3", ["Kiểm tra công vụ tại các phòng"], ["Thanh tra Sở"], ["Trước ngày", "30/11/2026"]),
]
GROUP = "III. CHUYỂN ĐỔI SỐ"


def _degraded_scan(path: Path) -> Path:
    """A serif table at 200 dpi with touching serifs, blur, a slight skew and salt-and-pepper specks."""
    from PIL import Image, ImageDraw, ImageFilter, ImageFont

    dpi = 200
    font = ImageFont.truetype(str(SERIF), size=round(11 * dpi / 72))
    bold = ImageFont.truetype(str(SERIF_BOLD), size=round(11 * dpi / 72))
    img = Image.new("L", (1654, 1100), 255)
    draw = ImageDraw.Draw(img)
    draw.text((100, 60), "BẢNG PHÂN CÔNG NHIỆM VỤ", font=bold, fill=0)
    widths, line = [100, 640, 380, 300], 40
    xs = [80]
    for w in widths:
        xs.append(xs[-1] + w)
    heights = [70, 64] + [30 + line * max(len(r[1]), len(r[2]), len(r[3])) for r in ROWS]
    ys = [160]
    for h in heights:
        ys.append(ys[-1] + h)
    for x in xs:
        draw.line([(x, ys[0]), (x, ys[1])], fill=0, width=3)
        draw.line([(x, ys[2]), (x, ys[-1])], fill=0, width=3)
    for x in (xs[0], xs[-1]):
        draw.line([(x, ys[0]), (x, ys[-1])], fill=0, width=3)
    for y in ys:
        draw.line([(xs[0], y), (xs[-1], y)], fill=0, width=3)
    for j, head in enumerate(HEADER):
        draw.text((xs[j] + 12, ys[0] + 14), head, font=bold, fill=0)
    draw.text((xs[0] + 12, ys[1] + 14), GROUP, font=bold, fill=0)
    for i, (stt, task, lead, when) in enumerate(ROWS):
        top = ys[2 + i] + 12
        draw.text((xs[0] + 12, top), stt, font=font, fill=0)
        for col, cell in ((1, task), (2, lead), (3, when)):
            for k, text in enumerate(cell):
                draw.text((xs[col] + 12, top + line * k), text, font=font, fill=0)
    img = img.rotate(0.6, fillcolor=255, resample=Image.Resampling.BICUBIC).filter(ImageFilter.GaussianBlur(0.6))
    rng = np.random.default_rng(3)
    arr = np.array(img)
    n = 400
    arr[rng.integers(0, arr.shape[0], n), rng.integers(0, arr.shape[1], n)] = 0  # specks
    Image.fromarray(arr).save(str(path), format="PDF", resolution=float(dpi))
    return path


@needs_ocr
def test_degraded_serif_scan_rows_are_exact(tmp_path: Path) -> None:
    from index.loaders import load_document

    doc = load_document(_degraded_scan(tmp_path / "scan.pdf"))
    got = [(r.cells.get("Nhiệm vụ"), r.cells.get("Chủ trì"), r.cells.get("Thời hạn")) for r in doc.table_rows]
    want = [(" ".join(t), " ".join(lead), " ".join(w)) for _, t, lead, w in ROWS]
    assert got == want
    assert all(r.group == GROUP for r in doc.table_rows)

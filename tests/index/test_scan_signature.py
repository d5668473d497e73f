"""A signer's name under a stamp is re-read without the stamp (grey and red stamps, real Tesseract)."""

from __future__ import annotations

import shutil
from pathlib import Path

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFont

from index.loaders import load_document
from index.loaders.scan_signature import block_start, ink_gray, missing_name, restore_name, stamp_free
from index.ocr import OcrOptions

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf"
NAME = "Lê Đình Khải"


def test_missing_name_finds_a_block_without_a_name() -> None:
    lines = ["b) Báo cáo trước ngày 25.", "", "Nơi nhận:", "- Sở Nội vụ;", "TM. ỦY BAN NHÂN DÂN", "CHỦTT:", "è", "Ca"]
    assert block_start(lines) == 4 and missing_name(lines) == 4
    named = [*lines[:5], "CHỦ TỊCH", "", NAME]
    assert missing_name(named) is None
    assert missing_name(["Mục tiêu: 100% hồ sơ được số hóa.", "Các phòng báo cáo hằng quý."]) is None


def test_restore_name_adds_the_titles_and_the_name_as_read() -> None:
    lines = ["Nơi nhận:", "TM. ỦY BAN NHÂN DÂN", "CHỦTT:", "Ca"]
    clean = ["M. ỦY BAN NHÂN DÂN", "- UBND tính th): CHỦ TICH", "- Sở Nội vụ;", NAME]
    assert restore_name(lines, clean) == ["Nơi nhận:", "TM. ỦY BAN NHÂN DÂN", "CHỦ TICH", NAME, "CHỦTT:", "Ca"]
    assert restore_name(lines, ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "š"]) is None  # no name in the clean pass
    assert restore_name(["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", NAME], clean) is None  # nothing missing


def test_stamp_free_and_ink_gray_drop_light_and_coloured_ink() -> None:
    gray = np.array([[10, 90, 130, 250]], dtype=np.uint8)
    assert stamp_free(gray).tolist() == [[0, 0, 255, 255]]
    rgb = np.full((40, 40, 3), 255, dtype=np.uint8)
    rgb[:20] = (200, 30, 30)  # a red stamp: as dark as type in luminance
    rgb[30:, :] = (20, 20, 20)  # black type
    out = ink_gray(Image.fromarray(rgb))
    assert out[0, 0] == 200 and out[35, 0] == 20
    flat = Image.fromarray(np.full((10, 10, 3), 128, dtype=np.uint8))
    assert ink_gray(flat)[0, 0] == 128  # a grey page in RGB is its luminance


def _signed_page(path: Path, stamp: tuple[int, int, int]) -> Path:
    """A 300-dpi page ending in a signature block whose name a round stamp crosses."""
    img = Image.new("RGB", (2481, 1400), "white")
    d = ImageDraw.Draw(img)
    body, bold = ImageFont.truetype(FONT, 42), ImageFont.truetype(BOLD, 46)
    d.text((200, 150), "b) Hằng tháng báo cáo Chủ tịch UBND phường trước ngày 25.", font=body, fill="black")
    d.text((200, 330), "Nơi nhận:", font=bold, fill="black")
    d.text((200, 400), "- Sở Nội vụ;", font=body, fill="black")
    d.text((1500, 330), "TM. ỦY BAN NHÂN DÂN", font=bold, fill="black", anchor="ma")
    d.text((1500, 400), "CHỦ TỊCH", font=bold, fill="black", anchor="ma")
    d.text((1500, 720), NAME, font=bold, fill="black", anchor="ma")
    layer = Image.new("L", img.size, 255)  # the stamp's rings, letters and bars over the title and the name
    s = ImageDraw.Draw(layer)
    for r, w in ((260, 12), (190, 7)):
        s.ellipse([1500 - r, 580 - r, 1500 + r, 580 + r], outline=0, width=w)
    for k in range(12):
        s.text((1290 + 36 * k, 420 + (k % 3) * 9), "ỦBNDP"[k % 5], font=bold, fill=0)
    for yy in range(700, 790, 14):
        s.line([(1250, yy), (1750, yy + 10)], fill=0, width=5)
    ink = np.asarray(img).copy()
    mask = np.asarray(layer) < 128
    ink[mask] = np.minimum(ink[mask], np.array(stamp, dtype=np.uint8))
    Image.fromarray(ink).save(path, dpi=(300, 300))
    return path


@pytest.mark.skipif(shutil.which("tesseract") is None, reason="Tesseract chưa được cài")
@pytest.mark.parametrize("stamp", [(128, 128, 128), (205, 35, 35)], ids=["grey", "red"])
def test_scanned_signer_under_a_stamp_is_read(tmp_path: Path, stamp: tuple[int, int, int]) -> None:
    page = _signed_page(tmp_path / "ky.png", stamp)
    doc = load_document(page, ocr=OcrOptions(cache_dir=tmp_path / "cache"))
    assert NAME in doc.text.splitlines()

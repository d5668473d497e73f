"""Bitmaps of batch-8 plans: a 300-dpi scan with a round stamp over the signature, and a photographed page.

Both start from batch 6's scan pages (``render_scan6._pages``: two-column
letterhead, Roman parts, typed items, ruled task table inside its part,
"Nơi nhận" beside the signature), drawn at 200 dpi.

- ``render_scan300``: each page resampled to 300 dpi (2481 × 3508), a round
  stamp (a double grey ring, the issuer's name around it, a star in the
  middle) pressed over the signature block of the last page, light blur and
  noise; an image-only PDF at 300 dpi;
- ``render_photo``: the pages stacked into one tall picture as if
  photographed: a slight keystone (perspective), a turn of ``angle`` (≤ 2°),
  uneven brightness (a lit corner, a darker edge), noise; PNG or JPEG.
"""

from __future__ import annotations

import math
import time
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

from eval.varied.render_scan import BOLD
from eval.varied6 import render_scan6
from eval.varied8.model8 import Plan8

STAMP_GREY = 125


def _signature_box(page: Image.Image) -> tuple[int, int]:
    """Centre of the signature block: the right half's lowest text line (the signer's name) and the role above it."""
    arr = np.asarray(page)
    right = arr[:, page.width // 2:]
    rows = np.where(right.min(axis=1) < 128)[0]
    bottom = int(rows[-1]) if len(rows) else page.height // 2
    cols = np.where(right[max(0, bottom - 40): bottom + 1].min(axis=0) < 128)[0]
    cx = page.width // 2 + (int(cols.mean()) if len(cols) else right.shape[1] // 2)
    return cx, bottom - 130


def _stamp(page: Image.Image, text: str, centre: tuple[int, int], radius: int) -> Image.Image:
    """Press a round stamp (rings, text around, a star) at ``centre``; darkens only, like ink."""
    size = 2 * radius + 20
    ink = Image.new("L", (size, size), 255)
    d = ImageDraw.Draw(ink)
    c = size // 2
    d.ellipse([c - radius, c - radius, c + radius, c + radius], outline=0, width=9)
    r2 = radius - 70
    d.ellipse([c - r2, c - r2, c + r2, c + r2], outline=0, width=5)
    font = ImageFont.truetype(BOLD, 30)
    letters = list(text)
    span = 300.0
    for i, ch in enumerate(letters):
        ang = -150 + span * i / max(1, len(letters) - 1)  # degrees clockwise from the top
        rad = math.radians(ang)
        glyph = Image.new("L", (44, 44), 0)
        ImageDraw.Draw(glyph).text((22, 22), ch, font=font, fill=255, anchor="mm")
        glyph = glyph.rotate(-ang, resample=Image.Resampling.BICUBIC)
        x = c + int((radius - 36) * math.sin(rad)) - 22
        y = c - int((radius - 36) * math.cos(rad)) - 22
        ink.paste(0, (x, y), glyph)
    star = [(c + 38 * math.cos(math.radians(-90 + 72 * k)), c + 38 * math.sin(math.radians(-90 + 72 * k)))
            for k in (0, 2, 4, 1, 3)]
    d.polygon(star, fill=0)
    tint = np.where(np.asarray(ink) < 128, STAMP_GREY, 255).astype(np.uint8)
    layer = Image.new("L", page.size, 255)
    layer.paste(Image.fromarray(tint, "L"), (centre[0] - c, centre[1] - c))
    return Image.fromarray(np.minimum(np.asarray(page), np.asarray(layer)), "L")


def _noise(img: Image.Image, rng: np.random.Generator, sigma: float, blur: float) -> Image.Image:
    img = img.filter(ImageFilter.GaussianBlur(radius=blur))
    arr = np.asarray(img, dtype=np.float64) * 0.94 + 8 + rng.normal(0, sigma, (img.height, img.width))
    arr[rng.random(arr.shape) < 0.0002] = 60
    return Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8), "L")


def scan_pages300(plan: Plan8, stamp_text: str, seed: int) -> list[Image.Image]:
    """The scan pages at 300 dpi, stamped over the signature, turned slightly, lightly degraded."""
    rng = np.random.default_rng(seed)
    pages = [p.resize((2481, 3508), Image.Resampling.LANCZOS) for p in render_scan6._pages(plan)]
    pages[-1] = _stamp(pages[-1], stamp_text, _signature_box(pages[-1]), 190)
    out = []
    for p in pages:
        p = p.rotate(float(rng.uniform(-0.5, 0.5)), resample=Image.Resampling.BICUBIC, fillcolor=255)
        out.append(_noise(p, rng, sigma=8, blur=0.8))
    return out


def render_scan300(plan: Plan8, path: Path, stamp_text: str, seed: int) -> int:
    """Write ``plan`` as an image-only 300-dpi PDF with a stamp over the signature; returns the page count."""
    pages = scan_pages300(plan, stamp_text, seed)
    fixed = time.gmtime(1768550400)
    pages[0].save(str(path), "PDF", resolution=300.0, save_all=True, append_images=pages[1:], quality=45,
                  creationDate=fixed, modDate=fixed, producer="Scanner", title="")
    return len(pages)


def _stacked(plan: Plan8) -> Image.Image:
    pages = render_scan6._pages(plan)
    parts = []
    for i, p in enumerate(pages):
        rows = np.where(np.asarray(p).min(axis=1) < 128)[0]
        parts.append(p.crop((0, 0 if i == 0 else 100, p.width, int(rows[-1]) + 60 if len(rows) else p.height)))
    tall = Image.new("L", (pages[0].width, sum(p.height for p in parts)), 255)
    y = 0
    for p in parts:
        tall.paste(p, (0, y))
        y += p.height
    return tall


def photo_page(plan: Plan8, seed: int, angle: float) -> Image.Image:
    """The plan photographed: keystone, a turn of ``angle`` degrees, uneven light, noise."""
    rng = np.random.default_rng(seed)
    img = _stacked(plan)
    w, h = img.size
    k = 0.012 * w  # the top edge looks narrower: the phone was held below the page
    coeffs = _perspective([(k, 0), (w - k, 0), (w, h), (0, h)], [(0, 0), (w, 0), (w, h), (0, h)])
    img = img.transform((w, h), Image.Transform.PERSPECTIVE, coeffs, Image.Resampling.BICUBIC, fillcolor=255)
    img = img.rotate(angle, resample=Image.Resampling.BICUBIC, fillcolor=255, expand=True)
    yy, xx = np.mgrid[0:img.height, 0:img.width]
    light = 1.0 - 0.22 * (xx / img.width) * (yy / img.height) - 0.08 * (yy / img.height)
    arr = np.asarray(img, dtype=np.float64) * light
    arr = arr * 0.95 + 6 + rng.normal(0, 6, arr.shape)
    out = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8), "L")
    return out.filter(ImageFilter.GaussianBlur(radius=0.6))


def _perspective(src: list[tuple[float, float]], dst: list[tuple[float, float]]) -> list[float]:
    """Coefficients PIL's PERSPECTIVE transform needs to map output corners ``dst`` to input corners ``src``."""
    a = []
    b = []
    for (x, y), (u, v) in zip(dst, src, strict=True):
        a.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        a.append([0, 0, 0, x, y, 1, -v * x, -v * y])
        b += [u, v]
    return [float(c) for c in np.linalg.solve(np.array(a, dtype=np.float64), np.array(b, dtype=np.float64))]


def render_photo(plan: Plan8, path: Path, seed: int, angle: float) -> None:
    """Write ``plan`` as one photographed page (JPEG or PNG by the suffix, 200 dpi)."""
    img = photo_page(plan, seed, angle)
    if path.suffix.lower() in (".jpg", ".jpeg"):
        img.save(str(path), "JPEG", quality=85, dpi=(200, 200))
    else:
        img.save(str(path), "PNG", dpi=(200, 200))

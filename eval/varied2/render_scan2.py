"""Scanned-plan variant at 300 dpi: batch-1 page layout, upscaled, skewed more and with a copier shadow.

Pages are laid out by ``eval.varied.render_scan`` (200 dpi), resampled to
300 dpi as a scanner's interpolation would, rotated up to ±1.4°, given a dark
left-edge shadow, grey paper, Gaussian noise and specks (fixed seed), then
saved as an image-only PDF.
"""

from __future__ import annotations

import time
from pathlib import Path

import numpy as np
from PIL import Image, ImageFilter

from eval.varied.model import Plan
from eval.varied.render_scan import _pages

DPI = 300


def _degrade(img: Image.Image, rng: np.random.Generator) -> Image.Image:
    w, h = img.size
    img = img.resize((w * 3 // 2, h * 3 // 2), Image.Resampling.BICUBIC)
    angle = float(rng.uniform(0.8, 1.4)) * (1 if rng.random() < 0.5 else -1)
    img = img.rotate(angle, resample=Image.Resampling.BICUBIC, expand=False, fillcolor=255)
    img = img.filter(ImageFilter.GaussianBlur(radius=0.9))
    arr = np.asarray(img, dtype=np.float64)
    arr = arr * 0.9 + 16 + rng.normal(0, 6, arr.shape)
    shadow = np.clip(1 - np.arange(arr.shape[1]) / 90.0, 0, 1) * 110  # binding shadow on the left edge
    arr -= shadow[None, :]
    speck = rng.random(arr.shape) < 0.0003
    arr[speck] = 30
    return Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8), "L")


def render_scan300(plan: Plan, path: Path, seed: int = 23) -> int:
    """Write ``plan`` as a 300-dpi image-only PDF; returns the page count."""
    rng = np.random.default_rng(seed)
    pages = [_degrade(p, rng) for p in _pages(plan)]
    fixed = time.gmtime(1768550400)
    pages[0].save(str(path), "PDF", resolution=float(DPI), save_all=True, append_images=pages[1:], quality=45,
                  creationDate=fixed, modDate=fixed, producer="Scanner", title="")
    return len(pages)

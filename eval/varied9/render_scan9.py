"""Image-only 300-dpi scans of batch-9 plans: batch 8's scan with the stamp pressed left of the signer's name.

Batch 8's ``render_scan300`` centres the round stamp on the signature block,
which hides the signer's name from OCR. Here (as is usual on Vietnamese
documents) the stamp sits left of the role and name, just touching them, so the text
stays legible through the grey ink. Pages are batch 6's scan pages resampled
to 2481 × 3508, each turned by up to ±0.5°, blurred and noised (batch 8's
``_noise``); the PDF is written at 300 dpi with fixed dates.
"""

from __future__ import annotations

import time
from pathlib import Path

import numpy as np
from PIL import Image

from eval.varied6 import render_scan6
from eval.varied8.model8 import Plan8
from eval.varied8.render_img8 import _noise, _signature_box, _stamp

STAMP_SHIFT = 470  # pixels left of the signature block's centre


def scan_pages9(plan: Plan8, stamp_text: str, seed: int) -> list[Image.Image]:
    """The scan pages at 300 dpi, stamped left of the signature, turned slightly, lightly degraded."""
    rng = np.random.default_rng(seed)
    pages = [p.resize((2481, 3508), Image.Resampling.LANCZOS) for p in render_scan6._pages(plan)]
    cx, cy = _signature_box(pages[-1])
    pages[-1] = _stamp(pages[-1], stamp_text, (cx - STAMP_SHIFT, cy + 20), 190)
    out = []
    for p in pages:
        p = p.rotate(float(rng.uniform(-0.5, 0.5)), resample=Image.Resampling.BICUBIC, fillcolor=255)
        out.append(_noise(p, rng, sigma=8, blur=0.8))
    return out


def render_scan9(plan: Plan8, path: Path, stamp_text: str, seed: int) -> int:
    """Write ``plan`` as an image-only 300-dpi PDF with a stamp beside the signature; returns the page count."""
    pages = scan_pages9(plan, stamp_text, seed)
    fixed = time.gmtime(1768550400)
    pages[0].save(str(path), "PDF", resolution=300.0, save_all=True, append_images=pages[1:], quality=45,
                  creationDate=fixed, modDate=fixed, producer="Scanner", title="")
    return len(pages)

"""Scanned-plan rendering: pages drawn with PIL, mildly degraded, saved as an image-only PDF.

Each page is an A4 bitmap at 200 dpi; the task table is drawn with ruled
lines and its header row repeated on each page. Degradation (rotation ≤ 1°,
blur, Gaussian noise) uses a fixed seed so the output is reproducible.
"""

from __future__ import annotations

import time
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

from eval.varied.model import ROMAN, Plan, labelled
from eval.varied.render_text import MOTTO, NATION

DPI = 200
W, H = 1654, 2339
MARGIN = 150
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf"
Font = ImageFont.FreeTypeFont


class _Pager:
    """Collects pages and places wrapped lines top to bottom."""

    def __init__(self) -> None:
        self.pages: list[Image.Image] = []
        self.y = 0
        self._new()

    def _new(self) -> None:
        self.img = Image.new("L", (W, H), 255)
        self.draw = ImageDraw.Draw(self.img)
        self.pages.append(self.img)
        self.y = MARGIN

    def ensure(self, h: int) -> bool:
        """Start a new page when ``h`` pixels do not fit; True if a page was started."""
        if self.y + h > H - MARGIN:
            self._new()
            return True
        return False

    def text(self, s: str, font: Font, center: bool = False, indent: int = 0, x0: int = MARGIN,
             width: int = W - 2 * MARGIN) -> None:
        for i, line in enumerate(wrap(s, font, width - indent)):
            lh = int(font.size * 1.45)
            self.ensure(lh)
            if center:
                x = x0 + (width - int(font.getlength(line))) // 2
            else:
                x = x0 + (indent if i == 0 else 0)
            self.draw.text((x, self.y), line, font=font, fill=0)
            self.y += lh


def wrap(s: str, font: Font, width: int) -> list[str]:
    """Greedy word wrap by rendered width."""
    out: list[str] = []
    for para in s.split("\n"):
        line = ""
        for w in para.split():
            cand = f"{line} {w}".strip()
            if font.getlength(cand) <= width or not line:
                line = cand
            else:
                out.append(line)
                line = w
        out.append(line)
    return out


def _table(pg: _Pager, plan: Plan, font: Font, bold: Font) -> None:
    cols = [0.06, 0.34, 0.17, 0.17, 0.12, 0.14]
    width = W - 2 * MARGIN
    xs = [MARGIN]
    for f in cols:
        xs.append(xs[-1] + int(f * width))
    lh = int(font.size * 1.3)
    heads = ["STT", "Nhiệm vụ", "Chủ trì", "Phối hợp", "Thời hạn", "Sản phẩm"]

    def row(cells: list[str], f: Font, span: bool = False) -> None:
        if span:
            lines = [wrap(cells[0], f, xs[-1] - xs[0] - 16)]
        else:
            lines = [wrap(c, f, xs[i + 1] - xs[i] - 16) for i, c in enumerate(cells)]
        h = max(len(x) for x in lines) * lh + 16
        if pg.ensure(h) and cells is not heads:
            row(heads, bold)
        top = pg.y
        d = pg.draw
        d.rectangle([xs[0], top, xs[-1], top + h], outline=0, width=2)
        if not span:
            for x in xs[1:-1]:
                d.line([x, top, x, top + h], fill=0, width=2)
        for i, ls in enumerate(lines):
            for j, ln in enumerate(ls):
                d.text((xs[i] + 8, top + 8 + j * lh), ln, font=f, fill=0)
        pg.y += h

    row(heads, bold)
    k = 0
    for g in plan.groups:
        row([g.title], bold, span=True)
        for t in g.tasks:
            k += 1
            row([str(k), t.task, t.lead, plan.partner_sep.join(t.partners), t.deadline, t.product], font)


def _pages(plan: Plan) -> list[Image.Image]:
    f = ImageFont.truetype(FONT, 30)
    fb = ImageFont.truetype(BOLD, 30)
    small = ImageFont.truetype(FONT, 26)
    small_b = ImageFont.truetype(BOLD, 26)
    pg = _Pager()
    half = (W - 2 * MARGIN) // 2 - 100
    y0 = pg.y
    pg.text(plan.parent, small, center=True, width=half)
    pg.text(plan.issuer_upper, small_b, center=True, width=half)
    pg.text(f"Số: {plan.number}", small, center=True, width=half)
    pg.y = y0
    pg.text(NATION, small_b, center=True, x0=MARGIN + half, width=W - 2 * MARGIN - half)
    pg.text(MOTTO, small_b, center=True, x0=MARGIN + half, width=W - 2 * MARGIN - half)
    pg.y += 10
    pg.text(plan.date_line(), small, center=True, x0=MARGIN + half, width=W - 2 * MARGIN - half)
    pg.y += 60
    pg.text("KẾ HOẠCH", ImageFont.truetype(BOLD, 36), center=True)
    pg.text(plan.subtitle, fb, center=True)
    pg.y += 30
    for x in plan.preamble:
        pg.text(x, f, indent=70)
    for i, part in enumerate(plan.parts):
        pg.text(f"{ROMAN[i]}. {part.title}", fb)
        for it in labelled(part.items):
            pg.text(f"{it.label} {it.text}".strip(), f, indent=70)
        if i == 2 and plan.groups:
            pg.y += 10
            pg.text(plan.appendix_title, fb, center=True)
            _table(pg, plan, small, small_b)
            pg.y += 20
    pg.y += 30
    y0 = pg.y
    pg.text("Nơi nhận:", small_b, width=half)
    for r in plan.recipients:
        pg.text(f"- {r}", ImageFont.truetype(FONT, 22), width=half)
    end = pg.y
    pg.y = y0
    for role in plan.sign_role:
        pg.text(role, fb, center=True, x0=MARGIN + half, width=W - 2 * MARGIN - half)
    pg.y += 150
    pg.text(plan.signer, fb, center=True, x0=MARGIN + half, width=W - 2 * MARGIN - half)
    pg.y = max(pg.y, end)
    return pg.pages


def _degrade(img: Image.Image, rng: np.random.Generator) -> Image.Image:
    angle = float(rng.uniform(-0.9, 0.9))
    img = img.rotate(angle, resample=Image.Resampling.BICUBIC, expand=False, fillcolor=255)
    img = img.filter(ImageFilter.GaussianBlur(radius=0.7))
    arr = np.asarray(img, dtype=np.float64)
    arr = arr * 0.92 + 12 + rng.normal(0, 9, arr.shape)  # grey paper, sensor noise
    speck = rng.random(arr.shape) < 0.0004
    arr[speck] = 40
    return Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8), "L")


def render_scan(plan: Plan, path: Path, seed: int = 7) -> int:
    """Write ``plan`` as an image-only PDF; returns the page count."""
    rng = np.random.default_rng(seed)
    pages = [_degrade(p, rng) for p in _pages(plan)]
    fixed = time.gmtime(1768550400)  # 2026-01-16, keeps the PDF byte-identical across runs
    pages[0].save(str(path), "PDF", resolution=float(DPI), save_all=True, append_images=pages[1:], quality=55,
                  creationDate=fixed, modDate=fixed, producer="Scanner", title="")
    return len(pages)

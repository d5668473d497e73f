"""Batch-6 scans: image-only PDFs (200 dpi) drawn from the plan's text, with ruled tables.

The page layout is batch 1's (two-column header, Roman parts, typed items,
"Nơi nhận" next to the signature). The task table, placed after the part the
plan says, uses the plan's own columns and may have a two-level header (the
spanning cell over two leaf cells, the other header cells as tall as both
rows), repeated on each page; the "Biểu báo cáo" table follows its part.
Degradation (rotation ≤ 0.9°, blur, noise, specks) uses a fixed seed.
"""

from __future__ import annotations

import time
from pathlib import Path

import numpy as np
from PIL import Image, ImageFont

from eval.varied.model import ROMAN
from eval.varied.render_scan import BOLD, FONT, MARGIN, MOTTO, NATION, W, _degrade, _Pager, wrap
from eval.varied2.text2 import labelled2
from eval.varied6.model6 import Plan6

Font = ImageFont.FreeTypeFont
SCAN_FR = {"stt": 0.06, "task": 0.34, "lead": 0.16, "partners": 0.18, "unit": 0.30, "deadline": 0.13,
           "product": 0.14, "start": 0.11, "note": 0.06}
PAD = 8


class _Grid:
    """Draws ruled rows on a pager for fixed column edges."""

    def __init__(self, pg: _Pager, fr: list[float], font: Font, bold: Font) -> None:
        self.pg, self.font, self.bold = pg, font, bold
        width = W - 2 * MARGIN
        self.xs = [MARGIN]
        for f in fr:
            self.xs.append(self.xs[-1] + int(f / sum(fr) * width))
        self.lh = int(font.size * 1.3)

    def box(self, c0: int, c1: int, top: int, h: int, text: str, f: Font) -> None:
        """A cell over columns c0..c1-1 at ``top`` with height ``h``."""
        x0, x1 = self.xs[c0], self.xs[c1]
        self.pg.draw.rectangle([x0, top, x1, top + h], outline=0, width=2)
        for j, ln in enumerate(wrap(text, f, x1 - x0 - 2 * PAD)):
            self.pg.draw.text((x0 + PAD, top + PAD + j * self.lh), ln, font=f, fill=0)

    def height(self, c0: int, c1: int, text: str, f: Font) -> int:
        return len(wrap(text, f, self.xs[c1] - self.xs[c0] - 2 * PAD)) * self.lh + 2 * PAD

    def header(self, heads: list[list[str]]) -> None:
        """One or two header rows; in two rows a top cell with a leaf below spans two columns."""
        if len(heads) == 1:
            self.row(heads[0], self.bold, repeat=None)
            return
        top, low = heads
        h1 = max(self.height(c, c + 2 if low[c] else c + 1, t, self.bold) for c, t in enumerate(top) if t)
        h2 = max(self.height(c, c + 1, t, self.bold) for c, t in enumerate(low) if t)
        self.pg.ensure(h1 + h2)
        y = self.pg.y
        for c, t in enumerate(top):
            if t and low[c]:
                self.box(c, c + 2, y, h1, t, self.bold)
            elif t:
                self.box(c, c + 1, y, h1 + h2, t, self.bold)
        for c, t in enumerate(low):
            if t:
                self.box(c, c + 1, y + h1, h2, t, self.bold)
        self.pg.y += h1 + h2

    def row(self, cells: list[str], f: Font, repeat: list[list[str]] | None, span: bool = False) -> None:
        """A body row (or a group row spanning all columns); the header is repeated on a new page."""
        n = len(self.xs) - 1
        h = self.height(0, n, cells[0], f) if span else max(self.height(c, c + 1, x, f) for c, x in enumerate(cells))
        if self.pg.ensure(h) and repeat is not None:
            self.header(repeat)
        if span:
            self.box(0, n, self.pg.y, h, cells[0], f)
        else:
            for c, x in enumerate(cells):
                self.box(c, c + 1, self.pg.y, h, x, f)
        self.pg.y += h


def _task_table(pg: _Pager, plan: Plan6, font: Font, bold: Font) -> None:
    grid = _Grid(pg, [SCAN_FR[k] for k, _h in plan.columns], font, bold)
    heads = plan.header_rows()
    grid.header(heads)
    for first, cells in plan.rows():
        if cells is None:
            grid.row([first], bold, heads, span=True)
        else:
            grid.row(cells, font, heads)


def _report_table(pg: _Pager, plan: Plan6, font: Font, bold: Font) -> None:
    pg.y += 10
    for x in plan.reports_title.split("\n"):
        pg.text(x, ImageFont.truetype(BOLD, 30), center=True)
    grid = _Grid(pg, [0.06, 0.3, 0.3, 0.14, 0.2], font, bold)
    grid.header([plan.reports_heads])
    for i, r in enumerate(plan.reports, 1):
        grid.row([str(i), r.reporter, r.recipient, r.kind, r.deadline], font, [plan.reports_heads])
    pg.y += 20


def _pages(plan: Plan6) -> list[Image.Image]:
    f, fb = ImageFont.truetype(FONT, 30), ImageFont.truetype(BOLD, 30)
    small, small_b = ImageFont.truetype(FONT, 25), ImageFont.truetype(BOLD, 25)
    pg = _Pager()
    half = (W - 2 * MARGIN) // 2 - 100
    rest = W - 2 * MARGIN - half
    y0 = pg.y
    for x in plan.parent.split("\n") if plan.parent else []:
        pg.text(x, small, center=True, width=half)
    for x in plan.issuer_upper.split("\n"):
        pg.text(x, small_b, center=True, width=half)
    pg.text(f"Số: {plan.number}", small, center=True, width=half)
    pg.y = y0
    pg.text(NATION, small_b, center=True, x0=MARGIN + half, width=rest)
    pg.text(MOTTO, small_b, center=True, x0=MARGIN + half, width=rest)
    pg.y += 10
    pg.text(plan.date_line(), small, center=True, x0=MARGIN + half, width=rest)
    pg.y += 60
    pg.text("KẾ HOẠCH", ImageFont.truetype(BOLD, 34), center=True)
    pg.text(plan.subtitle, fb, center=True)
    pg.y += 30
    for x in plan.preamble:
        pg.text(x, f, indent=70)
    for i, part in enumerate(plan.parts):
        pg.text(f"{ROMAN[i]}. {part.title}", fb)
        for it in labelled2(part.items, plan.sub_style):
            pg.text(f"{it.label} {it.text}".strip(), f, indent=70)
        if i == plan.table_part and plan.groups:
            pg.y += 10
            pg.text(plan.appendix_title, fb, center=True)
            _task_table(pg, plan, small, small_b)
            pg.y += 20
        if i == plan.reports_part and plan.reports:
            _report_table(pg, plan, small, small_b)
    pg.y += 30
    pg.ensure(max(36 * (len(plan.recipients) + 1), 44 * len(plan.sign_role) + 200))  # keep the closing block together
    y0 = pg.y
    pg.text("Nơi nhận:", small_b, width=half)
    for r in plan.recipients:
        pg.text(f"- {r}", ImageFont.truetype(FONT, 22), width=half)
    end = pg.y
    pg.y = y0
    for role in plan.sign_role:
        pg.text(role, fb, center=True, x0=MARGIN + half, width=rest)
    pg.y += 150
    pg.text(plan.signer, fb, center=True, x0=MARGIN + half, width=rest)
    pg.y = max(pg.y, end)
    return pg.pages


def render_scan6(plan: Plan6, path: Path, seed: int) -> int:
    """Write ``plan`` as an image-only 200-dpi PDF; returns the page count."""
    assert plan.table_part >= 0 and (not plan.reports or plan.reports_part >= 0), "scans hold their tables inside a part"
    rng = np.random.default_rng(seed)
    pages = [_degrade(p, rng) for p in _pages(plan)]
    fixed = time.gmtime(1768550400)
    pages[0].save(str(path), "PDF", resolution=200.0, save_all=True, append_images=pages[1:], quality=50,
                  creationDate=fixed, modDate=fixed, producer="Scanner", title="")
    return len(pages)

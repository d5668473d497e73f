"""Batch-7 renderings that wrap batch 6's: Markdown notes, image files, a slightly rotated 150-dpi scan.

- the batch-6 DOCX, PDF and scan tables are reused as they are; this module
  only adds the widths of the schedule columns (``q1``–``q4``, "Quý I" …) to
  their width tables, so a schedule table renders like any other;
- ``md_document``: a plan exported from a note tool: the header as plain
  lines, "#"/"##" headings, typed list labels, the task table as a pipe table
  (group rows as a row with the title in the first cell);
- ``render_image``: the batch-6 scan pages, cut to their content and stacked
  into one tall page, lightly degraded, saved as PNG or JPEG (no PDF);
- ``render_rotated``: the batch-6 scan pages turned by a fixed angle (≈ 1°),
  resampled to ``dpi`` (150), with light noise, as an image-only PDF.
"""

from __future__ import annotations

import time
from pathlib import Path

import numpy as np
from PIL import Image, ImageFilter

from eval.varied.model import ROMAN
from eval.varied.render_text import closing_lines
from eval.varied2.text2 import labelled2
from eval.varied6 import render_docx6, render_pdf6, render_scan6
from eval.varied7.model7 import QUARTERS, Plan7

render_pdf6.WIDTHS.update({k: 0.07 for k in QUARTERS})
render_docx6.DOCX_CM.update({k: 1.3 for k in QUARTERS})
render_scan6.SCAN_FR.update({k: 0.06 for k in QUARTERS})


def _noise(img: Image.Image, rng: np.random.Generator, sigma: float, blur: float) -> Image.Image:
    img = img.filter(ImageFilter.GaussianBlur(radius=blur))
    arr = np.asarray(img, dtype=np.float64)
    arr = arr * 0.93 + 10 + rng.normal(0, sigma, arr.shape)
    arr[rng.random(arr.shape) < 0.0002] = 50
    return Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8), "L")


def _content_bottom(page: Image.Image) -> int:
    rows = np.where(np.asarray(page).min(axis=1) < 128)[0]
    return int(rows[-1]) + 60 if len(rows) else 0


def render_image(plan: Plan7, path: Path, seed: int) -> int:
    """Write ``plan`` as one tall image (PNG or JPEG by the suffix); returns the number of pages stacked."""
    pages = render_scan6._pages(plan)
    parts = [p.crop((0, 0 if i == 0 else 100, p.width, _content_bottom(p))) for i, p in enumerate(pages)]
    tall = Image.new("L", (pages[0].width, sum(p.height for p in parts)), 255)
    y = 0
    for p in parts:
        tall.paste(p, (0, y))
        y += p.height
    rng = np.random.default_rng(seed)
    tall = tall.rotate(float(rng.uniform(-0.4, 0.4)), resample=Image.Resampling.BICUBIC, fillcolor=255)
    img = _noise(tall, rng, sigma=6, blur=0.5)
    if path.suffix.lower() in (".jpg", ".jpeg"):
        img.save(str(path), "JPEG", quality=82, dpi=(200, 200))
    else:
        img.save(str(path), "PNG", dpi=(200, 200))
    return len(pages)


def render_rotated(plan: Plan7, path: Path, seed: int, angle: float = 1.0, dpi: int = 150) -> int:
    """Write ``plan`` as an image-only PDF at ``dpi``, every page turned by about ``angle`` degrees."""
    rng = np.random.default_rng(seed)
    out = []
    for p in render_scan6._pages(plan):
        turned = p.rotate(angle + float(rng.uniform(-0.1, 0.1)), resample=Image.Resampling.BICUBIC, fillcolor=255)
        small = turned.resize((p.width * dpi // 200, p.height * dpi // 200), Image.Resampling.LANCZOS)
        out.append(_noise(small, rng, sigma=7, blur=0.4))
    fixed = time.gmtime(1768550400)
    out[0].save(str(path), "PDF", resolution=float(dpi), save_all=True, append_images=out[1:], quality=60,
                creationDate=fixed, modDate=fixed, producer="Scanner", title="")
    return len(out)


def _md_table(plan: Plan7) -> list[str]:
    keys = [k for k, _h in plan.columns]
    out = [f"### {x}" for x in plan.appendix_title.split("\n") if x]
    out += ["", "| " + " | ".join(h for _k, h in plan.columns) + " |", "|" + " --- |" * len(keys)]
    for first, cells in plan.rows():
        row = [first] + [""] * (len(keys) - 1) if cells is None else [c.replace("\n", "<br>") for c in cells]
        out.append("| " + " | ".join(row) + " |")
    return out + [""]


def md_document(plan: Plan7) -> str:
    """The plan as a Markdown note: plain header lines, headings, list items, a pipe table."""
    lines = [x for x in (plan.parent.split("\n") + plan.issuer_upper.split("\n")) if x]
    lines += [f"Số: {plan.number}", plan.date_line(), "", "# KẾ HOẠCH", f"## {plan.subtitle}", ""]
    for x in plan.preamble:
        lines += [x, ""]
    for i, part in enumerate(plan.parts):
        lines += [f"## {ROMAN[i]}. {part.title}", ""]
        for it in labelled2(part.items, plan.sub_style):
            pad = "    " if it.label == "+" else ""
            lines.append(f"{pad}{it.label} {it.text}".rstrip() if it.label else it.text)
        lines.append("")
        if i == plan.table_part and plan.groups:
            lines += _md_table(plan)
    for x in closing_lines(plan):
        lines.append(x)
    return "\n".join(lines) + "\n"

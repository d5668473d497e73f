"""Layout probe for the batch-13 prose scans: which paragraphs the page break cuts.

The scans are batch 9's ``render_scan9`` (batch 6's page layout at 300 dpi,
stamp left of the signer); nothing is drawn differently. ``page_spans``
replays batch 6's page layout with a recording pager and returns, for every
paragraph drawn, the pages of its first and last line, so the fixture test
can check that a prose task runs over the page break without OCR.
"""

from __future__ import annotations

from typing import Any

from eval.varied.render_scan import _Pager
from eval.varied6 import render_scan6
from eval.varied8.model8 import Plan8


class _Recorder(_Pager):
    """A pager that records (text, page of its first line, page of its last line) for each paragraph."""

    log: list[tuple[str, int, int]] = []
    _lines: list[int] = []

    def ensure(self, h: int) -> bool:
        started = super().ensure(h)
        self._lines.append(len(self.pages) - 1)
        return started

    def text(self, s: str, font: Any, center: bool = False, indent: int = 0, x0: int = 150,
             width: int | None = None) -> None:
        self._lines = []
        if width is None:
            super().text(s, font, center=center, indent=indent, x0=x0)
        else:
            super().text(s, font, center=center, indent=indent, x0=x0, width=width)
        if self._lines:
            _Recorder.log.append((s, self._lines[0], self._lines[-1]))


def page_spans(plan: Plan8) -> list[tuple[str, int, int]]:
    """Every paragraph of the scan with the (0-based) pages of its first and last line."""
    _Recorder.log = []
    saved = render_scan6._Pager
    render_scan6._Pager = _Recorder  # type: ignore[misc]
    try:
        render_scan6._pages(plan)
    finally:
        render_scan6._Pager = saved  # type: ignore[misc]
    return list(_Recorder.log)


def cut_paragraphs(plan: Plan8) -> list[str]:
    """The paragraphs whose lines start on one page and end on the next."""
    return [s for s, first, last in page_spans(plan) if last > first]


def page_count(plan: Plan8) -> int:
    """The number of scan pages."""
    spans = page_spans(plan)
    return max(last for _s, _f, last in spans) + 1 if spans else 0

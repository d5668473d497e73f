"""The signer's own title in a signature block: "KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC" is signed by the *deputy*.

Titles are read from the upper-case stretches of the block's lines only (a body sentence "tham mưu Giám đốc Sở"
is not a title), also when the OCR or the PDF puts them beside the "Nơi nhận" column ("- UBND tỉnh (b/c); PHÓ
GIÁM ĐỐC"). A title right after "KT." / "TM." / "TL." / "TUQ." names the head the signer signs for, never the
signer; the signer's title is the last other one.
"""

from __future__ import annotations

import re

from index.normalize import fold
from index.ocrtext import ocr_fold

SIGNER_TITLES = ["PHÓ TỔNG CỤC TRƯỞNG", "TỔNG CỤC TRƯỞNG", "PHÓ CỤC TRƯỞNG", "CỤC TRƯỞNG", "THỨ TRƯỞNG",
                 "BỘ TRƯỞNG", "PHÓ CHỦ TỊCH", "CHỦ TỊCH", "PHÓ GIÁM ĐỐC", "GIÁM ĐỐC", "PHÓ CHÁNH VĂN PHÒNG",
                 "CHÁNH VĂN PHÒNG", "PHÓ TRƯỞNG BAN", "TRƯỞNG BAN", "PHÓ TRƯỞNG PHÒNG", "TRƯỞNG PHÒNG"]
_BY_FOLD = {fold(t).lower(): t for t in SIGNER_TITLES}
_TITLE = re.compile(r"(?<![a-z])(" + "|".join(re.escape(k) for k in sorted(_BY_FOLD, key=len, reverse=True))
                    + r")(?![a-z])")
_DELEGATION = re.compile(r"(?<![a-z])(kt|tm|tl|tuq)\s*\.?\s*$")


def upper_runs(line: str) -> list[str]:
    """Stretches of upper-case words of a line ("KT. GIÁM ĐỐC" in "Nơi nhận: KT. GIÁM ĐỐC")."""
    runs: list[list[str]] = [[]]
    for tok in line.split():
        if any(c.isalpha() for c in tok) and tok.upper() == tok:
            runs[-1].append(tok)
        elif runs[-1]:
            runs.append([])
    return [" ".join(r) for r in runs if r]


def titles_in(lines: list[str]) -> list[tuple[str, bool]]:
    """Every title of the lines in order, with whether it follows a delegation mark (KT./TM./TL./TUQ.)."""
    out = []
    for line in lines:
        for run in upper_runs(line):
            folded = ocr_fold(run)
            for m in _TITLE.finditer(folded):
                out.append((_BY_FOLD[m.group(1)], bool(_DELEGATION.search(folded[:m.start()]))))
    return out


def own_title(lines: list[str]) -> str | None:
    """The signer's own title: the last title of the block not signed for (None when every one is)."""
    own = [t for t, delegated in titles_in(lines) if not delegated]
    return own[-1] if own else None


_FORM = re.compile(r"^(KT|TM|TL|TUQ|Q)\s*\.\s*(\S.*)$")


def signing_forms(lines: list[str]) -> list[str]:
    """The delegation lines as written ("KT. GIÁM ĐỐC", "TM. ỦY BAN NHÂN DÂN", "TL. BỘ TRƯỞNG", "Q. CHỦ TỊCH")."""
    out = []
    for line in lines:
        for run in upper_runs(line):
            m = _FORM.match(run.strip())
            if m:
                out.append(f"{m.group(1)}. {m.group(2).strip()}")
    return out


def signed_as(lines: list[str], own: str | None) -> str | None:
    """How the signer signs: the delegation lines and the signer's own title when no line names it already.

    "KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC", "TL. BỘ TRƯỞNG / CHÁNH VĂN PHÒNG", "TM. ỦY BAN NHÂN DÂN / Q. CHỦ TỊCH" (an acting
    head); a block without delegation gives the own title.
    """
    forms = signing_forms(lines)
    named = {fold(f.split(".", 1)[1]).strip().lower() for f in forms}
    if own is not None and fold(own).lower() not in named:
        forms.append(own)
    return " / ".join(forms) or None

"""Questions about the holder of a title ("Chủ tịch UBND tỉnh … là ai?", "Phó Chủ tịch nào ký …?").

A plan names a person only in its signature, with the signer's own title ("PHÓ CHỦ TỊCH" under
"KT. CHỦ TỊCH"). So a question asking who holds a title is answerable only from a plan whose signer has
exactly that title; "Ai là Giám đốc …" when a Phó Giám đốc signed, or "Phó Chủ tịch nào ký …" when the
Chủ tịch signed, is not stated anywhere.

Only a title the question asks a person for counts: "Ai là người tham mưu Giám đốc Sở …" asks about an
adviser, not the Giám đốc.
"""

from __future__ import annotations

import re

from index.normalize import fold

_TITLE = (r"(?:pho )?(?:chu tich|giam doc|chanh van phong|truong phong|bo truong|cuc truong|vu truong|bi thu"
          r"|truong ban|chi cuc truong|tong cuc truong)|thu truong")
_EN_TITLE = r"(?:vice |deputy )?(?:chairman|chairwoman|chairperson|director|minister)"
_PREFIX = r"^(?:(?:xin |cho (?:toi )?)?hoi\s*[,:]?\s*|cho biet\s+|[^:?]{2,40}:\s*)?"
_ASKS = (
    re.compile(rf"\b(?:ai|nguoi nao) (?:la|dang la|giu chuc|dang giu chuc|dang lam|hien la) ({_TITLE})\b"),
    re.compile(rf"\b(?:ho (?:va )?ten|ten) (?:cua )?({_TITLE})\b"),
    re.compile(rf"\b({_TITLE}) (?:(?:ubnd|uy ban nhan dan|so|bo|cuc)(?: [a-z0-9&]+){{0,5}} )?nao (?:da )?"
               rf"(?:ky|la nguoi ky)\b"),  # "Phó Chủ tịch (UBND phường X) nào ký …?"
    re.compile(rf"{_PREFIX}({_TITLE})\b.*\b(?:la ai|la nguoi nao|ten (?:la )?gi|ten day du|ho ten|la ong nao|la ba nao)\b"),
    re.compile(rf"\bwho (?:is|was) (?:the )?(?:current )?({_EN_TITLE})\b"),
    re.compile(rf"\bname of the ({_EN_TITLE})\b"),
)
_EN = {"chairman": "chu tich", "chairwoman": "chu tich", "chairperson": "chu tich", "director": "giam doc",
       "minister": "bo truong"}


def asked_title(question: str) -> str | None:
    """The folded title whose holder the question asks for ("pho chu tich"), or None."""
    q = fold(question)
    for rx in _ASKS:
        m = rx.search(q)
        if m:
            title = m.group(1)
            if title.split()[-1] in ("chairman", "chairwoman", "chairperson", "director", "minister"):
                deputy = title.startswith(("vice ", "deputy "))
                base = _EN[title.split()[-1]]
                title = ("thu truong" if base == "bo truong" else f"pho {base}") if deputy else base
            return title
    return None


# "Chủ tịch UBND tỉnh Cao Bằng ký kế hoạch … ngày nào?": the question takes that title's holder for the signer
_PRESUMES = re.compile(rf"^(?:cho (?:toi )?(?:hoi|biet)\s*[,:]?\s*)?({_TITLE}) (?:(?:ubnd|uy ban nhan dan|so|bo|cuc)"
                       rf"(?: (?!giao\b|ai\b|viec\b|cho\b|chi\b|de\b)[a-z0-9&]+){{0,6}} )?(?:da )?ky\b(?! so\b)")


# "Kế hoạch … được / do Chủ tịch UBND tỉnh ký hôm nào?": the same presumption in the passive
_PRESUMES_PASSIVE = re.compile(rf"\b(?:duoc|do) ({_TITLE}) (?:(?:ubnd|uy ban nhan dan|so|bo|cuc)"
                               rf"(?: (?!giao\b|ai\b|viec\b|cho\b|chi\b|de\b)[a-z0-9&]+){{0,6}} )?(?:da )?ky\b(?! so\b)")


def presumed_signer_title(question: str) -> str | None:
    """The folded title the question takes for the plan's signer ("Chủ tịch … ký kế hoạch ngày nào?"), or None."""
    folded = fold(question)
    m = _PRESUMES.search(folded) or _PRESUMES_PASSIVE.search(folded)
    return m.group(1) if m else None


def holds(title: str, signer_title: str | None) -> bool:
    """True when a signer with ``signer_title`` ("KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC" → its last title) holds ``title``."""
    if not signer_title:
        return False
    own = re.sub(r"^(?:kt|tm|tl|q|ktl)\.?\s+", "", fold(signer_title)).strip()
    titles = re.findall(_TITLE, own)
    return bool(titles) and titles[-1] == title

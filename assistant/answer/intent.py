"""What a question asks (who / when / target / lookup / multi / free) and English → Vietnamese expansion."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field

from assistant.answer.lexicon import LEXICON_PATH
from index.normalize import fold

# folded cue phrases per intent (matched on the folded question)
_CUES: dict[str, tuple[str, ...]] = {
    "when": ("khi nao", "bao gio", "thoi han", "han chot", "truoc ngay", "ngay nao", "thoi gian", "luc nao",
             "dinh ky", "bao lau", "han ", "when", "deadline", "how often", "by what date", "thang nao", "quy nao"),
    "who": ("don vi nao", "co quan nao", "ai ", "ai?", "phong nao", "so nao", "chu tri", "phoi hop", "tham muu",
            "trach nhiem", "who", "which unit", "which units", "which department", "which departments", "which office",
            "which offices", "which agency", "which agencies", "which body", "which bodies", "giao cho", "phu trach"),
    "target": ("bao nhieu", "ty le", "ti le", "muc tieu", "chi tieu", "phan tram", "%", "toi thieu", "it nhat",
               "how many", "how much", "percent", "target", "rate", "dat bao"),
    "lookup": ("so hieu", "so ke hoach", "ke hoach so", "ban hanh ngay", "ngay ban hanh", "ky ke hoach", "nguoi ky",
               "ai ky", "ky boi", "nghi dinh", "nghi quyet", "quyet dinh", "cong van", "can cu", "thuc hien ke hoach",
               "kinh phi", "nguon kinh phi", "noi nhan", "signed", "number", "issued", "funding", "which decree"),
    "multi": ("nhung don vi", "cac don vi", "cac ke hoach", "nhung ke hoach", "ke hoach nao", "moi ke hoach",
              "tung ke hoach", "tat ca", "all plans", "each plan", "which plans", "nhung so", "cac so"),
}

# English → Vietnamese glossary (lexicon.json "english": English term → Vietnamese phrase) for the lexical side
_DATA = json.loads(LEXICON_PATH.read_text(encoding="utf-8"))
_GLOSSARY: tuple[tuple[str, str], ...] = tuple((en, vi) for en, vi in _DATA["english"])
# every way the lexicon asks for a deadline ("quý mấy", "thời điểm nào", "which quarter") asks "when" too
_CUES["when"] += tuple(sorted({fold(c) for c in _DATA["roles"]["deadline"]} - set(_CUES["when"])))
_EN_WORDS = {"the", "what", "which", "who", "when", "how", "does", "is", "are", "of", "to", "by", "for", "in", "and",
             "plan", "report", "must", "should", "many", "much", "percent", "deadline", "you", "your", "me", "my",
             "this", "that", "with", "from", "near", "about", "there", "what's", "whats", "tell", "please",
             "do", "i", "at", "where", "why", "will", "have", "has", "was", "were", "or", "if", "any", "today",
             "we", "they", "home", "get"}
_VI_WORDS = {"cua", "cho", "va", "nao", "gi", "ai", "khi", "bao", "cac", "nhung", "duoc", "theo", "voi", "ve", "trong",
             "la", "co", "khong", "phai", "de", "chuc", "nhiem", "vu", "ke", "hoach", "so", "xa", "tinh", "don", "vi"}


@dataclass
class Intent:
    """The kinds of information a question asks for (may be several) and its search form."""

    kinds: list[str] = field(default_factory=list)
    english: bool = False
    expanded: str = ""

    @property
    def primary(self) -> str:
        """The first kind, or "free"."""
        return self.kinds[0] if self.kinds else "free"


def is_english(question: str) -> bool:
    """Heuristic: English function words, and Vietnamese diacritics only in a few names ("Lào Cai")."""
    tokens = question.lower().split()
    marked = sum(1 for t in tokens if re.search(r"[à-ỹđ]", t))
    ws = re.findall(r"[a-z]+", question.lower())
    english = sum(w in _EN_WORDS for w in ws)
    # unaccented Vietnamese shares "to" (tổ), "in" …: its own function words outnumber them
    # an English sentence may carry whole Vietnamese unit names ("… is the Trung tâm Tin học thống kê a partner?")
    few_marks = marked <= max(1, len(tokens) // 6) or (english >= 4 and 2 * marked <= len(tokens))
    return english >= 2 and few_marks and english > sum(w in _VI_WORDS for w in ws)


def english_terms(question: str) -> list[str]:
    """The Vietnamese glossary phrases of the English terms a question uses, in glossary order.

    Then the Vietnamese words it quotes itself ("… the civil-status (hộ tịch) registers" → "hộ tịch").
    """
    low = question.lower()
    quoted = [m.group(0) for m in _MARKED_RUN.finditer(question) if len(m.group(0).split()) >= 2]
    return [vi for en, vi in _GLOSSARY if re.search(rf"\b{re.escape(en)}(?:s|es|ed|ing)?\b", low)] + quoted


# a run of two or more words each carrying Vietnamese diacritics ("hộ tịch", "số hóa")
_MARKED_RUN = re.compile(r"(?<!\w)\w*[à-ỹđÀ-ỸĐ]\w*(?:\s+\w*[à-ỹđÀ-ỸĐ]\w*)+")


def expand_english(question: str) -> str:
    """Append Vietnamese equivalents of English terms so BM25 can match Vietnamese plans."""
    extra = english_terms(question)
    return f"{question} {' '.join(extra)}" if extra else question


def classify(question: str) -> Intent:
    """Detect the question's kinds from folded cue phrases."""
    q = f" {fold(question)} "
    kinds = [kind for kind, cues in _CUES.items()
             if any(re.search(rf"(?<![a-z0-9]){re.escape(c.strip())}(?![a-z0-9])", q) for c in cues)]
    order = ["multi", "who", "when", "target", "lookup"]
    kinds.sort(key=order.index)
    english = is_english(question)
    return Intent(kinds=kinds, english=english, expanded=expand_english(question) if english else question)

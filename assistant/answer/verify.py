"""Check a generated answer against the numbered passages it was given (pure functions).

An answer passes when:

- every ``[n]`` marker refers to a given passage (1..n);
- every sentence carries at least one marker (short introductions ending with ":" and fragments without
  content words are exempt);
- each sentence is supported by the passages it cites: at least ``min_support`` (60 %) of its content
  words (folded, stop words and markers ignored) occur in them — for OCR-damaged passages the
  OCR-tolerant folding of :mod:`index.ocrtext` is accepted as well;
- every number, percentage and date of a sentence occurs verbatim (folded) in its cited passages.

An answer that says the plans do not contain the information is an *abstention*; it is well-formed only
without markers. The LLM mode treats both kinds of abstention as "no LLM answer" and keeps the
extractive answer (see :mod:`assistant.answer.llm_mode`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from index.normalize import fold, words
from index.ocrtext import ocr_fold, ocr_words

NOT_FOUND_FOLDED = "khong tim thay thong tin"

_MARKER_RE = re.compile(r"\[\s*(\d{1,3}(?:\s*[,;–-]\s*\d{1,3})*)\s*\]")
_SENT_END_RE = re.compile(r"(?<=[.!?…])\s+|\n+")
_LEAD_MARKERS_RE = re.compile(r"^(?:\s*\[\s*\d{1,3}(?:\s*[,;–-]\s*\d{1,3})*\s*\])+[.,;]?")
_TRAILING_ENUM_RE = re.compile(r"(?<=:)\s+(\d{1,2}[.)])$")
_BARE_ENUM_RE = re.compile(r"^(?:\d{1,2}(?:\.\d{1,2})*|[IVX]{1,4}|[a-zđ])[.)]$")
_ENUM_RE = re.compile(r"^\s*(?:[-+*•–]|\d{1,2}[.)]|[a-zđ]\)|[IVX]{1,4}\.)\s+")
_NUMBER_RE = re.compile(r"\d+(?:[.,/]\d+)*(?:\s?%)?")

STOP_WORDS = frozenset("""
va cua cac nhung duoc trong theo cho voi la co nay do de tu den ve tai thi mot khi da se cung nhu bi hoac
hay ma moi nen vao ra len tren duoi sau truoc nham boi vi viec cu the gom can phai con nhieu it rat
qua lai chi deu tat toan ke hoach
""".split())


@dataclass
class Passage:
    """A numbered passage as shown to the model (header with plan and section, then text)."""

    text: str
    ocr: bool = False


@dataclass
class SentenceCheck:
    """The verdict on one sentence of the answer."""

    sentence: str
    markers: list[int]
    support: float = 1.0
    missing_numbers: list[str] = field(default_factory=list)
    problem: str | None = None


@dataclass
class Verdict:
    """The verdict on a whole answer."""

    ok: bool
    abstained: bool
    problems: list[str]
    sentences: list[SentenceCheck]
    cited: list[int]  # passage numbers in order of first citation


def marker_numbers(text: str) -> list[int]:
    """Passage numbers of every marker, in order ("[1, 3]" and "[2-3]" are expanded)."""
    out: list[int] = []
    for m in _MARKER_RE.finditer(text):
        for part in re.split(r"\s*[,;]\s*", m.group(1)):
            bounds = re.split(r"\s*[–-]\s*", part)
            if len(bounds) == 2 and int(bounds[0]) <= int(bounds[1]) <= int(bounds[0]) + 10:
                out.extend(range(int(bounds[0]), int(bounds[1]) + 1))
            else:
                out.extend(int(b) for b in bounds)
    return out


def strip_markers(text: str) -> str:
    """The text without its ``[n]`` markers."""
    return " ".join(_MARKER_RE.sub(" ", text).split())


def split_sentences(answer: str) -> list[str]:
    """Sentences (and lines) of an answer; markers written after the full stop stay with their sentence."""
    parts = [p.strip() for p in _SENT_END_RE.split(answer.strip()) if p.strip()]
    out: list[str] = []
    carry = ""
    for part in parts:
        lead = _LEAD_MARKERS_RE.match(part)
        if lead and out and not carry:
            out[-1] = f"{out[-1]} {lead.group(0).rstrip('.,;')}"
            part = part[lead.end():].strip()
        if _BARE_ENUM_RE.match(part):  # "1." cut off the item it numbers
            carry = f"{carry}{part} "
            continue
        trailing = _TRAILING_ENUM_RE.search(part)  # "Gồm: 1." + "Sở Nội vụ …"
        if part:
            out.append(carry + (part[:trailing.start()] if trailing else part))
            carry = f"{trailing.group(1)} " if trailing else ""
    if carry.strip():
        out.append(carry.strip())
    return out


def content_words(text: str) -> list[str]:
    """Folded words that carry content: no stop words, no markers, no bare numbers."""
    return [w for w in words(strip_markers(text)) if w not in STOP_WORDS and not w.isdigit()]


def numbers(text: str) -> list[str]:
    """Numbers, percentages and dates of a sentence (folded; list enumerators and markers excluded)."""
    body = _ENUM_RE.sub("", strip_markers(text))
    return [" ".join(n.split()).replace(" %", "%") for n in _NUMBER_RE.findall(fold(body))]


def _has_number(num: str, haystacks: list[str]) -> bool:
    core = num.rstrip("%")
    pats = [rf"(?<![\d.,/]){re.escape(core)}(?![\d]|[.,/]\d)"]
    if num.endswith("%"):
        pats = [rf"(?<![\d.,/]){re.escape(core)}\s?(?:%|phan tram)"]
    return any(re.search(p, h) for p in pats for h in haystacks)


def vocabulary(passage: Passage) -> set[str]:
    """Folded words of a passage (plus their OCR-tolerant reading for OCR-damaged text)."""
    vocab = set(words(passage.text))
    if passage.ocr:
        vocab |= set(ocr_words(passage.text))
    return vocab


def support(sentence: str, passages: list[Passage]) -> float:
    """Share of the sentence's content words found in the passages (1.0 when it has none)."""
    cws = list(dict.fromkeys(content_words(sentence)))
    if not cws:
        return 1.0
    vocab: set[str] = set()
    for p in passages:
        vocab |= vocabulary(p)
    return sum(1 for w in cws if w in vocab) / len(cws)


def missing_numbers(sentence: str, passages: list[Passage]) -> list[str]:
    """Numbers of the sentence that occur in none of the passages."""
    hay = [fold(p.text) for p in passages] + [ocr_fold(p.text) for p in passages if p.ocr]
    return [n for n in dict.fromkeys(numbers(sentence)) if not _has_number(n, hay)]


def is_abstention(answer: str) -> bool:
    """True when the answer says the plans do not contain the information."""
    return NOT_FOUND_FOLDED in fold(answer)


def _exempt(sentence: str, passages: list[Passage]) -> bool:
    """Fragments that make no claim: no content words, or a short introduction ending with ":".

    An introduction may count plans ("Theo 2 kế hoạch:"); any other number must occur in some passage.
    """
    body = strip_markers(sentence)
    if not content_words(body) and not numbers(body):
        return True
    if not body.endswith(":") or len(body.split()) > 12:
        return False
    return all(n.isdigit() and int(n) <= len(passages) for n in missing_numbers(body, passages))


def check_sentence(sentence: str, passages: list[Passage], min_support: float = 0.6) -> SentenceCheck:
    """Verdict on one sentence given all numbered passages (1-based markers)."""
    marks = list(dict.fromkeys(marker_numbers(sentence)))
    chk = SentenceCheck(sentence, marks)
    bad = [n for n in marks if not 1 <= n <= len(passages)]
    if bad:
        chk.problem = f"trích dẫn [{bad[0]}] không trỏ tới đoạn trích nào (chỉ có {len(passages)} đoạn)"
        return chk
    if not marks:
        if not _exempt(sentence, passages):
            chk.problem = f"câu không có trích dẫn: «{strip_markers(sentence)[:80]}»"
        return chk
    cited = [passages[n - 1] for n in marks]
    chk.support = support(sentence, cited)
    chk.missing_numbers = missing_numbers(sentence, cited)
    if chk.missing_numbers:
        chk.problem = (f"số liệu «{', '.join(chk.missing_numbers)}» không có trong đoạn trích "
                       f"[{', '.join(map(str, marks))}]")
    elif chk.support < min_support:
        chk.problem = (f"câu không được đoạn trích [{', '.join(map(str, marks))}] hỗ trợ "
                       f"({chk.support:.0%} từ có trong đoạn trích): «{strip_markers(sentence)[:80]}»")
    return chk


def verify(answer: str, passages: list[Passage], min_support: float = 0.6) -> Verdict:
    """Check a generated answer against the numbered passages it was given."""
    text = answer.strip()
    all_marks = marker_numbers(text)
    cited = [n for n in dict.fromkeys(all_marks) if 1 <= n <= len(passages)]
    if not text:
        return Verdict(False, False, ["câu trả lời rỗng"], [], [])
    if is_abstention(text):
        problems = [] if not all_marks else ["câu trả lời vừa nói không tìm thấy thông tin vừa có trích dẫn"]
        return Verdict(not problems, True, problems, [], cited)
    checks = [check_sentence(s, passages, min_support) for s in split_sentences(text)]
    problems = [c.problem for c in checks if c.problem]
    if not all_marks and not problems:
        problems = ["câu trả lời không có trích dẫn nào"]
    return Verdict(not problems, False, problems, checks, cited)


def renumber(answer: str, order: list[int]) -> str:
    """Rewrite markers so that passage ``order[i]`` becomes ``[i+1]`` ("[3, 1]" → "[1][2]")."""
    new = {old: i + 1 for i, old in enumerate(order)}

    def repl(m: re.Match[str]) -> str:
        nums = list(dict.fromkeys(new[n] for n in marker_numbers(m.group(0)) if n in new))
        return "".join(f"[{n}]" for n in nums)

    return _MARKER_RE.sub(repl, answer)

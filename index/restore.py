"""A restored reading of OCR text: diacritics put back (or corrected) by a syllable-bigram model.

OCR'd plans come in two kinds: exports whose diacritics were lost or garbled (corpus plan 001: "S& Noi vu",
"Pay manh", "Trién khai thwe hién") and Tesseract scans whose marks are mostly right but sometimes wrong
("TỔ CHỨC THỤC HIỆN"). Both are read the same way:

1. each word is repaired at the letter level by :mod:`index.ocrtext` ("S&" → "so", "ctia" → "cua",
   "Pay" → "day", "s6" → "so") and folded to its unmarked syllable key;
2. the candidates for a key are the marked spellings of that key seen in clean plans ("so" → "sở", "số",
   "sổ", …), and a Viterbi search picks the sequence with the best bigram score (Dirichlet-smoothed toward
   the key's unigram distribution), so "so noi vu" reads "sở nội vụ" and "so 06/KH" reads "số 06/KH";
3. where the text's own marks are mostly present (a Tesseract scan) they count as evidence: the model keeps
   a marked word unless its neighbours make another spelling of the same key far likelier.

Words whose key was never seen in a clean plan are left exactly as they are; the result keeps the
text's spacing, punctuation and the case of each word. The original text is never changed: this is a
reading shown next to the verbatim quote.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from index.normalize import fold, normalize
from index.ocrtext import PAIR_FIXES, looks_ocr_damaged, repair_raw_token, repair_word

CORPUS_DIR = Path(__file__).resolve().parent.parent / "corpus"
_WORD = re.compile(r"[^\W\d_]+")
_SPLIT = re.compile(r"(\s+)")
_BOUNDARY = "<s>"
_NUM = "<số>"  # any number: "số 06", "ngày 14", "năm 2025" are learned as context
_WORD_OR_NUM = re.compile(r"[^\W\d_]+|\d+")
_LEADING_NUMBER = re.compile(r"[^\w]*\d")
_ALPHA = 2.0  # Dirichlet weight of the unigram distribution in the bigram estimate
_TRUST = 0.999  # P(a word read by OCR is spelled right), for texts whose marks are mostly present
MAX_CHARS = 20_000  # longer texts are restored up to here (a reading is for a quote, a title or a page)


def _marked(word: str) -> bool:
    return any(ord(c) > 127 for c in word)


@dataclass
class SyllableModel:
    """Counts of marked syllables (lowercase) and of adjacent pairs, grouped by folded key."""

    unigrams: Counter[str] = field(default_factory=Counter)
    bigrams: Counter[tuple[str, str]] = field(default_factory=Counter)
    forms: dict[str, list[str]] = field(default_factory=dict)  # key → its spellings
    prev_counts: Counter[str] = field(default_factory=Counter)  # word → times it is followed by a word
    successors: Counter[str] = field(default_factory=Counter)  # word → distinct words that follow it
    total: int = 0

    @classmethod
    def from_texts(cls, texts: Iterable[str]) -> SyllableModel:
        """Learn the model from clean (properly marked) plan texts."""
        m = cls()
        spellings: dict[str, set[str]] = defaultdict(set)
        for text in texts:
            for segment in _segments(normalize(text)):
                prev = _BOUNDARY
                for w in segment:
                    low = w.lower()
                    if low != _NUM:
                        spellings[fold(low)].add(low)
                    m.unigrams[low] += 1
                    if not m.bigrams[(prev, low)]:
                        m.successors[prev] += 1
                    m.bigrams[(prev, low)] += 1
                    m.prev_counts[prev] += 1
                    prev = low
        m.forms = {k: sorted(v) for k, v in spellings.items()}
        m.total = sum(m.unigrams.values())
        return m

    def __len__(self) -> int:
        return self.total

    def knows(self, key: str) -> bool:
        """True when clean plans spell this folded key at least once."""
        return key in self.forms

    def _p_unigram(self, form: str) -> float:
        return (self.unigrams[form] + 0.5) / (self.total + 0.5 * (len(self.unigrams) + 1))

    def score(self, prev: str, form: str) -> float:
        """Log P(form | previous word), Witten-Bell smoothed toward the unigram distribution."""
        seen, kinds = self.prev_counts[prev], self.successors[prev]
        if not kinds:
            return math.log(self._p_unigram(form))
        return math.log((self.bigrams[(prev, form)] + kinds * self._p_unigram(form)) / (seen + kinds))


def _segments(text: str) -> Iterable[list[str]]:
    """Runs of words not separated by punctuation (a bigram never spans a comma or a line end)."""
    for piece in re.split(r"[^\w\s]|\n", text):
        words = [_NUM if w[0].isdigit() else w for w in _WORD_OR_NUM.findall(piece)]
        if words:
            yield words


@lru_cache(maxsize=1)
def default_model() -> SyllableModel:
    """The model learned from the bundled corpus's clean plans (OCR-damaged ones are left out)."""
    texts = []
    for p in sorted(CORPUS_DIR.glob("*.txt")):
        text = p.read_text(encoding="utf-8")
        if not looks_ocr_damaged(text):
            texts.append(text)
    return SyllableModel.from_texts(texts)


def _case_like(form: str, original: str) -> str:
    letters = [c for c in original if c.isalpha()]
    if len(letters) > 1 and sum(c.isupper() for c in letters) * 2 > len(letters):
        return form.upper()
    if original[:1].isupper():
        return form[:1].upper() + form[1:]
    return form


@dataclass
class _Slot:
    """One word of the text: where it is, its repaired form (for case), its key and candidate spellings."""

    start: int
    end: int
    raw: str
    shape: str
    key: str
    candidates: list[str]


_CORE = re.compile(r"([^\w&¢€¥]*)([\w&¢€¥]+?)([^\w&¢€¥]*)")


def _slots(text: str, model: SyllableModel) -> list[list[_Slot]]:
    """Words of ``text`` grouped into runs that the Viterbi search treats as one sentence."""
    runs: list[list[_Slot]] = [[]]
    pos = 0
    for token in _SPLIT.split(text):
        start = pos
        pos += len(token)
        if not token or token.isspace():
            if "\n" in token:
                runs.append([])
            continue
        if _LEADING_NUMBER.match(token):  # "06/KH-UBND", "14/7/2025;": a number, then a boundary
            runs[-1].append(_Slot(start, start + len(token), token, token, _NUM, [_NUM]))
            runs.append([])
            continue
        fixed = repair_raw_token(token)
        m = _CORE.fullmatch(fixed) if len(fixed) == len(token) else None
        key = repair_word(fold(m.group(2)), late=False) if m else ""
        if not m or not _WORD.fullmatch(key) or not any(c.isalpha() for c in m.group(2)):
            runs.append([])  # numbers, codes, punctuation: a sentence boundary for the model
            continue
        lead, tail = len(m.group(1)), len(m.group(3))
        end = len(token) - tail
        runs[-1].append(_Slot(start + lead, start + end, token[lead:end], m.group(2), key, []))
        if tail:
            runs.append([])
    _apply_pair_fixes(runs, model)
    return [r for r in runs if r]


def _apply_pair_fixes(runs: list[list[_Slot]], model: SyllableModel) -> None:
    """Two-word repairs of :mod:`index.ocrtext` ("thue hien" → "thuc hien"), then the late one-word ones."""
    for run in runs:
        for i in range(len(run) - 1):
            fixed = PAIR_FIXES.get(f"{run[i].key} {run[i + 1].key}")
            if fixed:
                run[i].key, run[i + 1].key = fixed.split()
        for slot in (s for s in run if s.key != _NUM):
            slot.key = repair_word(slot.key)
            slot.candidates = model.forms.get(slot.key, [])


def _best_path(run: list[_Slot], model: SyllableModel, trust_marks: bool) -> list[str | None]:
    """Viterbi over one run: the chosen lowercase spelling per word (None where the key is unknown)."""
    beams: dict[str, tuple[float, list[str | None]]] = {_BOUNDARY: (0.0, [])}
    for slot in run:
        if not slot.candidates:
            best = max(beams.values(), key=lambda b: b[0])
            beams = {_BOUNDARY: (best[0], [*best[1], None])}
            continue
        own = normalize(slot.raw.lower())
        candidates = slot.candidates
        channel_on = trust_marks and fold(own) == slot.key  # the word as read is a spelling of its key
        if channel_on and own not in candidates:
            candidates = [*candidates, own]
        channel_on = channel_on and len(candidates) > 1
        new: dict[str, tuple[float, list[str | None]]] = {}
        for form in candidates:
            channel = 0.0
            if channel_on:
                channel = math.log(_TRUST if form == own else (1 - _TRUST) / (len(candidates) - 1))
            score, path = max(((s + model.score(prev, form), p) for prev, (s, p) in beams.items()),
                              key=lambda sp: sp[0])
            new[form] = (score + channel, [*path, form])
        beams = new
    return max(beams.values(), key=lambda b: b[0])[1]


def restore(text: str, model: SyllableModel | None = None, trust_marks: bool | None = None) -> str:
    """``text`` with each known word respelled by the model (spacing, punctuation and case kept).

    ``trust_marks``: treat the text's own diacritics as evidence (default: when most words carry them).
    """
    model = model or default_model()
    text = normalize(text[:MAX_CHARS])
    if trust_marks is None:
        words = _WORD.findall(text)
        trust_marks = bool(words) and sum(map(_marked, words)) / len(words) >= 0.5
    out: list[str] = []
    pos = 0
    for run in _slots(text, model):
        for slot, form in zip(run, _best_path(run, model, trust_marks), strict=True):
            out.append(text[pos:slot.start])
            out.append(slot.raw if form is None or form == _NUM else _case_like(form, slot.shape))
            pos = slot.end
    out.append(text[pos:])
    return "".join(out)


def looks_damaged(text: str, model: SyllableModel | None = None) -> bool:
    """True for Vietnamese text (most words known to the model) that lost most of its diacritics.

    Works on short texts too (a quote, a title): from four words on, unlike
    :func:`index.ocrtext.looks_ocr_damaged`, which judges whole plans.
    """
    model = model or default_model()
    words = _WORD.findall(text[:MAX_CHARS])
    if len(words) < 4:
        return False
    known = sum(1 for w in words if model.knows(repair_word(fold(repair_raw_token(w)))))
    if known / len(words) < 0.6:
        return False
    return sum(map(_marked, words)) / len(words) < 0.5


def restored_reading(text: str, *, ocr: bool = False, model: SyllableModel | None = None) -> str | None:
    """The restored reading of OCR text, or None when ``text`` is not OCR-damaged (or nothing changes).

    ``ocr``: the text is known to come from OCR (a scan, an OCR export), so it is read even when most of
    its words carry marks; otherwise only text that :func:`looks_damaged` is read.
    """
    if not text or not text.strip():
        return None
    model = model or default_model()
    if not ocr and not looks_damaged(text, model):
        return None
    reading = restore(text, model)
    return reading if reading != normalize(text[:MAX_CHARS]) else None

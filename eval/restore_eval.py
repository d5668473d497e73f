"""Accuracy of :mod:`index.restore` (the restored reading of OCR text), as written in README.

``.venv/bin/python -m eval.restore_eval`` prints two measurements:

1. **Diacritics put back (leave-one-out).** Each clean plan (the bundled corpus's clean plans and the
   Unicode source texts of ``eval/varied``) is folded to unmarked text, restored with a model learned from
   the *other* plans only, and compared word by word with the original (case-insensitive, NFC and canonical
   tone placement). The baseline is the folded text itself (right only where a word has no marks).
2. **A real scan.** ``eval/varied/plans/binh-duong_…_scan.pdf`` is OCR'd by the project's loader (Tesseract
   ``vie``), restored with the model the service uses (the bundled corpus), and each OCR line is compared
   with the source line it reads (the best folded match, ``eval/varied/source_text``): word accuracy of the
   raw OCR and of the restored reading over the same aligned lines; then the same with the OCR text's
   marks stripped (what an export like corpus plan 001 looks like), restored by the same model.
"""

from __future__ import annotations

import difflib
import re
import tempfile
from pathlib import Path

from index.normalize import fold, normalize
from index.ocrtext import looks_ocr_damaged
from index.restore import CORPUS_DIR, SyllableModel, default_model, restore

VARIED = Path(__file__).resolve().parent / "varied"
SCAN = "binh-duong_so-cong-thuong_kh-cchc-2026_scan"
_WORD = re.compile(r"[^\W\d_]+")


def _words(text: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(normalize(text))]


def clean_texts() -> dict[str, str]:
    """Clean plans by name: the corpus's unmarked-free plans and the varied fixtures' Unicode sources."""
    out = {p.stem: p.read_text(encoding="utf-8") for p in sorted(CORPUS_DIR.glob("*.txt"))}
    out = {k: v for k, v in out.items() if not looks_ocr_damaged(v)}
    for p in sorted((VARIED / "source_text").glob("*.txt")):
        out[p.stem] = p.read_text(encoding="utf-8")
    return out


def word_accuracy(hyp: str, ref: str) -> tuple[int, int]:
    """(reference words matched in order by ``hyp``, reference words): a word-level alignment."""
    h, r = _words(hyp), _words(ref)
    matched = sum(b.size for b in difflib.SequenceMatcher(a=h, b=r, autojunk=False).get_matching_blocks())
    return matched, len(r)


def leave_one_out() -> tuple[float, float]:
    """(folded baseline, restored) word accuracy over every clean plan restored by a model of the others."""
    texts = clean_texts()
    base = good = total = 0
    for name, text in texts.items():
        model = SyllableModel.from_texts(t for n, t in texts.items() if n != name)
        ref = _words(text)
        folded = _fold_keep_lines(text).splitlines()  # lines are restored apart anyway (no bigram spans them)
        got = _words("\n".join(restore(line, model, trust_marks=False) for line in folded))
        assert len(got) == len(ref), name
        good += sum(a == b for a, b in zip(got, ref, strict=True))
        base += sum(fold(b) == b for b in ref)
        total += len(ref)
    return base / total, good / total


def _fold_keep_lines(text: str) -> str:
    """Unmarked text with the original line breaks and case (what an export that lost diacritics looks like)."""
    import unicodedata

    decomposed = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def scan_accuracy(ocr_text: str, source: str, model: SyllableModel) -> tuple[float, float, int]:
    """(raw OCR, restored) word accuracy over OCR lines aligned to their source lines, and the words compared."""
    src_lines = [ln for ln in source.splitlines() if _words(ln)]
    restored = restore(ocr_text, model)
    raw_ok = fixed_ok = total = 0
    for raw_line, fixed_line in zip(ocr_text.splitlines(), restored.splitlines(), strict=True):
        key = fold(raw_line).split()
        if len(key) < 3:
            continue
        best = max(src_lines, key=lambda s: difflib.SequenceMatcher(a=key, b=fold(s).split()).ratio())
        if difflib.SequenceMatcher(a=key, b=fold(best).split()).ratio() < 0.5:
            continue
        covered = _overlap(raw_line, best)
        a, n = word_accuracy(raw_line, covered)
        b, _ = word_accuracy(fixed_line, covered)
        raw_ok, fixed_ok, total = raw_ok + a, fixed_ok + b, total + n
    return raw_ok / total, fixed_ok / total, total


def _overlap(ocr_line: str, source_line: str) -> str:
    """The part of ``source_line`` that the OCR line covers (a long source line may wrap over several OCR lines)."""
    src = _words(source_line)
    key = [fold(w) for w in _words(ocr_line)]
    blocks = difflib.SequenceMatcher(a=key, b=[fold(w) for w in src], autojunk=False).get_matching_blocks()
    spans = [b for b in blocks if b.size]
    if not spans:
        return ""
    lo, hi = spans[0].b, spans[-1].b + spans[-1].size
    return " ".join(src[lo:hi])


def ocr_scan_text() -> str:
    """The scan fixture's text as the ingest pipeline reads it (Tesseract via :mod:`index.loaders`)."""
    from index.loaders import load_document
    from index.ocr import OcrOptions

    with tempfile.TemporaryDirectory() as cache:
        doc = load_document(VARIED / "plans" / f"{SCAN}.pdf", ocr=OcrOptions(workers=2, cache_dir=Path(cache)))
    return doc.text


def main() -> None:
    """Print both measurements."""
    base, restored = leave_one_out()
    print(f"Bỏ dấu rồi khôi phục (leave-one-out, {len(clean_texts())} kế hoạch sạch): "
          f"{base:.1%} → {restored:.1%} từ đúng")
    source = (VARIED / "source_text" / f"{SCAN}.txt").read_text(encoding="utf-8")
    text = ocr_scan_text()
    raw, fixed, n = scan_accuracy(text, source, default_model())
    print(f"Bản quét {SCAN}.pdf ({n} từ đối chiếu): OCR {raw:.1%} → đọc khôi phục {fixed:.1%}")
    raw, fixed, n = scan_accuracy(_fold_keep_lines(text), source, default_model())
    print(f"Cùng bản quét, mất hết dấu như bản xuất OCR: {raw:.1%} → đọc khôi phục {fixed:.1%}")


if __name__ == "__main__":
    main()

"""Outline parser: turns a plan's lines into a tree of sections (parts, items, letters, bullets…).

The parser walks the source lines once, classifying each as a heading (Roman-numeral part,
numbered item, lettered item, bullet, footnote, "Phụ lục", "Nơi nhận", signature) or as a
continuation of the open section. Numbering sequences decide whether a line that starts with a
number is a real item or a wrapped sentence ("2025, đảm bảo …" is not item 2025).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from index.normalize import fold
from index.ocrtext import looks_ocr_damaged, ocr_fold
from index.textclean import ends_sentence, first_sentence, is_blank, is_noise_line, join_lines, strip_markup
from index.types import LoadedDocument, Section, TableRow

_ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6, "VII": 7, "VIII": 8, "IX": 9, "X": 10}
_PART_RE = re.compile(r"^(?P<num>[IVX1]{1,5})(?P<sep>\.|\s)\s*(?P<title>\S.*)$")
_ITEM_RE = re.compile(r"^(?P<num>\d{1,2}(?:\.\d{1,2}){0,3})\.\s*(?P<rest>.*)$")
_LETTER_RE = re.compile(r"^(?P<l>[a-zđ¢])\)\s*(?P<rest>\S.*)$")
_BULLET_RE = re.compile(r"^(?P<b>[-–•+])\s+(?P<rest>\S.*)$")
_FOOTNOTE_RE = re.compile(r"^(?P<n>!|[1-9]\d?)\s+(?P<rest>\S.*)$")
_LETTERS = "abcdđefghijklmn"
_SIGNATURE_RE = re.compile(
    r"^(?:(?:kt|tm|q|tl|ttl)\.\s*)?(?:pho\s+)?(?:giam doc|chu tich|chanh van phong|truong phong|truong ban"
    r"|uy ban nhan dan|ubnd|thu truong|bi thu|bo truong|(?:tong\s+)?cuc truong|vu truong)\b.{0,40}$"
)
_ARTICLE_RE = re.compile(r"^(?P<label>Điều\s+(?P<n>\d{1,3})\s*[.:])\s*(?P<rest>\S.*)?$", re.IGNORECASE)
# Title words that open a new document part after a signature block (a plan attached to a decision, an annex).
_PART_TITLES = ("ke hoach", "phu luc", "danh muc", "quy che", "chuong trinh")
_DOC_TITLES = ("ke hoach", "quyet dinh")
_PREAMBLE_STARTS = ("can cu", "thuc hien", "theo de nghi", "thuc hien ke hoach")
_RANK_TOP, _RANK_PART, _RANK_LETTER, _RANK_DASH, _RANK_PLUS, _RANK_NOTE = 5, 10, 30, 40, 50, 60


@dataclass
class _Node:
    sec: Section
    rank: int
    own: list[int] = field(default_factory=list)  # content lines held by this node itself
    letter_last: str | None = None


def _is_upper_word(text: str) -> bool:
    m = re.match(r"[^\W\d_]+", text)
    return bool(m and m.group(0).isupper() and (len(m.group(0)) > 1 or text[1:2] in (" ", "")))


def _roman_value(num: str, prev: int) -> int | None:
    """Value of an (OCR-damaged) Roman numeral that fits after part ``prev`` ("II1I" → 3 after 2)."""
    if not re.search("[IVX]", num):
        return None
    values = {_ROMAN.get(c) for c in (num.replace("1", "I"), num.replace("1", ""))} - {None}
    for want in (prev + 1, prev + 2, prev):
        if want in values and want >= 1 and (prev > 0 or want == 1):
            return want
    return None


def _part(s: str, prev: int) -> tuple[int, str] | None:
    m = _PART_RE.match(s)
    if not m:
        return None
    title = m.group("title")
    if not _is_upper_word(title) or (m.group("sep") != "." and len(re.findall(r"\b[^\W\d_]{2,}", title[:40])) < 2):
        return None
    value = _roman_value(m.group("num"), prev)
    if value is None:
        return None
    head, colon, _ = title.partition(":")
    letters = [c for c in head if c.isalpha()]
    if colon and letters and sum(c.isupper() for c in letters) >= 0.8 * len(letters):
        title = head
    return value, title.strip().rstrip(" .:")


def _item_ok(nums: list[int], path: list[int]) -> bool:
    k = len(nums)
    if nums[: k - 1] != path[: k - 1] or len(path) < k - 1:
        return False
    if len(path) >= k:
        return nums[-1] == path[k - 1] + 1
    return nums[-1] == 1


def _label_of_roman(value: int) -> str:
    return next(k for k, v in _ROMAN.items() if v == value) + "."


class _Parser:
    """One pass over the lines of a document; see :func:`parse_outline`."""

    def __init__(self, doc: LoadedDocument) -> None:
        self.lines = doc.text.splitlines()
        self.key = ocr_fold if looks_ocr_damaged(doc.text) else fold
        self.rows: dict[int, list[TableRow]] = {}
        for r in doc.table_rows:
            self.rows.setdefault(r.line, []).append(r)
        self.root = _Node(Section("root", "", doc.doc_id, 1, max(len(self.lines), 1)), 0)
        self.stack: list[_Node] = [self.root]
        self.part_no = 0
        self.item_path: list[int] = []
        self.footnote_next = 1
        self.article_no = 0
        self.mode = "body"  # body | recipients | signature
        self.last_content = ""
        self.sig_title_hint = ""
        self._nodes: dict[int, _Node] = {}

    # --- tree helpers -------------------------------------------------------------------
    def push(self, kind: str, label: str, line: int, rank: int, title: str = "") -> _Node:
        while self.stack[-1].rank >= rank:
            self.stack.pop()
        parent = self.stack[-1]
        node = _Node(Section(kind, label, title, line, line, parent.sec.level + 1), rank, [line])
        parent.sec.children.append(node.sec)
        self.stack.append(node)
        self._nodes[id(node.sec)] = node
        self.touch(line)
        return node

    def touch(self, line: int) -> None:
        for n in self.stack[1:]:
            n.sec.line_end = max(n.sec.line_end, line)

    def extend(self, line: int) -> None:
        top = self.stack[-1]
        if top is self.root:
            return
        top.own.append(line)
        self.touch(line)

    # --- classification ---------------------------------------------------------------------
    def run(self) -> Section:
        body_start = self._front_matter()
        for i in range(body_start, len(self.lines) + 1):
            raw = self.lines[i - 1]
            if i in self.rows:
                self._table_rows(i)
                continue
            if is_blank(raw) or is_noise_line(raw):
                continue
            s = " ".join(strip_markup(raw).split())
            if s:
                self._line(i, s, raw)
                self.last_content = s
        for line in sorted(k for k in self.rows if k < body_start or k > len(self.lines)):
            self._table_rows(line)
        self._titles()
        return self.root.sec

    def _front_matter(self) -> int:
        """Create header/preamble sections; return the first body line."""
        first_part = next((i for i, ln in enumerate(self.lines, 1) if _part(strip_markup(ln), 0)), None)
        if first_part is None:
            first_part = next((i for i, ln in enumerate(self.lines, 1) if _ITEM_RE.match(ln.strip())
                               and ln.strip().startswith("1.")), len(self.lines) + 1)
        article = next((i for i, ln in enumerate(self.lines, 1) if _article_no(strip_markup(ln)) == 1), None)
        if article is not None:
            first_part = min(first_part, article)
        closing = next((i for i, ln in enumerate(self.lines, 1)
                        if self.key(strip_markup(ln)).startswith(("noi nhan", "noi nhin"))), first_part)
        first_part = min(first_part, closing)
        content = [i for i in range(1, first_part) if not is_blank(self.lines[i - 1])]
        if not content:
            return first_part
        kh = next((i for i in content if _is_doc_title(strip_markup(self.lines[i - 1]), self.key)), None)
        pre = next((i for i in content if (kh is None or i > kh)
                    and self.key(strip_markup(self.lines[i - 1])).startswith(_PREAMBLE_STARTS)), None)
        if kh is not None:
            end = pre - 1 if pre else min(content[-1], kh + 3)
            words = strip_markup(self.lines[kh - 1]).split()
            header = self.push("header", " ".join(words[:2]).rstrip(":"), content[0], _RANK_TOP)
            header.own = [i for i in content if i <= end]
            self.touch(max(header.own))
            header.sec.title = self._title_after(kh, end)
            start = pre or (end + 1)
        else:
            start = content[0]
        rest = [i for i in content if i >= start]
        if rest:
            node = self.push("preamble", "", rest[0], _RANK_TOP)
            node.own = rest
            self.touch(rest[-1])
            node.sec.title = first_sentence(join_lines([self.lines[i - 1] for i in rest]))
        self.stack = [self.root]
        return first_part

    def _title_after(self, at: int, end: int) -> str:
        """Title of a document part: the words after its title word(s) on line ``at`` and the lines below.

        Title lines stop at ``end``, a separator line, a "(Kèm theo …)" note or a structural line.
        """
        after = strip_markup(self.lines[at - 1]).strip()
        after = re.sub(r"^\S+\s+\S+", "", after).strip()  # drop the words "KẾ HOẠCH" / "QUYẾT ĐỊNH"
        title_lines = [after]
        for j in range(at + 1, min(end, len(self.lines)) + 1):
            t = strip_markup(self.lines[j - 1]).strip()
            if not t:
                continue
            if set(t) <= set("-_=*. ") or t.startswith("(") or _is_structural(t) or _article_no(t):
                break
            if t.upper() == t and any(x and x.upper() != x for x in title_lines):
                break  # "BỘ TRƯỞNG BỘ TƯ PHÁP" after the mixed-case title is the issuing authority
            title_lines.append(t)
        return join_lines([t for t in title_lines if t]).replace("\n", " ")

    def _new_document(self, i: int, s: str, k: str) -> bool:
        """A new document part after a signature block ("KẾ HOẠCH …", "PHỤ LỤC", "DANH MỤC …", "(Kèm theo …)").

        The attached part's own letterhead lines (body name, "CỘNG HÒA …", "Số:", date) are taken back from
        the signature; the outline numbering starts afresh so the part's I./II./1. form their own outline.
        """
        if self.mode not in ("signature", "recipients") or len(s.split()) > 25:
            return False
        title_at = i
        if k.startswith("(kem theo"):
            title_at = next((j for j in range(i - 1, max(i - 4, 0), -1) if _is_part_title(
                strip_markup(self.lines[j - 1]).strip(), self.key)), 0)
            if not title_at or title_at < self.stack[-1].sec.line_start:
                return False
        elif not _is_part_title(s, self.key):
            return False
        start = title_at
        while start > 1:
            prev = strip_markup(self.lines[start - 2]).strip()
            if prev and not _letterhead(prev, self.key):
                break
            start -= 1
        while start < title_at and is_blank(self.lines[start - 1]):
            start += 1
        sig = next((n for n in reversed(self.stack) if n.sec.kind in ("signature", "recipients")), None)
        if sig is None or start <= sig.sec.line_start:
            start = title_at
        for n in self.stack[1:]:
            n.own = [j for j in n.own if j < start]
            n.sec.line_end = max([n.sec.line_start, *n.own, *(c.line_end for c in n.sec.children)])
        self.stack = [self.root]
        self.mode = "body"
        self.part_no, self.item_path, self.article_no, self.footnote_next = 0, [], 0, 1
        key = self.key(strip_markup(self.lines[title_at - 1]))
        if key.startswith(("phu luc", "danh muc")):
            node = self.push("appendix", "", start, _RANK_TOP, strip_markup(self.lines[title_at - 1]).strip().rstrip(" .:"))
        else:
            words = strip_markup(self.lines[title_at - 1]).split()
            node = self.push("header", " ".join(words[:2]), start, _RANK_TOP)
            node.sec.title = self._title_after(title_at, len(self.lines))
        node.own = [j for j in range(start, i + 1) if not is_blank(self.lines[j - 1])]
        self.touch(i)
        return True

    def _line(self, i: int, s: str, raw: str) -> None:
        k = self.key(s)
        if self._new_document(i, s, k):
            return
        top = self.stack[-1]
        if top.sec.kind in ("header", "preamble") and top is not self.root:
            if k.startswith(_PREAMBLE_STARTS) and top.sec.kind == "header":
                self.stack = [self.root]
                self.push("preamble", "", i, _RANK_TOP)
                return
            if _is_structural(s) or _article_no(s):
                self.stack = [self.root]
                top = self.root
        if k.startswith(("noi nhan", "noi nhin")):
            self.mode = "recipients"
            rest = s.split(":", 1)[1].strip() if ":" in s else ""
            self.sig_title_hint = rest if rest and rest.upper() == rest else ""
            self.push("recipients", "", i, _RANK_TOP, "Nơi nhận")
            return
        if k.startswith("phu luc") and len(s.split()) <= 25:
            self.mode = "body"
            self.push("appendix", "", i, _RANK_TOP, s.rstrip(" .:"))
            return
        if self.mode == "signature":
            self.extend(i)
            return
        if self.mode == "recipients":
            m = _BULLET_RE.match(s)
            if m:
                self.push("bullet", m.group("b"), i, _RANK_DASH)
            else:
                self._signature(i, s)
            return
        # a signature heading holds no number ("UBND THÀNH PHỐ HUẾ - KH 11/KH-UBND" is a running page header)
        if (self.part_no or self.article_no) and s.upper() == s and _SIGNATURE_RE.match(k) and len(s.split()) <= 8 \
                and not re.search(r"\d", k):
            self._signature(i, s)
            return
        if top.sec.kind == "footnote":
            if self._footnote(i, s, raw):
                return
            if not _is_structural(s) and not ends_sentence(self.last_content):
                self.extend(i)
                return
            self.stack.pop()
        if self._footnote(i, s, raw):
            return
        if k.startswith("tren day la"):
            self.push("closing", "", i, _RANK_TOP)
            return
        if self._structural(i, s):
            return
        self.extend(i)

    def _signature(self, i: int, s: str) -> None:
        self.mode = "signature"
        self.push("signature", "", i, _RANK_TOP)

    def _footnote(self, i: int, s: str, raw: str) -> bool:
        m = _FOOTNOTE_RE.match(s)
        if not m or _ITEM_RE.match(s):
            return False
        n = 1 if m.group("n") == "!" else int(m.group("n"))
        if n != self.footnote_next or m.group("rest")[0].isdigit():
            return False
        prev_raw = self.lines[i - 2] if i >= 2 else ""
        in_notes = self.stack[-1].sec.kind == "footnote"
        separator = is_blank(prev_raw) and len(prev_raw) >= 10
        if not (in_notes or separator or ends_sentence(self.last_content)):
            return False
        if not in_notes and not m.group("rest")[0].isupper():
            return False
        if in_notes:
            self.stack.pop()
        self.push("footnote", str(n), i, _RANK_NOTE)
        self.footnote_next = n + 1
        return True

    def _structural(self, i: int, s: str) -> bool:
        n = _article_no(s)
        if n and n == self.article_no + 1:
            self.article_no, self.item_path = n, []
            m = _ARTICLE_RE.match(s)
            assert m is not None
            self.push("article", " ".join(m.group("label").split()), i, _RANK_PART)
            return True
        part = _part(s, self.part_no)
        if part:
            self.part_no, self.item_path = part[0], []
            self.push("part", _label_of_roman(part[0]), i, _RANK_PART, part[1])
            return True
        m = _ITEM_RE.match(s)
        if m and not m.group("rest")[:1].islower():
            nums = [int(x) for x in m.group("num").split(".")]
            if _item_ok(nums, self.item_path):
                self.item_path = nums
                self.push("item", m.group("num") + ".", i, _RANK_PART + len(nums))
                return True
        m = _LETTER_RE.match(s)
        if m:
            letter = "c" if m.group("l") == "¢" else m.group("l")
            parent = next(n for n in reversed(self.stack) if n.rank < _RANK_LETTER)
            last = parent.letter_last
            if last == "d" and letter == "d":
                letter = "đ"
            ok = letter in _LETTERS and (
                letter == "a" if last is None else _LETTERS.index(letter) > _LETTERS.index(last)
            )
            if ok:
                parent.letter_last = letter
                self.push("letter", letter + ")", i, _RANK_LETTER)
                return True
        m = _BULLET_RE.match(s)
        if m and not (re.match(r"\d{4}\b", m.group("rest")) and re.search(r"\d{4}\s*$", self.last_content)):
            rank = _RANK_PLUS if m.group("b") == "+" else _RANK_DASH
            self.push("bullet", m.group("b"), i, rank)
            return True
        return False

    def _table_rows(self, line: int) -> None:
        rows = self.rows.pop(line, [])
        holder = next((n for n in reversed(self.stack) if n.sec.kind in ("appendix", "part")), self.root)
        for row in rows:
            cells = {k: v for k, v in row.cells.items() if v and v.strip()}
            label = next((v for k, v in cells.items() if fold(k) in ("stt", "tt", "so tt")), "")
            main = next((v for k, v in cells.items() if "nhiem vu" in fold(k) or "noi dung" in fold(k)), None)
            main = main or next((v for k, v in cells.items() if v != label), "")
            sec = Section("table_row", label.strip(), first_sentence(main), line, line, holder.sec.level + 1)
            holder.sec.children.append(sec)
            for n in self.stack[1: self.stack.index(holder) + 1] if holder is not self.root else []:
                n.sec.line_end = max(n.sec.line_end, line)

    def _titles(self) -> None:
        """Fill titles of items/letters/bullets/footnotes/closing/signature from their own lines."""
        for node in self._nodes.values():
            sec = node.sec
            if sec.title or sec.kind in ("header", "preamble"):
                continue
            head = strip_markup(self.lines[sec.line_start - 1])
            if sec.kind == "signature":
                titles = [strip_markup(self.lines[j - 1]) for j in node.own
                          if _SIGNATURE_RE.match(self.key(strip_markup(self.lines[j - 1])))]
                sec.title = " ".join(titles) or self.sig_title_hint or "Chữ ký"
                continue
            text = _strip_label(head, sec.kind)
            for j in node.own[1:4]:
                nxt = strip_markup(self.lines[j - 1])
                open_paren = text.count("(") > text.count(")")
                if _is_structural(nxt) or (not open_paren and (ends_sentence(text) or nxt[:1].isupper())):
                    break
                text = join_lines([text, nxt])
            sec.title = first_sentence(text)


def _strip_label(head: str, kind: str) -> str:
    pattern = {"item": _ITEM_RE, "letter": _LETTER_RE, "bullet": _BULLET_RE, "footnote": _FOOTNOTE_RE,
               "article": _ARTICLE_RE}.get(kind)
    if pattern is None:
        return head
    m = pattern.match(head)
    return m.groups()[-1] if m else head


def _article_no(s: str) -> int | None:
    """Number of an article heading ("Điều 2. Quyết định này có hiệu lực …" → 2), None otherwise."""
    m = _ARTICLE_RE.match(s.strip())
    if not m or not s.strip()[:1].isupper():
        return None
    return int(m.group("n"))


def _is_doc_title(s: str, key: Callable[[str], str]) -> bool:
    """A document title line: "KẾ HOẠCH …" (upper-case title word) or a bare "QUYẾT ĐỊNH"."""
    s = s.strip()
    k = key(s).strip(" .:*")
    if k == "quyet dinh" and not s.endswith(":"):
        return True
    return k.startswith("ke hoach") and s[:8].isupper()


def _is_part_title(s: str, key: Callable[[str], str]) -> bool:
    """The title line of an attached document part ("KẾ HOẠCH", "PHỤ LỤC I", "DANH MỤC NHIỆM VỤ …")."""
    k = key(s).strip(" .:*")
    head = " ".join(s.split()[:2])
    return k.startswith(_PART_TITLES) and head.upper() == head and any(c.isalpha() for c in head)


def _letterhead(s: str, key: Callable[[str], str]) -> bool:
    """A letterhead line above a document title: body name, national motto, "Số: …", place and date, rule."""
    k = key(s)
    if set(s) <= set("-_=*. ") or s.isdigit():
        return True
    if k.startswith(("doc lap", "cong hoa", "so:", "so :")) or re.match(r"so\s*:", k):
        return True
    if re.search(r"ngay\s+\S+\s+thang\s+\S+\s+nam\s+\d{4}", k):
        return True
    letters = [c for c in s if c.isalpha()]
    signer_title = _SIGNATURE_RE.match(k) and not k.startswith(("uy ban nhan dan", "ubnd"))
    return bool(letters) and all(c.isupper() for c in letters) and len(s.split()) <= 12 and not signer_title


def _is_structural(s: str) -> bool:
    return bool(_BULLET_RE.match(s) or _LETTER_RE.match(s) or _ITEM_RE.match(s) or _PART_RE.match(s))


def parse_outline(doc: LoadedDocument) -> Section:
    """Parse ``doc`` into a root Section whose children (header, preamble, parts, …) follow the document."""
    return _Parser(doc).run()


def iter_sections(root: Section) -> list[Section]:
    """All sections of the tree in document order (pre-order), root excluded."""
    out: list[Section] = []
    todo = list(reversed(root.children))
    while todo:
        sec = todo.pop()
        out.append(sec)
        todo.extend(reversed(sec.children))
    return out


def outline_summary(root: Section) -> list[str]:
    """Indented "label title (dòng a–b)" lines describing the outline (printed by ``cchc show``)."""
    lines = []
    for sec in iter_sections(root):
        text = sec.heading or sec.kind
        lines.append(f"{'  ' * max(sec.level - 1, 0)}{text} (dòng {sec.line_start}–{sec.line_end})")
    return lines

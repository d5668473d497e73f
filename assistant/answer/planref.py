"""Recognise which plan(s) a question names (issuer, place, number, period) so retrieval can favour them.

The identity phrases of all plans are inverted once per index snapshot (:class:`PlanTable`); a question
is then matched against the distinct phrases (plain substring search with word boundaries), so the cost
grows with the number of distinct names, not with the number of plans.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from assistant.answer.abbrev import ABBREVIATIONS, expand_folded
from index.catalog import DocRecord
from index.normalize import fold

_ABBREV = {
    "van hoa, the thao va du lich": ["vhttdl", "van hoa the thao", "van hoa"],
    "dan toc va ton giao": ["dan toc", "ton giao", "dttg", "sdttg"],
    "van phong ubnd": ["van phong ubnd", "van phong uy ban", "vp ubnd", "vpubnd"],
    "uy ban nhan dan": ["ubnd"],
}
# administrative levels, folded ("quản lý", "xã hội" are no district or commune)
_ADMIN = r"(?:tinh|thanh pho|thi xa|thi tran|huyen|quan(?! ly\b)|phuong|xa(?! hoi\b)|dac khu)"
_PLACE = re.compile(rf"\b({_ADMIN})\s+(.+?)(?=\s+{_ADMIN}\s+\S|$)")
_STOP = {"so", "tinh", "xa", "ubnd", "uy ban nhan dan", "van phong", "ke hoach", "nam", "cchc"}
# words that only say what kind of body it is: one or two of them alone ("Ban", "Quản lý") name no plan
_GENERIC = {"ban", "quan", "ly", "so", "bo", "cuc", "vu", "phong", "van", "uy", "nhan", "dan", "hoi", "dong",
            "trung", "tam", "chi", "ubnd", "hdnd", "dang", "doan", "cac"}


def identity_phrases(rec: DocRecord) -> set[str]:
    """Folded phrases that identify a plan: issuer (and its usual abbreviations), province, commune, number.

    A decision-issued plan is also named by the decision's number ("Quyết định 112/QĐ-CTK").
    """
    m = rec.meta
    phrases: set[str] = set()
    issuer = fold(m.issuer or "")
    if issuer:
        phrases.add(issuer)
        core = re.sub(rf"\b{_ADMIN}\s+.*$", "", issuer).strip(" ,")
        phrases.add(core)
        if issuer.endswith(" viet nam"):  # a national body is also named without the country: "Cục Đường bộ"
            phrases.add(issuer[: -len(" viet nam")].strip(" ,"))
        # a long name by its first member: "Cục Quản lý đê điều (và phòng, chống thiên tai)"
        first = re.split(r",| va ", core, maxsplit=1)[0].strip()
        if first != core and len(first.split()) >= 3 and set(first.split()) - _GENERIC:
            phrases.add(first)
        # "Cục Quản lý đê điều …" is "Cục đê điều" as officials say it: the head without "quản lý"
        managed = re.match(r"((?:chi )?cuc|ban|trung tam) quan ly ((?:\S+ ){1,3}?\S+)$", first)
        if managed and len(managed.group(2).split()) >= 2 and set(managed.group(2).split()) - _GENERIC:
            phrases.add(f"{managed.group(1)} {managed.group(2)}")
        for key, alts in _ABBREV.items():
            if key in issuer:
                phrases.update(alts)
        # every place the issuer names, with and without its level: "phuong thanh sen", "thanh sen", "ha tinh"
        for place in _PLACE.finditer(issuer):
            name = place.group(2).strip(" ,")
            phrases.update({f"{place.group(1)} {name}", name})
            phrases.update(_initials(name))
    if m.province:
        phrases.add(fold(m.province))
        phrases.update(_initials(fold(m.province)))
    if m.number:
        phrases.add(fold(m.number))
        phrases.add(fold(m.number).split("/")[0] + "/kh")
    if m.decision_number:  # "Quyết định 112/QĐ-CTK" names the plan that decision issues
        phrases.add(fold(m.decision_number))
    phrases |= number_phrases(rec)
    return {p for p in phrases if p and p not in _STOP and len(p) >= 3
            and not (len(p.split()) <= 2 and set(p.split()) <= _GENERIC)}


def _initials(place: str) -> set[str]:
    """A place of three or more syllables by its initials, as officials type it: "MCC" (Mù Cang Chải), "BMT"."""
    words = place.split()
    short = "".join(w[0] for w in words)
    return {short} if len(words) >= 3 and short not in ABBREVIATIONS else set()


def number_phrases(rec: DocRecord) -> set[str]:
    """The plan's number alone after its kind, as officials type it: "kh 38", "ke hoach so 38", "qd 205"."""
    out: set[str] = set()
    for value, kinds in ((rec.meta.number, ("kh", "ke hoach")), (rec.meta.decision_number, ("qd", "quyet dinh"))):
        digits = re.match(r"\s*(\d+)\s*/", value or "")
        if digits:
            out.update(f"{k}{s} {digits.group(1)}" for k in kinds for s in ("", " so"))
    return out


_LOCAL = {"thi xa", "thi tran", "huyen", "quan", "phuong", "xa", "dac khu"}


def local_places(rec: DocRecord) -> set[str]:
    """Folded names of the commune/district (xã, phường, huyện …) a local plan's issuer belongs to."""
    return {m.group(2).strip(" ,") for m in _PLACE.finditer(fold(rec.meta.issuer or "")) if m.group(1) in _LOCAL}


_ALNUM = frozenset("abcdefghijklmnopqrstuvwxyz0123456789")
_ALPHA = frozenset("abcdefghijklmnopqrstuvwxyz")


def _occurs(phrase: str, text: str, word: frozenset[str] = _ALNUM, addressed: bool = True) -> bool:
    """``phrase`` occurs in ``text`` not glued to a ``word`` character on either side (no regex).

    ``addressed=False`` skips the occurrences that address the body rather than name the plan's issuer: after
    "cho", "về", "gửi", "tới", "đến", "qua", "lên", "với" ("báo cáo cho Sở Nội vụ" does not ask about its plan).
    """
    start = text.find(phrase)
    while start >= 0:
        end = start + len(phrase)
        if (start == 0 or text[start - 1] not in word) and (end == len(text) or text[end] not in word):
            before = text[:start].split()
            if addressed or not before or before[-1] not in _ADDRESSED:
                return True
        start = text.find(phrase, start + 1)
    return False


_PROVINCIAL = re.compile(r"(?:uy ban nhan dan|ubnd) (?:tinh|thanh pho) ")
_ADDRESSED = frozenset({"cho", "ve", "gui", "toi", "den", "qua", "len", "voi"})  # words before an addressed body


@dataclass
class PlanTable:
    """Identity phrases of every plan, inverted (phrase → plans), built once per index snapshot."""

    order: dict[str, int]
    by_phrase: dict[str, list[str]]
    idf: dict[str, float]
    years: dict[str, int | None]
    provinces: dict[str, str]  # doc id → folded province
    locals: dict[str, set[str]]  # doc id → folded commune/district names of a local plan's issuer
    provincial: list[str] = field(default_factory=list)  # plans issued by a province's (or city's) UBND

    @classmethod
    def build(cls, docs: dict[str, DocRecord]) -> PlanTable:
        """Index the identity phrases of ``docs``."""
        by_phrase: dict[str, list[str]] = {}
        for doc_id, rec in docs.items():
            for p in identity_phrases(rec):
                by_phrase.setdefault(p, []).append(doc_id)
        n = max(len(docs), 1)
        return cls(order={d: i for i, d in enumerate(docs)}, by_phrase=by_phrase,
                   idf={p: math.log(1 + n / len(ds)) for p, ds in by_phrase.items()},
                   years={d: rec.meta.year for d, rec in docs.items()},
                   provinces={d: fold(rec.meta.province) for d, rec in docs.items() if rec.meta.province},
                   locals={d: local_places(rec) for d, rec in docs.items() if local_places(rec)},
                   provincial=[d for d, rec in docs.items() if _PROVINCIAL.match(fold(rec.meta.issuer or ""))])

    def _found(self, q: str) -> dict[str, list[str]]:
        """Per plan, its identity phrases that occur in the padded folded question ``q`` (in table order).

        The question is also read with its abbreviations spelled out ("Ban Quản lý các KCN Bắc Ninh").
        """
        long = expand_folded(q)
        found: dict[str, list[str]] = {}
        for phrase, docs in self.by_phrase.items():
            if _occurs(phrase, q, addressed=False) or (long != q and _occurs(phrase, long, addressed=False)):
                for d in docs:
                    found.setdefault(d, []).append(phrase)
        return found

    def found_phrases(self, text: str) -> dict[str, list[str]]:
        """Per plan, its identity phrases that occur in the folded ``text``."""
        return self._found(f" {text} ")

    def referenced(self, question: str) -> list[str]:
        """Plans the question refers to by name *and* place ("Sở VHTTDL Cao Bằng", "xã Phong Thổ").

        Unlike :func:`named_plans` this keeps every such plan, even when a multi-plan question ranks another first.
        """
        q = f" {fold(question)} "
        out = []
        for d, found in self._found(q).items():
            prov = self.provinces.get(d, "")
            places = {p for p in (prov, *self.locals.get(d, set())) if p}
            body = {p for p in found if not prov or not (p == prov or p.endswith(" " + prov))}  # a commune is a body
            if body and any(_occurs(p, q, _ALPHA) for p in places):  # its body and its place are both named
                out.append(d)
        # a province's own plan (its UBND's) is named by the province alone ("… ở Cà Mau và ở Sở KHCN Bắc Ninh"),
        # unless a body of that province is named instead
        taken = {self.provinces.get(d) for d in out}
        for d in self.provincial:
            prov = self.provinces.get(d, "")
            if d not in out and prov and prov not in taken and _occurs(prov, q, _ALPHA):
                out.append(d)
        return out

    def scores(self, question: str) -> dict[str, float]:
        """Positive plan scores only: IDF-weighted identity phrases found in the question (see ``plan_scores``)."""
        q = f" {fold(question)} "
        scores = {d: sum(self.idf[p] for p in found) for d, found in self._found(q).items()}
        for d in scores:
            year = self.years.get(d)
            if year and str(year) in q:
                scores[d] += 0.5
        # a commune's plan is named by its commune, not by its province alone ("Hà Tĩnh" is the UBND tỉnh plan)
        for d in scores:
            if d in self.locals and not any(_occurs(p, q) for p in self.locals[d]):
                scores[d] *= 0.5
        # a province named in the question rules out same-named bodies of other provinces
        # ("Sở Dân tộc và Tôn giáo Lai Châu" is not the Lào Cai one)
        named = {p for p in set(self.provinces.values()) if _occurs(p, q, _ALPHA)}
        if named:
            for d in scores:
                prov = self.provinces.get(d, "")
                if prov and prov not in named and not any(_occurs(p, q) for p in self.locals.get(d, ())):
                    scores[d] *= 0.3
        return scores


def plan_scores(question: str, docs: dict[str, DocRecord], table: PlanTable | None = None) -> dict[str, float]:
    """Per plan, the IDF-weighted sum of its identity phrases found in the question (0 when none)."""
    found = (table or PlanTable.build(docs)).scores(question)
    return {d: found.get(d, 0.0) for d in docs}


def named_plans(question: str, docs: dict[str, DocRecord], table: PlanTable | None = None) -> list[str]:
    """The plans the question singles out (best-scoring ones, in index order), or [] when it names none.

    Pass the snapshot's ``table`` (:meth:`PlanTable.build`) to avoid rebuilding it per question.
    """
    tab = table or PlanTable.build(docs)
    scores = tab.scores(question)
    best = max(scores.values(), default=0.0)
    if best <= 0:
        return []
    chosen = {d for d, s in scores.items() if s >= 0.75 * best}
    # "… at the Ninh Binh Department of Finance and … at the Vietnam Road Administration": each conjunct names its own
    # (a question of one conjunct has no plan its whole does not already rank)
    parts = [p for p in _CONJUNCT.split(fold(question)) if p.strip()]
    for part in parts if len(parts) > 1 else []:
        local = tab.scores(part)
        top = max(local.values(), default=0.0)
        tops = [d for d, s in local.items() if top > 0 and s == top and d not in chosen]
        if not tops:
            continue
        phrases = tab.found_phrases(part)
        # its own conjunct names it: by a fair share of the best score, or by a long name ("Cục Quản lý đê điều")
        chosen |= {d for d in tops if scores.get(d, 0.0) >= 0.4 * best
                   or max(len(p.split()) for p in phrases.get(d, [""])) >= 4}
    return sorted(chosen, key=lambda d: tab.order.get(d, 0))


_CONJUNCT = re.compile(r"\s(?:and|va|con|voi)\s|[;?]")


def rank_named(named: list[str], question: str, table: PlanTable, hits: Sequence[Any], limit: int) -> list[str]:
    """At most ``limit`` of the ``named`` plans: best identity score first, then best retrieved rank.

    Many plans of an archive share a name ("Sở Tư pháp tỉnh …" of every year); searching each of them
    costs one filtered search per plan, so callers keep a bounded, ranked set.
    """
    if len(named) <= limit:
        return named
    scores = table.scores(question)
    first_hit: dict[str, int] = {}
    for i, h in enumerate(hits):
        first_hit.setdefault(h.chunk.doc_id, i)
    ranked = sorted(named, key=lambda d: (-round(scores.get(d, 0.0), 6), first_hit.get(d, len(hits)),
                                          table.order.get(d, 0)))
    return ranked[:limit]

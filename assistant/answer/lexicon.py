"""The domain lexicon (``lexicon.json``): paraphrases → canonical terms, shared by retrieval and the answer selector.

"Ai lo việc số hóa …" asks for the lead unit exactly like "Ai chủ trì …"; "hạn chót" like "thời gian hoàn
thành"; "who is responsible" like "chủ trì". The phrases are data (edit the JSON, not the code); matching is
on the folded form, so unaccented questions match too.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

from assistant.answer.abbrev import expand_folded
from index.normalize import fold, normalize

LEXICON_PATH = Path(__file__).with_name("lexicon.json")
# "những nhiệm vụ CCHC nào", "các việc cải cách gì": a list asked with words between the noun and "nào / gì";
# a count asked with its items ("làm mấy nhiệm vụ, gồm những gì")
_LIST_SHAPE = re.compile(r"\b(?:nhung|cac)\s+(?:nhiem vu|viec|cong viec|san pham)(?:\s+[a-z0-9]+){0,5}\s+(?:nao|gi)\b"
                         r"|\b(?:may|bao nhieu)\s+(?:nhiem vu|viec|cong viec)\b[^?]{0,20}\b(?:gom|la) (?:nhung )?(?:gi|nao)\b")


def _pattern(phrases: list[str]) -> re.Pattern[str]:
    folded = sorted({fold(p) for p in phrases}, key=len, reverse=True)
    return re.compile(r"(?<![a-z0-9])(" + "|".join(re.escape(p) for p in folded) + r")(?![a-z0-9])")


# "kể ra giúp", "cho biết giúp tôi": "giúp" asks a favour of the reader, not who helps with a task
_POLITE = re.compile(r"\b(?:(?:ke ra|ke|liet ke|cho biet|noi|tra loi|tim|xem|check|tom tat)(?: ho)? giup"
                     r"(?: (?:toi|minh|em|voi|nhe|nha))?|giup (?:toi|minh|em)(?: voi)?)\b")


class Lexicon:
    """Role cues, list cues, query expansions and stop words, all folded."""

    def __init__(self, data: dict) -> None:
        self.roles = {role: _pattern(phrases) for role, phrases in data["roles"].items()}
        self.list_cue = _pattern(data["list_cues"])
        self.subtask_cue = _pattern(data.get("subtask_cues") or ["\u0000"])
        self.expansions = {fold(k): v for k, v in data["expand"].items()}
        self._expand = _pattern(list(data["expand"]))
        self.canonicals = {fold(k): v for k, v in (data.get("canonical") or {}).items()}
        self._canonical = _pattern(list(data.get("canonical") or {"\u0000": ""}))
        self.stop = frozenset(data["stop"])
        self._compound = _pattern(data.get("compounds") or ["\u0000"])
        accented = sorted({normalize(p).lower() for p in data.get("compounds") or ["\u0000"]}, key=len, reverse=True)
        self._compound_accented = re.compile(r"(?<!\w)(" + "|".join(re.escape(p) for p in accented) + r")(?!\w)")
        self.off_domain = _pattern(data.get("off_domain") or ["\u0000"])
        self.catalog = _pattern(data.get("catalog_cues") or ["\u0000"])
        self.agencies: tuple[str, ...] = tuple(data.get("agencies", []))
        self.catalog_words = frozenset(w for p in data.get("catalog_words", []) for w in fold(p).split())
        # near-neighbour data (see assistant.answer.mismatch): folded groups and slots, accented slots lower-cased
        self.contrasts = [tuple(fold(p) for p in g) for g in data.get("contrasts", [])]
        self.contrast_slots = [fold(s) for s in data.get("contrast_slots", [])]
        self.contrast_slots_accented = [normalize(s).lower() for s in data.get("contrast_slots_accented", [])]
        self._equivalent = {fold(p): i for i, g in enumerate(data.get("equivalents", [])) for p in g}
        self._groups = [[fold(p) for p in g] for g in data.get("equivalents", [])]
        self._equivalent_any = _pattern([p for g in data.get("equivalents", []) for p in g] or ["\u0000"])

    def equivalent_words(self, folded: str) -> set[str]:
        """The words of every wording equivalent to one the folded text uses ("giảm" → "rút", "ngắn", "cắt" …)."""
        out: set[str] = set()
        for m in self._equivalent_any.finditer(folded):
            out.update(w for p in self._groups[self._equivalent[m.group(1)]] for w in p.split())
        return out

    def equivalents_of(self, folded: str) -> list[str]:
        """The other folded wordings of the group ``folded`` belongs to ("binh quan" → ["trung binh"])."""
        i = self._equivalent.get(folded)
        return [] if i is None else [p for p in self._groups[i] if p != folded]

    def equivalent(self, a: str, b: str) -> bool:
        """Two folded wordings a plan uses for the same thing ("tối đa" / "không quá")."""
        i = self._equivalent.get(a)
        return i is not None and i == self._equivalent.get(b)

    def off_topic(self, question: str) -> str | None:
        """A topic no CCHC plan regulates (salary, weather, fees, hotlines …) that the question asks about."""
        m = self.off_domain.search(fold(question))
        return m.group(1) if m else None

    def asked_roles(self, question: str) -> list[str]:
        """The record fields the question asks for (lead, partner, deadline, product, report), in lexicon order.

        Abbreviations are spelled out first ("hạn BC năm" asks for a report).
        """
        q = _POLITE.sub(" ", expand_folded(fold(question)))
        return [role for role, pat in self.roles.items() if pat.search(q)]

    def without_roles(self, text: str) -> str:
        """The folded text with its asked-role cues blanked ("trước ngày nào", "do ai chủ trì").

        Those cues say what is asked, not what the question is about.
        """
        folded = fold(text)
        for pattern in self.roles.values():
            folded = pattern.sub(" ", folded)
        return folded

    def is_list(self, question: str) -> bool:
        """"Liệt kê …", "những nhiệm vụ nào …" (also "những NV nào"), "list the tasks …"."""
        q = expand_folded(fold(question))
        return bool(self.list_cue.search(q) or _LIST_SHAPE.search(q))

    def is_subtasks(self, question: str) -> bool:
        """"… gồm những việc con nào", "các nhiệm vụ con của mục 1": the rows under a parent row."""
        return bool(self.subtask_cue.search(fold(question)))

    def expand(self, question: str) -> str:
        """The question followed by the canonical terms of the paraphrases it uses (for the lexical search)."""
        q = fold(question)
        extra = [self.expansions[m.group(1)] for m in self._expand.finditer(q)]
        extra = [e for e in dict.fromkeys(extra) if fold(e) not in q]
        return f"{question} {' '.join(extra)}" if extra else question

    def canonical(self, question: str) -> str:
        """The question with everyday wordings replaced by the plans' own terms ("bao nhiêu tiền" → "kinh phí …").

        Matched on the folded form (so unaccented questions match too), replaced in the question as typed.
        """
        text = normalize(question)
        folded = _folded_same_length(text)
        out, last = [], 0
        for m in self._canonical.finditer(folded):
            out += [text[last:m.start()], self.canonicals[m.group(1)]]
            last = m.end()
        return "".join(out) + text[last:] if out else question

    def compounds(self, text: str) -> list[str]:
        """The stop-word compounds of a text as one folded word each ("tài chính" → "taichinh").

        Text typed with diacritics is matched with them ("tại chính" is no "tài chính"); bare text folded.
        """
        low = " ".join(normalize(text).lower().split())
        if fold(low) != low:
            return [fold(m.group(1)).replace(" ", "") for m in self._compound_accented.finditer(low)]
        return [m.group(1).replace(" ", "") for m in self._compound.finditer(low)]

    def content_words(self, text: str) -> list[str]:
        """Folded content words (abbreviations expanded, stop words and one-letter words dropped).

        A compound of stop words ("tài chính", "một cửa") is one content word (:meth:`compounds`).
        """
        folded = expand_folded(fold(self.expand(text)))
        words = [w for w in re.findall(r"[0-9a-z]+", folded) if len(w) > 1 and w not in self.stop]
        return words + self.compounds(text)


def _folded_same_length(text: str) -> str:
    """``fold`` character by character, so positions in the result are positions in ``text``."""
    return "".join((fold(ch) or " ")[:1] if not ch.isspace() else " " for ch in text)


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The lexicon loaded once from ``lexicon.json``."""
    return Lexicon(json.loads(LEXICON_PATH.read_text(encoding="utf-8")))

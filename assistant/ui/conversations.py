"""Saved chat conversations, per browser, in ``<data_dir>/conversations.sqlite3`` (stdlib sqlite3, WAL).

A browser is named by a random 128-bit id (32 hex characters) that the page keeps in its localStorage; every
read, write and delete is scoped by that id, so one browser never sees another's conversations. Everything
stored is bounded: conversations per browser and in total (the least recently used are dropped), turns per
conversation, and the length of each text, title and turn record.
"""

from __future__ import annotations

import json
import re
import sqlite3
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

FILE_NAME = "conversations.sqlite3"
MAX_CONVERSATIONS = 50  # per browser; the least recently used one goes first
MAX_TOTAL_CONVERSATIONS = 5000  # all browsers together (bounds the file whatever ids clients invent)
MAX_TURNS = 200  # per conversation; later turns are not saved (the UI says so)
MAX_TEXT = 20_000  # characters of a question, an answer or a quote/passage
MAX_TITLE = 120
MAX_CITATIONS = 30
MAX_RECORD = 400_000  # characters of one turn's JSON, whatever its parts

_BROWSER_ID = re.compile(r"[0-9a-f]{32}")
_CONV_ID = re.compile(r"[0-9a-f]{8,32}")
_CITATION_KEYS = ("document", "title", "section", "quote", "text", "page", "line_start", "line_end", "score")

_SCHEMA = """
CREATE TABLE IF NOT EXISTS conversations (
    id TEXT NOT NULL, browser TEXT NOT NULL, title TEXT NOT NULL, created REAL NOT NULL, updated REAL NOT NULL,
    turns INTEGER NOT NULL DEFAULT 0, PRIMARY KEY (browser, id));
CREATE INDEX IF NOT EXISTS conversations_updated ON conversations (browser, updated);
CREATE TABLE IF NOT EXISTS turns (
    browser TEXT NOT NULL, conversation TEXT NOT NULL, position INTEGER NOT NULL, record TEXT NOT NULL,
    created REAL NOT NULL, PRIMARY KEY (browser, conversation, position));
"""


def valid_browser_id(value: object) -> str | None:
    """``value`` when it is a well-formed browser id (32 lowercase hex characters), else None."""
    return value if isinstance(value, str) and _BROWSER_ID.fullmatch(value) else None


def valid_conversation_id(value: object) -> str | None:
    """``value`` when it is a well-formed conversation id (8–32 lowercase hex characters), else None."""
    return value if isinstance(value, str) and _CONV_ID.fullmatch(value) else None


def clip(text: object, limit: int = MAX_TEXT) -> str:
    """``text`` as a string of at most ``limit`` characters (an ellipsis marks a cut)."""
    s = "" if text is None else str(text)
    return s if len(s) <= limit else s[: limit - 1] + "…"


def _citation(c: Any) -> dict[str, Any]:
    """The fields of a citation or related passage needed to draw its card again, each bounded."""
    if not isinstance(c, dict):
        return {}
    out: dict[str, Any] = {}
    for k in _CITATION_KEYS:
        v = c.get(k)
        if isinstance(v, bool) or v is None:
            continue
        if isinstance(v, int | float):
            out[k] = v
        else:
            out[k] = clip(v, MAX_TEXT if k in ("quote", "text") else 1000)
    return out


def turn_record(record: dict[str, Any]) -> dict[str, Any]:
    """A bounded copy of one answered turn: question, answer, plain text, abstained, citations, related."""
    out: dict[str, Any] = {
        "question": clip(record.get("question")), "answer": clip(record.get("answer")),
        "plain": clip(record.get("plain"), 4 * MAX_TEXT), "abstained": bool(record.get("abstained")),
        "citations": [_citation(c) for c in list(record.get("citations") or [])[:MAX_CITATIONS]],
        "related": [_citation(c) for c in list(record.get("related") or [])[:3]],
    }
    while len(json.dumps(out, ensure_ascii=False)) > MAX_RECORD and (out["citations"] or out["related"]):
        (out["related"] if out["related"] else out["citations"]).pop()
    return out


@dataclass(frozen=True)
class Summary:
    """One saved conversation as listed: id, title (its first question), last update, number of turns."""

    id: str
    title: str
    updated: float
    turns: int

    def label(self) -> str:
        """The list label: "dd/mm/yyyy HH:MM · title"."""
        return f"{time.strftime('%d/%m/%Y %H:%M', time.localtime(self.updated))} · {self.title}"


class ConversationStore:
    """Conversations and their turns in one SQLite file; every method is scoped by a browser id."""

    def __init__(self, data_dir: Path, max_conversations: int = MAX_CONVERSATIONS,
                 max_turns: int = MAX_TURNS, max_total: int = MAX_TOTAL_CONVERSATIONS) -> None:
        self.path = Path(data_dir) / FILE_NAME
        self.max_conversations = max_conversations
        self.max_turns = max_turns
        self.max_total = max_total
        self._lock = threading.Lock()
        self._ready = False

    @contextmanager
    def _db(self) -> Iterator[sqlite3.Connection]:
        """A connection in one transaction (committed on success), the schema created on first use."""
        with self._lock:
            if not self._ready:
                self.path.parent.mkdir(parents=True, exist_ok=True)
            con = sqlite3.connect(self.path, timeout=10)
            try:
                if not self._ready:
                    con.execute("PRAGMA journal_mode=WAL")
                    con.executescript(_SCHEMA)
                    self._ready = True
                con.execute("PRAGMA busy_timeout=10000")
                with con:
                    yield con
            finally:
                con.close()

    def add_turn(self, browser: str, conversation: str, record: dict[str, Any], key: int | None = None) -> bool:
        """Append one answered turn (creating the conversation, titled by its question); False when not saved.

        Not saved: a malformed id, or a conversation already holding ``max_turns`` turns. ``key`` (the answer's
        position in the chat) makes the call idempotent: a turn already saved under it is not saved again, so two
        overlapping saves of one answer (a question sent while the previous answer is being saved) store it once.
        """
        if not valid_browser_id(browser) or not valid_conversation_id(conversation):
            return False
        rec = turn_record(record)
        if key is not None:
            rec["msg"] = int(key)
        now = time.time()
        with self._db() as con:
            if key is not None and con.execute(
                    "SELECT 1 FROM turns WHERE browser=? AND conversation=? AND json_extract(record, '$.msg')=?",
                    (browser, conversation, int(key))).fetchone():
                return True
            row = con.execute("SELECT turns FROM conversations WHERE browser=? AND id=?",
                              (browser, conversation)).fetchone()
            if row is None:
                title = clip(" ".join(rec["question"].split()) or "Hội thoại", MAX_TITLE)
                con.execute("INSERT INTO conversations (id, browser, title, created, updated, turns) "
                            "VALUES (?, ?, ?, ?, ?, 0)", (conversation, browser, title, now, now))
                count = 0
            else:
                count = int(row[0])
            if count >= self.max_turns:
                return False
            con.execute("INSERT INTO turns (browser, conversation, position, record, created) VALUES (?, ?, ?, ?, ?)",
                        (browser, conversation, count, json.dumps(rec, ensure_ascii=False), now))
            con.execute("UPDATE conversations SET turns=?, updated=? WHERE browser=? AND id=?",
                        (count + 1, now, browser, conversation))
            self._prune(con, browser)
        return True

    def _prune(self, con: sqlite3.Connection, browser: str) -> None:
        """Drop the least recently used conversations beyond the per-browser and total limits."""
        stale = con.execute("SELECT browser, id FROM conversations WHERE browser=? ORDER BY updated DESC "
                            "LIMIT -1 OFFSET ?", (browser, self.max_conversations)).fetchall()
        stale += con.execute("SELECT browser, id FROM conversations ORDER BY updated DESC LIMIT -1 OFFSET ?",
                             (self.max_total,)).fetchall()
        for b, c in stale:
            con.execute("DELETE FROM turns WHERE browser=? AND conversation=?", (b, c))
            con.execute("DELETE FROM conversations WHERE browser=? AND id=?", (b, c))

    def conversations(self, browser: str) -> list[Summary]:
        """The browser's conversations, most recently updated first."""
        if not valid_browser_id(browser):
            return []
        with self._db() as con:
            rows = con.execute("SELECT id, title, updated, turns FROM conversations WHERE browser=? "
                               "ORDER BY updated DESC, rowid DESC", (browser,)).fetchall()
        return [Summary(str(i), str(t), float(u), int(n)) for i, t, u, n in rows]

    def turns(self, browser: str, conversation: str) -> list[dict[str, Any]] | None:
        """The turns of one of the browser's conversations in order; None when it has no such conversation."""
        if not valid_browser_id(browser) or not valid_conversation_id(conversation):
            return None
        with self._db() as con:
            if con.execute("SELECT 1 FROM conversations WHERE browser=? AND id=?",
                           (browser, conversation)).fetchone() is None:
                return None
            rows = con.execute("SELECT record FROM turns WHERE browser=? AND conversation=? ORDER BY position",
                               (browser, conversation)).fetchall()
        out = []
        for (raw,) in rows:
            try:
                rec = json.loads(raw)
            except ValueError:
                continue
            if isinstance(rec, dict):
                out.append(turn_record(rec))
        return out

    def title(self, browser: str, conversation: str) -> str | None:
        """The title of one of the browser's conversations, or None."""
        return next((s.title for s in self.conversations(browser) if s.id == conversation), None)

    def delete(self, browser: str, conversation: str) -> bool:
        """Delete one of the browser's conversations; False when it has no such conversation."""
        if not valid_browser_id(browser) or not valid_conversation_id(conversation):
            return False
        with self._db() as con:
            gone = con.execute("DELETE FROM conversations WHERE browser=? AND id=?", (browser, conversation)).rowcount
            con.execute("DELETE FROM turns WHERE browser=? AND conversation=?", (browser, conversation))
        return bool(gone)

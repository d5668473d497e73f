"""Saved conversations (SQLite, per browser) and the DOCX export of a conversation, without a browser."""

from __future__ import annotations

import io
import secrets
import sqlite3
from pathlib import Path
from typing import Any

import gradio as gr

from assistant.ui.conversations import (
    FILE_NAME,
    MAX_TEXT,
    MAX_TITLE,
    ConversationStore,
    valid_browser_id,
    valid_conversation_id,
)
from assistant.ui.export_docx import conversation_docx
from assistant.ui.handlers import new_conv
from assistant.ui.saved import ConversationHandlers

CITATION = {"document": "kh-noi-vu", "title": "Kế hoạch CCHC năm 2025", "section": "III. Tổ chức thực hiện",
            "quote": "Các đơn vị báo cáo Sở Nội vụ trước ngày 15/12.", "page": 4, "line_start": 88, "line_end": 90}
TURN = {"question": "Đơn vị nào báo cáo Sở Nội vụ?", "answer": "Các đơn vị báo cáo Sở Nội vụ [1].",
        "citations": [CITATION], "abstained": False, "plain": "Các đơn vị báo cáo Sở Nội vụ [1].\n\nNguồn:\n[1] …"}


def browser() -> str:
    return secrets.token_hex(16)


def test_ids_are_validated() -> None:
    assert valid_browser_id("a" * 32) and valid_browser_id(browser())
    for bad in ("A" * 32, "a" * 31, "a" * 33, "../" + "a" * 29, "", None, 7, "g" * 32, "a" * 32 + "\n"):
        assert valid_browser_id(bad) is None, bad
    assert valid_conversation_id("0123abcd") and valid_conversation_id("f" * 32)
    for bad in ("abc", "f" * 33, "x" * 12, "' OR 1=1 --", None):
        assert valid_conversation_id(bad) is None, bad


def test_turns_round_trip_in_order_and_browsers_are_isolated(tmp_path: Path) -> None:
    store = ConversationStore(tmp_path)
    mine, other = browser(), browser()
    assert store.add_turn(mine, "c0ffee0001", TURN)
    assert store.add_turn(mine, "c0ffee0001", {**TURN, "question": "Câu thứ hai?", "abstained": True,
                                                "citations": [], "related": [CITATION] * 5})
    turns = store.turns(mine, "c0ffee0001")
    assert turns is not None and [t["question"] for t in turns] == [TURN["question"], "Câu thứ hai?"]
    assert turns[0]["citations"][0]["quote"] == CITATION["quote"] and turns[0]["citations"][0]["line_start"] == 88
    assert turns[1]["abstained"] and len(turns[1]["related"]) == 3
    [summary] = store.conversations(mine)
    assert summary.title == TURN["question"] and summary.turns == 2 and "·" in summary.label()
    # another browser sees nothing of it, cannot read or delete it, and its own same-id conversation is separate
    assert store.conversations(other) == [] and store.turns(other, "c0ffee0001") is None
    assert not store.delete(other, "c0ffee0001") and store.turns(mine, "c0ffee0001") is not None
    assert store.add_turn(other, "c0ffee0001", {**TURN, "question": "Của trình duyệt khác"})
    assert [t["question"] for t in store.turns(mine, "c0ffee0001") or []][0] == TURN["question"]
    assert store.delete(mine, "c0ffee0001") and store.conversations(mine) == []
    assert [s.title for s in store.conversations(other)] == ["Của trình duyệt khác"]
    # a restart is a new store on the same file
    assert [s.title for s in ConversationStore(tmp_path).conversations(other)] == ["Của trình duyệt khác"]
    with sqlite3.connect(tmp_path / FILE_NAME) as con:
        assert con.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_malformed_ids_store_and_return_nothing(tmp_path: Path) -> None:
    store = ConversationStore(tmp_path)
    assert not store.add_turn("not-a-browser", "c0ffee0001", TURN)
    assert not store.add_turn(browser(), "../../etc", TURN)
    assert store.conversations("x") == [] and store.turns("x", "c0ffee0001") is None
    assert not (tmp_path / FILE_NAME).exists() or store.conversations(browser()) == []


def test_sizes_are_bounded(tmp_path: Path) -> None:
    store = ConversationStore(tmp_path, max_conversations=3, max_turns=2, max_total=5)
    b = browser()
    long_q = "Câu hỏi rất dài " * 5000
    assert store.add_turn(b, "aaaaaaaa01", {**TURN, "question": long_q, "answer": "x" * (MAX_TEXT * 3)})
    [t] = store.turns(b, "aaaaaaaa01") or []
    assert len(t["question"]) == MAX_TEXT and len(t["answer"]) == MAX_TEXT and t["answer"].endswith("…")
    assert len(store.conversations(b)[0].title) == MAX_TITLE
    assert store.add_turn(b, "aaaaaaaa01", TURN) and not store.add_turn(b, "aaaaaaaa01", TURN)  # two turns at most
    assert len(store.turns(b, "aaaaaaaa01") or []) == 2
    for i in range(2, 6):  # three conversations per browser: the least recently used ones go
        assert store.add_turn(b, f"aaaaaaaa0{i}", TURN)
    assert [s.id for s in store.conversations(b)] == ["aaaaaaaa05", "aaaaaaaa04", "aaaaaaaa03"]
    assert store.turns(b, "aaaaaaaa01") is None
    for _ in range(4):  # five in all, whatever the number of browsers
        store.add_turn(browser(), "bbbbbbbb01", TURN)
    with sqlite3.connect(tmp_path / FILE_NAME) as con:
        assert con.execute("SELECT COUNT(*) FROM conversations").fetchone()[0] == 5
        orphans = con.execute("SELECT COUNT(*) FROM turns t WHERE NOT EXISTS (SELECT 1 FROM conversations c "
                              "WHERE c.browser=t.browser AND c.id=t.conversation)").fetchone()[0]
        assert orphans == 0


def test_docx_has_questions_answers_and_numbered_sources() -> None:
    import docx

    data = conversation_docx([{**TURN, "answer": "Các đơn vị báo cáo\x01 Sở Nội vụ [1]."},
                              {"question": "Giá vé máy bay?", "answer": "", "abstained": True, "citations": []}])
    doc = docx.Document(io.BytesIO(data))
    texts = [p.text for p in doc.paragraphs]
    assert texts[0] == "Hội thoại với Trợ lý CCHC"
    assert "1. Đơn vị nào báo cáo Sở Nội vụ?" in texts and "Các đơn vị báo cáo Sở Nội vụ [1]." in texts
    assert "[1] Kế hoạch CCHC năm 2025 — III. Tổ chức thực hiện (trang 4, dòng 88–90)" in texts
    assert "“Các đơn vị báo cáo Sở Nội vụ trước ngày 15/12.”" in texts
    assert "2. Giá vé máy bay?" in texts and "Không tìm thấy câu trả lời trong các kế hoạch đã chọn." in texts
    assert texts.count("Nguồn:") == 1


def handlers(tmp_path: Path, api_key: str | None = None) -> ConversationHandlers:
    from assistant.api.jobs import JobManager
    from assistant.engine import Engine
    from assistant.settings import get_settings
    from assistant.ui.handlers import Handlers

    engine = Engine(get_settings(data_dir=tmp_path / "data", embedding_backend="hashing", api_key=api_key))
    return ConversationHandlers(Handlers(engine, JobManager(engine)))


def conv_with(*records: dict[str, Any]) -> dict[str, Any]:
    return new_conv({"answers": {str(2 * i + 1): r for i, r in enumerate(records)}})


def test_handlers_save_once_reopen_escaped_and_stay_in_their_browser(tmp_path: Path) -> None:
    ch = handlers(tmp_path)
    mine, other = browser(), browser()
    evil = {**TURN, "question": '<img src=x onerror="alert(1)"> [bấm](javascript:alert(1))'}
    conv, _, status, md, docx_file = ch.after_answer(conv_with(evil), mine, None)
    assert status == "" and conv["saved"] == 1 and md["visible"] and str(docx_file["value"]).endswith(".docx")
    conv, _, _, _, _ = ch.after_answer(conv, mine, None)  # nothing new: nothing saved twice
    conv = {**conv, "answers": {**conv["answers"], "3": TURN}}
    conv, listing, _, _, _ = ch.after_answer(conv, mine, None)
    assert [t["question"] for t in ch.store.turns(mine, conv["id"]) or []] == [evil["question"], TURN["question"]]
    assert listing["value"] == conv["id"] and len(listing["choices"]) == 1

    messages, state, status, _, _ = ch.open(conv["id"], mine, None, new_conv())
    assert "Đã mở hội thoại" in status and "<img" not in status
    assert [m["role"] for m in messages] == ["user", "assistant"] * 2 and state["id"] == conv["id"]
    assert "<img" not in messages[0]["content"] and "](javascript" not in messages[0]["content"]
    assert 'class="cchc-card"' in messages[1]["content"] and "cchc-copy" in messages[3]["content"]
    assert set(state["answers"]) == {"1", "3"} and state["saved"] == 3 and len(state["history"]) == 4

    # another browser, a malformed id or browser: nothing is read, deleted or listed
    for b, c in ((other, conv["id"]), (mine, "../x"), ("x" * 32, conv["id"]), (mine.upper(), conv["id"])):
        chat, _, why, _, _ = ch.open(c, b, None, new_conv())
        assert "Không tìm thấy" in why and chat == gr.skip()
    assert ch.listing(other, None)["choices"] == []
    assert ch.start("' OR 1=1 --", None)[0] == "" and ch.start(mine, None)[0] == mine
    assert "Không tìm thấy" in ch.delete(conv["id"], other, None, new_conv())[1]
    listing, status, chat, fresh, _, _ = ch.delete(conv["id"], mine, None, state)  # the open one: chat starts anew
    assert "Đã xóa" in status and chat == [] and fresh["id"] != conv["id"] and listing["choices"] == []


def test_handlers_need_the_api_key_when_one_is_set(tmp_path: Path) -> None:
    ch = handlers(tmp_path, api_key="bi-mat")
    b = browser()
    _, _, status, _, _ = ch.after_answer(conv_with(TURN), b, "sai")
    assert "Khóa API" in status and ch.store.conversations(b) == []
    conv, _, status, _, _ = ch.after_answer(conv_with(TURN), b, "bi-mat")
    assert status == "" and len(ch.store.conversations(b)) == 1
    assert ch.listing(b, None)["choices"] == [] and "Khóa API" in ch.open(conv["id"], b, "", new_conv())[2]
    assert len(ch.listing(b, "bi-mat")["choices"]) == 1


def test_an_answer_saved_twice_under_its_key_is_stored_once(tmp_path: Path) -> None:
    """Overlapping saves (a question sent while the previous answer is still being saved) keep one turn each."""
    store = ConversationStore(tmp_path)
    mine = browser()
    assert store.add_turn(mine, "c0ffee0002", TURN, key=1)
    assert store.add_turn(mine, "c0ffee0002", TURN, key=1)
    assert store.add_turn(mine, "c0ffee0002", {**TURN, "question": "Câu thứ hai?"}, key=3)
    turns = store.turns(mine, "c0ffee0002") or []
    assert [t["question"] for t in turns] == [TURN["question"], "Câu thứ hai?"]
    assert store.conversations(mine)[0].turns == 2

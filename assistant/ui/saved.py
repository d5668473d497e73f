"""Gradio side of saved conversations: the sidebar list, reopening, deleting, saving each answer, DOCX export.

The browser id comes from the page's localStorage once, on load (:data:`BROWSER_ID_JS`), is checked here and
kept in the session's server-side state; every other value a client sends (the conversation picked in the
list) is checked against that browser's own conversations.
"""

from __future__ import annotations

import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

import gradio as gr

from assistant.ui.cards import cards_html, copy_block, plain_text
from assistant.ui.conversations import ConversationStore, valid_browser_id, valid_conversation_id
from assistant.ui.export_docx import conversation_docx
from assistant.ui.handlers import BAD_KEY, Handlers, Messages, new_conv, safe_markdown

# Run in the page before the load handler: the browser's random id from localStorage (created when missing).
BROWSER_ID_JS = r"""
(b, k) => {
  let id = null;
  try { id = window.localStorage.getItem('cchc_browser'); } catch (e) { id = window.__cchcBrowser || null; }
  if (!/^[0-9a-f]{32}$/.test(id || '')) {
    const a = new Uint8Array(16);
    window.crypto.getRandomValues(a);
    id = Array.from(a, (x) => x.toString(16).padStart(2, '0')).join('');
    try { window.localStorage.setItem('cchc_browser', id); } catch (e) { window.__cchcBrowser = id; }
  }
  return [id, k];
}
"""
NO_BROWSER = "Trình duyệt này không lưu được hội thoại (không có bộ nhớ cục bộ)."
FULL = "Hội thoại đã đủ {n} lượt được lưu; hãy bắt đầu cuộc hội thoại mới để tiếp tục lưu."


def counter_html(limit: int) -> str:
    """The "0/limit ký tự" counter under the question box (client_drafts.py keeps it up to date)."""
    return (f'<div class="cchc-count" data-max="{int(limit)}" aria-live="polite">0/{int(limit)} ký tự</div>')


def messages_of(turns: list[dict[str, Any]]) -> tuple[Messages, dict[str, dict[str, Any]], list[dict[str, str]]]:
    """The chat messages, the per-message answer records and the engine history of saved turns (drawn as asked)."""
    messages: Messages = []
    answers: dict[str, dict[str, Any]] = {}
    history: list[dict[str, str]] = []
    for t in turns:
        q = str(t.get("question", ""))
        abstained = bool(t.get("abstained")) or not t.get("citations")
        answer = {"answer": t.get("answer", ""), "abstained": abstained, "citations": t.get("citations") or [],
                  "related": t.get("related") or []}
        plain = str(t.get("plain") or plain_text(answer))
        tail = cards_html(answer, q) + copy_block(plain)
        shown = "" if abstained else safe_markdown(str(t.get("answer", "")))
        messages.append({"role": "user", "content": safe_markdown(q)})
        messages.append({"role": "assistant", "content": (shown + "\n\n" + tail) if shown else tail})
        answers[str(len(messages) - 1)] = {"question": q, "answer": t.get("answer", ""), "abstained": abstained,
                                           "citations": [] if abstained else answer["citations"], "plain": plain,
                                           "related": answer["related"]}
        history += [{"role": "user", "content": q}, {"role": "assistant", "content": str(t.get("answer", ""))}]
    return messages, answers, history


class ConversationHandlers:
    """Handlers of the saved-conversation controls, sharing the chat handlers' settings and key check."""

    def __init__(self, handlers: Handlers) -> None:
        self.h = handlers
        self.store = ConversationStore(handlers.settings.data_dir)

    def _browser(self, browser: object, key: str | None) -> str | None:
        return valid_browser_id(browser) if self.h.authorised(key) else None

    def listing(self, browser: str | None, key: str | None, selected: str | None = None) -> Any:
        """The list of the browser's conversations ("date · first question"), ``selected`` ticked."""
        b = self._browser(browser, key)
        items = self.store.conversations(b) if b else []
        choices = [(s.label(), s.id) for s in items]
        return gr.update(choices=choices, value=selected if any(s.id == selected for s in items) else None)

    def start(self, raw_browser: str | None, key: str | None) -> tuple[str, Any, str]:
        """On page load: keep the page's browser id (when well formed) and list its conversations."""
        browser = valid_browser_id((raw_browser or "").strip().lower()[:64]) or ""
        status = "" if browser else NO_BROWSER
        return browser, self.listing(browser, key), status

    def refresh(self, browser: str | None, key: str | None, conv: dict[str, Any] | None) -> Any:
        """The list again (after the API key is typed), the open conversation ticked."""
        return self.listing(browser, key, new_conv(conv)["id"])

    def after_answer(self, conv: dict[str, Any] | None, browser: str | None,
                     key: str | None) -> tuple[dict[str, Any], Any, str, Any, Any]:
        """Save the answers not saved yet, then refresh the list and both exports (Markdown, DOCX)."""
        conv = new_conv(conv)
        b = self._browser(browser, key)
        status = "" if b else (BAD_KEY if not self.h.authorised(key) else NO_BROWSER)
        done = int(conv.get("saved", -1))
        for index in sorted((int(k) for k in conv["answers"]), key=int):
            if index <= done or not b:
                continue
            if not self.store.add_turn(b, conv["id"], conv["answers"][str(index)], key=index):
                status = FULL.format(n=self.store.max_turns)
            done = index
        conv = {**conv, "saved": done}
        return conv, self.listing(b, key, conv["id"]), status, self.h.export(conv), self.export_docx(conv)

    def open(self, choice: str | None, browser: str | None, key: str | None,
             conv: dict[str, Any] | None) -> tuple[Any, dict[str, Any], str, Any, Any]:
        """Reopen one of the browser's conversations with its answers and cards (chat, state, status, exports)."""
        b = self._browser(browser, key)
        conv_id = valid_conversation_id(choice)
        turns = self.store.turns(b, conv_id) if b and conv_id else None
        if turns is None or conv_id is None or b is None:
            why = BAD_KEY if not self.h.authorised(key) else "Không tìm thấy hội thoại này trong trình duyệt."
            return gr.skip(), new_conv(conv), why, gr.skip(), gr.skip()
        messages, answers, history = messages_of(turns)
        last = answers[max(answers, key=int)] if answers else None
        state = new_conv({"id": conv_id, "answers": answers, "history": history, "last": last,
                          "saved": len(messages) - 1})
        title = self.store.title(b, conv_id) or ""
        return (messages, state, f"Đã mở hội thoại “{safe_markdown(title[:80])}” ({len(turns)} câu hỏi).",
                self.h.export(state), self.export_docx(state))

    def delete(self, choice: str | None, browser: str | None, key: str | None,
               conv: dict[str, Any] | None) -> tuple[Any, str, Any, dict[str, Any], Any, Any]:
        """Delete the conversation picked in the list (when it is the open one, the chat starts anew)."""
        conv = new_conv(conv)
        b = self._browser(browser, key)
        conv_id = valid_conversation_id(choice)
        if not b:
            return gr.skip(), BAD_KEY if not self.h.authorised(key) else NO_BROWSER, gr.skip(), conv, gr.skip(), \
                gr.skip()
        if conv_id is None:
            return gr.skip(), "Chọn một hội thoại trong danh sách trước khi xóa.", gr.skip(), conv, gr.skip(), \
                gr.skip()
        title = self.store.title(b, conv_id) or ""
        if not self.store.delete(b, conv_id):
            return self.listing(b, key, conv["id"]), "Không tìm thấy hội thoại này.", gr.skip(), conv, gr.skip(), \
                gr.skip()
        message = f"Đã xóa hội thoại “{safe_markdown(title[:80])}”."
        if conv_id != conv["id"]:
            return self.listing(b, key, conv["id"]), message, gr.skip(), conv, gr.skip(), gr.skip()
        hidden = gr.update(value=None, visible=False)
        return self.listing(b, key), message, [], new_conv(), hidden, hidden

    def export_docx(self, conv: dict[str, Any] | None) -> Any:
        """The conversation as a Word file for "Tải hội thoại (DOCX)" (hidden until there is an answer)."""
        answers = new_conv(conv)["answers"]
        if not answers:
            return gr.update(value=None, visible=False)
        turns = [answers[k] for k in sorted(answers, key=int)]
        folder = Path(tempfile.gettempdir()) / "cchc-exports"
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"hoi-thoai-{time.strftime('%Y%m%d-%H%M%S')}-{uuid.uuid4().hex[:6]}.docx"
        path.write_bytes(conversation_docx(turns))
        return gr.update(value=str(path), visible=True)

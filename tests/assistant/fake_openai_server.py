"""A small real OpenAI-compatible HTTP server with deterministic replies, for testing the LLM mode.

``POST /v1/chat/completions`` reads the last user message (the filled prompt) and replies by rule:

- a condense prompt (it ends with "Câu hỏi độc lập:") → the follow-up question prefixed with
  ``CONDENSED_PREFIX`` (so tests can see the rewritten question reached the answer prompt);
- an answer prompt whose question contains "tỷ lệ" → a hallucinated sentence with made-up numbers
  citing [1] (:data:`HALLUCINATION`);
- an answer prompt whose question contains "ngoài kế hoạch" → the "not found" sentence without markers;
- any other answer prompt → the longest sentence of passage [1], copied verbatim, followed by "[1]".

Run standalone with ``python tests/assistant/fake_openai_server.py [port]``.
"""

from __future__ import annotations

import json
import re
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

HALLUCINATION = ("Theo kế hoạch, tỷ lệ hồ sơ được xử lý trực tuyến phải đạt 97,5% trước ngày 31/12/2031, "
                 "do Bộ Ngoại giao chủ trì thực hiện [1].")
NOT_FOUND = "Không tìm thấy thông tin này trong các kế hoạch đã nạp."
CONDENSED_PREFIX = "Câu hỏi đầy đủ:"


def _question(prompt: str) -> str:
    m = re.search(r"^Câu hỏi: (.*)$", prompt, flags=re.MULTILINE)
    return m.group(1).strip() if m else ""


def _passage_one(prompt: str) -> str:
    m = re.search(r"^\[1\] [^\n]*\n(.*?)(?=\n\n\[2\] |\n\nCâu hỏi: |\Z)", prompt, flags=re.MULTILINE | re.DOTALL)
    return m.group(1).strip() if m else ""


def reply_for(prompt: str) -> str:
    """The deterministic reply to one prompt (see the module docstring)."""
    if prompt.rstrip().endswith("Câu hỏi độc lập:"):
        m = re.search(r"^Câu hỏi tiếp theo: (.*)$", prompt, flags=re.MULTILINE)
        return f"{CONDENSED_PREFIX} {m.group(1).strip() if m else ''}"
    question = _question(prompt).lower()
    if "tỷ lệ" in question:
        return HALLUCINATION
    if "ngoài kế hoạch" in question:
        return NOT_FOUND
    parts = re.split(r"(?<=[.;])\s+", _passage_one(prompt).rstrip(" …"))
    best = max(parts, key=lambda s: len(s.split()), default="")
    return f"{best.rstrip(' .;')} [1]."


class _Handler(BaseHTTPRequestHandler):
    server: FakeOpenAIServer

    def log_message(self, format: str, *args: Any) -> None:  # keep test output quiet
        return

    def _send(self, status: int, body: dict[str, Any]) -> None:
        data = json.dumps(body, ensure_ascii=False).encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def do_POST(self) -> None:
        if self.path.rstrip("/") != "/v1/chat/completions":
            self._send(404, {"error": {"message": f"unknown path {self.path}"}})
            return
        body = json.loads(self.rfile.read(int(self.headers.get("Content-Length", "0"))) or b"{}")
        messages = body.get("messages") or []
        prompt = next((m.get("content", "") for m in reversed(messages) if m.get("role") == "user"), "")
        if isinstance(prompt, list):  # content parts
            prompt = "".join(p.get("text", "") for p in prompt if isinstance(p, dict))
        text = reply_for(prompt)
        self.server.requests.append({"body": body, "prompt": prompt, "reply": text})
        self._send(200, {
            "id": f"chatcmpl-fake-{len(self.server.requests)}", "object": "chat.completion",
            "created": int(time.time()), "model": body.get("model", "fake"),
            "choices": [{"index": 0, "finish_reason": "stop",
                         "message": {"role": "assistant", "content": text}}],
            "usage": {"prompt_tokens": len(prompt.split()), "completion_tokens": len(text.split()),
                      "total_tokens": len(prompt.split()) + len(text.split())},
        })


class FakeOpenAIServer(ThreadingHTTPServer):
    """The server; ``requests`` records every chat request it answered."""

    daemon_threads = True

    def __init__(self, host: str = "127.0.0.1", port: int = 0) -> None:
        super().__init__((host, port), _Handler)
        self.requests: list[dict[str, Any]] = []
        self._thread: threading.Thread | None = None

    @property
    def base_url(self) -> str:
        """The OpenAI-style base URL (``http://127.0.0.1:PORT/v1``)."""
        host, port = self.server_address[:2]
        return f"http://{host!s}:{port}/v1"

    def start(self) -> FakeOpenAIServer:
        """Serve in a background thread."""
        self._thread = threading.Thread(target=self.serve_forever, daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        """Stop serving and close the socket."""
        self.shutdown()
        self.server_close()


if __name__ == "__main__":
    srv = FakeOpenAIServer(port=int(sys.argv[1]) if len(sys.argv) > 1 else 0)
    print(srv.base_url, flush=True)
    srv.serve_forever()

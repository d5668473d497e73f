"""One ASGI middleware for what must be checked before any route or Gradio sees a request.

- Cross-origin writes: a state-changing request (POST/PUT/PATCH/DELETE) whose ``Origin`` is not this
  server is refused with 403, so a web page elsewhere cannot make an official's browser upload or
  delete plans (the UI itself always sends its own origin).
- Uploads (``POST /api/documents``, ``PUT /api/documents/{id}``, Gradio's ``POST /ui/gradio_api/upload``)
  are bounded by ``Content-Length`` and by counting the streamed bytes.
- Gradio's upload route needs the API key when one is set: as a bearer header or as the ``cchc_key``
  cookie the UI sets (SameSite=Strict) when the key is typed into the sidebar.
- Gradio event calls may only name files Gradio itself received: every ``FileData.path`` in the body of
  ``POST /ui/…`` must lie inside the app's upload folder. (A mounted, never launched Gradio skips its own
  allowed-path check and would copy any server file named by a client into its cache.)
"""

from __future__ import annotations

import json
from http.cookies import SimpleCookie
from pathlib import Path
from urllib.parse import urlsplit

from fastapi import HTTPException
from starlette.responses import JSONResponse
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from assistant.api.auth import UNAUTHORIZED, key_matches
from assistant.settings import Settings

UNSAFE = {"POST", "PUT", "PATCH", "DELETE"}
MULTIPART_OVERHEAD = 64 * 1024  # boundaries and part headers on top of the files themselves
GRADIO_UPLOAD = "/ui/gradio_api/upload"
KEY_COOKIE = "cchc_key"


def too_large(limit_mb: int) -> HTTPException:
    """The 413 error for an upload over the limit."""
    return HTTPException(status_code=413, detail=f"Tệp tải lên quá lớn; tối đa {limit_mb} MB cho mỗi lần tải.")


def is_upload(method: str, path: str) -> bool:
    """True for the routes that receive files."""
    path = path.rstrip("/")
    if method == "POST" and path in ("/api/documents", GRADIO_UPLOAD):
        return True
    return method == "PUT" and path.startswith("/api/documents/")


def same_origin(origin: str, host: str) -> bool:
    """True when an ``Origin`` header names the host the request was sent to."""
    parts = urlsplit(origin)
    return bool(parts.scheme in ("http", "https") and parts.netloc and parts.netloc.lower() == host.lower())


def cookie_key(raw: str) -> str | None:
    """The API key carried by the UI's cookie, if any."""
    jar: SimpleCookie = SimpleCookie()
    try:
        jar.load(raw)
    except Exception:
        return None
    morsel = jar.get(KEY_COOKIE)
    if morsel is None:
        return None
    from urllib.parse import unquote

    return unquote(morsel.value) or None


def foreign_paths(data: object, root: Path, depth: int = 0) -> list[str]:
    """File paths named in a Gradio request body that are not inside ``root`` (symlinks resolved)."""
    if depth > 30:
        return ["(quá sâu)"]
    bad: list[str] = []
    if isinstance(data, dict):
        path = data.get("path")
        if isinstance(path, str) and ("meta" in data or "orig_name" in data or "url" in data):
            try:
                real = Path(path).resolve()
                inside = root in real.parents
            except (OSError, RuntimeError, ValueError):
                inside = False
            if not inside:
                bad.append(path)
        for v in data.values():
            bad.extend(foreign_paths(v, root, depth + 1))
    elif isinstance(data, list):
        for v in data:
            bad.extend(foreign_paths(v, root, depth + 1))
    return bad


class RequestGuardMiddleware:
    """Origin check for writes, upload size bound, API key on Gradio's upload route, Gradio file paths."""

    def __init__(self, app: ASGIApp, settings: Settings) -> None:
        self.app = app
        self.settings = settings
        self.limit = settings.max_upload_mb * 1024 * 1024 + MULTIPART_OVERHEAD
        self.upload_root = (settings.uploads_dir / "gradio").resolve()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] not in UNSAFE:
            await self.app(scope, receive, send)
            return
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope.get("headers") or []}
        method, path = scope["method"], scope["path"]
        origin = headers.get("origin")
        if origin is not None and not same_origin(origin, headers.get("host", "")):
            await _reply(send, 403, "Yêu cầu thay đổi dữ liệu từ trang web khác bị từ chối (Origin không khớp).")
            return
        if path.rstrip("/") == GRADIO_UPLOAD and self.settings.api_key:
            token = headers.get("authorization", "").partition(" ")[2].strip() or cookie_key(headers.get("cookie", ""))
            if not key_matches(self.settings.api_key, token):
                await _reply(send, 401, UNAUTHORIZED)
                return
        if path.startswith("/ui/") and not is_upload(method, path):
            await self._check_gradio_call(scope, receive, send)
            return
        if not is_upload(method, path):
            await self.app(scope, receive, send)
            return
        length = headers.get("content-length", "")
        if length.isdigit() and int(length) > self.limit:
            await _reply(send, 413, too_large(self.settings.max_upload_mb).detail)
            return
        await self.app(scope, _counting(receive, self.limit, self.settings.max_upload_mb), send)


    async def _check_gradio_call(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Read the (bounded) body of a Gradio call, refuse foreign file paths, then replay it."""
        chunks: list[bytes] = []
        size = 0
        more = True
        while more:
            message = await receive()
            if message["type"] != "http.request":
                return
            body = message.get("body", b"")
            size += len(body)
            if size > self.limit:
                await _reply(send, 413, too_large(self.settings.max_upload_mb).detail)
                return
            chunks.append(body)
            more = bool(message.get("more_body", False))
        raw = b"".join(chunks)
        try:
            data = json.loads(raw) if raw.strip().startswith((b"{", b"[")) else None
        except ValueError:
            data = None
        if data is not None and foreign_paths(data, self.upload_root):
            await _reply(send, 403, "Chỉ được dùng các tệp vừa tải lên qua giao diện; đường dẫn tệp trên máy chủ "
                                    "bị từ chối.")
            return
        sent = False

        async def replay() -> Message:
            nonlocal sent
            if not sent:
                sent = True
                return {"type": "http.request", "body": raw, "more_body": False}
            return await receive()

        await self.app(scope, replay, send)


def _counting(receive: Receive, limit: int, limit_mb: int) -> Receive:
    seen = 0

    async def counted() -> Message:
        nonlocal seen
        message = await receive()
        if message["type"] == "http.request":
            seen += len(message.get("body", b""))
            if seen > limit:
                raise too_large(limit_mb)  # FastAPI re-raises HTTPException from body parsing
        return message

    return counted


async def _reply(send: Send, status: int, detail: str) -> None:
    response = JSONResponse(status_code=status, content={"detail": detail})
    await send({"type": "http.response.start", "status": status, "headers": response.raw_headers})
    await send({"type": "http.response.body", "body": response.body})

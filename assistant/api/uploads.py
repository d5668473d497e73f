"""Upload safety: request-size limit (header and streamed bytes), content sniffing, sanitised file names."""

from __future__ import annotations

import re
from pathlib import Path

from fastapi import HTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from index.loaders import sniff_format
from index.normalize import nfc

_UNSAFE = re.compile(r"[^\w.\- ()]+")
MULTIPART_OVERHEAD = 64 * 1024  # boundaries and part headers on top of the files themselves


def too_large(limit_mb: int) -> HTTPException:
    """The 413 error for an upload over the limit."""
    return HTTPException(status_code=413, detail=f"Tệp tải lên quá lớn; tối đa {limit_mb} MB cho mỗi lần tải.")


class UploadLimitMiddleware:
    """Rejects uploads to ``POST /api/documents`` over ``limit_mb``, by Content-Length and by counting bytes."""

    def __init__(self, app: ASGIApp, limit_mb: int, path: str = "/api/documents") -> None:
        self.app = app
        self.limit_mb = limit_mb
        self.limit = limit_mb * 1024 * 1024 + MULTIPART_OVERHEAD
        self.path = path

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] != "POST" or scope["path"].rstrip("/") != self.path:
            await self.app(scope, receive, send)
            return
        headers = dict(scope.get("headers") or [])
        length = headers.get(b"content-length")
        if length is not None and length.isdigit() and int(length) > self.limit:
            await self._reject(send)
            return
        seen = 0

        async def counted() -> Message:
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.limit:
                    raise too_large(self.limit_mb)  # FastAPI re-raises HTTPException from body parsing
            return message

        await self.app(scope, counted, send)

    async def _reject(self, send: Send) -> None:
        from starlette.responses import JSONResponse

        response = JSONResponse(status_code=413, content={"detail": too_large(self.limit_mb).detail})
        await send({"type": "http.response.start", "status": 413, "headers": response.raw_headers})
        await send({"type": "http.response.body", "body": response.body})


def safe_filename(name: str, used: set[str]) -> str:
    """A file name without folders or unsafe characters, unique within ``used`` (which it updates)."""
    base = nfc(name or "").replace("\\", "/").rsplit("/", 1)[-1]
    base = _UNSAFE.sub("_", base).strip(" ._")
    stem, dot, ext = base.rpartition(".")
    if not dot:
        stem, ext = base, ""
    stem = stem.strip(" ._")[:100] or "tai-lieu"
    ext = ext[:10]
    candidate = f"{stem}.{ext}" if ext else stem
    n = 2
    while candidate.lower() in used:
        candidate = f"{stem}-{n}.{ext}" if ext else f"{stem}-{n}"
        n += 1
    used.add(candidate.lower())
    return candidate


def check_content(data: bytes, filename: str) -> str:
    """The sniffed format of an uploaded file; 415 when it is not PDF/DOCX/TXT/MD/image by content."""
    fmt = sniff_format(data, filename)
    if fmt is None:
        raise HTTPException(status_code=415, detail=f"Tệp '{filename}' không phải PDF, DOCX, TXT, MD hoặc ảnh "
                                                    "(kiểm tra theo nội dung tệp); không tệp nào được nạp.")
    return fmt


def save_files(folder: Path, files: list[tuple[str, bytes]]) -> dict[Path, str]:
    """Write files under ``folder`` with sanitised names; returns saved path → original name."""
    folder.mkdir(parents=True, exist_ok=True)
    root = folder.resolve()
    used: set[str] = set()
    saved: dict[Path, str] = {}
    for original, data in files:
        dest = (root / safe_filename(original, used)).resolve()
        if dest.parent != root:  # defence in depth: never write outside the job folder
            raise HTTPException(status_code=400, detail=f"Tên tệp không hợp lệ: '{original}'.")
        dest.write_bytes(data)
        saved[dest] = original
    return saved

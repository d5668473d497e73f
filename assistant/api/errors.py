"""JSON errors with a Vietnamese ``detail`` for every failure the API reports."""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from assistant.engine import DocumentNotFoundError
from index.doctor import StoreDamagedError

log = logging.getLogger("assistant.api")

_STATUS_TEXT = {
    400: "Yêu cầu không hợp lệ.",
    401: "Thiếu hoặc sai khóa API (Authorization: Bearer <khóa>).",
    404: "Không tìm thấy đường dẫn.",
    405: "Phương thức không được hỗ trợ cho đường dẫn này.",
    413: "Dữ liệu gửi lên quá lớn.",
    415: "Định dạng tệp không được hỗ trợ.",
    422: "Dữ liệu gửi lên không hợp lệ.",
    500: "Lỗi máy chủ.",
}

_FIELD_NAMES = {"question": "câu hỏi", "query": "truy vấn", "messages": "danh sách tin nhắn", "files": "tệp",
                "history": "lịch sử hội thoại", "filters": "bộ lọc", "top_k": "top_k", "k": "k", "mode": "chế độ",
                "year": "năm", "documents": "danh sách kế hoạch", "role": "vai trò", "content": "nội dung"}


def not_found_detail(ref: str) -> str:
    """The 404 message for an unknown plan."""
    return f"Không tìm thấy kế hoạch '{ref}'."


def _describe(err: dict[str, Any]) -> str:
    """One Vietnamese sentence for one pydantic validation error."""
    loc = [str(p) for p in err.get("loc", ()) if p not in ("body", "query", "path")]
    field = next((_FIELD_NAMES[p] for p in reversed(loc) if p in _FIELD_NAMES), ".".join(loc) or "nội dung")
    kind = str(err.get("type", ""))
    if kind == "json_invalid":
        return "Nội dung gửi lên không phải JSON hợp lệ."
    if kind == "missing":
        return f"Thiếu trường bắt buộc: {field}."
    if kind in ("string_type", "int_type", "int_parsing", "bool_type", "list_type", "model_type", "dict_type",
                "model_attributes_type"):
        return f"Kiểu dữ liệu của {field} không đúng."
    if kind == "literal_error":
        return f"Giá trị của {field} không hợp lệ (cho phép: {err.get('ctx', {}).get('expected', '')})."
    if kind in ("too_long", "string_too_long"):
        return f"{field[:1].upper() + field[1:]} quá dài (tối đa {err.get('ctx', {}).get('max_length', '')})."
    if kind == "value_error" and "Unicode" in str(err.get("msg", "")):
        return "Văn bản chứa ký tự Unicode không hợp lệ (surrogate đơn lẻ)."
    if kind in ("greater_than_equal", "less_than_equal", "greater_than", "less_than"):
        return f"Giá trị của {field} nằm ngoài khoảng cho phép."
    return f"Giá trị của {field} không hợp lệ."


async def validation_handler(request: Request, exc: Exception) -> JSONResponse:
    """422 with a Vietnamese detail (and the raw errors under ``errors`` for programs)."""
    errors = exc.errors() if isinstance(exc, RequestValidationError) else []
    sentences = list(dict.fromkeys(_describe(e) for e in errors)) or [_STATUS_TEXT[422]]
    raw = [{"loc": list(e.get("loc", ())), "type": e.get("type")} for e in errors]
    return JSONResponse(status_code=422, content={"detail": " ".join(sentences), "errors": raw})


async def http_handler(request: Request, exc: Exception) -> JSONResponse:
    """HTTP errors as JSON; framework English texts replaced by Vietnamese ones."""
    assert isinstance(exc, StarletteHTTPException)
    detail = exc.detail
    if isinstance(detail, str) and detail.startswith("Too many files"):
        detail = "Quá nhiều tệp trong một lần tải (tối đa 1000 phần trong một yêu cầu); hãy chia thành nhiều lần."
    elif isinstance(detail, str) and detail.startswith("Too many fields"):
        detail = "Quá nhiều trường trong biểu mẫu gửi lên."
    if not isinstance(detail, str) or detail.isascii():
        detail = _STATUS_TEXT.get(exc.status_code, detail if isinstance(detail, str) else _STATUS_TEXT[400])
    return JSONResponse(status_code=exc.status_code, content={"detail": detail}, headers=exc.headers)


async def not_found_handler(request: Request, exc: Exception) -> JSONResponse:
    """404 for an unknown plan reference."""
    ref = exc.args[0] if exc.args else ""
    return JSONResponse(status_code=404, content={"detail": not_found_detail(str(ref))})


async def damaged_handler(request: Request, exc: Exception) -> JSONResponse:
    """503 naming the damaged index files and the fix."""
    log.error("Chỉ mục hỏng: %s", exc)
    return JSONResponse(status_code=503, content={"detail": str(exc)})


async def server_error_handler(request: Request, exc: Exception) -> JSONResponse:
    """500 with a Vietnamese detail; the traceback goes to the log."""
    log.exception("Lỗi khi xử lý %s %s", request.method, request.url.path, exc_info=exc)
    return JSONResponse(status_code=500, content={"detail": f"{_STATUS_TEXT[500]} ({type(exc).__name__})"})


def install_error_handlers(app: FastAPI) -> None:
    """Register the handlers on the app."""
    app.add_exception_handler(RequestValidationError, validation_handler)
    app.add_exception_handler(StarletteHTTPException, http_handler)
    app.add_exception_handler(DocumentNotFoundError, not_found_handler)
    app.add_exception_handler(StoreDamagedError, damaged_handler)
    app.add_exception_handler(Exception, server_error_handler)

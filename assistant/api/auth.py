"""Bearer-key protection of /api/* and /v1/* when ``settings.api_key`` (``CCHC_API_KEY``) is set."""

from __future__ import annotations

import secrets

from fastapi import HTTPException, Request

UNAUTHORIZED = "Thiếu hoặc sai khóa API. Hãy gửi tiêu đề 'Authorization: Bearer <khóa>'."


def key_matches(expected: str | None, given: str | None) -> bool:
    """True when no key is configured, or ``given`` equals it (constant-time comparison)."""
    if not expected:
        return True
    return given is not None and secrets.compare_digest(given.encode(), expected.encode())


def bearer_token(request: Request) -> str | None:
    """The token of an ``Authorization: Bearer …`` header, if any."""
    header = request.headers.get("authorization", "")
    scheme, _, token = header.partition(" ")
    return token.strip() if scheme.lower() == "bearer" and token.strip() else None


def require_api_key(request: Request) -> None:
    """FastAPI dependency: 401 unless the request carries the configured key."""
    expected = request.app.state.settings.api_key
    if not key_matches(expected, bearer_token(request)):
        raise HTTPException(status_code=401, detail=UNAUTHORIZED, headers={"WWW-Authenticate": "Bearer"})

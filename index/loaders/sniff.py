"""Format detection by content (magic bytes) and extension, plus the default document id."""

from __future__ import annotations

import codecs
import re

from index.normalize import fold

TEXT_EXTENSIONS = {".txt": "txt", ".md": "md"}
IMAGE_EXTENSIONS = (".png", ".jpg", ".jpeg", ".tif", ".tiff")
SUPPORTED_EXTENSIONS: tuple[str, ...] = (".txt", ".md", ".pdf", ".docx", *IMAGE_EXTENSIONS)

_IMAGE_SIGNATURES = (b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff", b"II*\x00", b"MM\x00*")
_ALLOWED_CONTROLS = set("\t\n\r\x0b\x0c\x1b")
_SLUG_RE = re.compile(r"[^a-z0-9_-]+")


def extension_of(filename: str) -> str:
    """Lower-case extension with the dot ("" when there is none)."""
    base = filename.replace("\\", "/").rsplit("/", 1)[-1]
    return "." + base.rsplit(".", 1)[1].lower() if "." in base.strip(".") else ""


def content_kind(data: bytes) -> str | None:
    """What the bytes are, ignoring the name: pdf | docx | image | text | None (other binary)."""
    head = data[:1024]
    if b"%PDF-" in head:
        return "pdf"
    if data.startswith(b"PK\x03\x04"):
        return "docx" if b"word/document.xml" in data else None
    if data.startswith(_IMAGE_SIGNATURES):
        return "image"
    return "text" if looks_like_text(data) else None


def looks_like_text(data: bytes) -> bool:
    """True for UTF-8 text (BOM allowed; a sequence cut at the very end of a prefix is tolerated)."""
    if b"\x00" in data:
        return False
    try:
        text = codecs.getincrementaldecoder("utf-8-sig")().decode(data, final=False)
    except UnicodeDecodeError:
        return False
    controls = sum(1 for ch in text if ord(ch) < 32 and ch not in _ALLOWED_CONTROLS)
    return controls <= len(text) // 100


def sniff_format(data: bytes, filename: str) -> str | None:
    """The loader format for ``data`` named ``filename``: txt | md | pdf | docx | image, or None.

    None means "do not accept": the extension is not supported, the content is an unknown binary,
    or text content was given a binary extension (.pdf, .docx, image). A recognised binary signature
    wins over the extension (a PDF saved as ``.txt`` is read as a PDF).
    """
    ext = extension_of(filename)
    if ext not in SUPPORTED_EXTENSIONS:
        return None
    kind = content_kind(data)
    if kind == "text":
        return TEXT_EXTENSIONS.get(ext)
    return kind


def slugify(stem: str) -> str:
    """Document id from a file stem: folded lowercase ASCII, runs of other characters → "-"."""
    slug = _SLUG_RE.sub("-", fold(stem)).strip("-")
    return slug or "document"

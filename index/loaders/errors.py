"""Loader errors: one type per failure a user can act on, each with a Vietnamese reason."""

from __future__ import annotations

from pathlib import Path

OCR_INSTALL_HINT = "cài đặt bằng: apt-get install tesseract-ocr tesseract-ocr-vie (hoặc: make apt-ocr)"


class LoaderError(Exception):
    """A document could not be loaded; ``str(err)`` is ``"{filename}: {reason}"``."""

    def __init__(self, path: str | Path, reason: str) -> None:
        self.path = str(path)
        self.reason = reason
        super().__init__(f"{Path(self.path).name or self.path}: {reason}")

    def __reduce__(self) -> tuple[type, tuple[str, str]]:
        return (type(self), (self.path, self.reason))


class CorruptFileError(LoaderError):
    """The file claims a format (extension or signature) but cannot be parsed as it."""


class EmptyDocumentError(LoaderError):
    """The file holds no text at all (empty file, blank pages, nothing recognised by OCR)."""


class EncryptedFileError(LoaderError):
    """The file is password-protected."""


class UnsupportedFormatError(LoaderError):
    """The extension or the content is not a supported document type."""


class OcrUnavailableError(LoaderError):
    """OCR is needed but Tesseract or its Vietnamese data is not installed."""

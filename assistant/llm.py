"""LLM backends for the optional LLM mode, behind one small protocol.

Two backends, chosen by settings (never by dotted strings):

- :class:`OpenAILikeLLM` — any OpenAI-compatible server (llama.cpp server, vLLM, Ollama, …) through
  llama-index's ``OpenAILike`` (``CCHC_LLM_BASE_URL``, ``CCHC_LLM_MODEL``, ``CCHC_LLM_API_KEY``);
- :class:`LlamaCppLLM` — a local GGUF file (``CCHC_LLM_GGUF``) run in-process by ``llama_cpp``, an optional
  dependency installed by ``pip install -e '.[llm]'`` (``make test-llm``).

Both generate deterministically (temperature 0).
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any, Protocol

from assistant.settings import Settings

LLAMA_CPP_HINT = "Thiếu gói llama_cpp: cài bằng `pip install -e '.[llm]'` (hoặc chạy `make test-llm`)."


class LLMError(RuntimeError):
    """The LLM backend could not be created or could not answer."""


class LLM(Protocol):
    """A text-in, text-out language model."""

    name: str

    def complete(self, prompt: str, max_tokens: int = 512) -> str:
        """The model's reply to one user prompt (greedy decoding)."""
        ...


class OpenAILikeLLM:
    """An OpenAI-compatible chat-completions server, called through llama-index's ``OpenAILike``."""

    def __init__(self, base_url: str, model: str | None = None, api_key: str | None = None,
                 timeout: float = 60.0, max_retries: int = 1) -> None:
        from llama_index.llms.openai_like import OpenAILike

        self.name = f"openai-like:{model or 'default'}"
        self._llm = OpenAILike(api_base=base_url, model=model or "default", api_key=api_key or "none",
                               is_chat_model=True, temperature=0.0, timeout=timeout, max_retries=max_retries)

    def complete(self, prompt: str, max_tokens: int = 512) -> str:
        """Send ``prompt`` as the single user message; return the assistant's text."""
        try:
            resp = self._llm.complete(prompt, max_tokens=max_tokens)
        except Exception as exc:  # network errors, HTTP errors, malformed replies
            raise LLMError(f"{type(exc).__name__}: {exc}") from exc
        return resp.text or ""


def _import_llama_cpp() -> Any:
    try:
        import llama_cpp
    except ImportError as exc:
        raise LLMError(LLAMA_CPP_HINT) from exc
    return llama_cpp


class LlamaCppLLM:
    """A local GGUF model run by ``llama_cpp`` (imported lazily; loaded once per file and process).

    Instruction-tuned models (their GGUF carries a chat template) get the prompt as one chat message;
    base models without a template (e.g. the bundled Gemma 3 270M) continue the prompt as plain text,
    which ends with "Trả lời:" / "Câu hỏi độc lập:".
    """

    STOP = ["\n\n\n", "\nCâu hỏi:", "\nCâu hỏi tiếp theo:", "<end_of_turn>", "<eos>"]

    _cache: dict[tuple[str, int], Any] = {}
    _cache_lock = threading.Lock()

    def __init__(self, path: Path, n_ctx: int = 8192, n_threads: int | None = None) -> None:
        path = Path(path)
        if not path.is_file():
            raise LLMError(f"Không tìm thấy tệp mô hình GGUF: {path}")
        llama_cpp = _import_llama_cpp()
        self.name = f"llama-cpp:{path.name}"
        key = (str(path.resolve()), n_ctx)
        with self._cache_lock:
            model = self._cache.get(key)
            if model is None:
                try:
                    model = llama_cpp.Llama(model_path=str(path), n_ctx=n_ctx, n_threads=n_threads,
                                            verbose=False, seed=0)
                except Exception as exc:
                    raise LLMError(f"Không nạp được mô hình GGUF {path.name}: {exc}") from exc
                self._cache[key] = model
        self._model = model
        self.chat = bool(getattr(model, "metadata", {}).get("tokenizer.chat_template"))
        self._lock = threading.Lock()  # a llama_cpp.Llama is not safe to share between concurrent calls

    def complete(self, prompt: str, max_tokens: int = 512) -> str:
        """The model's chat reply to one user message (or its plain continuation of ``prompt``); greedy."""
        try:
            with self._lock:
                if self.chat:
                    out = self._model.create_chat_completion(
                        messages=[{"role": "user", "content": prompt}], max_tokens=max_tokens, temperature=0.0)
                    return str(out["choices"][0]["message"].get("content") or "")
                out = self._model.create_completion(prompt, max_tokens=max_tokens, temperature=0.0,
                                                    stop=self.STOP)
                return str(out["choices"][0].get("text") or "")
        except Exception as exc:  # context overflow, decoding errors
            raise LLMError(f"{type(exc).__name__}: {exc}") from exc


def make_llm(settings: Settings) -> LLM | None:
    """The configured backend: an OpenAI-like server when ``llm_base_url`` is set, else a local GGUF, else None.

    Raises :class:`LLMError` when the configured backend cannot be created (e.g. ``llama_cpp`` missing).
    """
    if settings.llm_base_url:
        return OpenAILikeLLM(settings.llm_base_url, settings.llm_model, settings.llm_api_key)
    if settings.llm_gguf:
        return LlamaCppLLM(settings.llm_gguf)
    return None

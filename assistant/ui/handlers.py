"""Event handlers of the Gradio UI; they call the engine in-process and check the API key themselves."""

from __future__ import annotations

import html
import re
import tempfile
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import gradio as gr
import pandas as pd

from assistant.api.auth import key_matches
from assistant.api.chat import pieces
from assistant.api.jobs import FINISHED, JobManager
from assistant.api.tempfiles import clean_old_files, remove_upload
from assistant.api.uploads import save_files
from assistant.engine import DocumentNotFoundError, Engine
from assistant.retrieval import Filters
from assistant.settings import Settings
from assistant.tasks_export import to_csv, to_xlsx
from assistant.ui.cards import NOT_FOUND, cards_html, copy_block, esc, plain_text, plan_label
from assistant.ui.feedback import add_comment, record_feedback
from assistant.ui.pages import open_source, shown
from assistant.ui.viewer import fact_tables, kind_label, outline_html, task_table
from index.loaders import sniff_format

ALL = ""
BAD_KEY = "Khóa API không đúng hoặc chưa nhập. Hãy nhập khóa ở thanh bên."
NOT_UPLOADED = "tệp không được tải lên qua giao diện này; chỉ nhận tệp vừa tải lên"
Messages = list[dict[str, Any]]
_MD_SPECIAL = re.compile(r"([\\`*_\[\]()!#|~])")
NO_PLAN_FOR_FILTERS = ("Không có kế hoạch nào khớp bộ lọc đã chọn (kế hoạch / tỉnh / năm). "
                       "Hãy bỏ bớt bộ lọc ở thanh bên.")


def new_conv(conv: dict[str, Any] | None = None) -> dict[str, Any]:
    """The per-browser conversation state with every key present."""
    out: dict[str, Any] = {"history": [], "last": None, "answers": {}, "voted": None, "id": uuid.uuid4().hex[:12]}
    out.update(conv or {})
    return out


def conversation_markdown(answers: dict[str, dict[str, Any]]) -> str:
    """The conversation (questions, answers, numbered sources) as Markdown for reports."""
    parts = ["# Hội thoại với Trợ lý CCHC", "", f"Xuất lúc {time.strftime('%d/%m/%Y %H:%M')}", ""]
    for n, key in enumerate(sorted(answers, key=int), 1):
        a = answers[key]
        parts += [f"## {n}. {a['question']}", "", a["plain"].replace("\nNguồn:", "\n**Nguồn:**"), ""]
    return "\n".join(parts)


def safe_markdown(text: str) -> str:
    """Plan or question text made inert for the chat's Markdown renderer: no HTML, no links or images."""
    return _MD_SPECIAL.sub(r"\\\1", html.escape(text, quote=False))


class Handlers:
    """Handlers bound to one engine and job manager."""

    def __init__(self, engine: Engine, jobs: JobManager, settings: Settings | None = None,
                 upload_root: Path | None = None) -> None:
        self.engine = engine
        self.jobs = jobs
        self.settings = settings or engine.settings
        self.upload_root = (upload_root or self.settings.uploads_dir / "gradio").resolve()

    def authorised(self, key: str | None) -> bool:
        """True when no API key is configured or ``key`` is it."""
        return key_matches(self.settings.api_key, (key or "").strip() or None)

    # sidebar choices
    def choices(self, key: str | None) -> tuple[Any, Any, Any, Any, Any]:
        """Updates for the plan checkboxes, province and year filters, the viewer's and the delete plan pickers."""
        docs = self.engine.documents() if self.authorised(key) else []
        plans = [(plan_label(d), d["doc_id"]) for d in docs]
        provinces = sorted({d["province"] for d in docs if d.get("province")})
        years = sorted({int(d["year"]) for d in docs if d.get("year")})
        return (gr.update(choices=plans, value=[]),
                gr.update(choices=[("Tất cả", ALL)] + [(p, p) for p in provinces], value=ALL),
                gr.update(choices=[("Tất cả", ALL)] + [(str(y), str(y)) for y in years], value=ALL),
                gr.update(choices=plans, value=None), gr.update(choices=plans, value=None))

    # plan management
    def ask_delete(self, doc_id: str | None, key: str | None) -> tuple[str, Any]:
        """First step of deleting a plan: name it and show the confirmation buttons."""
        if not self.authorised(key):
            return BAD_KEY, gr.update(visible=False)
        if not doc_id:
            return "Chọn kế hoạch cần xóa.", gr.update(visible=False)
        label = next((plan_label(d) for d in self.engine.documents() if d["doc_id"] == doc_id), doc_id)
        return (f"Xóa vĩnh viễn kế hoạch **{safe_markdown(label)}** khỏi mọi chỉ mục? Thao tác không hoàn tác được.",
                gr.update(visible=True))

    def delete(self, doc_id: str | None, key: str | None) -> tuple[str, Any]:
        """Second step: remove the plan from every index."""
        if not self.authorised(key):
            return BAD_KEY, gr.update(visible=False)
        if not doc_id:
            return "Chọn kế hoạch cần xóa.", gr.update(visible=False)
        try:
            removed = self.engine.remove(doc_id)
        except DocumentNotFoundError:
            return f"Không tìm thấy kế hoạch '{safe_markdown(doc_id)}'.", gr.update(visible=False)
        return f"Đã xóa kế hoạch `{safe_markdown(removed)}`.", gr.update(visible=False)

    # chat
    def respond(self, question: str, messages: Messages | None, conv: dict[str, Any] | None, key: str | None,
                plans: list[str] | None, province: str | None, year: str | None,
                mode: str | None) -> Iterator[tuple[Messages, Any, dict[str, Any]]]:
        """Ask the engine and stream the answer into one chat message that ends with its cited cards.

        The question box is cleared once, when the question is taken; later steps leave it alone (``gr.skip``)
        so what is typed while the answer streams stays.

        Each answer is one assistant message (so a like/dislike or a copy names exactly one answer); the
        conversation state keeps, per message index, the question, answer, citations and plain text.
        """
        messages = list(messages or [])
        conv = new_conv(conv)
        q = (question or "").strip()
        if not q:
            return
        messages.append({"role": "user", "content": safe_markdown(q)})
        if not self.authorised(key):
            messages.append({"role": "assistant", "content": BAD_KEY})
            yield messages, "", conv
            return
        if len(q) > self.settings.max_question_chars:
            messages.append({"role": "assistant", "content": f"Câu hỏi quá dài ({len(q)} ký tự); tối đa "
                                                             f"{self.settings.max_question_chars} ký tự."})
            yield messages, question, conv  # the text is kept so it can be shortened
            return
        filters = Filters(documents=list(plans or []), province=province or None,
                          year=int(year) if year else None)
        if filters.allowed(self.engine.state) == set():
            messages.append({"role": "assistant", "content": '<div class="cchc-none cchc-nofilter" role="status">'
                             + esc(NO_PLAN_FOR_FILTERS) + "</div>"})
            yield messages, "", conv
            return
        messages.append({"role": "assistant", "content": "Đang tìm trong các kế hoạch…"})
        yield messages, "", conv
        try:
            answer = self.engine.ask(q, history=list(conv["history"]), filters=filters, mode=mode or "extractive")
        except Exception as exc:
            messages[-1] = {"role": "assistant", "content": safe_markdown(f"Đã xảy ra lỗi khi trả lời: {exc}")}
            yield messages, gr.skip(), conv
            return
        text = str(answer.get("answer", ""))
        abstained = bool(answer.get("abstained")) or not answer.get("citations")
        shown = ""
        if not abstained:
            for piece in pieces(safe_markdown(text), 3):
                shown += piece
                messages[-1] = {"role": "assistant", "content": shown}
                yield messages, gr.skip(), conv
                time.sleep(0.015)
        plain = plain_text(answer)
        tail = cards_html(answer, q) + copy_block(plain)
        messages[-1] = {"role": "assistant", "content": (shown + "\n\n" + tail) if shown else tail}
        citations = [] if abstained else list(answer.get("citations") or [])
        record = {"question": q, "answer": NOT_FOUND if abstained else text, "citations": citations,
                  "abstained": abstained, "plain": plain, "related": list(answer.get("related") or [])[:3]}
        answers = dict(conv["answers"])
        answers[str(len(messages) - 1)] = record
        conv = {**conv, "history": [*conv["history"], {"role": "user", "content": q},
                                    {"role": "assistant", "content": text}],
                "last": record, "answers": answers}
        yield messages, gr.skip(), conv

    def export(self, conv: dict[str, Any] | None) -> Any:
        """The conversation as a Markdown file for the "Tải hội thoại" button (hidden until there is an answer)."""
        answers = new_conv(conv)["answers"]
        if not answers:
            return gr.update(value=None, visible=False)
        folder = Path(tempfile.gettempdir()) / "cchc-exports"
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"hoi-thoai-{time.strftime('%Y%m%d-%H%M%S')}-{uuid.uuid4().hex[:6]}.md"
        path.write_text(conversation_markdown(answers), encoding="utf-8")
        return gr.update(value=str(path), visible=True)

    def like(self, conv: dict[str, Any] | None, key: str | None, data: gr.LikeData) -> tuple[str, dict[str, Any]]:
        """Record the vote on the answer clicked (one vote per answer: a new vote replaces the old one)."""
        conv = new_conv(conv)
        if not self.authorised(key):
            return BAD_KEY, conv
        index = data.index[0] if isinstance(data.index, list | tuple) else data.index
        record = conv["answers"].get(str(index))
        if record is None:
            return "Chỉ đánh giá được các câu trả lời.", conv
        verdict = "dung" if data.liked else "sai"
        answer_id = f"{conv['id']}-{index}"
        record_feedback(self.settings.data_dir, record["question"], record["answer"], record["citations"], verdict,
                        answer_id=answer_id, abstained=record["abstained"])
        conv = {**conv, "voted": {"id": answer_id, "index": index, "verdict": verdict}}
        return ("Cảm ơn! Đã ghi nhận đánh giá **" + ("đúng" if verdict == "dung" else "sai")
                + f"** cho câu trả lời: “{safe_markdown(record['question'][:80])}”. Có thể thêm góp ý bên dưới."), conv

    def comment(self, text: str, conv: dict[str, Any] | None, key: str | None) -> tuple[str, str]:
        """Attach an optional comment to the answer last voted on."""
        if not self.authorised(key):
            return BAD_KEY, text
        voted = new_conv(conv).get("voted")
        if not voted:
            return "Hãy bấm 👍 hoặc 👎 dưới một câu trả lời trước khi góp ý.", text
        if not (text or "").strip():
            return "Góp ý đang trống.", text
        add_comment(self.settings.data_dir, voted["id"], text.strip()[:2000])
        return "Đã lưu góp ý cho câu trả lời vừa đánh giá.", ""

    # upload
    def upload(self, files: list[str] | None, key: str | None) -> Iterator[str]:
        """Check, save and ingest uploaded files, reporting progress and per-file errors."""
        if not self.authorised(key):
            yield BAD_KEY
            return
        if not files:
            yield "Chưa chọn tệp nào."
            return
        accepted, rejected = self._read_uploads(files)
        if not accepted:
            yield _upload_report(None, rejected)
            return
        job_id = self.jobs.new_id()
        saved = save_files(self.settings.data_dir / "uploads" / job_id, accepted)
        job = self.jobs.submit(job_id, saved)
        while job.status not in FINISHED:
            yield _upload_report(job.to_dict(), rejected)
            time.sleep(0.3)
        yield _upload_report(job.to_dict(), rejected)

    def _read_uploads(self, files: list[Any]) -> tuple[list[tuple[str, bytes]], list[tuple[str, str]]]:
        """Bytes of the files Gradio received for this UI (anything else is refused), then their temp copies removed.

        The client names the files by path; only paths inside this app's own upload folder are read, so a
        crafted request cannot make the server ingest (and then reveal) an arbitrary file.
        """
        limit = self.settings.max_upload_mb * 1024 * 1024
        accepted: list[tuple[str, bytes]] = []
        rejected: list[tuple[str, str]] = []
        clean_old_files(self.upload_root, self.settings.upload_retention_hours)
        for raw in files[: self.settings.max_upload_files]:
            given = Path(str(getattr(raw, "path", raw)))
            name = given.name
            try:
                path = given.resolve(strict=True)
            except (OSError, RuntimeError):
                rejected.append((name, NOT_UPLOADED))
                continue
            if self.upload_root not in path.parents or not path.is_file():
                rejected.append((name, NOT_UPLOADED))
                continue
            try:
                size = path.stat().st_size
                data = path.read_bytes() if size <= limit else b""
            finally:
                remove_upload(path, self.upload_root)
            if size > limit:
                rejected.append((name, f"tệp quá lớn (tối đa {self.settings.max_upload_mb} MB)"))
            elif sniff_format(data, name) is None:
                rejected.append((name, "không phải PDF, DOCX, TXT, MD hoặc ảnh (theo nội dung tệp)"))
            else:
                accepted.append((name, data))
        if len(files) > self.settings.max_upload_files:
            rejected.append((f"{len(files) - self.settings.max_upload_files} tệp", f"quá nhiều tệp trong một lần "
                             f"tải; tối đa {self.settings.max_upload_files}"))
        return accepted, rejected

    # viewer
    def view(self, doc_id: str | None, key: str | None) -> tuple[str, str, Any, Any]:
        """Metadata, outline and facts (first kind) of one plan."""
        empty = gr.update(choices=[], value=None)
        if not self.authorised(key):
            return BAD_KEY, "", empty, pd.DataFrame()
        if not doc_id:
            return "Chọn một kế hoạch để xem dàn ý và dữ kiện.", "", empty, pd.DataFrame()
        try:
            d = self.engine.document(doc_id)
        except DocumentNotFoundError:
            return f"Không tìm thấy kế hoạch '{doc_id}'.", "", empty, pd.DataFrame()
        tables = fact_tables(self.engine.facts(doc_id))
        kinds = [(f"{kind_label(k)} ({len(rows)})", k) for k, (_, rows) in tables.items()]
        first = kinds[0][1] if kinds else None
        ocr = bool(d.get("ocr"))
        meta = (f"**{safe_markdown(shown(d.get('title') or doc_id, ocr))}**  \n{safe_markdown(plan_label(d))}  \n"
                f"Mã: {safe_markdown(d['doc_id'])} · {d.get('chunks', 0)} đoạn · {d.get('facts', 0)} dữ kiện"
                + (" · bản gốc PDF" if d.get("original_pdf") else ""))
        outline = outline_html(d.get("outline") or {}, doc_id=d["doc_id"], ocr=ocr)
        return meta, outline, gr.update(choices=kinds, value=first), self.facts_table(doc_id, first, key)

    def facts_table(self, doc_id: str | None, kind: str | None, key: str | None) -> pd.DataFrame:
        """Facts of one kind of one plan as a table."""
        if not doc_id or not kind or not self.authorised(key):
            return pd.DataFrame()
        headers, rows = fact_tables(self.engine.facts(doc_id, kind)).get(kind, ([], []))
        return pd.DataFrame(rows, columns=headers)


    def tasks(self, doc_id: str | None, query: str | None, key: str | None) -> tuple[pd.DataFrame, Any, Any]:
        """The plan's task records (filtered by ``query``) as a table, with CSV and XLSX files of those rows."""
        hidden = gr.update(value=None, visible=False)
        if not doc_id or not self.authorised(key):
            return pd.DataFrame(), hidden, hidden
        try:
            records = self.engine.tasks(doc_id)
        except DocumentNotFoundError:
            return pd.DataFrame(), hidden, hidden
        headers, rows = task_table(records, query or "")
        if not rows:
            return pd.DataFrame([], columns=headers), hidden, hidden
        from index.normalize import fold

        wanted = fold(query or "").strip()
        kept = [r for r in records if not wanted or wanted in fold(" ".join(str(v) for v in r.values()))]
        folder = Path(tempfile.mkdtemp(prefix="cchc-tasks-"))
        stem = re.sub(r"[^A-Za-z0-9_-]+", "-", doc_id)[:60] or "ke-hoach"
        csv_path = folder / f"nhiem-vu-{stem}.csv"
        csv_path.write_text(to_csv(kept, "tasks"), encoding="utf-8")
        xlsx_path = folder / f"nhiem-vu-{stem}.xlsx"
        xlsx_path.write_bytes(to_xlsx(kept, "tasks"))
        return (pd.DataFrame(rows, columns=headers), gr.update(value=str(csv_path), visible=True),
                gr.update(value=str(xlsx_path), visible=True))


    def source(self, ref: str | None, key: str | None) -> tuple[str, Any]:
        """The source viewer for a "doc:start:end" reference (a card's "Mở nguồn", an outline item).

        Returns the text HTML and an update of the page image (shown for PDF plans with a stored original).
        """
        hidden = gr.update(value=None, visible=False)
        if not self.authorised(key):
            return esc(BAD_KEY), hidden
        text, png, caption = open_source(self.engine.state.docs, ref, self.settings.cache_dir / "pages")
        if png is None:
            return text, hidden
        return text, gr.update(value=png, visible=True, label=caption)


def _upload_report(job: dict[str, Any] | None, rejected: list[tuple[str, str]]) -> str:
    """HTML status of an upload: progress bar and one line per file."""
    head = ""
    parts = []
    labels = {"added": "đã thêm", "updated": "đã cập nhật", "unchanged": "không đổi", "duplicate": "trùng lặp",
              "failed": "lỗi"}
    if job:
        done, total = job["progress"]["done"], job["progress"]["total"]
        state = {"queued": "Đang chờ", "running": "Đang nạp", "done": "Hoàn tất", "failed": "Thất bại",
                 "cancelled": "Đã hủy", "interrupted": "Bị gián đoạn"}.get(job["status"], job["status"])
        current = f" — {html.escape(job['current'])}" if job.get("current") else ""
        current += f" ({html.escape(job['stage'])})" if job.get("stage") else ""
        head = (f'<div id="upload-progress">{state}: {done}/{total} tệp{current}<br>'
                     f'<progress class="cchc-progress" value="{done}" max="{max(total, 1)}"></progress></div>')
        for f in job["files"]:
            err = f" — {html.escape(f['error'])}" if f.get("error") else ""
            doc = f" → <code>{html.escape(f['doc_id'])}</code>" if f.get("doc_id") else ""
            parts.append(f"<li>{html.escape(f['file'])}: {labels.get(f['status'], f['status'])}{doc}{err}</li>")
    for name, why in rejected:
        parts.append(f"<li>{html.escape(name)}: bị từ chối — {html.escape(why)}</li>")
    return head + ("<ul class='cchc-upload'>" + "".join(parts) + "</ul>" if parts else "")

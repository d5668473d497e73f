"""The Gradio Blocks app (mounted at /ui by :func:`assistant.api.create_app`). All labels are Vietnamese.

When ``CCHC_API_KEY`` is set the UI still calls the engine in-process, but every handler requires the key
typed into the sidebar's password box (checked server-side), so the UI is no way around the API's key.
"""

from __future__ import annotations

from pathlib import Path

import gradio as gr

from assistant.api.jobs import JobManager
from assistant.engine import Engine
from assistant.settings import Settings
from assistant.ui.handlers import ALL, Handlers

EXAMPLES = [
    "Đơn vị nào báo cáo Sở Nội vụ và khi nào?",
    "Tỷ lệ hồ sơ TTHC xử lý trực tuyến tối thiểu bao nhiêu?",
    "so noi vu bao cao khi nao",
    "Ai chủ trì tổ chức thực hiện kế hoạch CCHC của xã Phong Thổ?",
]
INTRO = ("## Trợ lý CCHC\nHỏi đáp về các kế hoạch cải cách hành chính đã nạp. Mỗi câu trả lời kèm "
         "**trích dẫn nguyên văn** (kế hoạch, mục, trang/dòng). Có thể gõ không dấu.")


def ui_css() -> str:
    """The UI stylesheet."""
    return (Path(__file__).with_name("style.css")).read_text(encoding="utf-8")


# Gradio's own texts (it ships no Vietnamese, so "en" is overridden too: browsers fall back to it).
GRADIO_TEXTS = {
    "upload_text.drop_file": "Kéo thả tệp vào đây", "upload_text.click_to_upload": "Bấm để chọn tệp",
    "common.or": "hoặc", "common.loading": "Đang tải", "common.clear": "Xóa", "common.remove": "Bỏ",
    "common.error": "Lỗi", "common.empty": "Trống", "chatbot.copy_conversation": "Sao chép hội thoại",
    "common.copy": "Sao chép", "upload_text.uploading": "Đang tải lên",
}


def ui_i18n() -> gr.I18n:
    """Vietnamese for Gradio's built-in texts (upload area, loading, errors)."""
    return gr.I18n(**{locale: dict(GRADIO_TEXTS) for locale in ("vi", "en")})


# Typing the key stores it in a same-site cookie so Gradio's own upload route (which cannot send a header)
# is authorised too; the handlers still check the key they receive.
KEY_COOKIE_JS = ("(k) => { document.cookie = 'cchc_key=' + encodeURIComponent(k || '') + "
                 "'; path=/; SameSite=Strict'; return k; }")


def build_ui(engine: Engine, jobs: JobManager, settings: Settings | None = None,
             upload_root: Path | None = None) -> gr.Blocks:
    """The chat, sidebar filters, upload and plan viewer, wired to ``engine`` (``settings``: key, limits).

    ``upload_root``: the folder Gradio stores uploads in; the upload handler reads nothing else.
    """
    h = Handlers(engine, jobs, settings, upload_root)
    need_key = bool(h.settings.api_key)
    has_llm = engine.llm_backend() is not None
    with gr.Blocks(title="Trợ lý CCHC", analytics_enabled=False) as demo:
        conv = gr.State({"history": [], "last": None})
        with gr.Sidebar(label="Bộ lọc và tải lên", elem_id="sidebar"):
            key = gr.Textbox(label="Khóa API", type="password", visible=need_key, elem_id="api-key",
                             placeholder="Nhập khóa để sử dụng")
            plans = gr.CheckboxGroup(label="Tìm trong kế hoạch (bỏ trống = tất cả)", choices=[],
                                     elem_id="plans")
            with gr.Row():
                province = gr.Dropdown(label="Tỉnh", choices=[("Tất cả", ALL)], value=ALL, elem_id="province")
                year = gr.Dropdown(label="Năm", choices=[("Tất cả", ALL)], value=ALL, elem_id="year")
            mode = gr.Radio(label="Cách trả lời", choices=[("Trích xuất", "extractive"), ("Mô hình ngôn ngữ", "llm")],
                            value="extractive", visible=has_llm, elem_id="mode")
            gr.Markdown("### Tải lên kế hoạch mới")
            files = gr.File(label="Tệp PDF, DOCX, TXT, MD hoặc ảnh", file_count="multiple", type="filepath",
                            elem_id="upload")
            if upload_root is not None:  # Gradio keeps the received files here, where the handler reads them
                files.GRADIO_CACHE = str(upload_root.resolve())
            upload_btn = gr.Button("Nạp các tệp đã chọn", elem_id="upload-btn")
            upload_status = gr.HTML(elem_id="upload-status")
            refresh = gr.Button("Làm mới danh sách kế hoạch", size="sm", elem_id="refresh")
        gr.Markdown(INTRO)
        with gr.Tabs():
            with gr.Tab("Hỏi đáp", id="tab-chat", elem_id="tab-chat"):
                chat = gr.Chatbot(label="Hội thoại", elem_id="chat", height=560, feedback_options=None,
                                  placeholder="Đặt câu hỏi về các kế hoạch CCHC, ví dụ: *Đơn vị nào báo cáo Sở Nội vụ "
                                              "và khi nào?*", buttons=["copy"])
                with gr.Row():
                    question = gr.Textbox(label="Câu hỏi", placeholder="Nhập câu hỏi rồi nhấn Enter…", scale=6,
                                          elem_id="question", lines=1, max_lines=4)
                    send = gr.Button("Gửi", variant="primary", scale=1, elem_id="send")
                gr.Examples(examples=[[q] for q in EXAMPLES], inputs=[question], label="Câu hỏi mẫu",
                            elem_id="examples")
                with gr.Row():
                    good = gr.Button("Đúng", elem_id="fb-good", size="sm")
                    bad = gr.Button("Sai", elem_id="fb-bad", size="sm")
                    clear = gr.Button("Cuộc hội thoại mới", elem_id="clear", size="sm")
                fb_status = gr.Markdown(elem_id="fb-status")
            with gr.Tab("Xem kế hoạch", id="tab-viewer", elem_id="tab-viewer"):
                pick = gr.Dropdown(label="Kế hoạch", choices=[], elem_id="viewer-plan")
                meta = gr.Markdown(elem_id="viewer-meta")
                with gr.Row():
                    with gr.Column(scale=2):
                        gr.Markdown("#### Dàn ý")
                        outline = gr.HTML(elem_id="outline")
                    with gr.Column(scale=3):
                        gr.Markdown("#### Dữ kiện trích xuất")
                        kind = gr.Radio(label="Loại dữ kiện", choices=[], elem_id="fact-kind")
                        facts = gr.Dataframe(label="Bảng dữ kiện", interactive=False, wrap=True, elem_id="facts")

        choice_outputs = [plans, province, year, pick]
        ask_inputs = [question, chat, conv, key, plans, province, year, mode]
        ask_outputs = [chat, question, conv]
        demo.load(h.choices, inputs=[key], outputs=choice_outputs)
        key.change(None, inputs=[key], outputs=None, js=KEY_COOKIE_JS)
        key.submit(h.choices, inputs=[key], outputs=choice_outputs)
        key.blur(h.choices, inputs=[key], outputs=choice_outputs)
        refresh.click(h.choices, inputs=[key], outputs=choice_outputs)
        question.submit(h.respond, inputs=ask_inputs, outputs=ask_outputs)
        send.click(h.respond, inputs=ask_inputs, outputs=ask_outputs)
        good.click(lambda c, k: h.feedback("dung", c, k), inputs=[conv, key], outputs=[fb_status])
        bad.click(lambda c, k: h.feedback("sai", c, k), inputs=[conv, key], outputs=[fb_status])
        clear.click(lambda: ([], {"history": [], "last": None}, ""), outputs=[chat, conv, fb_status])
        upload_btn.click(h.upload, inputs=[files, key], outputs=[upload_status]).then(
            h.choices, inputs=[key], outputs=choice_outputs)
        pick.change(h.view, inputs=[pick, key], outputs=[meta, outline, kind, facts])
        kind.change(h.facts_table, inputs=[pick, kind, key], outputs=[facts])
    return demo

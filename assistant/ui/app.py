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
from assistant.ui.client import CLIENT_JS
from assistant.ui.client_drafts import DRAFTS_JS
from assistant.ui.handlers import ALL, Handlers, new_conv
from assistant.ui.saved import BROWSER_ID_JS, ConversationHandlers, counter_html

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
    "common.copy": "Sao chép", "upload_text.uploading": "Đang tải lên", "chatbot.copy_message": "Sao chép tin nhắn",
    "chatbot.copied_message": "Đã sao chép", "chatbot.like": "Câu trả lời đúng", "chatbot.dislike": "Câu trả lời sai",
    "chatbot.clear": "Xóa hội thoại", "chatbot.retry": "Hỏi lại", "chatbot.undo": "Hoàn tác",
}


def ui_i18n() -> gr.I18n:
    """Vietnamese for Gradio's built-in texts (upload area, loading, errors)."""
    return gr.I18n(**{locale: dict(GRADIO_TEXTS) for locale in ("vi", "en")})


# Typing the key stores it in a same-site cookie so Gradio's own upload route (which cannot send a header)
# is authorised too; the handlers still check the key they receive.
KEY_COOKIE_JS = ("(k) => { document.cookie = 'cchc_key=' + encodeURIComponent(k || '') + "
                 "'; path=/; SameSite=Strict'; return k; }")


# After a source viewer opens: scroll its text box (not the page) so the first cited line is in view.
SCROLL_TO_CITED = ("() => { const box = document.querySelector('VIEW .cchc-source'); "
                   "const line = box && box.querySelector('.cchc-cited'); "
                   "if (line) { box.scrollTop = line.offsetTop - box.offsetTop - 60; } }")


def page_image(elem_id: str, upload_root: Path | None) -> gr.Image:
    """The (hidden until a PDF page is shown) page image of a source viewer, served from the upload folder."""
    image = gr.Image(label="Trang của bản gốc PDF", visible=False, interactive=False, type="filepath", format="png",
                     elem_id=elem_id, scale=1, buttons=["fullscreen"], alt_text="Ảnh trang của bản gốc PDF")
    if upload_root is not None:  # served from the folder this app's file route allows
        image.GRADIO_CACHE = str(upload_root.resolve())
    return image


def build_ui(engine: Engine, jobs: JobManager, settings: Settings | None = None,
             upload_root: Path | None = None) -> gr.Blocks:
    """The chat, sidebar filters, upload and plan viewer, wired to ``engine`` (``settings``: key, limits).

    ``upload_root``: the folder Gradio stores uploads in; the upload handler reads nothing else.
    """
    h = Handlers(engine, jobs, settings, upload_root)
    ch = ConversationHandlers(h)
    need_key = bool(h.settings.api_key)
    has_llm = engine.llm_backend() is not None
    with gr.Blocks(title="Trợ lý CCHC", analytics_enabled=False) as demo:
        conv = gr.State(new_conv())
        browser = gr.State("")  # the page's random id, checked on load (saved.py)
        with gr.Sidebar(label="Bộ lọc và tải lên", elem_id="sidebar"):
            # first tab stop after the sidebar toggle: jump straight to the question box (client.py focuses it)
            gr.HTML('<a class="cchc-skip" href="#question">Chuyển tới ô câu hỏi</a>', elem_id="skip", padding=False)
            key = gr.Textbox(label="Khóa API", type="password", visible=need_key, elem_id="api-key",
                             placeholder="Nhập khóa để sử dụng")
            with gr.Accordion("Hội thoại đã lưu", open=True, elem_id="saved"):
                saved_list = gr.Radio(label="Bấm để mở lại", choices=[], elem_id="conv-list")
                saved_del = gr.Button("Xóa hội thoại đã chọn", variant="stop", size="sm", elem_id="conv-delete")
                saved_status = gr.Markdown(elem_id="conv-status")
                browser_raw = gr.Textbox(elem_id="browser-id", elem_classes=["cchc-hidden"], show_label=False,
                                         container=False)
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
            with gr.Accordion("Quản lý kế hoạch", open=False, elem_id="manage"):
                del_pick = gr.Dropdown(label="Kế hoạch cần xóa", choices=[], elem_id="delete-plan")
                del_btn = gr.Button("Xóa kế hoạch…", variant="stop", size="sm", elem_id="delete-btn")
                del_status = gr.Markdown(elem_id="delete-status")
                with gr.Row(visible=False, elem_id="delete-confirm") as del_confirm:
                    del_yes = gr.Button("Xác nhận xóa", variant="stop", size="sm", elem_id="delete-yes")
                    del_no = gr.Button("Hủy", size="sm", elem_id="delete-no")
        gr.Markdown(INTRO, elem_id="intro")
        with gr.Tabs():
            with gr.Tab("Hỏi đáp", id="tab-chat", elem_id="tab-chat"):
                chat = gr.Chatbot(label="Hội thoại", elem_id="chat", height=560, feedback_options=("Like", "Dislike"),
                                  placeholder="Đặt câu hỏi về các kế hoạch CCHC, ví dụ: *Đơn vị nào báo cáo Sở Nội vụ "
                                              "và khi nào?*", buttons=[])
                with gr.Row(elem_id="source-row"):
                    source_page = page_image("source-page", upload_root)
                    source_view = gr.HTML(elem_id="source-view")
                source_ref = gr.Textbox(elem_id="source-ref", elem_classes=["cchc-hidden"], show_label=False,
                                        container=False)
                source_go = gr.Button("Mở", elem_id="source-go", elem_classes=["cchc-hidden"])
                with gr.Row(equal_height=True, elem_id="ask-row"):
                    question = gr.Textbox(label="Câu hỏi", placeholder="Nhập câu hỏi rồi nhấn Enter…", scale=6,
                                          elem_id="question", lines=1, max_lines=4, min_width=160)
                    send = gr.Button("Gửi", variant="primary", scale=1, elem_id="send", min_width=72)
                gr.HTML(counter_html(h.settings.max_question_chars), elem_id="q-counter", padding=False)
                examples = gr.Examples(examples=[[q] for q in EXAMPLES], inputs=[question], label="Câu hỏi mẫu",
                                       elem_id="examples")
                with gr.Row():
                    clear = gr.Button("Cuộc hội thoại mới", elem_id="clear", size="sm")
                    export = gr.DownloadButton("Tải hội thoại (Markdown)", elem_id="export", size="sm", visible=False)
                    export_docx = gr.DownloadButton("Tải hội thoại (DOCX)", elem_id="export-docx", size="sm",
                                                    visible=False)
                if upload_root is not None:  # served from the folder this app's file route allows
                    export.GRADIO_CACHE = export_docx.GRADIO_CACHE = str(upload_root.resolve())
                fb_status = gr.Markdown(elem_id="fb-status")
                with gr.Row():
                    fb_comment = gr.Textbox(label="Góp ý cho câu trả lời vừa đánh giá (không bắt buộc)", scale=5,
                                            elem_id="fb-comment", lines=1)
                    fb_send = gr.Button("Gửi góp ý", scale=1, elem_id="fb-send", size="sm")
            with gr.Tab("Xem kế hoạch", id="tab-viewer", elem_id="tab-viewer"):
                pick = gr.Dropdown(label="Kế hoạch", choices=[], elem_id="viewer-plan")
                meta = gr.Markdown(elem_id="viewer-meta")
                with gr.Row():
                    with gr.Column(scale=2):
                        gr.Markdown("#### Dàn ý")
                        outline = gr.HTML(elem_id="outline")
                        outline_ref = gr.Textbox(elem_id="outline-ref", elem_classes=["cchc-hidden"], show_label=False,
                                                 container=False)
                        outline_go = gr.Button("Mở", elem_id="outline-go", elem_classes=["cchc-hidden"])
                    with gr.Column(scale=3):
                        gr.Markdown("#### Dữ kiện trích xuất")
                        kind = gr.Radio(label="Loại dữ kiện", choices=[], elem_id="fact-kind")
                        facts = gr.Dataframe(label="Bảng dữ kiện", interactive=False, wrap=True, elem_id="facts")
                with gr.Row(elem_id="outline-source-row"):
                    outline_page = page_image("outline-page", upload_root)
                    outline_view = gr.HTML(elem_id="outline-source")
                gr.Markdown("#### Nhiệm vụ (ai làm gì, khi nào)")
                with gr.Row(equal_height=True):
                    task_query = gr.Textbox(label="Lọc nhiệm vụ (gõ có dấu hoặc không dấu)", scale=4,
                                            elem_id="task-filter")
                    task_csv = gr.DownloadButton("Tải CSV", visible=False, size="sm", elem_id="task-csv")
                    task_xlsx = gr.DownloadButton("Tải XLSX", visible=False, size="sm", elem_id="task-xlsx")
                tasks = gr.Dataframe(label="Bảng nhiệm vụ", interactive=False, wrap=True, elem_id="tasks")
                if upload_root is not None:  # served from the folder this app's file route allows
                    task_csv.GRADIO_CACHE = task_xlsx.GRADIO_CACHE = str(upload_root.resolve())

        choice_outputs = [plans, province, year, pick, del_pick]
        ask_inputs = [question, chat, conv, key, plans, province, year, mode]
        ask_outputs = [chat, question, conv]
        demo.load(h.choices, inputs=[key], outputs=choice_outputs)
        key.change(None, inputs=[key], outputs=None, js=KEY_COOKIE_JS)
        key.submit(h.choices, inputs=[key], outputs=choice_outputs)
        key.blur(h.choices, inputs=[key], outputs=choice_outputs)
        refresh.click(h.choices, inputs=[key], outputs=choice_outputs)
        saved_outputs = [conv, saved_list, saved_status, export, export_docx]
        for event in (question.submit, send.click):  # the box stays editable while the answer streams
            event(h.respond, inputs=ask_inputs, outputs=ask_outputs, show_progress_on=[chat]).then(
                ch.after_answer, inputs=[conv, browser, key], outputs=saved_outputs)
        examples.load_input_event.then(h.respond, inputs=ask_inputs, outputs=ask_outputs,
                                       show_progress_on=[chat]).then(
            ch.after_answer, inputs=[conv, browser, key], outputs=saved_outputs)
        demo.load(ch.start, inputs=[browser_raw, key], outputs=[browser, saved_list, saved_status], js=BROWSER_ID_JS)
        demo.load(None, js=DRAFTS_JS)
        for ev in (key.submit, key.blur):
            ev(ch.refresh, inputs=[browser, key, conv], outputs=[saved_list])
        saved_list.input(ch.open, inputs=[saved_list, browser, key, conv],
                         outputs=[chat, conv, saved_status, export, export_docx])
        saved_del.click(ch.delete, inputs=[saved_list, browser, key, conv],
                        outputs=[saved_list, saved_status, chat, conv, export, export_docx])
        chat.like(h.like, inputs=[conv, key], outputs=[fb_status, conv])
        fb_send.click(h.comment, inputs=[fb_comment, conv, key], outputs=[fb_status, fb_comment])
        fb_comment.submit(h.comment, inputs=[fb_comment, conv, key], outputs=[fb_status, fb_comment])
        clear.click(lambda: ([], new_conv(), "", gr.update(value=None, visible=False),
                             gr.update(value=None, visible=False), gr.update(value=None), ""),
                    outputs=[chat, conv, fb_status, export, export_docx, saved_list, saved_status])
        demo.load(None, js=CLIENT_JS)
        source_go.click(h.source, inputs=[source_ref, key], outputs=[source_view, source_page]).then(
            None, js=SCROLL_TO_CITED.replace("VIEW", "#source-view"))
        outline_go.click(h.source, inputs=[outline_ref, key], outputs=[outline_view, outline_page]).then(
            None, js=SCROLL_TO_CITED.replace("VIEW", "#outline-source"))
        del_btn.click(h.ask_delete, inputs=[del_pick, key], outputs=[del_status, del_confirm])
        del_no.click(lambda: ("Đã hủy, không xóa gì.", gr.update(visible=False)), outputs=[del_status, del_confirm])
        del_yes.click(h.delete, inputs=[del_pick, key], outputs=[del_status, del_confirm]).then(
            h.choices, inputs=[key], outputs=choice_outputs)
        upload_btn.click(h.upload, inputs=[files, key], outputs=[upload_status]).then(
            h.choices, inputs=[key], outputs=choice_outputs)
        pick.change(h.view, inputs=[pick, key], outputs=[meta, outline, kind, facts]).then(
            h.tasks, inputs=[pick, task_query, key], outputs=[tasks, task_csv, task_xlsx])
        task_query.change(h.tasks, inputs=[pick, task_query, key], outputs=[tasks, task_csv, task_xlsx])
        kind.change(h.facts_table, inputs=[pick, kind, key], outputs=[facts])
    return demo

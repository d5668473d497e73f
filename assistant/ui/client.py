"""Browser-side behaviour installed once on page load (no inline handlers: chat HTML stays sanitised).

- "Sao chép" under each answer copies that answer's plain text (answer + numbered sources), never HTML;
- on narrow screens (< 768 px) the sidebar starts closed so the question box is on the first screen;
- "Mở nguồn" on a card sends its "doc:start:end" to the hidden source request box, which opens the source viewer;
  an outline item of the plan viewer does the same with the viewer tab's own source viewer;
- the skip link ("Chuyển tới ô câu hỏi", first in the tab order) focuses the question box;
- Gradio's English screen-reader labels get Vietnamese ones (re-applied as Gradio re-renders).
"""

CLIENT_JS = r"""
() => {
  if (window.__cchcInstalled) { return; }
  window.__cchcInstalled = true;
  document.addEventListener('click', (ev) => {
    const skip = ev.target.closest ? ev.target.closest('.cchc-skip') : null;
    if (skip) {
      ev.preventDefault();
      const box = document.querySelector('#question textarea');
      if (box) { box.focus(); }
      return;
    }
    const open = ev.target.closest ? ev.target.closest('.cchc-open') : null;
    if (open) {
      ev.preventDefault();
      const where = open.closest('#outline') ? 'outline' : 'source';  // an outline item opens the viewer tab's
      const box = document.querySelector(`#${where}-ref textarea, #${where}-ref input`);
      const go = document.querySelector(`#${where}-go`);
      if (box && go) {
        const cls = [...open.classList].find((c) => c.startsWith('cchc-ref-')) || '';
        const hex = cls.slice('cchc-ref-'.length);
        const bytes = new Uint8Array((hex.match(/../g) || []).map((h) => parseInt(h, 16)));
        box.value = new TextDecoder().decode(bytes);
        box.dispatchEvent(new Event('input', {bubbles: true}));
        setTimeout(() => { go.click(); }, 50);
      }
      return;
    }
    const btn = ev.target.closest ? ev.target.closest('.cchc-copy') : null;
    if (!btn) { return; }
    ev.preventDefault();
    const pre = btn.parentElement ? btn.parentElement.querySelector('.cchc-plain') : null;
    const text = pre ? pre.textContent : '';
    window.__cchcCopied = text;
    const done = () => { btn.textContent = 'Đã sao chép'; setTimeout(() => { btn.textContent = 'Sao chép'; }, 2000); };
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(text).then(done, done);
    } else {
      const ta = document.createElement('textarea');
      ta.value = text; document.body.appendChild(ta); ta.select();
      try { document.execCommand('copy'); } catch (e) { /* ignored */ }
      ta.remove(); done();
    }
  });
  const LABELS = {'Toggle Sidebar': 'Đóng/mở thanh bên', 'Copy message': 'Sao chép tin nhắn',
                  'Copy': 'Sao chép', 'Copied': 'Đã sao chép', 'Like': 'Câu trả lời đúng',
                  'Dislike': 'Câu trả lời sai', 'Clear': 'Xóa', 'Download': 'Tải xuống',
                  'Remove file': 'Bỏ tệp', 'Remove this file': 'Bỏ tệp này', 'Loading response': 'Đang trả lời',
                  'Resize sidebar': 'Đổi độ rộng thanh bên', 'Close': 'Đóng', 'Dismiss': 'Bỏ qua'};
  const relabel = () => {
    document.querySelectorAll('[aria-label], [title]').forEach((el) => {
      for (const attr of ['aria-label', 'title']) {
        const v = el.getAttribute(attr);
        if (v && LABELS[v]) { el.setAttribute(attr, LABELS[v]); }
      }
    });
  };
  relabel();
  new MutationObserver(relabel).observe(document.body, {subtree: true, childList: true,
                                                         attributes: true, attributeFilter: ['aria-label']});
  const closeOnPhone = (tries) => {
    if (window.innerWidth >= 768) { return; }
    const side = document.querySelector('.sidebar');
    const toggle = document.querySelector('.sidebar .toggle-button, .toggle-button');
    if (side && toggle) {
      if (side.classList.contains('open')) { toggle.click(); }
      return;
    }
    if (tries > 0) { setTimeout(() => closeOnPhone(tries - 1), 100); }
  };
  closeOnPhone(50);
}
"""

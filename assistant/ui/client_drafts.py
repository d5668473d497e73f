"""Browser-side draft keeping and the character counter of the question box (installed once on page load).

- whatever is in the question box is mirrored to localStorage (``cchc_draft``) and put back when the page is
  loaded again (a reload, a reconnect, a server restart), unless the box already has text;
- "123/1000 ký tự" under the box counts what will be sent (trimmed, in characters as the server counts them)
  and turns amber with a message when the question is over the limit;
- the box is never locked or cleared by the page while an answer streams (only the server clears it, once,
  when it takes the question).
"""

DRAFTS_JS = r"""
() => {
  if (window.__cchcDrafts) { return; }
  window.__cchcDrafts = true;
  const KEY = 'cchc_draft';
  const read = () => { try { return window.localStorage.getItem(KEY) || ''; } catch (e) { return ''; } };
  const write = (v) => {
    try {
      if (v) { window.localStorage.setItem(KEY, v.slice(0, 20000)); } else { window.localStorage.removeItem(KEY); }
    } catch (e) { /* no storage: nothing kept */ }
  };
  const box = () => document.querySelector('#question textarea');
  const show = (v) => {
    const el = document.querySelector('#q-counter .cchc-count');
    if (!el) { return false; }
    const max = parseInt(el.getAttribute('data-max') || '0', 10);
    const n = Array.from(v.trim()).length;
    const over = max > 0 && n > max;
    el.textContent = n + '/' + max + ' ký tự' + (over ? ' — câu hỏi quá dài, hãy rút gọn trước khi gửi' : '');
    el.classList.toggle('cchc-over', over);
    return true;
  };
  let last = null;
  let shown = null;
  const sync = () => {
    const b = box();
    if (!b) { return; }
    if (last === null) {  // first sight of the box on this page: restore the draft
      const draft = read();
      if (draft && !b.value) {
        b.value = draft;
        b.dispatchEvent(new Event('input', {bubbles: true}));
      }
    }
    if (b.value !== last) { last = b.value; write(b.value); }
    if (b.value !== shown && show(b.value)) { shown = b.value; }
  };
  document.addEventListener('input', (ev) => {
    if (ev.target && ev.target.closest && ev.target.closest('#question')) { sync(); }
  });
  setInterval(sync, 250);
  sync();
}
"""

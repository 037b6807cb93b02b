/**
 * Chromium matches no `:focus` selector on an iframe whose (cross-origin) page holds focus, so a
 * focus ring drawn with CSS never shows while a keyboard user is inside a provider's page. This
 * marks an element — the frame, or the box around it — `data-focused` while the frame holds focus,
 * for CSS to draw the ring: set once focus has gone in (our window blurs, or a focusout leaves it
 * there), cleared as soon as focus lands anywhere in our document again; focus the frame's page
 * drops to ours when it navigates goes back to the frame.
 */
export function markFrameFocus(frame: HTMLIFrameElement, marked: Element = frame): () => void {
  const doc = frame.ownerDocument;
  const view = doc.defaultView;
  let watch: ReturnType<typeof setInterval> | undefined;
  const mark = () => {
    // The frame's page navigating (a form posted) drops focus to our page, with no event here:
    // while the frame has focus, look every 100 ms, and put focus back on the frame.
    const dropped = doc.activeElement === null || doc.activeElement === doc.body;
    if (dropped && marked.hasAttribute('data-focused') && frame.isConnected) frame.focus();
    const focused = marked.toggleAttribute('data-focused', (frame.getRootNode() as Document | ShadowRoot).activeElement === frame);
    if (focused) watch ??= setInterval(mark, 100);
    else if (watch !== undefined) watch = void clearInterval(watch);
  };
  // Focus moves into the frame after the events that announce it: look a task later.
  const markSoon = () => setTimeout(mark);
  doc.addEventListener('focusin', mark, true);
  doc.addEventListener('focusout', markSoon, true);
  view?.addEventListener('blur', markSoon);
  markSoon();
  return () => {
    doc.removeEventListener('focusin', mark, true);
    doc.removeEventListener('focusout', markSoon, true);
    view?.removeEventListener('blur', markSoon);
    clearInterval(watch);
    marked.removeAttribute('data-focused');
  };
}

/**
 * Styles of the iframe modal, adopted into the container's shadow root (constructable
 * stylesheets need no `style-src` allowance). Themeable through `--pay-*` properties and the
 * parts `modal`, `modal-header`, `modal-title`, `modal-close`, `modal-frame`.
 */
export const iframeModalCss = `
dialog.pay-modal {
  box-sizing: border-box;
  width: min(var(--pay-modal-width, 30rem), calc(100vw - 2rem));
  height: min(var(--pay-modal-height, 40rem), calc(100vh - 2rem));
  padding: 0;
  border: var(--pay-modal-border, 1px solid #d0d4da);
  border-radius: var(--pay-radius, 0.5rem);
  background: var(--pay-modal-background, #fff);
  color: var(--pay-modal-color, inherit);
  font: inherit;
}
dialog.pay-modal[open] { display: flex; flex-direction: column; }
dialog.pay-modal::backdrop { background: var(--pay-modal-backdrop, rgb(0 0 0 / 0.5)); }
.pay-modal-header {
  display: flex; align-items: center; justify-content: space-between; gap: var(--pay-spacing, 0.5rem);
  padding: var(--pay-spacing, 0.5rem) var(--pay-spacing, 0.75rem);
  border-bottom: var(--pay-modal-border, 1px solid #d0d4da);
}
.pay-modal-title { margin: 0; font-size: var(--pay-modal-title-font-size, 1rem); }
.pay-modal-close {
  font: inherit; cursor: pointer; padding: 0.25rem 0.5rem;
  border: 1px solid currentColor; border-radius: var(--pay-radius, 0.25rem); background: transparent; color: inherit;
}
/* A frame whose page holds focus matches no :focus selector: iframe-modal.ts marks it data-focused. */
.pay-modal-close:focus-visible, .pay-modal-frame:focus-visible, .pay-modal-frame[data-focused] {
  outline: var(--pay-focus-ring-width, 2px) solid var(--pay-focus-ring-color, #1a56db); outline-offset: 2px;
}
.pay-modal-frame { flex: 1; width: 100%; border: 0; }
.pay-modal-sentinel { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); }
`;

const sheets = new WeakMap<Document, CSSStyleSheet>();

/** Adopts the modal's stylesheet into `root` once. */
export function adoptModalStyles(root: ShadowRoot | Document): void {
  const doc = root instanceof Document ? root : root.ownerDocument;
  const view = doc.defaultView;
  if (!view) return;
  let sheet = sheets.get(doc);
  if (!sheet) {
    sheet = new view.CSSStyleSheet();
    sheet.replaceSync(iframeModalCss);
    sheets.set(doc, sheet);
  }
  if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}

/**
 * The iframe modal: a `<dialog>` (showModal) holding a provider page (3-D Secure, hosted
 * checkout). Focus is trapped inside — sentinels on both ends send Tab back round, which also
 * works when focus leaves a cross-origin frame — Escape and the close button cancel, focus
 * returns to where it was. Messages count only from the provider's exact origin and the frame's
 * own window, and only after the caller's schema accepts them.
 */
import * as z from 'zod/mini';
import { translator } from '../core/messages.js';
import { flowsMessages } from './flows.messages.js';
import { markFrameFocus } from './frame-focus.js';
import { adoptModalStyles } from './iframe-modal.styles.js';
import { flowCancel, flowError, flowResult, type FlowOutcome } from './outcome.js';

export interface IframeModalOptions<T> {
  /** Where the dialog is rendered: the element's shadow root (or any element / document). */
  container: ShadowRoot | Element | Document;
  /** The provider page; check it with `checkProviderUrl` first. */
  url: string;
  /** The exact origin messages must come from; default the URL's origin. */
  messageOrigin?: string;
  /** Validates messages from the frame; the first valid one ends the modal with `result`. Without it messages are ignored. */
  schema?: z.ZodMiniType<T>;
  /** The dialog's visible title (default from the catalog). */
  title?: string;
  locale?: string;
  /**
   * Where focus goes when the modal closes; default the element focused when it opened. `null`:
   * the caller places it (focus that was in the modal still goes back to that element meanwhile).
   */
  returnFocusTo?: HTMLElement | null;
  signal?: AbortSignal;
}

export interface IframeModal<T> {
  dialog: HTMLDialogElement;
  iframe: HTMLIFrameElement;
  /** `result` (a valid message), `cancel` (Escape, close button, `close()`, abort) or `error` (a malformed message). */
  outcome: Promise<FlowOutcome<T>>;
  /** Closes the modal (e.g. when the result arrived another way); the outcome becomes `cancel` 'closed'. */
  close(): void;
}

/** The element that has focus, looking into shadow roots. */
function deepActiveElement(doc: Document): HTMLElement | null {
  let active = doc.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active instanceof HTMLElement ? active : null;
}

function make<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, className: string, part?: string): HTMLElementTagNameMap[K] {
  const element = doc.createElement(tag);
  element.className = className;
  if (part) element.setAttribute('part', part);
  return element;
}

let modalCount = 0;

/** Opens the modal at once and resolves its outcome when it ends. */
export function openIframeModal<T>(options: IframeModalOptions<T>): IframeModal<T> {
  const container = options.container;
  const doc = container instanceof Document ? container : container.ownerDocument;
  const root = container instanceof Document ? container : (container.getRootNode() as ShadowRoot | Document);
  const mount = container instanceof Document ? container.body : container;
  const t = translator(flowsMessages, options.locale);
  const view = doc.defaultView!;
  const opener = deepActiveElement(doc);
  const returnFocusTo = options.returnFocusTo !== undefined ? options.returnFocusTo : opener;
  if (root instanceof ShadowRoot || root instanceof Document) adoptModalStyles(root);

  const titleId = `pay-modal-title-${++modalCount}`;
  const dialog = make(doc, 'dialog', 'pay-modal', 'modal');
  dialog.setAttribute('aria-labelledby', titleId);
  const header = make(doc, 'div', 'pay-modal-header', 'modal-header');
  const title = make(doc, 'h2', 'pay-modal-title', 'modal-title');
  title.id = titleId;
  title.textContent = options.title ?? t('flows.modal.title');
  const closeButton = make(doc, 'button', 'pay-modal-close', 'modal-close');
  closeButton.type = 'button';
  closeButton.textContent = t('flows.modal.close');
  closeButton.autofocus = true;
  const iframe = make(doc, 'iframe', 'pay-modal-frame', 'modal-frame');
  iframe.title = title.textContent;
  // Sentinels catch focus leaving either end (including out of the cross-origin frame) and wrap it.
  const startSentinel = make(doc, 'span', 'pay-modal-sentinel');
  const endSentinel = make(doc, 'span', 'pay-modal-sentinel');
  for (const sentinel of [startSentinel, endSentinel]) {
    sentinel.tabIndex = 0;
    sentinel.setAttribute('aria-hidden', 'true');
  }
  const stopMarkingFrameFocus = markFrameFocus(iframe);
  startSentinel.addEventListener('focus', () => iframe.focus());
  endSentinel.addEventListener('focus', () => closeButton.focus());
  header.append(title, closeButton);
  dialog.append(startSentinel, header, iframe, endSentinel);

  const messageOrigin = options.messageOrigin ?? new URL(options.url).origin;
  let settle!: (outcome: FlowOutcome<T>) => void;
  const outcome = new Promise<FlowOutcome<T>>((resolve) => { settle = resolve; });
  let done = false;

  const onMessage = (event: MessageEvent<unknown>) => {
    // Both checks: the exact origin, and this frame's own window (not another frame of that origin).
    if (done || event.origin !== messageOrigin || event.source !== iframe.contentWindow || !options.schema) return;
    const parsed = z.safeParse(options.schema, event.data);
    finish(parsed.success ? flowResult(parsed.data) : flowError('invalid_response', t('flows.error.message')));
  };
  const onCancel = (event: Event) => {
    event.preventDefault();
    finish(flowCancel('escape'));
  };
  // Escape may close the dialog without a cancelable `cancel` (no user activation): count that too.
  const onClose = () => finish(flowCancel('escape'));
  const onAbort = () => finish(flowCancel('aborted'));

  function finish(result: FlowOutcome<T>): void {
    if (done) return;
    done = true;
    // Focus in the dialog (or its frame) would fall to the page with it: without a `returnFocusTo`,
    // it goes back to the opener meanwhile, as closing a dialog does, and the caller moves it on.
    const focusWasInside = dialog.contains(root.activeElement);
    view.removeEventListener('message', onMessage);
    stopMarkingFrameFocus();
    dialog.removeEventListener('cancel', onCancel);
    dialog.removeEventListener('close', onClose);
    options.signal?.removeEventListener('abort', onAbort);
    if (dialog.open) dialog.close();
    dialog.remove();
    (returnFocusTo ?? (focusWasInside && opener?.isConnected ? opener : null))?.focus();
    settle(result);
  }

  view.addEventListener('message', onMessage);
  dialog.addEventListener('cancel', onCancel);
  dialog.addEventListener('close', onClose);
  closeButton.addEventListener('click', () => finish(flowCancel('close-button')));
  options.signal?.addEventListener('abort', onAbort, { once: true });

  mount.append(dialog);
  iframe.src = options.url;
  dialog.showModal();
  if (options.signal?.aborted) onAbort();
  return { dialog, iframe, outcome, close: () => finish(flowCancel('closed')) };
}

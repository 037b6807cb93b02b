/**
 * Redirects to a provider page (3-D Secure, hosted checkout): the URL is checked, then a
 * cancelable `pay-redirect` lets the host navigate itself (a WebView, a router), else the
 * library goes there — same tab, new tab, or the iframe modal.
 */
import { emit, type PayRedirectDetail } from '../core/events.js';
import { translator } from '../core/messages.js';
import { flowsMessages } from './flows.messages.js';
import { openIframeModal, type IframeModal, type IframeModalOptions } from './iframe-modal.js';
import type { FlowError } from './outcome.js';
import { openWindow } from './popup.js';
import { checkProviderUrl, refusedUrlMessage } from './safe-url.js';

export type RedirectTarget = PayRedirectDetail['target'];

export interface RedirectOptions<T> {
  url: string;
  target: RedirectTarget;
  /** The provider's hosts (see `checkProviderUrl`). */
  allowedHosts: readonly string[];
  allowLoopback?: boolean;
  locale?: string;
  /** For `iframe`: where and how to render the modal (its URL is this redirect's). */
  modal?: Omit<IframeModalOptions<T>, 'url' | 'locale'>;
}

/** How the redirect started; the payment's end comes later (return page, polling, the modal's outcome). */
export type RedirectStart<T> =
  | { kind: 'same-tab' }
  | { kind: 'new-tab'; window: Window }
  | { kind: 'iframe'; modal: IframeModal<T> }
  | { kind: 'prevented'; url: string }
  | { kind: 'error'; error: FlowError };

/**
 * Checks the URL, emits `pay-redirect` from `host`, then navigates unless the host called
 * `preventDefault()`. A refused URL emits nothing and navigates nowhere: `error` `invalid_response`.
 * For `new-tab`, call it inside the click handler; the new tab has no opener (its result comes
 * back through the return page's BroadcastChannel).
 */
export function redirect<T = unknown>(host: Element, options: RedirectOptions<T>): RedirectStart<T> {
  const checked = checkProviderUrl(options.url, options);
  if (!checked.ok) return { kind: 'error', error: { code: 'invalid_response', message: refusedUrlMessage(checked.reason, options.locale) } };
  const url = checked.url.href;
  if (!emit(host, 'pay-redirect', { url, target: options.target })) return { kind: 'prevented', url };
  const view = host.ownerDocument.defaultView;
  const t = translator(flowsMessages, options.locale);
  if (options.target === 'same-tab') {
    view?.location.assign(url);
    return { kind: 'same-tab' };
  }
  if (options.target === 'new-tab') {
    const tab = view ? openWindow(view, url, '_blank') : null;
    if (!tab) return { kind: 'error', error: { code: 'popup_blocked', message: t('flows.error.popupBlocked'), retryable: true } };
    // `noopener` would make window.open return null and hide a blocked tab, so cut the opener by hand.
    try {
      tab.opener = null;
    } catch {
      /* already navigated cross-origin: nothing to cut */
    }
    return { kind: 'new-tab', window: tab };
  }
  const modal = options.modal;
  if (!modal) return { kind: 'error', error: { code: 'invalid_config', message: t('flows.config.modal') } };
  return { kind: 'iframe', modal: openIframeModal<T>({ ...modal, url, ...(options.locale ? { locale: options.locale } : {}) }) };
}

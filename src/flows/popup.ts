/**
 * Popup flows. Call `openPopup` synchronously inside the shopper's click handler (browsers only
 * allow popups on a user gesture). COOP on either side can cut the link to the popup, and then
 * the popup looks `closed` although the shopper is still paying in it; so `closed` alone never
 * means cancelled: the flow ends on a return-page message (BroadcastChannel), a message from the
 * popup, or the caller's status check, and a close is called a cancel only when the page's COOP
 * does not explain it — otherwise the flow keeps waiting and ends in `coop_blocked` with the fix.
 */
import * as z from 'zod/mini';
import type { PaymentResult, ProviderName } from '../core/types.js';
import type { HostOverrides } from '../diagnostics/requirements.js';
import { translator } from '../core/messages.js';
import { flowsMessages } from './flows.messages.js';
import { flowCancel, flowError, flowResult, type FlowOutcome } from './outcome.js';
import { listenForReturn } from './return-page.js';
import { checkProviderUrl, refusedUrlMessage } from './safe-url.js';

export interface PopupOptions {
  url: string;
  /** The provider's hosts (see `checkProviderUrl`). */
  allowedHosts: readonly string[];
  allowLoopback?: boolean;
  provider: ProviderName;
  /** Host overrides for the COOP diagnosis (a sandbox, another region). */
  hosts?: HostOverrides;
  /** Return-page messages for this flow id finish the flow (see `listenForReturn`). */
  flowId?: string;
  /** Accepts a return-page result that names no flow, e.g. `(r) => r.orderId === orderId`. */
  matchResult?(result: PaymentResult): boolean;
  /** Set false when no return page will post a result: then a cut link with no `checkStatus` fails at once. */
  waitForReturnPage?: boolean;
  /** Messages from the popup window itself: accepted from this exact origin (default the URL's) and validated. */
  messageOrigin?: string;
  messageSchema?: z.ZodMiniType<PaymentResult>;
  /** The merchant server's view of the payment; null or a non-final status when it is not known yet. */
  checkStatus?: (signal: AbortSignal) => Promise<PaymentResult | null>;
  signal?: AbortSignal;
  /** Overall limit; default 15 minutes. */
  timeoutMs?: number;
  /** After the popup looks closed, how long to wait for a return-page message first; default 1 s. */
  closedGraceMs?: number;
  /** While the link is cut, how often to ask `checkStatus`; default 3 s. */
  statusIntervalMs?: number;
  width?: number;
  height?: number;
  locale?: string;
}

export interface PopupFlow {
  /** The popup, or null when it was blocked or refused. */
  window: Window | null;
  outcome: Promise<FlowOutcome<PaymentResult>>;
  /** Ends the flow (`cancel` 'closed') and closes the popup. */
  close(): void;
}

const isFinal = (result: PaymentResult | null): result is PaymentResult =>
  result !== null && result.status !== 'pending' && result.status !== 'requires_action';

/** Opens `url` from `view`; null when the browser blocked it (or threw, as some embedded contexts do). */
export function openWindow(view: Window, url: string, target: string, features?: string): Window | null {
  try {
    return view.open(url, target, features) ?? null;
  } catch {
    return null;
  }
}

function popupFeatures(view: Window, width: number, height: number): string {
  const left = Math.max(0, Math.round(view.screenX + (view.outerWidth - width) / 2));
  const top = Math.max(0, Math.round(view.screenY + (view.outerHeight - height) / 2));
  return `popup,width=${width},height=${height},left=${left},top=${top}`;
}

/** Opens the provider popup from `host`'s window and follows it to one outcome. */
export function openPopup(host: Element, options: PopupOptions): PopupFlow {
  const t = translator(flowsMessages, options.locale);
  const checked = checkProviderUrl(options.url, options);
  if (!checked.ok) return ended(flowError('invalid_response', refusedUrlMessage(checked.reason, options.locale)));
  const view = host.ownerDocument.defaultView;
  const popup = view ? openWindow(view, checked.url.href, '_blank', popupFeatures(view, options.width ?? 480, options.height ?? 720)) : null;
  if (!popup) return ended(flowError('popup_blocked', t('flows.error.popupBlocked'), true));

  const control = new AbortController(); // stops status checks and timers when the flow ends
  const timers = new Set<ReturnType<typeof setTimeout>>();
  let settle!: (outcome: FlowOutcome<PaymentResult>) => void;
  const outcome = new Promise<FlowOutcome<PaymentResult>>((resolve) => { settle = resolve; });
  let done = false;
  let coopMessage: string | null = null; // set once the page's COOP explains the lost link

  const finish = (result: FlowOutcome<PaymentResult>, closePopup = true) => {
    if (done) return;
    done = true;
    control.abort();
    for (const timer of timers) clearTimeout(timer);
    clearInterval(closedWatch);
    returns.close();
    view!.removeEventListener('message', onMessage);
    options.signal?.removeEventListener('abort', onAbort);
    if (closePopup && !popup.closed) popup.close();
    settle(result);
  };
  const later = (ms: number, run: () => void) => {
    const timer = setTimeout(() => { timers.delete(timer); run(); }, ms);
    timers.add(timer);
  };
  const sleep = (ms: number) => new Promise<void>((resolve) => later(ms, resolve));

  const returns = listenForReturn({
    flowId: options.flowId,
    matches: options.matchResult,
    onResult: (result) => finish(flowResult(result)),
    onInvalid: () => finish(flowError('invalid_response', t('flows.error.message'))),
  });
  const messageOrigin = options.messageOrigin ?? checked.url.origin;
  const onMessage = (event: MessageEvent<unknown>) => {
    if (!options.messageSchema || event.origin !== messageOrigin || event.source !== popup) return;
    const parsed = z.safeParse(options.messageSchema, event.data);
    finish(parsed.success ? flowResult(parsed.data) : flowError('invalid_response', t('flows.error.message')));
  };
  view!.addEventListener('message', onMessage);
  const onAbort = () => finish(flowCancel('aborted'));
  options.signal?.addEventListener('abort', onAbort, { once: true });

  const statusNow = async (): Promise<PaymentResult | null> => {
    if (!options.checkStatus) return null;
    try {
      return await options.checkStatus(control.signal);
    } catch {
      return null; // a failed check is no answer; the next one or the return page may still come
    }
  };

  // A cross-origin close fires no event: watch `closed`.
  const closedWatch = setInterval(() => {
    if (!popup.closed || done) return;
    clearInterval(closedWatch);
    void afterClosed();
  }, 250);

  async function afterClosed(): Promise<void> {
    await sleep(options.closedGraceMs ?? 1000); // a return page posts just before it closes itself
    if (done) return;
    const status = await statusNow();
    if (done) return;
    if (isFinal(status)) return finish(flowResult(status), false);
    const explanation = await explainLinkCut(options);
    if (done) return;
    if (!explanation) return finish(flowCancel('closed'), false);
    coopMessage = `${t('flows.error.coopBlocked')} ${explanation}`;
    if (!options.checkStatus && options.waitForReturnPage === false) return finish(flowError('coop_blocked', coopMessage), false);
    // The popup may still be open behind the cut link: keep waiting for the return page and the status.
    while (!done && options.checkStatus) {
      await sleep(options.statusIntervalMs ?? 3000);
      if (done) return;
      const next = await statusNow();
      if (isFinal(next)) return finish(flowResult(next), false);
    }
  }

  later(options.timeoutMs ?? 900_000, () => {
    finish(coopMessage ? flowError('coop_blocked', coopMessage) : flowError('timeout', t('flows.error.timeout')));
  });
  if (options.signal?.aborted) onAbort();
  return { window: popup, outcome, close: () => finish(flowCancel('closed')) };
}

/** The COOP explanation (message and fix) when the page's policy cuts popups, else null. */
async function explainLinkCut(options: PopupOptions): Promise<string | null> {
  try {
    // Loaded on demand: the diagnosis is only needed once a popup looks closed.
    const { explainFailure } = await import('../diagnostics/explain.js');
    const explanation = await explainFailure(options.provider, 'popup_link_cut', { hosts: options.hosts, locale: options.locale });
    return explanation?.message ?? null;
  } catch {
    return null;
  }
}

function ended(outcome: FlowOutcome<PaymentResult>): PopupFlow {
  return { window: null, outcome: Promise.resolve(outcome), close() {} };
}

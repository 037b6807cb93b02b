/**
 * One Glomo Checkout attempt: a fresh `GlomoCheckoutApi`, `open()` inside the shopper's click,
 * then exactly one outcome — an SDK event (validated by `readGlomoCheckoutEvent`), a result from
 * the merchant's return page (redirect mode, BroadcastChannel), a cancel, or an error.
 *
 * The popup is followed as the flows' popup primitive does it: COOP can cut the link, and then
 * the popup looks `closed` while the shopper is still paying in it. So `closed` is a cancel only
 * when the page's COOP does not explain it; when it does, events mode ends in `coop_blocked`
 * (no event can arrive) and redirect mode keeps waiting for the return page.
 */
import type { PayBankTransferSubmittedDetail } from '../../core/events.js';
import { translator } from '../../core/messages.js';
import type { PaymentResult } from '../../core/types.js';
import { flowsMessages } from '../../flows/flows.messages.js';
import { flowCancel, flowError, flowResult, type FlowOutcome } from '../../flows/outcome.js';
import { createFlowId, listenForReturn } from '../../flows/return-page.js';
import { GLOMO_CHECKOUT_EVENTS, readGlomoCheckoutEvent, type GlomoCheckoutEventName } from '../../providers/glomo/glomo-checkout-events.js';
import type { GlomoCheckoutMode } from './glomo-checkout-config.js';
import type { GlomoCheckoutApiClass, GlomoCheckoutApiOptions, GlomoCheckoutInstance } from './glomo-checkout-prepare.js';
import { glomoCheckoutMessages } from './glomo-checkout.messages.js';
import { captureOpenedWindow } from './opened-window.js';

export interface GlomoCheckoutAttemptOptions {
  /** The element: its window opens the popup. */
  host: Element;
  Api: GlomoCheckoutApiClass;
  orderId: string;
  publicKey: string;
  mode: GlomoCheckoutMode;
  /** Given to the SDK in redirect mode only (the SDK then sends no success/failure events). */
  callbackUrl: string | null;
  /** The page's COOP explanation when a popup looks closed (null: it was really closed). */
  explainCut(): Promise<string | null>;
  /** Called just before a `payment.bank_transfer_submitted` ends the attempt as pending. */
  onBankTransfer(detail: PayBankTransferSubmittedDetail): void;
  locale?: string;
  /** After the popup looks closed, how long to wait for a late result first; default 1 s. */
  closedGraceMs?: number;
  /** Overall limit; default 15 minutes. */
  timeoutMs?: number;
}

export interface GlomoCheckoutAttempt {
  /** The popup: a window, null when the browser blocked it, undefined when the SDK opened none. */
  popup: Window | null | undefined;
  outcome: Promise<FlowOutcome<PaymentResult>>;
  /** Ends the attempt (`cancel` 'aborted') and closes the popup: the element was removed. */
  abort(): void;
}

/** Starts an attempt. Call it synchronously inside the click handler: popups need the user's gesture. */
export function startGlomoCheckout(options: GlomoCheckoutAttemptOptions): GlomoCheckoutAttempt {
  const t = translator({ ...flowsMessages, ...glomoCheckoutMessages }, options.locale);
  const view = options.host.ownerDocument.defaultView;
  let settle!: (outcome: FlowOutcome<PaymentResult>) => void;
  const outcome = new Promise<FlowOutcome<PaymentResult>>((resolve) => { settle = resolve; });
  const timers = new Set<ReturnType<typeof setTimeout>>();
  let done = false;
  let popup: Window | null | undefined;
  let closedWatch: ReturnType<typeof setInterval> | undefined;
  let coopMessage: string | null = null;

  const finish = (result: FlowOutcome<PaymentResult>, closePopup = true) => {
    if (done) return;
    done = true;
    for (const timer of timers) clearTimeout(timer);
    clearInterval(closedWatch);
    returns?.close();
    if (closePopup && popup && !popup.closed) popup.close();
    settle(result);
  };
  const later = (ms: number, run: () => void) => {
    const timer = setTimeout(() => { timers.delete(timer); run(); }, ms);
    timers.add(timer);
  };

  const onEvent = (event: GlomoCheckoutEventName, payload: unknown) => {
    if (done) return; // an SDK instance of an earlier attempt, or a second event
    const reading = readGlomoCheckoutEvent(event, payload, { locale: options.locale });
    if (!reading.ok) return finish(flowError('invalid_response', reading.error.message));
    if (reading.event !== 'payment.bank_transfer_submitted') return finish(flowResult(reading.result));
    options.onBankTransfer(reading.detail);
    // Not a payment confirmation: the attempt ends pending; the merchant confirms by webhook.
    finish(flowResult({ provider: 'glomo', status: 'pending', orderId: reading.detail.orderId, raw: reading.detail }));
  };

  // Redirect mode: the merchant's return page posts the verified result on this origin's channel.
  // It cannot know this attempt's id (Glomo's redirect drops the shop's query), so an unaddressed
  // result counts when it names this order; results addressed to other flows never do.
  const returns = options.mode === 'redirect'
    ? listenForReturn({
      flowId: createFlowId(),
      matches: (result) => result.orderId === options.orderId,
      onResult: (result) => finish(flowResult(result)),
      onInvalid: () => finish(flowError('invalid_response', t('flows.error.message'))),
    })
    : null;

  let checkout: GlomoCheckoutInstance;
  try {
    const sdkOptions: GlomoCheckoutApiOptions = { orderId: options.orderId, publicKey: options.publicKey };
    if (options.mode === 'redirect' && options.callbackUrl) sdkOptions.callbackUrl = options.callbackUrl;
    checkout = new options.Api(sdkOptions);
    for (const event of GLOMO_CHECKOUT_EVENTS) checkout.on(event, (payload) => onEvent(event, payload));
  } catch (error) {
    finish(flowError('invalid_config', t('glomoCheckout.config.sdk', { reason: reasonOf(error) })));
    return { popup: undefined, outcome, abort() {} };
  }

  try {
    popup = view ? captureOpenedWindow(view, () => checkout.open()).popup : null;
  } catch (error) {
    finish(flowError('sdk_load_failed', t('glomoCheckout.error.open', { reason: reasonOf(error) })));
    return { popup: undefined, outcome, abort() {} };
  }
  if (popup === null) {
    finish(flowError('popup_blocked', t('flows.error.popupBlocked'), true));
    return { popup, outcome, abort() {} };
  }

  async function afterClosed(): Promise<void> {
    await new Promise<void>((resolve) => later(options.closedGraceMs ?? 1000, resolve)); // a late event or return page
    if (done) return;
    const explanation = await options.explainCut();
    if (done) return;
    if (!explanation) return finish(flowCancel('closed'), false);
    coopMessage = `${t('flows.error.coopBlocked')} ${explanation}`;
    // Events mode: nothing can reach this page any more. Redirect mode: the return page still can.
    if (options.mode === 'events') finish(flowError('coop_blocked', coopMessage), false);
  }

  if (popup) {
    const watched = popup;
    // A cross-origin close fires no event: watch `closed`.
    closedWatch = setInterval(() => {
      if (!watched.closed || done) return;
      clearInterval(closedWatch);
      void afterClosed();
    }, 250);
  }
  later(options.timeoutMs ?? 900_000, () => {
    finish(coopMessage ? flowError('coop_blocked', coopMessage) : flowError('timeout', t('flows.error.timeout')));
  });
  return { popup, outcome, abort: () => finish(flowCancel('aborted')) };
}

function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * One PayGlobe checkout attempt, from `payments.create()` to exactly one outcome: the checkout
 * opens in the element's container (iframe mode) or takes the whole page (redirect mode, after
 * a cancelable `pay-redirect`), then `payments.retrieve()` is followed with the flows' poll until
 * a terminal status. In iframe mode the checkout's `payglobe:checkout-complete` message (origin
 * and source checked, data validated) triggers a read at once; the result always comes from
 * `retrieve()`, never from the message, which carries no amounts.
 */
import * as z from 'zod/mini';
import { emit } from '../../core/events.js';
import type { PaymentResult } from '../../core/types.js';
import { flowError, flowResult, type FlowOutcome } from '../../flows/outcome.js';
import { poll } from '../../flows/poll.js';
import { checkProviderUrl, refusedUrlMessage } from '../../flows/safe-url.js';
import {
  readPayGlobeCheckoutMessage, readPayGlobeCreatedPayment, readPayGlobePayment, type PayGlobeExpectation,
} from '../../providers/payglobe/read-payglobe-payment.js';
import type { PayGlobeClient, PayGlobeCreateOptions } from './payglobe-client.js';
import { PAYGLOBE_CHECKOUT_HOSTS, type PayGlobeCheckoutConfig } from './payglobe-checkout-config.js';

export interface FollowOptions {
  client: PayGlobeClient;
  paymentId: string;
  expected: PayGlobeExpectation;
  pollIntervalMs: number;
  signal: AbortSignal;
  locale: string;
  /** Overall limit; default 30 minutes (a shopper typing a voucher OTP takes a while). */
  timeoutMs?: number;
  /** Iframe mode: the window holding the checkout frame, the checkout's origin and the frame's window, for the completion message. */
  frame?: { view: Window; origin: string; window(): Window | null };
}

/** Follows `retrieve()` until a terminal status: the payment's `PaymentResult`, or an error / cancel. */
export async function followPayGlobePayment(options: FollowOptions): Promise<FlowOutcome<PaymentResult>> {
  const { client, paymentId, expected, locale } = options;
  const read = (body: unknown) => readPayGlobePayment(body, { expected, locale });
  const ended = new AbortController();
  const stop = () => ended.abort();
  options.signal.addEventListener('abort', stop, { once: true });
  let settleEarly!: (outcome: FlowOutcome<PaymentResult>) => void;
  const early = new Promise<FlowOutcome<PaymentResult>>((resolve) => { settleEarly = resolve; });

  const onMessage = (event: MessageEvent) => {
    const frame = options.frame;
    if (!frame || event.origin !== frame.origin || event.source === null || event.source !== frame.window()) return;
    const message = readPayGlobeCheckoutMessage(event.data, { locale });
    if (!message.ok) {
      if ('error' in message) settleEarly(flowError('invalid_response', message.error.message));
      return;
    }
    if (message.message.paymentId !== paymentId) return; // another attempt's checkout
    void client.retrieve(paymentId).then((answer) => {
      if (answer.kind === 'fail') return settleEarly(flowError(answer.code, answer.message));
      if (answer.kind !== 'body') return; // a transient failure: the poll carries on
      const reading = read(answer.body);
      if (!reading.ok) settleEarly(flowError('invalid_response', reading.error.message));
      else if (reading.terminal) settleEarly(flowResult(reading.result));
    });
  };
  options.frame?.view.addEventListener('message', onMessage);

  const polled = poll<unknown>({
    read: () => client.retrieve(paymentId),
    schema: z.unknown(),
    // An unreadable payment ends the poll too; it becomes `invalid_response` below.
    isTerminal: (body) => { const reading = read(body); return !reading.ok || reading.terminal; },
    intervalMs: options.pollIntervalMs,
    signal: ended.signal,
    timeoutMs: options.timeoutMs ?? 1_800_000,
    locale,
  }).then((outcome): FlowOutcome<PaymentResult> => {
    if (outcome.kind !== 'result') return outcome;
    const reading = read(outcome.value);
    return reading.ok ? flowResult(reading.result) : flowError('invalid_response', reading.error.message);
  });
  try {
    return await Promise.race([polled, early]);
  } finally {
    stop();
    options.signal.removeEventListener('abort', stop);
    options.frame?.view.removeEventListener('message', onMessage);
  }
}

/**
 * Iframe mode: the container and what payglobe.js gets to find it — its CSS selector when the
 * document can see the container, else the element itself (inside a shadow root no selector reaches it).
 */
export interface PayGlobeCheckoutContainer {
  target: string | HTMLElement;
  element: HTMLElement;
  /** The frame's accessible name, should payglobe.js give it none. */
  frameTitle: string;
}

export interface AttemptOptions {
  host: HTMLElement;
  client: PayGlobeClient;
  config: PayGlobeCheckoutConfig;
  /** Iframe mode: where the checkout renders. */
  container: PayGlobeCheckoutContainer | null;
  /** Redirect mode: where the full-page checkout comes back to. */
  returnUrl: string | null;
  pollIntervalMs: number;
  signal: AbortSignal;
  locale: string;
  /** The checkout is showing (`iframe`), the page is leaving (`redirect`), or the host took over the navigation (`prevented`). */
  onOpened(how: 'iframe' | 'redirect' | 'prevented'): void;
}

/** Runs one attempt. Resolves null when the page is leaving for the full-page checkout (the return page finishes it). */
export async function runPayGlobeAttempt(options: AttemptOptions): Promise<FlowOutcome<PaymentResult> | null> {
  const { client, config, locale } = options;
  const expected: PayGlobeExpectation = { total: config.total };
  const createOptions: PayGlobeCreateOptions = { amount: config.amount, email: config.email, currency: config.total.currency };
  if (config.description) createOptions.description = config.description;
  if (options.returnUrl) createOptions.returnUrl = options.returnUrl;
  const created = await client.create(createOptions);
  if (created.kind !== 'result') return created;
  const reading = readPayGlobeCreatedPayment(created.value, { expected, locale });
  if (!reading.ok) return flowError('invalid_response', reading.error.message);
  const payment = reading.payment;
  const checked = checkProviderUrl(payment.checkoutUrl, { allowedHosts: PAYGLOBE_CHECKOUT_HOSTS, locale });
  if (!checked.ok) return flowError('invalid_response', refusedUrlMessage(checked.reason, locale));
  if (options.signal.aborted) return null;

  const follow = (frame?: FollowOptions['frame']) => followPayGlobePayment({
    client, paymentId: payment.id, expected: { ...expected, paymentId: payment.id }, pollIntervalMs: options.pollIntervalMs,
    signal: options.signal, locale, ...(frame ? { frame } : {}),
  });
  const target = options.container ? 'iframe' : 'same-tab';
  if (!emit(options.host, 'pay-redirect', { url: checked.url.href, target })) {
    // The host shows the checkout itself (a WebView, a router): keep following the payment.
    options.onOpened('prevented');
    return follow();
  }
  if (!options.container) {
    const left = await client.redirectToCheckout({ paymentId: payment.id });
    if (left.kind !== 'result') return left;
    options.onOpened('redirect');
    return null;
  }
  const container = options.container.element;
  const opened = await client.redirectToCheckout({ paymentId: payment.id, element: options.container.target });
  if (opened.kind !== 'result') return opened;
  const iframe = () => container.querySelector('iframe');
  // payglobe.js names its frame; if a version does not, the frame still gets an accessible name.
  const frame = iframe();
  if (frame && !frame.title) frame.title = options.container.frameTitle;
  options.onOpened('iframe');
  const view = options.host.ownerDocument.defaultView;
  return follow(view ? { view, origin: checked.url.origin, window: () => iframe()?.contentWindow ?? null } : undefined);
}

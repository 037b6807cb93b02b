/**
 * The Glomo server-to-server card flow after the shopper pressed Pay: start the payment on
 * the shop's server, send the shopper to the bank's page (`redirect()` or, for `host`, only the
 * `pay-redirect` event), then wait for whichever comes first — the return page's BroadcastChannel
 * message (signed, at once), the shop's status endpoint (`poll()`), or the shopper closing the
 * modal. Everything it started is released when it ends, whichever way.
 */
import { emit } from '../../core/events.js';
import type { Translator } from '../../core/messages.js';
import type { GlomoCard, PaymentResult } from '../../core/types.js';
import { flowError, flowResult, type FlowOutcome } from '../../flows/outcome.js';
import { poll } from '../../flows/poll.js';
import { redirect, type RedirectStart } from '../../flows/redirect.js';
import { createFlowId, listenForReturn } from '../../flows/return-page.js';
import { checkProviderUrl, refusedUrlMessage } from '../../flows/safe-url.js';
import { glomoPaymentToResult } from '../../providers/glomo/glomo-results.js';
import { glomoPaymentSchema } from '../../providers/glomo/glomo-schemas.js';
import { readGlomoPayment } from '../../providers/glomo/read-glomo-payment.js';
import { statusUrlFor, type CardPaymentConfig, type CardPaymentRedirect } from './card-payment-config.js';
import { isStarted, startGlomoPayment } from './glomo-payment-request.js';

/** Polling interval when the response names none (Glomo's documented example). */
const DEFAULT_POLL_INTERVAL_MS = 5000;
/**
 * After the status endpoint reports a final status, how long to wait for the return page's
 * result: it carries Glomo's signature, which the status object does not, and it is usually
 * a few hundred milliseconds behind.
 */
const RETURN_GRACE_MS = 1500;

export interface GlomoCardFlowOptions {
  /** The element: emits `pay-redirect` and hosts the modal's focus return. */
  host: HTMLElement;
  /** Where the iframe modal is rendered (the element's shadow root). */
  container: ShadowRoot;
  config: CardPaymentConfig;
  card: GlomoCard;
  signal: AbortSignal;
  t: Translator;
  locale: string;
  /** Called once the payment exists and waits for the shopper's bank, before the redirect. */
  onStarted(pending: PaymentResult, waitingIn: CardPaymentRedirect): void;
  /** Overall limit of the wait (default: `poll()`'s, 10 minutes). */
  timeoutMs?: number;
}

/** Resolves after `ms`, or at once on abort; the timer never outlives the signal. */
function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal.addEventListener('abort', done, { once: true });
  });
}

/** `host` mode: the URL is checked and announced; the WebView or router navigates, not us. */
function announceRedirect(host: HTMLElement, url: string, options: GlomoCardFlowOptions): RedirectStart<never> {
  const checked = checkProviderUrl(url, { allowedHosts: options.config.redirectHosts, locale: options.locale });
  if (!checked.ok) return { kind: 'error', error: { code: 'invalid_response', message: refusedUrlMessage(checked.reason, options.locale) } };
  emit(host, 'pay-redirect', { url: checked.url.href, target: 'same-tab' });
  return { kind: 'prevented', url: checked.url.href };
}

/** Runs one payment attempt to its single outcome. */
export async function runGlomoCardFlow(options: GlomoCardFlowOptions): Promise<FlowOutcome<PaymentResult>> {
  const { config, locale, signal } = options;
  const started = await startGlomoPayment({ paymentUrl: config.paymentUrl, card: options.card, signal, t: options.t, locale });
  if (!isStarted(started)) return started;
  const { response, nextSteps } = started;
  if (response.status !== 'pending') {
    // Settled at once (no authentication asked): the response is the payment's final state.
    const settled = readGlomoPayment(response, { locale });
    return settled.ok ? flowResult(settled.result) : flowError('invalid_response', settled.error.message);
  }
  const paymentId = response.payment_id;

  // Everything below stops with `waiting`: the listener, the poll, the modal, the grace timer.
  const waiting = new AbortController();
  const stopWaiting = () => waiting.abort();
  signal.addEventListener('abort', stopWaiting, { once: true });
  try {
    let returned!: (result: PaymentResult) => void;
    const fromReturnPage = new Promise<PaymentResult>((resolve) => { returned = resolve; });
    // The shop's callback route sends no flow id on, so the result is recognised by its payment id.
    listenForReturn({
      flowId: createFlowId(),
      matches: (result) => result.provider === 'glomo' && result.paymentId === paymentId,
      onResult: returned,
      signal: waiting.signal,
    });

    options.onStarted({ provider: 'glomo', status: 'requires_action', paymentId, raw: response }, config.redirect);
    const endings: Promise<FlowOutcome<PaymentResult>>[] = [fromReturnPage.then((result) => flowResult(result))];
    if (nextSteps.redirectUrl !== null) {
      const start = config.redirect === 'host'
        ? announceRedirect(options.host, nextSteps.redirectUrl, options)
        : redirect<never>(options.host, {
          url: nextSteps.redirectUrl,
          target: config.redirect,
          allowedHosts: config.redirectHosts,
          locale,
          modal: { container: options.container, title: options.t('cardPayment.modal.title'), returnFocusTo: null, signal: waiting.signal },
        });
      if (start.kind === 'error') return { kind: 'error', error: start.error };
      // The modal ends the flow only when the shopper closes it (it is given no message schema).
      if (start.kind === 'iframe') endings.push(start.modal.outcome as Promise<FlowOutcome<PaymentResult>>);
    }

    endings.push(poll({
      url: statusUrlFor(config.statusUrl, paymentId),
      intervalMs: nextSteps.poll?.intervalMs ?? DEFAULT_POLL_INTERVAL_MS,
      schema: glomoPaymentSchema,
      isTerminal: (payment) => payment.status !== 'pending',
      signal: waiting.signal,
      init: { credentials: 'same-origin', headers: { Accept: 'application/json' } },
      locale,
      ...(options.timeoutMs ? { timeoutMs: options.timeoutMs } : {}),
    }).then(async (outcome) => {
      if (outcome.kind !== 'result') return outcome;
      const polled = glomoPaymentToResult(outcome.value, locale);
      const signed = await Promise.race([fromReturnPage, sleep(RETURN_GRACE_MS, waiting.signal).then(() => null)]);
      return flowResult(signed ?? polled);
    }));
    return await Promise.race(endings);
  } finally {
    waiting.abort();
    signal.removeEventListener('abort', stopWaiting);
  }
}

/**
 * The SIBS server-to-server card flow after the shopper pressed Pay: the shop's endpoint runs
 * SIBS's card purchase; a purchase settled at once ends here, one that asks for 3-D Secure
 * (`Partial` + `actionResponse` `DO_REDIRECT`) sends the shopper to the issuer's page through
 * the same redirect targets as Glomo's, and the shop's status endpoint says how it ended.
 * Everything it started is released when it ends, whichever way.
 */
import { emit } from '../../core/events.js';
import type { Translator } from '../../core/messages.js';
import type { GlomoCard, PaymentResult } from '../../core/types.js';
import { flowError, flowResult, type FlowOutcome } from '../../flows/outcome.js';
import { poll } from '../../flows/poll.js';
import { redirect, type RedirectStart } from '../../flows/redirect.js';
import { checkProviderUrl, refusedUrlMessage } from '../../flows/safe-url.js';
import { isPosted, postSibsPayment } from '../../providers/sibs/post-sibs-payment.js';
import { sibsStatusUrl } from '../../providers/sibs/sibs-endpoints.js';
import { isSibsFinal, sibsPurchaseToResult, sibsStatusToResult } from '../../providers/sibs/sibs-results.js';
import { sibsCardPurchaseResponseSchema, sibsStatusResponseSchema, sibsThreeDSRedirectUrl, type SibsStatusResponse } from '../../providers/sibs/sibs-schemas.js';
import type { CardPaymentConfig, CardPaymentRedirect } from './card-payment-config.js';

/** SIBS documents no polling interval: every 2 s while the shopper is on the issuer's page. */
const POLL_INTERVAL_MS = 2000;

export interface SibsCardFlowOptions {
  /** The element: emits `pay-redirect` and hosts the modal. */
  host: HTMLElement;
  /** Where the iframe modal is rendered (the element's shadow root). */
  container: ShadowRoot;
  config: CardPaymentConfig;
  card: GlomoCard;
  signal: AbortSignal;
  t: Translator;
  locale: string;
  /** Called once the purchase waits for 3-D Secure, before the redirect. */
  onStarted(pending: PaymentResult, waitingIn: CardPaymentRedirect): void;
  /** Overall limit of the wait (default: `poll()`'s, 10 minutes). */
  timeoutMs?: number;
}

/** `host` mode: the URL is checked and announced; the WebView or router navigates, not us. */
function announceRedirect(options: SibsCardFlowOptions, url: string): RedirectStart<never> {
  const checked = checkProviderUrl(url, { allowedHosts: options.config.redirectHosts, locale: options.locale });
  if (!checked.ok) return { kind: 'error', error: { code: 'invalid_response', message: refusedUrlMessage(checked.reason, options.locale) } };
  emit(options.host, 'pay-redirect', { url: checked.url.href, target: 'same-tab' });
  return { kind: 'prevented', url: checked.url.href };
}

/** Runs one SIBS card payment attempt to its single outcome. */
export async function runSibsCardFlow(options: SibsCardFlowOptions): Promise<FlowOutcome<PaymentResult>> {
  const { config, locale, signal } = options;
  const posted = await postSibsPayment({
    paymentUrl: config.paymentUrl,
    body: { method: 'card', card: options.card },
    schema: sibsCardPurchaseResponseSchema,
    what: 'sibs.what.card',
    signal,
    locale,
  });
  if (!isPosted(posted)) return posted;
  const purchase = sibsPurchaseToResult(posted.response, 'card', locale);
  // Approved or declined at once: no 3-D Secure asked.
  if (purchase.status === 'succeeded' || purchase.status === 'failed') return flowResult(purchase);
  const paymentId = purchase.paymentId!;
  const redirectUrl = purchase.status === 'requires_action' ? sibsThreeDSRedirectUrl(posted.response) : null;
  if (purchase.status === 'requires_action' && redirectUrl === null) {
    return flowError('invalid_response', options.t('cardPayment.error.action', { type: posted.response.actionResponse?.type ?? '' }));
  }

  // Everything below stops with `waiting`: the poll and the modal.
  const waiting = new AbortController();
  const stopWaiting = () => waiting.abort();
  signal.addEventListener('abort', stopWaiting, { once: true });
  try {
    options.onStarted({ provider: 'sibs', status: 'requires_action', paymentId, raw: posted.response }, config.redirect);
    const endings: Promise<FlowOutcome<PaymentResult>>[] = [];
    if (redirectUrl !== null) {
      const start = config.redirect === 'host'
        ? announceRedirect(options, redirectUrl)
        : redirect<never>(options.host, {
          url: redirectUrl,
          target: config.redirect,
          allowedHosts: config.redirectHosts,
          locale,
          modal: { container: options.container, title: options.t('cardPayment.modal.title'), returnFocusTo: null, signal: waiting.signal },
        });
      if (start.kind === 'error') return { kind: 'error', error: start.error };
      // The modal ends the flow only when the shopper closes it.
      if (start.kind === 'iframe') endings.push(start.modal.outcome as Promise<FlowOutcome<PaymentResult>>);
    }
    endings.push(poll<SibsStatusResponse>({
      url: sibsStatusUrl(config.statusUrl, paymentId),
      intervalMs: POLL_INTERVAL_MS,
      schema: sibsStatusResponseSchema,
      isTerminal: isSibsFinal,
      signal: waiting.signal,
      init: { credentials: 'same-origin', headers: { Accept: 'application/json' } },
      locale,
      ...(options.timeoutMs ? { timeoutMs: options.timeoutMs } : {}),
    }).then((outcome) => (outcome.kind === 'result' ? flowResult(sibsStatusToResult(outcome.value, 'card', locale)) : outcome as FlowOutcome<PaymentResult>)));
    return await Promise.race(endings);
  } finally {
    waiting.abort();
    signal.removeEventListener('abort', stopWaiting);
  }
}

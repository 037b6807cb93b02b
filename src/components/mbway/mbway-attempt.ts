/**
 * One MB WAY payment attempt after the shopper pressed Pay: the shop's endpoint sends the
 * request to the phone (SIBS `mbway-id/purchase`), then the shop's status endpoint is polled
 * until SIBS says the shopper approved or refused, or until the request's time is up.
 * Every timer and request is released when it ends, whichever way.
 */
import type { PaymentResult } from '../../core/types.js';
import { flowResult, type FlowOutcome } from '../../flows/outcome.js';
import { poll } from '../../flows/poll.js';
import { isPosted, postSibsPayment } from '../../providers/sibs/post-sibs-payment.js';
import { sibsStatusUrl, type SibsEndpoints } from '../../providers/sibs/sibs-endpoints.js';
import { expiredResult, isSibsFinal, sibsPurchaseToResult, sibsStatusToResult } from '../../providers/sibs/sibs-results.js';
import { sibsMbwayPurchaseResponseSchema, sibsStatusResponseSchema, type SibsStatusResponse } from '../../providers/sibs/sibs-schemas.js';

/** How long after the countdown's end the status is still awaited (SIBS's own expiry lands about then). */
export const EXPIRY_GRACE_MS = 3000;

export interface MbwayAttemptOptions {
  endpoints: SibsEndpoints;
  /** `351#9XXXXXXXX`. */
  customerPhone: string;
  /** The request's lifetime, in seconds. */
  timeoutSeconds: number;
  /** Status polling interval. */
  intervalMs: number;
  signal: AbortSignal;
  locale: string;
  /** The request reached the phone: `pay-pending` time, and the countdown starts. */
  onRequested(pending: PaymentResult): void;
}

/** Runs the attempt to its single outcome: a final `PaymentResult` (approved, refused, expired), a cancel on abort, or an error. */
export async function runMbwayAttempt(options: MbwayAttemptOptions): Promise<FlowOutcome<PaymentResult>> {
  const { locale, signal } = options;
  const posted = await postSibsPayment({
    paymentUrl: options.endpoints.paymentUrl,
    body: { method: 'mbway', customerPhone: options.customerPhone },
    schema: sibsMbwayPurchaseResponseSchema,
    what: 'sibs.what.mbway',
    signal,
    locale,
  });
  if (!isPosted(posted)) return posted;
  const purchase = sibsPurchaseToResult(posted.response, 'mbway', locale);
  // SIBS may refuse at once (a number without MB WAY): no request reached any phone.
  if (purchase.status !== 'pending') return flowResult(purchase);
  options.onRequested(purchase);

  let last: unknown = posted.response;
  const outcome = await poll<SibsStatusResponse>({
    url: sibsStatusUrl(options.endpoints.statusUrl, purchase.paymentId!),
    intervalMs: options.intervalMs,
    schema: sibsStatusResponseSchema,
    isTerminal: isSibsFinal,
    onPending: (status) => { last = status; },
    signal,
    timeoutMs: options.timeoutSeconds * 1000 + EXPIRY_GRACE_MS,
    init: { credentials: 'same-origin', headers: { Accept: 'application/json' } },
    locale,
  });
  if (outcome.kind === 'result') return flowResult(sibsStatusToResult(outcome.value, 'mbway', locale));
  // Still pending when the time is up: the request expired on the shopper's phone.
  if (outcome.kind === 'error' && outcome.error.code === 'timeout') return flowResult(expiredResult(purchase.paymentId!, last, 'mbway', locale));
  return outcome;
}

/**
 * The two steps of a Multibanco payment, seen from the page: the shop's endpoint issues the
 * reference (SIBS `service-reference/generate`), then the shop's status endpoint is watched for
 * a bounded while — the shopper pays later, at an ATM or in a bank app, and the confirmation can
 * take days, so the page never waits forever. Every timer and request is released when each
 * step ends, whichever way.
 */
import { translator } from '../../core/messages.js';
import type { PaymentResult } from '../../core/types.js';
import { flowError, flowResult, type FlowOutcome } from '../../flows/outcome.js';
import { poll } from '../../flows/poll.js';
import { isPosted, postSibsPayment } from '../../providers/sibs/post-sibs-payment.js';
import { sibsStatusUrl, type SibsEndpoints } from '../../providers/sibs/sibs-endpoints.js';
import { readMultibancoReference, type MultibancoReference } from '../../providers/sibs/sibs-reference.js';
import { isSibsFinal, sibsPurchaseToResult, sibsStatusToResult } from '../../providers/sibs/sibs-results.js';
import { sibsReferenceGenerateResponseSchema, sibsStatusResponseSchema, type SibsStatusResponse } from '../../providers/sibs/sibs-schemas.js';
import { multibancoMessages } from './multibanco.messages.js';

export type ReferenceIssued = { kind: 'issued'; reference: MultibancoReference; pending: PaymentResult };

/** Issues the reference: `issued` (with the `pay-pending` result), or the outcome that ends the attempt. */
export async function issueMultibancoReference(options: {
  endpoints: SibsEndpoints;
  signal: AbortSignal;
  locale: string;
}): Promise<ReferenceIssued | FlowOutcome<PaymentResult>> {
  const posted = await postSibsPayment({
    paymentUrl: options.endpoints.paymentUrl,
    body: { method: 'multibanco' },
    schema: sibsReferenceGenerateResponseSchema,
    what: 'sibs.what.multibanco',
    signal: options.signal,
    locale: options.locale,
  });
  if (!isPosted(posted)) return posted;
  const result = sibsPurchaseToResult(posted.response, 'multibanco', options.locale);
  if (result.status !== 'pending') return flowResult(result);
  const reference = readMultibancoReference(posted.response.paymentReference);
  if (!reference) {
    const t = translator(multibancoMessages, options.locale);
    return flowError('invalid_response', t('multibanco.error.reference', { amount: JSON.stringify(posted.response.paymentReference.amount) }));
  }
  return { kind: 'issued', reference, pending: result };
}

/** The watch ended without news: the payment is still pending (not an outcome of the attempt). */
export type WatchStopped = { kind: 'stopped' };

/**
 * Watches the status for `windowMs`: a final result (paid, expired), `stopped` when the window
 * ends with the payment still pending, a cancel on abort, or an error (a status endpoint that
 * answers something else than SIBS's status).
 */
export async function watchMultibancoPayment(options: {
  statusUrl: string;
  paymentId: string;
  intervalMs: number;
  windowMs: number;
  signal: AbortSignal;
  locale: string;
}): Promise<FlowOutcome<PaymentResult> | WatchStopped> {
  const outcome = await poll<SibsStatusResponse>({
    url: sibsStatusUrl(options.statusUrl, options.paymentId),
    intervalMs: options.intervalMs,
    schema: sibsStatusResponseSchema,
    isTerminal: isSibsFinal,
    signal: options.signal,
    timeoutMs: options.windowMs,
    init: { credentials: 'same-origin', headers: { Accept: 'application/json' } },
    locale: options.locale,
  });
  if (outcome.kind === 'result') return flowResult(sibsStatusToResult(outcome.value, 'multibanco', options.locale));
  if (outcome.kind === 'error' && outcome.error.code === 'timeout') return { kind: 'stopped' };
  return outcome as FlowOutcome<PaymentResult>;
}

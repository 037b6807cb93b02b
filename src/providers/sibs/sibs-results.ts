/**
 * SIBS's answers (purchase, generate, status), as the shop's server relayed them, read into the
 * library's `PaymentResult`: `provider: 'sibs'`, `paymentId` = SIBS's `transactionID`, the status
 * through SIBS-S's status map (`sibsPaymentStatus`), `raw` = the validated payload. No DOM.
 */
import { translator, type MessageKey } from '../../core/messages.js';
import type { PaymentResult } from '../../core/types.js';
import { sibsPaymentStatus, type SibsFailureCode, type SibsPaymentStatus } from './sibs-schemas.js';
import { sibsMessages } from './sibs.messages.js';

/** Which SIBS method a payload belongs to: it words the failure ("refused in the app" is MB WAY's). */
export type SibsMethod = 'mbway' | 'multibanco' | 'card';

/** What every purchase, generate and status answer has. */
export interface SibsPaymentPayload {
  transactionID: string;
  paymentStatus: SibsPaymentStatus;
  returnStatus: { statusCode: string; statusMsg?: string | undefined; statusDescription?: string | undefined };
}

/** The shopper-facing reason of a failure, per method. */
function failureMessageKey(failure: SibsFailureCode, method: SibsMethod): MessageKey {
  if (failure === 'payment_declined') return method === 'mbway' ? 'sibs.refused' : 'sibs.declined';
  if (failure === 'payment_expired') return method === 'multibanco' ? 'sibs.referenceExpired' : 'sibs.expired';
  return 'sibs.failed';
}

/** True once the payment can no longer change by waiting (`Success`, `Declined`, `Timeout`, `Expired`, `Error`). */
export function isSibsFinal(payload: Pick<SibsPaymentPayload, 'paymentStatus'>): boolean {
  const { status } = sibsPaymentStatus(payload.paymentStatus);
  return status === 'succeeded' || status === 'failed' || status === 'cancelled';
}

/** Any SIBS payload → `PaymentResult`. A failed one carries `error` `{ code: SibsFailureCode, message }`. */
export function sibsPayloadToResult(payload: SibsPaymentPayload, method: SibsMethod, locale?: string): PaymentResult {
  const mapped = sibsPaymentStatus(payload.paymentStatus);
  const result: PaymentResult = { provider: 'sibs', status: mapped.status, paymentId: payload.transactionID, raw: payload };
  if (mapped.failure) {
    const t = translator(sibsMessages, locale);
    result.error = { code: mapped.failure, message: t(failureMessageKey(mapped.failure, method), { status: payload.paymentStatus }) };
  }
  return result;
}

/** A purchase or generate answer (what `payment-url` relayed). */
export const sibsPurchaseToResult = sibsPayloadToResult;
/** A status answer (what `status-url` relayed). */
export const sibsStatusToResult = sibsPayloadToResult;

/**
 * The request ran out on our side while SIBS still said `Pending` (the shopper never answered):
 * failed, `payment_expired`, with the last payload SIBS gave.
 */
export function expiredResult(paymentId: string, last: unknown, method: SibsMethod, locale?: string): PaymentResult {
  const t = translator(sibsMessages, locale);
  return {
    provider: 'sibs',
    status: 'failed',
    paymentId,
    error: { code: 'payment_expired', message: t(failureMessageKey('payment_expired', method)) },
    raw: last,
  };
}

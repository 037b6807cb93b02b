import type { PaymentStatus } from '../../core/types.js';

/**
 * PayGlocal's transaction statuses (payglocal-callback.md, and the status API's list) and what
 * each means for a shop. Exactly one status is a payment: `SENT_FOR_CAPTURE`.
 */
export const PAYGLOCAL_STATUS_MAP = {
  /** Funds captured: the only success. */
  SENT_FOR_CAPTURE: 'succeeded',
  /** Funds held, capture pending (auth-only payments): not paid yet. */
  AUTHORIZED: 'pending',
  /** Non-final: created, the shopper not on the hosted page yet. */
  CREATED: 'pending',
  /** Non-final: the shopper is on the hosted page. */
  INPROGRESS: 'pending',
  CUSTOMER_CANCELLED: 'cancelled',
  ABANDONED: 'cancelled',
  ISSUER_DECLINE: 'failed',
  GENERAL_DECLINE: 'failed',
  REQUEST_ERROR: 'failed',
} as const satisfies Record<string, PaymentStatus>;

export type PayGlocalStatus = keyof typeof PAYGLOCAL_STATUS_MAP;

/** Every status the map names, in the order above. */
export const PAYGLOCAL_STATUSES = Object.keys(PAYGLOCAL_STATUS_MAP) as PayGlocalStatus[];

export function isPayGlocalStatus(status: string): status is PayGlocalStatus {
  return Object.prototype.hasOwnProperty.call(PAYGLOCAL_STATUS_MAP, status);
}

/**
 * A PayGlocal status as a `PaymentStatus`. A status this library does not know is `'failed'`:
 * PayGlocal's guide says every status but `SENT_FOR_CAPTURE` means the transaction did not
 * complete, so an unknown one never counts as paid (check the status API before telling the
 * shopper anything final).
 */
export function payglocalPaymentStatus(status: string): PaymentStatus {
  return isPayGlocalStatus(status) ? PAYGLOCAL_STATUS_MAP[status] : 'failed';
}

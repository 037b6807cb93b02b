import { newId } from '../store.js';
import { splitFor, type PayGlobePayment, type PayGlobeState, type VoucherMethod } from './state.js';

/**
 * The hosted checkout's state machine. PREAUTH_VOUCHER_CAPTURE: card pre-authorisation →
 * the shopper's choice → voucher OTP (voucher methods only) → capture of the card part, or void
 * when vouchers pay it all. SALE_DIRECT: one card sale. Cancel ends any step in FAILED.
 */

/** The OTP the sandbox's voucher provider accepts. */
export const SANDBOX_VOUCHER_OTP = '123456';

export const ERROR_MESSAGES = {
  preauthDeclined: 'The card issuer declined the pre-authorisation',
  saleDeclined: 'The card issuer declined the payment',
  voucherRejected: 'The meal voucher OTP was not accepted; the card pre-authorisation was released',
  captureFailed: 'The capture on the card failed; the pre-authorisation will be released',
  cancelled: 'Payment cancelled by the shopper',
} as const;

export type CardOutcome = 'approve' | 'decline';
export type CaptureOutcome = 'capture' | 'fail-capture';

const finished = () => ({ step: 'done' as const, completedAt: new Date().toISOString() });

export function decideCard(state: PayGlobeState, payment: PayGlobePayment, outcome: CardOutcome): PayGlobePayment {
  const gatewayPaymentId = payment.gatewayPaymentId ?? newId('IGFS_');
  if (payment.mode === 'SALE_DIRECT') {
    return state.payments.update(payment.id, outcome === 'approve'
      ? { gatewayPaymentId, status: 'SUCCESS', ...finished() }
      : { gatewayPaymentId, status: 'FAILED', errorMessage: ERROR_MESSAGES.saleDeclined, ...finished() })!;
  }
  return state.payments.update(payment.id, outcome === 'approve'
    ? { gatewayPaymentId, status: 'CARD_PREAUTH_SUCCESS', step: 'choice' }
    : { gatewayPaymentId, status: 'CARD_PREAUTH_FAILED', errorMessage: ERROR_MESSAGES.preauthDeclined, ...finished() })!;
}

/** Records the shopper's split (minor units); null when `voucher` doesn't fit `method`. */
export function chooseMethod(state: PayGlobeState, payment: PayGlobePayment, method: VoucherMethod, voucher: number | null): PayGlobePayment | null {
  const split = splitFor(method, payment.total, voucher);
  if (!split) return null;
  return state.payments.update(payment.id, { paymentMethod: method, ...split, step: method === 'CARD_ONLY' ? 'capture' : 'otp' })!;
}

export function confirmVoucherOtp(state: PayGlobeState, payment: PayGlobePayment, otp: string): PayGlobePayment {
  if (otp.trim() === SANDBOX_VOUCHER_OTP) return state.payments.update(payment.id, { step: 'capture' })!;
  return state.payments.update(payment.id, { status: 'VOUCHER_FAILED', errorMessage: ERROR_MESSAGES.voucherRejected, ...finished() })!;
}

export function settleCapture(state: PayGlobeState, payment: PayGlobePayment, outcome: CaptureOutcome): PayGlobePayment {
  return state.payments.update(payment.id, outcome === 'capture'
    ? { status: 'SUCCESS', ...finished() }
    : { status: 'CARD_CAPTURE_FAILED', errorMessage: ERROR_MESSAGES.captureFailed, ...finished() })!;
}

export function cancelPayment(state: PayGlobeState, payment: PayGlobePayment): PayGlobePayment {
  return state.payments.update(payment.id, { status: 'FAILED', errorMessage: ERROR_MESSAGES.cancelled, ...finished() })!;
}

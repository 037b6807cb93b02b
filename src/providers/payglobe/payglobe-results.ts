/**
 * PayGlobe payments in the library's vocabulary: the status map, the card / voucher split as
 * Money (exact: `card + voucher = total`), and the `PaymentResult` of a retrieved payment.
 */
import type { PaymentResult, PaymentStatus, Money } from '../../core/types.js';
import { translator, type MessageKey } from '../../core/messages.js';
import { fromPayGlobeAmount } from './amount.js';
import { payglobeMessages } from './payglobe.messages.js';
import type { PayGlobePayment, PayGlobeStatus } from './payglobe-schemas.js';

/**
 * Every documented status. CARD_PREAUTH_SUCCESS is a hold on the card while the shopper chooses
 * vouchers: still pending. The failures (pre-authorisation, voucher, capture, other) fail;
 * the payment-link statuses: PAID succeeds, EXPIRED fails, CANCELLED is a cancel.
 * A shopper's Cancel in the hosted checkout stays a failure: PayGlobe ends it in FAILED, which it
 * documents for timeouts too, and gives no field that tells them apart (`errorMessage` is free
 * text, not a code), so reading it as `pay-cancel` would be a guess.
 */
export const PAYGLOBE_STATUS_MAP: Readonly<Record<PayGlobeStatus, PaymentStatus>> = {
  PENDING: 'pending',
  CARD_PREAUTH_SUCCESS: 'pending',
  SUCCESS: 'succeeded',
  CARD_PREAUTH_FAILED: 'failed',
  VOUCHER_FAILED: 'failed',
  CARD_CAPTURE_FAILED: 'failed',
  FAILED: 'failed',
  PAID: 'succeeded',
  EXPIRED: 'failed',
  CANCELLED: 'cancelled',
};

export const payglobePaymentStatus = (status: PayGlobeStatus): PaymentStatus => PAYGLOBE_STATUS_MAP[status];

/** A status after which the payment no longer changes (everything but PENDING and CARD_PREAUTH_SUCCESS). */
export const isTerminalPayGlobeStatus = (status: PayGlobeStatus): boolean => PAYGLOBE_STATUS_MAP[status] !== 'pending';

export type PayGlobeSplit = NonNullable<PaymentResult['split']>;

/**
 * The payment's amounts as Money. `split` is null while nothing is decided (no breakdown, or a
 * breakdown of zeros before the shopper chose). Refused (`ok: false`): an amount that is not an
 * exact amount of the currency, a breakdown that does not add up to the total, a payment method
 * the breakdown contradicts, or a success without a breakdown.
 */
export function payglobeAmounts(payment: PayGlobePayment): { ok: true; total: Money; split: PayGlobeSplit | null } | { ok: false; currency: string } {
  const currency = (payment.currency ?? 'EUR').toUpperCase();
  const refused = { ok: false as const, currency };
  const total = fromPayGlobeAmount(payment.totalAmount, currency);
  if (!total) return refused;
  const card = payment.cardAmount == null ? null : fromPayGlobeAmount(payment.cardAmount, currency);
  const voucher = payment.voucherAmount == null ? null : fromPayGlobeAmount(payment.voucherAmount, currency);
  if ((payment.cardAmount != null && !card) || (payment.voucherAmount != null && !voucher)) return refused;
  const succeeded = payglobePaymentStatus(payment.status) === 'succeeded';
  if (!card && !voucher) return succeeded ? refused : { ok: true, total, split: null };
  const cardMoney = card ?? { amount: 0, currency };
  const voucherMoney = voucher ?? { amount: 0, currency };
  if (cardMoney.amount === 0 && voucherMoney.amount === 0 && !succeeded) return { ok: true, total, split: null };
  if (cardMoney.amount + voucherMoney.amount !== total.amount) return refused;
  const method = payment.paymentMethod;
  if ((method === 'CARD_ONLY' && voucherMoney.amount !== 0) || (method === 'VOUCHER_ONLY' && cardMoney.amount !== 0)
    || (method === 'CARD_AND_VOUCHER' && (cardMoney.amount === 0 || voucherMoney.amount === 0))) return refused;
  return { ok: true, total, split: { total, card: cardMoney, voucher: voucherMoney } };
}

/** The error a failed payment carries: PayGlobe's `errorMessage` when it gave one, else a worded default. */
function failureError(payment: PayGlobePayment, locale: string): PaymentResult['error'] {
  if (payglobePaymentStatus(payment.status) !== 'failed') return undefined;
  const key = `payglobe.failed.${payment.status}` as MessageKey;
  const message = payment.errorMessage?.trim() || translator(payglobeMessages, locale)(key);
  return { code: payment.status.toLowerCase(), message };
}

/** A validated payment and its checked split → `PaymentResult` (`paymentId` is PayGlobe's payment id). */
export function payglobePaymentToResult(payment: PayGlobePayment, split: PayGlobeSplit | null, locale = 'en'): PaymentResult {
  const result: PaymentResult = { provider: 'payglobe', status: payglobePaymentStatus(payment.status), paymentId: payment.id, raw: payment };
  if (split) result.split = split;
  const error = failureError(payment, locale);
  if (error) result.error = error;
  return result;
}

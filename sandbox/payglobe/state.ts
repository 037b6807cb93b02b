import { toPayGlobeAmount } from '../../src/providers/payglobe/amount.js';
import { MemoryTable } from '../store.js';

/** PayGlobe's sandbox state: payments and webhook registrations of one sandbox instance, in memory. */

export const PAYMENT_MODES = ['PREAUTH_VOUCHER_CAPTURE', 'SALE_DIRECT'] as const;
export type PaymentMode = (typeof PAYMENT_MODES)[number];

export const VOUCHER_METHODS = ['CARD_ONLY', 'CARD_AND_VOUCHER', 'VOUCHER_ONLY'] as const;
export type VoucherMethod = (typeof VOUCHER_METHODS)[number];

/** Every status PayGlobe documents: the wrapper flow's, then the payment links' (forced only). */
export const PAYGLOBE_STATUSES = [
  'PENDING', 'CARD_PREAUTH_SUCCESS', 'SUCCESS', 'CARD_PREAUTH_FAILED', 'VOUCHER_FAILED', 'CARD_CAPTURE_FAILED', 'FAILED',
  'PAID', 'EXPIRED', 'CANCELLED',
] as const;
export type PayGlobeStatus = (typeof PAYGLOBE_STATUSES)[number];

const FAILURE_STATUSES: readonly PayGlobeStatus[] = ['CARD_PREAUTH_FAILED', 'VOUCHER_FAILED', 'CARD_CAPTURE_FAILED', 'FAILED', 'EXPIRED', 'CANCELLED'];
export const isFailureStatus = (status: PayGlobeStatus): boolean => FAILURE_STATUSES.includes(status);
export const isTerminalStatus = (status: PayGlobeStatus): boolean => status !== 'PENDING' && status !== 'CARD_PREAUTH_SUCCESS';

/** Where the hosted checkout is in the flow. */
export type CheckoutStep = 'card' | 'choice' | 'otp' | 'capture' | 'done';

export interface PayGlobePayment {
  /** `pg_…` (payglobe.js, `/api/payment/initiate`) or `TXN_…` (wrapper API, `/api/payment/init`). */
  id: string;
  /** The key that created it: only that key can read it, and its webhook registration applies. */
  key: string;
  api: 'initiate' | 'wrapper';
  mode: PaymentMode;
  status: PayGlobeStatus;
  step: CheckoutStep;
  currency: string;
  /** Integer minor units of `currency`; `card + voucher === total` always. */
  total: number;
  card: number;
  voucher: number;
  paymentMethod: VoucherMethod | null;
  /** The card gateway's payment id, once the card step ran. */
  gatewayPaymentId: string | null;
  errorMessage?: string;
  email?: string;
  description?: string;
  returnUrl?: string;
  /** Wrapper API: webhook target, failure landing page and the merchant-hosted voucher step. */
  notifyUrl?: string;
  errorUrl?: string;
  callbackUrl?: string;
  createdAt: string;
  completedAt?: string;
}

export interface WebhookRegistration {
  url?: string;
  secret: string;
}

/** One attempt to deliver a webhook, kept so tests can see what was sent. */
export interface WebhookDelivery {
  paymentId: string;
  url: string;
  type: string;
  status: number | null;
  error?: string;
}

export function createPayGlobeState() {
  return {
    payments: new MemoryTable<PayGlobePayment>(),
    /** Keyed by API key (pk_… or sk_…). */
    webhooks: new Map<string, WebhookRegistration>(),
    deliveries: [] as WebhookDelivery[],
  };
}
export type PayGlobeState = ReturnType<typeof createPayGlobeState>;

/** Minor units → PayGlobe's decimal (`15050 EUR` → `150.5`). */
export const decimal = (amount: number, currency: string): number => toPayGlobeAmount({ amount, currency });

/**
 * The split for a method, in minor units: card only, all vouchers, or `voucher` on vouchers and
 * the rest on the card. Null when `voucher` does not fit the method (0 < voucher < total for a
 * partial split).
 */
export function splitFor(method: VoucherMethod, total: number, voucher: number | null): { card: number; voucher: number } | null {
  if (method === 'CARD_ONLY') return { card: total, voucher: 0 };
  if (method === 'VOUCHER_ONLY') return { card: 0, voucher: total };
  if (voucher === null || !Number.isSafeInteger(voucher) || voucher <= 0 || voucher >= total) return null;
  return { card: total - voucher, voucher };
}

/** The payment as `GET /api/payment/initiate/{id}` (payglobe.js `retrieve`) returns it. */
export function retrieveView(payment: PayGlobePayment) {
  const { currency } = payment;
  return {
    id: payment.id,
    status: payment.status,
    totalAmount: decimal(payment.total, currency),
    cardAmount: decimal(payment.card, currency),
    voucherAmount: decimal(payment.voucher, currency),
    currency,
    paymentMode: payment.mode,
    paymentMethod: payment.paymentMethod,
    paymentId: payment.gatewayPaymentId,
    ...(payment.errorMessage !== undefined && isFailureStatus(payment.status) ? { errorMessage: payment.errorMessage } : {}),
  };
}

/** The wrapper API's `GET /api/payment/transaction/{id}`, shaped as ../shared/providers/payglobe.md shows. */
export function transactionView(payment: PayGlobePayment) {
  const { currency } = payment;
  return {
    success: true,
    transactionId: payment.id,
    status: payment.status,
    totalAmount: decimal(payment.total, currency),
    currency,
    paymentMode: payment.mode,
    cardGateway: {
      paymentId: payment.gatewayPaymentId,
      preauthorizedAmount: payment.gatewayPaymentId && payment.mode === 'PREAUTH_VOUCHER_CAPTURE' ? decimal(payment.total, currency) : 0,
      status: gatewayStatus(payment),
    },
    breakdown: {
      cardAmount: decimal(payment.card, currency),
      voucherAmount: decimal(payment.voucher, currency),
      paymentMethod: payment.paymentMethod,
    },
    ...(payment.errorMessage !== undefined && isFailureStatus(payment.status) ? { errorMessage: payment.errorMessage } : {}),
  };
}

function gatewayStatus(payment: PayGlobePayment): 'PENDING' | 'SUCCESS' | 'FAILED' {
  if (!payment.gatewayPaymentId) return 'PENDING';
  return payment.status === 'CARD_PREAUTH_FAILED' || (payment.mode === 'SALE_DIRECT' && payment.status === 'FAILED') ? 'FAILED' : 'SUCCESS';
}

import { randomBytes } from 'node:crypto';
import { MemoryTable } from '../store.js';

/** Outcomes the hosted page offers: every status PayGlocal documents for a finished attempt. */
export const PAYGLOCAL_OUTCOMES = [
  { status: 'SENT_FOR_CAPTURE', label: 'Pay (sent for capture)' },
  { status: 'AUTHORIZED', label: 'Authorise only (capture pending)' },
  { status: 'ISSUER_DECLINE', label: 'Card declined by the issuer' },
  { status: 'GENERAL_DECLINE', label: 'Declined by the risk engine' },
  { status: 'CUSTOMER_CANCELLED', label: 'Cancel the payment' },
  { status: 'ABANDONED', label: 'Abandon (time out)' },
  { status: 'REQUEST_ERROR', label: 'Request error' },
] as const;
export type PayGlocalOutcome = (typeof PAYGLOCAL_OUTCOMES)[number]['status'];
export type PayGlocalSandboxStatus = 'INPROGRESS' | PayGlocalOutcome;

export const REASON_CODES: Record<PayGlocalSandboxStatus, string> = {
  INPROGRESS: 'GL-201-001',
  SENT_FOR_CAPTURE: 'GL-201-001',
  AUTHORIZED: 'GL-201-001',
  ISSUER_DECLINE: 'GL-201-016',
  GENERAL_DECLINE: 'GL-201-014',
  CUSTOMER_CANCELLED: 'GL-201-000',
  ABANDONED: 'GL-201-000',
  REQUEST_ERROR: 'GL-400-001',
};

export interface PayGlocalPayment {
  /** The gid. */
  id: string;
  orderId: string;
  merchantId: string;
  apiKey: string;
  merchantTxnId: string;
  totalAmount: string;
  currency: string;
  callbackUrl: string;
  status: PayGlocalSandboxStatus;
  /** Opaque tokens of the hosted page URL and the pre-signed status URL. */
  pageToken: string;
  statusToken: string;
  createdAt: Date;
}

export function createPayGlocalState() {
  return { payments: new MemoryTable<PayGlocalPayment>() };
}
export type PayGlocalState = ReturnType<typeof createPayGlocalState>;

export const randomHex = (bytes: number) => randomBytes(bytes).toString('hex');

/** `02/06/2026 21:47:33`: PayGlocal's timestamp format (DD/MM/YYYY HH:MM:SS, UTC here). */
export function payglocalTimestamp(date = new Date()): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return `${two(date.getUTCDate())}/${two(date.getUTCMonth() + 1)}/${date.getUTCFullYear()} ${two(date.getUTCHours())}:${two(date.getUTCMinutes())}:${two(date.getUTCSeconds())}`;
}

/** The signed callback payload: full (as the callback guide shows) or ids-only (`x-gl-enc: "true"`, the sample token). */
export function callbackPayload(payment: PayGlocalPayment, idsOnly: boolean): Record<string, unknown> {
  const iat = String(Date.now());
  if (idsOnly) {
    return { 'x-gl-orderId': payment.orderId, 'amplifier-mid': null, iat, 'x-gl-enc': 'true', 'x-gl-gid': payment.id, 'x-gl-merchantId': payment.merchantId };
  }
  const carded = ['SENT_FOR_CAPTURE', 'AUTHORIZED', 'ISSUER_DECLINE', 'GENERAL_DECLINE'].includes(payment.status);
  return {
    ...(carded ? { country: 'UNITED KINGDOM', cardType: 'CREDIT', cardBrand: 'VISA', paymentMethod: 'CARD' } : {}),
    amount: payment.totalAmount,
    gid: payment.id,
    merchantId: payment.merchantId,
    merchantTxnId: payment.merchantTxnId,
    currency: payment.currency,
    status: payment.status,
    iat,
  };
}

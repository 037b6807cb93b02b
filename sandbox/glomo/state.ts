import { createHmac } from 'node:crypto';
import { MemoryTable } from '../store.js';

/** Glomo's sandbox state: orders and payments of one sandbox instance, in memory. */

export type GlomoPaymentStatus = 'pending' | 'success' | 'failed';
export type GlomoError = { code: string; message: string };

export interface GlomoOrder {
  id: string;
  /** The secret key that created the order: it signs every payment of the order. */
  secretKey: string;
  amount: number;
  currency: string;
  notes?: Record<string, unknown>;
  createdAt: string;
  /** What the shopper typed after choosing bank transfer in the hosted checkout. */
  bankTransfer?: { senderAccountNumber: string; transactionReference: string };
}

export interface GlomoPayment {
  id: string;
  orderId: string;
  method: 'card';
  status: GlomoPaymentStatus;
  error?: GlomoError;
  /** S2S payments: where the hosted authentication page sends the browser. */
  callbackUrl?: string;
  cardLast4?: string;
  /** A Slow decision is under way: further decisions are refused. */
  deciding?: boolean;
  createdAt: string;
}

/** What the shopper chose on a hosted page. */
export type GlomoDecision = 'approve' | 'decline' | 'cancel';

export const GLOMO_DECISION_ERRORS: Record<Exclude<GlomoDecision, 'approve'>, GlomoError> = {
  decline: { code: 'CARD_DECLINED', message: 'The card issuer declined the payment' },
  cancel: { code: 'AUTHENTICATION_CANCELLED', message: 'The shopper cancelled the authentication' },
};

export function createGlomoState() {
  return { orders: new MemoryTable<GlomoOrder>(), payments: new MemoryTable<GlomoPayment>() };
}
export type GlomoState = ReturnType<typeof createGlomoState>;

/** Glomo's documented signature: HMAC-SHA256, hex, of `order_id|payment_id|status` under the secret key. */
export function signGlomo(orderId: string, paymentId: string, status: string, secretKey: string): string {
  return createHmac('sha256', secretKey).update(`${orderId}|${paymentId}|${status}`).digest('hex');
}

/** Settles a pending payment with the shopper's decision; returns the updated payment. */
export function settleGlomoPayment(state: GlomoState, payment: GlomoPayment, decision: GlomoDecision): GlomoPayment {
  const changes: Partial<GlomoPayment> =
    decision === 'approve'
      ? { status: 'success', deciding: false }
      : { status: 'failed', error: GLOMO_DECISION_ERRORS[decision], deciding: false };
  return state.payments.update(payment.id, changes)!;
}

/** True when the order already has a successful payment (it can't be paid twice). */
export function isOrderPaid(state: GlomoState, orderId: string): boolean {
  return state.payments.filter((p) => p.orderId === orderId && p.status === 'success').length > 0;
}

/** The payment object as `GET /api/v1/payment/{id}` returns it. */
export function paymentView(payment: GlomoPayment, order: GlomoOrder) {
  return {
    payment_id: payment.id,
    order_id: payment.orderId,
    status: payment.status,
    method: payment.method,
    amount: order.amount,
    currency: order.currency,
    ...(payment.error ? { error: payment.error } : {}),
    created_at: payment.createdAt,
  };
}

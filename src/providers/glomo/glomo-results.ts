import * as z from 'zod/mini';
import type { PaymentResult, PaymentStatus } from '../../core/types.js';
import { translator } from '../../core/messages.js';
import { glomoMessages } from './glomo.messages.js';
import type {
  GlomoCallbackQuery, GlomoCheckoutCallbackQuery, GlomoCheckoutFailure, GlomoCheckoutSuccess, GlomoPayment,
  GlomoPaymentResponse, GlomoPaymentStatus,
} from './glomo-schemas.js';
import { glomoPollStepSchema, glomoRedirectStepSchema } from './glomo-schemas.js';

/** Glomo's payment status in the library's vocabulary. */
export function glomoPaymentStatus(status: GlomoPaymentStatus): PaymentStatus {
  switch (status) {
    case 'success': return 'succeeded';
    case 'failed': return 'failed';
    case 'pending': return 'pending';
  }
}

/** The error a failed result carries: Glomo's own when it sent one, else a worded default (the form shows it). */
function failureError(status: GlomoPaymentStatus, error: { code: string; message: string } | undefined, locale: string) {
  if (error) return error;
  if (status !== 'failed') return undefined;
  return { code: 'payment_failed', message: translator(glomoMessages, locale)('glomo.payment.failed') };
}

/** A result without the `undefined` members, so results compare and serialise cleanly. */
function result(fields: Omit<PaymentResult, 'provider'>): PaymentResult {
  const out: PaymentResult = { provider: 'glomo', status: fields.status, raw: fields.raw };
  if (fields.orderId !== undefined) out.orderId = fields.orderId;
  if (fields.paymentId !== undefined) out.paymentId = fields.paymentId;
  if (fields.signature !== undefined) out.signature = fields.signature;
  if (fields.error !== undefined) out.error = fields.error;
  return out;
}

/** `GET /api/v1/payment/{id}` (or the merchant's status endpoint relaying it) → `PaymentResult`. */
export function glomoPaymentToResult(payment: GlomoPayment, locale = 'en'): PaymentResult {
  return result({
    status: glomoPaymentStatus(payment.status),
    orderId: payment.order_id,
    paymentId: payment.payment_id,
    error: failureError(payment.status, payment.error, locale),
    raw: payment,
  });
}

/** A callback query's `error`, which is a message, as an error object. */
function callbackError(message: string | undefined): { code: string; message: string } | undefined {
  return message === undefined ? undefined : { code: 'payment_failed', message };
}

/** The S2S callback query → `PaymentResult`; Glomo's `error` there is a message. */
export function glomoCallbackToResult(query: GlomoCallbackQuery, locale = 'en'): PaymentResult {
  return result({
    status: glomoPaymentStatus(query.status),
    orderId: query.order_id,
    paymentId: query.payment_id,
    signature: query.signature,
    error: failureError(query.status, callbackError(query.error), locale),
    raw: query,
  });
}

/** The Checkout `callbackUrl` query → `PaymentResult`. */
export function glomoCheckoutCallbackToResult(query: GlomoCheckoutCallbackQuery, locale = 'en'): PaymentResult {
  return result({
    status: glomoPaymentStatus(query.status),
    orderId: query.orderId,
    paymentId: query.paymentId,
    signature: query.signature,
    error: failureError(query.status, callbackError(query.error), locale),
    raw: query,
  });
}

/** Checkout SDK `payment.success` / `payment.failure` payload → `PaymentResult`. */
export function glomoCheckoutEventToResult(payload: GlomoCheckoutSuccess | GlomoCheckoutFailure): PaymentResult {
  return result({
    status: glomoPaymentStatus(payload.status),
    orderId: payload.order_id,
    paymentId: payload.payment_id,
    signature: payload.status === 'success' ? payload.signature : undefined,
    error: payload.status === 'failed' ? payload.error : undefined,
    raw: payload,
  });
}

/** What a payment response asks the browser to do next: where to authenticate, what to poll and how often. */
export interface GlomoNextSteps {
  redirectUrl: string | null;
  poll: { url: string; intervalMs: number } | null;
}

/** The first `redirect` and first `poll` step of a validated payment response (unknown steps are skipped). */
export function glomoNextSteps(response: GlomoPaymentResponse): GlomoNextSteps {
  let redirectUrl: string | null = null;
  let poll: GlomoNextSteps['poll'] = null;
  for (const step of response.next_steps) {
    const redirect = z.safeParse(glomoRedirectStepSchema, step);
    if (redirect.success && redirectUrl === null) redirectUrl = redirect.data.payload.url;
    const polling = z.safeParse(glomoPollStepSchema, step);
    if (polling.success && poll === null) poll = { url: polling.data.payload.url, intervalMs: polling.data.payload.interval_in_ms };
  }
  return { redirectUrl, poll };
}

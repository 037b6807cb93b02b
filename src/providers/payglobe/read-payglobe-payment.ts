/**
 * Readers for what crosses from PayGlobe into the page: each validates with zod, checks the
 * amounts, and answers either a typed value or the `pay-error` `invalid_response` detail.
 */
import * as z from 'zod/mini';
import type { PayErrorDetail } from '../../core/events.js';
import { translator, type MessageKey, type MessageParams } from '../../core/messages.js';
import type { Money, PaymentResult } from '../../core/types.js';
import { fromPayGlobeAmount } from './amount.js';
import { payglobeMessages } from './payglobe.messages.js';
import { isTerminalPayGlobeStatus, payglobeAmounts, payglobePaymentToResult } from './payglobe-results.js';
import {
  payglobeCheckoutCompleteSchema, payglobeCreatedPaymentSchema, payglobePaymentSchema, payglobeReturnQuerySchema,
  type PayGlobeCheckoutComplete, type PayGlobeCreatedPayment, type PayGlobeReturnQuery,
} from './payglobe-schemas.js';

type Refusal = { ok: false; error: PayErrorDetail };

/** What this page asked for: a payment of `total` (and, once known, with this id). */
export interface PayGlobeExpectation {
  total?: Money;
  paymentId?: string;
}

export interface PayGlobeReadOptions {
  expected?: PayGlobeExpectation;
  locale?: string;
}

function refusal(key: MessageKey, locale: string | undefined, params?: MessageParams): Refusal {
  return { ok: false, error: { code: 'invalid_response', message: translator(payglobeMessages, locale)(key, params), provider: 'payglobe' } };
}

/** Does the payment PayGlobe answered with belong to this page's attempt? Null when it does, else why not. */
function mismatch(id: string, total: Money, expected: PayGlobeExpectation | undefined): string | null {
  if (expected?.paymentId !== undefined && id !== expected.paymentId) return `id ${id}`;
  const want = expected?.total;
  if (want && (want.currency !== total.currency || want.amount !== total.amount)) return `total ${total.amount} ${total.currency}`;
  return null;
}

export type PayGlobePaymentReading = { ok: true; result: PaymentResult; terminal: boolean } | Refusal;

/** `payments.retrieve()`'s payment, validated, amounts checked, mapped to a `PaymentResult`. */
export function readPayGlobePayment(payload: unknown, options: PayGlobeReadOptions = {}): PayGlobePaymentReading {
  const parsed = z.safeParse(payglobePaymentSchema, payload);
  if (!parsed.success) return refusal('payglobe.response.invalid', options.locale);
  const payment = parsed.data;
  const amounts = payglobeAmounts(payment);
  if (!amounts.ok) return refusal('payglobe.response.amounts', options.locale, { currency: amounts.currency });
  const wrong = mismatch(payment.id, amounts.total, options.expected);
  if (wrong) return refusal('payglobe.response.mismatch', options.locale, { reason: wrong });
  return { ok: true, result: payglobePaymentToResult(payment, amounts.split, options.locale), terminal: isTerminalPayGlobeStatus(payment.status) };
}

export type PayGlobeCreatedReading = { ok: true; payment: PayGlobeCreatedPayment } | Refusal;

/** `payments.create()`'s answer, validated; its total must be the one asked for. */
export function readPayGlobeCreatedPayment(payload: unknown, options: PayGlobeReadOptions = {}): PayGlobeCreatedReading {
  const parsed = z.safeParse(payglobeCreatedPaymentSchema, payload);
  if (!parsed.success) return refusal('payglobe.response.invalid', options.locale);
  const currency = (parsed.data.currency ?? options.expected?.total?.currency ?? 'EUR').toUpperCase();
  const total = fromPayGlobeAmount(parsed.data.totalAmount, currency);
  if (!total) return refusal('payglobe.response.amounts', options.locale, { currency });
  const wrong = mismatch(parsed.data.id, total, options.expected);
  if (wrong) return refusal('payglobe.response.mismatch', options.locale, { reason: wrong });
  return { ok: true, payment: parsed.data };
}

export type PayGlobeCheckoutMessageReading = { ok: true; message: PayGlobeCheckoutComplete } | { ok: false; ignore: true } | Refusal;

/**
 * A message from the embedded checkout (its origin and source already checked by the caller).
 * Messages of other types are ignored (`ignore`); a completion message of the wrong shape is refused.
 */
export function readPayGlobeCheckoutMessage(data: unknown, options: { locale?: string } = {}): PayGlobeCheckoutMessageReading {
  const type = typeof data === 'object' && data !== null ? (data as { type?: unknown }).type : undefined;
  if (type !== 'payglobe:checkout-complete') return { ok: false, ignore: true };
  const parsed = z.safeParse(payglobeCheckoutCompleteSchema, data);
  return parsed.success ? { ok: true, message: parsed.data } : refusal('payglobe.message.invalid', options.locale);
}

export type PayGlobeReturnReading = { ok: true; query: PayGlobeReturnQuery } | { ok: false; absent: true } | Refusal;

/**
 * The query a full-page checkout came back with. `absent` when the page was not opened by a
 * return (no `paymentId`); refused when `paymentId` or `status` is malformed or repeated.
 */
export function readPayGlobeReturn(search: string | URLSearchParams, options: { locale?: string } = {}): PayGlobeReturnReading {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  if (!params.has('paymentId')) return { ok: false, absent: true };
  if (params.getAll('paymentId').length > 1 || params.getAll('status').length > 1) return refusal('payglobe.return.invalid', options.locale);
  const status = params.get('status');
  const parsed = z.safeParse(payglobeReturnQuerySchema, { paymentId: params.get('paymentId'), ...(status === null ? {} : { status }) });
  return parsed.success ? { ok: true, query: parsed.data } : refusal('payglobe.return.invalid', options.locale);
}

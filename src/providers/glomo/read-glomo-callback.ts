import * as z from 'zod/mini';
import type { PayErrorDetail } from '../../core/events.js';
import type { PaymentResult } from '../../core/types.js';
import { translator } from '../../core/messages.js';
import { glomoMessages } from './glomo.messages.js';
import { glomoCallbackQuerySchema, glomoCheckoutCallbackQuerySchema } from './glomo-schemas.js';
import { glomoCallbackToResult, glomoCheckoutCallbackToResult } from './glomo-results.js';

export type GlomoCallbackReading = { ok: true; result: PaymentResult } | { ok: false; error: PayErrorDetail };

/** Every query key Glomo's callbacks use (S2S snake_case and Checkout camelCase). */
const CALLBACK_KEYS = ['order_id', 'payment_id', 'status', 'signature', 'error', 'orderId', 'paymentId'] as const;

/** The query part of a location, a URL, a full URL string or a bare query string ("?a=1" or "a=1"). */
export function callbackSearchParams(location: Location | URL | string): URLSearchParams {
  if (typeof location !== 'string') return new URLSearchParams(location.search);
  if (/^[a-z][a-z\d+.-]*:/i.test(location)) {
    try {
      return new URL(location).searchParams;
    } catch {
      return new URLSearchParams();
    }
  }
  return new URLSearchParams(location.split('#')[0]);
}

/**
 * The callback keys of `params` as a plain object, or null when one of them is repeated: a
 * duplicated `status` or `order_id` is ambiguous (which one was signed?), so it is refused.
 */
export function callbackQueryRecord(params: URLSearchParams): Record<string, string> | null {
  const record: Record<string, string> = {};
  for (const key of CALLBACK_KEYS) {
    const values = params.getAll(key);
    if (values.length > 1) return null;
    if (values.length === 1) record[key] = values[0]!;
  }
  return record;
}

/**
 * Reads the Glomo payment result a return page was opened with: the S2S callback query
 * (`order_id, payment_id, status, signature`, `error`), the Checkout `callbackUrl` query
 * (`status, orderId, signature`, maybe `paymentId`), or what `createGlomoRoutes().callback`
 * forwards. The signature is carried, not checked: only the server holds the secret
 * (`verifyGlomoCallback` in `pay-elements/server`). A missing or malformed query is an
 * `invalid_response` error, never an exception.
 */
export function readGlomoCallback(location: Location | URL | string, options: { locale?: string } = {}): GlomoCallbackReading {
  const t = translator(glomoMessages, options.locale);
  const fail = (message: string): GlomoCallbackReading => ({ ok: false, error: { code: 'invalid_response', message, provider: 'glomo' } });
  const record = callbackQueryRecord(callbackSearchParams(location));
  if (!record) return fail(t('glomo.callback.invalid'));
  if (Object.keys(record).length === 0) return fail(t('glomo.callback.missing'));

  const isCheckout = record.orderId !== undefined && record.order_id === undefined;
  if (!isCheckout && record.order_id === undefined && record.error !== undefined) {
    // The merchant's callback route refused the query (`?error=invalid_signature`).
    return fail(t('glomo.callback.refused', { reason: record.error }));
  }
  if (isCheckout) {
    const parsed = z.safeParse(glomoCheckoutCallbackQuerySchema, record);
    return parsed.success ? { ok: true, result: glomoCheckoutCallbackToResult(parsed.data, options.locale) } : fail(t('glomo.callback.invalid'));
  }
  const parsed = z.safeParse(glomoCallbackQuerySchema, record);
  return parsed.success ? { ok: true, result: glomoCallbackToResult(parsed.data, options.locale) } : fail(t('glomo.callback.invalid'));
}

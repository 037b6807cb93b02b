import * as z from 'zod/mini';
import type { Money } from '../../core/types.js';
import { toPayGlobeAmount } from '../../providers/payglobe/amount.js';
import { payGlobeErrorBodySchema, payGlobeInitResponseSchema, payGlobeTransactionSchema, type PayGlobeInitResponse, type PayGlobeTransaction } from './payglobe-api-schemas.js';

export const PAYGLOBE_API_BASE_URL = 'https://api.payglobe.it/paymentgw';

/** A failed PayGlobe call: the API's error (`status` 4xx/5xx, its `code`), or ours with status 0 (`network`, `timeout`, `invalid_response`). */
export class PayGlobeApiError extends Error {
  override readonly name = 'PayGlobeApiError';
  constructor(readonly status: number, readonly code: string, message: string) {
    super(message);
  }
}

export interface PayGlobeClientOptions {
  /** The merchant's secret key (`sk_test_…` / `sk_live_…`); it never leaves the server. */
  secretKey: string;
  /** Default `https://api.payglobe.it/paymentgw`; the sandbox's origin in development and tests. */
  baseUrl?: string;
  fetch?: typeof globalThis.fetch;
  /** Give up after this long (default 15 s). */
  timeoutMs?: number;
}

/** `POST /api/payment/init`, with the amount as the library's Money (converted to PayGlobe's decimal here). */
export interface PayGlobeInitRequest {
  amount: Money;
  notifyUrl: string;
  errorUrl?: string;
  /** The merchant-hosted voucher step; `{transactionId}` is replaced by PayGlobe. */
  callbackUrl?: string;
  /** Sandbox extension: where the shopper lands when the payment is over. */
  returnUrl?: string;
  paymentMode?: 'PREAUTH_VOUCHER_CAPTURE' | 'SALE_DIRECT';
  description?: string;
  email?: string;
}

/** The shopper's choice from `<pay-voucher-choice>` (`pay-voucher-submit`'s detail fits). */
export interface PayGlobeVoucherChoice {
  paymentMethod: 'CARD_ONLY' | 'CARD_AND_VOUCHER' | 'VOUCHER_ONLY';
  voucher: Money;
}

export interface PayGlobeClient {
  initPayment(request: PayGlobeInitRequest): Promise<PayGlobeInitResponse>;
  getTransaction(transactionId: string): Promise<PayGlobeTransaction>;
  /** The sandbox's `POST /api/payment/transaction/{id}/voucher-choice`; the answer's `nextUrl` is where the shopper goes next. */
  submitVoucherChoice(transactionId: string, choice: PayGlobeVoucherChoice): Promise<PayGlobeTransaction>;
}

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

function apiBaseUrl(baseUrl: string): string {
  let url: URL;
  try {
    url = new URL(baseUrl);
  } catch {
    throw new TypeError(`createPayGlobeClient: baseUrl ${JSON.stringify(baseUrl)} is not a URL`);
  }
  const secure = url.protocol === 'https:' || (url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname));
  if (!secure) throw new TypeError(`createPayGlobeClient: baseUrl must be https: (or http: on loopback), not ${url.protocol}//${url.host}`);
  return url.href.replace(/\/+$/, '');
}

/**
 * A client of PayGlobe's wrapper API for the merchant's server. Amounts go in as Money (integer
 * minor units) and come back as PayGlobe's decimals, each response validated. Every failure is
 * a `PayGlobeApiError`. Refuses to run in a browser and refuses a key that is not secret.
 */
export function createPayGlobeClient({ secretKey, baseUrl = PAYGLOBE_API_BASE_URL, fetch: fetchImpl, timeoutMs = 15_000 }: PayGlobeClientOptions): PayGlobeClient {
  if (typeof (globalThis as { window?: unknown }).window !== 'undefined') {
    throw new Error('createPayGlobeClient: refusing to run in a browser; PayGlobe secret keys belong on the server');
  }
  if (typeof secretKey !== 'string' || !/^sk_(test|live)_\S+$/.test(secretKey)) {
    throw new TypeError('createPayGlobeClient: secretKey must be a PayGlobe secret key (sk_test_… or sk_live_…)');
  }
  const origin = apiBaseUrl(baseUrl);
  const send = fetchImpl ?? globalThis.fetch.bind(globalThis);

  async function request<S extends z.ZodMiniType>(method: 'GET' | 'POST', path: string, schema: S, body?: unknown): Promise<z.infer<S>> {
    let response: Response;
    try {
      response = await send(origin + path, {
        method,
        headers: { Authorization: `Bearer ${secretKey}`, Accept: 'application/json', ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch (error) {
      const timedOut = error instanceof DOMException && error.name === 'TimeoutError';
      throw new PayGlobeApiError(0, timedOut ? 'timeout' : 'network', timedOut ? `PayGlobe did not answer within ${timeoutMs} ms` : 'PayGlobe could not be reached');
    }
    let json: unknown;
    try {
      json = await response.json();
    } catch {
      throw new PayGlobeApiError(response.ok ? 0 : response.status, response.ok ? 'invalid_response' : 'http_error', `PayGlobe answered HTTP ${response.status} without JSON`);
    }
    if (!response.ok) {
      const error = payGlobeErrorBodySchema.safeParse(json);
      throw new PayGlobeApiError(response.status, error.success ? error.data.error.code : 'http_error', error.success ? error.data.error.message : `PayGlobe answered HTTP ${response.status}`);
    }
    const parsed = schema.safeParse(json);
    if (!parsed.success) throw new PayGlobeApiError(0, 'invalid_response', `PayGlobe's answer to ${method} ${path} is not the documented shape`);
    return parsed.data as z.infer<S>;
  }

  const transactionPath = (id: string) => `/api/payment/transaction/${encodeURIComponent(id)}`;

  return {
    initPayment({ amount, ...rest }) {
      return request('POST', '/api/payment/init', payGlobeInitResponseSchema, { ...rest, amount: toPayGlobeAmount(amount), currency: amount.currency });
    },
    getTransaction(transactionId) {
      return request('GET', transactionPath(transactionId), payGlobeTransactionSchema);
    },
    submitVoucherChoice(transactionId, { paymentMethod, voucher }) {
      return request('POST', `${transactionPath(transactionId)}/voucher-choice`, payGlobeTransactionSchema, { paymentMethod, voucherAmount: toPayGlobeAmount(voucher) });
    },
  };
}

import * as z from 'zod/mini';
import type { GlomoCard } from '../core/types.js';
import {
  glomoErrorBodySchema, glomoOrderSchema, glomoPaymentResponseSchema, glomoPaymentSchema,
  type GlomoOrder, type GlomoPayment, type GlomoPaymentResponse,
} from '../providers/glomo/glomo-schemas.js';
import { GlomoApiError } from './glomo-api-error.js';

export const GLOMO_API_BASE_URL = 'https://api.glomopay.com';

export interface GlomoClientOptions {
  /** The merchant's secret key (`sk_…`); it never leaves the server. */
  secretKey: string;
  /** Default `https://api.glomopay.com`; the sandbox's origin in development and tests. */
  baseUrl?: string;
  /** A fetch implementation (default `globalThis.fetch`). */
  fetch?: typeof globalThis.fetch;
  /** Give up on a request after this long (default 15 s) with a `timeout` error. */
  timeoutMs?: number;
}

/** `POST /api/v1/orders`: amount in minor units, ISO 4217 currency, any further documented fields. */
export interface GlomoCreateOrderRequest {
  amount: number;
  currency: string;
  [field: string]: unknown;
}

/** `POST /api/v1/payment` as the S2S guide documents it. */
export interface GlomoCreatePaymentRequest {
  order_id?: string;
  subscription_id?: string;
  method?: 'card';
  sequence?: 'initial' | 'subsequent';
  card?: GlomoCard;
  callback_url?: string;
  request_id?: string;
  amount?: number;
  currency?: string;
  notes?: Record<string, string>;
}

export interface GlomoClient {
  createOrder(order: GlomoCreateOrderRequest): Promise<GlomoOrder>;
  createPayment(payment: GlomoCreatePaymentRequest): Promise<GlomoPaymentResponse>;
  getPayment(paymentId: string): Promise<GlomoPayment>;
}

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/** The API origin: `https:`, or `http:` on loopback (the sandbox) — a secret key never travels in clear. */
function apiBaseUrl(baseUrl: string): string {
  let url: URL;
  try {
    url = new URL(baseUrl);
  } catch {
    throw new TypeError(`createGlomoClient: baseUrl ${JSON.stringify(baseUrl)} is not a URL`);
  }
  const secure = url.protocol === 'https:' || (url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname));
  if (!secure) throw new TypeError(`createGlomoClient: baseUrl must be https: (or http: on loopback), not ${url.protocol}//${url.host}`);
  return url.href.replace(/\/+$/, '');
}

/**
 * A Glomo API client for the merchant's server: `createOrder`, `createPayment`, `getPayment`, each
 * response validated against the documented shape. Every failure is a `GlomoApiError`. It refuses
 * to exist where `window` does (a secret key has no business in a browser) and refuses a key that
 * is not a secret key.
 */
export function createGlomoClient({ secretKey, baseUrl = GLOMO_API_BASE_URL, fetch: fetchImpl, timeoutMs = 15_000 }: GlomoClientOptions): GlomoClient {
  if (typeof (globalThis as { window?: unknown }).window !== 'undefined') {
    throw new Error('createGlomoClient: refusing to run in a browser; Glomo secret keys belong on the server (pay-elements/server)');
  }
  if (typeof secretKey !== 'string' || !secretKey.startsWith('sk_')) {
    throw new TypeError('createGlomoClient: secretKey must be a Glomo secret key (sk_…); a public key cannot call the API');
  }
  const origin = apiBaseUrl(baseUrl);
  const send = fetchImpl ?? globalThis.fetch.bind(globalThis);

  async function request<S extends z.ZodMiniType>(method: 'GET' | 'POST', path: string, schema: S, body?: unknown): Promise<z.infer<S>> {
    let response: Response;
    try {
      response = await send(`${origin}${path}`, {
        method,
        headers: { authorization: `Bearer ${secretKey}`, accept: 'application/json', ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch (error) {
      const timedOut = error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError');
      throw timedOut
        ? new GlomoApiError(0, 'timeout', `Glomo ${method} ${path} gave no answer within ${timeoutMs} ms`)
        : new GlomoApiError(0, 'network', `Glomo ${method} ${path} failed: ${error instanceof Error ? error.message : String(error)}`);
    }
    const payload = await readJson(response, method, path, timeoutMs);
    if (!response.ok) {
      const parsed = z.safeParse(glomoErrorBodySchema, payload);
      throw parsed.success
        ? new GlomoApiError(response.status, parsed.data.error.code, parsed.data.error.message)
        : new GlomoApiError(response.status, 'http_error', `Glomo ${method} ${path} answered HTTP ${response.status}`);
    }
    const parsed = z.safeParse(schema, payload);
    if (!parsed.success) throw new GlomoApiError(response.status, 'invalid_response', `Glomo ${method} ${path} answered an undocumented body: ${z.prettifyError(parsed.error)}`);
    return parsed.data;
  }

  return {
    createOrder: (order) => request('POST', '/api/v1/orders', glomoOrderSchema, order),
    createPayment: (payment) => request('POST', '/api/v1/payment', glomoPaymentResponseSchema, payment),
    async getPayment(paymentId) {
      if (typeof paymentId !== 'string' || paymentId === '') throw new GlomoApiError(0, 'invalid_request', 'getPayment: a payment id is required');
      return request('GET', `/api/v1/payment/${encodeURIComponent(paymentId)}`, glomoPaymentSchema);
    },
  };
}

/**
 * The JSON body of a response; `undefined` for an error response that has none. A success that
 * is not JSON (wrong content type, broken body) is an `invalid_response`.
 */
async function readJson(response: Response, method: string, path: string, timeoutMs: number): Promise<unknown> {
  const isJson = /^application\/([\w.+-]+\+)?json\b/i.test(response.headers.get('content-type') ?? '');
  let text: string;
  try {
    text = await response.text();
  } catch (error) {
    const timedOut = error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError');
    throw timedOut
      ? new GlomoApiError(0, 'timeout', `Glomo ${method} ${path} gave no complete answer within ${timeoutMs} ms`)
      : new GlomoApiError(0, 'network', `Glomo ${method} ${path}: the response broke off`);
  }
  if (!isJson) {
    if (!response.ok) return undefined;
    throw new GlomoApiError(response.status, 'invalid_response', `Glomo ${method} ${path} answered ${response.headers.get('content-type') ?? 'no content type'}, not JSON`);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    if (!response.ok) return undefined;
    throw new GlomoApiError(response.status, 'invalid_response', `Glomo ${method} ${path} answered malformed JSON`);
  }
}

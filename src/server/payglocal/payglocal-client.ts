import * as z from 'zod/mini';
import {
  payglocalInitiateResponseSchema,
  payglocalStatusResponseSchema,
  type PayGlocalInitiateResponse,
  type PayGlocalStatusResponse,
} from '../../providers/payglocal/payglocal-schemas.js';

/** PayGlocal's production API. The UAT one is `https://api.uat.payglocal.in`; the local sandbox its own origin. */
export const PAYGLOCAL_API_BASE_URL = 'https://api.payglocal.in';

export interface PayGlocalClientOptions {
  /** The API key from the PayGlocal dashboard, sent as `x-gl-auth`. Server-side only. */
  apiKey: string;
  /** Your merchant id, sent as `x-gl-merchantid` when given. */
  merchantId?: string;
  baseUrl?: string;
  fetch?: typeof fetch;
}

/** The PayCollect initiate body (the fields this library uses; PayGlocal accepts more). */
export interface PayGlocalInitiateRequest {
  merchantTxnId: string;
  /** `totalAmount` is a decimal string in the currency's unit (`"15.00"`), as PayGlocal takes it. */
  paymentData: { totalAmount: string; txnCurrency: string; billingData?: Record<string, string> };
  merchantCallbackURL: string;
  captureTxn?: boolean;
}

/** A non-2xx answer from PayGlocal, or an answer of the wrong shape (`status` 0). */
export class PayGlocalApiError extends Error {
  override name = 'PayGlocalApiError';
  constructor(readonly status: number, message: string, readonly body: unknown) {
    super(message);
  }
}

export interface PayGlocalClient {
  /** `POST /gl/v1/payments/initiate/paycollect` → `{ gid, data: { redirectUrl, statusUrl } }`. */
  initiate(request: PayGlocalInitiateRequest): Promise<PayGlocalInitiateResponse>;
  /** `GET /gl/v1/payments/{gid or merchantTxnId}/status`: the source of truth for a payment's status. */
  status(id: string): Promise<PayGlocalStatusResponse>;
}

async function readBody(response: Response): Promise<unknown> {
  const text = await response.text();
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

function errorMessage(body: unknown, status: number): string {
  const message = typeof body === 'object' && body !== null ? (body as { message?: unknown }).message : undefined;
  return typeof message === 'string' && message ? message : `PayGlocal answered HTTP ${status}`;
}

/**
 * A small PayGlocal API client with API-key authentication (`x-gl-auth`), fetch and WebCrypto
 * runtimes alike. Answers are validated; anything else throws `PayGlocalApiError`.
 */
export function createPayGlocalClient(options: PayGlocalClientOptions): PayGlocalClient {
  const baseUrl = (options.baseUrl ?? PAYGLOCAL_API_BASE_URL).replace(/\/+$/, '');
  const doFetch = options.fetch ?? globalThis.fetch.bind(globalThis);
  const headers = (): Record<string, string> => ({
    'Content-Type': 'application/json',
    Accept: 'application/json',
    'x-gl-auth': options.apiKey,
    ...(options.merchantId ? { 'x-gl-merchantid': options.merchantId } : {}),
  });

  async function call<S extends z.ZodMiniType>(path: string, init: RequestInit, schema: S): Promise<z.infer<S>> {
    const response = await doFetch(baseUrl + path, { ...init, headers: headers() });
    const body = await readBody(response);
    if (!response.ok) throw new PayGlocalApiError(response.status, errorMessage(body, response.status), body);
    const parsed = schema.safeParse(body);
    if (!parsed.success) throw new PayGlocalApiError(0, `PayGlocal's answer to ${path} has an unexpected shape`, body);
    return parsed.data;
  }

  return {
    initiate: (request) => call('/gl/v1/payments/initiate/paycollect', { method: 'POST', body: JSON.stringify(request) }, payglocalInitiateResponseSchema),
    status: (id) => call(`/gl/v1/payments/${encodeURIComponent(id)}/status`, { method: 'GET' }, payglocalStatusResponseSchema),
  };
}

import * as z from 'zod/mini';
import { currencyExponent } from '../../core/money.js';
import type { GlomoCard, Money } from '../../core/types.js';
import {
  sibsCardPurchaseResponseSchema, sibsCreateResponseSchema, sibsCustomerPhoneSchema, sibsErrorBodySchema,
  sibsMbwayPurchaseResponseSchema, sibsReferenceGenerateResponseSchema, sibsStatusResponseSchema,
  type SibsAmount, type SibsCardPurchaseRequest, type SibsCardPurchaseResponse, type SibsCreateResponse,
  type SibsMbwayPurchaseResponse, type SibsReferenceGenerateResponse, type SibsStatusResponse,
} from '../../providers/sibs/sibs-schemas.js';
import { SibsApiError } from './sibs-api-error.js';

/** SIBS SPG production API origin (its paths start with `/api/v2`); test: `https://spg.qly.site1.sibs.pt`. */
export const SIBS_API_BASE_URL = 'https://api.sibspayments.com';

export interface SibsClientOptions {
  /** The merchant's AuthToken from SIBS Backoffice (sent as `Authorization: Bearer <token>`). */
  token: string;
  /** The application's `X-IBM-Client-Id`. */
  clientId: string;
  /** The terminal SIBS assigned. */
  terminalId: number;
  /** Default `https://api.sibspayments.com`; the sandbox's origin in development and tests. */
  baseUrl?: string;
  fetch?: typeof globalThis.fetch;
  /** Give up on a call after this long (default 15 s) with a `timeout` error. */
  timeoutMs?: number;
}

/** A checkout to pay: what `createPayment` answered (the signature authorises the one method call). */
export interface SibsCheckout {
  transactionID: string;
  transactionSignature: string;
}

export interface SibsCreatePaymentInput {
  /** Integer minor units (the library's Money); sent to SIBS as decimals. */
  amount: Money;
  /** The merchant's own order id (≤ 35 characters). */
  merchantTransactionId: string;
  methods: Array<'CARD' | 'MBWAY' | 'REFERENCE'>;
  description?: string;
  /** Multibanco: the merchant's entity (5 digits) and when the reference stops being payable. */
  reference?: { entity: string; expiresAt: Date };
  /** Where the 3-D Secure page sends the shopper back (sandbox extension; SIBS sets it per terminal). */
  returnUrl?: string;
  paymentType?: 'PURS' | 'AUTH';
}

export interface SibsClient {
  createPayment(input: SibsCreatePaymentInput): Promise<SibsCreateResponse>;
  /** Pays the checkout with a card (`pay-card-submit`'s `card`); `Partial` + `actionResponse` asks for 3-D Secure. */
  cardPurchase(checkout: SibsCheckout, card: GlomoCard): Promise<SibsCardPurchaseResponse>;
  /** Sends the MB WAY request to `351#9XXXXXXXX`; answers `Pending`. */
  mbwayPurchase(checkout: SibsCheckout, customerPhone: string): Promise<SibsMbwayPurchaseResponse>;
  /** Issues the Multibanco reference; answers `Pending` with `paymentReference`. */
  generateReference(checkout: SibsCheckout): Promise<SibsReferenceGenerateResponse>;
  getStatus(transactionID: string): Promise<SibsStatusResponse>;
}

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);
const CLIENT_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const gatewayRefusalSchema = z.looseObject({ httpCode: z.optional(z.string()), moreInformation: z.optional(z.string()) });

/** Minor units → SIBS's decimal amount (5000 EUR → `{ value: 50, currency: 'EUR' }`). */
export function toSibsAmount({ amount, currency }: Money): SibsAmount {
  return { value: amount / 10 ** currencyExponent(currency), currency };
}

/** `pay-card-submit`'s card → SIBS's `cardInfo` (`validationDate`: the last moment of the expiry month, UTC). */
export function toSibsCardInfo(card: GlomoCard): SibsCardPurchaseRequest['cardInfo'] {
  const lastDay = new Date(Date.UTC(Number(card.expiry_year), Number(card.expiry_month), 0, 23, 59, 59));
  return { PAN: card.number, secureCode: card.cvv, validationDate: lastDay.toISOString(), cardholderName: card.holder_name, createToken: false };
}

function apiOrigin(baseUrl: string): string {
  let url: URL;
  try {
    url = new URL(baseUrl);
  } catch {
    throw new TypeError(`createSibsClient: baseUrl ${JSON.stringify(baseUrl)} is not a URL`);
  }
  const secure = url.protocol === 'https:' || (url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname));
  if (!secure) throw new TypeError(`createSibsClient: baseUrl must be https: (or http: on loopback), not ${url.protocol}//${url.host}`);
  return url.href.replace(/\/+$/, '');
}

/**
 * A SIBS SPG client for the merchant's server: create a checkout, pay it by card, MB WAY or
 * Multibanco reference, read its status. Every answer is validated; every failure is a
 * `SibsApiError`. It refuses to run in a browser (the token and card data belong on a server).
 */
export function createSibsClient({ token, clientId, terminalId, baseUrl = SIBS_API_BASE_URL, fetch: fetchImpl, timeoutMs = 15_000 }: SibsClientOptions): SibsClient {
  if (typeof (globalThis as { window?: unknown }).window !== 'undefined') {
    throw new Error('createSibsClient: refusing to run in a browser; the SIBS token belongs on the server (pay-elements/server)');
  }
  const bearer = typeof token === 'string' ? token.replace(/^Bearer\s+/i, '').trim() : '';
  if (!bearer) throw new TypeError('createSibsClient: token (the SIBS AuthToken) is required');
  if (typeof clientId !== 'string' || !CLIENT_ID.test(clientId)) throw new TypeError('createSibsClient: clientId must be the X-IBM-Client-Id (a UUID)');
  if (!Number.isSafeInteger(terminalId) || terminalId <= 0) throw new TypeError('createSibsClient: terminalId must be a positive integer');
  const origin = apiOrigin(baseUrl);
  const send = fetchImpl ?? globalThis.fetch.bind(globalThis);

  async function request<S extends z.ZodMiniType>(method: 'GET' | 'POST', path: string, authorization: string, schema: S, body?: unknown): Promise<z.infer<S>> {
    const label = `SIBS ${method} ${path.replace(/\/payments\/[^/]+/, '/payments/{id}')}`;
    let response: Response;
    try {
      response = await send(`${origin}/api/v2${path}`, {
        method,
        headers: {
          authorization, 'x-ibm-client-id': clientId, accept: 'application/json',
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch (error) {
      throw transportError(error, label, timeoutMs);
    }
    let payload: unknown;
    try {
      const text = await response.text();
      payload = text === '' ? undefined : JSON.parse(text);
    } catch (error) {
      if (error instanceof SyntaxError) {
        if (response.ok) throw new SibsApiError(response.status, 'invalid_response', `${label} answered malformed JSON`);
      } else throw transportError(error, label, timeoutMs);
    }
    if (!response.ok) throw httpError(response.status, payload, label);
    const parsed = z.safeParse(schema, payload);
    if (!parsed.success) throw new SibsApiError(response.status, 'invalid_response', `${label} answered an undocumented body: ${z.prettifyError(parsed.error)}`);
    return parsed.data;
  }

  const digest = (checkout: SibsCheckout) => {
    if (!checkout || typeof checkout.transactionID !== 'string' || !checkout.transactionID || typeof checkout.transactionSignature !== 'string' || !checkout.transactionSignature) {
      throw new SibsApiError(0, 'invalid_request', 'a checkout { transactionID, transactionSignature } from createPayment is required');
    }
    return `Digest ${checkout.transactionSignature}`;
  };
  const paymentPath = (id: string, rest: string) => `/payments/${encodeURIComponent(id)}${rest}`;

  return {
    createPayment(input) {
      const amount = toSibsAmount(input.amount);
      const body = {
        merchant: {
          terminalId, channel: 'web', merchantTransactionId: input.merchantTransactionId,
          ...(input.returnUrl ? { returnUrl: input.returnUrl } : {}),
        },
        transaction: {
          transactionTimestamp: new Date().toISOString(),
          description: input.description ?? `Order ${input.merchantTransactionId}`,
          moto: false,
          paymentType: input.paymentType ?? 'PURS',
          amount,
          paymentMethod: input.methods,
          ...(input.reference
            ? {
                paymentReference: {
                  entity: input.reference.entity, minAmount: amount, maxAmount: amount,
                  initialDatetime: new Date().toISOString(), finalDatetime: input.reference.expiresAt.toISOString(),
                },
              }
            : {}),
        },
      };
      return request('POST', '/payments', `Bearer ${bearer}`, sibsCreateResponseSchema, body);
    },
    async cardPurchase(checkout, card) {
      return request('POST', paymentPath(checkout?.transactionID, '/card/purchase'), digest(checkout), sibsCardPurchaseResponseSchema, { cardInfo: toSibsCardInfo(card) });
    },
    async mbwayPurchase(checkout, customerPhone) {
      if (!z.safeParse(sibsCustomerPhoneSchema, customerPhone).success) throw new SibsApiError(0, 'invalid_request', 'customerPhone must be 351#9XXXXXXXX');
      return request('POST', paymentPath(checkout?.transactionID, '/mbway-id/purchase'), digest(checkout), sibsMbwayPurchaseResponseSchema, { customerPhone });
    },
    async generateReference(checkout) {
      return request('POST', paymentPath(checkout?.transactionID, '/service-reference/generate'), digest(checkout), sibsReferenceGenerateResponseSchema, {});
    },
    async getStatus(transactionID) {
      if (typeof transactionID !== 'string' || transactionID === '') throw new SibsApiError(0, 'invalid_request', 'getStatus: a transactionID is required');
      return request('GET', paymentPath(transactionID, '/status'), `Bearer ${bearer}`, sibsStatusResponseSchema);
    },
  };
}

function transportError(error: unknown, label: string, timeoutMs: number): SibsApiError {
  const timedOut = error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError');
  return timedOut
    ? new SibsApiError(0, 'timeout', `${label} gave no answer within ${timeoutMs} ms`)
    : new SibsApiError(0, 'network', `${label} failed: ${error instanceof Error ? error.message : String(error)}`);
}

/** A non-2xx answer as an error: SIBS's `returnStatus`, the gateway's refusal, or a bare HTTP status. */
function httpError(status: number, payload: unknown, label: string): SibsApiError {
  const sibs = z.safeParse(sibsErrorBodySchema, payload);
  if (sibs.success) {
    const { statusCode, statusDescription, statusMsg } = sibs.data.returnStatus;
    return new SibsApiError(status, statusCode, statusDescription ?? statusMsg ?? `${label} answered HTTP ${status}`);
  }
  const gateway = z.safeParse(gatewayRefusalSchema, payload);
  if ((status === 401 || status === 403) && gateway.success) {
    return new SibsApiError(status, 'unauthorized', gateway.data.moreInformation ?? `${label} was refused`);
  }
  return new SibsApiError(status, 'http_error', `${label} answered HTTP ${status}`);
}

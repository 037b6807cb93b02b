import * as z from 'zod/mini';
import { callbackQueryRecord } from '../providers/glomo/read-glomo-callback.js';
import { createGlomoClient, type GlomoClient } from './glomo-client.js';
import { GlomoApiError } from './glomo-api-error.js';
import { memoryPaymentStore, type GlomoPaymentStore } from './glomo-payment-store.js';
import { verifyGlomoCallback } from './glomo-signature.js';
import { cardPaymentBodySchema, existingOrderSchema, newOrderSchema, type GlomoOrderChoice } from './glomo-route-input.js';
import { invalidFields, pathIdSchema } from './route-input.js';
import { errorResponse, jsonResponse, methodNotAllowed, readJsonBody, seeOther } from './http.js';

export type { GlomoOrderChoice } from './glomo-route-input.js';

export interface GlomoRoutesOptions {
  /** The merchant's Glomo secret key (`sk_…`). */
  secretKey: string;
  /** Glomo's API origin (default `https://api.glomopay.com`; the sandbox's in development). */
  baseUrl?: string;
  /**
   * The order a payment is for, from the merchant's own session: `{ orderId }` of an order it
   * created, or `{ amount, currency }` (minor units, ISO 4217, plus any Glomo order fields) to create one.
   */
  order: (request: Request) => GlomoOrderChoice | Promise<GlomoOrderChoice>;
  /** The public URL of the `callback` route that Glomo sends the shopper back to (default: `<basePath>/callback` on the request's origin). */
  callbackUrl?: string;
  /** The merchant's return page, which runs `readGlomoCallback()`; relative URLs resolve against the callback request. */
  returnUrl: string;
  /** Where `fetch` is mounted (default `/`): it serves `<basePath>/payment`, `/payment/{id}`, `/order`, `/callback`. */
  basePath?: string;
  /** Payment → order records for verifying callbacks (default: in memory, with a fallback to Glomo's payment object). */
  payments?: GlomoPaymentStore;
  /** A fetch implementation for the Glomo API (default `globalThis.fetch`). */
  fetch?: typeof globalThis.fetch;
  /** Give up on a Glomo API call after this long (default 15 s): the route answers 504. */
  timeoutMs?: number;
}

/** Fetch-standard handlers (`Request → Promise<Response>`) for the merchant endpoints the elements call. */
export interface GlomoRoutes {
  /** `POST { card }` → Glomo's payment response `{ payment_id, status, next_steps }`. */
  payment(request: Request): Promise<Response>;
  /** `GET` → Glomo's payment object `{ payment_id, order_id, status, … }`; the id from `paymentId` or the path's last segment. */
  status(request: Request, paymentId?: string): Promise<Response>;
  /** `POST` → `{ order_id }` of the order `order(request)` names or creates (for `<pay-glomo-checkout order-id>`). */
  order(request: Request): Promise<Response>;
  /** `GET` Glomo's callback query → 303 to `returnUrl` with the verified result, or with `error=invalid_signature`. */
  callback(request: Request): Promise<Response>;
  /** All of the above under `basePath`, for one-line mounting (Next.js route handlers, Workers, Hono, Node). */
  fetch(request: Request): Promise<Response>;
}

const BODY_LIMIT = 8 * 1024;

/** A Glomo API failure as the merchant endpoint's answer: the shopper's request refused, or the provider unavailable. */
function apiErrorResponse(error: unknown, { notFound = false } = {}): Response {
  if (!(error instanceof GlomoApiError)) return errorResponse(500, 'internal_error', 'The payment could not be processed.');
  // A 404 means "no such payment" only to the status route; elsewhere it is the shop's order id that is wrong.
  if (error.status === 404 && notFound) return errorResponse(404, error.code, error.message);
  if ([400, 402, 409, 422].includes(error.status)) return errorResponse(error.status, error.code, error.message);
  if (error.status === 401 || error.status === 403) return errorResponse(502, 'provider_auth', 'The payment provider refused the shop\'s credentials.');
  if (error.code === 'timeout') return errorResponse(504, 'timeout', 'The payment provider did not answer in time.');
  return errorResponse(502, error.code === 'invalid_response' ? 'invalid_response' : 'provider_unavailable', 'The payment provider is unavailable.');
}

/**
 * The merchant endpoints of the Glomo server-to-server card flow, as fetch-standard handlers:
 * `payment` (card → order → Glomo payment), `status` (Glomo's payment object), `order`, and
 * `callback` (verifies Glomo's signature against the order created for that payment, then
 * sends the shopper to `returnUrl`). Bad input is a JSON `{ error: { code, message } }` with a 4xx
 * status; nothing here throws at the caller.
 */
export function createGlomoRoutes(options: GlomoRoutesOptions): GlomoRoutes {
  const client: GlomoClient = createGlomoClient({ secretKey: options.secretKey, baseUrl: options.baseUrl, fetch: options.fetch, timeoutMs: options.timeoutMs });
  if (typeof options.order !== 'function') throw new TypeError('createGlomoRoutes: `order` must be a function of the request');
  if (typeof options.returnUrl !== 'string' || options.returnUrl === '') throw new TypeError('createGlomoRoutes: `returnUrl` is required');
  const payments = options.payments ?? memoryPaymentStore();
  const basePath = `/${(options.basePath ?? '/').replace(/^\/+|\/+$/g, '')}`.replace(/^\/$/, '');

  /** The merchant's order for this request: its own id, or one created now. */
  async function resolveOrder(request: Request): Promise<{ ok: true; orderId: string } | { ok: false; response: Response }> {
    let choice: unknown;
    try {
      choice = await options.order(request);
    } catch {
      return { ok: false, response: errorResponse(500, 'order_failed', 'The shop could not prepare the order.') };
    }
    const existing = z.safeParse(existingOrderSchema, choice);
    if (existing.success) return { ok: true, orderId: existing.data.orderId };
    const fresh = z.safeParse(newOrderSchema, choice);
    if (!fresh.success) return { ok: false, response: errorResponse(500, 'invalid_config', 'order(request) must return { orderId } or { amount, currency } (integer minor units, ISO 4217).') };
    try {
      const created = await client.createOrder(fresh.data);
      return { ok: true, orderId: created.order_id };
    } catch (error) {
      return { ok: false, response: apiErrorResponse(error) };
    }
  }

  const routes: GlomoRoutes = {
    async payment(request) {
      if (request.method !== 'POST') return methodNotAllowed('POST');
      // Read a clone: `order(request)` gets the request with its body untouched.
      const body = await readJsonBody(request.clone(), BODY_LIMIT);
      if (!body.ok) return errorResponse(body.status, body.code, body.message);
      const input = z.safeParse(cardPaymentBodySchema, body.value);
      if (!input.success) return errorResponse(400, 'invalid_card', `Invalid or missing: ${invalidFields(input.error).join(', ')}.`);
      const order = await resolveOrder(request);
      if (!order.ok) return order.response;
      try {
        const payment = await client.createPayment({
          order_id: order.orderId,
          method: 'card',
          card: input.data.card,
          callback_url: options.callbackUrl ?? new URL(`${basePath}/callback`, request.url).href,
        });
        await payments.remember(payment.payment_id, order.orderId);
        return jsonResponse(payment);
      } catch (error) {
        return apiErrorResponse(error);
      }
    },

    async status(request, paymentId) {
      if (request.method !== 'GET' && request.method !== 'HEAD') return methodNotAllowed('GET');
      const id = paymentId ?? decodeSegment(new URL(request.url).pathname.split('/').pop() ?? '');
      if (!z.safeParse(pathIdSchema, id).success) return errorResponse(400, 'invalid_payment_id', 'The payment id is missing or malformed.');
      try {
        return jsonResponse(await client.getPayment(id));
      } catch (error) {
        return apiErrorResponse(error, { notFound: true });
      }
    },

    async order(request) {
      if (request.method !== 'POST') return methodNotAllowed('POST');
      const order = await resolveOrder(request);
      return order.ok ? jsonResponse({ order_id: order.orderId }) : order.response;
    },

    async callback(request) {
      if (request.method !== 'GET') return methodNotAllowed('GET');
      const url = new URL(request.url);
      const returnUrl = new URL(options.returnUrl, url);
      const refuse = () => {
        const target = new URL(returnUrl);
        target.searchParams.set('error', 'invalid_signature');
        return seeOther(target.href);
      };
      const fields = callbackQueryRecord(url.searchParams);
      const paymentId = fields?.payment_id ?? fields?.paymentId;
      if (!fields || !paymentId || !z.safeParse(pathIdSchema, paymentId).success) return refuse();
      const orderId = await orderOfPayment(paymentId);
      if (!orderId) return refuse();
      const { valid, result } = await verifyGlomoCallback(url.searchParams, { secretKey: options.secretKey, orderId });
      if (!valid) return refuse();
      const target = new URL(returnUrl);
      target.searchParams.set('order_id', orderId);
      target.searchParams.set('payment_id', paymentId);
      target.searchParams.set('status', fields.status!);
      target.searchParams.set('signature', result.signature!);
      if (fields.error !== undefined) target.searchParams.set('error', fields.error);
      target.searchParams.set('verified', '1');
      return seeOther(target.href);
    },

    async fetch(request) {
      try {
        const path = new URL(request.url).pathname;
        if (basePath && path !== basePath && !path.startsWith(`${basePath}/`)) return errorResponse(404, 'not_found', 'No such endpoint.');
        const rest = path.slice(basePath.length);
        if (rest === '/payment') return await routes.payment(request);
        if (rest === '/order') return await routes.order(request);
        if (rest === '/callback') return await routes.callback(request);
        const status = /^\/payment\/([^/]+)$/.exec(rest);
        if (status) return await routes.status(request, decodeSegment(status[1]!));
        return errorResponse(404, 'not_found', 'No such endpoint.');
      } catch {
        return errorResponse(500, 'internal_error', 'The request could not be processed.');
      }
    },
  };

  /** The order this server created the payment for; else Glomo's own record of it (another instance created it). */
  async function orderOfPayment(paymentId: string): Promise<string | undefined> {
    try {
      const remembered = await payments.orderOf(paymentId);
      if (remembered) return remembered;
      return (await client.getPayment(paymentId)).order_id;
    } catch {
      return undefined;
    }
  }

  return routes;
}

/** A path segment decoded, or "" when its escapes are broken (so it fails validation instead of throwing). */
function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return '';
  }
}

import * as z from 'zod/mini';
import { toSibsCustomerPhone, type SibsWebhookPayload } from '../../providers/sibs/sibs-schemas.js';
import { errorResponse, jsonResponse, methodNotAllowed, readJsonBody } from '../http.js';
import { SibsApiError } from './sibs-api-error.js';
import { createSibsClient, type SibsClient, type SibsClientOptions } from './sibs-client.js';
import { invalidFields, pathIdSchema } from '../route-input.js';
import { sibsOrderSchema, sibsPaymentBodySchema, type SibsOrder } from './sibs-route-input.js';
import { decryptSibsWebhook, sibsWebhookAck } from './sibs-webhook.js';

export type { SibsOrder } from './sibs-route-input.js';

export interface SibsRoutesOptions extends SibsClientOptions {
  /** The order a payment is for, priced by the merchant's own session: `{ amount, currency }` in minor units, optionally `orderId`. */
  order: (request: Request) => SibsOrder | Promise<SibsOrder>;
  /** The 3-D Secure return page; relative URLs resolve against the payment request (sandbox extension of the create call). */
  returnUrl?: string;
  /** Multibanco: the merchant's entity (5 digits) and how many days a reference stays payable (default 3). Without it, `multibanco` is refused. */
  reference?: { entity: string; validityDays?: number };
  /** The webhook secret from SIBS Backoffice (base64 of 32 bytes): enables the `webhook` route. */
  webhookSecret?: string;
  /** Called with each genuine, decrypted notification before it is acknowledged. */
  onNotification?: (notification: SibsWebhookPayload) => void | Promise<void>;
  /** Where `fetch` is mounted (default `/`): it serves `<basePath>/payment`, `/payment/{id}`, `/webhook`. */
  basePath?: string;
}

/** Fetch-standard handlers (`Request → Promise<Response>`) for the endpoints the SIBS elements call. */
export interface SibsRoutes {
  /** `POST { method: 'card' | 'mbway' | 'multibanco', … }` → SIBS's purchase / generate response (never the signature). */
  payment(request: Request): Promise<Response>;
  /** `GET` → SIBS's status object; the id from `transactionID` or the path's last segment. */
  status(request: Request, transactionID?: string): Promise<Response>;
  /** `POST` SIBS's encrypted notification → 200 and SIBS's acknowledgement, or 400 when it is not genuine. */
  webhook(request: Request): Promise<Response>;
  /** All of the above under `basePath`. */
  fetch(request: Request): Promise<Response>;
}

const BODY_LIMIT = 8 * 1024;
const WEBHOOK_LIMIT = 64 * 1024;

/** A SIBS failure as the merchant endpoint's answer: the shopper's request refused, or the provider unavailable. */
function apiErrorResponse(error: unknown, { notFound = false } = {}): Response {
  if (!(error instanceof SibsApiError)) return errorResponse(500, 'internal_error', 'The payment could not be processed.');
  if (error.code === 'invalid_request') return errorResponse(400, 'invalid_request', error.message);
  if (error.status === 404 && notFound) return errorResponse(404, 'not_found', 'No such payment.');
  if ([400, 409, 422].includes(error.status)) return errorResponse(error.status === 409 ? 409 : 400, 'provider_rejected', error.message);
  if (error.status === 401 || error.status === 403) return errorResponse(502, 'provider_auth', 'The payment provider refused the shop\'s credentials.');
  if (error.code === 'timeout') return errorResponse(504, 'timeout', 'The payment provider did not answer in time.');
  return errorResponse(502, error.code === 'invalid_response' ? 'invalid_response' : 'provider_unavailable', 'The payment provider is unavailable.');
}

/**
 * The merchant endpoints of the SIBS SPG server-to-server flows (card with 3-D Secure, MB WAY,
 * Multibanco): `payment` creates the checkout for the server-priced order and makes the method
 * call, `status` relays SIBS's status, `webhook` decrypts SIBS's notifications. Bad input is a JSON
 * `{ error: { code, message } }` with a 4xx status; nothing here throws at the caller; card data is
 * never logged nor echoed.
 */
export function createSibsRoutes(options: SibsRoutesOptions): SibsRoutes {
  const client: SibsClient = createSibsClient(options);
  if (typeof options.order !== 'function') throw new TypeError('createSibsRoutes: `order` must be a function of the request');
  if (options.reference && !/^\d{5}$/.test(options.reference.entity)) throw new TypeError('createSibsRoutes: reference.entity must be 5 digits');
  const basePath = `/${(options.basePath ?? '/').replace(/^\/+|\/+$/g, '')}`.replace(/^\/$/, '');

  async function priceOrder(request: Request): Promise<SibsOrder | Response> {
    let order: unknown;
    try {
      order = await options.order(request);
    } catch {
      return errorResponse(500, 'order_failed', 'The shop could not prepare the order.');
    }
    const parsed = z.safeParse(sibsOrderSchema, order);
    return parsed.success ? parsed.data : errorResponse(500, 'invalid_config', 'order(request) must return { amount, currency } (integer minor units, ISO 4217).');
  }

  const routes: SibsRoutes = {
    async payment(request) {
      if (request.method !== 'POST') return methodNotAllowed('POST');
      const body = await readJsonBody(request.clone(), BODY_LIMIT);
      if (!body.ok) return errorResponse(body.status, body.code, body.message);
      const input = z.safeParse(sibsPaymentBodySchema, body.value);
      if (!input.success) {
        const fields = invalidFields(input.error);
        const code = fields.some((field) => field.startsWith('card')) ? 'invalid_card' : 'invalid_request';
        return errorResponse(400, code, `Invalid or missing: ${fields.join(', ')}.`);
      }
      const phone = input.data.method === 'mbway' ? toSibsCustomerPhone(input.data.customerPhone.replace('#', '')) : null;
      if (input.data.method === 'mbway' && !phone) return errorResponse(400, 'invalid_phone', 'customerPhone must be a Portuguese mobile number (351#9XXXXXXXX).');
      if (input.data.method === 'multibanco' && !options.reference) return errorResponse(400, 'invalid_request', 'Multibanco is not enabled for this shop.');
      const order = await priceOrder(request);
      if (order instanceof Response) return order;
      try {
        const method = input.data.method === 'card' ? 'CARD' : input.data.method === 'mbway' ? 'MBWAY' : 'REFERENCE';
        const checkout = await client.createPayment({
          amount: { amount: order.amount, currency: order.currency },
          merchantTransactionId: order.orderId ?? crypto.randomUUID().replace(/-/g, '').slice(0, 32),
          description: order.description,
          methods: [method],
          returnUrl: options.returnUrl === undefined ? undefined : new URL(options.returnUrl, request.url).href,
          reference: method === 'REFERENCE'
            ? { entity: options.reference!.entity, expiresAt: new Date(Date.now() + (options.reference!.validityDays ?? 3) * 86_400_000) }
            : undefined,
        });
        // The signature authorises purchases on this checkout: it stays here, only the outcome goes back.
        if (input.data.method === 'card') return jsonResponse(await client.cardPurchase(checkout, input.data.card));
        if (input.data.method === 'mbway') return jsonResponse(await client.mbwayPurchase(checkout, phone!));
        return jsonResponse(await client.generateReference(checkout));
      } catch (error) {
        return apiErrorResponse(error);
      }
    },

    async status(request, transactionID) {
      if (request.method !== 'GET' && request.method !== 'HEAD') return methodNotAllowed('GET');
      const id = transactionID ?? decodeSegment(new URL(request.url).pathname.split('/').pop() ?? '');
      if (!z.safeParse(pathIdSchema, id).success) return errorResponse(400, 'invalid_payment_id', 'The payment id is missing or malformed.');
      try {
        return jsonResponse(await client.getStatus(id));
      } catch (error) {
        return apiErrorResponse(error, { notFound: true });
      }
    },

    async webhook(request) {
      if (!options.webhookSecret) return errorResponse(404, 'not_found', 'No such endpoint.');
      if (request.method !== 'POST') return methodNotAllowed('POST');
      const text = await request.text().catch(() => null);
      if (text === null || text.length > WEBHOOK_LIMIT) return errorResponse(400, 'invalid_webhook', 'The notification could not be read.');
      const result = await decryptSibsWebhook(text, request.headers, options.webhookSecret);
      if (!result.ok) return errorResponse(400, 'invalid_webhook', `The notification was rejected: ${result.reason}.`);
      try {
        await options.onNotification?.(result.notification);
      } catch {
        // Not acknowledged: SIBS sends it again later.
        return errorResponse(500, 'internal_error', 'The notification could not be processed.');
      }
      return jsonResponse(sibsWebhookAck(result.notification.notificationID));
    },

    async fetch(request) {
      try {
        const path = new URL(request.url).pathname;
        if (basePath && path !== basePath && !path.startsWith(`${basePath}/`)) return errorResponse(404, 'not_found', 'No such endpoint.');
        const rest = path.slice(basePath.length);
        if (rest === '/payment') return await routes.payment(request);
        if (rest === '/webhook') return await routes.webhook(request);
        const status = /^\/payment\/([^/]+)$/.exec(rest);
        if (status) return await routes.status(request, decodeSegment(status[1]!));
        return errorResponse(404, 'not_found', 'No such endpoint.');
      } catch {
        return errorResponse(500, 'internal_error', 'The request could not be processed.');
      }
    },
  };
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

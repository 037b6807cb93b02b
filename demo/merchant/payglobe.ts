/**
 * The demo shop's PayGlobe endpoints under `<basePath>/…`, against the local sandbox, built
 * with `pay-elements/server` as a merchant would. The shop hosts the meal-voucher step itself
 * (the wrapper API's `callbackUrl`) with `<pay-voucher-choice>` on demo/payglobe-voucher.html:
 * - `POST <basePath>/payment` `{ page }`: prices the cart (€150.00; `?amount=&currency=` test
 *   override, minor units), calls `POST /api/payment/init` and answers `{ transactionId, redirectUrl }`.
 *   `page` is the shop page's own path: the voucher step, the return and the error page.
 * - `GET <basePath>/payment/{id}`: the transaction, amounts as Money (minor units).
 * - `POST <basePath>/payment/{id}/voucher-choice` `{ paymentMethod, voucher: Money }` (the
 *   `pay-voucher-submit` detail): submits the choice → `{ nextUrl }` (the sandbox's OTP/capture page).
 * - `POST <basePath>/webhook`: verifies with `verifyPayGlobeWebhook` and records the event;
 *   `GET <basePath>/webhooks?transactionId=` lists what was recorded (and how many were refused).
 */
import * as z from 'zod/mini';
import { fromPayGlobeAmount } from '../../src/providers/payglobe/amount.js';
import { createPayGlobeClient, PayGlobeApiError, verifyPayGlobeWebhook, type PayGlobeTransaction } from '../../src/server/index.js';
import { errorResponse, jsonResponse, readJsonBody } from '../../src/server/http.js';

/** The sandbox accepts any `sk_test_…` key; its webhook secret is `whsec_test_` + the rest. */
export const DEMO_PAYGLOBE_SECRET_KEY = 'sk_test_pay_elements_demo';
export const DEMO_PAYGLOBE_WEBHOOK_SECRET = 'whsec_test_pay_elements_demo';

export interface PayGlobeMerchantOptions {
  /** The provider sandbox's origin. */
  sandboxOrigin: string;
  /** Path prefix of the shop's endpoints, e.g. `/merchant/payglobe`. */
  basePath: string;
}

const moneySchema = z.object({ amount: z.number().check(z.int(), z.nonnegative()), currency: z.string().check(z.regex(/^[A-Z]{3}$/)) });
const voucherChoiceSchema = z.object({ paymentMethod: z.enum(['CARD_ONLY', 'CARD_AND_VOUCHER', 'VOUCHER_ONLY']), voucher: moneySchema });
const startSchema = z.object({ page: z.string().check(z.regex(/^\/(?!\/)[\w\-./]*\.html$/)) });

interface RecordedEvent {
  id: string;
  type: string;
  transactionId: string | null;
  status: string | null;
  cardAmount: number | null;
  voucherAmount: number | null;
}

/** The shop's view of a transaction: PayGlobe's decimals turned into the library's Money. */
function shopView(transaction: PayGlobeTransaction) {
  const currency = transaction.currency ?? 'EUR';
  const money = (value: number | undefined) => (value === undefined ? null : fromPayGlobeAmount(value, currency));
  return {
    transactionId: transaction.transactionId,
    status: transaction.status,
    paymentMethod: transaction.breakdown.paymentMethod,
    total: money(transaction.totalAmount),
    card: money(transaction.breakdown.cardAmount),
    voucher: money(transaction.breakdown.voucherAmount),
    ...(transaction.errorMessage ? { errorMessage: transaction.errorMessage } : {}),
  };
}

function apiFailure(error: unknown): Response {
  if (error instanceof PayGlobeApiError) return errorResponse(error.status >= 400 && error.status < 500 ? error.status : 502, 'payglobe_error', error.message);
  if (error instanceof RangeError) return errorResponse(400, 'invalid_request', error.message);
  throw error;
}

/** A fetch-standard handler for `<basePath>/…`, or null for any other path. */
export function createPayGlobeMerchant(options: PayGlobeMerchantOptions): (request: Request) => Promise<Response | null> {
  const { basePath } = options;
  const client = createPayGlobeClient({ secretKey: DEMO_PAYGLOBE_SECRET_KEY, baseUrl: options.sandboxOrigin });
  const events: RecordedEvent[] = [];
  let refused = 0;

  async function start(request: Request): Promise<Response> {
    const body = await readJsonBody(request, 4096);
    if (!body.ok) return errorResponse(body.status, body.code, body.message);
    const parsed = startSchema.safeParse(body.value);
    if (!parsed.success) return errorResponse(400, 'invalid_request', 'page must be this shop\'s page path (/….html).');
    const url = new URL(request.url);
    const page = url.origin + parsed.data.page;
    try {
      const init = await client.initPayment({
        amount: { amount: Number(url.searchParams.get('amount') ?? 15000), currency: url.searchParams.get('currency') ?? 'EUR' },
        description: 'pay-elements demo: lunch order',
        notifyUrl: `${url.origin}${basePath}/webhook`,
        callbackUrl: `${page}?transactionId={transactionId}`,
        returnUrl: page,
        errorUrl: page,
      });
      return jsonResponse({ transactionId: init.transactionId, redirectUrl: init.redirectUrl }, 201);
    } catch (error) {
      return apiFailure(error);
    }
  }

  async function submitChoice(request: Request, transactionId: string): Promise<Response> {
    const body = await readJsonBody(request, 4096);
    if (!body.ok) return errorResponse(body.status, body.code, body.message);
    const parsed = voucherChoiceSchema.safeParse(body.value);
    if (!parsed.success) return errorResponse(400, 'invalid_request', 'Send { paymentMethod, voucher: { amount, currency } } as pay-voucher-submit gives them.');
    try {
      const answer = await client.submitVoucherChoice(transactionId, parsed.data);
      // The shopper goes on only to the provider's own pages.
      if (!answer.nextUrl || new URL(answer.nextUrl).origin !== new URL(options.sandboxOrigin).origin) {
        return errorResponse(502, 'invalid_response', 'PayGlobe did not say where the payment continues.');
      }
      return jsonResponse({ nextUrl: answer.nextUrl });
    } catch (error) {
      return apiFailure(error);
    }
  }

  async function receiveWebhook(request: Request): Promise<Response> {
    const rawBody = await request.text();
    const result = await verifyPayGlobeWebhook(rawBody, request.headers, DEMO_PAYGLOBE_WEBHOOK_SECRET);
    if (!result.ok) {
      refused += 1;
      return errorResponse(400, result.reason, result.message);
    }
    const payment = result.event.data.object;
    events.push({
      id: result.event.id,
      type: result.event.type,
      transactionId: payment.transactionId ?? null,
      status: payment.status ?? null,
      cardAmount: payment.cardAmount ?? null,
      voucherAmount: payment.voucherAmount ?? null,
    });
    return jsonResponse({ received: true });
  }

  return async (request) => {
    const path = new URL(request.url).pathname;
    if (path !== basePath && !path.startsWith(`${basePath}/`)) return null;
    const rest = path.slice(basePath.length);
    const method = request.method;
    if (rest === '/payment' && method === 'POST') return start(request);
    if (rest === '/webhook' && method === 'POST') return receiveWebhook(request);
    if (rest === '/webhooks' && method === 'GET') {
      const transactionId = new URL(request.url).searchParams.get('transactionId');
      return jsonResponse({ events: events.filter((event) => !transactionId || event.transactionId === transactionId), refused });
    }
    const match = /^\/payment\/([\w-]{1,100})(\/voucher-choice)?$/.exec(rest);
    if (match && !match[2] && method === 'GET') {
      try {
        return jsonResponse(shopView(await client.getTransaction(match[1]!)));
      } catch (error) {
        return apiFailure(error);
      }
    }
    if (match && match[2] && method === 'POST') return submitChoice(request, match[1]!);
    return errorResponse(404, 'not_found', 'No such PayGlobe endpoint in the demo shop.');
  };
}

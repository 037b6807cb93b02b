/**
 * The demo shop's PayGlocal endpoints, built from `pay-elements/server` as a merchant would:
 * - `POST <basePath>/payment` — prices the cart on the server (INR 1,500.00; `?amount=` minor
 *   units and `?currency=` are test overrides), initiates a PayCollect payment on the sandbox
 *   and answers `{ redirectUrl, gid, merchantTxnId }` for `<pay-payglocal-checkout>`. The JSON
 *   body may carry `returnUrl`: the shop's result page, accepted on this origin only.
 * - `POST <basePath>/callback` — PayGlocal's form post: verifies `x-gl-token` (RS256, the
 *   sandbox's published key set), asks the status API when the token carries ids only, ignores a
 *   repeated callback, then sends the shopper (303) to the result page with `?merchantTxnId=`.
 * - `GET <basePath>/payment/{merchantTxnId}` — the order as the shop recorded it, for that page.
 */
import type { JSONWebKeySet } from 'jose';
import {
  createPayGlocalCallbackGuard,
  createPayGlocalClient,
  payglocalPaymentStatus,
  verifyPayGlocalToken,
  type PayGlocalTokenVerification,
} from '../../src/server/payglocal/index.js';
import type { PaymentStatus } from '../../src/core/types.js';

/** The demo shop's sandbox API key: base64 of `<merchantId>:<keyId>`, the shape of PayGlocal's keys. */
export const DEMO_PAYGLOCAL_API_KEY = btoa('payelementsdemo:kId-demo0000000001');

/** A demo result page path, when the page that started the payment named none (the `npm start` layout). */
const DEFAULT_RESULT_PAGE = '/payglocal-result.html';

export interface PayGlocalMerchantOptions {
  /** The provider sandbox's origin. */
  sandboxOrigin: string;
  /** Path prefix of the shop's endpoints, e.g. `/merchant/payglocal`. */
  basePath: string;
}

interface ShopOrder {
  merchantTxnId: string;
  gid: string;
  amount: number;
  currency: string;
  returnUrl: string;
  status: PaymentStatus;
  providerStatus: string | null;
  /** Where the recorded status came from. */
  source: 'none' | 'callback' | 'status-api';
  callbacks: number;
  duplicates: number;
}

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' } });
const error = (status: number, code: string, message: string) => json({ error: { code, message } }, status);
const page = (status: number, title: string, message: string) =>
  new Response(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body><main><h1>${title}</h1><p>${message}</p></main></body></html>`,
    { status, headers: { 'content-type': 'text/html; charset=utf-8' } });

function decimals(currency: string): number {
  try {
    return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
  } catch {
    return 2;
  }
}

/** The cart's price: INR 1,500.00 unless a test asks otherwise. */
function price(url: URL): { amount: number; currency: string } | null {
  const amount = Number(url.searchParams.get('amount') ?? 150_000);
  const currency = url.searchParams.get('currency') ?? 'INR';
  if (!Number.isSafeInteger(amount) || amount <= 0 || !/^[A-Z]{3}$/.test(currency)) return null;
  return { amount, currency };
}

/** The page's own result page, if it named one on this origin. */
async function returnUrlOf(request: Request, url: URL): Promise<string> {
  const body = (await request.json().catch(() => null)) as { returnUrl?: unknown } | null;
  let candidate: URL | null = null;
  try {
    if (typeof body?.returnUrl === 'string') candidate = new URL(body.returnUrl, url);
  } catch {
    // not a URL: the default page
  }
  return candidate && candidate.origin === url.origin ? candidate.href : new URL(DEFAULT_RESULT_PAGE, url).href;
}

export function createPayGlocalMerchant(options: PayGlocalMerchantOptions): (request: Request) => Promise<Response | null> {
  const { basePath, sandboxOrigin } = options;
  const client = createPayGlocalClient({ apiKey: DEMO_PAYGLOCAL_API_KEY, baseUrl: sandboxOrigin });
  const guard = createPayGlocalCallbackGuard();
  const orders = new Map<string, ShopOrder>();
  const byGid = new Map<string, string>();
  // A real shop configures PayGlocal's public key; the demo fetches the sandbox's once.
  let keySet: Promise<JSONWebKeySet> | null = null;
  const jwks = () => (keySet ??= fetch(`${sandboxOrigin}/payglocal/.well-known/jwks.json`).then((r) => r.json() as Promise<JSONWebKeySet>));

  async function createPayment(request: Request, url: URL): Promise<Response> {
    const cart = price(url);
    if (!cart) return error(400, 'invalid_request', 'amount must be positive minor units and currency an ISO 4217 code.');
    const returnUrl = await returnUrlOf(request, url);
    const merchantTxnId = `shop_${crypto.randomUUID().replace(/-/g, '').slice(0, 20)}`;
    const digits = decimals(cart.currency);
    try {
      const started = await client.initiate({
        merchantTxnId,
        paymentData: { totalAmount: (cart.amount / 10 ** digits).toFixed(digits), txnCurrency: cart.currency },
        merchantCallbackURL: new URL(`${basePath}/callback`, url).href,
      });
      orders.set(merchantTxnId, { merchantTxnId, gid: started.gid, ...cart, returnUrl, status: 'pending', providerStatus: null, source: 'none', callbacks: 0, duplicates: 0 });
      byGid.set(started.gid, merchantTxnId);
      return json({ redirectUrl: started.data.redirectUrl, gid: started.gid, merchantTxnId });
    } catch (failure) {
      return error(502, 'provider_error', `PayGlocal refused the payment: ${(failure as Error).message}`);
    }
  }

  /** The order a verified token speaks of, with the status it carries (or the status API's). */
  async function outcomeOf(verified: Extract<PayGlocalTokenVerification, { ok: true }>) {
    if (verified.kind === 'result') {
      const order = orders.get(verified.merchantTxnId);
      if (!order || order.gid !== verified.gid) return null;
      return { order, status: verified.status, providerStatus: verified.providerStatus, source: 'callback' as const };
    }
    const order = orders.get(byGid.get(verified.gid) ?? '');
    if (!order) return null;
    const current = await client.status(verified.gid);
    return { order, status: payglocalPaymentStatus(current.status), providerStatus: current.status, source: 'status-api' as const };
  }

  async function callback(request: Request): Promise<Response> {
    const form = await request.formData().catch(() => null);
    const verified = await verifyPayGlocalToken(form?.get('x-gl-token'), { jwks: await jwks() });
    if (!verified.ok) return page(400, 'Payment result refused', `The payment result could not be verified (${verified.reason}).`);
    const outcome = await outcomeOf(verified).catch(() => null);
    if (!outcome) return page(404, 'Unknown payment', 'This shop has no such order.');
    const { order } = outcome;
    order.callbacks += 1;
    if (await guard.isDuplicate(order.merchantTxnId)) {
      order.duplicates += 1; // already processed: don't mark the order twice, just show it
    } else {
      Object.assign(order, { status: outcome.status, providerStatus: outcome.providerStatus, source: outcome.source });
    }
    const destination = new URL(order.returnUrl);
    destination.searchParams.set('merchantTxnId', order.merchantTxnId);
    return new Response(null, { status: 303, headers: { location: destination.href, 'cache-control': 'no-store' } });
  }

  return async (request) => {
    const url = new URL(request.url);
    if (!url.pathname.startsWith(`${basePath}/`)) return null;
    const rest = url.pathname.slice(basePath.length + 1);
    if (rest === 'payment') return request.method === 'POST' ? createPayment(request, url) : error(405, 'method_not_allowed', 'Use POST.');
    if (rest === 'callback') return request.method === 'POST' ? callback(request) : error(405, 'method_not_allowed', 'Use POST.');
    const match = /^payment\/([A-Za-z0-9_-]{1,60})$/.exec(rest);
    if (match && request.method === 'GET') {
      const order = orders.get(match[1]!);
      if (!order) return error(404, 'not_found', 'No such order.');
      const { returnUrl: _, ...view } = order;
      return json(view);
    }
    return error(404, 'not_found', 'No such endpoint.');
  };
}

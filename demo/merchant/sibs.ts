import { createSibsRoutes, type SibsWebhookPayload } from '../../src/server/index.js';

/** The demo shop's SIBS SPG credentials: the sandbox accepts any token, bound to its client id on first use. */
export const DEMO_SIBS_TOKEN = 'sandbox-demo-shop-sibs-auth-token';
export const DEMO_SIBS_CLIENT_ID = '5e2c7a10-9b1d-4c3e-8f6a-2d4b6c8e0a1f';
export const DEMO_SIBS_TERMINAL_ID = 55711;
export const DEMO_SIBS_ENTITY = '24000';
/** The webhook key the demo shop registers with the sandbox (SIBS Backoffice hands one out; base64 of 32 bytes). */
export const DEMO_SIBS_WEBHOOK_SECRET = 'cGF5LWVsZW1lbnRzIGRlbW8gc2hvcCBzaWJzIGtleSE=';
/** The 3-D Secure return page on the shop's origin: demo/sibs-return.html as `npm start` serves it (the test server: `/demo/sibs-return.html`). */
export const DEMO_SIBS_RETURN_PATH = '/sibs-return.html';

/** The demo shop's Sibs endpoints under `<basePath>/sibs/…`, against the local sandbox. */
export interface SibsMerchantOptions {
  /** The provider sandbox's origin. */
  sandboxOrigin: string;
  /** Path prefix of the shop's endpoints, e.g. `/merchant/sibs`. */
  basePath: string;
  /** Where 3-D Secure returns the shopper (default `/sibs-return.html`; relative to the shop's origin). */
  returnUrl?: string;
}

/**
 * A fetch-standard handler for `<basePath>/…` (`payment`, `payment/{transactionID}`, `webhook`), or
 * null for any other path. The cart is priced on the server: €50.00 unless a test asks for another
 * amount with `?amount=` (minor units). On its first request the shop registers its webhook URL with
 * the sandbox, as a merchant does once in SIBS Backoffice; the last notifications are kept in memory.
 */
export function createSibsMerchant(options: SibsMerchantOptions): (request: Request) => Promise<Response | null> {
  const basePath = options.basePath.replace(/\/+$/, '');
  const notifications: SibsWebhookPayload[] = [];
  const routes = createSibsRoutes({
    token: DEMO_SIBS_TOKEN,
    clientId: DEMO_SIBS_CLIENT_ID,
    terminalId: DEMO_SIBS_TERMINAL_ID,
    baseUrl: options.sandboxOrigin,
    basePath,
    returnUrl: options.returnUrl ?? DEMO_SIBS_RETURN_PATH,
    reference: { entity: DEMO_SIBS_ENTITY, validityDays: 3 },
    webhookSecret: DEMO_SIBS_WEBHOOK_SECRET,
    onNotification: (notification) => {
      notifications.unshift(notification);
      notifications.length = Math.min(notifications.length, 50);
    },
    order: (request) => {
      const query = new URL(request.url).searchParams;
      return { amount: Number(query.get('amount') ?? 5000), currency: 'EUR' };
    },
  });

  let registered: Promise<boolean> | null = null;
  function registerWebhook(origin: string): void {
    registered ??= fetch(`${options.sandboxOrigin}/__sandbox/sibs/webhooks`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ clientId: DEMO_SIBS_CLIENT_ID, url: `${origin}${basePath}/webhook`, secret: DEMO_SIBS_WEBHOOK_SECRET }),
    }).then((response) => response.ok, () => false).then((ok) => {
      if (!ok) registered = null; // try again with the next request
      return ok;
    });
  }

  return async (request) => {
    const url = new URL(request.url);
    if (url.pathname !== basePath && !url.pathname.startsWith(`${basePath}/`)) return null;
    registerWebhook(url.origin);
    if (url.pathname === `${basePath}/notifications` && request.method === 'GET') {
      return new Response(JSON.stringify({ notifications }), { headers: { 'content-type': 'application/json', 'cache-control': 'no-store' } });
    }
    return routes.fetch(request);
  };
}

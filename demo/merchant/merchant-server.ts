/**
 * The demo shop's own server: the merchant endpoints the elements call, mounted from
 * `pay-elements/server` exactly as a merchant would, against the local provider sandbox.
 * `npm start` serves it inside the demo's dev server, and the end-to-end tests inside the
 * test server, both on the page's own origin (the sandbox has another one, as a real
 * provider does).
 */
import { createGlomoRoutes } from '../../src/server/index.js';
import { createPayGlobeMerchant } from './payglobe.js';
import { createPayGlocalMerchant } from './payglocal.js';
import { createSibsMerchant } from './sibs.js';

/** The sandbox accepts any `sk_test_…` key: this one is the demo shop's. */
export const DEMO_GLOMO_SECRET_KEY = 'sk_test_pay_elements_demo';
export const DEMO_GLOMO_PUBLIC_KEY = 'pk_test_pay_elements_demo';

export interface DemoMerchantOptions {
  /** The provider sandbox's origin (`http://127.0.0.1:5174` under `npm start`). */
  sandboxOrigin: string;
  /** Where the shop's return page is served (`/glomo-return.html` in the demo). */
  glomoReturnUrl: string;
  /** Where the shop's SIBS 3-D Secure return page is served (default `/sibs-return.html`). */
  sibsReturnUrl?: string;
  /** Path prefix of every merchant endpoint (default `/merchant`). */
  basePath?: string;
}

/**
 * A fetch-standard handler for `<basePath>/glomo/…` (`payment`, `payment/{id}`, `order`,
 * `callback`), or null for any other path. The demo cart is priced on the server: €50.00 unless a
 * test asks for another amount with `?amount=` (a real shop prices its own cart, never the browser).
 */
export function createDemoMerchant(options: DemoMerchantOptions): (request: Request) => Promise<Response | null> {
  const basePath = options.basePath ?? '/merchant';
  const glomo = createGlomoRoutes({
    secretKey: DEMO_GLOMO_SECRET_KEY,
    baseUrl: options.sandboxOrigin,
    basePath: `${basePath}/glomo`,
    returnUrl: options.glomoReturnUrl,
    order: (request) => {
      const query = new URL(request.url).searchParams;
      return { amount: Number(query.get('amount') ?? 5000), currency: query.get('currency') ?? 'EUR' };
    },
  });
  const providers = [
    createPayGlobeMerchant({ sandboxOrigin: options.sandboxOrigin, basePath: `${basePath}/payglobe` }),
    createSibsMerchant({ sandboxOrigin: options.sandboxOrigin, basePath: `${basePath}/sibs`, returnUrl: options.sibsReturnUrl }),
    createPayGlocalMerchant({ sandboxOrigin: options.sandboxOrigin, basePath: `${basePath}/payglocal` }),
  ];
  return async (request) => {
    const path = new URL(request.url).pathname;
    if (path === `${basePath}/glomo` || path.startsWith(`${basePath}/glomo/`)) return glomo.fetch(request);
    for (const provider of providers) {
      const response = await provider(request);
      if (response) return response;
    }
    return null;
  };
}

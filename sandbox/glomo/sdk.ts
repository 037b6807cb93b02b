import { Hono } from 'hono';
import type { SandboxEnv } from '../faults.js';

/**
 * The Checkout SDK stand-in (https://glomopay-checkout-sdk.web.app/index.js in production): an ES
 * module exporting `GlomoCheckoutApi`, plus the small scripts of the hosted checkout pages.
 *
 * Query parameters of the SDK URL named `checkout.<name>` are passed on to the checkout URL as
 * `<name>`, so a test can give the popup its own switches without shared state:
 * `index.js?checkout.__coop=same-origin` opens a checkout served with that COOP.
 */
function sdkModule(checkoutQuery: Record<string, string>): string {
  return `// Glomo Checkout SDK — local sandbox stand-in.
const SANDBOX_ORIGIN = new URL(import.meta.url).origin;
const CHECKOUT_QUERY = ${JSON.stringify(checkoutQuery)};
const EVENTS = ['payment.success', 'payment.failure', 'payment.bank_transfer_submitted'];

export class GlomoCheckoutApi {
  #orderId; #publicKey; #callbackUrl; #popup = null; #listening = false;
  #handlers = new Map(EVENTS.map((name) => [name, []]));

  constructor(options) {
    if (!options || typeof options.orderId !== 'string' || !options.orderId) throw new TypeError('GlomoCheckoutApi: orderId is required');
    if (typeof options.publicKey !== 'string' || !options.publicKey) throw new TypeError('GlomoCheckoutApi: publicKey is required');
    if (options.callbackUrl !== undefined && typeof options.callbackUrl !== 'string') throw new TypeError('GlomoCheckoutApi: callbackUrl must be a string');
    this.#orderId = options.orderId;
    this.#publicKey = options.publicKey;
    this.#callbackUrl = options.callbackUrl || undefined;
  }

  /** Adds a handler for 'payment.success', 'payment.failure' or 'payment.bank_transfer_submitted'. */
  on(event, handler) {
    if (!this.#handlers.has(event)) throw new TypeError('GlomoCheckoutApi: unknown event ' + String(event));
    if (typeof handler !== 'function') throw new TypeError('GlomoCheckoutApi: handler must be a function');
    this.#handlers.get(event).push(handler);
    return this;
  }

  /** Opens the hosted checkout in a popup; returns the popup window (null when blocked). */
  open() {
    const url = new URL('/glomo/checkout', SANDBOX_ORIGIN);
    for (const [name, value] of Object.entries(CHECKOUT_QUERY)) url.searchParams.set(name, value);
    url.searchParams.set('orderId', this.#orderId);
    url.searchParams.set('publicKey', this.#publicKey);
    url.searchParams.set('origin', window.location.origin);
    if (this.#callbackUrl) url.searchParams.set('callbackUrl', this.#callbackUrl);
    if (!this.#listening) {
      window.addEventListener('message', this.#onMessage);
      this.#listening = true;
    }
    this.#popup = window.open(url.href, 'glomo-checkout', 'popup,width=480,height=720');
    return this.#popup;
  }

  #onMessage = (event) => {
    // Only the checkout popup this instance opened, from the checkout's own origin.
    if (event.origin !== SANDBOX_ORIGIN || !this.#popup || event.source !== this.#popup) return;
    const data = event.data;
    if (!data || data.source !== 'glomo-checkout' || !this.#handlers.has(data.event)) return;
    // With a callbackUrl the checkout redirects instead: success and failure never fire.
    if (this.#callbackUrl && data.event !== 'payment.bank_transfer_submitted') return;
    for (const handler of this.#handlers.get(data.event)) {
      try { handler(data.payload); } catch (error) { reportError(error); }
    }
  };
}
`;
}

/** Fault `malformed` for the SDK: a module that loads but lacks `GlomoCheckoutApi`. */
const MALFORMED_SDK_MODULE = `// Glomo Checkout SDK — sandbox fault "malformed": wrong exports.
export class GlomoCheckout {}
export default 42;
`;

/** The hosted checkout's script: the Cancel button closes the popup (the shopper gives up). */
const CHECKOUT_SCRIPT = `document.getElementById('glomo-checkout-cancel')?.addEventListener('click', () => window.close());
`;

/** The result page's script: hand the result to the opener at its exact origin, then close. */
const CHECKOUT_RESULT_SCRIPT = `const result = document.getElementById('glomo-checkout-result');
const status = document.getElementById('glomo-checkout-status');
const message = JSON.parse(result.dataset.message);
if (window.opener) {
  window.opener.postMessage(message, result.dataset.openerOrigin);
  status.textContent = 'Done: this window closes itself.';
  setTimeout(() => window.close(), 500);
} else {
  // COOP (on either side) cut the link to the merchant's page: nothing can be delivered.
  status.textContent = "This window lost its link to the merchant's page. Return to the merchant's page to see the result.";
}
`;

export function glomoSdkRoutes() {
  const routes = new Hono<SandboxEnv>();
  const javascript = { 'Content-Type': 'text/javascript; charset=utf-8', 'Cache-Control': 'no-store' };

  routes.get('/glomo/sdk/index.js', (c) => {
    if (c.get('malformed')) {
      c.set('malformedHandled', true);
      return c.body(MALFORMED_SDK_MODULE, 200, javascript);
    }
    const checkoutQuery: Record<string, string> = {};
    for (const [name, value] of Object.entries(c.req.query())) {
      if (name.startsWith('checkout.') && name.length > 'checkout.'.length) checkoutQuery[name.slice('checkout.'.length)] = value;
    }
    return c.body(sdkModule(checkoutQuery), 200, javascript);
  });
  routes.get('/glomo/assets/checkout.js', (c) => c.body(CHECKOUT_SCRIPT, 200, javascript));
  routes.get('/glomo/assets/checkout-result.js', (c) => c.body(CHECKOUT_RESULT_SCRIPT, 200, javascript));
  return routes;
}

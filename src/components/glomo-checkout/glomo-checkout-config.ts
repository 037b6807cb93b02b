/**
 * What `<pay-glomo-checkout>` needs before it may send any request: a public key that is not a
 * secret key, an order (its id or the merchant endpoint that creates it), and addresses that
 * the SDK and the merchant's server can use. Pure: no DOM, no network.
 */
import type { MessageKey, MessageParams } from '../../core/messages.js';
import { parseUrl } from '../../core/url.js';
import { isLoopbackHost } from '../../flows/safe-url.js';

/** The documented Glomo Checkout SDK (an ES module exporting `GlomoCheckoutApi`). */
export const GLOMO_CHECKOUT_SDK_URL = 'https://glomopay-checkout-sdk.web.app/index.js';
/** Hosts the SDK may be loaded from (plus loopback, for the local sandbox). */
export const GLOMO_SDK_HOSTS = ['glomopay-checkout-sdk.web.app'] as const;

/** `events`: results arrive as SDK events. `redirect`: the SDK gets `callbackUrl` and results come back through the merchant's return page. */
export type GlomoCheckoutMode = 'events' | 'redirect';

export interface GlomoCheckoutAttributes {
  orderId: string;
  orderUrl: string;
  publicKey: string;
  callbackUrl: string;
  sdkUrl: string;
  mode: string;
}

export interface GlomoCheckoutConfig {
  /** Known order id, or null when `orderUrl` creates it. */
  orderId: string | null;
  orderUrl: string | null;
  publicKey: string;
  /** Absolute callback URL, or null when none is set. */
  callbackUrl: string | null;
  sdkUrl: string;
  mode: GlomoCheckoutMode;
}

/** A configuration mistake: a stable key (reported once) and its catalog message. */
export interface GlomoCheckoutMistake {
  mistake: string;
  key: MessageKey;
  params?: MessageParams;
}

export type GlomoCheckoutConfigReading = { ok: true; config: GlomoCheckoutConfig } | { ok: false; problem: GlomoCheckoutMistake };

/** A secret key in any spelling (`sk_live_…`, `SK_test_…`, with stray spaces). */
export const isSecretKey = (key: string): boolean => /^sk_/i.test(key.trim());

/** An address the SDK or a popup may be sent to: https, or http on a loopback host (the sandbox). */
function isCallbackAddress(url: URL): boolean {
  return url.protocol === 'https:' || (url.protocol === 'http:' && isLoopbackHost(url.hostname));
}

/** Validates the element's attributes; `base` resolves relative `order-url` / `callback-url` (the document's base URL). */
export function readGlomoCheckoutConfig(attributes: GlomoCheckoutAttributes, base: string): GlomoCheckoutConfigReading {
  const fail = (mistake: string, key: MessageKey, params?: MessageParams): GlomoCheckoutConfigReading =>
    ({ ok: false, problem: params ? { mistake, key, params } : { mistake, key } });
  const publicKey = attributes.publicKey.trim();
  // Checked first: a leaked secret key is the worst mistake, and nothing may be sent with it.
  if (isSecretKey(publicKey)) return fail('secret-key', 'glomoCheckout.config.secretKey');
  if (!publicKey) return fail('public-key', 'glomoCheckout.config.publicKey');

  const orderId = attributes.orderId.trim() || null;
  let orderUrl: string | null = null;
  if (!orderId) {
    const raw = attributes.orderUrl.trim();
    if (!raw) return fail('order-id', 'glomoCheckout.config.orderId');
    const parsed = parseUrl(raw, base);
    if (!parsed || (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')) return fail(`order-url ${raw}`, 'glomoCheckout.config.orderUrl', { url: raw });
    orderUrl = parsed.href;
  }

  let callbackUrl: string | null = null;
  const rawCallback = attributes.callbackUrl.trim();
  if (rawCallback) {
    const parsed = parseUrl(rawCallback, base);
    if (!parsed || !isCallbackAddress(parsed)) return fail(`callback-url ${rawCallback}`, 'glomoCheckout.config.callbackUrl', { url: rawCallback });
    callbackUrl = parsed.href;
  }

  const mode: GlomoCheckoutMode = attributes.mode.trim().toLowerCase() === 'redirect' ? 'redirect' : 'events';
  if (mode === 'redirect' && !callbackUrl) return fail('mode', 'glomoCheckout.config.mode');
  return { ok: true, config: { orderId, orderUrl, publicKey, callbackUrl, sdkUrl: attributes.sdkUrl.trim() || GLOMO_CHECKOUT_SDK_URL, mode } };
}

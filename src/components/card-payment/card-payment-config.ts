/**
 * `<pay-card-payment>`'s attributes, checked before anything is sent: the provider, the shop's
 * two endpoints, the redirect mode and the hosts a redirect may go to.
 */
import type { MessageKey, MessageParams } from '../../core/messages.js';
import { parseUrl } from '../../core/url.js';

/** How the shopper reaches the bank's authentication page. */
export type CardPaymentRedirect = 'iframe' | 'new-tab' | 'same-tab' | 'host';
export const CARD_PAYMENT_REDIRECTS: readonly CardPaymentRedirect[] = ['iframe', 'new-tab', 'same-tab', 'host'];

/** Providers this element runs: Glomo's and SIBS's server-to-server card flows. */
export const CARD_PAYMENT_PROVIDERS = ['glomo', 'sibs'] as const;
export type CardPaymentProvider = (typeof CARD_PAYMENT_PROVIDERS)[number];

/** Glomo's documented authentication hosts (glomo-s2s-card.md: `secure.glomopay.com`). */
export const GLOMO_REDIRECT_HOSTS: readonly string[] = ['*.glomopay.com'];

/**
 * SIBS's hosts (the gateway and its 3-D Secure pages, `*.sibspayments.com`, `*.sibs.pt`). An issuer
 * page on another host needs `redirect-hosts`.
 */
export const SIBS_REDIRECT_HOSTS: readonly string[] = ['*.sibspayments.com', '*.sibs.pt'];

const DEFAULT_REDIRECT_HOSTS: Record<CardPaymentProvider, readonly string[]> = { glomo: GLOMO_REDIRECT_HOSTS, sibs: SIBS_REDIRECT_HOSTS };

/** The placeholder `status-url` must contain. */
export const PAYMENT_ID_PLACEHOLDER = '{paymentId}';

export interface CardPaymentAttributes {
  provider: string;
  paymentUrl: string;
  statusUrl: string;
  redirect: string;
  redirectHosts: string;
}

export interface CardPaymentConfig {
  provider: CardPaymentProvider;
  /** Absolute. */
  paymentUrl: string;
  /** Absolute, still holding `{paymentId}`. */
  statusUrl: string;
  redirect: CardPaymentRedirect;
  redirectHosts: readonly string[];
}

/** A configuration mistake: `mistake` identifies it (reported once), `key`/`params` word it. */
export interface CardPaymentConfigMistake {
  mistake: string;
  key: MessageKey;
  params?: MessageParams;
}

export type CardPaymentConfigReading = { ok: true; config: CardPaymentConfig } | ({ ok: false } & CardPaymentConfigMistake);

/** An http(s) URL resolved against the page, or null. */
function httpUrl(value: string, base: string): URL | null {
  if (!value.trim()) return null;
  const url = parseUrl(value.trim(), base);
  return url && (url.protocol === 'https:' || url.protocol === 'http:') ? url : null;
}

/** `"a.example b.example, *.c.example"` → the host patterns; empty → the provider's own hosts. */
export function redirectHostList(value: string, provider: CardPaymentProvider = 'glomo'): readonly string[] {
  const hosts = value.split(/[\s,]+/).filter(Boolean);
  return hosts.length ? hosts : DEFAULT_REDIRECT_HOSTS[provider];
}

/**
 * The mistakes a value makes whatever else is set (an unsupported provider, an unknown
 * redirect mode), reported as soon as they are set; missing URLs wait for the first payment.
 */
export function valueMistake(attributes: Pick<CardPaymentAttributes, 'provider' | 'redirect'>): CardPaymentConfigMistake | null {
  const provider = attributes.provider.trim().toLowerCase();
  if (!CARD_PAYMENT_PROVIDERS.includes(provider as CardPaymentProvider)) {
    return { mistake: `provider:${provider}`, key: 'cardPayment.config.provider', params: { provider: attributes.provider } };
  }
  const redirect = attributes.redirect.trim() || 'iframe';
  if (!CARD_PAYMENT_REDIRECTS.includes(redirect as CardPaymentRedirect)) {
    return { mistake: `redirect:${attributes.redirect}`, key: 'cardPayment.config.redirect', params: { value: attributes.redirect } };
  }
  return null;
}

/** Checks every attribute, in the order a developer would fix them. */
export function readCardPaymentConfig(attributes: CardPaymentAttributes, base: string): CardPaymentConfigReading {
  const mistake = valueMistake(attributes);
  if (mistake) return { ok: false, ...mistake };
  const paymentUrl = httpUrl(attributes.paymentUrl, base);
  if (!paymentUrl) return { ok: false, mistake: `payment-url:${attributes.paymentUrl}`, key: 'cardPayment.config.paymentUrl' };
  // The placeholder must survive URL parsing, so check the template with a stand-in id.
  const statusUrl = attributes.statusUrl.includes(PAYMENT_ID_PLACEHOLDER)
    ? httpUrl(attributes.statusUrl.split(PAYMENT_ID_PLACEHOLDER).join('payment-id'), base) && new URL(attributes.statusUrl.trim(), base).href
    : null;
  if (!statusUrl) return { ok: false, mistake: `status-url:${attributes.statusUrl}`, key: 'cardPayment.config.statusUrl' };
  const provider = attributes.provider.trim().toLowerCase() as CardPaymentProvider;
  return {
    ok: true,
    config: {
      provider,
      paymentUrl: paymentUrl.href,
      // `URL` percent-encodes the braces in a path: put the placeholder back.
      statusUrl: statusUrl.replace(/%7BpaymentId%7D/gi, PAYMENT_ID_PLACEHOLDER),
      redirect: (attributes.redirect.trim() || 'iframe') as CardPaymentRedirect,
      redirectHosts: redirectHostList(attributes.redirectHosts, provider),
    },
  };
}

/** The status URL of one payment. */
export function statusUrlFor(template: string, paymentId: string): string {
  return template.split(PAYMENT_ID_PLACEHOLDER).join(encodeURIComponent(paymentId));
}

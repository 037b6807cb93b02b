/**
 * What `<pay-payglobe-checkout>` needs before it may send any request: a publishable key (never
 * a secret one), an amount it can hand PayGlobe exactly, the shopper's e-mail, a mode, and a
 * payglobe.js address on PayGlobe's hosts. Pure: no DOM, no network.
 */
import type { MessageKey, MessageParams } from '../../core/messages.js';
import { configuredMoney } from '../../core/money.js';
import type { Money } from '../../core/types.js';
import { checkProviderUrl } from '../../flows/safe-url.js';
import { toPayGlobeAmount } from '../../providers/payglobe/amount.js';

/** The documented payglobe.js (a classic script defining the global `PayGlobe`). */
export const PAYGLOBE_SCRIPT_URL = 'https://api.payglobe.it/paymentgw/js/payglobe.js';
/** Hosts payglobe.js may be loaded from (plus loopback, for the local sandbox). */
export const PAYGLOBE_SCRIPT_HOSTS = ['api.payglobe.it'] as const;
/** Hosts PayGlobe's checkout pages live on (plus loopback): the API host and the payment pages'. */
export const PAYGLOBE_CHECKOUT_HOSTS = ['api.payglobe.it', '*.payglobe.it', '*.payglobe.com'] as const;

/** `iframe`: the checkout opens inside the element. `redirect`: the whole page goes to the checkout and comes back. */
export type PayGlobeCheckoutMode = 'iframe' | 'redirect';

export interface PayGlobeCheckoutAttributes {
  publishableKey: string;
  amount: unknown;
  currency: string;
  email: string;
  description: string;
  mode: string;
  scriptUrl: string;
}

export interface PayGlobeCheckoutConfig {
  publishableKey: string;
  total: Money;
  /** `total` as PayGlobe's decimal (15000 EUR → 150). */
  amount: number;
  email: string;
  description: string | null;
  mode: PayGlobeCheckoutMode;
  scriptUrl: string;
}

/** A configuration mistake: a stable key (reported once) and its catalog message. */
export interface PayGlobeCheckoutMistake {
  mistake: string;
  key: MessageKey;
  params?: MessageParams;
}

export type PayGlobeCheckoutConfigReading = { ok: true; config: PayGlobeCheckoutConfig } | { ok: false; problem: PayGlobeCheckoutMistake };

const PUBLISHABLE_KEY = /^pk_(test|live)_[A-Za-z0-9_]+$/;
/** Deliberately loose (PayGlobe checks the address): one @, something on each side, a dot in the domain, no spaces. */
const EMAIL = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;

/** Validates the element's attributes. */
export function readPayGlobeCheckoutConfig(attributes: PayGlobeCheckoutAttributes): PayGlobeCheckoutConfigReading {
  const fail = (mistake: string, key: MessageKey, params?: MessageParams): PayGlobeCheckoutConfigReading =>
    ({ ok: false, problem: params ? { mistake, key, params } : { mistake, key } });
  const publishableKey = attributes.publishableKey.trim();
  // Checked first: a leaked secret key is the worst mistake, and nothing may be sent with it.
  if (/^sk_/i.test(publishableKey)) return fail('secret-key', 'payglobeCheckout.config.secretKey');
  if (!PUBLISHABLE_KEY.test(publishableKey)) return fail(`publishable-key ${publishableKey ? 'malformed' : 'missing'}`, 'payglobeCheckout.config.publishableKey');

  const currency = attributes.currency.trim() || 'EUR';
  const total = configuredMoney(attributes.amount, currency);
  let amount: number | null = null;
  try {
    amount = total && total.amount > 0 ? toPayGlobeAmount(total) : null;
  } catch {
    amount = null; // more digits than a JSON number carries exactly
  }
  if (!total || amount === null) {
    return fail(`amount ${String(attributes.amount)} ${currency}`, 'payglobeCheckout.config.amount', { amount: String(attributes.amount ?? ''), currency });
  }

  const email = attributes.email.trim();
  if (!EMAIL.test(email)) return fail(`email ${email}`, 'payglobeCheckout.config.email');

  const rawMode = attributes.mode.trim().toLowerCase() || 'iframe';
  if (rawMode !== 'iframe' && rawMode !== 'redirect') return fail(`mode ${rawMode}`, 'payglobeCheckout.config.mode', { mode: rawMode });

  const scriptUrl = attributes.scriptUrl.trim() || PAYGLOBE_SCRIPT_URL;
  const checked = checkProviderUrl(scriptUrl, { allowedHosts: PAYGLOBE_SCRIPT_HOSTS });
  if (!checked.ok) return fail(`script-url ${scriptUrl}`, 'payglobeCheckout.config.scriptUrl', { url: scriptUrl, reason: checked.reason });

  const description = attributes.description.trim() || null;
  return { ok: true, config: { publishableKey, total, amount, email, description, mode: rawMode, scriptUrl: checked.url.href } };
}

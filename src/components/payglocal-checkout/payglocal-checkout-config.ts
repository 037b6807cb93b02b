import type { MessageKey, MessageParams } from '../../core/messages.js';
import { parseUrl } from '../../core/url.js';

/** PayGlocal's hosts (production and UAT); loopback is accepted too, for the local sandbox. */
export const PAYGLOCAL_HOSTS: readonly string[] = ['payglocal.in', '*.payglocal.in'];

export interface PayGlocalCheckoutInput {
  paymentUrl: string;
  returnUrl: string;
  amount: number | null;
  currency: string;
}

export interface PayGlocalCheckoutConfig {
  paymentUrl: string;
  /** The JSON body of the payment request: what the page knows; the server prices the order. */
  body: { amount?: number; currency?: string; returnUrl?: string };
}

export type PayGlocalCheckoutConfigReading =
  | { ok: true; config: PayGlocalCheckoutConfig }
  | { ok: false; problem: { mistake: string; key: MessageKey; params?: MessageParams } };

const httpUrl = (value: string, base: string) => {
  const url = parseUrl(value, base);
  return url && (url.protocol === 'https:' || url.protocol === 'http:') ? url.href : null;
};

/** Reads the attributes into a request, or names the first mistake (`invalid_config`). */
export function readPayGlocalCheckoutConfig(input: PayGlocalCheckoutInput, baseUrl: string): PayGlocalCheckoutConfigReading {
  const problem = (mistake: string, key: MessageKey, params?: MessageParams) => ({ ok: false as const, problem: { mistake, key, ...(params ? { params } : {}) } });
  const paymentUrlText = input.paymentUrl.trim();
  if (!paymentUrlText) return problem('payment-url', 'payglocalCheckout.config.paymentUrl');
  const paymentUrl = httpUrl(paymentUrlText, baseUrl);
  if (!paymentUrl) return problem(`payment-url:${paymentUrlText}`, 'payglocalCheckout.config.paymentUrlInvalid', { url: paymentUrlText });
  const body: PayGlocalCheckoutConfig['body'] = {};
  if (input.amount !== null) {
    if (!Number.isSafeInteger(input.amount) || input.amount < 0) return problem(`amount:${input.amount}`, 'payglocalCheckout.config.amount');
    body.amount = input.amount;
  }
  const currency = input.currency.trim();
  if (currency) {
    if (!/^[A-Za-z]{3}$/.test(currency)) return problem(`currency:${currency}`, 'payglocalCheckout.config.currency');
    body.currency = currency.toUpperCase();
  }
  const returnUrlText = input.returnUrl.trim();
  if (returnUrlText) {
    const returnUrl = httpUrl(returnUrlText, baseUrl);
    if (!returnUrl) return problem(`return-url:${returnUrlText}`, 'payglocalCheckout.config.returnUrl', { url: returnUrlText });
    body.returnUrl = returnUrl;
  }
  return { ok: true, config: { paymentUrl, body } };
}

/**
 * The shop's two SIBS endpoints as an element's attributes give them: `payment-url` (starts a
 * payment) and `status-url` (a template holding `{paymentId}`, the SIBS `transactionID`).
 * Checked before anything is sent; no DOM.
 */
import { parseUrl } from '../../core/url.js';

/** The placeholder `status-url` must contain. */
export const PAYMENT_ID_PLACEHOLDER = '{paymentId}';

export interface SibsEndpoints {
  /** Absolute. */
  paymentUrl: string;
  /** Absolute, still holding `{paymentId}`. */
  statusUrl: string;
}

export type SibsEndpointsReading =
  | { ok: true; endpoints: SibsEndpoints }
  | { ok: false; /** Which attribute is wrong (the message key names it). */ attribute: 'payment-url' | 'status-url'; value: string };

function httpUrl(value: string, base: string): URL | null {
  if (!value.trim()) return null;
  const url = parseUrl(value.trim(), base);
  return url && (url.protocol === 'https:' || url.protocol === 'http:') ? url : null;
}

/** Resolves both URLs against the page; the first missing or malformed one is named. */
export function readSibsEndpoints(attributes: { paymentUrl: string; statusUrl: string }, base: string): SibsEndpointsReading {
  const paymentUrl = httpUrl(attributes.paymentUrl ?? '', base);
  if (!paymentUrl) return { ok: false, attribute: 'payment-url', value: attributes.paymentUrl ?? '' };
  const template = (attributes.statusUrl ?? '').trim();
  // The placeholder must survive URL parsing, so check the template with a stand-in id.
  const valid = template.includes(PAYMENT_ID_PLACEHOLDER) && httpUrl(template.split(PAYMENT_ID_PLACEHOLDER).join('payment-id'), base);
  if (!valid) return { ok: false, attribute: 'status-url', value: attributes.statusUrl ?? '' };
  // `URL` percent-encodes the braces in a path: put the placeholder back.
  const statusUrl = new URL(template, base).href.replace(/%7BpaymentId%7D/gi, PAYMENT_ID_PLACEHOLDER);
  return { ok: true, endpoints: { paymentUrl: paymentUrl.href, statusUrl } };
}

/** The status URL of one payment. */
export function sibsStatusUrl(template: string, paymentId: string): string {
  return template.split(PAYMENT_ID_PLACEHOLDER).join(encodeURIComponent(paymentId));
}

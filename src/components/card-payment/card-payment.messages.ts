import type { TranslationLoader } from '../../core/catalogs.js';

/**
 * Every visible string of `<pay-card-payment>` (shown on the form, announced, or carried by its
 * `pay-error` events). English defaults; other locales through `registerMessages()`.
 */
export const cardPaymentMessages = {
  'cardPayment.modal.title': 'Confirm your payment with your bank',
  'cardPayment.waiting.newTab': 'Finish the payment in the new tab. This page updates by itself.',
  'cardPayment.waiting.host': 'Waiting for your bank’s confirmation…',
  'cardPayment.succeeded': 'Payment complete. Thank you!',
  'cardPayment.cancelled': 'Payment cancelled. Your card details are still here if you want to try again.',
  'cardPayment.declined': 'The payment was declined: {reason}',
  'cardPayment.declined.generic': 'The payment was declined. Try again or use another card.',
  'cardPayment.retry': 'The payment could not be completed. Please try again.',
  'cardPayment.error.network': '<pay-card-payment> could not reach payment-url {url}: {reason}.',
  'cardPayment.error.http': '<pay-card-payment> payment-url {url} answered HTTP {status}{detail}.',
  'cardPayment.error.json': '<pay-card-payment> payment-url {url} did not answer with JSON.',
  'cardPayment.error.response': '<pay-card-payment> payment-url {url} did not answer with a Glomo payment ({reason}).',
  'cardPayment.error.action': '<pay-card-payment> SIBS asked for a 3-D Secure step this page cannot run ({type}).',
  'cardPayment.config.provider': '<pay-card-payment> provider="{provider}" is not supported: use "glomo" or "sibs".',
  'cardPayment.config.paymentUrl': '<pay-card-payment> needs payment-url: the shop’s endpoint that starts the payment (an http(s) URL).',
  'cardPayment.config.statusUrl': '<pay-card-payment> needs status-url: an http(s) URL template on the shop’s server containing {paymentId}.',
  'cardPayment.config.redirect': '<pay-card-payment> redirect="{value}" is not one of iframe, new-tab, same-tab, host.',
} as const;

/** Loads the translations of this catalog (src/locales/card-payment.ts), once an element needs them. */
export const cardPaymentTranslations: TranslationLoader = () => import('../../locales/card-payment.js');

declare module '../../core/messages.js' {
  interface PayMessages extends Record<keyof typeof cardPaymentMessages, string> {}
}

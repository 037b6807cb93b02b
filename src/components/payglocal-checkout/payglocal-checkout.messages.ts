import type { TranslationLoader } from '../../core/catalogs.js';

/** Every visible string of `<pay-payglocal-checkout>`. English defaults; other locales through `registerMessages()`. */
export const payglocalCheckoutMessages = {
  'payglocalCheckout.pay': 'Pay',
  'payglocalCheckout.preparing': 'Preparing your payment…',
  'payglocalCheckout.leaving': 'Taking you to PayGlocal’s secure payment page…',
  'payglocalCheckout.error.http': 'The shop could not start the payment ({reason}).',
  'payglocalCheckout.error.httpStatus': 'HTTP {status}',
  'payglocalCheckout.error.network': 'The shop could not be reached. Check your connection and try again.',
  'payglocalCheckout.error.timeout': 'The shop did not answer in time. Try again.',
  'payglocalCheckout.error.format': 'The shop’s answer does not say where to pay.',
  'payglocalCheckout.config.paymentUrl': '<pay-payglocal-checkout> payment-url is required: your endpoint that initiates the payment and answers { redirectUrl }.',
  'payglocalCheckout.config.paymentUrlInvalid': '<pay-payglocal-checkout> payment-url {url} is not an http(s) address.',
  'payglocalCheckout.config.returnUrl': '<pay-payglocal-checkout> return-url {url} is not an http(s) address.',
  'payglocalCheckout.config.amount': '<pay-payglocal-checkout> amount must be a whole number of minor units (15000 for 150.00).',
  'payglocalCheckout.config.currency': '<pay-payglocal-checkout> currency must be a three-letter ISO 4217 code such as INR.',
} as const;

/** Loads the translations of this catalog (src/locales/payglocal-checkout.ts), once an element needs them. */
export const payglocalCheckoutTranslations: TranslationLoader = () => import('../../locales/payglocal-checkout.js');

declare module '../../core/messages.js' {
  interface PayMessages extends Record<keyof typeof payglocalCheckoutMessages, string> {}
}

import type { TranslationLoader } from '../../core/catalogs.js';

/** Every visible string of `<pay-payglobe-checkout>`. English defaults; other locales through `registerMessages()`. */
export const payglobeCheckoutMessages = {
  'payglobeCheckout.pay': 'Pay {amount}',
  'payglobeCheckout.payPlain': 'Pay',
  'payglobeCheckout.payAgain': 'Try again',
  'payglobeCheckout.checkoutLabel': 'PayGlobe checkout',
  'payglobeCheckout.preparing': 'Preparing the payment…',
  'payglobeCheckout.opened': 'The PayGlobe checkout is open below. Complete the payment there.',
  'payglobeCheckout.redirecting': 'Taking you to the PayGlobe checkout…',
  'payglobeCheckout.confirming': 'Confirming the payment…',
  'payglobeCheckout.succeeded': 'Payment approved: {amount}.',
  'payglobeCheckout.succeededPlain': 'Payment approved.',
  'payglobeCheckout.succeededSplit': 'Payment approved: {card} by card and {voucher} in meal vouchers.',
  'payglobeCheckout.failed': 'The payment failed: {message}',
  'payglobeCheckout.cancelled': 'The payment was cancelled.',
  'payglobeCheckout.error': 'The payment could not be completed: {message}',
  'payglobeCheckout.config.publishableKey': '<pay-payglobe-checkout> publishable-key must be your PayGlobe publishable key (pk_test_… or pk_live_…).',
  'payglobeCheckout.config.secretKey': '<pay-payglobe-checkout> publishable-key holds a secret key (sk_…). Secret keys never belong in a browser: use the publishable key (pk_…), and rotate this secret key now.',
  'payglobeCheckout.config.amount': '<pay-payglobe-checkout> amount "{amount}" is not a positive whole number of minor units of {currency} (15000 EUR is €150.00).',
  'payglobeCheckout.config.email': '<pay-payglobe-checkout> email must be the shopper’s e-mail address (PayGlobe sends the receipt there).',
  'payglobeCheckout.config.mode': '<pay-payglobe-checkout> mode "{mode}" is not "iframe" or "redirect".',
  'payglobeCheckout.config.scriptUrl': '<pay-payglobe-checkout> script-url {url} is refused: {reason}.',
  'payglobeCheckout.error.sdk': 'payglobe.js does not provide a usable PayGlobe client ({reason}).',
  'payglobeCheckout.error.create': 'PayGlobe could not create the payment: {reason}',
  'payglobeCheckout.error.open': 'PayGlobe could not open its checkout: {reason}',
  'payglobeCheckout.error.retrieve': 'PayGlobe did not answer with the payment status: {reason}',
} as const;

/** Loads the translations of this catalog (src/locales/payglobe-checkout.ts), once an element needs them. */
export const payglobeCheckoutTranslations: TranslationLoader = () => import('../../locales/payglobe-checkout.js');

declare module '../../core/messages.js' {
  interface PayMessages extends Record<keyof typeof payglobeCheckoutMessages, string> {}
}

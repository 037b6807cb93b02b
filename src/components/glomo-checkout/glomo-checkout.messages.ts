import type { TranslationLoader } from '../../core/catalogs.js';

/** Every visible string of `<pay-glomo-checkout>`. English defaults; other locales through `registerMessages()`. */
export const glomoCheckoutMessages = {
  'glomoCheckout.pay': 'Pay',
  'glomoCheckout.preparing': 'Preparing the payment…',
  'glomoCheckout.opened': 'The payment window is open. Complete the payment there.',
  'glomoCheckout.retry': 'Open the payment window',
  'glomoCheckout.redirect': 'Continue in redirect mode',
  'glomoCheckout.succeeded': 'Payment approved.',
  'glomoCheckout.failed': 'The payment failed: {message}',
  'glomoCheckout.pending': 'Transfer details received. The payment is not confirmed yet.',
  'glomoCheckout.cancelled': 'The payment was cancelled.',
  'glomoCheckout.coop.offer': 'You can continue in redirect mode: the result then comes back through the shop’s return page.',
  'glomoCheckout.coop.callbackHint': 'Or use the redirect mode (callback-url and mode="redirect") so the result comes back through the shop’s return page.',
  'glomoCheckout.config.publicKey': '<pay-glomo-checkout> public-key is required: the public key from the Glomo dashboard.',
  'glomoCheckout.config.secretKey': '<pay-glomo-checkout> public-key holds a secret key (sk_…). Secret keys never belong in a browser: use the public key, and rotate this secret key now.',
  'glomoCheckout.config.orderId': '<pay-glomo-checkout> needs order-id (the order your server created) or order-url (your endpoint that creates it).',
  'glomoCheckout.config.orderUrl': '<pay-glomo-checkout> order-url {url} is not an http(s) address.',
  'glomoCheckout.config.callbackUrl': '<pay-glomo-checkout> callback-url {url} must be an https address (http only on a loopback host).',
  'glomoCheckout.config.mode': '<pay-glomo-checkout> mode="redirect" needs callback-url: the shop’s route that verifies the result.',
  'glomoCheckout.config.sdk': 'Glomo Checkout refused its options: {reason}',
  'glomoCheckout.error.order': 'The shop could not create the order ({reason}).',
  'glomoCheckout.error.orderFormat': 'The shop’s order endpoint answered without an order_id.',
  'glomoCheckout.error.open': 'Glomo Checkout failed to open its window: {reason}',
  'glomoCheckout.error.sdkExport': 'The Glomo Checkout script {url} does not provide a GlomoCheckoutApi class.',
} as const;

/** Loads the translations of this catalog (src/locales/glomo-checkout.ts), once an element needs them. */
export const glomoCheckoutTranslations: TranslationLoader = () => import('../../locales/glomo-checkout.js');

declare module '../../core/messages.js' {
  interface PayMessages extends Record<keyof typeof glomoCheckoutMessages, string> {}
}

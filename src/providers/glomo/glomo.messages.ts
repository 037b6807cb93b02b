import type { TranslationLoader } from '../../core/catalogs.js';

/** Every message the Glomo adapter words (they reach `pay-error` / `PaymentResult.error`). English defaults; other locales through `registerMessages()`. */
export const glomoMessages = {
  'glomo.callback.missing': 'This page was opened without a Glomo payment result.',
  'glomo.callback.invalid': 'The Glomo payment result in this address is malformed.',
  'glomo.callback.refused': 'The payment result could not be verified by the shop ({reason}).',
  'glomo.payment.failed': 'The payment failed.',
  'glomo.response.invalid': 'The payment server sent an answer that is not a Glomo payment.',
  'glomo.event.invalid': 'Glomo Checkout sent a malformed {event} payload.',
} as const;

/** Loads the translations of this catalog (src/locales/glomo.ts), once an element needs them. */
export const glomoTranslations: TranslationLoader = () => import('../../locales/glomo.js');

declare module '../../core/messages.js' {
  interface PayMessages extends Record<keyof typeof glomoMessages, string> {}
}

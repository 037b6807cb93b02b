import type { TranslationLoader } from '../../core/catalogs.js';

/** Every message the PayGlobe adapter words (they reach `pay-error` / `PaymentResult.error`). English defaults; other locales through `registerMessages()`. */
export const payglobeMessages = {
  'payglobe.response.invalid': 'PayGlobe sent a payment in an unexpected format.',
  'payglobe.response.amounts': 'PayGlobe sent amounts that are not exact {currency} amounts or do not add up to the total.',
  'payglobe.response.mismatch': 'PayGlobe answered with a different payment ({reason}) than the one this page started.',
  'payglobe.return.invalid': 'This page was opened with a malformed PayGlobe payment reference.',
  'payglobe.message.invalid': 'The PayGlobe checkout sent a malformed message.',
  'payglobe.failed.CARD_PREAUTH_FAILED': 'The card was declined.',
  'payglobe.failed.VOUCHER_FAILED': 'The meal vouchers could not be used.',
  'payglobe.failed.CARD_CAPTURE_FAILED': 'The card could not be charged. Any hold on the card will be released.',
  'payglobe.failed.FAILED': 'The payment failed.',
  'payglobe.failed.EXPIRED': 'The payment link expired.',
} as const;

/** Loads the translations of this catalog (src/locales/payglobe.ts), once an element needs them. */
export const payglobeTranslations: TranslationLoader = () => import('../../locales/payglobe.js');

declare module '../../core/messages.js' {
  interface PayMessages extends Record<keyof typeof payglobeMessages, string> {}
}

import type { TranslationLoader } from '../../core/catalogs.js';

/**
 * Every message the SIBS adapter words (they reach `pay-error` and `PaymentResult.error`).
 * English defaults; other locales through `registerMessages()`.
 */
export const sibsMessages = {
  'sibs.error.network': 'Could not reach the shop’s payment endpoint {url}: {reason}.',
  'sibs.error.timeout': 'The shop’s payment endpoint {url} did not answer within {seconds} s.',
  'sibs.error.http': 'The shop’s payment endpoint {url} answered HTTP {status}{detail}.',
  'sibs.error.json': 'The shop’s payment endpoint {url} did not answer with JSON.',
  'sibs.error.response': 'The shop’s payment endpoint {url} did not answer with a SIBS {what} ({reason}).',
  'sibs.what.mbway': 'MB WAY purchase',
  'sibs.what.multibanco': 'Multibanco reference',
  'sibs.what.card': 'card purchase',
  'sibs.declined': 'The payment was declined.',
  'sibs.refused': 'The payment was refused in the MB WAY app.',
  'sibs.expired': 'The payment request expired.',
  'sibs.referenceExpired': 'The Multibanco reference expired before it was paid.',
  'sibs.failed': 'The payment failed ({status}).',
  'sibs.config.paymentUrl': '{element} needs payment-url: the shop’s endpoint that starts the payment (an http(s) URL).',
  'sibs.config.statusUrl': '{element} needs status-url: an http(s) URL template on the shop’s server containing {paymentId}.',
} as const;

/** Loads the translations of this catalog (src/locales/sibs.ts), once an element needs them. */
export const sibsTranslations: TranslationLoader = () => import('../../locales/sibs.js');

declare module '../../core/messages.js' {
  interface PayMessages extends Record<keyof typeof sibsMessages, string> {}
}

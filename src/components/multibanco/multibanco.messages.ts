import type { TranslationLoader } from '../../core/catalogs.js';

/**
 * Every visible string of `<pay-multibanco>` (shown, announced, or carried by its events).
 * English defaults; other locales through `registerMessages()`.
 */
export const multibancoMessages = {
  'multibanco.intro': 'Pay with a Multibanco reference at any Multibanco ATM or in your bank’s app.',
  'multibanco.start': 'Get a Multibanco reference',
  'multibanco.starting': 'Getting your reference…',
  'multibanco.details.title': 'Multibanco payment details',
  'multibanco.details.intro': 'At a Multibanco ATM or in your bank’s app, choose Payments of services (Pagamento de serviços) and enter:',
  'multibanco.details.entity': 'Entity',
  'multibanco.details.reference': 'Reference',
  'multibanco.details.amount': 'Amount',
  'multibanco.details.expiry': 'Pay before',
  'multibanco.copy': 'Copy',
  'multibanco.copy.label': 'Copy {detail}',
  'multibanco.copy.done': 'Copied',
  'multibanco.copy.done.label': 'Copied {detail}',
  'multibanco.copy.announce': '{detail} copied.',
  'multibanco.copy.failed': 'Couldn’t copy {detail}. Select it and copy it yourself.',
  'multibanco.issued.announce': 'Your Multibanco reference is ready: entity {entity}, reference {reference}, {amount}, to pay before {expiry}.',
  'multibanco.waiting': 'Waiting for your payment. Once you have paid, it can take from a few minutes to a few days for your bank to confirm it: you don’t need to keep this page open.',
  'multibanco.watching': 'Checking for your payment…',
  'multibanco.stopped': 'We haven’t received the confirmation yet. That is normal: it can take up to a few days. Come back later, or check again now.',
  'multibanco.checkAgain': 'Check again',
  'multibanco.succeeded': 'Payment received. Thank you!',
  'multibanco.expired': 'This reference expired before it was paid. You can get a new one.',
  'multibanco.failed': 'The payment could not be completed ({reason}). You can get a new reference.',
  'multibanco.retry': 'We couldn’t get a Multibanco reference. Please try again.',
  'multibanco.newReference': 'Get a new reference',
  'multibanco.config.paymentUrl': '<pay-multibanco> needs payment-url: the shop’s endpoint that issues the reference (an http(s) URL).',
  'multibanco.config.statusUrl': '<pay-multibanco> needs status-url: an http(s) URL template on the shop’s server containing {paymentId}.',
  'multibanco.error.reference': 'The shop’s payment endpoint answered with a Multibanco reference whose amount cannot be shown ({amount}).',
} as const;

/** Loads the translations of this catalog (src/locales/multibanco.ts), once an element needs them. */
export const multibancoTranslations: TranslationLoader = () => import('../../locales/multibanco.js');

declare module '../../core/messages.js' {
  interface PayMessages extends Record<keyof typeof multibancoMessages, string> {}
}

import type { TranslationLoader } from '../../core/catalogs.js';

/**
 * Every visible string of `<pay-mbway>` (shown, announced, or carried by its events).
 * English defaults; other locales through `registerMessages()`. `{time}` is a duration worded
 * by `Intl.NumberFormat` in the element's locale ("4 minutes", "30 seconds").
 */
export const mbwayMessages = {
  'mbway.phone.label': 'MB WAY phone number',
  'mbway.phone.hint': 'The Portuguese mobile number linked to your MB WAY app, e.g. 912 345 678.',
  'mbway.phone.prefix': '+351',
  'mbway.submit': 'Pay with MB WAY',
  'mbway.pending': 'Sending the request to your phone…',
  'mbway.error.phone.required': 'Enter your MB WAY phone number.',
  'mbway.error.phone.invalid_characters': 'A phone number has only digits, spaces and a leading +.',
  'mbway.error.phone.country': 'MB WAY needs a Portuguese mobile number (+351).',
  'mbway.error.phone.not_mobile': 'A Portuguese mobile number starts with 9.',
  'mbway.error.phone.too_short': 'A Portuguese mobile number has 9 digits.',
  'mbway.error.phone.too_long': 'A Portuguese mobile number has 9 digits; this one has more.',
  'mbway.waiting.title': 'Approve the payment in your MB WAY app',
  'mbway.waiting.body': 'We sent a payment request to {phone}. Open the MB WAY app on that phone and approve it.',
  'mbway.waiting.time': 'Time left to approve:',
  'mbway.waiting.announce': 'Payment request sent to {phone}. Approve it in the MB WAY app within {time}.',
  'mbway.countdown.left': '{time} left to approve the payment.',
  'mbway.checking': 'Checking whether the payment was approved…',
  'mbway.succeeded': 'Payment approved. Thank you!',
  'mbway.refused': 'The payment was refused in the MB WAY app. You can send a new request.',
  'mbway.expired': 'The payment request expired before it was approved. You can send a new request.',
  'mbway.failed': 'The payment could not be completed ({reason}). You can send a new request.',
  'mbway.retry': 'The payment request could not be sent. Please try again.',
  'mbway.config.paymentUrl': '<pay-mbway> needs payment-url: the shop’s endpoint that starts the payment (an http(s) URL).',
  'mbway.config.statusUrl': '<pay-mbway> needs status-url: an http(s) URL template on the shop’s server containing {paymentId}.',
  'mbway.config.timeout': '<pay-mbway> timeout="{value}" is not a number of seconds between 1 and 3600.',
} as const;

/** Loads the translations of this catalog (src/locales/mbway.ts), once an element needs them. */
export const mbwayTranslations: TranslationLoader = () => import('../../locales/mbway.js');

declare module '../../core/messages.js' {
  interface PayMessages extends Record<keyof typeof mbwayMessages, string> {}
}

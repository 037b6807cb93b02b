import type { TranslationLoader } from '../../core/catalogs.js';

/** Every visible string of `<pay-card-form>`. English defaults; other locales through `registerMessages()`. */
export const cardFormMessages = {
  'card.number.label': 'Card number',
  'card.expiry.label': 'Expiry date',
  'card.expiry.placeholder': 'MM / YY',
  'card.cvv.label': 'Security code',
  'card.cvv.hint.amex': '4 digits on the front of the card',
  'card.cvv.hint': '3 digits on the back of the card',
  'card.holderName.label': 'Name on card',
  'card.brand.unknown': 'Card brand not recognised yet',
  'card.brand.detected': 'Card brand: {brand}',
  'card.submit': 'Pay',
  'card.submit.amount': 'Pay {amount}',
  'card.pending': 'Processing payment…',
  'card.accepted': 'Accepted cards: {brands}',
  'card.error.number.required': 'Enter your card number.',
  'card.error.number.incomplete': 'Your card number is incomplete.',
  'card.error.number.luhn': 'Your card number is invalid. Check the digits.',
  'card.error.number.invalid': 'Your card number is invalid.',
  'card.error.number.unknown_brand': 'This card brand is not recognised.',
  'card.error.number.brand_not_accepted': '{brand} cards are not accepted here.',
  'card.error.number.brand_not_accepted.unknown': 'This card brand is not accepted here.',
  'card.error.expiry.required': 'Enter the expiry date.',
  'card.error.expiry.incomplete': 'Enter the expiry date as MM / YY.',
  'card.error.expiry.invalid': 'The expiry date is invalid.',
  'card.error.expiry.invalid_month': 'The expiry month must be between 01 and 12.',
  'card.error.expiry.expired': 'This card has expired.',
  'card.error.expiry.too_far': 'The expiry date is too far in the future.',
  'card.error.cvv.required': 'Enter the security code.',
  'card.error.cvv.incomplete': 'The security code must be {length} digits.',
  'card.error.cvv.invalid': 'The security code must be {length} digits.',
  'card.error.holderName.required': 'Enter the name on the card.',
  'card.error.holderName.invalid': 'Enter the name as it appears on the card.',
  'card.config.brands': '<pay-card-form> brands: unknown card brand(s) {brands}. Known brands: {known}.',
  'card.config.amount': '<pay-card-form> amount={amount} currency={currency}: amount must be integer minor units ≥ 0, currency ISO 4217',
  'brand.visa': 'Visa',
  'brand.mastercard': 'Mastercard',
  'brand.amex': 'American Express',
  'brand.discover': 'Discover',
  'brand.diners': 'Diners Club',
  'brand.jcb': 'JCB',
  'brand.unionpay': 'UnionPay',
  'brand.maestro': 'Maestro',
  'brand.rupay': 'RuPay',
  'brand.mir': 'Mir',
  'brand.elo': 'Elo',
  'brand.hipercard': 'Hipercard',
} as const;

/** Loads the translations of this catalog (src/locales/card-form.ts), once an element needs them. */
export const cardFormTranslations: TranslationLoader = () => import('../../locales/card-form.js');

declare module '../../core/messages.js' {
  interface PayMessages extends Record<keyof typeof cardFormMessages, string> {}
}

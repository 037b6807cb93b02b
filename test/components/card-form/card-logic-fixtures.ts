/** What the card logic's tests share: public test numbers, Luhn-valid numbers of a prefix, a fixed clock. */
import type { CardBrand } from '../../../src/core/types.js';
import { luhnCheckDigit } from '../../../src/components/card-form/luhn.js';
/** Public test numbers (Stripe, Adyen, Braintree, NPCI emulator docs), all Luhn-valid. */
export const TEST_CARDS: ReadonlyArray<[CardBrand, string]> = [
  ['visa', '4111111111111111'],
  ['visa', '4012888888881881'],
  ['visa', '4111111111111111110'],
  ['mastercard', '5555555555554444'],
  ['mastercard', '2223003122003222'],
  ['amex', '378282246310005'],
  ['discover', '6011111111111117'],
  ['discover', '6011000990139424'],
  ['diners', '30569309025904'],
  ['diners', '36227206271667'],
  ['jcb', '3530111333300000'],
  ['unionpay', '6200000000000005'],
  ['unionpay', '6212345678900000003'],
  ['maestro', '6759649826438453'],
  ['maestro', '6799990100000000019'],
  ['mir', '2200000000000004'],
  ['elo', '6362970000457013'],
  ['hipercard', '6062825624254001'],
  ['rupay', '6074849200004917'],
  ['rupay', '6074849900004936'],
];

/** A Luhn-valid number of `length` digits starting with `prefix`. */
export const cardNumber = (prefix: string, length: number): string =>
  prefix.padEnd(length - 1, '0') + luhnCheckDigit(prefix.padEnd(length - 1, '0'));

/** A fixed clock: 15 June 2026, local time. */
export const NOW = new Date(2026, 5, 15, 12, 0, 0);
export const mmyy = (year: number, month: number): string =>
  `${String(month).padStart(2, '0')} / ${String(year % 100).padStart(2, '0')}`;

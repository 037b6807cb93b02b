/** What the card form's browser tests share: public test numbers, the valid card, mounting. */
import { fixture, html } from '@open-wc/testing';
import '../../../src/components/card-form/pay-card-form.js';
import type { PayCardForm } from '../../../src/components/card-form/card-form.js';
import { luhnCheckDigit } from '../../../src/components/card-form/luhn.js';
import type { CardBrand } from '../../../src/core/types.js';
import { CardFormHarness, yearsFromNow } from '../../support/card-form-harness.js';
export const withCheckDigit = (payload: string): string => payload + luhnCheckDigit(payload);

/** Public test numbers (and, for brands without a well-known one, Luhn-valid numbers in the brand's range). */
export const CARDS: { brand: CardBrand; name: string; number: string; formatted: string; cvv: number }[] = [
  { brand: 'visa', name: 'Visa', number: '4111111111111111', formatted: '4111 1111 1111 1111', cvv: 3 },
  { brand: 'mastercard', name: 'Mastercard', number: '5555555555554444', formatted: '5555 5555 5555 4444', cvv: 3 },
  { brand: 'mastercard', name: 'Mastercard', number: '2223003122003222', formatted: '2223 0031 2200 3222', cvv: 3 },
  { brand: 'amex', name: 'American Express', number: '378282246310005', formatted: '3782 822463 10005', cvv: 4 },
  { brand: 'discover', name: 'Discover', number: '6011111111111117', formatted: '6011 1111 1111 1117', cvv: 3 },
  { brand: 'diners', name: 'Diners Club', number: '36227206271667', formatted: '3622 720627 1667', cvv: 3 },
  { brand: 'jcb', name: 'JCB', number: '3530111333300000', formatted: '3530 1113 3330 0000', cvv: 3 },
  { brand: 'unionpay', name: 'UnionPay', number: withCheckDigit('620000000000000'), formatted: '', cvv: 3 },
  { brand: 'maestro', name: 'Maestro', number: '6759649826438453', formatted: '6759 6498 2643 8453', cvv: 3 },
  { brand: 'rupay', name: 'RuPay', number: withCheckDigit('508500000000000'), formatted: '', cvv: 3 },
  { brand: 'mir', name: 'Mir', number: withCheckDigit('220000000000000'), formatted: '', cvv: 3 },
  { brand: 'elo', name: 'Elo', number: '6362970000457013', formatted: '6362 9700 0045 7013', cvv: 3 },
  { brand: 'hipercard', name: 'Hipercard', number: '6062826786276634', formatted: '6062 8267 8627 6634', cvv: 3 },
  { brand: 'visa', name: 'Visa', number: withCheckDigit('400000000000000000'), formatted: '', cvv: 3 },
];

/** 4-4-4-4 grouping, and 4-4-4-4-3 beyond 16 digits. */
export const grouped = (digits: string): string => digits.replace(/(\d{4})(?=\d)/g, '$1 ').replace(/^((?:\d{4} ){4}\d{3})$/, '$1');

export const nextYear = yearsFromNow(1);
export const VALID = { number: '4242424242424242', expiry: `12${nextYear.yy}`, cvv: '123', holderName: 'Ada Lovelace' };

export async function mount(template = html`<pay-card-form></pay-card-form>`): Promise<CardFormHarness> {
  const element = await fixture<PayCardForm>(template);
  return new CardFormHarness(element);
}

/** Types into whatever has focus, with real key events. */
export async function sendTyped(form: CardFormHarness, text: string): Promise<void> {
  const { sendKeys } = await import('@web/test-runner-commands');
  await sendKeys({ type: text });
  await form.settle();
}

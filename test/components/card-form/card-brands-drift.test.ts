import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { detectBrand } from '../../../src/components/card-form/card-brands.js';
import type { CardBrand } from '../../../src/core/types.js';

type CreditCardType = (number: string) => { type: string }[];

/** credit-card-type's names for our brands; brands we do not name are left out. */
const THEIRS: Record<string, CardBrand> = {
  visa: 'visa', mastercard: 'mastercard', 'american-express': 'amex', 'diners-club': 'diners',
  discover: 'discover', jcb: 'jcb', unionpay: 'unionpay', maestro: 'maestro', mir: 'mir', elo: 'elo',
  hiper: 'hipercard', hipercard: 'hipercard',
};

describe('card brand ranges against credit-card-type', () => {
  let creditCardType: CreditCardType;
  before(async () => {
    creditCardType = ((await import(/* @vite-ignore */ '/__pages/credit-card-type.js' as string)) as { default: CreditCardType }).default;
  });

  it('agree with the maintained table wherever it names one of our brands and RuPay is not involved', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[1-9]\d{15}$/), (number) => {
        const matches = creditCardType(number);
        const ours = detectBrand(number);
        if (matches.length !== 1 || ours === 'rupay') return;
        const theirs = THEIRS[matches[0]!.type];
        if (theirs) expect(ours, number).to.equal(theirs);
      }),
      { numRuns: 3000 },
    );
  });
});

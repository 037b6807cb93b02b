import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { CARD_BRANDS } from '../../../src/core/types.js';
import { DEFAULT_RULES, brandCandidates, brandRules, cvvMaxLength, detectBrand, gapsFor } from '../../../src/components/card-form/card-brands.js';
import { luhnCheckDigit, luhnValid } from '../../../src/components/card-form/luhn.js';
import { validateNumber } from '../../../src/components/card-form/validate.js';
import { TEST_CARDS, cardNumber } from './card-logic-fixtures.js';

describe('card brands', () => {
  it('detects every brand from its public test numbers', () => {
    for (const [brand, number] of TEST_CARDS) {
      expect(detectBrand(number), number).to.equal(brand);
      expect(luhnValid(number), number).to.equal(true);
      expect(brandRules(brand).lengths, number).to.include(number.length);
    }
  });

  it('accepts every public test number as a complete, valid card', () => {
    for (const [, number] of TEST_CARDS) expect(validateNumber(number, null, true), number).to.equal(null);
  });

  it('decides the brand as soon as the prefix is unambiguous', () => {
    expect(detectBrand('41')).to.equal('visa');
    expect(detectBrand('34')).to.equal('amex');
    expect(detectBrand('37')).to.equal('amex');
    expect(detectBrand('51')).to.equal('mastercard');
    expect(detectBrand('2221')).to.equal('mastercard');
    expect(detectBrand('36')).to.equal('diners');
    expect(detectBrand('6011')).to.equal('discover');
    expect(detectBrand('3528')).to.equal('jcb');
    expect(detectBrand('620')).to.equal('unionpay');
    expect(detectBrand('2200')).to.equal('mir');
    expect(detectBrand('636297')).to.equal('elo');
    expect(detectBrand('606282')).to.equal('hipercard');
    expect(detectBrand('637095')).to.equal('hipercard');
    expect(detectBrand('607484')).to.equal('rupay');
    expect(detectBrand('652150')).to.equal('rupay');
    expect(detectBrand('508500')).to.equal('rupay');
    expect(detectBrand('817200')).to.equal('rupay');
  });

  it('waits while the prefix is still shared by several brands', () => {
    expect(detectBrand('')).to.equal(null);
    expect(detectBrand('3')).to.equal(null);
    expect(detectBrand('6')).to.equal(null);
    expect(detectBrand('60')).to.equal(null);
    expect(detectBrand('22')).to.equal(null);
    // Elo issues inside Visa's 4 (401178, 438935…), so a lone '4' is not yet Visa.
    expect(detectBrand('4')).to.equal(null);
    // 4011 78 is Elo, 4012 is Visa: four digits are not enough here.
    expect(detectBrand('4011')).to.equal(null);
    expect(detectBrand('401178')).to.equal('elo');
    expect(detectBrand('4012')).to.equal('visa');
  });

  it('keeps Discover numbers Discover and RuPay numbers RuPay where their ranges meet', () => {
    expect(detectBrand('6500000000000002')).to.equal('discover');
    expect(detectBrand('6521')).to.equal(null);
    expect(detectBrand('652150')).to.equal('rupay');
    expect(detectBrand('653149')).to.equal('rupay');
    expect(detectBrand('653150')).to.equal('discover');
    expect(detectBrand('508499')).to.equal('maestro');
    // 8164–8171 is UnionPay's, RuPay's 81 range starts at 8172.
    expect(detectBrand('8171999927660000')).to.equal('unionpay');
  });

  it('lists every brand as a candidate for an empty prefix and narrows down as digits come', () => {
    expect(brandCandidates('')).to.deep.equal([...CARD_BRANDS]);
    expect(brandCandidates('3')).to.have.members(['amex', 'diners', 'jcb']);
    expect(brandCandidates('37')).to.deep.equal(['amex']);
    expect(brandCandidates('1')).to.deep.equal(['jcb']);
    expect(brandCandidates('12')).to.deep.equal([]);
    expect(brandCandidates('9')).to.deep.equal([]);
    expect(brandCandidates('4 1')).to.deep.equal([]);
  });

  it('describes each brand with its lengths, gaps and security-code length', () => {
    expect(brandRules('amex')).to.deep.equal({ brand: 'amex', lengths: [15], gaps: [4, 10], cvvLength: 4 });
    expect(brandRules('visa')).to.deep.equal({ brand: 'visa', lengths: [16, 18, 19], gaps: [4, 8, 12], cvvLength: 3 });
    expect(brandRules('diners').lengths).to.deep.equal([14, 16, 19]);
    expect(brandRules('rupay')).to.deep.equal({ brand: 'rupay', lengths: [16], gaps: [4, 8, 12], cvvLength: 3 });
    expect(DEFAULT_RULES.lengths).to.deep.equal([12, 13, 14, 15, 16, 17, 18, 19]);
    expect(DEFAULT_RULES.gaps).to.deep.equal([4, 8, 12]);
    expect(DEFAULT_RULES.cvvLength).to.equal(3);
    for (const brand of CARD_BRANDS) expect(cvvMaxLength(brand)).to.equal(brand === 'amex' ? 4 : 3);
    expect(cvvMaxLength(null)).to.equal(4);
  });

  it('hands out copies of the rules, so callers cannot corrupt the table', () => {
    brandRules('visa').lengths.push(99);
    expect(brandRules('visa').lengths).to.deep.equal([16, 18, 19]);
  });

  it('groups long numbers 4-4-4-4-3 and a 16-digit Diners 4-4-4-4', () => {
    expect(gapsFor(brandRules('visa'), 19)).to.deep.equal([4, 8, 12, 16]);
    expect(gapsFor(brandRules('diners'), 14)).to.deep.equal([4, 10]);
    expect(gapsFor(brandRules('diners'), 16)).to.deep.equal([4, 8, 12]);
  });
});

describe('Luhn', () => {
  it('accepts correct check digits and refuses any single-digit change', () => {
    expect(luhnValid('79927398713')).to.equal(true);
    expect(luhnValid('4111111111111111')).to.equal(true);
    expect(luhnValid('4111111111111112')).to.equal(false);
    expect(luhnValid('4111111111111121')).to.equal(false);
  });

  it('refuses empty and non-digit input', () => {
    expect(luhnValid('')).to.equal(false);
    expect(luhnValid('4111 1111 1111 1111')).to.equal(false);
    expect(luhnValid('abc')).to.equal(false);
  });

  it('detects every single-digit error in a valid number (property)', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{11,18}$/), fc.nat(), fc.integer({ min: 1, max: 9 }), (payload, at, delta) => {
        const valid = payload + luhnCheckDigit(payload);
        const i = at % valid.length;
        const changed = valid.slice(0, i) + ((Number(valid[i]) + delta) % 10) + valid.slice(i + 1);
        return luhnValid(valid) && !luhnValid(changed);
      }),
    );
  });
});

describe('card number validation', () => {
  it('reports an empty number only once the field is left', () => {
    expect(validateNumber('', null, false)).to.equal(null);
    expect(validateNumber('', null, true)).to.equal('required');
  });

  it('says nothing about a plausible prefix while typing, and incomplete when left', () => {
    expect(validateNumber('4111', null, false)).to.equal(null);
    expect(validateNumber('4111', null, true)).to.equal('incomplete');
    expect(validateNumber('37828224631000', null, true)).to.equal('incomplete');
    // Visa has no 17-digit numbers.
    expect(validateNumber('41111111111111111', null, true)).to.equal('incomplete');
  });

  it('enforces each brand’s lengths', () => {
    expect(validateNumber(cardNumber('34', 15), null, true)).to.equal(null);
    expect(validateNumber(cardNumber('34', 16), null, false)).to.equal('invalid');
    expect(validateNumber(cardNumber('51', 16), null, true)).to.equal(null);
    expect(validateNumber(cardNumber('51', 17), null, false)).to.equal('invalid');
    expect(validateNumber(cardNumber('36', 14), null, true)).to.equal(null);
    expect(validateNumber(cardNumber('36', 16), null, true)).to.equal(null);
    expect(validateNumber(cardNumber('4', 18), null, true)).to.equal(null);
    expect(validateNumber(cardNumber('6759', 12), null, true)).to.equal(null);
    expect(validateNumber(cardNumber('607484', 17), null, false)).to.equal('invalid');
    expect(validateNumber('4'.repeat(20), null, false)).to.equal('invalid');
  });

  it('reports a Luhn failure while typing only once no further digit can come', () => {
    // 16-digit Visa may still become 18 or 19 digits.
    expect(validateNumber('4111111111111112', null, false)).to.equal(null);
    expect(validateNumber('4111111111111112', null, true)).to.equal('luhn');
    expect(validateNumber('4111111111111111111', null, false)).to.equal('luhn');
    expect(validateNumber('378282246310006', null, false)).to.equal('luhn');
    expect(validateNumber('5555555555554445', null, false)).to.equal('luhn');
  });

  it('reports a refused brand as soon as the prefix decides it', () => {
    expect(validateNumber('37', ['visa', 'mastercard'], false)).to.equal('brand_not_accepted');
    expect(validateNumber('4', ['visa', 'mastercard'], false)).to.equal(null);
    // No candidate for '3' is accepted by a Visa-only form.
    expect(validateNumber('3', ['visa'], false)).to.equal('brand_not_accepted');
    expect(validateNumber('3', ['amex'], false)).to.equal(null);
    expect(validateNumber('378282246310005', ['amex'], true)).to.equal(null);
  });

  it('accepts a Luhn-valid 12–19 digit number of a brand we don\'t name when no brands are set', () => {
    expect(validateNumber('9792000000000003', null, true)).to.equal(null); // Troy
    expect(validateNumber('123456789015', null, true)).to.equal(null);
    expect(validateNumber('9792000000000004', null, true)).to.equal('luhn');
    expect(validateNumber('9792', null, false)).to.equal(null);
    expect(validateNumber('9792', null, true)).to.equal('incomplete');
  });

  it('reports an unknown brand for such a number when brands are restricted, once card-length or left', () => {
    expect(validateNumber('1234', ['visa'], false)).to.equal(null);
    expect(validateNumber('1234', ['visa'], true)).to.equal('unknown_brand');
    expect(validateNumber('123456789012', ['visa'], false)).to.equal('unknown_brand');
    expect(validateNumber('9792000000000003', ['visa', 'mastercard'], true)).to.equal('unknown_brand');
  });

  it('refuses non-digits', () => {
    expect(validateNumber('4111 1111', null, false)).to.equal('invalid');
  });
});

import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { CARD_BRANDS } from '../../../src/core/types.js';
import { deleteBackward, deleteForward, digitsOnly, formatCardNumber, formatExpiry } from '../../../src/components/card-form/format.js';
import { parseExpiry, toGlomoCard, validateCvv, validateExpiry, validateHolderName } from '../../../src/components/card-form/validate.js';
import { NOW, mmyy } from './card-logic-fixtures.js';

describe('card number formatting', () => {
  const format = (raw: string): string => formatCardNumber(raw, raw.length).value;

  it('groups each brand as printed on the card', () => {
    expect(format('4111111111111111')).to.equal('4111 1111 1111 1111');
    expect(format('5555555555554444')).to.equal('5555 5555 5555 4444');
    expect(format('378282246310005')).to.equal('3782 822463 10005');
    expect(format('30569309025904')).to.equal('3056 930902 5904');
    expect(format('4111111111111111110')).to.equal('4111 1111 1111 1111 110');
    expect(format('6799990100000000019')).to.equal('6799 9901 0000 0000 019');
    expect(format('6074849200004917')).to.equal('6074 8492 0000 4917');
  });

  it('formats a partial number without trailing space', () => {
    expect(format('4111')).to.equal('4111');
    expect(format('41111')).to.equal('4111 1');
    expect(format('37828')).to.equal('3782 8');
    expect(format('')).to.equal('');
  });

  it('caps the number at the brand’s longest length, 19 while unknown', () => {
    expect(formatCardNumber('3782822463100059999', 19).digits).to.equal('378282246310005');
    expect(formatCardNumber('55555555555544449', 17).digits).to.equal('5555555555554444');
    expect(formatCardNumber('1'.repeat(25), 25).digits).to.equal('1'.repeat(19));
  });

  it('cleans a pasted number with spaces and dashes and reports its brand', () => {
    const result = formatCardNumber('4111 1111-1111 1111', 19);
    expect(result).to.deep.equal({ value: '4111 1111 1111 1111', caret: 19, digits: '4111111111111111', brand: 'visa' });
    expect(formatCardNumber(' 3782-822463-10005 ', 20).value).to.equal('3782 822463 10005');
  });

  it('keeps the caret after the same digit when a digit is typed mid-number', () => {
    // '4111 1111' with '1' typed at the end of the first group.
    const result = formatCardNumber('41111 1111', 5);
    expect(result.value).to.equal('4111 1111 1');
    expect(result.caret).to.equal(6);
    expect(formatCardNumber('4111 11111', 9)).to.include({ value: '4111 1111 1', caret: 9 });
    // Typing the 5th digit jumps over the new space.
    expect(formatCardNumber('41111', 5)).to.include({ value: '4111 1', caret: 6 });
  });

  it('deletes the digit before a separator on Backspace', () => {
    // Caret right after the space of '4111 1'.
    expect(deleteBackward('4111 1', 5, 5, formatCardNumber)).to.deep.include({ value: '4111', caret: 3 });
    expect(deleteBackward('4111 1111 1111', 10, 10, formatCardNumber)).to.deep.include({ value: '4111 1111 111', caret: 8 });
  });

  it('deletes a selection, or the digit before the caret, on Backspace', () => {
    expect(deleteBackward('4111 1111 1111 1111', 0, 19, formatCardNumber)).to.deep.include({ value: '', caret: 0 });
    expect(deleteBackward('4111 1111 1111 1111', 19, 19, formatCardNumber)).to.deep.include({ value: '4111 1111 1111 111', caret: 18 });
    expect(deleteBackward('4111 1111', 0, 0, formatCardNumber)).to.deep.include({ value: '4111 1111', caret: 0 });
    // Reversed selection ends are accepted too.
    expect(deleteBackward('4111 2222', 9, 5, formatCardNumber)).to.deep.include({ value: '4111', caret: 4 });
  });

  it('deletes the digit after a separator on Delete, keeping the caret', () => {
    expect(deleteForward('4111 2345', 4, 4, formatCardNumber)).to.deep.include({ value: '4111 345', caret: 4 });
    expect(deleteForward('4111 2345', 9, 9, formatCardNumber)).to.deep.include({ value: '4111 2345', caret: 9 });
    expect(deleteForward('4111 2345', 0, 4, formatCardNumber)).to.deep.include({ value: '2345', caret: 0 });
  });

  it('is idempotent, keeps the digits, and keeps the caret inside the value (property)', () => {
    const raw = fc.stringMatching(/^[\d -]{0,30}$/);
    fc.assert(
      fc.property(raw, fc.nat(40), (input, at) => {
        const caret = Math.min(at, input.length);
        const once = formatCardNumber(input, caret);
        const twice = formatCardNumber(once.value, once.caret);
        const digits = input.replace(/\D/g, '');
        expect(twice.value).to.equal(once.value);
        expect(twice.caret).to.equal(once.caret);
        expect(once.digits).to.equal(digits.slice(0, once.digits.length));
        expect(once.digits.length).to.be.at.most(19);
        expect(once.value.replace(/ /g, '')).to.equal(once.digits);
        expect(once.value).not.to.match(/^ | $|  /);
        expect(once.caret).to.be.within(0, once.value.length);
        // The caret sits after as many digits as preceded it (fewer only if capped).
        const before = input.slice(0, caret).replace(/\D/g, '').length;
        expect(once.value.slice(0, once.caret).replace(/ /g, '').length).to.equal(Math.min(before, once.digits.length));
      }),
    );
  });

  it('never loses or invents digits on Backspace and Delete (property)', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{1,19}$/), fc.nat(), (digits, at) => {
        const { value } = formatCardNumber(digits, 0);
        const caret = at % (value.length + 1);
        const back = deleteBackward(value, caret, caret, formatCardNumber);
        const forward = deleteForward(value, caret, caret, formatCardNumber);
        const count = (s: string): number => s.replace(/\D/g, '').length;
        const digitsBefore = count(value.slice(0, caret));
        expect(count(back.value)).to.equal(digitsBefore === 0 ? count(value) : count(value) - 1);
        expect(count(forward.value)).to.equal(digitsBefore === count(value) ? count(value) : count(value) - 1);
        expect(back.caret).to.be.within(0, back.value.length);
        expect(forward.caret).to.be.within(0, forward.value.length);
      }),
    );
  });
});

describe('expiry formatting', () => {
  const format = (raw: string): string => formatExpiry(raw, raw.length).value;

  it('formats MM / YY as the user types', () => {
    expect(format('')).to.equal('');
    expect(format('1')).to.equal('1');
    expect(format('0')).to.equal('0');
    expect(format('12')).to.equal('12 / ');
    expect(format('122')).to.equal('12 / 2');
    expect(format('1225')).to.equal('12 / 25');
    expect(format('12255')).to.equal('12 / 25');
  });

  it('adds the leading zero to a month that cannot have two digits', () => {
    expect(formatExpiry('2', 1)).to.deep.equal({ value: '02 / ', caret: 5, month: '02', year: '' });
    expect(format('9')).to.equal('09 / ');
    expect(format('925')).to.equal('09 / 25');
    expect(format('1/')).to.equal('01 / ');
  });

  it('reads pasted dates with any separator and a four-digit year', () => {
    expect(format('12/25')).to.equal('12 / 25');
    expect(format('12 / 2025')).to.equal('12 / 25');
    expect(format('12-2025')).to.equal('12 / 25');
    expect(format('122025')).to.equal('12 / 25');
    expect(format(' 1 / 25')).to.equal('01 / 25');
    expect(format('1/2030')).to.equal('01 / 30');
    expect(formatExpiry('12 / 2025', 9)).to.include({ caret: 7, month: '12', year: '25' });
  });

  it('puts the caret after the separator once the month is complete', () => {
    expect(formatExpiry('12', 2).caret).to.equal(5);
    expect(formatExpiry('12 / 2', 6).caret).to.equal(6);
  });

  it('deletes the month digit on Backspace after the separator', () => {
    expect(deleteBackward('12 / ', 5, 5, formatExpiry)).to.deep.include({ value: '1', caret: 1 });
    expect(deleteBackward('12 / 2', 6, 6, formatExpiry)).to.deep.include({ value: '12 / ', caret: 5 });
    // The month's lone '1' is then read as January, ready for a retyped digit.
    expect(deleteBackward('12 / 25', 5, 5, formatExpiry)).to.deep.include({ value: '01 / 25', caret: 2 });
  });

  it('lets the user retype a month digit in the middle', () => {
    // Backspace the '2' of '12 / 25', then type '1'.
    const removed = deleteBackward('12 / 25', 2, 2, formatExpiry);
    expect(removed).to.deep.include({ value: '01 / 25', caret: 2 });
    const retyped = formatExpiry(removed.value.slice(0, removed.caret) + '1' + removed.value.slice(removed.caret), removed.caret + 1);
    expect(retyped).to.deep.include({ value: '11 / 25', caret: 2 });
  });

  it('is idempotent and keeps the caret inside the value (property)', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[\d /-]{0,12}$/), fc.nat(20), (input, at) => {
        const caret = Math.min(at, input.length);
        const once = formatExpiry(input, caret);
        const twice = formatExpiry(once.value, once.caret);
        expect(twice.value).to.equal(once.value);
        expect(once.caret).to.be.within(0, once.value.length);
        expect(once.value).to.match(/^(\d{0,1}|\d\d \/ \d{0,2})$/);
        expect(once.month + once.year).to.equal(once.value.replace(/\D/g, ''));
      }),
    );
  });
});

describe('expiry validation', () => {
  it('accepts the current month and refuses last month', () => {
    expect(validateExpiry(mmyy(2026, 6), NOW, true)).to.equal(null);
    expect(validateExpiry(mmyy(2026, 5), NOW, true)).to.equal('expired');
    expect(validateExpiry(mmyy(2025, 12), NOW, false)).to.equal('expired');
    expect(validateExpiry(mmyy(2027, 1), NOW, true)).to.equal(null);
  });

  it('treats the current month as valid by the real clock too', () => {
    const now = new Date();
    expect(validateExpiry(mmyy(now.getFullYear(), now.getMonth() + 1), new Date(), true)).to.equal(null);
    const lastMonth = new Date(now.getFullYear(), now.getMonth() - 1, 1);
    expect(validateExpiry(mmyy(lastMonth.getFullYear(), lastMonth.getMonth() + 1), new Date(), true)).to.equal('expired');
  });

  it('refuses month 00 and 13 as soon as both month digits are typed', () => {
    expect(validateExpiry('00 / ', NOW, false)).to.equal('invalid_month');
    expect(validateExpiry('13 / ', NOW, false)).to.equal('invalid_month');
    expect(validateExpiry('13 / 30', NOW, true)).to.equal('invalid_month');
    expect(validateExpiry('1', NOW, false)).to.equal(null);
  });

  it('refuses a date more than twenty years ahead', () => {
    expect(validateExpiry(mmyy(2046, 6), NOW, true)).to.equal(null);
    expect(validateExpiry(mmyy(2046, 7), NOW, true)).to.equal('too_far');
    expect(validateExpiry('12 / 99', NOW, true)).to.equal('too_far');
  });

  it('reports empty and partial dates only once the field is left', () => {
    expect(validateExpiry('', NOW, false)).to.equal(null);
    expect(validateExpiry('', NOW, true)).to.equal('required');
    expect(validateExpiry('1', NOW, true)).to.equal('incomplete');
    expect(validateExpiry('12 / 3', NOW, false)).to.equal(null);
    expect(validateExpiry('12 / 3', NOW, true)).to.equal('incomplete');
  });

  it('parses complete dates into a month and a full year', () => {
    expect(parseExpiry('09 / 30')).to.deep.equal({ month: 9, year: 2030 });
    expect(parseExpiry('12/2031')).to.deep.equal({ month: 12, year: 2031 });
    expect(parseExpiry('12 / 3')).to.equal(null);
    expect(parseExpiry('13 / 30')).to.equal(null);
    expect(parseExpiry('')).to.equal(null);
  });
});

describe('security code and holder name', () => {
  it('wants four digits for Amex and three for the other brands', () => {
    expect(validateCvv('1234', 'amex', true)).to.equal(null);
    expect(validateCvv('123', 'amex', true)).to.equal('incomplete');
    expect(validateCvv('123', 'amex', false)).to.equal(null);
    for (const brand of CARD_BRANDS.filter((b) => b !== 'amex')) {
      expect(validateCvv('123', brand, true), brand).to.equal(null);
      expect(validateCvv('1234', brand, false), brand).to.equal('invalid');
      expect(validateCvv('12', brand, true), brand).to.equal('incomplete');
    }
  });

  it('accepts three or four digits while the brand is unknown', () => {
    expect(validateCvv('123', null, true)).to.equal(null);
    expect(validateCvv('1234', null, true)).to.equal(null);
    expect(validateCvv('12345', null, false)).to.equal('invalid');
  });

  it('reports an empty or non-numeric security code', () => {
    expect(validateCvv('', 'visa', false)).to.equal(null);
    expect(validateCvv('', 'visa', true)).to.equal('required');
    expect(validateCvv('12a', 'visa', false)).to.equal('invalid');
    expect(digitsOnly('1 2a34', 3)).to.equal('123');
  });

  it('accepts real names and refuses digits in the name at once', () => {
    expect(validateHolderName('Zoë O’Brien-Łukasiewicz', true)).to.equal(null);
    expect(validateHolderName('  ', false)).to.equal(null);
    expect(validateHolderName('  ', true)).to.equal('required');
    expect(validateHolderName('4111 1111 1111 1111', false)).to.equal('invalid');
    expect(validateHolderName('John Doe 2', false)).to.equal('invalid');
    expect(validateHolderName('--', true)).to.equal('invalid');
  });
});

describe('Glomo card object', () => {
  it('has exactly the Glomo shape: digits only, two-digit month, four-digit year', () => {
    const card = toGlomoCard({ number: '4111 1111 1111 1111', expiry: '9 / 30', cvv: '123', holderName: '  John   Doe ' });
    expect(card).to.deep.equal({
      holder_name: 'John Doe',
      number: '4111111111111111',
      expiry_month: '09',
      expiry_year: '2030',
      cvv: '123',
    });
    expect(Object.keys(card)).to.have.members(['holder_name', 'number', 'expiry_month', 'expiry_year', 'cvv']);
  });

  it('refuses an incomplete expiry', () => {
    expect(() => toGlomoCard({ number: '4111111111111111', expiry: '12 / 3', cvv: '123', holderName: 'A' })).to.throw(RangeError);
  });

  it('always sends a two-digit month and a four-digit year (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 0, max: 99 }), fc.constantFrom(' / ', '/', '-', ''), (m, y, sep) => {
        const expiry = `${String(m).padStart(2, '0')}${sep}${String(y).padStart(2, '0')}`;
        const card = toGlomoCard({ number: '4111111111111111', expiry, cvv: '123', holderName: 'A B' });
        expect(card.expiry_month).to.match(/^(0[1-9]|1[0-2])$/);
        expect(Number(card.expiry_month)).to.equal(m);
        expect(card.expiry_year).to.equal(String(2000 + y));
      }),
    );
  });
});

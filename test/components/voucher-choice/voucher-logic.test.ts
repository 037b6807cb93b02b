import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { numberSymbols, readLocaleAmount, type NumberSymbols } from '../../../src/components/voucher-choice/locale-amount.js';
import { readVoucherConfig, type VoucherAttributes } from '../../../src/components/voucher-choice/voucher-config.js';
import { deriveVoucherState, voucherFormEntries, type VoucherField, type VoucherValues } from '../../../src/components/voucher-choice/voucher-state.js';
import type { VoucherPaymentMethod } from '../../../src/core/events.js';
import { toMajorString } from '../../../src/core/money.js';

/** Minor units written as a shopper types them in `symbols`' locale, for a currency with `exponent` decimals. */
const typedAmount = (amount: number, exponent: number, symbols: NumberSymbols) =>
  toMajorString({ amount, currency: ({ 0: 'JPY', 2: 'EUR', 3: 'BHD' } as Record<number, string>)[exponent]! }, symbols.decimal);

const read = (text: string, locale = 'en', exponent = 2) => readLocaleAmount(text, numberSymbols(locale), exponent);

function state(attributes: Partial<VoucherAttributes>, values: VoucherValues, locale = 'en', showing: VoucherField[] = []) {
  const config = readVoucherConfig({ total: 15000, currency: 'EUR', balance: null, method: '', voucherAmount: null, ...attributes });
  return deriveVoucherState({ config, values, symbols: numberSymbols(locale), showing: new Set(showing) });
}

describe('voucher amounts typed in the shopper’s locale', () => {
  it('reads the locale’s decimal separator', () => {
    expect(read('12.50', 'en')).to.deep.equal({ amount: 1250 });
    expect(read('12,50', 'it')).to.deep.equal({ amount: 1250 });
    expect(read('12,5', 'it')).to.deep.equal({ amount: 1250 });
    expect(read(' 12 ', 'it')).to.deep.equal({ amount: 1200 });
    expect(read(',5', 'it')).to.deep.equal({ amount: 50 });
  });

  it('accepts the locale’s grouping where the groups are where the locale puts them', () => {
    expect(read('1,234.50', 'en')).to.deep.equal({ amount: 123450 });
    expect(read('1.234,50', 'it')).to.deep.equal({ amount: 123450 });
    expect(read('1 234,50', 'fr'), 'a plain space for French’s narrow no-break space').to.deep.equal({ amount: 123450 });
    expect(read('1\u202f234,50', 'fr')).to.deep.equal({ amount: 123450 });
    expect(read('12,34,567.50', 'en-IN')).to.deep.equal({ amount: 1234567_50 });
    expect(read("1'234.50", 'de-CH')).to.deep.equal({ amount: 123450 });
  });

  it('refuses the other locale’s decimal separator rather than guess (12.50 in Italian is no amount)', () => {
    expect(read('12.50', 'it')).to.deep.equal({ error: 'invalid', typing: false });
    expect(read('12,50', 'en')).to.deep.equal({ error: 'invalid', typing: false });
    expect(read('1,23.5', 'en'), 'a bad group before the decimal point can’t be repaired').to.deep.equal({ error: 'invalid', typing: true });
  });

  it('reads the locale’s own digits and full-width digits', () => {
    const arabic = numberSymbols('ar-EG');
    const typed = `${arabic.digits[1]}${arabic.digits[2]}${arabic.decimal}${arabic.digits[5]}`;
    expect(readLocaleAmount(typed, arabic, 2)).to.deep.equal({ amount: 1250 });
    expect(read('１２.５０', 'en')).to.deep.equal({ amount: 1250 });
  });

  it('refuses letters, negatives and extra decimals at once, and waits on what typing may still fix', () => {
    expect(read('12a', 'en')).to.deep.equal({ error: 'invalid', typing: true });
    expect(read('€12', 'en')).to.deep.equal({ error: 'invalid', typing: true });
    expect(read('1.2.3', 'en')).to.deep.equal({ error: 'invalid', typing: true });
    expect(read('-5', 'en')).to.deep.equal({ error: 'negative', typing: true });
    expect(read('−5', 'en'), 'a minus sign').to.deep.equal({ error: 'negative', typing: true });
    expect(read('1.005', 'en', 2)).to.deep.equal({ error: 'decimals', typing: true });
    expect(read('100.5', 'en', 0)).to.deep.equal({ error: 'decimals', typing: true });
    expect(read('1.0005', 'en', 3)).to.deep.equal({ error: 'decimals', typing: true });
    expect(read('', 'en')).to.deep.equal({ error: 'required', typing: false });
    expect(read('.', 'en')).to.deep.equal({ error: 'invalid', typing: false });
    expect(read('1,23', 'en')).to.deep.equal({ error: 'invalid', typing: false });
  });

  it('reads exactly every exponent: JPY 0, EUR 2, BHD 3', () => {
    expect(read('1500', 'en', 0)).to.deep.equal({ amount: 1500 });
    expect(read('1.005', 'en', 3)).to.deep.equal({ amount: 1005 });
    expect(read('4.35', 'en', 2)).to.deep.equal({ amount: 435 });
  });

  it('writes amounts as the shopper would type them, and reads them back exactly', () => {
    expect(typedAmount(5000, 2, numberSymbols('it'))).to.equal('50,00');
    expect(typedAmount(5, 3, numberSymbols('en'))).to.equal('0.005');
    expect(typedAmount(1500, 0, numberSymbols('en'))).to.equal('1500');
    for (const locale of ['en', 'it', 'fr', 'de-CH', 'en-IN', 'ar-EG']) {
      const symbols = numberSymbols(locale);
      fc.assert(fc.property(fc.integer({ min: 0, max: 10 ** 12 }), fc.constantFrom(0, 2, 3), (amount, exponent) => {
        expect(readLocaleAmount(typedAmount(amount, exponent, symbols), symbols, exponent)).to.deep.equal({ amount });
      }), { numRuns: 200 });
    }
  });
});

describe('voucher configuration', () => {
  const config = (attributes: Partial<VoucherAttributes>) =>
    readVoucherConfig({ total: 15000, currency: 'EUR', balance: null, method: '', voucherAmount: null, ...attributes });

  it('waits while nothing is configured, and reads a good configuration', () => {
    expect(config({ total: null, currency: '' })).to.deep.equal({ status: 'unset' });
    const ok = config({ balance: '3000', method: 'card_and_voucher', voucherAmount: 2500 });
    expect(ok).to.include({ status: 'ok', balance: 3000, method: 'CARD_AND_VOUCHER', voucherAmount: 2500, maxVoucher: 3000 });
  });

  it('names the first mistake', () => {
    const mistake = (attributes: Partial<VoucherAttributes>) => {
      const result = config(attributes);
      return result.status === 'invalid' ? result.mistake.attribute : null;
    };
    expect(mistake({ total: -1 })).to.equal('total');
    expect(mistake({ total: 15.5 })).to.equal('total');
    expect(mistake({ total: Number.NaN })).to.equal('total');
    expect(mistake({ total: null })).to.equal('total');
    expect(mistake({ currency: 'XYZ' })).to.equal('currency');
    expect(mistake({ currency: '' })).to.equal('currency');
    expect(mistake({ balance: -5 })).to.equal('voucher-balance');
    expect(mistake({ method: 'VOUCHERS' })).to.equal('method');
    expect(mistake({ method: 'VOUCHER_ONLY', balance: 100 }), 'a preselection the shopper couldn’t make').to.equal('method');
    expect(mistake({ voucherAmount: 15000 })).to.equal('voucher-amount');
    expect(mistake({ voucherAmount: 0 })).to.equal('voucher-amount');
    expect(mistake({ voucherAmount: 3001, balance: 3000 })).to.equal('voucher-amount');
  });

  it('disables all-vouchers below the total, and both voucher choices on an empty balance', () => {
    expect(config({ balance: 14999 })).to.deep.include({ unavailable: { CARD_ONLY: null, CARD_AND_VOUCHER: null, VOUCHER_ONLY: 'balance_below_total' } });
    expect(config({ balance: 15000 })).to.deep.include({ unavailable: { CARD_ONLY: null, CARD_AND_VOUCHER: null, VOUCHER_ONLY: null } });
    expect(config({ balance: 0 })).to.deep.include({ unavailable: { CARD_ONLY: null, CARD_AND_VOUCHER: 'no_balance', VOUCHER_ONLY: 'no_balance' } });
    expect(config({ total: 1 })).to.deep.include({ unavailable: { CARD_ONLY: null, CARD_AND_VOUCHER: 'total_too_small', VOUCHER_ONLY: null } });
  });
});

describe('voucher state', () => {
  it('splits each choice so that card + voucher = total', () => {
    const eur = (amount: number) => ({ amount, currency: 'EUR' });
    expect(state({}, { method: 'CARD_ONLY', amountText: '' }).split).to.deep.equal({ total: eur(15000), card: eur(15000), voucher: eur(0) });
    expect(state({}, { method: 'VOUCHER_ONLY', amountText: '' }).split).to.deep.equal({ total: eur(15000), card: eur(0), voucher: eur(15000) });
    expect(state({}, { method: 'CARD_AND_VOUCHER', amountText: '50' }).split).to.deep.equal({ total: eur(15000), card: eur(10000), voucher: eur(5000) });
  });

  it('keeps bound errors visible while typing, and the rest for when the field is left', () => {
    const typing = (text: string, attributes = {}) => state(attributes, { method: 'CARD_AND_VOUCHER', amountText: text }).visible.amount;
    expect(typing('150')).to.equal('not_below_total');
    expect(typing('31', { balance: 3000 })).to.equal('over_balance');
    expect(typing('0')).to.equal(undefined);
    expect(typing('')).to.equal(undefined);
    const left = state({}, { method: 'CARD_AND_VOUCHER', amountText: '0' }, 'en', ['amount']);
    expect(left.visible.amount).to.equal('zero');
    expect(left.change).to.deep.include({ paymentMethod: 'CARD_AND_VOUCHER', valid: false });
    expect(left.change!.card.amount + left.change!.voucher.amount).to.equal(15000);
  });

  it('puts the method and both parts in minor units in the form entries, only once valid', () => {
    expect(voucherFormEntries(state({}, { method: 'CARD_AND_VOUCHER', amountText: '50,25' }, 'it'), 'pay')).to.deep.equal([
      ['pay[paymentMethod]', 'CARD_AND_VOUCHER'], ['pay[voucher]', '5025'], ['pay[card]', '9975'],
    ]);
    expect(voucherFormEntries(state({}, { method: 'CARD_AND_VOUCHER', amountText: '150' }), 'pay')).to.equal(null);
    expect(voucherFormEntries(state({}, { method: null, amountText: '' }), 'pay')).to.equal(null);
  });

  it('accepts exactly the amounts within bounds, and every accepted split adds up (any total, balance, exponent)', () => {
    const methods: VoucherPaymentMethod[] = ['CARD_ONLY', 'CARD_AND_VOUCHER', 'VOUCHER_ONLY'];
    fc.assert(
      fc.property(
        fc.constantFrom('JPY', 'EUR', 'BHD'),
        fc.integer({ min: 0, max: 10 ** 11 }),
        fc.option(fc.integer({ min: 0, max: 10 ** 11 }), { nil: null }),
        fc.constantFrom(...methods),
        // Amounts anywhere, and right at the bounds: the total, the balance, zero (± 2).
        fc.record({ free: fc.integer({ min: -10, max: 10 ** 11 }), near: fc.constantFrom('free', 'total', 'balance', 'zero'), delta: fc.integer({ min: -2, max: 2 }) }),
        fc.constantFrom('en', 'it', 'fr'),
        (currency, total, balance, method, amount, locale) => {
          const base = { free: amount.free, total, balance: balance ?? total, zero: 0 }[amount.near];
          const typed = amount.near === 'free' ? base : base + amount.delta;
          const config = readVoucherConfig({ total, currency, balance, method: '', voucherAmount: null });
          if (config.status !== 'ok') throw new Error('valid configuration refused');
          const exponent = currency === 'JPY' ? 0 : currency === 'EUR' ? 2 : 3;
          const text = (typed < 0 ? '-' : '') + typedAmount(Math.abs(typed), exponent, numberSymbols(locale));
          const result = deriveVoucherState({ config, values: { method, amountText: text }, symbols: numberSymbols(locale), showing: new Set() });
          const within = typed > 0 && typed < total && (balance === null || typed <= balance);
          const available = config.unavailable[method] === null;
          expect(result.complete).to.equal(available && (method !== 'CARD_AND_VOUCHER' || within));
          const { change } = result;
          expect(change!.card.amount + change!.voucher.amount).to.equal(total);
          expect(change!.card.amount).to.be.at.least(0);
          expect(change!.voucher.amount).to.be.at.least(0);
          if (result.split) {
            expect(Number.isSafeInteger(result.split.card.amount) && Number.isSafeInteger(result.split.voucher.amount)).to.equal(true);
            if (method === 'CARD_AND_VOUCHER') expect(result.split.voucher.amount).to.equal(typed);
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});

import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { fromPayGlobeAmount, toPayGlobeAmount } from '../../../src/providers/payglobe/amount.js';

/** One currency per exponent: 0, 2 and 3 digits after the point. */
const CURRENCIES = [
  { currency: 'JPY', exponent: 0 },
  { currency: 'EUR', exponent: 2 },
  { currency: 'BHD', exponent: 3 },
] as const;

/** Amounts whose decimal has at most 15 significant digits: what a JSON number carries exactly. */
const EXACT_MAX = 999_999_999_999_999;

describe('PayGlobe amounts', () => {
  describe('toPayGlobeAmount', () => {
    it('turns minor units into the decimal PayGlobe takes', () => {
      expect(toPayGlobeAmount({ amount: 15000, currency: 'EUR' })).to.equal(150);
      expect(toPayGlobeAmount({ amount: 15050, currency: 'EUR' })).to.equal(150.5);
      expect(toPayGlobeAmount({ amount: 1, currency: 'EUR' })).to.equal(0.01);
      expect(toPayGlobeAmount({ amount: 0, currency: 'EUR' })).to.equal(0);
      expect(toPayGlobeAmount({ amount: 1500, currency: 'JPY' })).to.equal(1500);
      expect(toPayGlobeAmount({ amount: 1, currency: 'BHD' })).to.equal(0.001);
      expect(toPayGlobeAmount({ amount: 12345, currency: 'bhd' })).to.equal(12.345);
    });

    it('counts ISO 4217 minor units where Intl shows none: 1,500 forint is 150000 fillér', () => {
      expect(toPayGlobeAmount({ amount: 150000, currency: 'HUF' })).to.equal(1500);
      expect(fromPayGlobeAmount(1500.5, 'HUF')).to.deep.include({ amount: 150050 });
      expect(toPayGlobeAmount({ amount: 1000, currency: 'IQD' })).to.equal(1);
    });

    it('serialises to the JSON PayGlobe documents', () => {
      const body = JSON.stringify({ amount: toPayGlobeAmount({ amount: 10030, currency: 'EUR' }) });
      expect(body).to.equal('{"amount":100.3}');
    });

    it('throws a RangeError for money that is not money', () => {
      for (const amount of [-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, Number.MAX_SAFE_INTEGER + 2]) {
        expect(() => toPayGlobeAmount({ amount, currency: 'EUR' }), String(amount)).to.throw(RangeError);
      }
      expect(() => toPayGlobeAmount({ amount: 100, currency: 'XYZ' })).to.throw(RangeError);
      expect(() => toPayGlobeAmount({ amount: 100, currency: '' })).to.throw(RangeError);
    });

    it('throws rather than lose a digit of an amount too long for a JSON number', () => {
      // 90071992547409.91 EUR prints back as 90071992547409.9: 16 significant digits don't fit.
      expect(() => toPayGlobeAmount({ amount: Number.MAX_SAFE_INTEGER, currency: 'EUR' })).to.throw(RangeError);
      expect(toPayGlobeAmount({ amount: EXACT_MAX, currency: 'EUR' })).to.equal(9999999999999.99);
    });
  });

  describe('fromPayGlobeAmount', () => {
    it('turns PayGlobe decimals into minor units', () => {
      expect(fromPayGlobeAmount(150.5, 'EUR')).to.deep.equal({ amount: 15050, currency: 'EUR' });
      expect(fromPayGlobeAmount(150, 'EUR')).to.deep.equal({ amount: 15000, currency: 'EUR' });
      expect(fromPayGlobeAmount(0.29, 'EUR')).to.deep.equal({ amount: 29, currency: 'EUR' });
      expect(fromPayGlobeAmount(1.15, 'eur')).to.deep.equal({ amount: 115, currency: 'EUR' });
      expect(fromPayGlobeAmount(1500, 'JPY')).to.deep.equal({ amount: 1500, currency: 'JPY' });
      expect(fromPayGlobeAmount(1.005, 'BHD')).to.deep.equal({ amount: 1005, currency: 'BHD' });
      expect(fromPayGlobeAmount(0, 'EUR')).to.deep.equal({ amount: 0, currency: 'EUR' });
      expect(fromPayGlobeAmount(-0, 'EUR')).to.deep.equal({ amount: 0, currency: 'EUR' });
    });

    it('is exact where float arithmetic drifts', () => {
      // The naive conversions are wrong: 1.15 * 100 = 114.99999999999999, 4.35 * 100 = 434.99999999999994.
      expect(Math.trunc(1.15 * 100)).to.equal(114);
      expect(fromPayGlobeAmount(1.15, 'EUR')!.amount).to.equal(115);
      expect(fromPayGlobeAmount(4.35, 'EUR')!.amount).to.equal(435);
      expect(fromPayGlobeAmount(1.005, 'BHD')!.amount).to.equal(1005);
    });

    it('refuses more decimals than the currency has', () => {
      expect(fromPayGlobeAmount(1.005, 'EUR')).to.equal(null);
      expect(fromPayGlobeAmount(0.5, 'JPY')).to.equal(null);
      expect(fromPayGlobeAmount(1.0005, 'BHD')).to.equal(null);
      expect(fromPayGlobeAmount(0.1 + 0.2, 'EUR'), '0.30000000000000004').to.equal(null);
      expect(fromPayGlobeAmount(1e-7, 'BHD')).to.equal(null);
    });

    it('refuses what is not an amount', () => {
      for (const value of [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, -1, -0.01, 1e21, 2 ** 53]) {
        expect(fromPayGlobeAmount(value, 'EUR'), String(value)).to.equal(null);
      }
      expect(fromPayGlobeAmount('150' as unknown as number, 'EUR')).to.equal(null);
      expect(fromPayGlobeAmount(150, 'XYZ')).to.equal(null);
    });
  });

  describe('properties', () => {
    for (const { currency, exponent } of CURRENCIES) {
      it(`round-trips every amount exactly in ${currency} (exponent ${exponent}), through JSON too`, () => {
        fc.assert(
          fc.property(fc.integer({ min: 0, max: EXACT_MAX }), (amount) => {
            const decimal = toPayGlobeAmount({ amount, currency });
            const overTheWire = JSON.parse(JSON.stringify({ amount: decimal })).amount as number;
            expect(fromPayGlobeAmount(overTheWire, currency)).to.deep.equal({ amount, currency });
          }),
          { numRuns: 500 },
        );
      });

      it(`never produces float noise (0.30000000000000004) in ${currency}`, () => {
        fc.assert(
          fc.property(fc.integer({ min: 0, max: EXACT_MAX }), (amount) => {
            const text = String(toPayGlobeAmount({ amount, currency }));
            const decimals = text.split('.')[1] ?? '';
            expect(text).to.not.match(/e/i);
            expect(decimals.length).to.be.at.most(exponent);
          }),
          { numRuns: 500 },
        );
      });

      it(`refuses any value with more decimals than ${currency} has`, () => {
        fc.assert(
          fc.property(fc.integer({ min: 0, max: 10 ** 9 }), fc.integer({ min: 1, max: 9 }), (whole, extra) => {
            // A value with exactly exponent + 1 decimals, the last one non-zero.
            const value = Number(`${whole}.${'0'.repeat(exponent)}${extra}`);
            expect(fromPayGlobeAmount(value, currency)).to.equal(null);
          }),
        );
      });
    }

    it('refuses the sum of float arithmetic whenever it drifts', () => {
      fc.assert(
        fc.property(fc.integer({ min: 0, max: 10 ** 6 }), fc.integer({ min: 0, max: 10 ** 6 }), (a, b) => {
          const sum = a / 100 + b / 100;
          const result = fromPayGlobeAmount(sum, 'EUR');
          // Either the float sum happens to be the exact decimal, or it is refused: never a wrong amount.
          if (result) expect(result.amount).to.equal(a + b);
        }),
        { numRuns: 1000 },
      );
    });
  });
});

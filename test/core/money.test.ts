import { expect } from '@open-wc/testing';
import { addMoney, configuredMoney, currencyExponent, currencySymbol, formatMoney, isCurrency, money, parseMajor, toMajorString } from '../../src/core/money.js';

describe('money', () => {
  it('knows each currency exponent from ISO 4217', () => {
    expect(currencyExponent('JPY')).to.equal(0);
    expect(currencyExponent('EUR')).to.equal(2);
    expect(currencyExponent('BHD')).to.equal(3);
    expect(currencyExponent('CLF')).to.equal(4);
  });

  it('takes the exponent from ISO 4217 where Intl shows fewer digits (HUF, IDR, COP, PKR, IQD)', () => {
    // Chromium's Intl (CLDR) gives these currencies no decimals; payment APIs count ISO's minor units.
    for (const code of ['HUF', 'IDR', 'COP', 'PKR', 'RSD']) {
      expect(new Intl.NumberFormat('en', { style: 'currency', currency: code }).resolvedOptions().maximumFractionDigits, `Intl's ${code}`).to.equal(0);
      expect(currencyExponent(code), code).to.equal(2);
    }
    expect(currencyExponent('IQD')).to.equal(3);
    for (const code of ['KRW', 'VND', 'CLP', 'ISK', 'XOF']) expect(currencyExponent(code), code).to.equal(0);
    // Every amount is shown with exactly the digits it has: never rounded to a whole forint.
    expect(formatMoney({ amount: 150050, currency: 'HUF' }, 'en').replace(/\s/g, ' ')).to.equal('HUF 1,500.50');
    expect(parseMajor('1500.50', 'HUF')).to.deep.equal({ amount: 150050, currency: 'HUF' });
    expect(toMajorString({ amount: 150000, currency: 'IDR' })).to.equal('1500.00');
  });

  it('formats minor units for people', () => {
    expect(formatMoney({ amount: 5000, currency: 'EUR' }, 'en')).to.equal('€50.00');
    expect(formatMoney({ amount: 5000, currency: 'JPY' }, 'en')).to.equal('¥5,000');
    expect(formatMoney({ amount: 1234, currency: 'BHD' }, 'en').replace(/\s/g, ' ')).to.equal('BHD 1.234');
  });

  it('converts to and from decimal strings exactly', () => {
    expect(toMajorString({ amount: 5000, currency: 'EUR' })).to.equal('50.00');
    expect(toMajorString({ amount: 5, currency: 'EUR' })).to.equal('0.05');
    expect(toMajorString({ amount: 5, currency: 'BHD' })).to.equal('0.005');
    expect(toMajorString({ amount: 5, currency: 'JPY' })).to.equal('5');
    expect(toMajorString({ amount: 5000, currency: 'EUR' }, ',')).to.equal('50,00');
    expect(toMajorString({ amount: 1500, currency: 'JPY' }, ',')).to.equal('1500');
    expect(parseMajor('50.1', 'EUR')).to.deep.equal({ amount: 5010, currency: 'EUR' });
    expect(parseMajor('0.29', 'EUR')).to.deep.equal({ amount: 29, currency: 'EUR' });
    expect(parseMajor('1.5', 'JPY')).to.equal(null);
    expect(parseMajor('abc', 'EUR')).to.equal(null);
  });

  it('refuses fractional minor units and unknown currencies', () => {
    expect(() => money(10.5, 'EUR')).to.throw(RangeError);
    expect(() => money(10, 'XX')).to.throw(RangeError);
    expect(money(10, 'eur')).to.deep.equal({ amount: 10, currency: 'EUR' });
  });

  it('knows ISO 4217 currencies and refuses well-formed codes that are none, which Intl would still format', () => {
    for (const code of ['EUR', 'USD', 'JPY', 'BHD', 'CHF', 'INR']) expect(isCurrency(code), code).to.equal(true);
    // Intl.NumberFormat formats any three letters ("XYZ 1.00"): only the runtime's list tells them apart.
    expect(() => new Intl.NumberFormat('en', { style: 'currency', currency: 'XYZ' })).not.to.throw();
    for (const code of ['XYZ', 'ABC', 'QQQ', 'eur', 'EU', 'EURO', '']) expect(isCurrency(code), code).to.equal(false);
    expect(() => money(10, 'XYZ')).to.throw(RangeError);
    expect(configuredMoney(5000, 'XYZ')).to.equal(null);
    expect(configuredMoney(5000, 'eur')).to.deep.equal({ amount: 5000, currency: 'EUR' });
  });

  it("names a currency's symbol in the locale", () => {
    expect(currencySymbol('EUR', 'it')).to.equal('€');
    expect(currencySymbol('JPY', 'en')).to.equal('¥');
    expect(currencySymbol('CHF', 'en')).to.equal('CHF');
  });

  it('refuses to add different currencies', () => {
    expect(() => addMoney({ amount: 1, currency: 'EUR' }, { amount: 1, currency: 'USD' })).to.throw(RangeError);
  });
});

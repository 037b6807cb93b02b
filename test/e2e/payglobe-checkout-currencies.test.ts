import { expect } from '@open-wc/testing';
import { mountPayGlobe, shopper, startPayment, statusText, unmountAll } from './support/payglobe-checkout-harness.js';

/**
 * Exact voucher arithmetic through the whole flow: minor units in the element, PayGlobe's decimals
 * on the wire (typed by the shopper in the hosted page), minor units again in `split`, with
 * card + voucher = total to the last minor unit — in a 0-, a 2- and a 3-decimal currency, on
 * amounts where float arithmetic would drift (0.1 + 0.2, 1.005).
 */
const CASES = [
  { currency: 'JPY', amount: 1501, voucherTyped: '500', card: 1001, voucher: 500, said: '¥1,001 by card and ¥500' },
  { currency: 'EUR', amount: 30, voucherTyped: '0.1', card: 20, voucher: 10, said: '€0.20 by card and €0.10' },
  { currency: 'BHD', amount: 1005, voucherTyped: '0.335', card: 670, voucher: 335, said: 'BHD 0.670 by card and BHD 0.335' },
] as const;

describe('<pay-payglobe-checkout> voucher arithmetic in JPY, EUR and BHD', function () {
  this.timeout(40_000);
  afterEach(unmountAll);

  for (const c of CASES) {
    it(`${c.currency}: ${c.amount} minor units, vouchers ${c.voucherTyped} → card ${c.card} + voucher ${c.voucher}, exactly`, async () => {
      const checkout = await mountPayGlobe({ amount: String(c.amount), currency: c.currency });
      const { page } = await startPayment(checkout);
      await shopper.approveCard(page);
      await shopper.choose(page, 'CARD_AND_VOUCHER', c.voucherTyped);
      await shopper.otp(page, '123456');
      await shopper.capture(page);
      const success = await checkout.next();
      expect(success.type).to.equal('pay-success');
      const money = (amount: number) => ({ amount, currency: c.currency });
      expect(success.detail.split).to.deep.equal({ total: money(c.amount), card: money(c.card), voucher: money(c.voucher) });
      expect(success.detail.split.card.amount + success.detail.split.voucher.amount).to.equal(c.amount);
      expect(statusText(checkout.element).replace(/\u00a0/g, ' ')).to.contain(c.said);
    });
  }
});

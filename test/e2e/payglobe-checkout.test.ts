import { expect } from '@open-wc/testing';
import { forceStatus, mountPayGlobe, shopper, startPayment, statusText, unmountAll, waitFor } from './support/payglobe-checkout-harness.js';

const eur = (amount: number) => ({ amount, currency: 'EUR' });

describe('<pay-payglobe-checkout> through the sandbox: every outcome', function () {
  this.timeout(40_000);
  afterEach(unmountAll);

  it('pays card only: pay-success with the whole total on the card, the checkout shown inside the element', async () => {
    const checkout = await mountPayGlobe({ amount: '15000', currency: 'EUR', description: 'Order #1' });
    const { paymentId, page } = await startPayment(checkout);
    const frame = await waitFor(() => checkout.element.querySelector('iframe'), 5000, 'the checkout iframe');
    expect(frame.title).to.equal('PayGlobe checkout');
    expect(checkout.element.shadowRoot!.querySelector('[part~="checkout"]')!.hasAttribute('hidden')).to.equal(false);
    await shopper.approveCard(page);
    await shopper.choose(page, 'CARD_ONLY');
    await shopper.capture(page);
    const success = await checkout.next();
    expect(success.type).to.equal('pay-success');
    expect(success.detail).to.include({ provider: 'payglobe', status: 'succeeded', paymentId });
    expect(success.detail.split).to.deep.equal({ total: eur(15000), card: eur(15000), voucher: eur(0) });
    expect(success.detail.raw).to.include({ status: 'SUCCESS', paymentMethod: 'CARD_ONLY' });
    expect(checkout.results()).to.have.length(1);
    expect(checkout.element.querySelector('iframe'), 'the checkout is closed').to.equal(null);
    expect(statusText(checkout.element)).to.equal('Payment approved: €150.00.');
  });

  it('pays part with meal vouchers after the OTP: the card captures the difference', async () => {
    const checkout = await mountPayGlobe({ amount: '15000' });
    const { page } = await startPayment(checkout);
    await shopper.approveCard(page);
    await shopper.choose(page, 'CARD_AND_VOUCHER', '50.50');
    await shopper.otp(page, '123456');
    await shopper.capture(page);
    const success = await checkout.next();
    expect(success.type).to.equal('pay-success');
    expect(success.detail.split).to.deep.equal({ total: eur(15000), card: eur(9950), voucher: eur(5050) });
    expect(statusText(checkout.element)).to.equal('Payment approved: €99.50 by card and €50.50 in meal vouchers.');
  });

  it('pays all with meal vouchers: the pre-authorisation is voided, nothing on the card', async () => {
    const checkout = await mountPayGlobe({ amount: '2390' });
    const { page } = await startPayment(checkout);
    await shopper.approveCard(page);
    await shopper.choose(page, 'VOUCHER_ONLY');
    await shopper.otp(page, '123456');
    await shopper.capture(page);
    const success = await checkout.next();
    expect(success.type).to.equal('pay-success');
    expect(success.detail.split).to.deep.equal({ total: eur(2390), card: eur(0), voucher: eur(2390) });
  });

  it('a declined card pre-authorisation: pay-failure card_preauth_failed, then the element offers another try', async () => {
    const checkout = await mountPayGlobe({ amount: '1000' });
    const { page } = await startPayment(checkout);
    await shopper.declineCard(page);
    const failure = await checkout.next();
    expect(failure.type).to.equal('pay-failure');
    expect(failure.detail.status).to.equal('failed');
    expect(failure.detail.error.code).to.equal('card_preauth_failed');
    expect(failure.detail.error.message).to.be.a('string').and.not.equal('');
    expect(checkout.results()).to.have.length(1);
    expect(statusText(checkout.element)).to.contain('The payment failed:');
    expect(checkout.element.shadowRoot!.querySelector('[part~="button"]')!.textContent!.trim()).to.equal('Try again');
  });

  it('a wrong voucher OTP: pay-failure voucher_failed, carrying the split that was attempted', async () => {
    const checkout = await mountPayGlobe({ amount: '1000' });
    const { page } = await startPayment(checkout);
    await shopper.approveCard(page);
    await shopper.choose(page, 'CARD_AND_VOUCHER', '4');
    await shopper.otp(page, '000000');
    const failure = await checkout.next();
    expect(failure.type).to.equal('pay-failure');
    expect(failure.detail.error.code).to.equal('voucher_failed');
    expect(failure.detail.split).to.deep.equal({ total: eur(1000), card: eur(600), voucher: eur(400) });
  });

  it('a failed capture: pay-failure card_capture_failed', async () => {
    const checkout = await mountPayGlobe({ amount: '1000' });
    const { page } = await startPayment(checkout);
    await shopper.approveCard(page);
    await shopper.choose(page, 'CARD_ONLY');
    await shopper.failCapture(page);
    const failure = await checkout.next();
    expect(failure.type).to.equal('pay-failure');
    expect(failure.detail.error.code).to.equal('card_capture_failed');
  });

  it('the shopper cancels in the checkout: pay-failure failed with PayGlobe’s message', async () => {
    const checkout = await mountPayGlobe({ amount: '1000' });
    const { page } = await startPayment(checkout);
    await shopper.cancel(page);
    const failure = await checkout.next();
    expect(failure.type).to.equal('pay-failure');
    expect(failure.detail.error).to.deep.equal({ code: 'failed', message: 'Payment cancelled by the shopper' });
  });

  it('follows retrieve() while the checkout is open: CARD_PREAUTH_SUCCESS stays pending, PAID succeeds', async () => {
    const checkout = await mountPayGlobe({ amount: '5000' });
    const { paymentId, page } = await startPayment(checkout);
    await shopper.approveCard(page); // CARD_PREAUTH_SUCCESS: not an end
    await new Promise((resolve) => setTimeout(resolve, 800));
    expect(checkout.results()).to.deep.equal([]);
    await forceStatus(paymentId, 'PAID');
    const success = await checkout.next();
    expect(success.type).to.equal('pay-success');
    expect(success.detail.split).to.deep.equal({ total: eur(5000), card: eur(5000), voucher: eur(0) });
  });

  it('maps the payment-link statuses: EXPIRED fails, CANCELLED cancels', async () => {
    const expired = await mountPayGlobe({ amount: '5000' });
    const first = await startPayment(expired);
    await forceStatus(first.paymentId, 'EXPIRED');
    const failure = await expired.next();
    expect(failure.type).to.equal('pay-failure');
    expect(failure.detail.error.code).to.equal('expired');

    const cancelled = await mountPayGlobe({ amount: '5000' });
    const second = await startPayment(cancelled);
    await forceStatus(second.paymentId, 'CANCELLED');
    const cancel = await cancelled.next();
    expect(cancel.type).to.equal('pay-cancel');
    expect(cancel.detail).to.deep.equal({ provider: 'payglobe', reason: 'cancelled' });
    expect(cancelled.results()).to.have.length(1);
  });
});

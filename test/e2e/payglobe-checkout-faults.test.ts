import { expect } from '@open-wc/testing';
import { SANDBOX_SECRET_KEY } from '../support/sandbox.js';
import {
  mountPayGlobe, payButton, realClick, requestsTo, routeFault, scriptUrl, shopper, sleep, startPayment, statusText, unmountAll, waitFor,
} from './support/payglobe-checkout-harness.js';

describe('<pay-payglobe-checkout> when things go wrong', function () {
  this.timeout(30_000);
  afterEach(unmountAll);

  it('refuses a secret key with invalid_config and makes no request at all', async () => {
    const script = await scriptUrl();
    const marker = new URL(script).searchParams.get('t')!;
    const checkout = await mountPayGlobe({ 'publishable-key': SANDBOX_SECRET_KEY, amount: '1000', 'script-url': script });
    const reported = await checkout.next(['pay-error']);
    expect(reported.detail.code).to.equal('invalid_config');
    expect(reported.detail.message).to.contain('secret key');
    await realClick(payButton(checkout.element));
    await waitFor(() => checkout.events.filter((event) => event.type === 'pay-error').length === 2, 3000, 'the click refused');
    await sleep(300);
    expect(checkout.events.map((event) => event.type)).to.deep.equal(['pay-error', 'pay-error']);
    expect(requestsTo(marker), 'payglobe.js never requested').to.have.length(0);
    expect(requestsTo('/api/payment/initiate'), 'no payment created').to.have.length(0);
  });

  it('refuses a key that is neither pk_test_ nor pk_live_', async () => {
    const checkout = await mountPayGlobe({ 'publishable-key': 'pk_prod_123', amount: '1000' });
    const reported = await checkout.next(['pay-error']);
    expect(reported.detail).to.include({ code: 'invalid_config' });
    expect(reported.detail.message).to.contain('pk_test_');
  });

  it('payglobe.js answering 404: one pay-error sdk_load_failed, and the button works again', async () => {
    const checkout = await mountPayGlobe({ amount: '1000', 'script-url': await scriptUrl({ __fault: '404' }) });
    await realClick(payButton(checkout.element));
    const error = await checkout.next();
    expect(error.type).to.equal('pay-error');
    expect(error.detail).to.include({ code: 'sdk_load_failed', provider: 'payglobe' });
    await sleep(200);
    expect(checkout.results()).to.have.length(1);
    expect(payButton(checkout.element).getAttribute('aria-busy')).to.equal('false');
    expect(statusText(checkout.element)).to.contain('could not be loaded');
  });

  it('a payglobe.js without the PayGlobe global: sdk_load_failed', async () => {
    delete (window as unknown as Record<string, unknown>).PayGlobe; // an earlier test's load must not stand in
    const checkout = await mountPayGlobe({ amount: '1000', 'script-url': await scriptUrl({ __fault: 'malformed' }) });
    await realClick(payButton(checkout.element));
    const error = await checkout.next();
    expect(error.detail).to.include({ code: 'sdk_load_failed' });
  });

  it('a malformed retrieve() payload: pay-error invalid_response, and nothing else', async () => {
    const checkout = await mountPayGlobe({ amount: '1000' });
    const { paymentId } = await startPayment(checkout);
    await routeFault(`/api/payment/initiate/${paymentId}`, 'malformed'); // the next retrieve() answers of the wrong shape
    const error = await checkout.next();
    expect(error.type).to.equal('pay-error');
    expect(error.detail).to.include({ code: 'invalid_response', provider: 'payglobe' });
    await sleep(500);
    expect(checkout.results()).to.have.length(1);
    expect(checkout.element.querySelector('iframe')).to.equal(null);
  });

  it('retrieve() failing with 500s is retried with backoff, and the payment still ends in its result', async () => {
    const checkout = await mountPayGlobe({ amount: '1000' });
    const { paymentId, page } = await startPayment(checkout);
    await routeFault(`/api/payment/initiate/${paymentId}`, '500', 3);
    await shopper.declineCard(page);
    const failure = await checkout.next(undefined, 20_000);
    expect(failure.type).to.equal('pay-failure');
    expect(failure.detail.error.code).to.equal('card_preauth_failed');
    expect(checkout.results()).to.have.length(1);
  });

  it('removal while the checkout is open: one pay-cancel aborted, no frame, no more polling', async () => {
    const checkout = await mountPayGlobe({ amount: '1000' });
    const { paymentId } = await startPayment(checkout);
    await waitFor(() => checkout.element.querySelector('iframe'), 5000, 'the checkout iframe');
    checkout.element.remove();
    expect(checkout.element.querySelector('[slot="checkout"]')).to.equal(null);
    await sleep(300);
    const before = requestsTo(`/api/payment/initiate/${paymentId}`).length;
    await sleep(800);
    expect(requestsTo(`/api/payment/initiate/${paymentId}`).length).to.equal(before);
    expect(checkout.results().map((event) => [event.type, event.detail])).to.deep.equal([['pay-cancel', { provider: 'payglobe', reason: 'aborted' }]]);
  });
});

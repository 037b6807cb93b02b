import { expect } from '@open-wc/testing';
import type { PaymentResult } from '../../src/core/types.js';
import { deepActive, MbwayHarness } from '../components/mbway/mbway-harness.js';
import type { PayMbway } from '../../src/components/mbway/pay-mbway.js';
import { SIBS_PAYMENT_URL, SIBS_STATUS_URL, sibsControl } from './support/sibs-sandbox.js';

const mounted: HTMLElement[] = [];

/** A `<pay-mbway>` on the demo shop's SIBS endpoints (the sandbox behind them). */
async function mountMbway(timeout = 240): Promise<MbwayHarness> {
  const element = document.createElement('pay-mbway') as PayMbway;
  element.setAttribute('payment-url', `${SIBS_PAYMENT_URL}?amount=1250`);
  element.setAttribute('status-url', SIBS_STATUS_URL);
  element.setAttribute('timeout', String(timeout));
  element.setAttribute('poll-interval', '200');
  const harness = new MbwayHarness(element);
  document.body.append(element);
  mounted.push(element);
  await element.updateComplete;
  return harness;
}

/**
 * `<pay-mbway>` through the demo shop's server and the SIBS sandbox: the shopper types the
 * number with real keys, and the sandbox's controls play the phone (approve, refuse, let expire).
 */
describe('<pay-mbway> end to end (demo shop + SIBS sandbox)', function () {
  this.timeout(30_000);
  afterEach(() => mounted.splice(0).forEach((element) => element.remove()));

  it('approved in the app: pay-pending with SIBS’s transaction, then pay-success', async () => {
    const mbway = await mountMbway();
    await mbway.pay('+351 912 345 678');
    const pending = await mbway.next('pay-pending');
    expect(pending).to.deep.include({ provider: 'sibs', status: 'pending' });
    expect(pending.raw).to.deep.include({ paymentStatus: 'Pending', paymentMethod: 'MBWAY' });
    await mbway.settle();
    expect(mbway.waiting!.textContent).to.contain('912 345 678');
    expect(mbway.clock).to.match(/^[34]:\d\d$/);

    await sibsControl(pending.paymentId!, 'approve');
    const result = await mbway.result(1, 10_000);
    expect(result.name).to.equal('pay-success');
    expect(result.detail).to.deep.include({ provider: 'sibs', status: 'succeeded', paymentId: pending.paymentId });
    expect((result.detail as PaymentResult).raw).to.deep.include({ paymentStatus: 'Success', transactionID: pending.paymentId });
    expect(mbway.success!.textContent).to.contain('Payment approved');
    expect(mbway.names()).to.deep.equal(['pay-pending', 'pay-success']);
  });

  it('refused in the app: pay-failure, the number kept and the reason shown', async () => {
    const mbway = await mountMbway();
    await mbway.pay('912345678');
    const pending = await mbway.next('pay-pending');
    await sibsControl(pending.paymentId!, 'refuse');
    const result = await mbway.result(1, 10_000);
    expect(result.name).to.equal('pay-failure');
    expect((result.detail as PaymentResult).error!.code).to.equal('payment_declined');
    expect(mbway.input.value).to.equal('912345678');
    expect(mbway.submitError()).to.equal('The payment was refused in the MB WAY app. You can send a new request.');
    expect(deepActive()).to.equal(mbway.button);
  });

  it('not approved in time: pay-failure payment_expired; a retry sends a new request to the same number, approved', async () => {
    const mbway = await mountMbway(2);
    await mbway.pay('912 345 678');
    const first = await mbway.next('pay-pending');
    const expired = await mbway.result(1, 10_000);
    expect(expired.name).to.equal('pay-failure');
    expect((expired.detail as PaymentResult).error!.code).to.equal('payment_expired');
    expect(mbway.submitError()).to.contain('expired');
    expect(mbway.input.value).to.equal('912 345 678');

    mbway.element.timeout = 240;
    await mbway.press('Enter');
    await mbway.until(() => mbway.events.filter((event) => event.name === 'pay-pending').length === 2, 'a second request');
    const second = mbway.events.filter((event) => event.name === 'pay-pending')[1]!.detail as PaymentResult;
    expect(second.paymentId).to.not.equal(first.paymentId);
    await sibsControl(second.paymentId!, 'approve');
    expect((await mbway.result(2, 10_000)).name).to.equal('pay-success');
    expect(mbway.names()).to.deep.equal(['pay-pending', 'pay-failure', 'pay-pending', 'pay-success']);
  });

  it('SIBS lets the request expire (Timeout): pay-failure payment_expired', async () => {
    const mbway = await mountMbway();
    await mbway.pay('912 345 678');
    const pending = await mbway.next('pay-pending');
    await sibsControl(pending.paymentId!, 'expire');
    const result = await mbway.result(1, 10_000);
    expect(result.name).to.equal('pay-failure');
    expect((result.detail as PaymentResult).raw).to.deep.include({ paymentStatus: 'Timeout' });
    expect(mbway.submitError()).to.contain('expired');
  });
});

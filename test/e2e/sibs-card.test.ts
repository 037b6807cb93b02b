import { expect } from '@open-wc/testing';
import type { PaymentResult } from '../../src/core/types.js';
import { clickInHostedPage, hostedPageHas } from '../support/sandbox.js';
import { mountCardPayment, sleep, TEST_CARD, unmountAll, type CardPaymentHarness } from './support/card-payment-harness.js';
import { SIBS_PAYMENT_URL, SIBS_STATUS_URL } from './support/sibs-sandbox.js';

/** The sandbox's SIBS test cards (sandbox/README.md). */
const DECLINED_CARD = { ...TEST_CARD, number: '4000000000000002' };
const THREE_DS_CARD = { ...TEST_CARD, number: '4000000000003220' };

function mountSibsCard(attributes: Record<string, string> = {}): Promise<CardPaymentHarness> {
  return mountCardPayment({ provider: 'sibs', 'payment-url': `${SIBS_PAYMENT_URL}?amount=1234`, 'status-url': SIBS_STATUS_URL, ...attributes });
}

/** Clicks Approve or Decline on the 3-D Secure page of `transactionID` (in the modal's frame), again if a click is lost. */
async function decideOn3ds(transactionID: string, value: 'approve' | 'refuse'): Promise<void> {
  const page = `/sibs/3ds?transactionId=${transactionID}`;
  const button = `button[value="${value}"]`;
  expect(await hostedPageHas(page, button), 'the 3-D Secure page loaded').to.equal(true);
  for (let attempt = 0; attempt < 3; attempt += 1) {
    await clickInHostedPage(page, button);
    const deadline = Date.now() + 2000;
    while (Date.now() < deadline) {
      if (!(await hostedPageHas(page, button, 150))) return;
      await sleep(100);
    }
  }
}

/**
 * `<pay-card-payment provider="sibs">` through the demo shop's server and the SIBS sandbox:
 * the card typed with real keys, SIBS's purchase answered at once or through the 3-D Secure page
 * in the iframe modal, one result event with `provider: 'sibs'`.
 */
describe('<pay-card-payment provider="sibs"> end to end (demo shop + SIBS sandbox)', function () {
  this.timeout(30_000);
  afterEach(unmountAll);

  it('approved at once: pay-success, no redirect', async () => {
    const payment = await mountSibsCard();
    await payment.fillAndPay();
    const result = await payment.result();
    expect(result.name).to.equal('pay-success');
    expect(result.detail).to.deep.include({ provider: 'sibs', status: 'succeeded' });
    expect((result.detail as PaymentResult).raw).to.deep.include({ paymentStatus: 'Success', paymentMethod: 'CARD' });
    expect(payment.names()).to.deep.equal(['pay-success']);
    await payment.element.updateComplete;
    expect(payment.root.querySelector('[part="success"]')!.textContent).to.contain('Payment complete');
  });

  it('declined: pay-failure, the form back with the card and the reason', async () => {
    const payment = await mountSibsCard();
    await payment.fillAndPay(DECLINED_CARD);
    const result = await payment.result();
    expect(result.name).to.equal('pay-failure');
    expect((result.detail as PaymentResult).error!.code).to.equal('payment_declined');
    await payment.until(() => payment.cardForm?.pending === false, 'the form back');
    await payment.form.settle();
    expect(payment.form.root.querySelector('[part~="submit-error"]')!.textContent).to.equal('The payment was declined. Try again or use another card.');
    expect(payment.form.value('number').replace(/\s/g, '')).to.equal(DECLINED_CARD.number);
  });

  it('3-D Secure approved in the modal: pay-pending, pay-redirect (iframe), pay-success', async () => {
    const payment = await mountSibsCard();
    await payment.fillAndPay(THREE_DS_CARD);
    const pending = await payment.next('pay-pending');
    expect(pending).to.deep.include({ provider: 'sibs', status: 'requires_action' });
    const redirect = await payment.next('pay-redirect');
    expect(redirect.target).to.equal('iframe');
    expect(redirect.url).to.contain(`/sibs/3ds?transactionId=${pending.paymentId}`);
    expect(payment.modal).to.exist;
    await decideOn3ds(pending.paymentId!, 'approve');
    const result = await payment.result(15_000);
    expect(result.name).to.equal('pay-success');
    expect(result.detail).to.deep.include({ provider: 'sibs', status: 'succeeded', paymentId: pending.paymentId });
    expect(payment.modal).to.equal(null);
    expect(payment.names()).to.deep.equal(['pay-pending', 'pay-redirect', 'pay-success']);
  });

  it('3-D Secure declined: pay-failure and the form back', async () => {
    const payment = await mountSibsCard();
    await payment.fillAndPay(THREE_DS_CARD);
    const pending = await payment.next('pay-pending');
    await decideOn3ds(pending.paymentId!, 'refuse');
    const result = await payment.result(15_000);
    expect(result.name).to.equal('pay-failure');
    expect(result.detail).to.deep.include({ provider: 'sibs', status: 'failed', paymentId: pending.paymentId });
    await payment.until(() => payment.cardForm?.pending === false, 'the form back');
    expect(payment.modal).to.equal(null);
    expect(payment.results()).to.have.length(1);
  });

  it('3-D Secure in host mode: only pay-redirect, the element keeps waiting for the status', async () => {
    const payment = await mountSibsCard({ redirect: 'host' });
    await payment.fillAndPay(THREE_DS_CARD);
    const redirect = await payment.next('pay-redirect');
    expect(redirect.target).to.equal('same-tab');
    expect(payment.modal).to.equal(null);
    expect(payment.results()).to.have.length(0);
  });
});

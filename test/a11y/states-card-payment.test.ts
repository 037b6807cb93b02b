import { expect } from '@open-wc/testing';
import { closeHostedPopup, hostedPageHas } from '../support/sandbox.js';
import { until } from '../support/a11y-states.js';
import { mountCardPayment, TEST_CARD, uniqueKey, unmountAll } from '../e2e/support/card-payment-harness.js';
import { SIBS_PAYMENT_URL, SIBS_STATUS_URL } from '../e2e/support/sibs-sandbox.js';

/**
 * axe finds nothing in every state of `<pay-card-payment>`, driven through the sandbox and the
 * demo shop as test/e2e/card-payment*.test.ts do: the card form inside it empty, with errors,
 * filled, pending, the bank's page open in the iframe modal, a failure shown, a success, a new-tab
 * wait, and a configuration error.
 */
describe('<pay-card-payment> accessibility in every state', function () {
  this.timeout(40_000);
  afterEach(unmountAll);

  it('empty, with errors showing, and filled', async () => {
    const payment = await mountCardPayment();
    await expect(payment.element).to.be.accessible();
    await payment.form.pay();
    await until(() => payment.form.root.querySelector('[aria-invalid="true"]') !== null, 'the errors');
    await expect(payment.element).to.be.accessible();
    await payment.form.fill(TEST_CARD);
    await payment.form.settle();
    await expect(payment.element).to.be.accessible();
  });

  it('pending, while the shop has not answered yet', async () => {
    const payment = await mountCardPayment({ 'payment-url': `/__flows/stall?key=${uniqueKey('a11y-pending')}`});
    await payment.fillAndPay();
    await until(() => payment.cardForm?.pending === true, 'the pending state');
    await payment.form.settle();
    await expect(payment.element).to.be.accessible();
  });

  it('glomo: the bank’s page open in the iframe modal (a next_steps redirect), then a decline shown on the form', async () => {
    const payment = await mountCardPayment();
    await payment.fillAndPay();
    const paymentId = await payment.paymentId();
    expect(await hostedPageHas(`authenticate?paymentId=${paymentId}`, 'button[value="approve"]'), 'the hosted page loaded').to.equal(true);
    expect(payment.modal, 'the modal is open').to.exist;
    await expect(payment.element).to.be.accessible();

    await payment.decide('decline');
    await payment.result();
    await payment.until(() => payment.cardForm?.pending === false, 'the form back');
    await payment.form.settle();
    expect(payment.form.root.querySelector('[part~="submit-error"]')!.textContent).to.contain('declined');
    await expect(payment.element).to.be.accessible();
  });

  it('glomo: approved in the modal, the success notice', async () => {
    const payment = await mountCardPayment();
    await payment.fillAndPay();
    await payment.decide('approve');
    expect((await payment.result()).name).to.equal('pay-success');
    await payment.element.updateComplete;
    expect(payment.root.querySelector('[part="success"]')).to.exist;
    await expect(payment.element).to.be.accessible();
  });

  it('glomo: waiting for the bank in a new tab', async () => {
    const payment = await mountCardPayment({ redirect: 'new-tab' });
    await payment.fillAndPay();
    await payment.next('pay-redirect');
    await payment.element.updateComplete;
    expect(payment.root.querySelector('[part="status"]')).to.exist;
    await expect(payment.element).to.be.accessible();
    await payment.decide('cancel');
    await payment.result();
    // The new tab ends on the shop's return page: closed, so no later test reads this one.
    await closeHostedPopup('glomo-return.html');
  });

  it('sibs: approved at once, and declined with the reason on the form', async () => {
    const sibs = { provider: 'sibs', 'payment-url': `${SIBS_PAYMENT_URL}?amount=1234`, 'status-url': SIBS_STATUS_URL };
    const approved = await mountCardPayment(sibs);
    await approved.fillAndPay();
    expect((await approved.result()).name).to.equal('pay-success');
    await approved.element.updateComplete;
    await expect(approved.element).to.be.accessible();

    const declined = await mountCardPayment(sibs);
    await declined.fillAndPay({ ...TEST_CARD, number: '4000000000000002' });
    expect((await declined.result()).name).to.equal('pay-failure');
    await declined.until(() => declined.cardForm?.pending === false, 'the form back');
    await declined.form.settle();
    await expect(declined.element).to.be.accessible();
  });

  it('invalid_config: a payment attempted without a payment URL, the error on the form', async () => {
    const payment = await mountCardPayment({ 'payment-url': '' });
    await payment.fillAndPay();
    expect((await payment.result()).detail).to.include({ code: 'invalid_config' });
    await payment.form.settle();
    expect(payment.form.root.querySelector('[part~="submit-error"]')).to.exist;
    await expect(payment.element).to.be.accessible();
  });
});

import { expect } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import type { PaymentResult } from '../../src/core/types.js';
import { hostedPageHas } from '../support/sandbox.js';
import { mountCardPayment, sleep, TEST_CARD, unmountAll, type CardPaymentHarness } from './support/card-payment-harness.js';

/** The focused element, looking into shadow roots. */
function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Waits until this payment's hosted page shows its buttons in the modal's frame. */
async function hostedPageReady(payment: CardPaymentHarness): Promise<void> {
  const paymentId = await payment.paymentId();
  expect(await hostedPageHas(`authenticate?paymentId=${paymentId}`, 'button[value="approve"]'), 'the hosted page loaded').to.equal(true);
}

/** After a decline or a cancel: the form is back, not pending, with the card kept for a retry. */
async function expectFormBack(payment: CardPaymentHarness): Promise<void> {
  await payment.until(() => payment.cardForm?.pending === false, 'the form to leave pending');
  await payment.form.settle();
  expect(payment.modal).to.equal(null);
  expect(payment.form.value('number').replace(/\s/g, '')).to.equal(TEST_CARD.number);
  expect(payment.form.button.disabled).to.equal(false);
}

/**
 * `<pay-card-payment>` through the real sandbox and the demo shop's server, the bank's page in
 * the iframe modal: a shopper types a card, pays, and decides on the hosted 3-D Secure page.
 */
describe('<pay-card-payment> in the iframe modal (sandbox end to end)', function () {
  this.timeout(20_000);
  afterEach(unmountAll);

  it('approve: pay-success with the signed result, the modal gone, the success notice shown', async () => {
    const payment = await mountCardPayment();
    await payment.fillAndPay();
    const paymentId = await payment.paymentId();
    expect(payment.modal, 'the modal is open').to.exist;
    const redirect = await payment.next('pay-redirect');
    expect(redirect.target).to.equal('iframe');
    expect(redirect.url).to.contain(`paymentId=${paymentId}`);

    await payment.decide('approve');
    const result = await payment.result();
    expect(result.name).to.equal('pay-success');
    const detail = result.detail as PaymentResult;
    expect(detail.provider).to.equal('glomo');
    expect(detail.status).to.equal('succeeded');
    expect(detail.paymentId).to.equal(paymentId);
    expect(detail.orderId).to.match(/^order_/);
    expect(detail.signature).to.match(/^[0-9a-f]{64}$/);
    expect(detail.raw).to.deep.include({ payment_id: paymentId, status: 'success' });
    expect(payment.modal).to.equal(null);
    await payment.element.updateComplete;
    expect(payment.root.querySelector('[part="success"]')!.textContent).to.contain('Payment complete');
    expect(payment.cardForm).to.equal(null);
    expect(payment.names()).to.deep.equal(['pay-pending', 'pay-redirect', 'pay-success']);
  });

  it('decline: pay-failure with the reason, and the form back showing it, ready to retry', async () => {
    const payment = await mountCardPayment();
    await payment.fillAndPay();
    await payment.decide('decline');
    const result = await payment.result();
    expect(result.name).to.equal('pay-failure');
    const detail = result.detail as PaymentResult;
    expect(detail).to.deep.include({ provider: 'glomo', status: 'failed', paymentId: await payment.paymentId() });
    expect(detail.error!.message).to.equal('The card issuer declined the payment');
    await expectFormBack(payment);
    expect(payment.form.root.querySelector('[part~="submit-error"]')!.textContent).to.equal('The payment was declined: The card issuer declined the payment');
    expect(deepActive(), 'focus back on the pay button').to.equal(payment.form.button);
    expect(payment.results()).to.have.length(1);

    // Retry with the same card: a second attempt, a second payment.
    const firstId = await payment.paymentId();
    await payment.form.pay();
    const redirects = () => payment.events.filter((event) => event.name === 'pay-redirect');
    await payment.until(() => redirects().length === 2, 'a second redirect');
    expect(redirects()[1]!.detail).to.have.property('url').that.does.not.contain(firstId);
    expect(payment.form.root.querySelector('[part~="submit-error"]'), 'the old message goes with the new attempt').to.equal(null);
  });

  it('cancel on the bank\'s page: Glomo reports a failed payment, so pay-failure and the form back', async () => {
    const payment = await mountCardPayment();
    await payment.fillAndPay();
    await payment.decide('cancel');
    const result = await payment.result();
    expect(result.name).to.equal('pay-failure');
    expect((result.detail as PaymentResult).error!.message).to.equal('The shopper cancelled the authentication');
    await expectFormBack(payment);
    expect(payment.results()).to.have.length(1);
  });

  it('Escape closes the modal: pay-cancel, the form back, focus on the pay button, nothing more later', async () => {
    const payment = await mountCardPayment();
    await payment.fillAndPay();
    await hostedPageReady(payment);
    await sendKeys({ press: 'Escape' });
    const result = await payment.result();
    expect(result).to.deep.equal({ name: 'pay-cancel', detail: { provider: 'glomo', reason: 'escape' } });
    await expectFormBack(payment);
    expect(deepActive()).to.equal(payment.form.button);
    await payment.until(() => payment.root.querySelector('#announcer')!.textContent!.includes('Payment cancelled'), 'the cancel announcement');
    await sleep(2500); // longer than the sandbox's poll interval: polling has stopped
    expect(payment.results()).to.have.length(1);
  });

  it('keyboard only: Tab through the card fields, Enter to pay, Tab into the bank\'s page, Enter on Approve', async () => {
    const payment = await mountCardPayment();
    (document.activeElement as HTMLElement | null)?.blur();
    await sendKeys({ press: 'Tab' });
    expect(deepActive()).to.equal(payment.form.input('number'));
    await sendKeys({ type: TEST_CARD.number });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: TEST_CARD.expiry });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: TEST_CARD.cvv });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: TEST_CARD.holderName });
    await sendKeys({ press: 'Tab' });
    expect(deepActive()).to.equal(payment.form.button);
    await sendKeys({ press: 'Enter' });

    await hostedPageReady(payment);
    expect(deepActive(), 'the modal opens with focus on its close button').to.equal(payment.root.querySelector('[part="modal-close"]'));
    await sendKeys({ press: 'Tab' }); // into the bank's page: its first button is Approve
    await sendKeys({ press: 'Enter' });
    const result = await payment.result();
    expect(result.name).to.equal('pay-success');
    expect((result.detail as PaymentResult).signature).to.match(/^[0-9a-f]{64}$/);
  });

  it('a double click on Pay opens one flow only', async () => {
    const payment = await mountCardPayment();
    await payment.form.fill(TEST_CARD);
    const box = payment.form.button.getBoundingClientRect();
    const position: [number, number] = [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)];
    await sendMouse({ type: 'click', position });
    await sendMouse({ type: 'click', position });
    await payment.next('pay-redirect');
    await sleep(1500);
    expect(payment.names()).to.deep.equal(['pay-pending', 'pay-redirect']);
    expect(payment.root.querySelectorAll('dialog')).to.have.length(1);
    // Closed with its button: Escape would go to whichever frame has focus by then (the bank's page may have taken it).
    payment.root.querySelector<HTMLButtonElement>('[part~="modal-close"]')!.click();
    expect((await payment.result()).name).to.equal('pay-cancel');
  });
});

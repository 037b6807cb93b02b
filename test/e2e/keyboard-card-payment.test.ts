import { expect } from '@open-wc/testing';
import type { PaymentResult } from '../../src/core/types.js';
import { hostedPageHas } from '../support/sandbox.js';
import { describe as describeElement, expectFocusOn, focusSettles, moveFocusTo, press, startFromTop, step, type, until, watchFocusLoss } from '../support/keyboard.js';
import { mountCardPayment, TEST_CARD, unmountAll, type CardPaymentHarness } from './support/card-payment-harness.js';
import { SIBS_PAYMENT_URL, SIBS_STATUS_URL } from './support/sibs-sandbox.js';

/** Tab from the top of the page into the card form, type the card field by field, and press Enter on Pay. */
async function payByKeyboard(payment: CardPaymentHarness, card = TEST_CARD): Promise<void> {
  startFromTop();
  await moveFocusTo((el) => el === payment.form.input('number'), 'the card number');
  await type(card.number);
  await step('Tab');
  await type(card.expiry);
  await step('Tab');
  await type(card.cvv);
  await step('Tab');
  await type(card.holderName);
  expectFocusOn(await step('Tab'), payment.form.button, 'the pay button');
  await press('Enter');
}

const closeButton = (payment: CardPaymentHarness) => payment.root.querySelector('[part~="modal-close"]');
const modalFrame = (payment: CardPaymentHarness) => payment.root.querySelector('[part~="modal-frame"]');

/** The modal opened, its page loaded, and focus visibly on its close button. */
async function modalOpensWithFocus(payment: CardPaymentHarness, page: string, readySelector: string): Promise<void> {
  await until(() => payment.modal, 'the modal to open');
  expect(await hostedPageHas(page, readySelector, 10_000), 'the hosted page loaded').to.equal(true);
  await focusSettles('the modal opened', (el) => el === closeButton(payment));
}

/**
 * `<pay-card-payment>` by keyboard alone, through the sandbox and the demo shop's server: the
 * card typed with Tab between fields, Enter to pay, the bank's 3-D Secure page in the iframe
 * modal reached with Tab, the modal left with Escape. Focus is visible at every step and never
 * falls to the page when the modal opens or closes.
 */
describe('<pay-card-payment> by keyboard alone (sandbox end to end)', function () {
  this.timeout(30_000);
  afterEach(unmountAll);

  it('glomo: focus moves into the modal, Tab stays inside it, Escape cancels and focus returns to Pay', async () => {
    const payment = await mountCardPayment();
    const losses = watchFocusLoss();
    await payKeyboardAndOpen(payment);
    const paymentId = await payment.paymentId();
    const page = `authenticate?paymentId=${paymentId}`;

    // Tab goes into the bank's page (four buttons) and comes back round to the close button,
    // never reaching the page behind the modal.
    const inModal = (el: Element) => el === closeButton(payment) || el === modalFrame(payment);
    const stops: string[] = [];
    for (let i = 0; i < 5; i += 1) {
      await press('Tab');
      const focused = await focusSettles(`Tab ${i + 1} in the modal`, inModal);
      stops.push(describeElement(focused));
    }
    expect(stops.slice(0, 4).every((stop) => stop === describeElement(modalFrame(payment))), stops.join(' → ')).to.equal(true);
    expect(stops[4], 'the fifth Tab leaves the bank\'s page for the close button').to.equal(describeElement(closeButton(payment)));
    // Shift+Tab from the close button wraps to the bank's page, and Shift+Tab through it comes back.
    const back: string[] = [];
    for (let i = 0; i < 6; i += 1) {
      await press('Shift+Tab');
      back.push(describeElement(await focusSettles(`Shift+Tab ${i + 1} in the modal`, inModal)));
    }
    expect(back[0], 'Shift+Tab from the close button wraps to the bank\'s page').to.equal(describeElement(modalFrame(payment)));
    expect(back[5], 'Shift+Tab through the bank\'s page comes back to the close button').to.equal(describeElement(closeButton(payment)));

    await press('Escape');
    const result = await payment.result();
    expect(result).to.deep.equal({ name: 'pay-cancel', detail: { provider: 'glomo', reason: 'escape' } });
    expect(payment.modal).to.equal(null);
    await focusSettles('the modal closed', (el) => el === payment.form.button);
    expect(await hostedPageHas(page, 'button', 200)).to.equal(false);
    expect(losses.stop(), 'focus never fell to the page').to.deep.equal([]);
  });

  // Escape pressed inside the bank's page goes to that (cross-origin) page, never to ours: the way
  // out from there is one Shift+Tab to the close button, then Escape (or Enter).
  it('glomo: from inside the bank\'s page, Shift+Tab reaches the close button and Escape cancels', async () => {
    const payment = await mountCardPayment();
    const losses = watchFocusLoss();
    await payKeyboardAndOpen(payment);
    await press('Tab');
    await focusSettles('focus in the provider page', (el) => el === modalFrame(payment));
    await press('Shift+Tab');
    await focusSettles('back on the close button', (el) => el === closeButton(payment));
    await press('Escape');
    const result = await payment.result(5000);
    expect(result).to.deep.equal({ name: 'pay-cancel', detail: { provider: 'glomo', reason: 'escape' } });
    await focusSettles('the modal closed', (el) => el === payment.form.button);
    expect(losses.stop(), 'focus never fell to the page').to.deep.equal([]);
  });

  it('glomo: Enter on the close button cancels too, and Space on Pay starts a new attempt', async () => {
    const payment = await mountCardPayment();
    const losses = watchFocusLoss();
    await payKeyboardAndOpen(payment);
    await press('Enter');
    expect((await payment.result()).name).to.equal('pay-cancel');
    await focusSettles('the modal closed', (el) => el === payment.form.button);
    await press('Space');
    await until(() => payment.events.filter((event) => event.name === 'pay-redirect').length === 2, 'a second redirect');
    await focusSettles('the second modal opened', (el) => el === closeButton(payment));
    await press('Enter');
    await focusSettles('the second modal closed', (el) => el === payment.form.button);
    expect(losses.stop(), 'focus never fell to the page').to.deep.equal([]);
  });

  it('glomo: approve with Tab and Enter in the bank\'s page; focus lands on the success notice', async () => {
    const payment = await mountCardPayment();
    const losses = watchFocusLoss();
    await payKeyboardAndOpen(payment);
    await press('Tab'); // into the bank's page: its first button is Approve
    await focusSettles('focus in the provider page', (el) => el === modalFrame(payment));
    // The provider's page posts and navigates inside the frame: focus must come back to the frame, not stay on the page.
    await press('Enter');
    const result = await payment.result();
    expect(result.name).to.equal('pay-success');
    expect((result.detail as PaymentResult).signature).to.match(/^[0-9a-f]{64}$/);
    expect(payment.modal).to.equal(null);
    const focused = await focusSettles('the success notice', (el) => el.getAttribute('part') === 'success');
    expect(focused.textContent).to.contain('Payment complete');
    expect(losses.stop(), 'focus never fell to the page').to.deep.equal([]);
  });

  it('glomo: decline in the bank\'s page; focus returns to Pay with the reason shown', async () => {
    const payment = await mountCardPayment();
    const losses = watchFocusLoss();
    await payKeyboardAndOpen(payment);
    await press('Tab');
    await press('Tab'); // Decline, the second button
    // The provider's page posts and navigates inside the frame: focus must come back to the frame, not stay on the page.
    await press('Enter');
    expect((await payment.result()).name).to.equal('pay-failure');
    await focusSettles('after the decline', (el) => el === payment.form.button);
    expect(payment.form.root.querySelector('[part~="submit-error"]')?.textContent).to.contain('declined');
    expect(losses.stop(), 'focus never fell to the page').to.deep.equal([]);
  });

  it('sibs: the 3-D Secure page in the modal, approved by keyboard; focus on the success notice', async () => {
    const payment = await mountCardPayment({ provider: 'sibs', 'payment-url': `${SIBS_PAYMENT_URL}?amount=1234`, 'status-url': SIBS_STATUS_URL });
    const losses = watchFocusLoss();
    await payByKeyboard(payment, { ...TEST_CARD, number: '4000000000003220' });
    const pending = await payment.next('pay-pending', 10_000);
    await modalOpensWithFocus(payment, `/sibs/3ds?transactionId=${pending.paymentId}`, 'button[value="approve"]');
    await press('Tab');
    await focusSettles('focus in the provider page', (el) => el === modalFrame(payment));
    // The provider's page posts and navigates inside the frame: focus must come back to the frame, not stay on the page.
    await press('Enter');
    const result = await payment.result(15_000);
    expect(result.name).to.equal('pay-success');
    expect(result.detail).to.deep.include({ provider: 'sibs', status: 'succeeded' });
    await focusSettles('the success notice', (el) => el.getAttribute('part') === 'success');
    expect(losses.stop(), 'focus never fell to the page').to.deep.equal([]);
  });

  it('sibs: Escape on the 3-D Secure modal cancels; focus returns to Pay', async () => {
    const payment = await mountCardPayment({ provider: 'sibs', 'payment-url': `${SIBS_PAYMENT_URL}?amount=1234`, 'status-url': SIBS_STATUS_URL });
    const losses = watchFocusLoss();
    await payByKeyboard(payment, { ...TEST_CARD, number: '4000000000003220' });
    const pending = await payment.next('pay-pending', 10_000);
    await modalOpensWithFocus(payment, `/sibs/3ds?transactionId=${pending.paymentId}`, 'button[value="approve"]');
    await press('Escape');
    expect((await payment.result()).name).to.equal('pay-cancel');
    await focusSettles('the modal closed', (el) => el === payment.form.button);
    expect(losses.stop(), 'focus never fell to the page').to.deep.equal([]);
  });

  /** Pays by keyboard and waits for the bank's page in the modal, focus on its close button. */
  async function payKeyboardAndOpen(payment: CardPaymentHarness): Promise<void> {
    await payByKeyboard(payment);
    const paymentId = await payment.paymentId();
    await modalOpensWithFocus(payment, `authenticate?paymentId=${paymentId}`, 'button[value="approve"]');
  }
});

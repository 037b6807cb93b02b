import { expect } from '@open-wc/testing';
import type { PayMbway } from '../../src/components/mbway/pay-mbway.js';
import type { PayMultibanco } from '../../src/components/multibanco/pay-multibanco.js';
import '../../src/components/mbway/pay-mbway.js';
import '../../src/components/multibanco/pay-multibanco.js';
import { MbwayHarness } from '../components/mbway/mbway-harness.js';
import { MultibancoHarness } from '../components/multibanco/multibanco-harness.js';
import { expectFocusOn, focusSettles, moveFocusTo, press, startFromTop, step, type, until, watchFocusLoss } from '../support/keyboard.js';
import { SIBS_PAYMENT_URL, SIBS_STATUS_URL, sibsControl } from './support/sibs-sandbox.js';

const mounted: HTMLElement[] = [];

function mountOnPage<T extends HTMLElement>(tag: string, attributes: Record<string, string>): T {
  const element = document.createElement(tag) as T;
  for (const [name, value] of Object.entries({ 'payment-url': `${SIBS_PAYMENT_URL}?amount=1250`, 'status-url': SIBS_STATUS_URL, 'poll-interval': '200', lang: 'en', ...attributes })) {
    element.setAttribute(name, value);
  }
  document.body.append(element);
  mounted.push(element);
  return element;
}

async function mountMbway(): Promise<MbwayHarness> {
  const harness = new MbwayHarness(mountOnPage<PayMbway>('pay-mbway', { timeout: '240' }));
  await harness.element.updateComplete;
  return harness;
}

async function mountMultibanco(attributes: Record<string, string> = {}): Promise<MultibancoHarness> {
  const harness = new MultibancoHarness(mountOnPage<PayMultibanco>('pay-multibanco', attributes));
  await harness.element.updateComplete;
  return harness;
}

/**
 * SIBS's asynchronous methods by keyboard alone, through the demo shop's server and the SIBS
 * sandbox (whose controls play the shopper's phone and the ATM): focus visible at every step,
 * and never dropped to the page when the element changes state.
 */
describe('SIBS MB WAY and Multibanco by keyboard alone (sandbox end to end)', function () {
  this.timeout(30_000);
  const originalWriteText = navigator.clipboard.writeText;
  afterEach(() => {
    mounted.splice(0).forEach((element) => element.remove());
    Object.defineProperty(navigator.clipboard, 'writeText', { configurable: true, value: originalWriteText });
  });

  it('MB WAY: a wrong number is caught with focus kept on the field; then type, Enter, wait, approved', async () => {
    const mbway = await mountMbway();
    const losses = watchFocusLoss();
    startFromTop();
    expectFocusOn(await step('Tab'), mbway.input, 'the phone number');
    await type('91234');
    await step('Enter', 'Enter with a short number');
    await until(() => mbway.errorText(), 'the phone error');
    expectFocusOn(await focusSettles('after the refused submit'), mbway.input, 'the phone number');
    expect(mbway.names()).to.deep.equal([]);

    await step('End');
    await type('5678');
    await step('Enter', 'Enter with a whole number');
    const pending = await mbway.next('pay-pending', 10_000);
    await focusSettles('the waiting panel', (el) => el === mbway.waiting);
    await sibsControl(pending.paymentId!, 'approve');
    expect((await mbway.result(1, 10_000)).name).to.equal('pay-success');
    await focusSettles('the success notice', (el) => el === mbway.success);
    expect(losses.stop()).to.deep.equal([]);
  });

  it('MB WAY: refused in the app, focus on Pay; Space sends a new request, approved', async () => {
    const mbway = await mountMbway();
    const losses = watchFocusLoss();
    startFromTop();
    await moveFocusTo((el) => el === mbway.input, 'the phone number');
    await type('912345678');
    expectFocusOn(await step('Tab'), mbway.button, 'the pay button');
    await step('Space', 'Space on Pay');
    const first = await mbway.next('pay-pending', 10_000);
    await focusSettles('the waiting panel', (el) => el === mbway.waiting);
    await sibsControl(first.paymentId!, 'refuse');
    expect((await mbway.result(1, 10_000)).name).to.equal('pay-failure');
    await focusSettles('back for a retry', (el) => el === mbway.button);

    await press(' ');
    await until(() => mbway.events.filter((event) => event.name === 'pay-pending').length === 2, 'a second request');
    const second = mbway.events.filter((event) => event.name === 'pay-pending')[1]!.detail;
    await focusSettles('the waiting panel again', (el) => el === mbway.waiting);
    await sibsControl(second.paymentId!, 'approve');
    expect((await mbway.result(2, 10_000)).name).to.equal('pay-success');
    await focusSettles('the success notice', (el) => el === mbway.success);
    expect(losses.stop()).to.deep.equal([]);
  });

  it('Multibanco: Enter issues the reference, Tab reaches the copy buttons, Space and Enter copy, paid at the ATM', async () => {
    const copied: string[] = [];
    Object.defineProperty(navigator.clipboard, 'writeText', { configurable: true, value: (text: string) => { copied.push(text); return Promise.resolve(); } });
    const mb = await mountMultibanco();
    const losses = watchFocusLoss();
    startFromTop();
    expectFocusOn(await step('Tab'), mb.startButton, 'the start button');
    await press('Enter');
    const pending = await mb.next('pay-pending', 10_000);
    await focusSettles('the reference details', (el) => el === mb.part('details'));

    const referenceCopy = mb.copyButton('reference');
    const entityCopy = mb.copyButton('entity');
    await moveFocusTo((el) => el === entityCopy, 'the entity copy button');
    await step('Space', 'Space on copy entity');
    await moveFocusTo((el) => el === referenceCopy, 'the reference copy button');
    await step('Enter', 'Enter on copy reference');
    await until(() => copied.length === 2, 'two copies');
    const reference = (pending.raw as { paymentReference: { entity: string; reference: string } }).paymentReference;
    expect(copied).to.deep.equal([reference.entity, reference.reference]);
    await focusSettles('focus stays on the copy button', (el) => el === referenceCopy);

    await sibsControl(pending.paymentId!, 'pay');
    expect((await mb.result(10_000)).name).to.equal('pay-success');
    // The copy button that had focus is gone: focus moves to the success notice, not the page.
    await focusSettles('the success notice', (el) => el === mb.part('success'));
    expect(losses.stop()).to.deep.equal([]);
  });

  it('Multibanco: the watch stops, "Check again" by keyboard watches again and sees the payment', async () => {
    const mb = await mountMultibanco({ watch: '1' });
    const losses = watchFocusLoss();
    startFromTop();
    await step('Tab');
    await press('Space');
    const pending = await mb.next('pay-pending', 10_000);
    await until(() => mb.checkButton, '"Check again"', 10_000);
    const check = await moveFocusTo((el) => el === mb.checkButton, '"Check again"');
    await press('Enter');
    await focusSettles('the progress panel', (el) => el === mb.part('progress'));
    expect(check.isConnected, 'the button went away').to.equal(false);
    await sibsControl(pending.paymentId!, 'pay');
    expect((await mb.result(10_000)).name).to.equal('pay-success');
    await focusSettles('the success notice', (el) => el === mb.part('success'));
    expect(losses.stop()).to.deep.equal([]);
  });
});

import { expect, fixture, html } from '@open-wc/testing';
import type { PayMbway } from '../../src/components/mbway/pay-mbway.js';
import type { PayMultibanco } from '../../src/components/multibanco/pay-multibanco.js';
import '../../src/components/mbway/pay-mbway.js';
import '../../src/components/multibanco/pay-multibanco.js';
import { recordLiveRegions, until, type LiveRegionRecorder } from '../support/a11y-states.js';
import { MbwayHarness } from '../components/mbway/mbway-harness.js';
import { MultibancoHarness } from '../components/multibanco/multibanco-harness.js';
import { mountCardPayment, TEST_CARD, unmountAll } from '../e2e/support/card-payment-harness.js';
import { closeHostedPopup, createGlomoOrder, clickInHostedPage, hostedPageHas } from '../support/sandbox.js';
import { mountCheckout, part, realClick, sdkUrl, unmountAll as unmountGlomo, watchWindowOpen } from '../e2e/support/glomo-checkout-harness.js';
import { mountPayGlobe, shopper, startPayment, unmountAll as unmountPayGlobe } from '../e2e/support/payglobe-checkout-harness.js';
import { mount as mountPayGlocal, shopAnswer, unmountAll as unmountPayGlocal } from '../components/payglocal-checkout/payglocal-checkout-harness.js';
import { mount as mountBankTransfer, REFERENCE, SENDER } from '../components/bank-transfer/bank-transfer-harness.js';
import { VoucherChoiceHarness } from '../components/voucher-choice/voucher-choice-harness.js';
import type { PayVoucherChoice } from '../../src/components/voucher-choice/voucher-choice.js';
import type { PayDiagnostics } from '../../src/components/diagnostics/diagnostics.js';
import '../../src/components/voucher-choice/pay-voucher-choice.js';
import '../../src/components/diagnostics/pay-diagnostics.js';
import { policyPageUrl } from '../support/diagnostics-harness.js';
import { SIBS_PAYMENT_URL, SIBS_STATUS_URL, sibsControl } from '../e2e/support/sibs-sandbox.js';

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Waits for the recorder to hear `expected.length` messages, then a while longer: nothing more may come. */
async function expectHeard(recorder: LiveRegionRecorder, expected: string[], ms = 10_000): Promise<void> {
  await until(() => recorder.heard.length >= expected.length, `${expected.length} announcements (heard ${JSON.stringify(recorder.texts)})`, ms);
  await sleep(400);
  expect(recorder.texts).to.deep.equal(expected);
  // A polite region has to be known to the screen reader before it speaks: none may be inserted with its message.
  for (const each of recorder.heard.filter((heard) => heard.politeness === 'polite')) {
    expect(each.regionAgeMs, `the region that said "${each.text}" was in the page before`).to.be.greaterThan(250);
    // A region inside an aria-busy container may go unread (ARIA lets screen readers wait for the busy state to end).
    expect(each.insideBusy, `"${each.text}" is said from inside an aria-busy container`).to.equal(false);
  }
}

/**
 * `[message]` when it was heard at `index`, else `[]`: a pending message ("Sending…") is said only
 * when the shop takes longer than the announcer's delay; a quicker answer replaces it unsaid.
 */
const ifSaid = (recorder: LiveRegionRecorder, index: number, message: string): string[] =>
  (recorder.texts[index] === message ? [message] : []);

const mounted: HTMLElement[] = [];

function mountSibs<T extends HTMLElement>(tag: 'pay-mbway' | 'pay-multibanco', attributes: Record<string, string>): T {
  const element = document.createElement(tag) as unknown as T;
  const all = { 'payment-url': `${SIBS_PAYMENT_URL}?amount=1250`, 'status-url': SIBS_STATUS_URL, 'poll-interval': '200', lang: 'en', ...attributes };
  for (const [name, value] of Object.entries(all)) element.setAttribute(name, value);
  document.body.append(element);
  mounted.push(element);
  return element;
}

/**
 * What a screen reader hears across whole flows, through the sandbox: every live region of the
 * element (its announcer, the pending status, alerts) recorded by a MutationObserver. Each change
 * is said exactly once, in order: the errors on submit, the pending state, the MB WAY countdown at
 * whole minutes and at 30 and 10 seconds (never every second), and the result.
 */
describe('announcements: each change said once, in order', function () {
  this.timeout(60_000);
  afterEach(() => {
    unmountAll();
    unmountGlomo();
    unmountPayGlobe();
    unmountPayGlocal();
    mounted.splice(0).forEach((element) => element.remove());
  });

  it('<pay-card-payment> (glomo, iframe modal): errors on submit, pending, a decline, pending again, success', async () => {
    const payment = await mountCardPayment();
    const heard = recordLiveRegions(payment.element);
    await sleep(300);
    await payment.form.pay();
    await until(() => heard.heard.length === 1, 'the error summary');
    await payment.form.fill(TEST_CARD);
    await payment.form.pay();
    await payment.decide('decline');
    await payment.result();
    await payment.until(() => payment.cardForm?.pending === false, 'the form back');
    await sleep(300);
    payment.events.length = 0;
    await payment.form.pay();
    await payment.decide('approve');
    expect((await payment.result()).name).to.equal('pay-success');
    await expectHeard(heard, [
      'Please correct 4 fields.',
      'Processing payment…',
      'The payment was declined: The card issuer declined the payment',
      'Processing payment…',
      'Payment complete. Thank you!',
    ]);
    expect(heard.heard.at(-1)!.politeness, 'the success notice read as it takes focus').to.equal('focus');
  });

  it('<pay-mbway>: errors on submit, sending, the request sent, 1 minute left, approved', async () => {
    const mbway = new MbwayHarness(mountSibs<PayMbway>('pay-mbway', { timeout: '63' }));
    await mbway.settle();
    const heard = recordLiveRegions(mbway.element);
    await sleep(300);
    mbway.input.focus();
    await mbway.press('Enter');
    await until(() => heard.heard.length === 1, 'the error summary');
    await mbway.type('912345678');
    await mbway.press('Enter');
    const pending = await mbway.next('pay-pending');
    await mbway.until(() => mbway.clock === '0:59', 'the minute mark to pass', 8000);
    await sibsControl(pending.paymentId!, 'approve');
    await mbway.result();
    await expectHeard(heard, [
      'Please correct 1 field. Enter your MB WAY phone number.',
      ...ifSaid(heard, 1, 'Sending the request to your phone…'),
      // Focus moves to the waiting panel (its title is read), then the live region adds the details.
      'Approve the payment in your MB WAY app',
      'Payment request sent to +351 912 345 678. Approve it in the MB WAY app within 1 minute 3 seconds.',
      '1 minute left to approve the payment.',
      'Payment approved. Thank you!',
    ]);
    expect(heard.heard.at(-1)!.politeness, 'the success notice read as it takes focus').to.equal('focus');
  });

  it('<pay-mbway>: the countdown at 30 and 10 seconds, never every second, then the expiry', async () => {
    const mbway = new MbwayHarness(mountSibs<PayMbway>('pay-mbway', { timeout: '32' }));
    await mbway.settle();
    const heard = recordLiveRegions(mbway.element);
    await sleep(300);
    await mbway.pay('912345678');
    await mbway.result(1, 45_000);
    expect(mbway.results()[0]!.name).to.equal('pay-failure');
    await expectHeard(heard, [
      ...ifSaid(heard, 0, 'Sending the request to your phone…'),
      'Approve the payment in your MB WAY app',
      'Payment request sent to +351 912 345 678. Approve it in the MB WAY app within 32 seconds.',
      '30 seconds left to approve the payment.',
      '10 seconds left to approve the payment.',
      'Checking whether the payment was approved…',
      'The payment request expired before it was approved. You can send a new request.',
    ]);
  });

  it('<pay-multibanco>: the reference issued, the watch, the payment received', async () => {
    const multibanco = new MultibancoHarness(mountSibs<PayMultibanco>('pay-multibanco', {}));
    await multibanco.settle();
    const heard = recordLiveRegions(multibanco.element);
    await sleep(300);
    await multibanco.click(multibanco.startButton!);
    const pending = await multibanco.next('pay-pending', 10_000);
    await until(() => heard.heard.length === 2, 'the reference to be said');
    // Focus moves to the details (their title is read), then the live region says them.
    expect(heard.texts[0]).to.equal('Multibanco payment details');
    expect(heard.texts[1]).to.match(/^Your Multibanco reference is ready: entity \d{5}, reference \d{3} \d{3} \d{3}, €12\.50, to pay before /);
    await sleep(500); // a few status reads: none is said
    await sibsControl(pending.paymentId!, 'pay');
    await multibanco.result();
    // The details had focus: the success notice takes it and is read there, not also said by the live region.
    await expectHeard(heard, [heard.texts[0]!, heard.texts[1]!, 'Payment received. Thank you!']);
    expect(heard.heard[2]!.politeness).to.equal('focus');
  });

  it('<pay-card-payment> (new tab): the wait for the bank said once, then the cancel', async () => {
    const payment = await mountCardPayment({ redirect: 'new-tab' });
    await payment.form.fill(TEST_CARD);
    await sleep(300);
    const heard = recordLiveRegions(payment.element);
    await payment.form.pay();
    await payment.next('pay-redirect');
    await until(() => heard.texts.includes('Finish the payment in the new tab. This page updates by itself.'), 'the wait to be said');
    await payment.decide('cancel');
    await payment.result();
    // The new tab ends on the shop's return page: closed, so no later test reads this one.
    await closeHostedPopup('glomo-return.html');
    await expectHeard(heard, [
      'Processing payment…',
      'Finish the payment in the new tab. This page updates by itself.',
      'The payment was declined: The shopper cancelled the authentication',
    ]);
  });

  it('<pay-glomo-checkout>: the window opened, then the decline', async () => {
    const windows = watchWindowOpen();
    try {
      const orderId = await createGlomoOrder();
      const { element, next } = await mountCheckout({ 'order-id': orderId, 'sdk-url': await sdkUrl() });
      await sleep(300);
      const heard = recordLiveRegions(element);
      await realClick(part(element, 'button')!);
      expect(await hostedPageHas(orderId, 'button[value="decline"]')).to.equal(true);
      await clickInHostedPage(orderId, 'button[value="decline"]');
      expect((await next()).type).to.equal('pay-failure');
      // "Preparing" is said only when the click finds the SDK still loading.
      const preparing = heard.texts[0] === 'Preparing the payment…' ? ['Preparing the payment…'] : [];
      await expectHeard(heard, [
        ...preparing,
        'The payment window is open. Complete the payment there.',
        'The payment failed: The card issuer declined the payment',
      ]);
    } finally {
      windows.restore();
    }
  });

  it('<pay-glomo-checkout>: a blocked popup is one alert, nothing said after it', async () => {
    const original = window.open;
    window.open = () => null;
    try {
      const { element, next } = await mountCheckout({ 'order-id': await createGlomoOrder(), 'sdk-url': await sdkUrl() });
      await sleep(300);
      const heard = recordLiveRegions(element);
      await realClick(part(element, 'button')!);
      expect((await next()).detail).to.include({ code: 'popup_blocked' });
      await element.updateComplete;
      // The alert is the message, read once; the retry button takes focus and says its own name
      // (were it inside the alert, its name would be heard twice).
      const preparing = heard.texts[0] === 'Preparing the payment…' ? ['Preparing the payment…'] : [];
      await expectHeard(heard, [...preparing, 'The browser blocked the payment window. Allow pop-ups for this site, or try again.']);
      expect(element.shadowRoot!.activeElement).to.equal(part(element, 'retry-button'));
      expect(heard.heard[heard.heard.length - 1]!.politeness).to.equal('assertive');
    } finally {
      window.open = original;
    }
  });

  it('<pay-payglobe-checkout> (iframe): the checkout open, then the decline', async () => {
    const checkout = await mountPayGlobe({ amount: '1000' });
    await sleep(300);
    const heard = recordLiveRegions(checkout.element);
    const started = await startPayment(checkout);
    await until(() => heard.texts.includes('The PayGlobe checkout is open below. Complete the payment there.'), 'the checkout to be said open');
    await shopper.declineCard(started.page);
    await checkout.next();
    const status = () => checkout.element.shadowRoot!.querySelector('[part="status"]')?.textContent?.trim() ?? '';
    await until(() => status() !== '', 'the result shown');
    expect(status()).to.match(/declined/i);
    const preparing = heard.texts[0] === 'Preparing the payment…' ? ['Preparing the payment…'] : [];
    await expectHeard(heard, [...preparing, 'The PayGlobe checkout is open below. Complete the payment there.', status()]);
  });

  it('<pay-payglocal-checkout>: preparing, once; a failing shop’s error as an alert', async () => {
    // The host takes the redirect (the harness prevents it): the page stays, nothing more is said.
    const answer = { redirectUrl: 'http://127.0.0.1:9/gl/payflow-ui/?x-gl-token=abc123', gid: 'gl_0123456789abcdef01234567', merchantTxnId: 'shop_42' };
    const checkout = await mountPayGlocal({ 'payment-url': shopAnswer(answer) });
    await sleep(300);
    const heard = recordLiveRegions(checkout.element);
    await checkout.click();
    await checkout.next('pay-redirect');
    await expectHeard(heard, ['Preparing your payment…']);

    const failing = await mountPayGlocal({ 'payment-url': `/__flows/status?key=a11y-${Date.now().toString(36)}&fail=1&failWith=500` });
    await sleep(300);
    const heardFailing = recordLiveRegions(failing.element);
    await failing.click();
    await failing.next('pay-error');
    await until(() => heardFailing.heard.some((each) => each.politeness === 'assertive'), 'the error');
    // "Preparing" is said only when the shop takes longer than the announcer's delay; never after the error.
    const preparing = heardFailing.texts[0] === 'Preparing your payment…' ? ['Preparing your payment…'] : [];
    await expectHeard(heardFailing, [...preparing, failing.notice!]);
    expect(heardFailing.heard[heardFailing.heard.length - 1]!.politeness).to.equal('assertive');
  });

  it('<pay-bank-transfer>: errors on submit, then the details received', async () => {
    const transfer = await mountBankTransfer(html`<test-configured-bank-transfer></test-configured-bank-transfer>`);
    await sleep(300);
    const heard = recordLiveRegions(transfer.element);
    await transfer.pay();
    await until(() => heard.heard.length === 1, 'the error summary');
    await transfer.fill({ account: SENDER.typed, reference: REFERENCE });
    await transfer.pay();
    await until(() => heard.texts.some((text) => text.startsWith('Transfer details received')), 'the details received');
    // The shopper pressed the button: the notice takes focus and is read there, once.
    await expectHeard(heard, [
      heard.texts[0]!,
      ...ifSaid(heard, 1, 'Sending your transfer details…'),
      'Transfer details received Thank you. Your payment isn’t confirmed yet: it will be once the transfer reaches the account, which can take a few working days.',
    ]);
    expect(heard.heard.at(-1)!.politeness).to.equal('focus');
    expect(heard.texts[0]).to.match(/^Please correct 2 fields\./);
  });

  it('<pay-bank-transfer>: submitted by the page while the shopper is elsewhere: said by the live region, focus left alone', async () => {
    const transfer = await mountBankTransfer(html`<test-configured-bank-transfer></test-configured-bank-transfer>`);
    await transfer.fill({ account: SENDER.typed, reference: REFERENCE });
    const elsewhere = await fixture<HTMLButtonElement>(html`<button>Elsewhere</button>`);
    elsewhere.focus();
    await sleep(300);
    const heard = recordLiveRegions(transfer.element);
    transfer.element.submit();
    await until(() => heard.texts.some((text) => text.startsWith('Transfer details received')), 'the details received');
    await expectHeard(heard, [
      ...ifSaid(heard, 0, 'Sending your transfer details…'),
      'Transfer details received. Thank you. Your payment isn’t confirmed yet: it will be once the transfer reaches the account, which can take a few working days.',
    ]);
    expect(heard.heard.at(-1)!.politeness).to.equal('polite');
    expect(document.activeElement).to.equal(elsewhere);
  });

  it('<pay-voucher-choice>: the error on submit, pending, and the merchant’s decline', async () => {
    const choice = new VoucherChoiceHarness(await fixture<PayVoucherChoice>(html`<pay-voucher-choice total="15000" currency="EUR" voucher-balance="5000"></pay-voucher-choice>`));
    choice.element.addEventListener('pay-voucher-submit', () => setTimeout(() => choice.element.endSubmit({ error: 'The voucher was refused.' }), 600));
    await sleep(300);
    const heard = recordLiveRegions(choice.element);
    choice.element.submit();
    await until(() => heard.heard.length === 1, 'the error summary');
    await choice.choose('CARD_ONLY');
    await choice.confirm();
    await expectHeard(heard, [heard.texts[0]!, 'Processing payment…', 'The voucher was refused.']);
    expect(heard.texts[0]).to.match(/^Please correct 1 field\./);
  });

  it('<pay-diagnostics>: the report’s summary, once', async () => {
    const diagnostics = document.createElement('pay-diagnostics') as PayDiagnostics;
    diagnostics.providers = 'glomo';
    diagnostics.url = new URL(policyPageUrl({ csp: ["default-src 'self'"] }), location.href).href;
    const ready = new Promise((resolve) => diagnostics.addEventListener('pay-diagnostics-report', resolve, { once: true }));
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    host.append(diagnostics);
    await diagnostics.updateComplete;
    const heard = recordLiveRegions(diagnostics);
    await ready;
    const summary = diagnostics.shadowRoot!.querySelector('[part="summary"]')!.textContent!;
    expect(summary).to.match(/^Failing: \d+/);
    await expectHeard(heard, [summary]);
  });
});

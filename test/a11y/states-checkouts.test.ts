import { expect } from '@open-wc/testing';
import '../../src/components/glomo-checkout/pay-glomo-checkout.js';
import { clickInHostedPage, createGlomoOrder, hostedPageHas, SANDBOX_SECRET_KEY, typeInHostedPage } from '../support/sandbox.js';
import { until } from '../support/a11y-states.js';
import { mountCheckout, part, realClick, sdkUrl, sleep, unmountAll, watchWindowOpen } from '../e2e/support/glomo-checkout-harness.js';
import { mountPayGlobe, payButton, scriptUrl, unmountAll as unmountPayGlobe } from '../e2e/support/payglobe-checkout-harness.js';
import { mount as mountPayGlocal, shopAnswer, uniqueKey, unmountAll as unmountPayGlocal } from '../components/payglocal-checkout/payglocal-checkout-harness.js';

/**
 * axe finds nothing in every state of the hosted-checkout buttons, driven through the sandbox as
 * test/e2e/glomo-checkout*.test.ts and test/components/payglocal-checkout/* do: idle, disabled,
 * misconfigured, waiting on the provider, and after each result.
 */
describe('<pay-glomo-checkout> accessibility in every state', function () {
  this.timeout(40_000);
  let windows: ReturnType<typeof watchWindowOpen>;
  beforeEach(() => { windows = watchWindowOpen(); });
  afterEach(() => {
    unmountAll();
    windows.restore();
  });

  it('idle, disabled, and misconfigured (a secret key)', async () => {
    const idle = await mountCheckout({ 'order-id': await createGlomoOrder(), 'sdk-url': await sdkUrl() });
    await expect(idle.element).to.be.accessible();
    const disabled = await mountCheckout({ 'order-id': 'order_x', 'sdk-url': await sdkUrl(), disabled: '' });
    await expect(disabled.element).to.be.accessible();
    const misconfigured = await mountCheckout({ 'order-id': 'order_x', 'public-key': SANDBOX_SECRET_KEY });
    await until(() => misconfigured.events.some((event) => event.detail?.code === 'invalid_config'), 'invalid_config');
    await realClick(part(misconfigured.element, 'button')!);
    await misconfigured.element.updateComplete;
    await expect(misconfigured.element).to.be.accessible();
  });

  it('while the checkout popup is open, then approved', async () => {
    const orderId = await createGlomoOrder();
    const { element, next } = await mountCheckout({ 'order-id': orderId, 'sdk-url': await sdkUrl() });
    await realClick(part(element, 'button')!);
    expect(await hostedPageHas(orderId, 'button[value="approve"]')).to.equal(true);
    await element.updateComplete;
    expect(part(element, 'button')!.getAttribute('aria-busy')).to.equal('true');
    await expect(element).to.be.accessible();
    await clickInHostedPage(orderId, 'button[value="approve"]');
    expect((await next()).type).to.equal('pay-success');
    await element.updateComplete;
    await expect(element).to.be.accessible();
  });

  it('after a decline, a cancel, and a submitted bank transfer', async () => {
    const declinedOrder = await createGlomoOrder();
    const declined = await mountCheckout({ 'order-id': declinedOrder, 'sdk-url': await sdkUrl() });
    await realClick(part(declined.element, 'button')!);
    await clickInHostedPage(declinedOrder, 'button[value="decline"]');
    expect((await declined.next()).type).to.equal('pay-failure');
    await declined.element.updateComplete;
    await expect(declined.element).to.be.accessible();

    const cancelledOrder = await createGlomoOrder();
    const cancelled = await mountCheckout({ 'order-id': cancelledOrder, 'sdk-url': await sdkUrl() });
    await realClick(part(cancelled.element, 'button')!);
    await clickInHostedPage(cancelledOrder, '#glomo-checkout-cancel');
    expect((await cancelled.next()).type).to.equal('pay-cancel');
    await cancelled.element.updateComplete;
    await expect(cancelled.element).to.be.accessible();

    const transferOrder = await createGlomoOrder();
    const transfer = await mountCheckout({ 'order-id': transferOrder, 'sdk-url': await sdkUrl() });
    await realClick(part(transfer.element, 'button')!);
    await typeInHostedPage(transferOrder, '#sender-account', '9876543210');
    await typeInHostedPage(transferOrder, '#transaction-reference', 'UTR-77-ABC');
    await clickInHostedPage(transferOrder, 'form[action*="bank-transfer"] button[type="submit"]');
    await transfer.next(['pay-pending']);
    await transfer.element.updateComplete;
    await expect(transfer.element).to.be.accessible();
  });

  it('a blocked popup: the alert with its retry button', async () => {
    const original = window.open;
    window.open = () => null;
    try {
      const blocked = await mountCheckout({ 'order-id': await createGlomoOrder(), 'sdk-url': await sdkUrl() });
      await realClick(part(blocked.element, 'button')!);
      expect((await blocked.next()).detail).to.include({ code: 'popup_blocked' });
      await blocked.element.updateComplete;
      expect(part(blocked.element, 'retry-button')).to.exist;
      await expect(blocked.element).to.be.accessible();
    } finally {
      window.open = original;
    }
  });

  it('an SDK that does not load: the error', async () => {
    const broken = await mountCheckout({ 'order-id': 'order_x', 'sdk-url': await sdkUrl({ __fault: '404' }), 'sdk-timeout': '2000' });
    await realClick(part(broken.element, 'button')!);
    expect((await broken.next()).type).to.equal('pay-error');
    await broken.element.updateComplete;
    await expect(broken.element).to.be.accessible();
  });
});

describe('<pay-payglocal-checkout> accessibility in every state', function () {
  this.timeout(20_000);
  afterEach(unmountPayGlocal);
  const ANSWER = { redirectUrl: 'http://127.0.0.1:9/gl/payflow-ui/?x-gl-token=abc123', gid: 'gl_0123456789abcdef01234567', merchantTxnId: 'shop_42' };

  it('idle, disabled, and misconfigured after a press', async () => {
    const idle = await mountPayGlocal({ 'payment-url': shopAnswer(ANSWER), amount: '150000', currency: 'INR' });
    await expect(idle.element).to.be.accessible();
    const disabled = await mountPayGlocal({ 'payment-url': shopAnswer(ANSWER), disabled: '' });
    await expect(disabled.element).to.be.accessible();
    const missing = await mountPayGlocal({});
    await missing.click();
    await missing.element.updateComplete;
    await expect(missing.element).to.be.accessible();
  });

  it('pending while the shop answers, and the error notice when it fails', async () => {
    const stalled = await mountPayGlocal({ 'payment-url': `/__flows/stall?key=${uniqueKey('a11y-payglocal')}`, 'request-timeout': '5000' });
    await stalled.press();
    await until(() => stalled.button.getAttribute('aria-busy') === 'true', 'the pending state');
    await stalled.element.updateComplete;
    await expect(stalled.element).to.be.accessible();

    const failing = await mountPayGlocal({ 'payment-url': `/__flows/status?key=${uniqueKey('a11y-fail')}&fail=1&failWith=500` });
    await failing.click();
    await failing.next('pay-error');
    await failing.settled();
    await sleep(50);
    expect(failing.notice).to.not.equal(null);
    await expect(failing.element).to.be.accessible();
  });
});

describe('<pay-payglobe-checkout> accessibility while it prepares', function () {
  this.timeout(20_000);
  afterEach(unmountPayGlobe);

  // Idle, misconfigured, the iframe open and every result: test/components/payglobe-checkout/payglobe-checkout.a11y.test.ts.
  it('preparing: payglobe.js still loading, the button busy', async () => {
    const preparing = await mountPayGlobe({ amount: '1000', 'script-url': await scriptUrl({ __fault: 'stall' }), 'sdk-timeout': '8000' });
    await realClick(payButton(preparing.element));
    await until(() => payButton(preparing.element).getAttribute('aria-busy') === 'true', 'the busy button');
    await expect(preparing.element).to.be.accessible();
  });
});

import { expect } from '@open-wc/testing';
import '../../src/components/payglocal-checkout/pay-payglocal-checkout.js';
import { clickInHostedPage, createGlomoOrder } from '../support/sandbox.js';
import { expectFocusOn, focusSettles, moveFocusTo, press, startFromTop, until, watchFocusLoss } from '../support/keyboard.js';
import { mountCheckout, part, sdkUrl, unmountAll as unmountGlomo, watchWindowOpen } from './support/glomo-checkout-harness.js';
import { mountPayGlobe, payButton, shopper, statusText, unmountAll as unmountPayGlobe } from './support/payglobe-checkout-harness.js';

const mounted: HTMLElement[] = [];

/**
 * The hosted checkouts started by keyboard alone: Glomo Checkout's popup (Enter or Space on the
 * button), PayGlobe's checkout in an iframe inside the element and its full-page redirect, and
 * PayGlocal's redirect. The provider's own pages are driven by the harness (they are not ours);
 * focus on our side stays visible and never falls to the page.
 */
describe('hosted checkouts started by keyboard alone (sandbox end to end)', function () {
  this.timeout(45_000);
  let windows: ReturnType<typeof watchWindowOpen>;
  beforeEach(() => { windows = watchWindowOpen(); });
  afterEach(() => {
    unmountGlomo();
    unmountPayGlobe();
    mounted.splice(0).forEach((element) => element.remove());
    windows.restore();
  });

  for (const key of ['Enter', 'Space'] as const) {
    it(`Glomo Checkout: ${key} on the button opens the popup; approved there, pay-success and focus back on the button`, async () => {
      const orderId = await createGlomoOrder({ amount: 1999, currency: 'EUR' });
      const checkout = await mountCheckout({ 'order-id': orderId, 'sdk-url': await sdkUrl() });
      const button = part(checkout.element, 'button')!;
      const losses = watchFocusLoss();
      startFromTop();
      await moveFocusTo((el) => el === button, 'the Glomo Checkout button');
      await press(key);
      await until(() => windows.opened.length === 1, 'the popup to open');
      expect(windows.opened[0], 'the popup was allowed (a keyboard press is a user activation)').to.not.equal(null);
      await clickInHostedPage(orderId, 'button[value="approve"]');
      const result = await checkout.next();
      expect(result.type).to.equal('pay-success');
      expect(result.detail.orderId).to.equal(orderId);
      await focusSettles('back from the popup');
      expect(losses.stop()).to.deep.equal([]);
    });
  }

  it('PayGlobe (iframe): Enter on Pay puts focus in the checkout frame; paid there, focus on the status', async () => {
    const checkout = await mountPayGlobe({ amount: '15000', currency: 'EUR' });
    const losses = watchFocusLoss();
    startFromTop();
    await moveFocusTo((el) => el === payButton(checkout.element), 'the Pay button');
    await press('Enter');
    const redirect = await checkout.next(['pay-redirect']);
    const page = `paymentId=${new URL(redirect.detail.url).searchParams.get('paymentId')}`;
    const frame = await until(() => checkout.element.querySelector('iframe'), 'the checkout frame');
    await focusSettles('the checkout opened', (el) => el === frame);
    await shopper.approveCard(page);
    await shopper.choose(page, 'CARD_ONLY');
    await shopper.capture(page);
    expect((await checkout.next()).type).to.equal('pay-success');
    expect(statusText(checkout.element)).to.contain('Payment approved');
    await focusSettles('the checkout closed', (el) => el.getAttribute('part')?.split(' ').includes('status') ?? false);
    expect(losses.stop()).to.deep.equal([]);
  });

  it('PayGlobe (full page): Space on Pay leaves through a cancelable pay-redirect; focus stays on the button', async () => {
    const checkout = await mountPayGlobe({ amount: '4250', currency: 'EUR', mode: 'redirect' });
    // The host navigates itself (as a router would): the test page stays.
    checkout.element.addEventListener('pay-redirect', (event) => event.preventDefault());
    startFromTop();
    const button = await moveFocusTo((el) => el === payButton(checkout.element), 'the Pay button');
    await press('Space');
    const redirect = await checkout.next(['pay-redirect']);
    expect(redirect.detail.target).to.equal('same-tab');
    expect(redirect.detail.url).to.contain('paymentId=');
    expectFocusOn(await focusSettles('after the redirect was handed to the host'), button, 'the Pay button');
  });

  it('PayGlocal: Enter on Pay asks the shop and leaves through a cancelable pay-redirect; focus stays on the button', async () => {
    const element = document.createElement('pay-payglocal-checkout');
    element.setAttribute('payment-url', '/merchant/payglocal/payment');
    element.setAttribute('amount', '1000');
    element.setAttribute('currency', 'INR');
    element.setAttribute('return-url', '/__sandbox/return');
    const redirects: string[] = [];
    element.addEventListener('pay-redirect', (event) => {
      event.preventDefault();
      redirects.push((event as CustomEvent<{ url: string }>).detail.url);
    });
    document.body.append(element);
    mounted.push(element);
    await (element as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    const button = element.shadowRoot!.querySelector('[part~="button"]')!;
    startFromTop();
    await moveFocusTo((el) => el === button, 'the Pay button');
    await press('Enter');
    await until(() => redirects.length === 1, 'pay-redirect', 15_000);
    expect(redirects[0]).to.contain('x-gl-token=');
    expectFocusOn(await focusSettles('after the redirect was handed to the host'), button, 'the Pay button');
  });
});

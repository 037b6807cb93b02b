import { expect, fixture, html } from '@open-wc/testing';
import { clickInHostedPage, sandboxOrigin } from '../support/sandbox.js';
import type { PayGlomoCheckout } from '../../src/components/glomo-checkout/glomo-checkout.js';
import { mountCheckout, part, realClick, unmountAll, waitFor, watchOrders } from './support/glomo-checkout-harness.js';

describe('the Glomo Checkout demo page', function () {
  this.timeout(30_000);

  it('completes a payment through the sandbox, with the order from /merchant/glomo/order, and logs it', async () => {
    const frame = document.createElement('iframe');
    frame.style.cssText = 'width: 900px; height: 700px; border: 0;';
    frame.src = `/demo/glomo-checkout.html?sandbox=${encodeURIComponent(await sandboxOrigin())}`;
    document.body.append(frame);
    const element = await waitFor(() => frame.contentDocument?.querySelector<PayGlomoCheckout>('#events-checkout'), 8000, 'the demo element');
    await waitFor(() => element.shadowRoot?.querySelector('[part~="button"]'), 8000, 'the demo element to render');
    const orders = watchOrders(frame.contentWindow!);
    try {
      await realClick(part(element, 'button')!, frame);
      const orderId = await waitFor(() => orders.orderIds[0], 8000, 'the demo order');
      await clickInHostedPage(orderId, 'button[value="approve"]');
      const entry = await waitFor(() => frame.contentDocument!.querySelector('#log li[data-event="pay-success"]'), 10_000, 'the log entry');
      expect(entry.textContent).to.contain('events-checkout').and.contain(orderId).and.contain('"provider":"glomo"');
    } finally {
      orders.restore();
      frame.remove();
    }
  });
});

describe('<pay-glomo-checkout> accessibility', function () {
  this.timeout(20_000);
  afterEach(unmountAll);

  it('passes axe idle, disabled and with the popup-blocked notice', async () => {
    const { element } = await mountCheckout({ 'order-id': 'order_a11y', 'sdk-url': `${await sandboxOrigin()}/glomo/sdk/index.js?a11y=1` });
    await expect(element).to.be.accessible();
    element.disabled = true;
    await element.updateComplete;
    expect(part(element, 'button')!.getAttribute('aria-disabled')).to.equal('true');
    await expect(element).to.be.accessible();
    element.disabled = false;
    const original = window.open;
    window.open = () => null;
    try {
      await realClick(part(element, 'button')!);
      await waitFor(() => part(element, 'notice'), 8000, 'the notice');
    } finally {
      window.open = original;
    }
    await expect(element).to.be.accessible();
  });

  it('labels the default button from the catalog and keeps the slotted one the merchant’s', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="en"><pay-glomo-checkout public-key="pk_test_x" order-id="order_1"><button>Buy</button></pay-glomo-checkout></div>`);
    const element = wrapper.querySelector('pay-glomo-checkout')!;
    await element.updateComplete;
    expect(part(element, 'button')!.textContent!.trim()).to.equal('Pay');
    expect(element.querySelector('button')!.textContent).to.equal('Buy');
  });
});

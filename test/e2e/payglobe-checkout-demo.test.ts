import { expect } from '@open-wc/testing';
import { sandboxOrigin } from '../support/sandbox.js';
import type { PayPayglobeCheckout } from '../../src/components/payglobe-checkout/payglobe-checkout.js';
import { part, realClick, shopper, waitFor } from './support/payglobe-checkout-harness.js';

describe('the PayGlobe demo page', function () {
  this.timeout(40_000);

  it('pays in the iframe mode through the sandbox and logs pay-redirect then pay-success with the split', async () => {
    const frame = document.createElement('iframe');
    frame.title = 'demo';
    frame.style.cssText = 'width: 900px; height: 900px; border: 0;';
    frame.src = `/demo/payglobe-checkout.html?sandbox=${encodeURIComponent(await sandboxOrigin())}`;
    document.body.append(frame);
    try {
      const element = await waitFor(() => frame.contentDocument?.querySelector<PayPayglobeCheckout>('#iframe-checkout'), 8000, 'the demo element');
      await waitFor(() => element.shadowRoot?.querySelector('[part~="button"]'), 8000, 'the demo element to render');
      await realClick(part(element, 'button')!, frame);
      const redirect = await waitFor(() => frame.contentDocument!.querySelector('#log li[data-event="pay-redirect"]'), 10_000, 'the redirect logged');
      const paymentId = /paymentId=(pg_[A-Za-z0-9]+)/.exec(redirect.textContent!)![1]!;
      const page = `paymentId=${paymentId}`;
      await shopper.approveCard(page);
      await shopper.choose(page, 'CARD_AND_VOUCHER', '10');
      await shopper.otp(page, '123456');
      await shopper.capture(page);
      const entry = await waitFor(() => frame.contentDocument!.querySelector('#log li[data-event="pay-success"]'), 15_000, 'the success logged');
      expect(entry.textContent).to.contain('iframe-checkout').and.contain(paymentId).and.contain('"provider":"payglobe"')
        .and.contain('"voucher":{"amount":1000,"currency":"EUR"}').and.contain('"card":{"amount":3250,"currency":"EUR"}');
    } finally {
      frame.remove();
    }
  });
});

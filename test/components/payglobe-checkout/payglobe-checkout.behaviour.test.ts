import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { sandboxOrigin } from '../../support/sandbox.js';
import { recordAnnouncements } from '../../support/announcer.js';
import {
  forceStatus, mountPayGlobe, payButton, realClick, shopper, sleep, startPayment, statusText, unmountAll, waitFor,
} from '../../e2e/support/payglobe-checkout-harness.js';

describe('<pay-payglobe-checkout> behaviour', function () {
  this.timeout(30_000);
  afterEach(unmountAll);

  it('works by keyboard: Tab to Pay, Enter, and focus moves into the checkout', async () => {
    const checkout = await mountPayGlobe({ amount: '1000' });
    await sendKeys({ press: 'Tab' });
    expect(checkout.element.shadowRoot!.activeElement).to.equal(payButton(checkout.element));
    await sendKeys({ press: 'Enter' });
    const redirect = await checkout.next(['pay-redirect']);
    expect(redirect.detail.target).to.equal('iframe');
    const frame = await waitFor(() => checkout.element.querySelector('iframe'), 5000, 'the checkout iframe');
    await waitFor(() => document.activeElement === frame, 3000, 'focus in the checkout');
  });

  it('announces the open checkout and the result, and shows the result (focus elsewhere: left there)', async () => {
    const checkout = await mountPayGlobe({ amount: '1000' });
    const said = recordAnnouncements(checkout.element);
    const { paymentId } = await startPayment(checkout);
    await waitFor(() => said.includes('The PayGlobe checkout is open below. Complete the payment there.'), 3000, 'the open checkout announced');
    const elsewhere = await fixture<HTMLButtonElement>(html`<button>Elsewhere</button>`);
    elsewhere.focus();
    await forceStatus(paymentId, 'PAID');
    await checkout.next();
    await waitFor(() => said.includes('Payment approved: €10.00.'), 3000, 'the result announced');
    expect(statusText(checkout.element)).to.equal('Payment approved: €10.00.');
    expect(checkout.element.shadowRoot!.querySelector('[part~="button"]'), 'no second payment after a success').to.equal(null);
    expect(document.activeElement).to.equal(elsewhere);
  });

  it('the checkout had focus: the result takes it and is read there, not said again', async () => {
    const checkout = await mountPayGlobe({ amount: '1000' });
    const said = recordAnnouncements(checkout.element);
    const { paymentId } = await startPayment(checkout);
    await waitFor(() => checkout.element.querySelector('iframe') === document.activeElement, 3000, 'the checkout frame focused');
    await forceStatus(paymentId, 'PAID');
    await checkout.next();
    const status = await waitFor(() => checkout.element.shadowRoot!.querySelector<HTMLElement>('[part~="status"]'), 3000, 'the result shown');
    await waitFor(() => checkout.element.shadowRoot!.activeElement === status, 3000, 'the result focused');
    await sleep(300);
    expect(status.textContent!.trim()).to.equal('Payment approved: €10.00.');
    expect(said).to.not.include('Payment approved: €10.00.');
  });

  it('finishes at once on the checkout’s completion message, without waiting for the next poll', async () => {
    const checkout = await mountPayGlobe({ amount: '1000', 'poll-interval': '60000' });
    const { page } = await startPayment(checkout);
    await shopper.approveCard(page);
    await shopper.choose(page, 'CARD_ONLY');
    const captured = performance.now();
    await shopper.capture(page);
    const success = await checkout.next(undefined, 10_000);
    expect(success.type).to.equal('pay-success');
    expect(performance.now() - captured).to.be.lessThan(10_000);
  });

  it('ignores completion messages from anywhere but the checkout frame', async () => {
    const checkout = await mountPayGlobe({ amount: '1000', 'poll-interval': '60000' });
    const { paymentId } = await startPayment(checkout);
    await waitFor(() => checkout.element.querySelector('iframe'), 5000, 'the checkout iframe');
    // This page's own origin, and a malformed payload that would be refused if it were read at all.
    window.postMessage({ type: 'payglobe:checkout-complete', paymentId: 42, status: 'SUCCESS' }, '*');
    window.postMessage({ type: 'payglobe:checkout-complete', paymentId, status: 'SUCCESS' }, '*');
    await sleep(500);
    expect(checkout.results()).to.deep.equal([]);
    expect(await sandboxOrigin()).to.not.equal(location.origin);
  });

  it('a prevented pay-redirect opens nothing, and the element keeps following the payment', async () => {
    const checkout = await mountPayGlobe({ amount: '1000' });
    checkout.element.addEventListener('pay-redirect', (event) => event.preventDefault());
    const { paymentId } = await startPayment(checkout);
    await sleep(300);
    expect(checkout.element.querySelector('iframe')).to.equal(null);
    await forceStatus(paymentId, 'SUCCESS');
    const success = await checkout.next();
    expect(success.type).to.equal('pay-success');
  });

  it('a double click starts one payment; a disabled element starts none', async () => {
    const checkout = await mountPayGlobe({ amount: '1000' });
    await realClick(payButton(checkout.element));
    await realClick(payButton(checkout.element));
    await checkout.next(['pay-redirect']);
    await sleep(500);
    expect(checkout.events.filter((event) => event.type === 'pay-redirect')).to.have.length(1);

    const disabled = await mountPayGlobe({ amount: '1000', disabled: '' });
    await realClick(payButton(disabled.element));
    await sleep(300);
    expect(disabled.events).to.deep.equal([]);
    expect(payButton(disabled.element).getAttribute('aria-disabled')).to.equal('true');
  });

  it('inside another component’s shadow root, payglobe.js still gets its container', async () => {
    const host = document.createElement('div');
    document.body.append(host);
    const root = host.attachShadow({ mode: 'open' });
    const checkout = await mountPayGlobe({ amount: '1000' }, root as unknown as Element);
    await startPayment(checkout);
    const frame = await waitFor(() => checkout.element.querySelector('iframe'), 5000, 'the checkout iframe');
    expect(frame.closest('[slot="checkout"]')!.parentElement).to.equal(checkout.element);
    expect(checkout.results()).to.deep.equal([]);
    host.remove();
  });
});

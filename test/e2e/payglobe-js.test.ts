import { expect } from '@open-wc/testing';
import { clickInHostedPage, hostedPageHas, sandboxOrigin, sandboxUrl } from '../support/sandbox.js';
import { waitFor } from './support/glomo-checkout-harness.js';

/**
 * The sandbox's payglobe.js stand-in in a real page, exactly as /work/notes/contracts2.md and
 * sandbox/README.md describe it: a classic script defining `PayGlobe(pk)`, its payment calls,
 * its errors, and its embedded checkout reporting the outcome to the parent page.
 */

type PayGlobeFactory = (key: string) => {
  payments: { create(params: unknown): Promise<any>; retrieve(id: string): Promise<any> };
  redirectToCheckout(options: { paymentId: string; element?: string | Element }): Promise<void>;
};

const KEY = 'pk_test_payglobe_js_tests';

/** Loads payglobe.js with a classic script tag and returns the `PayGlobe` that load defined. */
async function loadPayGlobe(query: Record<string, string> = {}): Promise<PayGlobeFactory> {
  const script = document.createElement('script');
  script.src = await sandboxUrl('/payglobe/js/payglobe.js', { t: String(Math.random()), ...query });
  const loaded = new Promise((resolve, reject) => {
    script.addEventListener('load', resolve, { once: true });
    script.addEventListener('error', reject, { once: true });
  });
  document.head.append(script);
  await loaded;
  return (window as unknown as { PayGlobe: PayGlobeFactory }).PayGlobe;
}

async function rejection(promise: Promise<unknown>): Promise<Error & { code?: string; status?: number }> {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected a rejection');
}

describe('payglobe.js (sandbox stand-in)', function () {
  this.timeout(30_000);
  const containers: Element[] = [];
  afterEach(() => containers.splice(0).forEach((element) => element.remove()));

  it('creates a payment: exactly { id, status, totalAmount, currency, checkoutUrl }', async () => {
    const PayGlobe = await loadPayGlobe();
    const payment = await PayGlobe(KEY).payments.create({ amount: 150.5, email: 'shopper@example.com', description: 'Order #1' });
    expect(Object.keys(payment)).to.deep.equal(['id', 'status', 'totalAmount', 'currency', 'checkoutUrl']);
    expect([payment.status, payment.totalAmount, payment.currency]).to.deep.equal(['PENDING', 150.5, 'EUR']);
    expect(payment.checkoutUrl).to.equal(`${await sandboxOrigin()}/payglobe/checkout?paymentId=${payment.id}`);
  });

  it('retrieves the payment object the contract names', async () => {
    const payglobe = (await loadPayGlobe())(KEY);
    const { id } = await payglobe.payments.create({ amount: 1500, currency: 'JPY', email: 'shopper@example.com', paymentMode: 'SALE_DIRECT' });
    expect(await payglobe.payments.retrieve(id)).to.deep.equal({
      id, status: 'PENDING', totalAmount: 1500, cardAmount: 1500, voucherAmount: 0, currency: 'JPY',
      paymentMode: 'SALE_DIRECT', paymentMethod: 'CARD_ONLY', paymentId: null,
    });
  });

  it("rejects with the API's message and code: a secret key (401), a bad amount (400), an unknown id (404)", async () => {
    const PayGlobe = await loadPayGlobe();
    const secret = await rejection(PayGlobe('sk_test_oops').payments.create({ amount: 10, email: 'a@example.com' }));
    expect([secret.code, secret.status]).to.deep.equal(['UNAUTHORIZED', 401]);
    expect(secret.message).to.contain('secret key');
    const amount = await rejection(PayGlobe(KEY).payments.create({ amount: 10.001, email: 'a@example.com' }));
    expect([amount.code, amount.status]).to.deep.equal(['INVALID_REQUEST', 400]);
    expect(amount.message).to.match(/^amount: /);
    const missing = await rejection(PayGlobe(KEY).payments.retrieve('pg_nope'));
    expect(missing.code).to.equal('NOT_FOUND');
  });

  it('opens the checkout in an iframe in the element, which reports the outcome to its parent', async () => {
    const payglobe = (await loadPayGlobe())(KEY);
    const container = document.createElement('div');
    container.id = 'payglobe-js-container';
    document.body.append(container);
    containers.push(container);
    const { id, checkoutUrl } = await payglobe.payments.create({ amount: 20, email: 'a@example.com', paymentMode: 'SALE_DIRECT' });
    const messages: MessageEvent[] = [];
    const listener = (event: MessageEvent) => messages.push(event);
    window.addEventListener('message', listener);
    try {
      await payglobe.redirectToCheckout({ paymentId: id, element: '#payglobe-js-container' });
      const frame = container.querySelector('iframe')!;
      expect(frame.src).to.equal(`${checkoutUrl}&embedded=1`);
      expect(frame.title).to.equal('PayGlobe checkout');
      expect(await hostedPageHas(`paymentId=${id}`, 'button[value=approve]', 20_000)).to.equal(true);
      await clickInHostedPage(`paymentId=${id}`, 'button[value=approve]');
      const message = await waitFor(() => messages.find((event) => event.source === frame.contentWindow), 15_000, 'the checkout message');
      expect(message.origin).to.equal(await sandboxOrigin());
      expect(message.data).to.deep.equal({ type: 'payglobe:checkout-complete', paymentId: id, status: 'SUCCESS' });
      expect((await payglobe.payments.retrieve(id)).status).to.equal('SUCCESS');
    } finally {
      window.removeEventListener('message', listener);
    }
  });

  it('accepts an Element, and rejects a selector that matches nothing', async () => {
    const payglobe = (await loadPayGlobe())(KEY);
    const { id } = await payglobe.payments.create({ amount: 20, email: 'a@example.com' });
    const container = document.createElement('div');
    document.body.append(container);
    containers.push(container);
    await payglobe.redirectToCheckout({ paymentId: id, element: container });
    expect(container.querySelectorAll('iframe').length).to.equal(1);
    expect((await rejection(payglobe.redirectToCheckout({ paymentId: id, element: '#nothing-here' }))).code).to.equal('INVALID_ELEMENT');
    expect((await rejection(payglobe.redirectToCheckout({ paymentId: '' }))).code).to.equal('INVALID_REQUEST');
  });

  it('passes checkout.<name> parameters of its own URL on to the checkout URL', async () => {
    const PayGlobe = await loadPayGlobe({ 'checkout.__coop': 'same-origin' });
    const { checkoutUrl } = await PayGlobe(KEY).payments.create({ amount: 5, email: 'a@example.com' });
    expect(new URL(checkoutUrl).searchParams.get('__coop')).to.equal('same-origin');
  });
});

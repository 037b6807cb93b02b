import { expect } from '@open-wc/testing';
import { runPayGlobeAttempt } from '../../../src/components/payglobe-checkout/payglobe-checkout-attempt.js';
import { readPayGlobeCheckoutConfig } from '../../../src/components/payglobe-checkout/payglobe-checkout-config.js';
import { createPayGlobeClient, type PayGlobeInstance } from '../../../src/components/payglobe-checkout/payglobe-client.js';

/**
 * One attempt against a payglobe.js that misbehaves in ways the sandbox does not offer on demand
 * without touching other tests: `payments.create()` failing, and a checkout URL off PayGlobe's
 * hosts. Each ends in one error outcome, before anything is opened or announced.
 */
describe('PayGlobe checkout attempt against a misbehaving payglobe.js', () => {
  const config = (() => {
    const reading = readPayGlobeCheckoutConfig({
      publishableKey: 'pk_test_abc', amount: 15000, currency: 'EUR', email: 'a@example.com', description: '', mode: 'iframe', scriptUrl: '',
    });
    if (!reading.ok) throw new Error('config');
    return reading.config;
  })();

  /** A fake `PayGlobe(key)` whose `create()` does `create`, recording every call. */
  function fakeSdk(create: () => Promise<unknown>) {
    const calls: string[] = [];
    const instance: PayGlobeInstance = {
      payments: {
        create: () => { calls.push('create'); return create(); },
        retrieve: () => { calls.push('retrieve'); return Promise.resolve({}); },
      },
      redirectToCheckout: () => { calls.push('redirectToCheckout'); return Promise.resolve(); },
    };
    const client = createPayGlobeClient(() => instance, 'pk_test_abc');
    if (client.kind !== 'result') throw new Error('client');
    return { client: client.value, calls };
  }

  async function attempt(create: () => Promise<unknown>) {
    const host = document.createElement('div');
    document.body.append(host);
    const redirects: unknown[] = [];
    host.addEventListener('pay-redirect', (event) => redirects.push((event as CustomEvent).detail));
    const opened: string[] = [];
    const { client, calls } = fakeSdk(create);
    try {
      const outcome = await runPayGlobeAttempt({
        host, client, config, container: { target: host, element: host, frameTitle: 'PayGlobe' }, returnUrl: null,
        pollIntervalMs: 250, signal: new AbortController().signal, locale: 'en', onOpened: (how) => opened.push(how),
      });
      return { outcome, calls, redirects, opened };
    } finally {
      host.remove();
    }
  }

  const created = (checkoutUrl: string) => () => Promise.resolve({ id: 'pay_1', status: 'PENDING', totalAmount: 150, currency: 'EUR', checkoutUrl });

  it('create() rejected by a server error or a dropped connection: network, nothing opened', async () => {
    for (const failure of [Object.assign(new Error('Internal error'), { status: 500 }), new TypeError('Failed to fetch')]) {
      const { outcome, calls, redirects, opened } = await attempt(() => Promise.reject(failure));
      expect(outcome).to.deep.include({ kind: 'error' });
      expect((outcome as { error: { code: string } }).error.code).to.equal('network');
      expect(calls).to.deep.equal(['create']);
      expect(redirects).to.deep.equal([]);
      expect(opened).to.deep.equal([]);
    }
  });

  it('create() refused for the key (401): invalid_config', async () => {
    const { outcome } = await attempt(() => Promise.reject(Object.assign(new Error('Invalid API key'), { status: 401 })));
    expect((outcome as { error: { code: string } }).error.code).to.equal('invalid_config');
  });

  for (const [what, url] of [
    ['a host that is not PayGlobe’s', 'https://evil.example/checkout?paymentId=pay_1'],
    ['plain http off loopback', 'http://pay.payglobe.it/checkout?paymentId=pay_1'],
    ['a javascript: URL', 'javascript:alert(1)'],
  ] as const) {
    it(`a checkoutUrl on ${what}: invalid_response, no pay-redirect, the checkout never opened`, async () => {
      const { outcome, calls, redirects, opened } = await attempt(created(url));
      expect((outcome as { error: { code: string } }).error.code).to.equal('invalid_response');
      expect(calls).to.deep.equal(['create']);
      expect(redirects).to.deep.equal([]);
      expect(opened).to.deep.equal([]);
    });
  }

  it('a checkoutUrl on PayGlobe’s host is opened (the check is not a blanket refusal)', async () => {
    const controller = new AbortController();
    const host = document.createElement('div');
    document.body.append(host);
    const redirects: { url: string }[] = [];
    host.addEventListener('pay-redirect', (event) => redirects.push((event as CustomEvent).detail));
    const { client, calls } = fakeSdk(created('https://api.payglobe.it/paymentgw/checkout?paymentId=pay_1'));
    const running = runPayGlobeAttempt({
      host, client, config, container: { target: host, element: host, frameTitle: 'PayGlobe' }, returnUrl: null,
      pollIntervalMs: 250, signal: controller.signal, locale: 'en', onOpened: () => controller.abort(),
    });
    await running.catch(() => undefined);
    host.remove();
    expect(redirects.map((detail) => detail.url)).to.deep.equal(['https://api.payglobe.it/paymentgw/checkout?paymentId=pay_1']);
    expect(calls.slice(0, 2)).to.deep.equal(['create', 'redirectToCheckout']);
  });
});

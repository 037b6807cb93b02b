import { expect } from '@open-wc/testing';
import { registerMessages } from '../../../src/core/messages.js';
import { mount, shopAnswer, sleep, uniqueKey, unmountAll, watchRequests } from './payglocal-checkout-harness.js';

const HOSTED = 'http://127.0.0.1:9/gl/payflow-ui/?x-gl-token=abc123';
const ANSWER = { redirectUrl: HOSTED, gid: 'gl_0123456789abcdef01234567', merchantTxnId: 'shop_42' };

describe('<pay-payglocal-checkout>', () => {
  afterEach(unmountAll);

  it('on Enter, posts the page\'s order to payment-url, says which payment started, then redirects same-tab', async () => {
    const watch = watchRequests('/__flows/json');
    try {
      const checkout = await mount({ 'payment-url': shopAnswer(ANSWER), amount: '150000', currency: 'inr', 'return-url': '/shop/result.html' });
      await checkout.press('Enter');
      await checkout.settled();
      expect(checkout.names()).to.deep.equal(['pay-pending', 'pay-redirect']);
      expect(checkout.events[0]!.detail).to.deep.equal({ provider: 'payglocal', status: 'pending', paymentId: ANSWER.gid, orderId: 'shop_42', raw: ANSWER });
      expect(checkout.events[1]!.detail).to.deep.equal({ url: HOSTED, target: 'same-tab' });
      expect(watch.requests).to.have.length(1);
      const { init } = watch.requests[0]!;
      expect(init?.method).to.equal('POST');
      expect(JSON.parse(String(init?.body))).to.deep.equal({ amount: 150000, currency: 'INR', returnUrl: new URL('/shop/result.html', location.href).href });
    } finally {
      watch.restore();
    }
  });

  it('starts on Space and on a real click too', async () => {
    const bySpace = await mount({ 'payment-url': shopAnswer(ANSWER) });
    await bySpace.press('Space');
    await bySpace.settled();
    expect(bySpace.names()).to.deep.equal(['pay-pending', 'pay-redirect']);
    unmountAll();
    const byClick = await mount({ 'payment-url': shopAnswer(ANSWER) });
    await byClick.click();
    await byClick.settled();
    expect(byClick.names()).to.deep.equal(['pay-pending', 'pay-redirect']);
  });

  it('accepts PayGlocal\'s own initiate response, and https hosted pages on payglocal.in', async () => {
    const url = 'https://api.uat.payglocal.in/gl/payflow-ui/?x-gl-token=example';
    const own = { gid: 'gl_9c2645ed09edb22e', status: 'INPROGRESS', message: 'Transaction Created Successfully', data: { redirectUrl: url, statusUrl: 'https://api.uat.payglocal.in/x', merchantTxnId: 'order_1' } };
    const checkout = await mount({ 'payment-url': shopAnswer(own) });
    await checkout.press();
    await checkout.settled();
    expect(checkout.events.map((event) => event.detail.url ?? event.detail.paymentId)).to.deep.equal(['gl_9c2645ed09edb22e', url]);
  });

  for (const [what, redirectUrl] of [
    ['javascript:', 'javascript:alert(1)'],
    ['data:', 'data:text/html,<h1>pay</h1>'],
    ['http on a public host', 'http://api.payglocal.in/gl/payflow-ui/'],
    ['a host that is not PayGlocal\'s', 'https://payglocal.in.evil.example/gl/payflow-ui/'],
    ['credentials in the URL', 'https://user:pw@api.payglocal.in/'],
  ]) {
    it(`refuses a hosted page URL with ${what}: pay-error invalid_response, no redirect`, async () => {
      const checkout = await mount({ 'payment-url': shopAnswer({ redirectUrl }) });
      await checkout.press();
      await checkout.settled();
      expect(checkout.names()).to.deep.equal(['pay-error']);
      expect(checkout.events[0]!.detail.code).to.equal('invalid_response');
      expect(checkout.events[0]!.detail.provider).to.equal('payglocal');
      expect(checkout.notice).to.equal(checkout.events[0]!.detail.message);
    });
  }

  it('an answer that is not JSON, or has no redirectUrl, is invalid_response', async () => {
    const key = uniqueKey('badjson');
    for (const paymentUrl of [`/__flows/status?key=${key}&fail=9&failWith=badjson`, shopAnswer({ url: HOSTED }), shopAnswer({ redirectUrl: 42 }), shopAnswer(null)]) {
      const checkout = await mount({ 'payment-url': paymentUrl });
      await checkout.press();
      await checkout.settled();
      expect(checkout.events.map((event) => event.detail.code), paymentUrl).to.deep.equal(['invalid_response']);
      expect(checkout.notice).to.equal('The shop’s answer does not say where to pay.');
      unmountAll();
    }
  });

  it('a shop error (HTTP 500) is pay-error network with the shop\'s message, and the next click retries', async () => {
    const key = uniqueKey('http500');
    const watch = watchRequests(key);
    try {
      const checkout = await mount({ 'payment-url': `/__flows/status?key=${key}&fail=1&failWith=500` });
      await checkout.press();
      await checkout.settled();
      expect(checkout.events[0]!.detail).to.deep.equal({ code: 'network', message: 'The shop could not start the payment (failing on purpose).', provider: 'payglocal' });
      expect(checkout.notice).to.equal('The shop could not start the payment (failing on purpose).');
      // The second answer is a status object, not a hosted page: a new attempt, its own error.
      await checkout.press();
      for (let i = 0; i < 100 && checkout.events.length < 2; i += 1) await sleep(20);
      expect(watch.requests).to.have.length(2);
      expect(checkout.events.map((event) => event.detail.code)).to.deep.equal(['network', 'invalid_response']);
    } finally {
      watch.restore();
    }
  });

  it('a dropped connection is network; a shop that never answers is timeout', async () => {
    const dropped = await mount({ 'payment-url': `/__flows/status?key=${uniqueKey('drop')}&fail=9&failWith=network` });
    await dropped.press();
    await dropped.settled();
    expect(dropped.events.map((event) => event.detail.code)).to.deep.equal(['network']);
    unmountAll();
    const stalled = await mount({ 'payment-url': '/__flows/stall', 'request-timeout': '300' });
    await stalled.press();
    await stalled.settled();
    expect(stalled.events.map((event) => event.detail.code)).to.deep.equal(['timeout']);
    expect(stalled.notice).to.equal('The shop did not answer in time. Try again.');
  });

  it('is busy while the shop answers: a second press starts nothing', async () => {
    const key = uniqueKey('busy');
    const watch = watchRequests('/__flows/stall');
    try {
      const checkout = await mount({ 'payment-url': `/__flows/stall?key=${key}`, 'request-timeout': '600' });
      await checkout.press();
      await checkout.element.updateComplete;
      expect(checkout.button.getAttribute('aria-busy')).to.equal('true');
      expect(checkout.button.getAttribute('aria-disabled')).to.equal('true');
      await checkout.press();
      await checkout.click();
      await checkout.settled();
      expect(watch.requests).to.have.length(1);
      expect(checkout.names()).to.deep.equal(['pay-error']);
      expect(checkout.button.getAttribute('aria-busy')).to.equal('false');
    } finally {
      watch.restore();
    }
  });

  it('removed while the shop answers: one pay-cancel aborted, no redirect, nothing after', async () => {
    const checkout = await mount({ 'payment-url': `/__flows/stall?key=${uniqueKey('removed')}`, 'request-timeout': '800' });
    await checkout.press();
    await checkout.element.updateComplete;
    expect(checkout.button.getAttribute('aria-busy')).to.equal('true');
    checkout.element.remove();
    await sleep(1200); // past request-timeout: an attempt still running would report `timeout` now
    expect(checkout.events).to.deep.equal([{ name: 'pay-cancel', detail: { provider: 'payglocal', reason: 'aborted' } }]);
  });

  it('disabled: a press does nothing', async () => {
    const watch = watchRequests('/__flows/json');
    try {
      const checkout = await mount({ 'payment-url': shopAnswer(ANSWER), disabled: '' });
      await checkout.press();
      await sleep(150);
      expect(checkout.events).to.deep.equal([]);
      expect(watch.requests).to.deep.equal([]);
      expect(checkout.button.getAttribute('aria-disabled')).to.equal('true');
    } finally {
      watch.restore();
    }
  });

  it('a missing or wrong configuration is pay-error invalid_config, once on connection and on each press, before any request', async () => {
    const watch = watchRequests('/__flows');
    try {
      const missing = await mount({});
      await missing.element.updateComplete;
      expect(missing.events.map((event) => event.detail.code)).to.deep.equal(['invalid_config']);
      expect(missing.events[0]!.detail.message).to.contain('payment-url is required');
      missing.element.requestUpdate();
      await missing.element.updateComplete;
      expect(missing.events).to.have.length(1);
      await missing.press();
      await missing.element.updateComplete;
      expect(missing.events.map((event) => event.detail.code)).to.deep.equal(['invalid_config', 'invalid_config']);
      expect(missing.notice).to.equal(null);
      for (const attributes of <Record<string, string>[]>[{ amount: '12.5' }, { amount: '-1' }, { currency: 'rupees' }, { 'return-url': 'javascript:alert(1)' }]) {
        const wrong = await mount({ 'payment-url': shopAnswer(ANSWER), ...attributes });
        await wrong.element.updateComplete;
        expect(wrong.events.map((event) => event.detail.code), JSON.stringify(attributes)).to.deep.equal(['invalid_config']);
      }
      const badUrl = await mount({ 'payment-url': 'javascript:alert(1)' });
      expect(badUrl.events[0]!.detail.message).to.contain('is not an http(s) address');
      expect(watch.requests).to.deep.equal([]);
    } finally {
      watch.restore();
    }
  });

  it('speaks the page\'s language through the catalog', async () => {
    registerMessages('fr', { 'payglocalCheckout.pay': 'Payer', 'payglocalCheckout.error.format': 'Réponse inattendue de la boutique.' });
    const wrapper = document.createElement('div');
    wrapper.lang = 'fr';
    document.body.prepend(wrapper);
    try {
      const checkout = await mount({ 'payment-url': shopAnswer({}) }, { parent: wrapper });
      expect(checkout.button.textContent!.trim()).to.equal('Payer');
      await checkout.press();
      await checkout.settled();
      expect(checkout.notice).to.equal('Réponse inattendue de la boutique.');
    } finally {
      wrapper.remove();
    }
  });

  describe('accessibility', () => {
    it('passes axe idle, busy, and with an error showing', async () => {
      const checkout = await mount({ 'payment-url': '/__flows/stall', 'request-timeout': '400' });
      await expect(checkout.element).to.be.accessible();
      await checkout.press();
      await checkout.element.updateComplete;
      expect(checkout.button.getAttribute('aria-busy')).to.equal('true');
      await expect(checkout.element).to.be.accessible();
      await checkout.settled();
      expect(checkout.notice).to.not.equal(null);
      expect(checkout.element.shadowRoot!.querySelector('[part~="notice"]')!.getAttribute('role')).to.equal('alert');
      await expect(checkout.element).to.be.accessible();
    });

    it('announces that the payment is being prepared', async () => {
      const checkout = await mount({ 'payment-url': '/__flows/stall', 'request-timeout': '600' });
      await checkout.press();
      const region = () => checkout.element.shadowRoot!.querySelector('[aria-live]');
      for (let i = 0; i < 50 && !region()?.textContent?.trim(); i += 1) await sleep(20);
      expect(region()!.textContent!.trim()).to.equal('Preparing your payment…');
      await checkout.settled();
    });

    it('uses your own slotted button', async () => {
      const checkout = await mount({ 'payment-url': shopAnswer(ANSWER) });
      const own = document.createElement('button');
      own.textContent = 'Pay ₹1,500 with PayGlocal';
      checkout.element.append(own);
      own.click();
      await checkout.settled();
      expect(checkout.names()).to.deep.equal(['pay-pending', 'pay-redirect']);
    });
  });
});

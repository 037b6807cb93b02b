import { expect } from '@open-wc/testing';
import { createGlomoOrder, clickInHostedPage, hostedPageHas, sandboxOrigin } from '../support/sandbox.js';
import { mountCheckout, part, realClick, requestsTo, sdkUrl, sleep, uniqueId, unmountAll, waitFor, watchWindowOpen } from './support/glomo-checkout-harness.js';

describe('<pay-glomo-checkout> faults and safeguards', function () {
  this.timeout(30_000);
  let windows: ReturnType<typeof watchWindowOpen>;
  beforeEach(() => { windows = watchWindowOpen(); });
  afterEach(() => {
    unmountAll();
    windows.restore();
  });

  it('a secret key in public-key is refused with invalid_config before any request: the SDK is never fetched', async () => {
    const marker = uniqueId('secret');
    const { element, events } = await mountCheckout({ 'public-key': 'sk_test_leaked', 'order-id': 'order_x', 'sdk-url': await sdkUrl({ t: marker }) });
    await element.updateComplete;
    expect(events[0]?.type).to.equal('pay-error');
    expect(events[0]?.detail.code).to.equal('invalid_config');
    expect(events[0]?.detail.message).to.contain('secret key');
    await realClick(part(element, 'button')!);
    await sleep(300);
    expect(events.map((e) => e.type)).to.deep.equal(['pay-error', 'pay-error']);
    expect(events[1]!.detail.code).to.equal('invalid_config');
    expect(requestsTo(marker), 'no request carried the SDK marker').to.deep.equal([]);
    expect(document.querySelectorAll(`script[src*="${marker}"]`).length).to.equal(0);
    expect(windows.opened).to.deep.equal([]);
  });

  it('a missing order id (and no order-url) is invalid_config, without loading anything', async () => {
    const marker = uniqueId('no-order');
    const { element, events } = await mountCheckout({ 'sdk-url': await sdkUrl({ t: marker }) });
    await realClick(part(element, 'button')!);
    await sleep(200);
    expect(events.length).to.be.greaterThan(0);
    expect(events.every((e) => e.type === 'pay-error' && e.detail.code === 'invalid_config')).to.equal(true);
    expect(events[0]!.detail.message).to.contain('order-id');
    expect(requestsTo(marker)).to.deep.equal([]);
  });

  for (const fault of ['404', 'mime']) {
    it(`SDK __fault=${fault}: sdk_load_failed, no popup`, async () => {
      const { element, next } = await mountCheckout({ 'order-id': 'order_never_used', 'sdk-url': await sdkUrl({ __fault: fault }) });
      await realClick(part(element, 'button')!);
      const { type, detail } = await next();
      expect(type).to.equal('pay-error');
      expect(detail.code).to.equal('sdk_load_failed');
      expect(detail.provider).to.equal('glomo');
      expect(windows.opened).to.deep.equal([]);
    });
  }

  it('SDK stall: sdk_load_failed within the configured sdk-timeout', async () => {
    const { element, next } = await mountCheckout({ 'order-id': 'order_never_used', 'sdk-url': await sdkUrl({ __fault: 'stall' }), 'sdk-timeout': '1500' });
    const started = performance.now();
    await realClick(part(element, 'button')!);
    const { type, detail } = await next(undefined, 6000);
    const elapsed = performance.now() - started;
    expect(type).to.equal('pay-error');
    expect(detail.code).to.equal('sdk_load_failed');
    expect(detail.message).to.contain('1.5 s');
    expect(elapsed).to.be.within(1400, 3500);
  });

  it('an SDK module without GlomoCheckoutApi (__fault=malformed): sdk_load_failed', async () => {
    const { element, next } = await mountCheckout({ 'order-id': 'order_never_used', 'sdk-url': await sdkUrl({ __fault: 'malformed' }) });
    await realClick(part(element, 'button')!);
    const { detail } = await next();
    expect(detail.code).to.equal('sdk_load_failed');
    expect(detail.message).to.contain('GlomoCheckoutApi');
  });

  it('a malformed checkout payload (checkout.__fault=malformed): invalid_response, not a success', async () => {
    const orderId = await createGlomoOrder();
    const { element, next, events } = await mountCheckout({ 'order-id': orderId, 'sdk-url': await sdkUrl({ 'checkout.__fault': 'malformed' }) });
    await realClick(part(element, 'button')!);
    await clickInHostedPage(orderId, 'button[value="approve"]');
    const { type, detail } = await next();
    expect(type).to.equal('pay-error');
    expect(detail.code).to.equal('invalid_response');
    expect(detail.message).to.contain('payment.success');
    await sleep(300);
    expect(events.map((e) => e.type)).to.deep.equal(['pay-error']);
  });

  it('ignores a look-alike payment.success posted from a foreign origin, then takes the real result', async () => {
    const orderId = await createGlomoOrder();
    const { element, next, events } = await mountCheckout({ 'order-id': orderId, 'sdk-url': await sdkUrl() });
    await realClick(part(element, 'button')!);
    expect(await hostedPageHas(orderId, 'button[value="approve"]')).to.equal(true);
    const forged = { source: 'glomo-checkout', event: 'payment.success', payload: { payment_id: 'payt_forged', order_id: orderId, status: 'success', signature: 'a'.repeat(64) } };
    window.postMessage(forged, '*'); // this page's origin, not the checkout's
    const foreignFrame = document.createElement('iframe');
    foreignFrame.src = `${location.origin.replace('//localhost', '//127.0.0.1')}/test/fixtures/flows/frame.html?post=${encodeURIComponent(JSON.stringify(forged))}`;
    document.body.append(foreignFrame);
    await sleep(600);
    expect(events, 'nothing taken from a foreign origin').to.deep.equal([]);
    await clickInHostedPage(orderId, 'button[value="decline"]');
    const { type, detail } = await next();
    expect(type).to.equal('pay-failure');
    expect(detail.paymentId).to.not.equal('payt_forged');
    foreignFrame.remove();
  });

  it('a double click opens one checkout and ends in one result', async () => {
    const orderId = await createGlomoOrder();
    const marker = uniqueId('double');
    const { element, next, events } = await mountCheckout({ 'order-id': orderId, 'sdk-url': await sdkUrl({ t: marker }) });
    const button = part(element, 'button')!;
    await Promise.all([realClick(button), realClick(button)]);
    await realClick(button);
    await waitFor(() => windows.opened.length > 0, 5000, 'the popup');
    await sleep(500);
    expect(windows.opened.length, 'one window.open').to.equal(1);
    expect(requestsTo(marker).length, 'the SDK fetched once').to.equal(1);
    await clickInHostedPage(orderId, 'button[value="approve"]');
    await next();
    await sleep(300);
    expect(events.map((e) => e.type)).to.deep.equal(['pay-success']);
  });

  it('removal during an open checkout closes the popup and emits nothing more', async () => {
    const orderId = await createGlomoOrder();
    const { element, events } = await mountCheckout({ 'order-id': orderId, 'sdk-url': await sdkUrl() });
    const onDocument: string[] = [];
    const listener = (event: Event) => onDocument.push(event.type);
    document.addEventListener('pay-cancel', listener);
    await realClick(part(element, 'button')!);
    const popup = await waitFor(() => windows.opened[0], 5000, 'the popup');
    expect(await hostedPageHas(orderId, 'button[value="approve"]')).to.equal(true);
    element.remove();
    await waitFor(() => popup!.closed, 2000, 'the popup to close');
    await sleep(1500);
    expect(events).to.deep.equal([]);
    expect(onDocument).to.deep.equal([]);
    document.removeEventListener('pay-cancel', listener);
  });

  it('refuses an sdk-url on a foreign host (invalid_config) and never loads it', async () => {
    const { element, next } = await mountCheckout({ 'order-id': 'order_x', 'sdk-url': 'https://evil.example/index.js' });
    await realClick(part(element, 'button')!);
    const { detail } = await next();
    expect(detail.code).to.equal('invalid_config');
    expect(requestsTo('evil.example')).to.deep.equal([]);
    expect(await sandboxOrigin()).to.be.a('string');
  });
});

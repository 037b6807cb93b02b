import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { notifyOpener } from '../../src/flows/return-page.js';
import { verifyGlomoCallback } from '../../src/server/glomo-signature.js';
import { clickInHostedPage, createGlomoOrder, hostedPageHas, hostedPageText, SANDBOX_SECRET_KEY, typeInHostedPage } from '../support/sandbox.js';
import { merchantOrder, mountCheckout, part, realClick, sdkUrl, sleep, unmountAll, waitFor, watchOrders, watchWindowOpen } from './support/glomo-checkout-harness.js';

describe('<pay-glomo-checkout> through the sandbox SDK (events mode)', function () {
  this.timeout(30_000);
  let windows: ReturnType<typeof watchWindowOpen>;
  beforeEach(() => { windows = watchWindowOpen(); });
  afterEach(() => {
    unmountAll();
    windows.restore();
  });

  it('Approve: pay-success with a signature that verifies on the server, and the popup closes', async () => {
    const orderId = await createGlomoOrder({ amount: 1999, currency: 'EUR' });
    const { element, next, events } = await mountCheckout({ 'order-id': orderId, 'sdk-url': await sdkUrl() });
    await realClick(part(element, 'button')!);
    await clickInHostedPage(orderId, 'button[value="approve"]');
    const { type, detail } = await next();
    expect(type).to.equal('pay-success');
    expect(detail.provider).to.equal('glomo');
    expect(detail.status).to.equal('succeeded');
    expect(detail.orderId).to.equal(orderId);
    expect(detail.paymentId).to.match(/^payt_/);
    expect(detail.signature).to.match(/^[0-9a-f]{64}$/);
    expect(detail.raw).to.deep.equal({ payment_id: detail.paymentId, order_id: orderId, status: 'success', signature: detail.signature });
    const verification = await verifyGlomoCallback(detail.raw, { secretKey: SANDBOX_SECRET_KEY, orderId });
    expect(verification.valid, 'the signature verifies with the secret key').to.equal(true);
    const forged = await verifyGlomoCallback({ ...detail.raw, status: 'success', payment_id: 'payt_other' }, { secretKey: SANDBOX_SECRET_KEY, orderId });
    expect(forged.valid).to.equal(false);
    await waitFor(() => windows.opened[0]?.closed, 3000, 'the popup to close');
    await sleep(300);
    expect(events.map((e) => e.type)).to.deep.equal(['pay-success']);
  });

  it('Decline: pay-failure with the provider error', async () => {
    const orderId = await createGlomoOrder();
    const { element, next } = await mountCheckout({ 'order-id': orderId, 'sdk-url': await sdkUrl() });
    await realClick(part(element, 'button')!);
    await clickInHostedPage(orderId, 'button[value="decline"]');
    const { type, detail } = await next();
    expect(type).to.equal('pay-failure');
    expect(detail.status).to.equal('failed');
    expect(detail.orderId).to.equal(orderId);
    expect(detail.paymentId).to.match(/^payt_/);
    expect(detail.error).to.deep.equal({ code: 'CARD_DECLINED', message: 'The card issuer declined the payment' });
  });

  it('a submitted bank transfer: pay-bank-transfer-submitted, then pay-pending — never pay-success', async () => {
    const orderId = await createGlomoOrder();
    const { element, next, events } = await mountCheckout({ 'order-id': orderId, 'sdk-url': await sdkUrl() });
    await realClick(part(element, 'button')!);
    await typeInHostedPage(orderId, '#sender-account', '9876543210');
    await typeInHostedPage(orderId, '#transaction-reference', 'UTR-77-ABC');
    await clickInHostedPage(orderId, 'form[action*="bank-transfer"] button[type="submit"]');
    await next(['pay-pending']);
    await sleep(300);
    expect(events.map((e) => e.type)).to.deep.equal(['pay-bank-transfer-submitted', 'pay-pending']);
    expect(events[0]!.detail).to.deep.equal({ orderId, senderAccountNumber: '9876543210', transactionReference: 'UTR-77-ABC' });
    expect(events[1]!.detail).to.include({ provider: 'glomo', status: 'pending', orderId });
  });

  it('the shopper closes the popup: pay-cancel (the page has no COOP to explain it otherwise)', async () => {
    const orderId = await createGlomoOrder();
    const { element, next } = await mountCheckout({ 'order-id': orderId, 'sdk-url': await sdkUrl() });
    await realClick(part(element, 'button')!);
    await clickInHostedPage(orderId, '#glomo-checkout-cancel');
    const { type, detail } = await next();
    expect(type).to.equal('pay-cancel');
    expect(detail).to.deep.equal({ provider: 'glomo', reason: 'closed' });
  });

  it('gets its order from order-url, then completes', async () => {
    const orders = watchOrders();
    try {
      const { element, next } = await mountCheckout({ 'order-url': '/merchant/glomo/order?amount=4321', 'sdk-url': await sdkUrl() });
      await realClick(part(element, 'button')!);
      const orderId = await waitFor(() => orders.orderIds[0], 5000, 'the order from order-url');
      expect(await hostedPageText(orderId, 'h1')).to.equal('Pay €43.21');
      await clickInHostedPage(orderId, 'button[value="approve"]');
      const { type, detail } = await next();
      expect(type).to.equal('pay-success');
      expect(detail.orderId).to.equal(orderId);
    } finally {
      orders.restore();
    }
  });

  it('keyboard only: Tab to the Pay button, Enter opens the checkout', async () => {
    const orderId = await createGlomoOrder();
    const { element, next } = await mountCheckout({ 'order-id': orderId, 'sdk-url': await sdkUrl() });
    (document.activeElement as HTMLElement | null)?.blur();
    await sendKeys({ press: 'Tab' });
    expect(element.shadowRoot!.activeElement).to.equal(part(element, 'button'));
    await sendKeys({ press: 'Enter' });
    expect(await hostedPageHas(orderId, 'button[value="approve"]')).to.equal(true);
    await clickInHostedPage(orderId, 'button[value="approve"]');
    expect((await next()).type).to.equal('pay-success');
  });

  it('the merchant’s own slotted button opens the checkout', async () => {
    const orderId = await createGlomoOrder();
    const { element, next } = await mountCheckout({ 'order-id': orderId, 'sdk-url': await sdkUrl() });
    const own = document.createElement('button');
    own.textContent = 'Buy now';
    element.append(own);
    await element.updateComplete;
    expect(part(element, 'button')!.getBoundingClientRect().width, 'the default button is replaced').to.equal(0);
    await realClick(own);
    await clickInHostedPage(orderId, 'button[value="decline"]');
    expect((await next()).type).to.equal('pay-failure');
  });

  it('redirect mode: the popup goes through the shop’s verifying callback to the return page, which finishes the element', async () => {
    const orderId = await merchantOrder(2750);
    const { element, next, events } = await mountCheckout({
      'order-id': orderId, 'sdk-url': await sdkUrl(), mode: 'redirect', 'callback-url': '/merchant/glomo/callback',
    });
    await realClick(part(element, 'button')!);
    expect(await hostedPageHas(orderId, 'button[value="approve"]')).to.equal(true);
    // Another tab's return page (another order) is not this payment's result.
    notifyOpener({ provider: 'glomo', status: 'succeeded', orderId: 'order_another_tab', paymentId: 'payt_x', raw: {} });
    await sleep(400);
    expect(events).to.deep.equal([]);
    await clickInHostedPage(orderId, 'button[value="approve"]');
    const { type, detail } = await next(undefined, 15_000);
    expect(type).to.equal('pay-success');
    expect(detail.orderId).to.equal(orderId);
    expect(detail.signature).to.match(/^[0-9a-f]{64}$/);
    await waitFor(() => windows.opened[0]?.closed, 3000, 'the popup to close');
  });
});

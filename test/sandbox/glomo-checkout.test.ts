import { expect } from '@open-wc/testing';
import {
  clickInHostedPage,
  closeHostedPopup,
  createGlomoOrder,
  getGlomoPayment,
  hostedPageText,
  merchantReturnUrl,
  SANDBOX_PUBLIC_KEY,
  SANDBOX_SECRET_KEY,
  sandboxUrl,
  typeInHostedPage,
} from '../support/sandbox.js';
import { glomoSignature, onRealClick, returnedUrl, sleep, waitFor } from './helpers.js';

type Handler = (payload: any) => void;
interface GlomoCheckout {
  on(event: string, handler: Handler): void;
  open(): Window | null;
}
type GlomoCheckoutApiClass = new (options: { orderId: string; publicKey: string; callbackUrl?: string }) => GlomoCheckout;

/** Imports the SDK stand-in from the sandbox, as a merchant page imports Glomo's. */
async function loadSdk(query: Record<string, string> = {}): Promise<{ GlomoCheckoutApi?: GlomoCheckoutApiClass }> {
  return import(/* @vite-ignore */ await sandboxUrl('/glomo/sdk/index.js', query));
}

const EVENTS = ['payment.success', 'payment.failure', 'payment.bank_transfer_submitted'];

/** A checkout for a fresh order with every event recorded. */
async function newCheckout(options: { callbackUrl?: string; sdkQuery?: Record<string, string> } = {}) {
  const { GlomoCheckoutApi } = await loadSdk(options.sdkQuery);
  const orderId = await createGlomoOrder({ amount: 4999, currency: 'USD' });
  const checkout = new GlomoCheckoutApi!({ orderId, publicKey: SANDBOX_PUBLIC_KEY, callbackUrl: options.callbackUrl });
  const events: { event: string; payload: any }[] = [];
  for (const event of EVENTS) checkout.on(event, (payload) => events.push({ event, payload }));
  const nextEvent = () => waitFor(() => events[0], 8000, 'a checkout event');
  return { orderId, checkout, events, nextEvent };
}

let popups: Window[] = [];
async function openPopup(checkout: GlomoCheckout): Promise<Window> {
  const popup = await onRealClick(() => checkout.open());
  expect(popup, 'window.open returned a window').to.not.equal(null);
  popups.push(popup!);
  return popup!;
}

describe('Glomo Checkout SDK stand-in and hosted checkout in a real browser', function () {
  this.timeout(20_000);
  afterEach(() => {
    for (const popup of popups) popup.close();
    popups = [];
  });

  it('Approve delivers payment.success with a signature that verifies, and the popup closes', async () => {
    const { orderId, checkout, nextEvent, events } = await newCheckout();
    const popup = await openPopup(checkout);
    expect(await hostedPageText(orderId, 'h1')).to.equal('Pay $49.99');
    await clickInHostedPage(orderId, 'button[value="approve"]');
    const { event, payload } = await nextEvent();
    expect(event).to.equal('payment.success');
    expect(Object.keys(payload).sort()).to.deep.equal(['order_id', 'payment_id', 'signature', 'status']);
    expect(payload.order_id).to.equal(orderId);
    expect(payload.status).to.equal('success');
    expect(payload.signature).to.equal(await glomoSignature(SANDBOX_SECRET_KEY, orderId, payload.payment_id, 'success'));
    expect((await getGlomoPayment(payload.payment_id)).status).to.equal('success');
    await waitFor(() => popup.closed, 3000, 'the popup to close itself');
    expect(events).to.have.length(1);
  });

  it('Decline delivers payment.failure with an error object', async () => {
    const { orderId, checkout, nextEvent } = await newCheckout();
    await openPopup(checkout);
    await clickInHostedPage(orderId, 'button[value="decline"]');
    const { event, payload } = await nextEvent();
    expect(event).to.equal('payment.failure');
    expect(payload.order_id).to.equal(orderId);
    expect(payload.status).to.equal('failed');
    expect(payload.payment_id).to.match(/^payt_/);
    expect(payload.error).to.deep.equal({ code: 'CARD_DECLINED', message: 'The card issuer declined the payment' });
  });

  it('a bank transfer shows the beneficiary, takes the typed details and delivers payment.bank_transfer_submitted', async () => {
    const { orderId, checkout, nextEvent } = await newCheckout();
    await openPopup(checkout);
    const beneficiary = await hostedPageText(orderId, 'section[aria-labelledby="bank-heading"] dl');
    expect(beneficiary).to.contain('Glomo Sandbox Payments Ltd').and.contain('000123456789').and.contain(orderId);
    await typeInHostedPage(orderId, '#sender-account', '9876543210');
    await typeInHostedPage(orderId, '#transaction-reference', 'UTR-77-ABC');
    await clickInHostedPage(orderId, 'form[action*="bank-transfer"] button[type="submit"]');
    const { event, payload } = await nextEvent();
    expect(event).to.equal('payment.bank_transfer_submitted');
    expect(payload).to.deep.equal({ orderId, senderAccountNumber: '9876543210', transactionReference: 'UTR-77-ABC' });
  });

  it('with callbackUrl the popup goes to the callback with a signature, and no event fires', async () => {
    const { orderId, checkout, events } = await newCheckout({ callbackUrl: merchantReturnUrl({ from: 'checkout' }) });
    const popup = await openPopup(checkout);
    await clickInHostedPage(orderId, 'button[value="approve"]');
    const callback = await waitFor(() => returnedUrl(popup), 8000, 'the callbackUrl redirect');
    expect(callback.searchParams.get('from')).to.equal('checkout');
    expect(callback.searchParams.get('status')).to.equal('success');
    expect(callback.searchParams.get('orderId')).to.equal(orderId);
    const paymentId = callback.searchParams.get('paymentId')!;
    expect(callback.searchParams.get('signature')).to.equal(await glomoSignature(SANDBOX_SECRET_KEY, orderId, paymentId, 'success'));
    await sleep(300);
    expect(events).to.deep.equal([]);
  });

  it('Cancel closes the popup without an event', async () => {
    const { orderId, checkout, events } = await newCheckout();
    const popup = await openPopup(checkout);
    await clickInHostedPage(orderId, '#glomo-checkout-cancel');
    await waitFor(() => popup.closed, 3000, 'the popup to close');
    await sleep(200);
    expect(events).to.deep.equal([]);
  });

  it('ignores a look-alike message from another origin', async () => {
    const { orderId, checkout, nextEvent, events } = await newCheckout();
    await openPopup(checkout);
    window.postMessage({ source: 'glomo-checkout', event: 'payment.success', payload: { forged: true } }, '*');
    await sleep(300);
    expect(events).to.deep.equal([]);
    await clickInHostedPage(orderId, 'button[value="decline"]');
    expect((await nextEvent()).payload.forged).to.equal(undefined);
  });

  it('a checkout served with COOP same-origin is cut from its opener: the popup looks closed and nothing arrives', async () => {
    const { orderId, checkout, events } = await newCheckout({ sdkQuery: { 'checkout.__coop': 'same-origin' } });
    const popup = await openPopup(checkout);
    await waitFor(() => popup.closed, 3000, 'the severed popup to look closed');
    // …yet the checkout is open and can be paid.
    expect(await hostedPageText(orderId, 'h1')).to.equal('Pay $49.99');
    await clickInHostedPage(orderId, 'button[value="approve"]');
    const resultPage = `/glomo/checkout/pay?orderId=${orderId}`;
    const status = await waitFor(async () => {
      const text = await hostedPageText(resultPage, '#glomo-checkout-status');
      return text.includes('lost its link') && text;
    }, 5000, 'the result page to give up on its opener');
    expect(status).to.equal("This window lost its link to the merchant's page. Return to the merchant's page to see the result.");
    await sleep(500);
    expect(events).to.deep.equal([]);
    await closeHostedPopup(orderId);
  });

  it('fault malformed on the checkout delivers payloads of the wrong shape', async () => {
    const { orderId, checkout, nextEvent } = await newCheckout({ sdkQuery: { 'checkout.__fault': 'malformed' } });
    await openPopup(checkout);
    await clickInHostedPage(orderId, 'button[value="approve"]');
    const { event, payload } = await nextEvent();
    expect(event).to.equal('payment.success');
    expect(payload.payment_id).to.be.a('number');
    expect(payload.signature).to.equal(undefined);
  });
});

describe('Glomo Checkout SDK module faults in a real browser', () => {
  it('refuses to construct without an orderId', async () => {
    const { GlomoCheckoutApi } = await loadSdk();
    expect(() => new GlomoCheckoutApi!({ orderId: '', publicKey: SANDBOX_PUBLIC_KEY })).to.throw(TypeError, /orderId/);
  });

  for (const fault of ['404', '500', 'mime']) {
    it(`__fault=${fault}: the module import fails`, async () => {
      let failed = false;
      await loadSdk({ __fault: fault, n: String(Math.random()) }).catch(() => (failed = true));
      expect(failed).to.equal(true);
    });
  }

  it('__fault=malformed: the module loads without GlomoCheckoutApi', async () => {
    const module = await loadSdk({ __fault: 'malformed' });
    expect(module.GlomoCheckoutApi).to.equal(undefined);
  });
});

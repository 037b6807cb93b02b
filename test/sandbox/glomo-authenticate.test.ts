import { expect } from '@open-wc/testing';
import {
  clickInHostedPage,
  createGlomoOrder,
  createGlomoPayment,
  getGlomoPayment,
  hostedPageHas,
  hostedPageText,
  merchantReturnUrl,
  SANDBOX_SECRET_KEY,
  sandboxOrigin,
} from '../support/sandbox.js';
import { glomoSignature, mountFrame, removeFrames, returnedUrl, waitFor } from './helpers.js';

/** Starts an S2S payment whose callback is the merchant return page, and shows its 3-D Secure page in an iframe. */
async function authenticationInFrame() {
  const orderId = await createGlomoOrder();
  const payment = await createGlomoPayment(orderId, merchantReturnUrl({ shop: 'demo' }));
  const redirect = payment.next_steps.find((step) => step.action === 'redirect')!;
  const iframe = mountFrame(redirect.payload.url);
  return { orderId, paymentId: payment.payment_id, redirectUrl: redirect.payload.url, iframe };
}

const callbackIn = (iframe: HTMLIFrameElement) => waitFor(() => returnedUrl(iframe.contentWindow), 8000, 'the callback redirect');

describe('Glomo hosted authentication page in a real browser', () => {
  afterEach(removeFrames);

  it('is served by the sandbox on its own origin and shows the four choices', async () => {
    const { paymentId, redirectUrl } = await authenticationInFrame();
    expect(new URL(redirectUrl).origin).to.equal(await sandboxOrigin());
    expect(new URL(redirectUrl).origin).to.not.equal(location.origin);
    expect(await hostedPageText(paymentId, 'h1')).to.equal('Authenticate your payment');
    expect(await hostedPageText(paymentId, 'form')).to.match(/Approve\s+Decline\s+Cancel\s+Slow/);
  });

  it('Approve brings the frame back to the callback with a signature that verifies', async () => {
    const { orderId, paymentId, iframe } = await authenticationInFrame();
    await clickInHostedPage(paymentId, 'button[value="approve"]');
    const callback = await callbackIn(iframe);
    expect(callback.searchParams.get('shop')).to.equal('demo');
    expect(callback.searchParams.get('order_id')).to.equal(orderId);
    expect(callback.searchParams.get('payment_id')).to.equal(paymentId);
    expect(callback.searchParams.get('status')).to.equal('success');
    expect(callback.searchParams.get('signature')).to.equal(await glomoSignature(SANDBOX_SECRET_KEY, orderId, paymentId, 'success'));
    expect(callback.searchParams.has('error')).to.equal(false);
    const heading = await waitFor(() => iframe.contentDocument?.querySelector('h1'), 3000, 'the return page');
    expect(heading.textContent).to.equal('Returned to the merchant');
  });

  it('Decline brings the frame back with status failed, a signature and the error', async () => {
    const { orderId, paymentId, iframe } = await authenticationInFrame();
    await clickInHostedPage(paymentId, 'button[value="decline"]');
    const callback = await callbackIn(iframe);
    expect(callback.searchParams.get('status')).to.equal('failed');
    expect(callback.searchParams.get('signature')).to.equal(await glomoSignature(SANDBOX_SECRET_KEY, orderId, paymentId, 'failed'));
    expect(callback.searchParams.get('error')).to.equal('The card issuer declined the payment');
    expect((await getGlomoPayment(paymentId)).status).to.equal('failed');
  });

  it('Cancel brings the frame back with status failed and the cancellation', async () => {
    const { paymentId, iframe } = await authenticationInFrame();
    await clickInHostedPage(paymentId, 'button[value="cancel"]');
    const callback = await callbackIn(iframe);
    expect(callback.searchParams.get('status')).to.equal('failed');
    expect(callback.searchParams.get('error')).to.match(/cancelled/);
    expect((await getGlomoPayment(paymentId)).error?.code).to.equal('AUTHENTICATION_CANCELLED');
  });

  it('Slow leaves the payment pending for a while, then approves', async () => {
    const { orderId, paymentId, iframe } = await authenticationInFrame();
    const clickedAt = Date.now();
    await clickInHostedPage(paymentId, 'button[value="slow"]');
    // No status read here: with other test files' pages in front, the click command can return
    // only once the slow POST is answered. test/node/sandbox/glomo-authenticate.test.ts reads
    // the payment pending during the wait, at the HTTP level, without that race.
    const callback = await callbackIn(iframe);
    expect(Date.now() - clickedAt).to.be.greaterThan(2000);
    expect(callback.searchParams.get('status')).to.equal('success');
    expect(callback.searchParams.get('signature')).to.equal(await glomoSignature(SANDBOX_SECRET_KEY, orderId, paymentId, 'success'));
  });

  it('frame-ancestors in a __csp switch stops the page from loading in the frame', async function () {
    this.timeout(15_000);
    const orderId = await createGlomoOrder();
    const payment = await createGlomoPayment(orderId, merchantReturnUrl());
    const url = new URL(payment.next_steps[0]!.payload.url);
    url.searchParams.set('__csp', "frame-ancestors 'none'");
    const iframe = mountFrame(url.href);
    await new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
    // A blocked frame shows Chromium's error page: no authentication form to find…
    expect(await hostedPageHas(payment.payment_id, 'button[value="approve"]', 1500)).to.equal(false);
    // …while the same page without the switch shows it.
    mountFrame(payment.next_steps[0]!.payload.url);
    expect(await hostedPageHas(payment.payment_id, 'button[value="approve"]', 5000)).to.equal(true);
  });
});

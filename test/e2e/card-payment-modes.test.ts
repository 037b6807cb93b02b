import { expect } from '@open-wc/testing';
import type { PaymentResult } from '../../src/core/types.js';
import { notifyOpener } from '../../src/flows/return-page.js';
import { closeHostedPopup, hostedPageText } from '../support/sandbox.js';
import { mountCardPayment, sleep, statusRequests, uniqueKey, unmountAll } from './support/card-payment-harness.js';

/** A status URL on the test server's fixture route: fails / stays pending as asked, counted under `key`. */
const fixtureStatusUrl = (key: string, query: string) => `/__flows/status?key=${key}&${query}&payment={paymentId}`;

/**
 * Redirect modes other than the modal, polling, and removal, through the real sandbox and the
 * demo shop's server (the return page is demo/glomo-return.html behind the shop's verifying
 * callback route).
 */
describe('<pay-card-payment> redirect modes, polling and abort (sandbox end to end)', function () {
  this.timeout(25_000);
  afterEach(unmountAll);

  it('new-tab: the bank\'s page in a new tab, and the return page there finishes the flow over BroadcastChannel', async () => {
    const payment = await mountCardPayment({ redirect: 'new-tab' });
    await payment.fillAndPay();
    const redirect = await payment.next('pay-redirect');
    expect(redirect.target).to.equal('new-tab');
    await payment.element.updateComplete;
    expect(payment.root.querySelector('[part="status"]')!.textContent).to.equal('Finish the payment in the new tab. This page updates by itself.');
    expect(payment.modal).to.equal(null);

    await payment.decide('approve');
    const result = await payment.result();
    expect(result.name).to.equal('pay-success');
    const detail = result.detail as PaymentResult;
    // Only the return page's result carries Glomo's signature (the status endpoint has none).
    expect(detail.signature).to.match(/^[0-9a-f]{64}$/);
    expect(detail.paymentId).to.equal(await payment.paymentId());
    expect(await hostedPageText('glomo-return.html', '#outcome')).to.contain('your payment was accepted');
    await closeHostedPopup('glomo-return.html');
    expect(payment.results()).to.have.length(1);
  });

  it('host: only pay-redirect (nothing navigates); the host\'s own view of the bank\'s page completes the payment', async () => {
    const before = location.href;
    const opened: string[] = [];
    const originalOpen = window.open;
    window.open = (...args: Parameters<typeof window.open>) => { opened.push(String(args[0])); return null; };
    try {
      const payment = await mountCardPayment({ redirect: 'host' });
      await payment.fillAndPay();
      const redirect = await payment.next('pay-redirect');
      expect(redirect).to.deep.equal({ url: redirect.url, target: 'same-tab' });
      expect(redirect.url).to.contain(`/glomo/authenticate?paymentId=${await payment.paymentId()}`);
      await sleep(300);
      expect(location.href).to.equal(before);
      expect(opened).to.deep.equal([]);
      expect(payment.root.querySelector('dialog')).to.equal(null);
      await payment.element.updateComplete;
      expect(payment.root.querySelector('[part="status"]')!.textContent).to.equal('Waiting for your bank’s confirmation…');

      // The "WebView": the host shows the bank's page itself.
      const webView = document.createElement('iframe');
      webView.src = redirect.url;
      document.body.append(webView);
      try {
        await payment.decide('approve');
        const result = await payment.result();
        expect(result.name).to.equal('pay-success');
        expect((result.detail as PaymentResult).signature).to.match(/^[0-9a-f]{64}$/);
      } finally {
        webView.remove();
      }
    } finally {
      window.open = originalOpen;
    }
  });

  it('polls through two 500s from the status endpoint, then succeeds', async () => {
    const key = uniqueKey('poll-500');
    const payment = await mountCardPayment({ redirect: 'host', 'status-url': fixtureStatusUrl(key, 'fail=2&failWith=500&final=success') });
    await payment.fillAndPay();
    const result = await payment.result(20_000);
    expect(result.name).to.equal('pay-success');
    expect((result.detail as PaymentResult).status).to.equal('succeeded');
    expect(await statusRequests(key)).to.equal(3);
    expect(payment.results()).to.have.length(1);
  });

  it('removing the element aborts polling, the return-page listener and the modal: one pay-cancel, no request after', async () => {
    const key = uniqueKey('abort');
    const payment = await mountCardPayment({ 'status-url': fixtureStatusUrl(key, 'pending=1000') });
    await payment.fillAndPay();
    const paymentId = await payment.paymentId();
    await payment.until(() => payment.modal !== null, 'the modal');
    const root = payment.root;
    // Let a poll happen, then remove the element mid-flow.
    for (let i = 0; i < 100 && (await statusRequests(key)) === 0; i += 1) await sleep(50);
    payment.element.remove();
    const result = await payment.result(2000);
    expect(result).to.deep.equal({ name: 'pay-cancel', detail: { provider: 'glomo', reason: 'aborted' } });
    expect(root.querySelector('dialog'), 'the modal is gone').to.equal(null);
    const requests = await statusRequests(key);
    // A late return-page result for this payment finds nobody listening.
    notifyOpener({ provider: 'glomo', status: 'succeeded', paymentId, orderId: 'order_x', raw: {} });
    await sleep(3000); // longer than the sandbox's 2 s poll interval
    expect(await statusRequests(key), 'no poll after removal').to.equal(requests);
    expect(payment.names()).to.deep.equal(['pay-pending', 'pay-redirect', 'pay-cancel']);
  });

  it('a tampered callback is refused by the shop\'s server: the return page says so and the flow keeps waiting', async () => {
    const payment = await mountCardPayment({ redirect: 'host' });
    await payment.fillAndPay();
    const paymentId = await payment.paymentId();
    const forged = new URLSearchParams({ order_id: 'order_forged', payment_id: paymentId, status: 'success', signature: '0'.repeat(64) });
    const returnPage = document.createElement('iframe');
    const loaded = new Promise((resolve) => returnPage.addEventListener('load', resolve, { once: true }));
    returnPage.src = `/merchant/glomo/callback?${forged}`;
    document.body.append(returnPage);
    try {
      await loaded;
      const outcome = returnPage.contentDocument!.querySelector('#outcome')!;
      await payment.until(() => outcome.textContent !== '', 'the return page to show its outcome');
      expect(outcome.textContent).to.equal('The payment result could not be verified by the shop (invalid_signature).');
      await sleep(500);
      expect(payment.results(), 'no result from a refused callback').to.deep.equal([]);
    } finally {
      returnPage.remove();
    }
    payment.element.remove();
    expect((await payment.result()).detail).to.deep.equal({ provider: 'glomo', reason: 'aborted' });
  });
});

import { expect } from '@open-wc/testing';
import { createElement, StrictMode } from 'react';
import { PayCardPayment } from '../../src/react/index.js';
import type { PaymentResult } from '../../src/core/types.js';
import { CardFormHarness } from '../support/card-form-harness.js';
import { decideOnHostedPage, MERCHANT_PAYMENT_URL, MERCHANT_STATUS_URL, sleep, TEST_CARD } from '../e2e/support/card-payment-harness.js';
import { cleanup, render, watchReactErrors, type Rendered } from './render.js';

/**
 * React StrictMode mounts every component, unmounts it and mounts it again (effects run twice).
 * Adyen's and Braintree's users meet double flows and leaked listeners there; these tests run a
 * whole payment under StrictMode and count what the shopper and the network would see.
 */

/** BroadcastChannels opened and not yet closed on this page (the return-page channel is one). */
const openChannels = new Set<BroadcastChannel>();
const NativeChannel = window.BroadcastChannel;
window.BroadcastChannel = class extends NativeChannel {
  constructor(name: string) {
    super(name);
    openChannels.add(this);
  }
  override close(): void {
    openChannels.delete(this);
    super.close();
  }
};

/** Requests this page made to a merchant endpoint (resource timing: what the network saw). */
function requestsTo(path: string): number {
  const prefix = path.split('{')[0]!;
  return performance.getEntriesByType('resource').filter((entry) => new URL(entry.name).pathname.startsWith(prefix)).length;
}

async function until(predicate: () => boolean, what: string, ms = 8000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!predicate()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(25);
  }
}

async function cardFormIn(rendered: Rendered): Promise<CardFormHarness> {
  const payment = rendered.container.querySelector('pay-card-payment')!;
  await payment.updateComplete;
  const form = payment.shadowRoot!.querySelector('pay-card-form')!;
  await form.updateComplete;
  return new CardFormHarness(form);
}

describe('React wrappers under StrictMode', function () {
  this.timeout(30_000);
  watchReactErrors();
  beforeEach(() => performance.clearResourceTimings());
  afterEach(async () => {
    expect(await cleanup(), 'React console errors').to.deep.equal([]);
  });

  it('one payment: one request, one pay-pending, one pay-success, one channel that closes', async () => {
    const calls: string[] = [];
    const results: PaymentResult[] = [];
    const rendered = await render(
      createElement(
        StrictMode,
        null,
        createElement(PayCardPayment, {
          paymentUrl: MERCHANT_PAYMENT_URL,
          statusUrl: MERCHANT_STATUS_URL,
          amount: 1234,
          currency: 'EUR',
          onPayPending: (event) => { calls.push('pending'); results.push(event.detail); },
          onPaySuccess: (event) => { calls.push('success'); results.push(event.detail); },
          onPayFailure: () => calls.push('failure'),
          onPayError: () => calls.push('error'),
          onPayCancel: () => calls.push('cancel'),
        }),
      ),
    );
    const form = await cardFormIn(rendered);
    await form.fill(TEST_CARD);
    await form.pay();
    await until(() => calls.includes('pending'), 'pay-pending');
    expect(requestsTo(MERCHANT_PAYMENT_URL), 'one payment request').to.equal(1);
    expect(openChannels.size, 'one return-page channel while waiting').to.be.at.most(1);
    await decideOnHostedPage(results[0]!.paymentId!, 'approve');
    await until(() => calls.includes('success'), 'pay-success');
    await sleep(300);
    expect(calls, 'each callback once').to.deep.equal(['pending', 'success']);
    expect(openChannels.size, 'the channel is closed once the flow ended').to.equal(0);
  });

  it('unmounting mid-flow stops polling and closes the channel; remounting starts clean', async () => {
    const calls: string[] = [];
    const props = {
      paymentUrl: MERCHANT_PAYMENT_URL,
      statusUrl: MERCHANT_STATUS_URL,
      amount: 1234,
      currency: 'EUR',
      onPayPending: () => calls.push('pending'),
      onPaySuccess: () => calls.push('success'),
      onPayFailure: () => calls.push('failure'),
      onPayError: () => calls.push('error'),
    };
    const rendered = await render(createElement(StrictMode, null, createElement(PayCardPayment, props)));
    const form = await cardFormIn(rendered);
    await form.fill(TEST_CARD);
    await form.pay();
    await until(() => calls.includes('pending'), 'pay-pending');
    await until(() => requestsTo(MERCHANT_STATUS_URL) > 1, 'status polling to start');

    await rendered.rerender(createElement(StrictMode, null, null));
    const polledAtUnmount = requestsTo(MERCHANT_STATUS_URL);
    expect(openChannels.size, 'no channel left open').to.equal(0);
    await sleep(2500);
    expect(requestsTo(MERCHANT_STATUS_URL), 'no status request after unmount').to.be.at.most(polledAtUnmount + 1);
    expect(calls, 'no result reaches React after unmount').to.deep.equal(['pending']);

    // Mounted again: a fresh form, nothing pending, one listener per callback.
    await rendered.rerender(createElement(StrictMode, null, createElement(PayCardPayment, props)));
    const again = await cardFormIn(rendered);
    expect(again.element.pending).to.equal(false);
    await again.fill(TEST_CARD);
    await again.pay();
    await until(() => calls.filter((call) => call === 'pending').length === 2, 'the second pay-pending');
    await sleep(300);
    expect(calls).to.deep.equal(['pending', 'pending']);
  });
});

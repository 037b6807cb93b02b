import { expect } from '@open-wc/testing';
import type { PayGlomoCheckout } from '../../src/components/glomo-checkout/glomo-checkout.js';
import { clickInHostedPage, closeHostedPopup, createGlomoOrder, hostedPageHas } from '../support/sandbox.js';
import {
  checkoutPageUrl, merchantOrder, mountCheckout, part, realClick, recordEvents, reportChannel, sdkUrl, sleep, uniqueId, unmountAll, waitFor,
  watchWindowOpen,
} from './support/glomo-checkout-harness.js';

/** Opens a page of its own served with COOP same-origin (this page loses its handle at once) running one element. */
async function openCoopPage(attributes: Record<string, string>) {
  const report = uniqueId('coop-page');
  const channel = reportChannel(report);
  window.open(checkoutPageUrl(attributes, { report, coop: 'same-origin' }), '_blank');
  await channel.next(['ready']);
  return { report, channel };
}

describe('<pay-glomo-checkout> on a page whose COOP cuts the popup off', function () {
  this.timeout(40_000);
  const callbackUrl = `${location.origin}/merchant/glomo/callback`;

  it('events mode: coop_blocked with the fix before opening a checkout that could never report back', async () => {
    const orderId = await createGlomoOrder();
    const { report, channel } = await openCoopPage({ 'order-id': orderId, 'sdk-url': await sdkUrl() });
    try {
      await clickInHostedPage(report, '#merchant-pay');
      const { type, detail } = await channel.next();
      expect(type).to.equal('pay-error');
      expect(detail.code).to.equal('coop_blocked');
      expect(detail.provider).to.equal('glomo');
      expect(detail.message).to.contain('Cross-Origin-Opener-Policy');
      expect(detail.message, 'the fix').to.contain('same-origin-allow-popups');
      expect(detail.message, 'how to switch to the redirect mode').to.contain('callback-url');
      expect(await hostedPageHas(orderId, 'h1', 800), 'no checkout was opened').to.equal(false);
      expect(await hostedPageHas(report, 'pay-glomo-checkout >>> [part~="notice"]', 500)).to.equal(true);
      expect(await hostedPageHas(report, 'pay-glomo-checkout >>> [part~="redirect-button"]', 300), 'no redirect mode without callback-url').to.equal(false);
    } finally {
      channel.close();
      await closeHostedPopup(report);
    }
  });

  it('events mode with callback-url: coop_blocked offers the redirect mode, which finishes through the return page', async () => {
    const orderId = await merchantOrder(3100);
    const { report, channel } = await openCoopPage({ 'order-id': orderId, 'sdk-url': await sdkUrl(), 'callback-url': callbackUrl });
    try {
      await clickInHostedPage(report, '#merchant-pay');
      const blocked = await channel.next();
      expect(blocked.type).to.equal('pay-error');
      expect(blocked.detail.code).to.equal('coop_blocked');
      expect(blocked.detail.message).to.contain('same-origin-allow-popups').and.contain('redirect mode');
      await clickInHostedPage(report, 'pay-glomo-checkout >>> [part~="redirect-button"]');
      await clickInHostedPage(orderId, 'button[value="approve"]');
      const { type, detail } = await channel.next(['pay-success', 'pay-failure', 'pay-cancel'], 15_000);
      expect(type).to.equal('pay-success');
      expect(detail.orderId).to.equal(orderId);
      expect(detail.paymentId).to.match(/^payt_/);
      expect(detail.signature).to.match(/^[0-9a-f]{64}$/);
      expect(channel.events.map((e) => e.type)).to.deep.equal(['ready', 'pay-error', 'pay-success']);
    } finally {
      channel.close();
      await closeHostedPopup(report);
      await closeHostedPopup('/demo/glomo-return.html').catch(() => undefined);
    }
  });

  it('redirect mode: the popup looks closed at once, yet the element waits and the return page finishes it', async () => {
    const orderId = await merchantOrder(3200);
    const { report, channel } = await openCoopPage({ 'order-id': orderId, 'sdk-url': await sdkUrl(), 'callback-url': callbackUrl, mode: 'redirect' });
    try {
      await clickInHostedPage(report, '#merchant-pay');
      expect(await hostedPageHas(orderId, 'button[value="decline"]')).to.equal(true);
      await sleep(2500); // far longer than the cut link takes to look closed (150–700 ms) plus the grace period
      expect(channel.events.map((e) => e.type), 'no cancel for a popup that only looks closed').to.deep.equal(['ready']);
      await clickInHostedPage(orderId, 'button[value="decline"]');
      const { type, detail } = await channel.next(undefined, 15_000);
      expect(type).to.equal('pay-failure');
      expect(detail.orderId).to.equal(orderId);
      expect(detail.status).to.equal('failed');
    } finally {
      channel.close();
      await closeHostedPopup(report);
      await closeHostedPopup('/demo/glomo-return.html').catch(() => undefined);
    }
  });
});

describe('<pay-glomo-checkout> when the browser blocks the popup', function () {
  this.timeout(30_000);

  it('a real block (a sandboxed frame without allow-popups): popup_blocked, a focused retry, and the retry opens again', async () => {
    const orderId = await createGlomoOrder();
    const frame = document.createElement('iframe');
    frame.sandbox.add('allow-scripts', 'allow-same-origin'); // no allow-popups: window.open gives a real null
    frame.style.cssText = 'width: 480px; height: 240px; border: 0;';
    frame.src = checkoutPageUrl({ 'order-id': orderId, 'sdk-url': await sdkUrl() }, { report: uniqueId('blocked') });
    document.body.append(frame);
    const element = await waitFor(() => frame.contentDocument?.querySelector<PayGlomoCheckout>('pay-glomo-checkout'), 8000, 'the framed element');
    await element.updateComplete;
    const { events, next } = recordEvents(element);
    const opens = watchWindowOpen(frame.contentWindow!);
    try {
      await realClick(frame.contentDocument!.querySelector('#merchant-pay')!, frame);
      const { type, detail } = await next();
      expect(type).to.equal('pay-error');
      expect(detail).to.deep.equal({ code: 'popup_blocked', message: 'The browser blocked the payment window. Allow pop-ups for this site, or try again.', provider: 'glomo' });
      expect(opens.opened, 'window.open was tried and gave null').to.deep.equal([null]);
      await element.updateComplete;
      const retry = part(element, 'retry-button')!;
      expect(retry.textContent!.trim()).to.equal('Open the payment window');
      expect(element.shadowRoot!.activeElement, 'the retry has focus').to.equal(retry);
      // The alert is the message alone: the focused retry button says its own name, once.
      expect(part(element, 'notice')!.querySelector('[role="alert"]')!.textContent).to.equal(detail.message);
      expect(retry.closest('[role="alert"]'), 'the button is not read as part of the alert').to.equal(null);
      await realClick(retry, frame);
      await waitFor(() => events.length === 2, 5000, 'the retry’s result');
      expect(opens.opened, 'the retry tried again').to.deep.equal([null, null]);
      expect(events.map((e) => e.type)).to.deep.equal(['pay-error', 'pay-error']);
    } finally {
      opens.restore();
      frame.remove();
    }
  });

  it('a block on the first click (a slow gesture) and a one-click retry that opens the checkout and pays', async () => {
    // Chromium under test has its popup blocker off: the blocker's null for the first call is
    // stood in for here; the retry's call is the browser's own.
    const orderId = await createGlomoOrder();
    const { element, events, next } = await mountCheckout({ 'order-id': orderId, 'sdk-url': await sdkUrl() });
    const original = window.open;
    let calls = 0;
    window.open = function (...args: Parameters<Window['open']>) {
      calls += 1;
      return calls === 1 ? null : original.apply(window, args);
    };
    try {
      await realClick(part(element, 'button')!);
      expect((await next()).detail.code).to.equal('popup_blocked');
      await element.updateComplete;
      await realClick(part(element, 'retry-button')!);
      expect(await hostedPageHas(orderId, 'button[value="approve"]')).to.equal(true);
      expect(part(element, 'notice'), 'the notice goes once the retry opens').to.equal(null);
      await clickInHostedPage(orderId, 'button[value="approve"]');
      await waitFor(() => events.length === 2, 10_000, 'the retry’s result');
      expect(events.map((e) => e.type)).to.deep.equal(['pay-error', 'pay-success']);
      expect(calls).to.equal(2);
    } finally {
      window.open = original;
      unmountAll();
    }
  });
});

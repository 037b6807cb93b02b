import { expect } from '@open-wc/testing';
import * as z from 'zod/mini';
import type { PaymentResult } from '../../src/core/types.js';
import { openPopup } from '../../src/flows/popup.js';
import { notifyOpener } from '../../src/flows/return-page.js';
import type { FlowOutcome } from '../../src/flows/outcome.js';
import { fixture, loadedFrame, nextBroadcast, providerOrigin, settlesWithin, shadowHost, sleep } from './flows-harness.js';

const providerPage = (query: Record<string, string> = {}) => `${fixture('frame.html', providerOrigin)}?${new URLSearchParams(query)}`;
const returnPage = (query: Record<string, string>) => `${fixture('return.html')}?${new URLSearchParams(query)}`;
const success: PaymentResult = { provider: 'glomo', status: 'succeeded', paymentId: 'pay_9', raw: {} };
const pending: PaymentResult = { provider: 'glomo', status: 'pending', paymentId: 'pay_9', raw: {} };
let flowCount = 0;
const newFlowId = () => `popup-test-${Date.now()}-${++flowCount}`;

describe('popup', function () {
  this.timeout(20_000);

  it('blocked by the browser: popup_blocked, retryable, and a retry from a page that allows popups opens it', async () => {
    const frame = await loadedFrame(fixture('blank.html'), ['allow-scripts', 'allow-same-origin']); // no allow-popups
    const blockedHost = frame.contentDocument!.body;
    const blocked = openPopup(blockedHost, { url: providerPage(), allowedHosts: [], provider: 'glomo', flowId: newFlowId() });
    expect(blocked.window).to.equal(null);
    const outcome = await blocked.outcome;
    expect(outcome.kind === 'error' && outcome.error).to.deep.equal({
      code: 'popup_blocked', message: 'The browser blocked the payment window. Allow pop-ups for this site, or try again.', retryable: true,
    });
    frame.remove();
    const { host } = shadowHost();
    const retry = openPopup(host, { url: providerPage(), allowedHosts: [], provider: 'glomo', flowId: newFlowId() });
    expect(retry.window).to.not.equal(null);
    retry.close();
    expect(await retry.outcome).to.deep.equal({ kind: 'cancel', reason: 'closed' });
    expect(retry.window!.closed).to.equal(true);
  });

  it('refuses a javascript: URL without opening anything', async () => {
    const { host } = shadowHost();
    const flow = openPopup(host, { url: 'javascript:alert(1)', allowedHosts: [], provider: 'glomo', flowId: newFlowId() });
    expect(flow.window).to.equal(null);
    const outcome = await flow.outcome;
    expect(outcome.kind === 'error' && outcome.error.code).to.equal('invalid_response');
  });

  it('finishes through the merchant return page (BroadcastChannel) and closes the popup', async () => {
    const { host } = shadowHost();
    const flowId = newFlowId();
    const flow = openPopup(host, {
      url: providerPage({ next: returnPage({ flowId, status: 'failed', close: '0' }), delay: '200' }), allowedHosts: [], provider: 'glomo', flowId,
    });
    const outcome = await flow.outcome;
    expect(outcome).to.deep.equal({ kind: 'result', value: { provider: 'glomo', status: 'failed', paymentId: 'pay_return', raw: { via: 'return-page' } } });
    await sleep(50);
    expect(flow.window!.closed).to.equal(true);
  });

  it('ignores return-page results of another flow or another order, and takes an unaddressed one for its order', async () => {
    const { host } = shadowHost();
    const flow = openPopup(host, {
      url: providerPage(), allowedHosts: [], provider: 'glomo', flowId: newFlowId(), matchResult: (r) => r.orderId === 'ord_mine',
    });
    notifyOpener(success, 'another-flow');
    notifyOpener({ ...success, orderId: 'ord_other_tab' });
    expect(await settlesWithin(flow.outcome, 400)).to.equal(false);
    notifyOpener({ ...success, orderId: 'ord_mine' });
    expect(await flow.outcome).to.deep.equal({ kind: 'result', value: { ...success, orderId: 'ord_mine' } });
  });

  it('accepts a validated message from the popup itself, and ignores the same message from another window', async () => {
    const { host } = shadowHost();
    const messageSchema = z.pipe(
      z.object({ event: z.literal('payment.success'), payment_id: z.string() }),
      z.transform((m): PaymentResult => ({ provider: 'glomo', status: 'succeeded', paymentId: m.payment_id, raw: m })),
    );
    const flow = openPopup(host, { url: providerPage(), allowedHosts: [], provider: 'glomo', flowId: newFlowId(), messageSchema });
    const message = { event: 'payment.success', payment_id: 'pay_7' };
    const impostor = await loadedFrame(fixture('frame.html', providerOrigin));
    impostor.contentWindow!.postMessage({ cmd: 'send', data: message }, '*');
    window.postMessage(message, '*');
    expect(await settlesWithin(flow.outcome, 400)).to.equal(false);
    flow.window!.postMessage({ cmd: 'send', data: message }, '*');
    const outcome = await flow.outcome;
    expect(outcome.kind === 'result' && outcome.value.paymentId).to.equal('pay_7');
    impostor.remove();
  });

  it('a real close (no COOP) with the payment still pending at the server is a cancel', async () => {
    const { host } = shadowHost();
    const checks: number[] = [];
    const flow = openPopup(host, {
      url: providerPage(), allowedHosts: [], provider: 'glomo', flowId: newFlowId(), closedGraceMs: 100,
      checkStatus: async () => { checks.push(Date.now()); return pending; },
    });
    await sleep(300);
    expect(await settlesWithin(flow.outcome, 10), 'open popup: still waiting').to.equal(false);
    flow.window!.close(); // the shopper closes it
    expect(await flow.outcome).to.deep.equal({ kind: 'cancel', reason: 'closed' });
    expect(checks.length).to.equal(1);
  });

  it('a close after the server saw the payment finish is that result, not a cancel', async () => {
    const { host } = shadowHost();
    const flow = openPopup(host, { url: providerPage(), allowedHosts: [], provider: 'glomo', flowId: newFlowId(), closedGraceMs: 100, checkStatus: async () => success });
    flow.window!.close();
    expect(await flow.outcome).to.deep.equal({ kind: 'result', value: success });
  });

  it('ends in timeout while the popup stays open, and closes it; abort ends it as a cancel', async () => {
    const { host } = shadowHost();
    const slow = openPopup(host, { url: providerPage(), allowedHosts: [], provider: 'glomo', flowId: newFlowId(), timeoutMs: 400 });
    const outcome = await slow.outcome;
    expect(outcome.kind === 'error' && outcome.error.code).to.equal('timeout');
    expect(slow.window!.closed).to.equal(true);
    const controller = new AbortController();
    const aborted = openPopup(host, { url: providerPage(), allowedHosts: [], provider: 'glomo', flowId: newFlowId(), signal: controller.signal });
    controller.abort();
    expect(await aborted.outcome).to.deep.equal({ kind: 'cancel', reason: 'aborted' });
  });

  describe('on a page served with COOP same-origin (the link to the popup is cut)', () => {
    type Report = { outcome: FlowOutcome<PaymentResult>; closedAfterMs: number | null; endedAfterMs: number; opened: boolean };

    function runOnCoopPage(query: Record<string, string>): Promise<Report> {
      const report = `coop-report-${newFlowId()}`;
      const page = `/__flows/page?${new URLSearchParams({
        coop: 'same-origin',
        module: `/test/fixtures/flows/coop-popup-fixture.ts?${new URLSearchParams({ ...query, report })}`,
      })}`;
      const received = nextBroadcast<Report>(report, 15_000);
      window.open(page, '_blank');
      return received;
    }

    it('the popup looks closed at once, yet the flow waits and finishes through the return page', async () => {
      const flowId = newFlowId();
      const { outcome, closedAfterMs, opened } = await runOnCoopPage({
        flowId, timeout: '10000',
        popup: providerPage({ next: returnPage({ flowId, status: 'succeeded' }), delay: '3000' }),
      });
      expect(opened).to.equal(true);
      expect(closedAfterMs, 'closed turned true long before the return page').to.be.lessThan(2500);
      expect(outcome).to.deep.equal({ kind: 'result', value: { provider: 'glomo', status: 'succeeded', paymentId: 'pay_return', raw: { via: 'return-page' } } });
    });

    it('with no result by the deadline it is coop_blocked with the fix, never a cancel', async () => {
      const { outcome, closedAfterMs } = await runOnCoopPage({ flowId: newFlowId(), timeout: '2500', popup: providerPage() });
      expect(closedAfterMs).to.be.lessThan(2500);
      expect(outcome.kind).to.equal('error');
      if (outcome.kind !== 'error') return;
      expect(outcome.error.code).to.equal('coop_blocked');
      expect(outcome.error.message).to.contain('Cross-Origin-Opener-Policy');
      expect(outcome.error.message).to.contain('same-origin-allow-popups');
    });

    it('with no return page and no status check, coop_blocked comes as soon as the cut is seen', async () => {
      const { outcome, endedAfterMs } = await runOnCoopPage({ flowId: newFlowId(), timeout: '10000', wait: '0', popup: providerPage() });
      expect(outcome.kind === 'error' && outcome.error.code).to.equal('coop_blocked');
      expect(endedAfterMs, 'long before the 10 s deadline').to.be.lessThan(3000);
    });
  });
});

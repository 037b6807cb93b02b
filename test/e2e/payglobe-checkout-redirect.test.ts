import { expect } from '@open-wc/testing';
import { SANDBOX_PUBLIC_KEY } from '../support/sandbox.js';
import { reportChannel, scriptUrl, shopper, uniqueId } from './support/payglobe-checkout-harness.js';

/** A same-origin frame running the fixture page (the full-page checkout navigates this frame, not the test page). */
function openFixtureFrame(attributes: Record<string, string>, report: string, extra: Record<string, string> = {}): HTMLIFrameElement {
  const module = `/test/fixtures/payglobe/payglobe-page-fixture.ts?${new URLSearchParams({ ...attributes, report, ...extra })}`;
  const frame = document.createElement('iframe');
  frame.title = 'shop page';
  frame.style.cssText = 'width: 800px; height: 700px; border: 0';
  frame.src = `/__flows/page?${new URLSearchParams({ module })}`;
  document.body.append(frame);
  return frame;
}

describe('<pay-payglobe-checkout mode="redirect">', function () {
  this.timeout(40_000);
  const frames: HTMLIFrameElement[] = [];
  afterEach(() => { for (const frame of frames.splice(0)) frame.remove(); });

  it('leaves for the full-page checkout after pay-redirect, and the return page finishes with one pay-success', async () => {
    const report = uniqueId('pg-redirect');
    const channel = reportChannel(report);
    const attributes = {
      'publishable-key': SANDBOX_PUBLIC_KEY, email: 'shopper@example.com', amount: '4250', currency: 'EUR', mode: 'redirect',
      'script-url': await scriptUrl(), 'poll-interval': '250',
    };
    frames.push(openFixtureFrame(attributes, report, { autostart: '1' }));
    const redirect = await channel.next(['pay-redirect']);
    expect(redirect.detail.target).to.equal('same-tab');
    const paymentId = new URL(redirect.detail.url).searchParams.get('paymentId')!;
    const page = `paymentId=${paymentId}`;
    await shopper.approveCard(page);
    await shopper.choose(page, 'CARD_AND_VOUCHER', '12.75');
    await shopper.otp(page, '123456');
    await shopper.capture(page);
    const success = await channel.next(['pay-success', 'pay-failure', 'pay-error', 'pay-cancel'], 15_000);
    expect(success.type).to.equal('pay-success');
    expect(success.detail).to.include({ provider: 'payglobe', paymentId });
    expect(success.detail.split).to.deep.equal({
      total: { amount: 4250, currency: 'EUR' }, card: { amount: 2975, currency: 'EUR' }, voucher: { amount: 1275, currency: 'EUR' },
    });
    // The return query is gone from the address once read: a reload does not finish the payment twice.
    expect(new URLSearchParams((success as unknown as { search: string }).search).has('paymentId')).to.equal(false);
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(channel.events.filter((event) => event.type.startsWith('pay-') && event.type !== 'pay-redirect')).to.have.length(1);
    channel.close();
  });

  it('a return page with a malformed paymentId: pay-error invalid_response, no payment looked up', async () => {
    const report = uniqueId('pg-return-bad');
    const channel = reportChannel(report);
    const attributes = { 'publishable-key': SANDBOX_PUBLIC_KEY, email: 'shopper@example.com', amount: '100', mode: 'redirect', 'script-url': await scriptUrl() };
    const frame = openFixtureFrame(attributes, report);
    frame.src += '&paymentId=%3Cscript%3E&status=SUCCESS';
    frames.push(frame);
    const error = await channel.next(['pay-success', 'pay-failure', 'pay-error', 'pay-cancel']);
    expect(error.type).to.equal('pay-error');
    expect(error.detail).to.include({ code: 'invalid_response', provider: 'payglobe' });
    channel.close();
  });

  it('a return page naming a payment of another amount: invalid_response, not the other payment’s result', async () => {
    // Pay 1.00 EUR in one frame, then open a return page for a 99.00 EUR element with that payment's id.
    const report = uniqueId('pg-return-other');
    const channel = reportChannel(report);
    const base = { 'publishable-key': SANDBOX_PUBLIC_KEY, email: 'shopper@example.com', mode: 'redirect', 'script-url': await scriptUrl(), 'poll-interval': '250' };
    frames.push(openFixtureFrame({ ...base, amount: '100' }, report, { autostart: '1' }));
    const redirect = await channel.next(['pay-redirect']);
    const paymentId = new URL(redirect.detail.url).searchParams.get('paymentId')!;
    await shopper.approveCard(`paymentId=${paymentId}`);
    await shopper.choose(`paymentId=${paymentId}`, 'CARD_ONLY');
    await shopper.capture(`paymentId=${paymentId}`);
    await channel.next(['pay-success']);

    const other = uniqueId('pg-return-other');
    const otherChannel = reportChannel(other);
    const frame = openFixtureFrame({ ...base, amount: '9900' }, other);
    frame.src += `&paymentId=${paymentId}&status=SUCCESS`;
    frames.push(frame);
    const error = await otherChannel.next(['pay-success', 'pay-failure', 'pay-error', 'pay-cancel']);
    expect(error.type).to.equal('pay-error');
    expect(error.detail.code).to.equal('invalid_response');
    channel.close();
    otherChannel.close();
  });
});

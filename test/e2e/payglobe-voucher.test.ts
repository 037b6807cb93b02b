import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { PayVoucherChoice } from '../../src/components/voucher-choice/voucher-choice.js';
import { clickInHostedPage as clickHosted, hostedPageHas, typeInHostedPage as typeHosted } from '../support/sandbox.js';
import { realClick, waitFor } from './support/glomo-checkout-harness.js';

/**
 * demo/payglobe-voucher.html: the shop hosts PayGlobe's voucher step with <pay-voucher-choice>.
 * The whole way through, like a shopper: the shop's Pay button, the sandbox's card page, back
 * to the shop for the split, the sandbox's voucher OTP and capture, back to the shop's result,
 * and the shop's server holding the signed webhooks it verified. Only wrapper-API payments
 * (`TXN_…`) have this flow, so the hosted pages are found by that marker.
 */
const HOSTED = 'paymentId=TXN_';

/** Waits (longer than the commands' own 5 s: the machine may be busy) for the sandbox page to show `selector`. */
async function hostedPage(selector: string): Promise<void> {
  if (!(await hostedPageHas(HOSTED, selector, 20_000))) throw new Error(`the sandbox page never showed ${selector}`);
}

async function clickInHostedPage(urlPart: string, selector: string): Promise<void> {
  await hostedPage(selector);
  await clickHosted(urlPart, selector);
}

async function typeInHostedPage(urlPart: string, selector: string, text: string): Promise<void> {
  await hostedPage(selector);
  await typeHosted(urlPart, selector, text);
}

async function openDemo(query: Record<string, string>): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  // The whole viewport, so every control can be scrolled to and clicked where a shopper would.
  frame.style.cssText = 'position: fixed; inset: 0; width: 100vw; height: 100vh; border: 0; background: #fff';
  frame.src = `/demo/payglobe-voucher.html?${new URLSearchParams(query)}`;
  document.body.append(frame);
  await waitFor(() => frame.contentDocument?.querySelector<HTMLElement>('#start:not([hidden]) #pay'), 10_000, 'the demo page');
  return frame;
}

/** The demo page's document once the frame is back on the shop's origin at a page showing `selector`. */
async function backAtShop(frame: HTMLIFrameElement, selector: string): Promise<Document> {
  return waitFor(() => {
    try {
      const doc = frame.contentDocument;
      return doc?.querySelector(selector) ? doc : null;
    } catch {
      return null; // still on the sandbox's origin
    }
  }, 15_000, `the shop's page with ${selector}`);
}

/** A real mouse click on `target` inside the demo frame, scrolled into view first as a shopper would. */
async function click(target: Element, frame: HTMLIFrameElement): Promise<void> {
  target.scrollIntoView({ block: 'center' });
  await realClick(target, frame);
}

async function payAndApproveCard(frame: HTMLIFrameElement): Promise<PayVoucherChoice> {
  await click(frame.contentDocument!.querySelector('#pay')!, frame);
  await clickInHostedPage(HOSTED, 'button[value=approve]');
  const doc = await backAtShop(frame, '#voucher:not([hidden])');
  const choice = doc.querySelector<PayVoucherChoice>('#voucher-choice')!;
  await waitFor(() => choice.shadowRoot?.querySelector('input[type=radio]'), 5000, 'the voucher choices');
  return choice;
}

async function choosePartial(frame: HTMLIFrameElement, choice: PayVoucherChoice, amount: string): Promise<void> {
  await click(choice.shadowRoot!.querySelector('input[value=CARD_AND_VOUCHER]')!, frame);
  const input = await waitFor(() => choice.shadowRoot!.querySelector<HTMLInputElement>('#amount'), 5000, 'the amount field');
  await choice.updateComplete;
  await click(input, frame);
  await sendKeys({ type: amount });
  await choice.updateComplete;
  await click(choice.shadowRoot!.querySelector('button')!, frame);
}

async function confirmVouchersAndCapture(otp = '123456'): Promise<void> {
  await typeInHostedPage(HOSTED, '#otp', otp);
  await clickInHostedPage(HOSTED, 'button[value=confirm]');
  if (otp === '123456') await clickInHostedPage(HOSTED, 'button[value=capture]');
}

async function resultOf(frame: HTMLIFrameElement, webhooks = 1): Promise<{ heading: string; text: string; hooks: string[]; search: URLSearchParams }> {
  const doc = await backAtShop(frame, '#result:not([hidden]) #result-text');
  await waitFor(() => doc.querySelectorAll('#webhooks li').length >= webhooks, 5000, 'the webhook list');
  return {
    heading: doc.querySelector('#result-heading')!.textContent!,
    text: doc.querySelector('#result-text')!.textContent!,
    hooks: Array.from(doc.querySelectorAll('#webhooks li'), (item) => item.textContent!),
    search: new URLSearchParams(frame.contentWindow!.location.search),
  };
}

describe('demo/payglobe-voucher.html: the merchant-hosted voucher step through the sandbox', function () {
  this.timeout(45_000);
  let frame: HTMLIFrameElement | undefined;
  afterEach(() => frame?.remove());

  it('EUR: €50.25 on vouchers, exactly €99.75 captured on the card, webhooks verified by the shop', async () => {
    frame = await openDemo({ amount: '15000', currency: 'EUR' });
    expect(frame.contentDocument!.querySelector('#pay')!.textContent).to.equal('Pay €150.00');
    const choice = await payAndApproveCard(frame);
    expect(choice.total).to.equal(15000);
    expect(choice.currency).to.equal('EUR');
    await choosePartial(frame, choice, '50.25');
    await confirmVouchersAndCapture();
    const result = await resultOf(frame, 2);
    expect(result.heading).to.equal('Payment complete');
    expect(result.text).to.equal('Paid €150.00: meal vouchers €50.25, card €99.75.');
    expect(result.search.get('status')).to.equal('SUCCESS');
    expect(result.hooks).to.deep.equal([
      'payment_intent.processing CARD_PREAUTH_SUCCESS card 150 voucher 0',
      'payment_intent.succeeded SUCCESS card 99.75 voucher 50.25',
    ]);
  });

  it('BHD (3 decimals): 3.333 on vouchers of 10.005 leaves exactly 6.672 on the card', async () => {
    frame = await openDemo({ amount: '10005', currency: 'BHD' });
    const choice = await payAndApproveCard(frame);
    expect([choice.total, choice.currency]).to.deep.equal([10005, 'BHD']);
    await choosePartial(frame, choice, '3.333');
    await confirmVouchersAndCapture();
    const result = await resultOf(frame, 2);
    expect(result.hooks.at(-1)).to.equal('payment_intent.succeeded SUCCESS card 6.672 voucher 3.333');
    expect(result.text).to.contain('3.333').and.to.contain('6.672');
  });

  it('JPY (no decimals): all on vouchers voids the card pre-authorisation', async () => {
    frame = await openDemo({ amount: '1500', currency: 'JPY' });
    const choice = await payAndApproveCard(frame);
    await click(choice.shadowRoot!.querySelector('input[value=VOUCHER_ONLY]')!, frame);
    await choice.updateComplete;
    await click(choice.shadowRoot!.querySelector('button')!, frame);
    await typeInHostedPage(HOSTED, '#otp', '123456');
    await clickInHostedPage(HOSTED, 'button[value=confirm]');
    await clickInHostedPage(HOSTED, 'button[value=capture]');
    const result = await resultOf(frame, 2);
    expect(result.hooks.at(-1)).to.equal('payment_intent.succeeded SUCCESS card 0 voucher 1500');
    expect(result.text).to.equal('Paid ¥1,500: meal vouchers ¥1,500, card ¥0.');
  });

  it('a wrong voucher OTP lands on the error page with VOUCHER_FAILED, announced by a failed webhook', async () => {
    frame = await openDemo({ amount: '2000', currency: 'EUR' });
    const choice = await payAndApproveCard(frame);
    await choosePartial(frame, choice, '5');
    await confirmVouchersAndCapture('000000');
    const result = await resultOf(frame, 2);
    expect(result.heading).to.equal('Payment not completed');
    expect(result.text).to.match(/^Status VOUCHER_FAILED: .*OTP/);
    expect(result.hooks.at(-1)).to.equal('payment_intent.payment_failed VOUCHER_FAILED card 15 voucher 5');
  });

  it('a declined card never reaches the voucher step', async () => {
    frame = await openDemo({ amount: '2000', currency: 'EUR' });
    await click(frame.contentDocument!.querySelector('#pay')!, frame);
    await clickInHostedPage(HOSTED, 'button[value=decline]');
    const result = await resultOf(frame, 1);
    expect(result.search.get('status')).to.equal('CARD_PREAUTH_FAILED');
    expect(result.text).to.match(/^Status CARD_PREAUTH_FAILED: /);
    expect(result.hooks).to.deep.equal(['payment_intent.payment_failed CARD_PREAUTH_FAILED card 20 voucher 0']);
  });
});

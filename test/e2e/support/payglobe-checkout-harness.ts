/**
 * Drives `<pay-payglobe-checkout>` like a shopper in the end-to-end tests: mounted with the
 * sandbox's payglobe.js, clicked with the real mouse, every event recorded, and the sandbox's
 * hosted checkout (a cross-origin iframe, or a full page) operated with real clicks and keys.
 */
import '../../../src/components/payglobe-checkout/pay-payglobe-checkout.js';
import type { PayPayglobeCheckout } from '../../../src/components/payglobe-checkout/payglobe-checkout.js';
import { clickInHostedPage as clickNow, hostedPageHas, SANDBOX_PUBLIC_KEY, sandboxUrl, typeInHostedPage as typeNow } from '../../support/sandbox.js';
import { realClick, uniqueId, waitFor, type RecordedEvent } from './glomo-checkout-harness.js';

export { part, realClick, reportChannel, requestsTo, sleep, uniqueId, waitFor } from './glomo-checkout-harness.js';
export type { RecordedEvent } from './glomo-checkout-harness.js';

export const PAYGLOBE_EVENTS = ['pay-success', 'pay-failure', 'pay-pending', 'pay-cancel', 'pay-error', 'pay-redirect'] as const;
export const RESULT_TYPES = ['pay-success', 'pay-failure', 'pay-pending', 'pay-cancel', 'pay-error'] as const;

/** The sandbox's payglobe.js, with a marker so this test's requests can be told apart. */
export function scriptUrl(query: Record<string, string> = {}): Promise<string> {
  return sandboxUrl('/payglobe/js/payglobe.js', { t: uniqueId('pgjs'), ...query });
}

export interface MountedPayGlobe {
  element: PayPayglobeCheckout;
  events: RecordedEvent[];
  /** The first recorded event of one of `types` (default: any result event). */
  next(types?: readonly string[], timeoutMs?: number): Promise<RecordedEvent>;
  /** Result events only (everything but `pay-redirect`). */
  results(): RecordedEvent[];
}

const mounted: Element[] = [];

/** A `<pay-payglobe-checkout>` with the sandbox's key and script, an e-mail, and `attributes`. */
export async function mountPayGlobe(attributes: Record<string, string>, parent: Element = document.body): Promise<MountedPayGlobe> {
  const element = document.createElement('pay-payglobe-checkout');
  const defaults: Record<string, string> = {
    'publishable-key': SANDBOX_PUBLIC_KEY, email: 'shopper@example.com', 'script-url': await scriptUrl(), 'poll-interval': '250',
  };
  for (const [name, value] of Object.entries({ ...defaults, ...attributes })) element.setAttribute(name, value);
  const events: RecordedEvent[] = [];
  for (const type of PAYGLOBE_EVENTS) element.addEventListener(type, (event) => events.push({ type, detail: (event as CustomEvent).detail }));
  parent.append(element);
  mounted.push(element);
  await element.updateComplete;
  const next = (types: readonly string[] = RESULT_TYPES, timeoutMs = 15_000) =>
    waitFor(() => events.find((event) => types.includes(event.type)), timeoutMs, `one of ${types.join(', ')}`);
  return { element, events, next, results: () => events.filter((event) => event.type !== 'pay-redirect') };
}

export function unmountAll(): void {
  for (const element of mounted.splice(0)) element.remove();
}

/** The default Pay button. */
export function payButton(element: Element): HTMLButtonElement {
  return element.shadowRoot!.querySelector<HTMLButtonElement>('[part~="button"]')!;
}

/** Clicks Pay and waits for the checkout to open: the payment's id and the hosted page's URL marker. */
export async function startPayment(checkout: MountedPayGlobe): Promise<{ paymentId: string; page: string }> {
  await realClick(payButton(checkout.element));
  const redirect = await checkout.next(['pay-redirect']);
  const paymentId = new URL(redirect.detail.url).searchParams.get('paymentId')!;
  return { paymentId, page: `paymentId=${paymentId}` };
}

/** How long a hosted step may take to appear: each step is a page load, slow when the machine is busy. */
const STEP_WAIT_MS = 30_000;

async function stepAppears(page: string, selector: string): Promise<void> {
  if (!(await hostedPageHas(page, selector, STEP_WAIT_MS))) throw new Error(`no ${selector} in the hosted page ${page}`);
}

/** Waits for `selector` in the hosted page (each step loads a new page), then clicks it. */
async function clickInHostedPage(page: string, selector: string): Promise<void> {
  await stepAppears(page, selector);
  await clickNow(page, selector);
}

async function typeInHostedPage(page: string, selector: string, text: string): Promise<void> {
  await stepAppears(page, selector);
  await typeNow(page, selector, text);
}

/**
 * Presses a button that leaves the hosted step; like a shopper, presses again when the step is
 * still there a while later (a click lost while another test page held the mouse).
 */
async function pressStep(page: string, selector: string): Promise<void> {
  for (let attempt = 0; attempt < 3; attempt += 1) {
    await clickInHostedPage(page, selector);
    const deadline = Date.now() + 4000;
    while (Date.now() < deadline) {
      if (!(await hostedPageHas(page, selector, 200))) return;
      await new Promise((resolve) => setTimeout(resolve, 150));
    }
  }
}

/** The hosted checkout's steps, as a shopper does them. */
export const shopper = {
  approveCard: (page: string) => pressStep(page, 'button[value=approve]'),
  declineCard: (page: string) => pressStep(page, 'button[value=decline]'),
  cancel: (page: string) => pressStep(page, 'button[value=cancel]'),
  async choose(page: string, method: 'CARD_ONLY' | 'CARD_AND_VOUCHER' | 'VOUCHER_ONLY', voucherAmount?: string) {
    await clickInHostedPage(page, `input[name=paymentMethod][value=${method}]`);
    if (voucherAmount !== undefined) await typeInHostedPage(page, '#voucher-amount', voucherAmount);
    await pressStep(page, 'button[value=choose]');
  },
  async otp(page: string, code: string) {
    await typeInHostedPage(page, '#otp', code);
    await pressStep(page, 'button[value=confirm]');
  },
  capture: (page: string) => pressStep(page, 'button[value=capture]'),
  failCapture: (page: string) => pressStep(page, 'button[value=fail-capture]'),
};

/** Forces a payment's status in the sandbox (the payment-link statuses have no hosted step). */
export async function forceStatus(paymentId: string, status: string, errorMessage?: string): Promise<void> {
  const response = await fetch(await sandboxUrl(`/__sandbox/payglobe/payments/${encodeURIComponent(paymentId)}/status`), {
    method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ status, ...(errorMessage ? { errorMessage } : {}) }),
  });
  if (!response.ok) throw new Error(`forceStatus ${status}: ${response.status}`);
}

/** Makes the sandbox route `path` misbehave (for URLs payglobe.js builds itself). */
export async function routeFault(path: string, fault: string, times?: number): Promise<void> {
  const response = await fetch(await sandboxUrl('/__sandbox/routes'), {
    method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ path, fault, ...(times ? { times } : {}) }),
  });
  if (!response.ok) throw new Error(`routeFault ${path}: ${response.status}`);
}

/** The text of the element's status line. */
export function statusText(element: Element): string {
  return element.shadowRoot!.querySelector('[part~="status"]')?.textContent?.trim() ?? '';
}

/**
 * Drives `<pay-card-payment>` like a shopper: the card typed with real keys into the composed
 * `<pay-card-form>` (its shadow DOM, through CardFormHarness), the pay button pressed, the
 * bank's hosted page clicked for real (`clickInHostedPage`), and every pay-* event recorded in
 * the order the page received them.
 */
import type { PayEventDetailMap, PayEventName } from '../../../src/core/events.js';
import type { PayCardForm } from '../../../src/components/card-form/card-form.js';
import type { PayCardPayment } from '../../../src/components/card-payment/card-payment.js';
import '../../../src/components/card-payment/pay-card-payment.js';
import { CardFormHarness, yearsFromNow } from '../../support/card-form-harness.js';
import { clickInHostedPage, hostedPageHas } from '../../support/sandbox.js';

export const RESULT_EVENTS = ['pay-success', 'pay-failure', 'pay-cancel', 'pay-error'] as const;
const RECORDED: PayEventName[] = ['pay-pending', 'pay-redirect', ...RESULT_EVENTS];

export type RecordedEvent = { [K in PayEventName]: { name: K; detail: PayEventDetailMap[K] } }[PayEventName];

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** The demo shop's endpoints on the test page's origin (test/support/merchant-plugin.mjs). */
export const MERCHANT_PAYMENT_URL = '/merchant/glomo/payment';
export const MERCHANT_STATUS_URL = '/merchant/glomo/payment/{paymentId}';

/** A valid test card (sandbox Visa), with an expiry two years ahead. */
export const TEST_CARD = { number: '4111111111111111', expiry: `12${yearsFromNow(2).yy}`, cvv: '123', holderName: 'Test Shopper' };

export class CardPaymentHarness {
  readonly events: RecordedEvent[] = [];

  constructor(readonly element: PayCardPayment) {
    for (const name of RECORDED) {
      element.addEventListener(name, (event) => this.events.push({ name, detail: (event as CustomEvent).detail } as RecordedEvent));
    }
  }

  get root(): ShadowRoot {
    return this.element.shadowRoot!;
  }

  /** The composed card form (null once the success notice replaced it). */
  get cardForm(): PayCardForm | null {
    return this.root.querySelector('pay-card-form');
  }

  get form(): CardFormHarness {
    const form = this.cardForm;
    if (!form) throw new Error('no card form');
    return new CardFormHarness(form);
  }

  /** The iframe modal's dialog, when open. */
  get modal(): HTMLDialogElement | null {
    return this.root.querySelector('dialog[open]');
  }

  names(): string[] {
    return this.events.map((event) => event.name);
  }

  /** The final events (success / failure / cancel / error) so far. */
  results(): RecordedEvent[] {
    return this.events.filter((event) => (RESULT_EVENTS as readonly string[]).includes(event.name));
  }

  /** Types the card with real keys, then presses Enter on the pay button. */
  async fillAndPay(card = TEST_CARD): Promise<void> {
    await this.form.fill(card);
    await this.form.pay();
  }

  /** Waits for the first event named `name`; fails after `ms`. */
  async next<K extends PayEventName>(name: K, ms = 8000): Promise<PayEventDetailMap[K]> {
    const deadline = Date.now() + ms;
    for (;;) {
      const found = this.events.find((event) => event.name === name);
      if (found) return found.detail as PayEventDetailMap[K];
      if (Date.now() > deadline) throw new Error(`no ${name} within ${ms} ms (saw ${this.names().join(', ') || 'nothing'})`);
      await sleep(25);
    }
  }

  /** Waits for the attempt's final event; fails after `ms`. */
  async result(ms = 10_000): Promise<RecordedEvent> {
    const deadline = Date.now() + ms;
    for (;;) {
      const [first] = this.results();
      if (first) return first;
      if (Date.now() > deadline) throw new Error(`no result event within ${ms} ms (saw ${this.names().join(', ') || 'nothing'})`);
      await sleep(25);
    }
  }

  /** The payment id, once `pay-pending` said it. */
  async paymentId(): Promise<string> {
    return (await this.next('pay-pending')).paymentId!;
  }

  /** Clicks a button on this payment's hosted authentication page (see `decideOnHostedPage`). */
  async decide(decision: HostedDecision): Promise<void> {
    await decideOnHostedPage(await this.paymentId(), decision);
  }

  /** Waits until `predicate` holds, re-rendering first; fails after `ms`. */
  async until(predicate: () => boolean, what: string, ms = 5000): Promise<void> {
    const deadline = Date.now() + ms;
    while (!predicate()) {
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
      await sleep(25);
    }
  }
}

/** Requests the test server counted for a `/__flows/status?key=K` route (test/fixtures/flows/flows-server.mjs). */
export async function statusRequests(key: string): Promise<number> {
  const response = await fetch(`/__flows/count?key=${encodeURIComponent(`status:${key}`)}`);
  return ((await response.json()) as { count: number }).count;
}

/** A key no other test (or parallel test file) uses. */
export function uniqueKey(prefix: string): string {
  return `${prefix}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}

export type HostedDecision = 'approve' | 'decline' | 'cancel' | 'slow';

/**
 * Clicks a button (`approve`, `decline`, `cancel`, `slow`) on a payment's hosted authentication
 * page, wherever it is (modal, tab, frame). A click that lands while a just-loaded cross-origin
 * frame is not yet hit-testable is lost; like a shopper, click again if the page is still
 * there a moment later.
 */
export async function decideOnHostedPage(paymentId: string, decision: HostedDecision): Promise<void> {
  const page = `authenticate?paymentId=${paymentId}`;
  const button = `button[value="${decision}"]`;
  // `slow` keeps the page up for seconds by design: never click it twice.
  for (let attempt = 0; attempt < (decision === 'slow' ? 1 : 3); attempt += 1) {
    await clickInHostedPage(page, button);
    const deadline = Date.now() + 2000;
    while (Date.now() < deadline) {
      if (!(await hostedPageHas(page, button, 150))) return;
      await sleep(100);
    }
  }
}

const mounted = new Set<HTMLElement>();

/** Puts a `<pay-card-payment>` with these attributes on the page (the demo merchant's endpoints by default). */
export async function mountCardPayment(attributes: Record<string, string> = {}): Promise<CardPaymentHarness> {
  const element = document.createElement('pay-card-payment');
  const all = { 'payment-url': MERCHANT_PAYMENT_URL, 'status-url': MERCHANT_STATUS_URL, amount: '1234', currency: 'EUR', ...attributes };
  for (const [name, value] of Object.entries(all)) element.setAttribute(name, value);
  const harness = new CardPaymentHarness(element);
  document.body.append(element);
  mounted.add(element);
  await element.updateComplete;
  await harness.cardForm!.updateComplete;
  return harness;
}

/** Removes every element `mountCardPayment` added (afterEach). */
export function unmountAll(): void {
  for (const element of mounted) element.remove();
  mounted.clear();
}

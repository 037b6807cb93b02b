/**
 * Drives a `<pay-mbway>` like a shopper: real key events (`sendKeys`), focus moved with Tab,
 * and every pay-* event recorded in the order the page received them.
 */
import { fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { PayEventDetailMap, PayEventName } from '../../../src/core/events.js';
import type { PayMbway } from '../../../src/components/mbway/pay-mbway.js';
import '../../../src/components/mbway/pay-mbway.js';
import { announced, recordAnnouncements } from '../../support/announcer.js';
import { FAKE_PAYMENT_URL, FAKE_STATUS_URL } from '../sibs-support/fake-sibs-shop.js';

export type RecordedEvent = { [K in PayEventName]: { name: K; detail: PayEventDetailMap[K] } }[PayEventName];
const RECORDED: PayEventName[] = ['pay-pending', 'pay-success', 'pay-failure', 'pay-cancel', 'pay-error'];
export const RESULT_EVENTS = ['pay-success', 'pay-failure', 'pay-cancel', 'pay-error'];

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** The focused element, looking into shadow roots. */
export function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

export class MbwayHarness {
  readonly events: RecordedEvent[] = [];

  constructor(readonly element: PayMbway) {
    for (const name of RECORDED) {
      element.addEventListener(name, (event) => this.events.push({ name, detail: (event as CustomEvent).detail } as RecordedEvent));
    }
  }

  get root(): ShadowRoot {
    return this.element.shadowRoot!;
  }

  get input(): HTMLInputElement {
    const input = this.root.querySelector<HTMLInputElement>('#phone');
    if (!input) throw new Error('no phone input');
    return input;
  }

  get button(): HTMLButtonElement {
    const button = this.root.querySelector<HTMLButtonElement>('button[part~=button]');
    if (!button) throw new Error('no pay button');
    return button;
  }

  get waiting(): HTMLElement | null {
    return this.root.querySelector('[part="waiting"]');
  }

  /** The countdown's visible text ("0:12"). */
  get clock(): string {
    return this.root.querySelector('[part="countdown"] time')?.textContent?.trim() ?? '';
  }

  get success(): HTMLElement | null {
    return this.root.querySelector('[part="success"]');
  }

  errorText(): string {
    return this.root.querySelector('#phone-error')?.textContent?.trim() ?? '';
  }

  submitError(): string {
    return this.root.querySelector('[part="submit-error"]')?.textContent?.trim() ?? '';
  }

  names(): string[] {
    return this.events.map((event) => event.name);
  }

  results(): RecordedEvent[] {
    return this.events.filter((event) => RESULT_EVENTS.includes(event.name));
  }

  async settle(): Promise<void> {
    do await this.element.updateComplete;
    while (this.element.isUpdatePending);
  }

  /** Focuses the phone field and types `text` with real keys. */
  async type(text: string): Promise<void> {
    this.input.focus();
    await sendKeys({ type: text });
    await this.settle();
  }

  async press(key: string): Promise<void> {
    await sendKeys({ press: key });
    await this.settle();
  }

  /** Types the number and presses Enter. */
  async pay(number = '912 345 678'): Promise<void> {
    await this.type(number);
    await this.press('Enter');
  }

  recordAnnouncements(): string[] {
    return recordAnnouncements(this.element);
  }

  async quiet(): Promise<string> {
    return announced(this.element);
  }

  /** Waits for the first event named `name`. */
  async next<K extends PayEventName>(name: K, ms = 8000): Promise<PayEventDetailMap[K]> {
    const deadline = Date.now() + ms;
    for (;;) {
      const found = this.events.find((event) => event.name === name);
      if (found) return found.detail as PayEventDetailMap[K];
      if (Date.now() > deadline) throw new Error(`no ${name} within ${ms} ms (saw ${this.names().join(', ') || 'nothing'})`);
      await sleep(20);
    }
  }

  /** Waits for the `n`-th result event (1-based). */
  async result(n = 1, ms = 8000): Promise<RecordedEvent> {
    const deadline = Date.now() + ms;
    for (;;) {
      const found = this.results()[n - 1];
      if (found) {
        await this.settle();
        return found;
      }
      if (Date.now() > deadline) throw new Error(`no result event #${n} within ${ms} ms (saw ${this.names().join(', ') || 'nothing'})`);
      await sleep(20);
    }
  }

  async until(predicate: () => boolean, what: string, ms = 5000): Promise<void> {
    const deadline = Date.now() + ms;
    while (!predicate()) {
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
      await sleep(20);
    }
    await this.settle();
  }
}

/** A `<pay-mbway>` on the fake shop's endpoints, polling fast. */
export async function mountMbway(attributes: { timeout?: number; paymentUrl?: string; statusUrl?: string } = {}): Promise<MbwayHarness> {
  const element = await fixture<PayMbway>(html`<pay-mbway payment-url=${attributes.paymentUrl ?? FAKE_PAYMENT_URL}
    status-url=${attributes.statusUrl ?? FAKE_STATUS_URL} timeout=${attributes.timeout ?? 240} poll-interval="100"></pay-mbway>`);
  return new MbwayHarness(element);
}

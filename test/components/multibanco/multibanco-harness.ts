/** Drives a `<pay-multibanco>` like a shopper (real clicks and keys) and records its events. */
import { fixture, html } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import type { PayEventDetailMap, PayEventName } from '../../../src/core/events.js';
import type { PayMultibanco } from '../../../src/components/multibanco/pay-multibanco.js';
import '../../../src/components/multibanco/pay-multibanco.js';
import { announced, recordAnnouncements } from '../../support/announcer.js';
import { FAKE_PAYMENT_URL, FAKE_STATUS_URL } from '../sibs-support/fake-sibs-shop.js';

export type RecordedEvent = { [K in PayEventName]: { name: K; detail: PayEventDetailMap[K] } }[PayEventName];
const RECORDED: PayEventName[] = ['pay-pending', 'pay-success', 'pay-failure', 'pay-cancel', 'pay-error'];
const RESULT_EVENTS = ['pay-success', 'pay-failure', 'pay-cancel', 'pay-error'];

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

export class MultibancoHarness {
  readonly events: RecordedEvent[] = [];

  constructor(readonly element: PayMultibanco) {
    for (const name of RECORDED) {
      element.addEventListener(name, (event) => this.events.push({ name, detail: (event as CustomEvent).detail } as RecordedEvent));
    }
  }

  get root(): ShadowRoot {
    return this.element.shadowRoot!;
  }

  get startButton(): HTMLButtonElement | null {
    return this.root.querySelector('button[part~=button]');
  }

  get checkButton(): HTMLButtonElement | null {
    return this.root.querySelector('button[part~=check-button]');
  }

  part(name: string): HTMLElement | null {
    return this.root.querySelector(`[part~="${name}"]`);
  }

  /** A detail's shown value ("123 456 789"). */
  value(key: string): string {
    return this.root.querySelector(`.detail--${key} .value`)?.textContent?.trim() ?? '';
  }

  copyButton(key: string): HTMLButtonElement {
    const button = this.root.querySelector<HTMLButtonElement>(`.detail--${key} button`);
    if (!button) throw new Error(`no copy button for ${key}`);
    return button;
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

  /** A real mouse click in the middle of `target`. */
  async click(target: HTMLElement): Promise<void> {
    target.scrollIntoView({ block: 'center' });
    const rect = target.getBoundingClientRect();
    await sendMouse({ type: 'click', position: [Math.round(rect.x + rect.width / 2), Math.round(rect.y + rect.height / 2)] });
    await this.settle();
  }

  async press(key: string): Promise<void> {
    await sendKeys({ press: key });
    await this.settle();
  }

  recordAnnouncements(): string[] {
    return recordAnnouncements(this.element);
  }

  async said(): Promise<string> {
    return announced(this.element, { said: true });
  }

  async next<K extends PayEventName>(name: K, ms = 8000): Promise<PayEventDetailMap[K]> {
    const deadline = Date.now() + ms;
    for (;;) {
      const found = this.events.find((event) => event.name === name);
      if (found) {
        await this.settle();
        return found.detail as PayEventDetailMap[K];
      }
      if (Date.now() > deadline) throw new Error(`no ${name} within ${ms} ms (saw ${this.names().join(', ') || 'nothing'})`);
      await sleep(20);
    }
  }

  async result(ms = 8000): Promise<RecordedEvent> {
    const deadline = Date.now() + ms;
    for (;;) {
      const [found] = this.results();
      if (found) {
        await this.settle();
        return found;
      }
      if (Date.now() > deadline) throw new Error(`no result event within ${ms} ms (saw ${this.names().join(', ') || 'nothing'})`);
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

/** A `<pay-multibanco>` on the fake shop's endpoints, polling fast, watching for `watch` seconds. */
export async function mountMultibanco(options: { watch?: number; autostart?: boolean; lang?: string } = {}): Promise<MultibancoHarness> {
  const element = await fixture<PayMultibanco>(html`<pay-multibanco payment-url=${FAKE_PAYMENT_URL} status-url=${FAKE_STATUS_URL}
    poll-interval="100" watch=${options.watch ?? 30} ?autostart=${options.autostart ?? false} lang=${options.lang ?? 'en'}></pay-multibanco>`);
  return new MultibancoHarness(element);
}

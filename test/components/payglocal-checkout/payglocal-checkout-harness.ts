/**
 * Drives `<pay-payglocal-checkout>` like a shopper: keyboard focus and keys, or a real mouse
 * click, on its Pay button; records every pay-* event and every request it makes to the shop.
 * `pay-redirect` is prevented by default, so the test page never leaves (the e2e tests leave).
 */
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../../src/components/payglocal-checkout/pay-payglocal-checkout.js';
import type { PayPayglocalCheckout } from '../../../src/components/payglocal-checkout/payglocal-checkout.js';

export const RECORDED = ['pay-pending', 'pay-redirect', 'pay-success', 'pay-failure', 'pay-cancel', 'pay-error'] as const;
export type Recorded = { name: string; detail: any };

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
let counter = 0;
export const uniqueKey = (prefix: string) => `${prefix}-${Date.now().toString(36)}-${++counter}`;

/** A shop answer served by the test server (`/__flows/json`). */
export const shopAnswer = (body: unknown) => `/__flows/json?body=${encodeURIComponent(JSON.stringify(body))}`;

/** Every request the page's fetch made whose URL contains `part`, with its init. */
export function watchRequests(part: string): { requests: { url: string; init?: RequestInit }[]; restore(): void } {
  const original = window.fetch;
  const requests: { url: string; init?: RequestInit }[] = [];
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    if (url.includes(part)) requests.push({ url, init });
    return original.call(window, input, init);
  };
  return { requests, restore: () => { window.fetch = original; } };
}

export class PayGlocalCheckoutHarness {
  readonly events: Recorded[] = [];

  constructor(readonly element: PayPayglocalCheckout, options: { preventRedirect?: boolean } = {}) {
    for (const name of RECORDED) {
      element.addEventListener(name, (event) => {
        this.events.push({ name, detail: (event as CustomEvent).detail });
        if (name === 'pay-redirect' && options.preventRedirect !== false) event.preventDefault();
      });
    }
  }

  get button(): HTMLButtonElement {
    return this.element.shadowRoot!.querySelector('[part~="button"]')!;
  }

  get notice(): string | null {
    return this.element.shadowRoot!.querySelector('[part~="notice"]')?.textContent?.trim() ?? null;
  }

  names(): string[] {
    return this.events.map((event) => event.name);
  }

  /** Tabs from the start of the page to the Pay button and presses `key`. */
  async press(key: 'Enter' | 'Space' = 'Enter'): Promise<void> {
    if (this.element.shadowRoot!.activeElement !== this.button) {
      (document.activeElement as HTMLElement | null)?.blur();
      await sendKeys({ press: 'Tab' });
    }
    if (this.element.shadowRoot!.activeElement !== this.button) throw new Error('Tab did not reach the Pay button');
    await sendKeys({ press: key });
  }

  /** A real mouse click in the middle of the Pay button. */
  async click(): Promise<void> {
    const box = this.button.getBoundingClientRect();
    await sendMouse({ type: 'click', position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)] });
  }

  /** Waits for an event named `name`; fails after `ms`. */
  async next(name: string, ms = 5000): Promise<any> {
    const deadline = Date.now() + ms;
    for (;;) {
      const found = this.events.find((event) => event.name === name);
      if (found) return found.detail;
      if (Date.now() > deadline) throw new Error(`no ${name} within ${ms} ms (saw ${this.names().join(', ') || 'nothing'})`);
      await sleep(20);
    }
  }

  /** Waits until the attempt is over: a `pay-redirect` or a `pay-error`, and the element idle. */
  async settled(ms = 5000): Promise<void> {
    const deadline = Date.now() + ms;
    while (!this.names().some((name) => name === 'pay-redirect' || name === 'pay-error') || this.button.getAttribute('aria-busy') === 'true') {
      if (Date.now() > deadline) throw new Error(`the attempt did not settle within ${ms} ms (saw ${this.names().join(', ') || 'nothing'})`);
      await sleep(20);
    }
    await this.element.updateComplete;
  }
}

const mounted: Element[] = [];

/** A `<pay-payglocal-checkout>` with `attributes`, first in the page's tab order. */
export async function mount(attributes: Record<string, string>, options: { preventRedirect?: boolean; parent?: Element } = {}): Promise<PayGlocalCheckoutHarness> {
  const element = document.createElement('pay-payglocal-checkout');
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  const harness = new PayGlocalCheckoutHarness(element, options); // before connecting: a config error comes with the first render
  (options.parent ?? document.body).prepend(element);
  mounted.push(element);
  await element.updateComplete;
  return harness;
}

export function unmountAll(): void {
  for (const element of mounted.splice(0)) element.remove();
}

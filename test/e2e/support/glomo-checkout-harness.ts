/**
 * Drives `<pay-glomo-checkout>` like a shopper in the end-to-end tests: mounted with the sandbox's
 * SDK, clicked with the real mouse, every result event recorded; pages of their own (COOP, a
 * sandboxed frame) that report their events over a BroadcastChannel.
 */
import { sendMouse } from '@web/test-runner-commands';
import '../../../src/components/glomo-checkout/pay-glomo-checkout.js';
import type { PayGlomoCheckout } from '../../../src/components/glomo-checkout/glomo-checkout.js';
import { SANDBOX_PUBLIC_KEY, sandboxUrl } from '../../support/sandbox.js';

export const RESULT_EVENTS = ['pay-success', 'pay-failure', 'pay-pending', 'pay-cancel', 'pay-error', 'pay-bank-transfer-submitted'] as const;
export type RecordedEvent = { type: string; detail: any };

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
let counter = 0;
/** A string unique to this test run and call (query markers, channel names). */
export const uniqueId = (prefix: string) => `${prefix}-${Date.now().toString(36)}-${++counter}`;

/** The sandbox's SDK URL, with a marker so this test's requests can be told apart. */
export async function sdkUrl(query: Record<string, string> = {}): Promise<string> {
  return sandboxUrl('/glomo/sdk/index.js', { t: uniqueId('sdk'), ...query });
}

/** Resolves with the first truthy value of `probe`, polling; rejects after `timeoutMs`. */
export async function waitFor<T>(probe: () => T | null | undefined | false | Promise<T | null | undefined | false>, timeoutMs = 8000, what = 'condition'): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(50);
  }
}

export interface MountedCheckout {
  element: PayGlomoCheckout;
  events: RecordedEvent[];
  /** The first recorded event of one of `types` (default: any result event). */
  next(types?: readonly string[], timeoutMs?: number): Promise<RecordedEvent>;
}

/** Records every result event `target` fires. */
export function recordEvents(target: EventTarget): { events: RecordedEvent[]; next: MountedCheckout['next'] } {
  const events: RecordedEvent[] = [];
  for (const type of RESULT_EVENTS) target.addEventListener(type, (event) => events.push({ type, detail: (event as CustomEvent).detail }));
  const next = (types: readonly string[] = RESULT_EVENTS, timeoutMs = 10_000) =>
    waitFor(() => events.find((event) => types.includes(event.type)), timeoutMs, `one of ${types.join(', ')}`);
  return { events, next };
}

const mounted: Element[] = [];

/** A `<pay-glomo-checkout>` with the sandbox's public key and `attributes`, in this page. */
export async function mountCheckout(attributes: Record<string, string>): Promise<MountedCheckout> {
  const element = document.createElement('pay-glomo-checkout');
  element.setAttribute('public-key', SANDBOX_PUBLIC_KEY);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  const recorder = recordEvents(element); // before connecting: a configuration error comes with the first render
  document.body.append(element);
  mounted.push(element);
  await element.updateComplete;
  return { element, ...recorder };
}

export function unmountAll(): void {
  for (const element of mounted.splice(0)) element.remove();
}

/** A part of the element's shadow DOM. */
export function part(element: Element, name: string): HTMLElement | null {
  return element.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
}

/** A real mouse click in the middle of `target` (in this page or a same-origin frame's, offset by `frame`). */
export async function realClick(target: Element, frame?: HTMLIFrameElement): Promise<void> {
  const box = target.getBoundingClientRect();
  const offset = frame?.getBoundingClientRect() ?? { x: 0, y: 0 };
  await sendMouse({ type: 'click', position: [Math.round(offset.x + box.x + box.width / 2), Math.round(offset.y + box.y + box.height / 2)] });
}

/** Counts `window.open` calls of `view` and keeps the windows they returned, until `restore()`. */
export function watchWindowOpen(view: Window = window): { opened: (Window | null)[]; restore(): void } {
  const original = view.open;
  const opened: (Window | null)[] = [];
  view.open = function (...args: Parameters<Window['open']>) {
    const popup = original.apply(view, args);
    opened.push(popup);
    return popup;
  };
  return {
    opened,
    restore() {
      view.open = original;
      for (const popup of opened) popup?.close();
    },
  };
}

/** Requests this page made whose URL contains `part` (the Resource Timing list). */
export function requestsTo(part: string): PerformanceEntry[] {
  return performance.getEntriesByType('resource').filter((entry) => entry.name.includes(part));
}

/** A page of its own (optionally with COOP / inside a sandboxed frame) running one configured element; its events arrive on `events`. */
export function checkoutPageUrl(attributes: Record<string, string>, options: { report: string; coop?: string }): string {
  const module = `/test/fixtures/glomo-checkout/checkout-page-fixture.ts?${new URLSearchParams({ 'public-key': SANDBOX_PUBLIC_KEY, ...attributes, report: options.report })}`;
  const query = new URLSearchParams({ module, ...(options.coop ? { coop: options.coop } : {}) });
  return `/__flows/page?${query}`;
}

/** Listens on the BroadcastChannel a fixture page reports on. */
export function reportChannel(name: string): { events: RecordedEvent[]; next: MountedCheckout['next']; close(): void } {
  const channel = new BroadcastChannel(name);
  const events: RecordedEvent[] = [];
  channel.onmessage = (event) => events.push(event.data as RecordedEvent);
  const next = (types: readonly string[] = RESULT_EVENTS, timeoutMs = 10_000) =>
    waitFor(() => events.find((event) => types.includes(event.type)), timeoutMs, `a reported ${types.join(', ')}`);
  return { events, next, close: () => channel.close() };
}

/** Creates an order through the demo shop's server (as `order-url` would): signed with the shop's key. */
export async function merchantOrder(amount = 2500): Promise<string> {
  const response = await fetch(`/merchant/glomo/order?amount=${amount}&currency=EUR`, { method: 'POST' });
  return ((await response.json()) as { order_id: string }).order_id;
}

/** Records the `order_id`s the merchant's order endpoint hands out to `view`'s fetch calls, until `restore()`. */
export function watchOrders(view: Window = window): { orderIds: string[]; restore(): void } {
  const original = view.fetch;
  const orderIds: string[] = [];
  view.fetch = async function (input: RequestInfo | URL, init?: RequestInit) {
    const response = await original.call(view, input, init);
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    if (url.includes('/merchant/glomo/order')) {
      const body = (await response.clone().json().catch(() => null)) as { order_id?: string } | null;
      if (body?.order_id) orderIds.push(body.order_id);
    }
    return response;
  };
  return { orderIds, restore: () => { view.fetch = original; } };
}

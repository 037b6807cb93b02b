/** Helpers for the flow-primitive tests: a second origin, hosts in shadow roots, frames, waits. */

/** The same test server under another origin (127.0.0.1 instead of localhost): a "provider". */
export const providerOrigin = location.origin.replace('//localhost', '//127.0.0.1');
export const fixture = (path: string, origin = location.origin) => `${origin}/test/fixtures/flows/${path}`;

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** A host element with an open shadow root (what a pay-* element gives the primitives). */
export function shadowHost(doc: Document = document): { host: HTMLElement; root: ShadowRoot } {
  const host = doc.createElement('div');
  const root = host.attachShadow({ mode: 'open' });
  doc.body.append(host);
  return { host, root };
}

/** An iframe showing `src`, once loaded. */
export async function loadedFrame(src: string, sandbox?: string[]): Promise<HTMLIFrameElement> {
  const iframe = document.createElement('iframe');
  if (sandbox) iframe.sandbox.add(...sandbox);
  const loaded = new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
  iframe.src = src;
  document.body.append(iframe);
  await loaded;
  return iframe;
}

/** The focused element, looking into shadow roots. */
export function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Whether `promise` settles within `ms` (without consuming it). */
export async function settlesWithin(promise: Promise<unknown>, ms: number): Promise<boolean> {
  return Promise.race([promise.then(() => true), sleep(ms).then(() => false)]);
}

/** The first message from `channel` (BroadcastChannel) within `ms`. */
export function nextBroadcast<T>(channel: string, ms = 10_000): Promise<T> {
  const bc = new BroadcastChannel(channel);
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => { bc.close(); reject(new Error(`nothing on ${channel} within ${ms} ms`)); }, ms);
    bc.onmessage = (event) => { clearTimeout(timer); bc.close(); resolve(event.data as T); };
  });
}

/** The first `window` message whose data has `type`. */
export function nextWindowMessage<T>(type: string, ms = 10_000): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => { removeEventListener('message', onMessage); reject(new Error(`no ${type} message`)); }, ms);
    function onMessage(event: MessageEvent) {
      if (event.data?.type !== type) return;
      clearTimeout(timer);
      removeEventListener('message', onMessage);
      resolve(event.data as T);
    }
    addEventListener('message', onMessage);
  });
}

import { sendMouse } from '@web/test-runner-commands';

/** Browser-side helpers for the tests of the sandbox's hosted pages. */

/** Glomo's signature computed with WebCrypto, independently of the sandbox. */
export async function glomoSignature(secretKey: string, orderId: string, paymentId: string, status: string): Promise<string> {
  const encoder = new TextEncoder();
  const key = await crypto.subtle.importKey('raw', encoder.encode(secretKey), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  const mac = await crypto.subtle.sign('HMAC', key, encoder.encode(`${orderId}|${paymentId}|${status}`));
  return [...new Uint8Array(mac)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** Resolves with the first truthy value of `probe`, polling; rejects after `timeoutMs`. */
export async function waitFor<T>(
  probe: () => T | null | undefined | false | Promise<T | null | undefined | false>,
  timeoutMs = 5000,
  what = 'condition',
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The URL of `win` once it is back on the test page's origin at the merchant return page (null before). */
export function returnedUrl(win: Window | null | undefined): URL | null {
  try {
    return win && win.location.pathname === '/__sandbox/return' ? new URL(win.location.href) : null;
  } catch {
    return null; // still on the sandbox's origin
  }
}

/** An iframe showing `src`, big enough to click in; removed by `removeFrames()`. */
export function mountFrame(src: string): HTMLIFrameElement {
  const iframe = document.createElement('iframe');
  iframe.src = src;
  iframe.title = 'hosted page';
  iframe.style.cssText = 'width: 480px; height: 520px; border: 1px solid #999; display: block;';
  iframe.dataset.sandboxTest = '';
  document.body.append(iframe);
  return iframe;
}

export function removeFrames(): void {
  for (const frame of document.querySelectorAll('iframe[data-sandbox-test]')) frame.remove();
}

/**
 * Calls `action` from a real click on a button (a trusted user gesture, as a Pay button gives
 * the SDK's `window.open`), and resolves with what it returned.
 */
export async function onRealClick<T>(action: () => T): Promise<T> {
  const button = document.createElement('button');
  button.textContent = 'Pay';
  button.style.cssText = 'position: fixed; top: 8px; left: 8px; width: 120px; height: 40px; z-index: 10;';
  const clicked = new Promise<T>((resolve) => button.addEventListener('click', () => resolve(action()), { once: true }));
  document.body.append(button);
  const box = button.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)] });
  try {
    return await clicked;
  } finally {
    button.remove();
  }
}

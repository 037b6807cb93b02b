import { executeServerCommand } from '@web/test-runner-commands';

/**
 * Browser-side access to the provider sandbox the test run started (test/support/sandbox-plugin.mjs):
 * its origin, URLs on it, fake keys, order/payment set-up through its API, and real clicks and
 * key presses in its hosted pages (cross-origin iframes and popups the test page can't script).
 */

/** Fake keys the sandbox accepts (any `sk_test_…` / `pk_test_…`). */
export const SANDBOX_SECRET_KEY = 'sk_test_pay_elements_tests';
export const SANDBOX_PUBLIC_KEY = 'pk_test_pay_elements_tests';

let origin: Promise<string> | undefined;

/** `http://127.0.0.1:PORT` of the sandbox started for this run. */
export function sandboxOrigin(): Promise<string> {
  origin ??= fetch('/__sandbox/origin')
    .then((response) => response.json())
    .then((body: { origin: string }) => body.origin);
  return origin;
}

/** An absolute URL on the sandbox: `sandboxUrl('/glomo/sdk/index.js', { __fault: 'mime' })`. */
export async function sandboxUrl(path: string, query: Record<string, string> = {}): Promise<string> {
  const url = new URL(path, await sandboxOrigin());
  for (const [name, value] of Object.entries(query)) url.searchParams.set(name, value);
  return url.href;
}

/** A page on the test server's own origin (the "merchant") the sandbox can send the browser back to. */
export function merchantReturnUrl(query: Record<string, string> = {}): string {
  const url = new URL('/__sandbox/return', location.origin);
  for (const [name, value] of Object.entries(query)) url.searchParams.set(name, value);
  return url.href;
}

async function callSandboxApi<T>(path: string, body?: unknown, secretKey = SANDBOX_SECRET_KEY): Promise<T> {
  const response = await fetch(await sandboxUrl(path), {
    method: body === undefined ? 'GET' : 'POST',
    headers: { Authorization: `Bearer ${secretKey}`, 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const json = await response.json();
  if (!response.ok) throw new Error(`sandbox ${path}: ${response.status} ${JSON.stringify(json)}`);
  return json as T;
}

/** Creates a Glomo order (as the merchant's server would) and returns its id. */
export async function createGlomoOrder(options: { amount?: number; currency?: string; secretKey?: string } = {}): Promise<string> {
  const order = await callSandboxApi<{ order_id: string }>('/api/v1/orders', { amount: options.amount ?? 1050, currency: options.currency ?? 'EUR' }, options.secretKey);
  return order.order_id;
}

export interface GlomoPaymentStarted {
  payment_id: string;
  status: 'pending';
  next_steps: { action: 'redirect' | 'poll'; payload: { url: string; interval_in_ms?: number } }[];
}

/** Starts a Glomo S2S card payment for `orderId` (test card 4111…), as the merchant's server would. */
export function createGlomoPayment(orderId: string, callbackUrl: string, secretKey?: string): Promise<GlomoPaymentStarted> {
  const card = { holder_name: 'Test Shopper', number: '4111111111111111', expiry_month: '12', expiry_year: String(new Date().getFullYear() + 2), cvv: '123' };
  return callSandboxApi('/api/v1/payment', { order_id: orderId, method: 'card', card, callback_url: callbackUrl }, secretKey);
}

/** The payment object `GET /api/v1/payment/{id}` returns. */
export function getGlomoPayment(paymentId: string, secretKey?: string): Promise<{ payment_id: string; order_id: string; status: string; error?: { code: string; message: string } }> {
  return callSandboxApi(`/api/v1/payment/${encodeURIComponent(paymentId)}`, undefined, secretKey);
}

/** Clicks `selector` in the hosted page (iframe or popup) whose URL contains `urlPart`, like a shopper. */
export async function clickInHostedPage(urlPart: string, selector: string): Promise<void> {
  await executeServerCommand('sandbox-click', { urlPart, selector });
}

/** Focuses `selector` in the hosted page whose URL contains `urlPart` and types `text` key by key. */
export async function typeInHostedPage(urlPart: string, selector: string, text: string): Promise<void> {
  await executeServerCommand('sandbox-type', { urlPart, selector, text });
}

/** The text a shopper sees in `selector` of the hosted page whose URL contains `urlPart`. */
export async function hostedPageText(urlPart: string, selector: string): Promise<string> {
  return (await executeServerCommand('sandbox-text', { urlPart, selector })) as string;
}

/** One server command must answer within web-test-runner's 20 s: longer waits are asked in slices. */
const COMMAND_SLICE_MS = 12_000;

/** Whether a hosted page whose URL contains `urlPart` shows `selector` within `waitMs`. */
export async function hostedPageHas(urlPart: string, selector: string, waitMs = 5000): Promise<boolean> {
  for (let left = waitMs; ; left -= COMMAND_SLICE_MS) {
    const slice = Math.min(left, COMMAND_SLICE_MS);
    if ((await executeServerCommand('sandbox-exists', { urlPart, selector, waitMs: slice })) as boolean) return true;
    if (left <= COMMAND_SLICE_MS) return false;
  }
}

/** Closes the popup whose URL contains `urlPart` (e.g. one a COOP header cut off from the test page). */
export async function closeHostedPopup(urlPart: string): Promise<void> {
  await executeServerCommand('sandbox-close-page', { urlPart });
}

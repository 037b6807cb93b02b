import { createHmac } from 'node:crypto';
import { after, before } from 'node:test';
import { startSandbox, type RunningSandbox, type SandboxOptions } from '../../../sandbox/server.js';

/** Node-side helpers for the sandbox tests: one sandbox per test file, on a free port. */

export const SECRET_KEY = 'sk_test_merchant_one';
export const OTHER_SECRET_KEY = 'sk_test_merchant_two';
export const PUBLIC_KEY = 'pk_test_merchant_one';

/** Starts a sandbox before the file's tests and closes it after; `sandbox.origin` is valid inside tests. */
export function useSandbox(options: SandboxOptions = {}): { readonly origin: string; readonly running: RunningSandbox } {
  let running: RunningSandbox | undefined;
  before(async () => {
    running = await startSandbox({ port: 0, ...options });
  });
  after(() => running?.close());
  return {
    get origin() {
      return running!.origin;
    },
    get running() {
      return running!;
    },
  };
}

/** Glomo's documented signature, computed here independently of the sandbox's code. */
export function expectedSignature(orderId: string, paymentId: string, status: string, secretKey = SECRET_KEY): string {
  return createHmac('sha256', secretKey).update(`${orderId}|${paymentId}|${status}`).digest('hex');
}

export function validCard() {
  return { holder_name: 'Ada Lovelace', number: '4111111111111111', expiry_month: '09', expiry_year: String(new Date().getFullYear() + 3), cvv: '123' };
}

export async function callApi(
  origin: string,
  path: string,
  init: { method?: string; key?: string | null; body?: unknown; rawBody?: string } = {},
): Promise<{ status: number; body: any; response: Response }> {
  const headers: Record<string, string> = { 'Content-Type': 'application/json' };
  if (init.key !== null) headers.Authorization = `Bearer ${init.key ?? SECRET_KEY}`;
  const response = await fetch(origin + path, {
    method: init.method ?? (init.body !== undefined || init.rawBody !== undefined ? 'POST' : 'GET'),
    headers,
    body: init.rawBody ?? (init.body === undefined ? undefined : JSON.stringify(init.body)),
  });
  const text = await response.text();
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    // not JSON: keep the text
  }
  return { status: response.status, body, response };
}

export async function createOrder(origin: string, key = SECRET_KEY, amount = 1050, currency = 'EUR'): Promise<string> {
  const { status, body } = await callApi(origin, '/api/v1/orders', { key, body: { amount, currency } });
  if (status !== 201) throw new Error(`order not created: ${status} ${JSON.stringify(body)}`);
  return body.order_id;
}

export async function createPayment(origin: string, orderId: string, callbackUrl = 'https://shop.example/glomo/callback?shop=1', key = SECRET_KEY) {
  const { status, body } = await callApi(origin, '/api/v1/payment', {
    key,
    body: { order_id: orderId, method: 'card', card: validCard(), callback_url: callbackUrl },
  });
  if (status !== 200) throw new Error(`payment not created: ${status} ${JSON.stringify(body)}`);
  return body as { payment_id: string; status: string; next_steps: { action: string; payload: { url: string; interval_in_ms?: number } }[] };
}

/** Submits a hosted page's form like a browser would (urlencoded), without following the redirect. */
export function postForm(url: string, fields: Record<string, string>): Promise<Response> {
  return fetch(url, { method: 'POST', body: new URLSearchParams(fields), redirect: 'manual' });
}

/** The JSON in the result page's `data-message` attribute (HTML-unescaped), as the page's script reads it. */
export function resultMessage(page: string): any {
  const match = /data-message="([^"]*)"/.exec(page);
  if (!match) throw new Error('no result message in the page');
  const unescaped = match[1]!.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
  return JSON.parse(unescaped);
}

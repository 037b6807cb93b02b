/// <reference types="node" />
// Shared fixtures for the server tests: a real sandbox per test file, a test card, fault switches.
import { startSandbox } from '../../../sandbox/server.js';

export const SECRET_KEY = 'sk_test_server_helpers';
export const CARD = { holder_name: 'Ada Lovelace', number: '4111111111111111', expiry_month: '09', expiry_year: '2030', cvv: '123' };

export type Sandbox = Awaited<ReturnType<typeof startSandbox>>;

export function start(pollIntervalMs = 1234): Promise<Sandbox> {
  return startSandbox({ port: 0, pollIntervalMs, slowMs: 200 });
}

/** `fetch` that adds the sandbox's per-request fault switches (`__fault=…`) to every URL it is given. */
export function faultyFetch(switches: Record<string, string>): typeof fetch {
  return (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    for (const [name, value] of Object.entries(switches)) url.searchParams.set(name, value);
    return fetch(url, init);
  };
}

/**
 * Plays the shopper on the hosted 3-D Secure page: opens it, presses a button, and returns where
 * the browser is sent next (Glomo's callback URL with its signed query).
 */
export async function authenticate(redirectUrl: string, decision: 'approve' | 'decline' | 'cancel'): Promise<string> {
  const page = await fetch(redirectUrl);
  if (!page.ok || !(await page.text()).includes('Approve')) throw new Error(`authentication page: HTTP ${page.status}`);
  const paymentId = new URL(redirectUrl).searchParams.get('paymentId')!;
  const answer = await fetch(new URL('/glomo/authenticate', redirectUrl), {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ paymentId, decision }),
  });
  const location = answer.headers.get('location');
  if (answer.status !== 303 || !location) throw new Error(`authentication decision: HTTP ${answer.status}`);
  return new URL(location, redirectUrl).href;
}

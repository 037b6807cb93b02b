import { createHmac } from 'node:crypto';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before } from 'node:test';
import { callApi } from './helpers.js';

/** Node-side helpers for the PayGlobe sandbox tests. */

export const PK = 'pk_test_payglobe_one';
export const OTHER_PK = 'pk_test_payglobe_two';
export const SK = 'sk_test_payglobe_one';

export interface ReceivedWebhook {
  rawBody: string;
  headers: IncomingHttpHeaders;
  event: any;
}

/** A merchant webhook endpoint on a free loopback port that records every POST (answering `status`). */
export function useWebhookReceiver(status = 200): { readonly url: string; readonly received: ReceivedWebhook[] } {
  const received: ReceivedWebhook[] = [];
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const rawBody = Buffer.concat(chunks).toString('utf8');
      received.push({ rawBody, headers: request.headers, event: JSON.parse(rawBody) });
      response.writeHead(status).end('OK');
    });
  });
  let url = '';
  before(async () => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/webhook`;
  });
  after(() => new Promise<void>((resolve) => server.close(() => resolve())));
  return { get url() { return url; }, received };
}

/** The documented signatures, computed here independently of the sandbox's code. */
export function expectedSignatures(rawBody: string, secret: string, timestamp: number) {
  return {
    base64: createHmac('sha256', secret).update(rawBody).digest('base64'),
    stripe: `t=${timestamp},v1=${createHmac('sha256', secret).update(`${timestamp}.${rawBody}`).digest('hex')}`,
  };
}

/** `POST /api/payment/initiate` as payglobe.js sends it. */
export async function initiate(origin: string, body: Record<string, unknown>, key = PK) {
  return callApi(origin, '/api/payment/initiate', { key, body });
}

export async function initiated(origin: string, body: Record<string, unknown> = {}, key = PK): Promise<{ id: string; checkoutUrl: string }> {
  const { status, body: json } = await initiate(origin, { amount: 150, email: 'shopper@example.com', ...body }, key);
  if (status !== 200) throw new Error(`payment not created: ${status} ${JSON.stringify(json)}`);
  return json;
}

export async function retrieve(origin: string, id: string, key = PK) {
  return callApi(origin, `/api/payment/initiate/${encodeURIComponent(id)}`, { key });
}

/** Posts one hosted-checkout step like the page's form (urlencoded), without following the 303. */
export async function step(origin: string, paymentId: string, name: string, fields: Record<string, string>, embedded = false): Promise<{ status: number; location: string | null; text: string }> {
  const response = await fetch(`${origin}/payglobe/checkout/${name}`, {
    method: 'POST',
    body: new URLSearchParams({ paymentId, ...(embedded ? { embedded: '1' } : {}), ...fields }),
    redirect: 'manual',
  });
  return { status: response.status, location: response.headers.get('location'), text: await response.text() };
}

/** The step the hosted checkout shows now (`data-step` of its main element). */
export async function currentStep(origin: string, paymentId: string): Promise<string> {
  const page = await (await fetch(`${origin}/payglobe/checkout?paymentId=${encodeURIComponent(paymentId)}`)).text();
  return /data-step="([a-z]+)"/.exec(page)?.[1] ?? 'none';
}

/** Runs the PREAUTH flow to the end with the given choice. */
export async function payWithChoice(origin: string, id: string, method: string, voucherAmount = '', otp = '123456', capture = 'capture') {
  await step(origin, id, 'card', { action: 'approve' });
  await step(origin, id, 'choice', { action: 'choose', paymentMethod: method, voucherAmount });
  if (method !== 'CARD_ONLY') await step(origin, id, 'otp', { action: 'confirm', otp });
  return step(origin, id, 'capture', { action: capture });
}

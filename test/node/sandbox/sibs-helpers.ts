import { createDecipheriv } from 'node:crypto';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import { once } from 'node:events';
import type { AddressInfo } from 'node:net';

/** Node-side helpers for the SIBS sandbox tests: credentials, calls as a merchant server makes them, a webhook receiver. */

export const TOKEN = '0276b80f950fb446c6addaccd121abfbbb.sandbox-token-one';
export const CLIENT_ID = 'd0b06805-8371-47e2-80c8-946eaa083f2e';
export const OTHER_CLIENT_ID = '784ad796-b6bc-4857-b6a5-c32354b5679c';
export const OTHER_TOKEN = 'another-merchant-token-0000';
export const TERMINAL_ID = 55711;

export interface SibsCall {
  status: number;
  body: any;
  response: Response;
}

export async function sibsCall(
  origin: string,
  path: string,
  init: { method?: string; authorization?: string | null; clientId?: string | null; body?: unknown; rawBody?: string } = {},
): Promise<SibsCall> {
  const headers: Record<string, string> = { 'Content-Type': 'application/json' };
  const authorization = init.authorization === undefined ? `Bearer ${TOKEN}` : init.authorization;
  if (authorization !== null) headers.Authorization = authorization;
  const clientId = init.clientId === undefined ? CLIENT_ID : init.clientId;
  if (clientId !== null) headers['X-IBM-Client-Id'] = clientId;
  const hasBody = init.body !== undefined || init.rawBody !== undefined;
  const response = await fetch(origin + path, {
    method: init.method ?? (hasBody ? 'POST' : 'GET'),
    headers,
    body: init.rawBody ?? (init.body === undefined ? undefined : JSON.stringify(init.body)),
    redirect: 'manual',
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

/** A create-checkout body as the public integrations send it. */
export function createBody(methods: string[] = ['CARD', 'MBWAY', 'REFERENCE'], overrides: { value?: number; returnUrl?: string; finalDatetime?: string } = {}) {
  const value = overrides.value ?? 50;
  const amount = { value, currency: 'EUR' };
  return {
    merchant: { terminalId: TERMINAL_ID, channel: 'web', merchantTransactionId: `order-${Math.random().toString(36).slice(2, 10)}`, ...(overrides.returnUrl ? { returnUrl: overrides.returnUrl } : {}) },
    transaction: {
      transactionTimestamp: new Date().toISOString(),
      description: 'Test order',
      moto: false,
      paymentType: 'PURS',
      amount,
      paymentMethod: methods,
      ...(methods.includes('REFERENCE')
        ? {
            paymentReference: {
              entity: '24000', minAmount: amount, maxAmount: amount,
              initialDatetime: new Date().toISOString(),
              finalDatetime: overrides.finalDatetime ?? new Date(Date.now() + 3 * 86_400_000).toISOString(),
            },
          }
        : {}),
    },
  };
}

export async function createCheckout(origin: string, ...args: Parameters<typeof createBody>): Promise<{ transactionID: string; transactionSignature: string }> {
  const created = await sibsCall(origin, '/api/v2/payments', { body: createBody(...args) });
  if (created.status !== 200) throw new Error(`checkout not created: ${created.status} ${JSON.stringify(created.body)}`);
  return created.body;
}

export function cardInfo(PAN = '4111111111111111', validationDate = `${new Date().getUTCFullYear() + 3}-09-30T23:59:59.000Z`) {
  return { cardInfo: { PAN, secureCode: '123', validationDate, cardholderName: 'Ada Lovelace', createToken: false } };
}

/** `POST …/{id}/<method path>` with the transaction's Digest. */
export function methodCall(origin: string, checkout: { transactionID: string; transactionSignature: string }, path: string, body: unknown = {}) {
  return sibsCall(origin, `/api/v2/payments/${checkout.transactionID}/${path}`, { authorization: `Digest ${checkout.transactionSignature}`, body });
}

export function statusOf(origin: string, transactionID: string) {
  return sibsCall(origin, `/api/v2/payments/${transactionID}/status`);
}

/** Submits a hosted page's form like a browser would (urlencoded), without following the redirect. */
export function postForm(url: string, fields: Record<string, string>): Promise<Response> {
  return fetch(url, { method: 'POST', body: new URLSearchParams(fields), redirect: 'manual' });
}

export interface ReceivedWebhook {
  headers: IncomingHttpHeaders;
  body: string;
}

/** A local HTTP server that records what is posted to it and answers like a merchant would (SIBS's ack). */
export async function startWebhookReceiver(answer: (body: string) => { status: number; body: string } = () => ({ status: 200, body: '{"statusCode":"200","statusMsg":"Success"}' })) {
  const received: ReceivedWebhook[] = [];
  const server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk));
    request.on('end', () => {
      received.push({ headers: request.headers, body });
      const reply = answer(body);
      response.writeHead(reply.status, { 'Content-Type': 'application/json' }).end(reply.body);
    });
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/sibs/webhook`, received, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

/** Decrypts a SIBS webhook with Node's own AES-GCM, independently of the library and the sandbox. */
export function decryptWithNode(body: string, iv: string, tag: string, secret: string): string {
  const decipher = createDecipheriv('aes-256-gcm', Buffer.from(secret, 'base64'), Buffer.from(iv, 'base64'));
  decipher.setAuthTag(Buffer.from(tag, 'base64'));
  return Buffer.concat([decipher.update(Buffer.from(body, 'base64')), decipher.final()]).toString('utf8');
}

/** Waits until `check` returns a value (or fails after `ms`). */
export async function eventually<T>(check: () => T | undefined | Promise<T | undefined>, ms = 3000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

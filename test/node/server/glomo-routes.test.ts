/// <reference types="node" />
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { getRequestListener } from '@hono/node-server';
import { createGlomoClient, createGlomoRoutes, type GlomoOrderChoice, type GlomoRoutesOptions } from '../../../src/server/index.js';
import { readGlomoCallback } from '../../../src/providers/glomo/index.js';
import { CARD, SECRET_KEY, authenticate, faultyFetch, start, type Sandbox } from './glomo-sandbox.js';

const SHOP = 'http://127.0.0.1:4000';
const RETURN_URL = '/checkout/return?step=done';

let sandbox: Sandbox;
before(async () => { sandbox = await start(1500); });
after(() => sandbox.close());

function routesFor(overrides: Partial<GlomoRoutesOptions> = {}) {
  return createGlomoRoutes({
    secretKey: SECRET_KEY,
    baseUrl: sandbox.origin,
    basePath: '/api/glomo',
    order: () => ({ amount: 2500, currency: 'EUR' }),
    returnUrl: RETURN_URL,
    ...overrides,
  });
}

const postJson = (path: string, body: unknown, headers: Record<string, string> = {}) =>
  new Request(`${SHOP}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: typeof body === 'string' ? body : JSON.stringify(body) });

async function errorOf(response: Response): Promise<{ status: number; code: string; message: string }> {
  assert.match(response.headers.get('content-type') ?? '', /application\/json/);
  const body = (await response.json()) as { error: { code: string; message: string } };
  return { status: response.status, code: body.error.code, message: body.error.message };
}

/** POST { card } through the routes; the provider's payment response. */
async function pay(routes: ReturnType<typeof routesFor>) {
  const response = await routes.fetch(postJson('/api/glomo/payment', { card: CARD }));
  assert.equal(response.status, 200, await response.clone().text());
  return (await response.json()) as { payment_id: string; status: string; next_steps: Array<{ action: string; payload: { url: string; interval_in_ms?: number } }> };
}

describe('createGlomoRoutes: the card flow end to end against the sandbox', () => {
  it('pays, polls pending, authenticates, verifies the callback and sends the shopper to the return page', async () => {
    const routes = routesFor();
    const payment = await pay(routes);
    assert.equal(payment.status, 'pending');
    const redirect = payment.next_steps.find((step) => step.action === 'redirect')!;
    assert.equal(payment.next_steps.find((step) => step.action === 'poll')!.payload.interval_in_ms, 1500);

    const pending = await routes.fetch(new Request(`${SHOP}/api/glomo/payment/${payment.payment_id}`));
    assert.equal(pending.status, 200);
    assert.equal(pending.headers.get('cache-control'), 'no-store');
    assert.deepEqual(pick(await pending.json(), 'payment_id', 'status'), { payment_id: payment.payment_id, status: 'pending' });

    const callback = await authenticate(redirect.payload.url, 'approve');
    assert.equal(new URL(callback).href.startsWith(`${SHOP}/api/glomo/callback?`), true, 'callback_url defaults to <basePath>/callback');
    const back = await routes.fetch(new Request(callback));
    assert.equal(back.status, 303);
    const location = new URL(back.headers.get('location')!);
    assert.equal(`${location.origin}${location.pathname}`, `${SHOP}/checkout/return`);
    assert.equal(location.searchParams.get('step'), 'done', 'the return URL keeps its own query');
    assert.equal(location.searchParams.get('verified'), '1');
    assert.equal(location.searchParams.get('payment_id'), payment.payment_id);

    const reading = readGlomoCallback(location.href);
    assert.ok(reading.ok);
    assert.equal(reading.result.status, 'succeeded');
    assert.equal(reading.result.paymentId, payment.payment_id);

    const done = await routes.fetch(new Request(`${SHOP}/api/glomo/payment/${payment.payment_id}`));
    assert.equal(((await done.json()) as { status: string }).status, 'success');
  });

  it('forwards a verified decline with Glomo’s error message', async () => {
    const routes = routesFor();
    const payment = await pay(routes);
    const callback = await authenticate(payment.next_steps[0]!.payload.url, 'decline');
    const location = new URL((await routes.fetch(new Request(callback))).headers.get('location')!);
    assert.equal(location.searchParams.get('status'), 'failed');
    assert.equal(location.searchParams.get('verified'), '1');
    const reading = readGlomoCallback(location.href);
    assert.ok(reading.ok);
    assert.equal(reading.result.status, 'failed');
    assert.equal(reading.result.error?.message, 'The card issuer declined the payment');
  });

  it('uses the merchant’s existing order and an explicit callback URL', async () => {
    const order = await createGlomoClient({ secretKey: SECRET_KEY, baseUrl: sandbox.origin }).createOrder({ amount: 990, currency: 'USD' });
    const routes = routesFor({ order: () => ({ orderId: order.order_id }), callbackUrl: 'http://localhost:4000/glomo/back' });
    const payment = await pay(routes);
    const callback = new URL(await authenticate(payment.next_steps[0]!.payload.url, 'approve'));
    assert.equal(`${callback.origin}${callback.pathname}`, 'http://localhost:4000/glomo/back');
    assert.equal(callback.searchParams.get('order_id'), order.order_id);
  });

  it('verifies a callback on another instance (no shared memory) by asking Glomo for the payment’s order', async () => {
    const payment = await pay(routesFor());
    const callback = await authenticate(payment.next_steps[0]!.payload.url, 'approve');
    const location = new URL((await routesFor().fetch(new Request(callback))).headers.get('location')!);
    assert.equal(location.searchParams.get('verified'), '1');
  });

  it('answers the order route with the order id (for <pay-glomo-checkout order-id>)', async () => {
    const response = await routesFor().fetch(new Request(`${SHOP}/api/glomo/order`, { method: 'POST' }));
    assert.equal(response.status, 200);
    assert.match(((await response.json()) as { order_id: string }).order_id, /^order_/);
  });
});

describe('createGlomoRoutes: forged and tampered callbacks', () => {
  const refused = (response: Response) => {
    assert.equal(response.status, 303);
    const location = new URL(response.headers.get('location')!);
    assert.equal(location.searchParams.get('error'), 'invalid_signature');
    assert.equal(location.searchParams.get('verified'), null);
    assert.equal(location.searchParams.get('status'), null);
    const reading = readGlomoCallback(location.href);
    assert.equal(reading.ok, false);
  };

  it('refuses a tampered signature', async () => {
    const routes = routesFor();
    const payment = await pay(routes);
    const callback = new URL(await authenticate(payment.next_steps[0]!.payload.url, 'decline'));
    callback.searchParams.set('status', 'success');
    refused(await routes.fetch(new Request(callback)));
    const flipped = new URL(callback);
    const signature = flipped.searchParams.get('signature')!;
    flipped.searchParams.set('signature', `${signature.slice(0, -1)}${signature.endsWith('0') ? '1' : '0'}`);
    refused(await routes.fetch(new Request(flipped)));
  });

  it('refuses a genuine callback relabelled with another order, and judges each payment against its own order', async () => {
    const routes = routesFor();
    const cheap = await pay(routes);
    const dear = await pay(routes);
    const cheapCallback = new URL(await authenticate(cheap.next_steps[0]!.payload.url, 'approve'));
    const dearOrder = ((await (await routes.fetch(new Request(`${SHOP}/api/glomo/payment/${dear.payment_id}`))).json()) as { order_id: string }).order_id;
    const relabelled = new URL(cheapCallback);
    relabelled.searchParams.set('order_id', dearOrder);
    refused(await routes.fetch(new Request(relabelled)));
    // The same callback, as Glomo sent it, is genuine for the cheap order.
    assert.equal(new URL((await routes.fetch(new Request(cheapCallback))).headers.get('location')!).searchParams.get('verified'), '1');
  });

  for (const [what, query] of [
    ['an empty query', ''],
    ['a malformed payment id', '?order_id=o&payment_id=../../x&status=success&signature=' + 'a'.repeat(64)],
    ['an unknown payment', '?order_id=order_X&payment_id=payt_unknown&status=success&signature=' + 'a'.repeat(64)],
    ['a wrong-length signature', '?order_id=order_X&payment_id=payt_unknown&status=success&signature=abc'],
  ] as const) {
    it(`refuses ${what}`, async () => {
      refused(await routesFor().fetch(new Request(`${SHOP}/api/glomo/callback${query}`)));
    });
  }
});

describe('createGlomoRoutes: bad input is a JSON 4xx, never a throw', () => {
  it('checks the method, the content type, the JSON and the size of a payment request', async () => {
    const routes = routesFor();
    assert.deepEqual(pick(await errorOf(await routes.fetch(new Request(`${SHOP}/api/glomo/payment`))), 'status', 'code'), { status: 405, code: 'method_not_allowed' });
    const textBody = new Request(`${SHOP}/api/glomo/payment`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: JSON.stringify({ card: CARD }) });
    assert.equal((await errorOf(await routes.fetch(textBody))).status, 415);
    assert.deepEqual(pick(await errorOf(await routes.fetch(postJson('/api/glomo/payment', '{"card":'))), 'status', 'code'), { status: 400, code: 'invalid_json' });
    assert.equal((await errorOf(await routes.fetch(postJson('/api/glomo/payment', { card: CARD, pad: 'x'.repeat(20_000) })))).status, 413);
  });

  it('names the invalid card fields without echoing any card data', async () => {
    const routes = routesFor();
    const error = await errorOf(await routes.fetch(postJson('/api/glomo/payment', { card: { ...CARD, number: '4111 1111 1111 1111', cvv: '12' } })));
    assert.equal(error.status, 400);
    assert.equal(error.code, 'invalid_card');
    assert.match(error.message, /card\.number/);
    assert.match(error.message, /card\.cvv/);
    assert.doesNotMatch(error.message, /4111|Ada/);
    assert.equal((await errorOf(await routes.fetch(postJson('/api/glomo/payment', [])))).code, 'invalid_card');
    assert.equal((await errorOf(await routes.fetch(postJson('/api/glomo/payment', null)))).code, 'invalid_card');
  });

  it('answers 500 when the merchant’s order function throws or returns nonsense', async () => {
    const throwing = routesFor({ order: () => { throw new Error('db down'); } });
    const thrown = await errorOf(await throwing.fetch(postJson('/api/glomo/payment', { card: CARD })));
    assert.deepEqual(pick(thrown, 'status', 'code'), { status: 500, code: 'order_failed' });
    assert.doesNotMatch(thrown.message, /db down/);
    const nonsense = routesFor({ order: () => ({ amount: 12.5, currency: 'euro' }) as GlomoOrderChoice });
    assert.deepEqual(pick(await errorOf(await nonsense.fetch(postJson('/api/glomo/payment', { card: CARD }))), 'status', 'code'), { status: 500, code: 'invalid_config' });
  });

  it('relays what Glomo refused: an unknown order id (as 502, the shop’s fault) and an unknown payment (404)', async () => {
    const routes = routesFor({ order: () => ({ orderId: 'order_nosuchorder' }) });
    assert.equal((await errorOf(await routes.fetch(postJson('/api/glomo/payment', { card: CARD })))).status, 502);
    const unknown = await errorOf(await routes.fetch(new Request(`${SHOP}/api/glomo/payment/payt_nosuchpayment`)));
    assert.deepEqual(pick(unknown, 'status', 'code'), { status: 404, code: 'NOT_FOUND' });
    assert.equal((await errorOf(await routes.fetch(new Request(`${SHOP}/api/glomo/payment/bad%2Fid`)))).code, 'invalid_payment_id');
    assert.equal((await errorOf(await routes.fetch(new Request(`${SHOP}/api/glomo/payment/%E0%A4%A`)))).code, 'invalid_payment_id');
  });

  it('answers 502 when Glomo fails and 504 when it stalls', async () => {
    const failing = routesFor({ fetch: faultyFetch({ __fault: '500' }) });
    assert.deepEqual(pick(await errorOf(await failing.fetch(postJson('/api/glomo/payment', { card: CARD }))), 'status', 'code'), { status: 502, code: 'provider_unavailable' });
    const stalled = routesFor({ fetch: faultyFetch({ __fault: 'stall' }), timeoutMs: 300 });
    assert.deepEqual(pick(await errorOf(await stalled.fetch(postJson('/api/glomo/payment', { card: CARD }))), 'status', 'code'), { status: 504, code: 'timeout' });
    const mime = routesFor({ fetch: faultyFetch({ __fault: 'mime' }) });
    assert.deepEqual(pick(await errorOf(await mime.fetch(postJson('/api/glomo/payment', { card: CARD }))), 'status', 'code'), { status: 502, code: 'invalid_response' });
  });

  it('answers 404 outside its base path and for unknown endpoints', async () => {
    const routes = routesFor();
    assert.equal((await errorOf(await routes.fetch(new Request(`${SHOP}/elsewhere/payment`)))).status, 404);
    assert.equal((await errorOf(await routes.fetch(new Request(`${SHOP}/api/glomo/refunds`)))).status, 404);
    assert.equal((await errorOf(await routes.fetch(new Request(`${SHOP}/api/glomoX/payment`)))).status, 404);
  });

  it('refuses to be created without an order function or a return URL, or with a public key', () => {
    assert.throws(() => routesFor({ order: undefined as unknown as GlomoRoutesOptions['order'] }), /order/);
    assert.throws(() => routesFor({ returnUrl: '' }), /returnUrl/);
    assert.throws(() => routesFor({ secretKey: 'pk_test_abc' }), /secret key/);
  });
});

describe('createGlomoRoutes mounted in a Node HTTP server in one line', () => {
  let server: Server;
  let origin: string;
  before(async () => {
    const routes = routesFor({ returnUrl: 'https://shop.example/return' });
    server = createServer(getRequestListener(routes.fetch));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('serves payment, status and callback over real HTTP', async () => {
    const paid = await fetch(`${origin}/api/glomo/payment`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ card: CARD }) });
    assert.equal(paid.status, 200);
    const payment = (await paid.json()) as { payment_id: string; next_steps: Array<{ payload: { url: string } }> };
    const callback = await authenticate(payment.next_steps[0]!.payload.url, 'approve');
    assert.ok(callback.startsWith(`${origin}/api/glomo/callback?`));
    const back = await fetch(callback, { redirect: 'manual' });
    assert.equal(back.status, 303);
    const location = new URL(back.headers.get('location')!);
    assert.equal(`${location.origin}${location.pathname}`, 'https://shop.example/return');
    assert.equal(location.searchParams.get('verified'), '1');
    const status = await fetch(`${origin}/api/glomo/payment/${payment.payment_id}`);
    assert.equal(((await status.json()) as { status: string }).status, 'success');
  });
});

function pick(value: unknown, ...keys: string[]): Record<string, unknown> {
  const record = value as Record<string, unknown>;
  return Object.fromEntries(keys.map((key) => [key, record[key]]));
}

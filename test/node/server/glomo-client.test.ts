/// <reference types="node" />
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createGlomoClient, GlomoApiError } from '../../../src/server/index.js';
import { CARD, SECRET_KEY, faultyFetch, start, type Sandbox } from './glomo-sandbox.js';

let sandbox: Sandbox;
before(async () => { sandbox = await start(1234); });
after(() => sandbox.close());

/** The GlomoApiError a promise rejects with (fails the test when it resolves or rejects otherwise). */
async function apiError(promise: Promise<unknown>): Promise<GlomoApiError> {
  const error = await promise.then(() => assert.fail('expected a GlomoApiError'), (e: unknown) => e);
  assert.ok(error instanceof GlomoApiError, `expected a GlomoApiError, got ${String(error)}`);
  return error;
}

describe('createGlomoClient against the sandbox', () => {
  it('creates an order, a payment with the documented next steps, and reads the payment back', async () => {
    const client = createGlomoClient({ secretKey: SECRET_KEY, baseUrl: sandbox.origin });
    const order = await client.createOrder({ amount: 5000, currency: 'USD' });
    assert.match(order.order_id, /^order_/);
    const payment = await client.createPayment({ order_id: order.order_id, method: 'card', card: CARD, callback_url: 'http://127.0.0.1:1/callback' });
    assert.match(payment.payment_id, /^payt_/);
    assert.equal(payment.status, 'pending');
    const [redirect, poll] = payment.next_steps as Array<{ action: string; payload: Record<string, unknown> }>;
    assert.equal(redirect!.action, 'redirect');
    assert.equal(poll!.action, 'poll');
    assert.equal(poll!.payload.interval_in_ms, 1234);
    const read = await client.getPayment(payment.payment_id);
    assert.equal(read.payment_id, payment.payment_id);
    assert.equal(read.order_id, order.order_id);
    assert.equal(read.status, 'pending');
  });

  it('turns Glomo’s error body into a GlomoApiError with its status, code and message', async () => {
    const client = createGlomoClient({ secretKey: SECRET_KEY, baseUrl: sandbox.origin });
    const missing = await apiError(client.getPayment('payt_doesnotexist'));
    assert.equal(missing.status, 404);
    assert.equal(missing.code, 'NOT_FOUND');
    assert.match(missing.message, /payt_doesnotexist/);
    const invalid = await apiError(client.createOrder({ amount: -1, currency: 'USD' }));
    assert.equal(invalid.status, 400);
    assert.equal(invalid.code, 'INVALID_REQUEST');
  });

  it('reports a key the sandbox refuses (a live key) as 401', async () => {
    const client = createGlomoClient({ secretKey: 'sk_live_abc', baseUrl: sandbox.origin });
    const error = await apiError(client.createOrder({ amount: 100, currency: 'USD' }));
    assert.equal(error.status, 401);
    assert.equal(error.code, 'UNAUTHORIZED');
  });

  it('reports a provider 500 with its status', async () => {
    const client = createGlomoClient({ secretKey: SECRET_KEY, baseUrl: sandbox.origin, fetch: faultyFetch({ __fault: '500' }) });
    const error = await apiError(client.createOrder({ amount: 100, currency: 'USD' }));
    assert.equal(error.status, 500);
  });

  it('refuses a success with the wrong content type as invalid_response', async () => {
    const client = createGlomoClient({ secretKey: SECRET_KEY, baseUrl: sandbox.origin, fetch: faultyFetch({ __fault: 'mime' }) });
    const error = await apiError(client.createOrder({ amount: 100, currency: 'USD' }));
    assert.equal(error.code, 'invalid_response');
    assert.match(error.message, /text\/plain/);
  });

  it('refuses a malformed body as invalid_response', async () => {
    const client = createGlomoClient({ secretKey: SECRET_KEY, baseUrl: sandbox.origin, fetch: faultyFetch({ __fault: 'malformed' }) });
    const error = await apiError(client.createOrder({ amount: 100, currency: 'USD' }));
    assert.equal(error.code, 'invalid_response');
  });

  it('gives up on a stalled API with a timeout error', async () => {
    const client = createGlomoClient({ secretKey: SECRET_KEY, baseUrl: sandbox.origin, fetch: faultyFetch({ __fault: 'stall' }), timeoutMs: 300 });
    const started = Date.now();
    const error = await apiError(client.createOrder({ amount: 100, currency: 'USD' }));
    assert.equal(error.code, 'timeout');
    assert.equal(error.status, 0);
    assert.ok(Date.now() - started < 5000);
  });

  it('reports an unreachable API as a network error', async () => {
    const closed = await start();
    const origin = closed.origin;
    await closed.close();
    const client = createGlomoClient({ secretKey: SECRET_KEY, baseUrl: origin });
    const error = await apiError(client.getPayment('payt_1'));
    assert.equal(error.code, 'network');
  });
});

describe('createGlomoClient refuses what cannot be safe', () => {
  it('throws where globalThis.window is defined (a browser)', () => {
    const scope = globalThis as { window?: unknown };
    scope.window = {};
    try {
      assert.throws(() => createGlomoClient({ secretKey: SECRET_KEY, baseUrl: sandbox.origin }), /browser/);
    } finally {
      delete scope.window;
    }
    assert.doesNotThrow(() => createGlomoClient({ secretKey: SECRET_KEY, baseUrl: sandbox.origin }));
  });

  for (const key of ['pk_test_abc', 'test_687b0151', 'live_687b0151Bid24PAI', '', undefined]) {
    it(`refuses ${JSON.stringify(key)} as a secret key`, () => {
      assert.throws(() => createGlomoClient({ secretKey: key as string, baseUrl: sandbox.origin }), /secret key/);
    });
  }

  it('refuses to send the key in clear text to a host that is not loopback, or to no URL at all', () => {
    assert.throws(() => createGlomoClient({ secretKey: SECRET_KEY, baseUrl: 'http://api.glomopay.com' }), /https/);
    assert.throws(() => createGlomoClient({ secretKey: SECRET_KEY, baseUrl: 'not a url' }), /not a URL/);
    assert.doesNotThrow(() => createGlomoClient({ secretKey: SECRET_KEY }));
  });
});

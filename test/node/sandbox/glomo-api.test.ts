import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { callApi, createOrder, createPayment, OTHER_SECRET_KEY, PUBLIC_KEY, useSandbox, validCard } from './helpers.js';

const sandbox = useSandbox({ pollIntervalMs: 750 });

function assertError(result: { status: number; body: any }, status: number, code: string, messagePart?: RegExp) {
  assert.equal(result.status, status, JSON.stringify(result.body));
  assert.deepEqual(Object.keys(result.body), ['error']);
  assert.deepEqual(Object.keys(result.body.error).sort(), ['code', 'message']);
  assert.equal(result.body.error.code, code);
  if (messagePart) assert.match(result.body.error.message, messagePart);
}

describe('Glomo API authentication', () => {
  test('a request without Authorization is refused with 401', async () => {
    assertError(await callApi(sandbox.origin, '/api/v1/orders', { key: null, body: { amount: 100, currency: 'EUR' } }), 401, 'UNAUTHORIZED', /Bearer/);
  });

  test('a public key cannot call the API', async () => {
    assertError(await callApi(sandbox.origin, '/api/v1/orders', { key: PUBLIC_KEY, body: { amount: 100, currency: 'EUR' } }), 401, 'UNAUTHORIZED', /public key/);
  });

  test('a live secret key is refused by the sandbox', async () => {
    assertError(await callApi(sandbox.origin, '/api/v1/orders', { key: 'sk_live_abc', body: { amount: 100, currency: 'EUR' } }), 401, 'UNAUTHORIZED', /test keys/);
  });

  test('the status endpoint needs the secret key too', async () => {
    assertError(await callApi(sandbox.origin, '/api/v1/payment/payt_x', { key: null }), 401, 'UNAUTHORIZED');
  });
});

describe('POST /api/v1/orders', () => {
  test('creates an order and returns its order_id', async () => {
    const { status, body } = await callApi(sandbox.origin, '/api/v1/orders', { body: { amount: 2500, currency: 'USD', customer_id: 'cust_1' } });
    assert.equal(status, 201);
    assert.match(body.order_id, /^order_[0-9A-Za-z]{13}$/);
    assert.equal(body.amount, 2500);
    assert.equal(body.currency, 'USD');
  });

  for (const [name, body, message] of [
    ['a decimal amount', { amount: 10.5, currency: 'EUR' }, /amount: must be an integer/],
    ['a missing currency', { amount: 100 }, /currency: is required/],
    ['a lower-case currency', { amount: 100, currency: 'eur' }, /currency: must be a three-letter/],
    ['a body that is an array', [1, 2], /JSON object/],
  ] as const) {
    test(`refuses ${name}`, async () => {
      assertError(await callApi(sandbox.origin, '/api/v1/orders', { body }), 400, 'INVALID_REQUEST', message);
    });
  }

  test('refuses a body that is not JSON', async () => {
    assertError(await callApi(sandbox.origin, '/api/v1/orders', { rawBody: '{"amount": 1' }), 400, 'INVALID_REQUEST', /JSON object/);
  });
});

describe('POST /api/v1/payment', () => {
  test('answers pending with a redirect step and a poll step on the sandbox', async () => {
    const orderId = await createOrder(sandbox.origin);
    const payment = await createPayment(sandbox.origin, orderId);
    assert.match(payment.payment_id, /^payt_[0-9A-Za-z]{13}$/);
    assert.equal(payment.status, 'pending');
    assert.deepEqual(payment.next_steps.map((s) => s.action), ['redirect', 'poll']);
    const redirect = new URL(payment.next_steps[0]!.payload.url);
    assert.equal(redirect.origin, sandbox.origin);
    assert.equal(redirect.pathname, '/glomo/authenticate');
    assert.equal(redirect.searchParams.get('paymentId'), payment.payment_id);
    assert.equal(payment.next_steps[1]!.payload.url, `${sandbox.origin}/api/v1/payment/${payment.payment_id}`);
    assert.equal(payment.next_steps[1]!.payload.interval_in_ms, 750);
  });

  const invalidBodies: [string, (orderId: string) => Record<string, unknown>, RegExp][] = [
    ['both order_id and subscription_id', (o) => ({ order_id: o, subscription_id: 'sub_1', method: 'card', card: validCard(), callback_url: 'https://a.example/cb' }), /exactly one of order_id and subscription_id/],
    ['neither order_id nor subscription_id', () => ({ method: 'card', card: validCard(), callback_url: 'https://a.example/cb' }), /exactly one of order_id and subscription_id/],
    ['a method other than card', (o) => ({ order_id: o, method: 'upi', card: validCard(), callback_url: 'https://a.example/cb' }), /method: must be "card"/],
    ['a missing card', (o) => ({ order_id: o, method: 'card', callback_url: 'https://a.example/cb' }), /card: is required/],
    ['a card number with spaces', (o) => ({ order_id: o, method: 'card', card: { ...validCard(), number: '4111 1111 1111 1111' }, callback_url: 'https://a.example/cb' }), /card\.number: must be 12 to 19 digits/],
    ['a card number failing Luhn', (o) => ({ order_id: o, method: 'card', card: { ...validCard(), number: '4111111111111112' }, callback_url: 'https://a.example/cb' }), /card\.number: fails the Luhn check/],
    ['month 13', (o) => ({ order_id: o, method: 'card', card: { ...validCard(), expiry_month: '13' }, callback_url: 'https://a.example/cb' }), /card\.expiry_month: must be "01" to "12"/],
    ['a one-digit month', (o) => ({ order_id: o, method: 'card', card: { ...validCard(), expiry_month: '9' }, callback_url: 'https://a.example/cb' }), /card\.expiry_month/],
    ['a two-digit year', (o) => ({ order_id: o, method: 'card', card: { ...validCard(), expiry_year: '30' }, callback_url: 'https://a.example/cb' }), /card\.expiry_year: must be a four-digit year/],
    ['an expired card', (o) => ({ order_id: o, method: 'card', card: { ...validCard(), expiry_month: '01', expiry_year: '2020' }, callback_url: 'https://a.example/cb' }), /card\.expiry_year: the card has expired/],
    ['a five-digit cvv', (o) => ({ order_id: o, method: 'card', card: { ...validCard(), cvv: '12345' }, callback_url: 'https://a.example/cb' }), /card\.cvv: must be 3 or 4 digits/],
    ['an empty holder name', (o) => ({ order_id: o, method: 'card', card: { ...validCard(), holder_name: '  ' }, callback_url: 'https://a.example/cb' }), /card\.holder_name: must not be empty/],
    ['an http callback on a public host', (o) => ({ order_id: o, method: 'card', card: validCard(), callback_url: 'http://shop.example/cb' }), /callback_url: must be an https URL/],
    ['a javascript: callback', (o) => ({ order_id: o, method: 'card', card: validCard(), callback_url: 'javascript:alert(1)' }), /callback_url/],
    ['a missing callback', (o) => ({ order_id: o, method: 'card', card: validCard() }), /callback_url: is required/],
    ['a subsequent payment on an order', (o) => ({ order_id: o, sequence: 'subsequent', request_id: 'r1', amount: 100, currency: 'EUR' }), /sequence "subsequent" is for subscriptions/],
  ];
  for (const [name, body, message] of invalidBodies) {
    test(`refuses ${name} with 400`, async () => {
      const orderId = await createOrder(sandbox.origin);
      assertError(await callApi(sandbox.origin, '/api/v1/payment', { body: body(orderId) }), 400, 'INVALID_REQUEST', message);
    });
  }

  test('accepts a loopback http callback (the merchant dev server)', async () => {
    for (const callback of ['http://127.0.0.1:5173/cb', 'http://localhost:8000/cb', 'http://[::1]:3000/cb']) {
      const orderId = await createOrder(sandbox.origin);
      const payment = await createPayment(sandbox.origin, orderId, callback);
      assert.equal(payment.status, 'pending', callback);
    }
  });

  test('an unknown subscription is not found (the sandbox has no subscriptions)', async () => {
    const body = { subscription_id: 'sub_1', sequence: 'subsequent', request_id: 'r1', amount: 100, currency: 'EUR' };
    assertError(await callApi(sandbox.origin, '/api/v1/payment', { body }), 404, 'NOT_FOUND', /subscription sub_1/);
  });

  test('an unknown order is not found', async () => {
    const body = { order_id: 'order_nope', method: 'card', card: validCard(), callback_url: 'https://a.example/cb' };
    assertError(await callApi(sandbox.origin, '/api/v1/payment', { body }), 404, 'NOT_FOUND', /order_nope/);
  });

  test("another merchant's order is not found either", async () => {
    const orderId = await createOrder(sandbox.origin, OTHER_SECRET_KEY);
    const body = { order_id: orderId, method: 'card', card: validCard(), callback_url: 'https://a.example/cb' };
    assertError(await callApi(sandbox.origin, '/api/v1/payment', { body }), 404, 'NOT_FOUND');
  });
});

describe('GET /api/v1/payment/{id}', () => {
  test('returns the pending payment object of a new payment', async () => {
    const orderId = await createOrder(sandbox.origin);
    const { payment_id } = await createPayment(sandbox.origin, orderId);
    const { status, body } = await callApi(sandbox.origin, `/api/v1/payment/${payment_id}`);
    assert.equal(status, 200);
    assert.equal(body.payment_id, payment_id);
    assert.equal(body.order_id, orderId);
    assert.equal(body.status, 'pending');
    assert.equal(body.error, undefined);
  });

  test("is not found under another merchant's key", async () => {
    const orderId = await createOrder(sandbox.origin);
    const { payment_id } = await createPayment(sandbox.origin, orderId);
    assertError(await callApi(sandbox.origin, `/api/v1/payment/${payment_id}`, { key: OTHER_SECRET_KEY }), 404, 'NOT_FOUND');
  });

  test('an unknown payment is not found', async () => {
    assertError(await callApi(sandbox.origin, '/api/v1/payment/payt_unknown'), 404, 'NOT_FOUND', /payt_unknown/);
  });
});

describe('any route', () => {
  test('an unknown path answers 404 in the same error shape', async () => {
    assertError(await callApi(sandbox.origin, '/nope', { key: null }), 404, 'NOT_FOUND', /GET \/nope/);
  });

  test('CORS preflights from any origin are allowed with Authorization', async () => {
    const response = await fetch(`${sandbox.origin}/api/v1/orders`, {
      method: 'OPTIONS',
      headers: { Origin: 'http://localhost:8000', 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'authorization,content-type' },
    });
    assert.equal(response.status, 204);
    assert.equal(response.headers.get('access-control-allow-origin'), '*');
    assert.match(response.headers.get('access-control-allow-headers') ?? '', /Authorization/i);
  });
});

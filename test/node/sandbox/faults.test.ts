import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { afterEach, describe, test } from 'node:test';
import { callApi, createOrder, createPayment, useSandbox } from './helpers.js';

const sandbox = useSandbox();

async function paymentPath(): Promise<string> {
  const { payment_id } = await createPayment(sandbox.origin, await createOrder(sandbox.origin));
  return `/api/v1/payment/${payment_id}`;
}

describe('fault switches in the query', () => {
  test('__fault=404 answers 404 in the error shape', async () => {
    const result = await callApi(sandbox.origin, `${await paymentPath()}?__fault=404`);
    assert.equal(result.status, 404);
    assert.equal(result.body.error.code, 'NOT_FOUND');
  });

  test('__fault=500 answers 500 in the error shape, with CORS headers so a page can read it', async () => {
    const result = await callApi(sandbox.origin, '/glomo/sdk/index.js?__fault=500', { key: null });
    assert.equal(result.status, 500);
    assert.equal(result.body.error.code, 'INTERNAL_ERROR');
    assert.equal(result.response.headers.get('access-control-allow-origin'), '*');
  });

  test('__fault=stall never answers: the client gives up', async () => {
    const started = Date.now();
    await assert.rejects(fetch(`${sandbox.origin}/glomo/sdk/index.js?__fault=stall`, { signal: AbortSignal.timeout(300) }), { name: 'TimeoutError' });
    assert.ok(Date.now() - started < 2000);
  });

  test('__fault=mime keeps the body but sends it as text/plain', async () => {
    const normal = await (await fetch(`${sandbox.origin}/glomo/sdk/index.js`)).text();
    const response = await fetch(`${sandbox.origin}/glomo/sdk/index.js?__fault=mime`);
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('content-type'), 'text/plain; charset=utf-8');
    assert.equal(await response.text(), normal);
  });

  test('__fault=malformed on a JSON route answers a body that is not JSON', async () => {
    const result = await callApi(sandbox.origin, `${await paymentPath()}?__fault=malformed`);
    assert.equal(result.status, 200);
    assert.match(result.response.headers.get('content-type') ?? '', /application\/json/);
    assert.equal(typeof result.body, 'string', 'JSON.parse failed on it');
    assert.match(result.body, /^\{"payment_id"/);
  });

  test('__fault_times=2 with a key: two failures, then the route answers', async () => {
    const path = await paymentPath();
    const key = randomUUID();
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await callApi(sandbox.origin, `${path}?__fault=500&__fault_times=2&__fault_key=${key}`)).status);
    assert.deepEqual(statuses, [500, 500, 200, 200]);
  });

  test('__fault_times counts each key on its own', async () => {
    const path = await paymentPath();
    const [a, b] = [randomUUID(), randomUUID()];
    const status = async (key: string) => (await callApi(sandbox.origin, `${path}?__fault=500&__fault_times=1&__fault_key=${key}`)).status;
    assert.deepEqual([await status(a), await status(b), await status(a), await status(b)], [500, 500, 200, 200]);
  });

  test('a CORS preflight is neither failed nor counted', async () => {
    const key = randomUUID();
    const url = `${sandbox.origin}/api/v1/orders?__fault=500&__fault_times=1&__fault_key=${key}`;
    const preflight = await fetch(url, { method: 'OPTIONS', headers: { Origin: 'http://localhost:1', 'Access-Control-Request-Method': 'POST' } });
    assert.equal(preflight.status, 204);
    assert.equal((await callApi(sandbox.origin, url.slice(sandbox.origin.length), { body: { amount: 1, currency: 'EUR' } })).status, 500);
    assert.equal((await callApi(sandbox.origin, url.slice(sandbox.origin.length), { body: { amount: 1, currency: 'EUR' } })).status, 201);
  });

  test('__coop and __csp set those headers on the response', async () => {
    const csp = "script-src 'none'";
    const response = await fetch(`${sandbox.origin}/glomo/sdk/index.js?__coop=same-origin&__csp=${encodeURIComponent(csp)}`);
    assert.equal(response.headers.get('cross-origin-opener-policy'), 'same-origin');
    assert.equal(response.headers.get('content-security-policy'), csp);
  });

  test('a header value with a line break is refused', async () => {
    const result = await callApi(sandbox.origin, `/glomo/sdk/index.js?__coop=${encodeURIComponent('same-origin\r\nX-Evil: 1')}`, { key: null });
    assert.equal(result.status, 400);
    assert.equal(result.body.error.code, 'INVALID_REQUEST');
  });

  test('an unknown fault name changes nothing', async () => {
    assert.equal((await fetch(`${sandbox.origin}/glomo/sdk/index.js?__fault=explode`)).status, 200);
  });
});

describe('per-route configuration', () => {
  afterEach(() => fetch(`${sandbox.origin}/__sandbox/routes`, { method: 'DELETE' }));

  const configure = (config: unknown) =>
    fetch(`${sandbox.origin}/__sandbox/routes`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(config) });

  test('fails a pathname the first `times` requests, sets its headers, and DELETE clears it', async () => {
    const path = await paymentPath();
    const configured = await configure({ path, fault: '500', times: 1, headers: { 'Cross-Origin-Opener-Policy': 'same-origin' } });
    assert.equal(configured.status, 201);
    const first = await callApi(sandbox.origin, path);
    assert.equal(first.status, 500);
    assert.equal(first.response.headers.get('cross-origin-opener-policy'), 'same-origin');
    const second = await callApi(sandbox.origin, path);
    assert.equal(second.status, 200);
    assert.equal(second.response.headers.get('cross-origin-opener-policy'), 'same-origin');
    assert.equal((await fetch(`${sandbox.origin}/__sandbox/routes`, { method: 'DELETE' })).status, 204);
    assert.equal((await callApi(sandbox.origin, path)).response.headers.get('cross-origin-opener-policy'), null);
  });

  test('a fault without times applies to every request', async () => {
    await configure({ path: '/glomo/sdk/index.js', fault: '404' });
    assert.equal((await fetch(`${sandbox.origin}/glomo/sdk/index.js`)).status, 404);
    assert.equal((await fetch(`${sandbox.origin}/glomo/sdk/index.js?anything=1`)).status, 404, 'matched on the pathname');
  });

  test('the query switch wins over the route configuration', async () => {
    await configure({ path: '/glomo/sdk/index.js', fault: '404' });
    assert.equal((await fetch(`${sandbox.origin}/glomo/sdk/index.js?__fault=mime`)).status, 200);
  });

  for (const [name, config] of [
    ['a relative path', { path: 'glomo/sdk/index.js' }],
    ['an unknown fault', { path: '/x', fault: 'explode' }],
    ['zero times', { path: '/x', fault: '500', times: 0 }],
    ['a header with a line break', { path: '/x', headers: { 'X-A': 'a\nb' } }],
  ] as const) {
    test(`refuses ${name}`, async () => {
      const response = await configure(config);
      assert.equal(response.status, 400);
      assert.equal((await response.json()).error.code, 'INVALID_REQUEST');
    });
  }
});

import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';
import { startSandbox } from '../../../sandbox/server.js';

test('startSandbox on port 0 listens on a free loopback port and reports its origin', async () => {
  const sandbox = await startSandbox({ port: 0 });
  try {
    assert.match(sandbox.origin, /^http:\/\/127\.0\.0\.1:\d+$/);
    assert.notEqual(sandbox.origin, 'http://127.0.0.1:0');
    assert.equal((await fetch(`${sandbox.origin}/`)).status, 200);
  } finally {
    await sandbox.close();
  }
  await assert.rejects(fetch(`${sandbox.origin}/`), 'no longer listening');
});

test('two sandboxes keep separate orders', async () => {
  const [a, b] = await Promise.all([startSandbox(), startSandbox()]);
  try {
    const headers = { Authorization: 'Bearer sk_test_1', 'Content-Type': 'application/json' };
    const order = await (await fetch(`${a.origin}/api/v1/orders`, { method: 'POST', headers, body: '{"amount":100,"currency":"EUR"}' })).json();
    const body = JSON.stringify({ order_id: order.order_id, method: 'card', callback_url: 'https://a.example/cb', card: { holder_name: 'A', number: '4111111111111111', expiry_month: '12', expiry_year: '2099', cvv: '123' } });
    assert.equal((await fetch(`${a.origin}/api/v1/payment`, { method: 'POST', headers, body })).status, 200);
    assert.equal((await fetch(`${b.origin}/api/v1/payment`, { method: 'POST', headers, body })).status, 404);
  } finally {
    await Promise.all([a.close(), b.close()]);
  }
});

test('close() ends stalled requests and pending Slow decisions at once', async () => {
  const sandbox = await startSandbox({ slowMs: 60_000 });
  const headers = { Authorization: 'Bearer sk_test_1', 'Content-Type': 'application/json' };
  const order = await (await fetch(`${sandbox.origin}/api/v1/orders`, { method: 'POST', headers, body: '{"amount":100,"currency":"EUR"}' })).json();
  const body = JSON.stringify({ order_id: order.order_id, method: 'card', callback_url: 'https://a.example/cb', card: { holder_name: 'A', number: '4111111111111111', expiry_month: '12', expiry_year: '2099', cvv: '123' } });
  const payment = await (await fetch(`${sandbox.origin}/api/v1/payment`, { method: 'POST', headers, body })).json();
  const settled = (request: Promise<Response>) => request.then(() => 'settled', () => 'settled');
  const stalled = settled(fetch(`${sandbox.origin}/glomo/sdk/index.js?__fault=stall`));
  const slow = settled(fetch(`${sandbox.origin}/glomo/authenticate`, { method: 'POST', body: new URLSearchParams({ paymentId: payment.payment_id, decision: 'slow' }), redirect: 'manual' }));
  await new Promise((resolve) => setTimeout(resolve, 100));
  await sandbox.close();
  const stillWaiting = new Promise((resolve) => setTimeout(resolve, 1000, 'still waiting'));
  assert.deepEqual(await Promise.all([Promise.race([stalled, stillWaiting]), Promise.race([slow, stillWaiting])]), ['settled', 'settled']);
});

test('startSandbox rejects when the port is taken', async () => {
  const first = await startSandbox();
  try {
    const port = Number(new URL(first.origin).port);
    await assert.rejects(startSandbox({ port }), { code: 'EADDRINUSE' });
  } finally {
    await first.close();
  }
});

test('`node --import tsx sandbox/main.ts --port 0` prints its origin and answers there', async () => {
  const main = fileURLToPath(new URL('../../../sandbox/main.ts', import.meta.url));
  const child = spawn(process.execPath, ['--import', 'tsx', main, '--port', '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
  try {
    const [chunk] = (await once(child.stdout, 'data')) as [Buffer];
    const origin = chunk.toString().trim();
    assert.match(origin, /^http:\/\/127\.0\.0\.1:\d+$/);
    assert.equal((await fetch(`${origin}/glomo/sdk/index.js`)).status, 200);
  } finally {
    child.kill('SIGTERM');
    await once(child, 'exit');
  }
});

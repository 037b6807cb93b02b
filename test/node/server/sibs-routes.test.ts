/// <reference types="node" />
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { getRequestListener } from '@hono/node-server';
import { createSibsRoutes, type SibsRoutesOptions, type SibsWebhookPayload } from '../../../src/server/index.js';
import { faultyFetch, start, type Sandbox } from './glomo-sandbox.js';

const SHOP = 'http://127.0.0.1:4000';
const CLIENT_ID = '7f3e2d1c-0b9a-4876-8543-210fedcba987';
const SECRET = Buffer.alloc(32, 3).toString('base64');
const CARD = { holder_name: 'Ada Lovelace', number: '4111111111111111', expiry_month: '09', expiry_year: '2030', cvv: '123' };

let sandbox: Sandbox;
before(async () => { sandbox = await start(200); });
after(() => sandbox.close());

function routesFor(overrides: Partial<SibsRoutesOptions> = {}) {
  return createSibsRoutes({
    token: 'routes-tests-sibs-token',
    clientId: CLIENT_ID,
    terminalId: 55711,
    baseUrl: sandbox.origin,
    basePath: '/shop/sibs',
    order: () => ({ amount: 2500, currency: 'EUR' }),
    returnUrl: '/sibs-return.html',
    reference: { entity: '24000' },
    ...overrides,
  });
}

const postJson = (path: string, body: unknown, headers: Record<string, string> = {}) =>
  new Request(`${SHOP}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: typeof body === 'string' ? body : JSON.stringify(body) });

async function errorOf(response: Response): Promise<{ status: number; code: string; message: string }> {
  const body = (await response.json()) as { error: { code: string; message: string } };
  assert.deepEqual(Object.keys(body), ['error']);
  return { status: response.status, code: body.error.code, message: body.error.message };
}

describe('createSibsRoutes: payment', () => {
  it('card: answers SIBS\'s purchase response, without the transaction signature', async () => {
    const response = await routesFor().fetch(postJson('/shop/sibs/payment', { method: 'card', card: CARD }));
    assert.equal(response.status, 200);
    const body = await response.json();
    assert.equal(body.paymentStatus, 'Success');
    assert.deepEqual(body.amount, { value: 25, currency: 'EUR' });
    assert.equal(body.transactionSignature, undefined);
    assert.doesNotMatch(JSON.stringify(body), /4111111111111111/);
  });

  it('card with 3-D Secure: the action\'s redirect, whose challenge returns to the shop\'s return page', async () => {
    const body = await (await routesFor().fetch(postJson('/shop/sibs/payment', { method: 'card', card: { ...CARD, number: '4000000000003220' } }))).json();
    assert.equal(body.paymentStatus, 'Partial');
    const back = await fetch(body.actionResponse.redirectURL, { method: 'POST', body: new URLSearchParams({ action: 'approve' }), redirect: 'manual' });
    const location = new URL(back.headers.get('location')!);
    assert.equal(`${location.origin}${location.pathname}`, `${SHOP}/sibs-return.html`);
    assert.equal(location.searchParams.get('transactionID'), body.transactionID);
    const status = await (await routesFor().fetch(new Request(`${SHOP}/shop/sibs/payment/${body.transactionID}`))).json();
    assert.equal(status.paymentStatus, 'Success');
  });

  it('MB WAY: the alias or the number as typed; Pending, then the status follows the phone', async () => {
    for (const customerPhone of ['351#912345678', '+351 912 345 678']) {
      const response = await routesFor().fetch(postJson('/shop/sibs/payment', { method: 'mbway', customerPhone }));
      assert.equal(response.status, 200);
      const body = await response.json();
      assert.equal(body.paymentStatus, 'Pending');
      await fetch(`${sandbox.origin}/__sandbox/sibs/payments/${body.transactionID}/expire`, { method: 'POST' });
      const status = await (await routesFor().fetch(new Request(`${SHOP}/shop/sibs/payment/${body.transactionID}`))).json();
      assert.equal(status.paymentStatus, 'Timeout');
    }
  });

  it('Multibanco: the reference with entity, amount and expiry', async () => {
    const body = await (await routesFor().fetch(postJson('/shop/sibs/payment?amount=1', { method: 'multibanco' }))).json();
    assert.equal(body.paymentStatus, 'Pending');
    assert.equal(body.paymentReference.entity, '24000');
    assert.match(body.paymentReference.reference, /^\d{9}$/);
    assert.ok(Date.parse(body.paymentReference.expireDate) > Date.now() + 2 * 86_400_000);
  });

  it('refuses bad input with the one error shape, naming card fields but never their values', async () => {
    const routes = routesFor();
    const cases: Array<[unknown, number, string]> = [
      [{ method: 'card', card: { ...CARD, number: '41111' } }, 400, 'invalid_card'],
      [{ method: 'mbway', customerPhone: '212345678' }, 400, 'invalid_phone'],
      [{ method: 'paypal' }, 400, 'invalid_request'],
      [{}, 400, 'invalid_request'],
      ['{broken', 400, 'invalid_json'],
    ];
    for (const [body, status, code] of cases) {
      const error = await errorOf(await routes.fetch(postJson('/shop/sibs/payment', body)));
      assert.deepEqual([error.status, error.code], [status, code], JSON.stringify(body));
      assert.doesNotMatch(error.message, /41111/);
    }
    const wrongType = await routes.fetch(new Request(`${SHOP}/shop/sibs/payment`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: '{}' }));
    assert.equal(wrongType.status, 415);
    assert.equal((await routes.fetch(new Request(`${SHOP}/shop/sibs/payment`))).status, 405);
    const noReference = await errorOf(await routesFor({ reference: undefined }).fetch(postJson('/shop/sibs/payment', { method: 'multibanco' })));
    assert.equal(noReference.code, 'invalid_request');
  });

  it('maps SIBS failures: rejected card, refused credentials, provider down, timeout, a broken order()', async () => {
    const rejected = await errorOf(await routesFor().fetch(postJson('/shop/sibs/payment', { method: 'card', card: { ...CARD, number: '4111111111111112' } })));
    assert.deepEqual([rejected.status, rejected.code], [400, 'provider_rejected']);
    const refused = await errorOf(await routesFor({ token: 'a-different-token-for-this-client' }).fetch(postJson('/shop/sibs/payment', { method: 'card', card: CARD })));
    assert.deepEqual([refused.status, refused.code], [502, 'provider_auth']);
    const down = await errorOf(await routesFor({ fetch: faultyFetch({ __fault: '500' }) }).fetch(postJson('/shop/sibs/payment', { method: 'card', card: CARD })));
    assert.deepEqual([down.status, down.code], [502, 'provider_unavailable']);
    const slow = await errorOf(await routesFor({ fetch: faultyFetch({ __fault: 'stall' }), timeoutMs: 150 }).fetch(postJson('/shop/sibs/payment', { method: 'card', card: CARD })));
    assert.deepEqual([slow.status, slow.code], [504, 'timeout']);
    const broken = await errorOf(await routesFor({ order: () => { throw new Error('db down'); } }).fetch(postJson('/shop/sibs/payment', { method: 'card', card: CARD })));
    assert.deepEqual([broken.status, broken.code], [500, 'order_failed']);
    const misconfigured = await errorOf(await routesFor({ order: () => ({ amount: 12.5, currency: 'EUR' }) }).fetch(postJson('/shop/sibs/payment', { method: 'card', card: CARD })));
    assert.deepEqual([misconfigured.status, misconfigured.code], [500, 'invalid_config']);
  });
});

describe('createSibsRoutes: status', () => {
  it('404 for an unknown payment, 400 for a malformed id, 404 for other paths', async () => {
    const routes = routesFor();
    assert.deepEqual((await errorOf(await routes.fetch(new Request(`${SHOP}/shop/sibs/payment/nosuchtransaction000`)))).code, 'not_found');
    assert.equal((await errorOf(await routes.fetch(new Request(`${SHOP}/shop/sibs/payment/%E0%A4%A`)))).code, 'invalid_payment_id');
    assert.equal((await routes.fetch(new Request(`${SHOP}/shop/sibs/elsewhere`))).status, 404);
    assert.equal((await routes.fetch(new Request(`${SHOP}/other`))).status, 404);
  });
});

describe('createSibsRoutes: webhook, end to end through the sandbox', () => {
  const received: SibsWebhookPayload[] = [];
  let server: Server;
  let shop: string;
  const routes = () => routesFor({ webhookSecret: SECRET, onNotification: (notification) => { received.push(notification); } });

  before(async () => {
    server = createServer(getRequestListener((request) => routes().fetch(request)));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    shop = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const registered = await fetch(`${sandbox.origin}/__sandbox/sibs/webhooks`, {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ clientId: CLIENT_ID, url: `${shop}/shop/sibs/webhook`, secret: SECRET }),
    });
    assert.equal(registered.status, 201);
  });
  after(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('decrypts SIBS\'s notification, hands it over and acknowledges it', async () => {
    const body = await (await routesFor().fetch(postJson('/shop/sibs/payment', { method: 'mbway', customerPhone: '351#912345678' }))).json();
    await fetch(`${sandbox.origin}/__sandbox/sibs/payments/${body.transactionID}/approve`, { method: 'POST' });
    const notification = received.find((item) => item.transactionID === body.transactionID);
    assert.equal(notification?.paymentStatus, 'Success');
    const deliveries = await (await fetch(`${sandbox.origin}/__sandbox/sibs/webhooks/deliveries?transactionID=${body.transactionID}`)).json();
    assert.equal(deliveries.deliveries[0].responseStatus, 200);
    assert.deepEqual(JSON.parse(deliveries.deliveries[0].responseBody), { statusCode: '200', statusMsg: 'Success', notificationID: notification!.notificationID });
  });

  it('refuses a forged notification with 400 and does not hand it over', async () => {
    const count = received.length;
    const forged = await fetch(`${shop}/shop/sibs/webhook`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain', 'X-Initialization-Vector': Buffer.alloc(12).toString('base64'), 'X-Authentication-Tag': Buffer.alloc(16).toString('base64') },
      body: Buffer.from('{"paymentStatus":"Success"}').toString('base64'),
    });
    assert.equal(forged.status, 400);
    assert.equal((await forged.json()).error.code, 'invalid_webhook');
    assert.equal(received.length, count);
  });

  it('is not served without a webhook secret', async () => {
    assert.equal((await routesFor().fetch(new Request(`${SHOP}/shop/sibs/webhook`, { method: 'POST', body: 'x' }))).status, 404);
  });
});

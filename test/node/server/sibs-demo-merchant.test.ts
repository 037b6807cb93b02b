/// <reference types="node" />
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { getRequestListener } from '@hono/node-server';
import { createSibsMerchant } from '../../../demo/merchant/sibs.js';
import { start, type Sandbox } from './glomo-sandbox.js';

let sandbox: Sandbox;
let server: Server;
let shop: string;

before(async () => {
  sandbox = await start(200);
  const merchant = createSibsMerchant({ sandboxOrigin: sandbox.origin, basePath: '/merchant/sibs' });
  server = createServer(getRequestListener(async (request) => (await merchant(request)) ?? new Response('not the shop', { status: 404 })));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  shop = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
after(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await sandbox.close();
});

const pay = (body: unknown, query = '') =>
  fetch(`${shop}/merchant/sibs/payment${query}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

describe('the demo shop\'s SIBS endpoints', () => {
  it('ignore other paths', async () => {
    const merchant = createSibsMerchant({ sandboxOrigin: sandbox.origin, basePath: '/merchant/sibs' });
    assert.equal(await merchant(new Request('http://127.0.0.1/merchant/glomo/payment')), null);
  });

  it('price the cart on the server (€50.00, or ?amount=) and serve payment and status', async () => {
    const mbway = await (await pay({ method: 'mbway', customerPhone: '351#910000001' })).json();
    assert.deepEqual(mbway.amount, { value: 50, currency: 'EUR' });
    const multibanco = await (await pay({ method: 'multibanco' }, '?amount=1999')).json();
    assert.deepEqual(multibanco.paymentReference.amount, { value: 19.99, currency: 'EUR' });
    assert.equal(multibanco.paymentReference.entity, '24000');
    const status = await (await fetch(`${shop}/merchant/sibs/payment/${mbway.transactionID}`)).json();
    assert.equal(status.transactionID, mbway.transactionID);
  });

  it('send the 3-D Secure shopper back to /sibs-return.html on the shop\'s origin', async () => {
    const card = { holder_name: 'Ada Lovelace', number: '4000000000003220', expiry_month: '09', expiry_year: '2030', cvv: '123' };
    const purchase = await (await pay({ method: 'card', card })).json();
    const back = await fetch(purchase.actionResponse.redirectURL, { method: 'POST', body: new URLSearchParams({ action: 'approve' }), redirect: 'manual' });
    const location = new URL(back.headers.get('location')!);
    assert.equal(`${location.origin}${location.pathname}`, `${shop}/sibs-return.html`);
  });

  it('register their webhook with the sandbox and receive the notifications', async () => {
    const mbway = await (await pay({ method: 'mbway', customerPhone: '351#912345678' })).json();
    await fetch(`${sandbox.origin}/__sandbox/sibs/payments/${mbway.transactionID}/approve`, { method: 'POST' });
    const deliveries = await (await fetch(`${sandbox.origin}/__sandbox/sibs/webhooks/deliveries?transactionID=${mbway.transactionID}`)).json();
    assert.equal(deliveries.deliveries[0].url, `${shop}/merchant/sibs/webhook`);
    assert.equal(deliveries.deliveries[0].responseStatus, 200);
    const { notifications } = await (await fetch(`${shop}/merchant/sibs/notifications`)).json();
    assert.ok(notifications.some((item: { transactionID: string; paymentStatus: string }) => item.transactionID === mbway.transactionID && item.paymentStatus === 'Success'));
  });
});

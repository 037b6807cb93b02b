import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { createPayGlobeClient, PayGlobeApiError, verifyPayGlobeWebhook } from '../../../src/server/index.js';
import { startSandbox, type RunningSandbox } from '../../../sandbox/server.js';

const SECRET_KEY = 'sk_test_payglobe_client';

describe('createPayGlobeClient against the sandbox, and verifyPayGlobeWebhook on its real deliveries', () => {
  let sandbox: RunningSandbox;
  const deliveries: { rawBody: string; headers: Headers }[] = [];
  const receiver = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const headers = new Headers();
      for (const [name, value] of Object.entries(request.headers)) if (typeof value === 'string') headers.set(name, value);
      deliveries.push({ rawBody: Buffer.concat(chunks).toString('utf8'), headers });
      response.end('OK');
    });
  });
  let notifyUrl = '';

  before(async () => {
    sandbox = await startSandbox({ port: 0 });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    notifyUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`;
  });
  after(async () => {
    await sandbox.close();
    await new Promise<void>((resolve) => receiver.close(() => resolve()));
  });

  it('inits with Money, submits the voucher choice and reads the transaction, in exact decimals', async () => {
    const client = createPayGlobeClient({ secretKey: SECRET_KEY, baseUrl: sandbox.origin });
    const init = await client.initPayment({ amount: { amount: 10005, currency: 'BHD' }, notifyUrl, callbackUrl: 'http://127.0.0.1:1/p/{transactionId}/voucher-choice' });
    assert.equal(init.totalAmount, 10.005);
    assert.equal(init.currency, 'BHD');
    const approved = await fetch(`${sandbox.origin}/payglobe/checkout/card`, { method: 'POST', body: new URLSearchParams({ paymentId: init.transactionId, action: 'approve' }), redirect: 'manual' });
    assert.equal(approved.headers.get('location'), `http://127.0.0.1:1/p/${init.transactionId}/voucher-choice`);
    const chosen = await client.submitVoucherChoice(init.transactionId, { paymentMethod: 'CARD_AND_VOUCHER', voucher: { amount: 3333, currency: 'BHD' } });
    assert.deepEqual(chosen.breakdown, { cardAmount: 6.672, voucherAmount: 3.333, paymentMethod: 'CARD_AND_VOUCHER' });
    assert.equal(chosen.nextUrl, `${sandbox.origin}/payglobe/checkout?paymentId=${init.transactionId}`);
    const transaction = await client.getTransaction(init.transactionId);
    assert.equal(transaction.status, 'CARD_PREAUTH_SUCCESS');
  });

  it("the sandbox's genuine deliveries verify with the key's webhook secret, and not with another", async () => {
    const processing = deliveries.at(-1)!;
    const genuine = await verifyPayGlobeWebhook(processing.rawBody, processing.headers, 'whsec_test_payglobe_client');
    assert.equal(genuine.ok && genuine.event.type, 'payment_intent.processing');
    const wrong = await verifyPayGlobeWebhook(processing.rawBody, processing.headers, 'whsec_test_other');
    assert.equal(!wrong.ok && wrong.reason, 'signature_mismatch');
  });

  it('turns API errors into PayGlobeApiError with the API code', async () => {
    const client = createPayGlobeClient({ secretKey: SECRET_KEY, baseUrl: sandbox.origin });
    await assert.rejects(client.getTransaction('TXN_nope'), (error: unknown) => error instanceof PayGlobeApiError && error.status === 404 && error.code === 'NOT_FOUND');
    await assert.rejects(client.initPayment({ amount: { amount: 100, currency: 'EUR' }, notifyUrl: 'http://shop.example/hook' }), (error: unknown) => error instanceof PayGlobeApiError && error.status === 400);
  });

  it('refuses a publishable key and a plain-http base URL off loopback', () => {
    assert.throws(() => createPayGlobeClient({ secretKey: 'pk_test_x', baseUrl: sandbox.origin }), TypeError);
    assert.throws(() => createPayGlobeClient({ secretKey: SECRET_KEY, baseUrl: 'http://api.example' }), TypeError);
  });
});

/// <reference types="node" />
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createSibsClient, SibsApiError, toSibsAmount, toSibsCardInfo, type SibsClientOptions } from '../../../src/server/index.js';
import { faultyFetch, start, type Sandbox } from './glomo-sandbox.js';

const TOKEN = 'server-tests-sibs-token';
const CLIENT_ID = '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';
const CARD = { holder_name: 'Ada Lovelace', number: '4111111111111111', expiry_month: '09', expiry_year: '2030', cvv: '123' };

let sandbox: Sandbox;
before(async () => { sandbox = await start(200); });
after(() => sandbox.close());

const clientFor = (overrides: Partial<SibsClientOptions> = {}) =>
  createSibsClient({ token: TOKEN, clientId: CLIENT_ID, terminalId: 55711, baseUrl: sandbox.origin, ...overrides });

async function rejection(promise: Promise<unknown>): Promise<SibsApiError> {
  try {
    await promise;
  } catch (error) {
    assert.ok(error instanceof SibsApiError, String(error));
    return error;
  }
  assert.fail('expected a SibsApiError');
}

const inAWeek = () => new Date(Date.now() + 7 * 86_400_000);

describe('createSibsClient', () => {
  it('refuses bad options before any call', () => {
    assert.throws(() => clientFor({ token: '' }), /token/);
    assert.throws(() => clientFor({ clientId: 'abc' }), /clientId/);
    assert.throws(() => clientFor({ terminalId: 0 }), /terminalId/);
    assert.throws(() => clientFor({ baseUrl: 'http://sibs.example' }), /https/);
  });

  it('refuses to run where there is a window (a browser)', () => {
    (globalThis as { window?: unknown }).window = {};
    try {
      assert.throws(() => clientFor(), /refusing to run in a browser/);
    } finally {
      delete (globalThis as { window?: unknown }).window;
    }
  });

  it('converts minor units to SIBS decimals and a card to cardInfo', () => {
    assert.deepEqual(toSibsAmount({ amount: 1050, currency: 'EUR' }), { value: 10.5, currency: 'EUR' });
    assert.deepEqual(toSibsCardInfo({ ...CARD, expiry_month: '02', expiry_year: '2028' }), {
      PAN: '4111111111111111', secureCode: '123', validationDate: '2028-02-29T23:59:59.000Z', cardholderName: 'Ada Lovelace', createToken: false,
    });
  });

  it('creates a checkout and pays it by card', async () => {
    const client = clientFor();
    const checkout = await client.createPayment({ amount: { amount: 2500, currency: 'EUR' }, merchantTransactionId: 'order-1', methods: ['CARD'] });
    assert.deepEqual(checkout.amount, { value: 25, currency: 'EUR' });
    const purchase = await client.cardPurchase(checkout, CARD);
    assert.equal(purchase.paymentStatus, 'Success');
    assert.equal((await client.getStatus(checkout.transactionID)).paymentStatus, 'Success');
  });

  it('reads the 3-D Secure action of a challenged card', async () => {
    const client = clientFor();
    const checkout = await client.createPayment({ amount: { amount: 2500, currency: 'EUR' }, merchantTransactionId: 'order-3ds', methods: ['CARD'], returnUrl: 'https://shop.example/back' });
    const purchase = await client.cardPurchase(checkout, { ...CARD, number: '4000000000003220' });
    assert.equal(purchase.paymentStatus, 'Partial');
    assert.equal(purchase.actionResponse?.type, 'DO_REDIRECT');
  });

  it('sends an MB WAY request and follows it to its end', async () => {
    const client = clientFor();
    const checkout = await client.createPayment({ amount: { amount: 990, currency: 'EUR' }, merchantTransactionId: 'order-mbway', methods: ['MBWAY'] });
    assert.equal((await client.mbwayPurchase(checkout, '351#912345678')).paymentStatus, 'Pending');
    await fetch(`${sandbox.origin}/__sandbox/sibs/payments/${checkout.transactionID}/refuse`, { method: 'POST' });
    assert.equal((await client.getStatus(checkout.transactionID)).paymentStatus, 'Declined');
    const invalid = await rejection(client.mbwayPurchase(checkout, '912345678'));
    assert.equal(invalid.code, 'invalid_request');
  });

  it('generates a Multibanco reference', async () => {
    const client = clientFor();
    const checkout = await client.createPayment({
      amount: { amount: 4200, currency: 'EUR' }, merchantTransactionId: 'order-mb', methods: ['REFERENCE'], reference: { entity: '24000', expiresAt: inAWeek() },
    });
    const generated = await client.generateReference(checkout);
    assert.equal(generated.paymentReference.entity, '24000');
    assert.match(generated.paymentReference.reference, /^\d{9}$/);
    assert.deepEqual(generated.paymentReference.amount, { value: 42, currency: 'EUR' });
  });

  it('turns SIBS errors into SibsApiError with SIBS\'s code', async () => {
    const client = clientFor();
    const notFound = await rejection(client.getStatus('nosuchtransaction000'));
    assert.equal(notFound.status, 404);
    assert.equal(notFound.code, 'E0404');
    const checkout = await client.createPayment({ amount: { amount: 100, currency: 'EUR' }, merchantTransactionId: 'order-x', methods: ['CARD'] });
    const wrongSignature = await rejection(client.cardPurchase({ ...checkout, transactionSignature: 'forged' }, CARD));
    assert.equal(wrongSignature.status, 401);
    assert.equal(wrongSignature.code, 'E0401');
    const badCard = await rejection(client.cardPurchase(checkout, { ...CARD, number: '4111111111111112' }));
    assert.equal(badCard.status, 400);
    assert.doesNotMatch(badCard.message, /4111111111111112/, 'no card number in the message');
    const missing = await rejection(client.cardPurchase({ transactionID: '', transactionSignature: '' }, CARD));
    assert.equal(missing.code, 'invalid_request');
  });

  it('reports the gateway refusing another token for the same client id', async () => {
    await clientFor().createPayment({ amount: { amount: 100, currency: 'EUR' }, merchantTransactionId: 'order-y', methods: ['CARD'] });
    const refused = await rejection(clientFor({ token: 'some-other-token-123' }).createPayment({ amount: { amount: 100, currency: 'EUR' }, merchantTransactionId: 'order-z', methods: ['CARD'] }));
    assert.equal(refused.status, 401);
    assert.equal(refused.code, 'unauthorized');
  });

  it('reports malformed answers, server errors, timeouts and an unreachable API', async () => {
    const checkout = await clientFor().createPayment({ amount: { amount: 100, currency: 'EUR' }, merchantTransactionId: 'order-m', methods: ['CARD'] });
    const malformed = await rejection(clientFor({ fetch: faultyFetch({ __fault: 'malformed' }) }).getStatus(checkout.transactionID));
    assert.equal(malformed.code, 'invalid_response');
    const serverError = await rejection(clientFor({ fetch: faultyFetch({ __fault: '500' }) }).getStatus('x'));
    assert.equal(serverError.status, 500);
    const timeout = await rejection(clientFor({ fetch: faultyFetch({ __fault: 'stall' }), timeoutMs: 150 }).getStatus('x'));
    assert.equal(timeout.code, 'timeout');
    const network = await rejection(clientFor({ baseUrl: 'http://127.0.0.1:9' }).getStatus('x'));
    assert.equal(network.code, 'network');
  });

  it('refuses an answer that is not the documented shape', async () => {
    const fake: typeof fetch = async () => new Response(JSON.stringify({ returnStatus: { statusCode: '000' }, paymentStatus: 'Maybe', transactionID: 't' }), { headers: { 'content-type': 'application/json' } });
    const error = await rejection(clientFor({ fetch: fake }).getStatus('t'));
    assert.equal(error.code, 'invalid_response');
  });
});

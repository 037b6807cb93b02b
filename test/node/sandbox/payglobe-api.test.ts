import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { callApi, useSandbox } from './helpers.js';
import { initiate, initiated, OTHER_PK, PK, retrieve, SK, step } from './payglobe-helpers.js';

const sandbox = useSandbox();

describe('PayGlobe sandbox: POST /api/payment/initiate (payglobe.js, publishable key)', () => {
  it('creates a PENDING payment with a checkout URL on the sandbox', async () => {
    const { status, body } = await initiate(sandbox.origin, { amount: 150.5, email: 'shopper@example.com', description: 'Order #1' });
    assert.equal(status, 200);
    assert.match(body.id, /^pg_\w+$/);
    assert.deepEqual({ ...body, id: 'x', checkoutUrl: 'x' }, {
      success: true, id: 'x', status: 'PENDING', totalAmount: 150.5, currency: 'EUR', paymentMode: 'PREAUTH_VOUCHER_CAPTURE', checkoutUrl: 'x',
    });
    assert.equal(body.checkoutUrl, `${sandbox.origin}/payglobe/checkout?paymentId=${body.id}`);
  });

  it('accepts other currencies with their own decimals and SALE_DIRECT', async () => {
    const jpy = await initiate(sandbox.origin, { amount: 1500, currency: 'jpy', email: 'a@example.com', paymentMode: 'SALE_DIRECT' });
    assert.equal(jpy.status, 200);
    assert.equal(jpy.body.currency, 'JPY');
    assert.equal(jpy.body.paymentMode, 'SALE_DIRECT');
    const bhd = await initiate(sandbox.origin, { amount: 12.345, currency: 'BHD', email: 'a@example.com' });
    assert.equal(bhd.body.totalAmount, 12.345);
  });

  for (const [name, body, message] of [
    ['more decimals than EUR has', { amount: 1.005, email: 'a@example.com' }, /amount: .*EUR/],
    ['a fractional JPY amount', { amount: 0.5, currency: 'JPY', email: 'a@example.com' }, /amount: .*JPY/],
    ['a zero amount', { amount: 0, email: 'a@example.com' }, /amount: must be above zero/],
    ['a negative amount', { amount: -1, email: 'a@example.com' }, /amount:/],
    ['an amount as a string', { amount: '150.00', email: 'a@example.com' }, /amount: must be a number/],
    ['no email', { amount: 10 }, /email: is required/],
    ['a bad email', { amount: 10, email: 'nope' }, /email:/],
    ['an unknown currency', { amount: 10, email: 'a@example.com', currency: 'XYZ' }, /currency:/],
    ['an unknown mode', { amount: 10, email: 'a@example.com', paymentMode: 'SALE_WITH_TOKENIZATION' }, /paymentMode:/],
    ['a javascript: returnUrl', { amount: 10, email: 'a@example.com', returnUrl: 'javascript:alert(1)' }, /returnUrl:/],
    ['a plain-http returnUrl off loopback', { amount: 10, email: 'a@example.com', returnUrl: 'http://shop.example/back' }, /returnUrl:/],
  ] as const) {
    it(`refuses ${name} with 400 INVALID_REQUEST`, async () => {
      const { status, body: json } = await initiate(sandbox.origin, body as Record<string, unknown>);
      assert.equal(status, 400);
      assert.equal(json.error.code, 'INVALID_REQUEST');
      assert.match(json.error.message, message);
    });
  }

  it('refuses a body that is not a JSON object', async () => {
    const { status, body } = await callApi(sandbox.origin, '/api/payment/initiate', { key: PK, rawBody: '[1' });
    assert.equal(status, 400);
    assert.equal(body.error.message, 'the body must be a JSON object');
  });

  for (const [name, key] of [['no key', null], ['a secret key', SK], ['a made-up key', 'test_123'], ['an sk_live key', 'sk_live_x']] as const) {
    it(`answers 401 UNAUTHORIZED to ${name}`, async () => {
      const { status, body } = await callApi(sandbox.origin, '/api/payment/initiate', { key, body: { amount: 1, email: 'a@example.com' } });
      assert.equal(status, 401);
      assert.equal(body.error.code, 'UNAUTHORIZED');
    });
  }
});

describe('PayGlobe sandbox: GET /api/payment/initiate/{id} (payments.retrieve)', () => {
  it('returns exactly the documented payment object', async () => {
    const { id } = await initiated(sandbox.origin, { amount: 99.99 });
    const { status, body } = await retrieve(sandbox.origin, id);
    assert.equal(status, 200);
    assert.deepEqual(body, {
      id, status: 'PENDING', totalAmount: 99.99, cardAmount: 99.99, voucherAmount: 0, currency: 'EUR',
      paymentMode: 'PREAUTH_VOUCHER_CAPTURE', paymentMethod: null, paymentId: null,
    });
  });

  it('is CARD_ONLY from the start for SALE_DIRECT, and names the gateway payment after the card step', async () => {
    const { id } = await initiated(sandbox.origin, { paymentMode: 'SALE_DIRECT' });
    assert.equal((await retrieve(sandbox.origin, id)).body.paymentMethod, 'CARD_ONLY');
    await step(sandbox.origin, id, 'card', { action: 'approve' });
    const { body } = await retrieve(sandbox.origin, id);
    assert.equal(body.status, 'SUCCESS');
    assert.match(body.paymentId, /^IGFS_\w+$/);
  });

  it("answers 404 for another key's payment and for an unknown id", async () => {
    const { id } = await initiated(sandbox.origin);
    assert.equal((await retrieve(sandbox.origin, id, OTHER_PK)).status, 404);
    const { status, body } = await retrieve(sandbox.origin, 'pg_nope');
    assert.equal(status, 404);
    assert.equal(body.error.code, 'NOT_FOUND');
  });

  it('answers the wrong shape (valid JSON) under the malformed fault', async () => {
    const { id } = await initiated(sandbox.origin);
    const { status, body } = await callApi(sandbox.origin, `/api/payment/initiate/${id}?__fault=malformed`, { key: PK });
    assert.equal(status, 200);
    assert.deepEqual(body, { id, status: 'SUCCEEDED', totalAmount: '150.00' });
  });
});

describe('PayGlobe sandbox: wrapper API (secret key)', () => {
  const init = (body: Record<string, unknown>, key: string | null = SK) => callApi(sandbox.origin, '/api/payment/init', { key, body });

  it('POST /api/payment/init answers as the guide shows', async () => {
    const { status, body } = await init({ amount: 150, notifyUrl: 'https://shop.example/hook', errorUrl: 'https://shop.example/error', callbackUrl: 'https://shop.example/payment/{transactionId}/voucher-choice' });
    assert.equal(status, 200);
    assert.equal(body.success, true);
    assert.match(body.transactionId, /^TXN_\w+$/);
    assert.equal(body.totalAmount, 150);
    assert.equal(body.redirectUrl, `${sandbox.origin}/payglobe/checkout?paymentId=${body.transactionId}`);
    assert.match(body.igfs.paymentId, /^IGFS_\w+$/);
    assert.equal(body.igfs.status, 'PENDING');
  });

  it('GET /api/payment/transaction/{id} gives status, card gateway and breakdown', async () => {
    const { body: created } = await init({ amount: 150, notifyUrl: 'https://shop.example/hook' });
    await step(sandbox.origin, created.transactionId, 'card', { action: 'approve' });
    const { status, body } = await callApi(sandbox.origin, `/api/payment/transaction/${created.transactionId}`, { key: SK });
    assert.equal(status, 200);
    assert.deepEqual(body, {
      success: true, transactionId: created.transactionId, status: 'CARD_PREAUTH_SUCCESS', totalAmount: 150, currency: 'EUR',
      paymentMode: 'PREAUTH_VOUCHER_CAPTURE',
      cardGateway: { paymentId: created.igfs.paymentId, preauthorizedAmount: 150, status: 'SUCCESS' },
      breakdown: { cardAmount: 150, voucherAmount: 0, paymentMethod: null },
    });
  });

  it('refuses a publishable key, and a wrapper transaction is invisible to payglobe.js keys', async () => {
    assert.equal((await init({ amount: 1, notifyUrl: 'https://shop.example/hook' }, PK)).status, 401);
    const { body } = await init({ amount: 1, notifyUrl: 'https://shop.example/hook' });
    assert.equal((await retrieve(sandbox.origin, body.transactionId)).status, 404);
    assert.equal((await callApi(sandbox.origin, `/api/payment/transaction/${body.transactionId}`, { key: 'sk_test_other' })).status, 404);
  });

  for (const [name, body, message] of [
    ['no notifyUrl', { amount: 10 }, /notifyUrl: is required/],
    ['a non-https callbackUrl', { amount: 10, notifyUrl: 'https://shop.example/hook', callbackUrl: 'ftp://shop.example/{transactionId}' }, /callbackUrl:/],
    ['a bad errorUrl', { amount: 10, notifyUrl: 'https://shop.example/hook', errorUrl: 'data:text/html,x' }, /errorUrl:/],
    ['three decimals of EUR', { amount: 10.001, notifyUrl: 'https://shop.example/hook' }, /amount:/],
  ] as const) {
    it(`POST /api/payment/init refuses ${name}`, async () => {
      const { status, body: json } = await init(body as Record<string, unknown>);
      assert.equal(status, 400);
      assert.match(json.error.message, message);
    });
  }
});

describe('PayGlobe sandbox: POST /api/payment/transaction/{id}/voucher-choice (merchant-hosted voucher step)', () => {
  async function preauthorised(amount: number, currency = 'EUR') {
    const { body } = await callApi(sandbox.origin, '/api/payment/init', {
      key: SK, body: { amount, currency, notifyUrl: 'https://shop.example/hook', callbackUrl: 'http://127.0.0.1:9/shop/{transactionId}/voucher-choice' },
    });
    const card = await step(sandbox.origin, body.transactionId, 'card', { action: 'approve' });
    assert.equal(card.location, `http://127.0.0.1:9/shop/${body.transactionId}/voucher-choice`);
    return body.transactionId as string;
  }
  const choose = (id: string, body: unknown, key = SK) => callApi(sandbox.origin, `/api/payment/transaction/${id}/voucher-choice`, { key, body });

  it('records the split and points to the sandbox page for the voucher OTP', async () => {
    const id = await preauthorised(150);
    const { status, body } = await choose(id, { paymentMethod: 'CARD_AND_VOUCHER', voucherAmount: 50.25 });
    assert.equal(status, 200);
    assert.deepEqual(body.breakdown, { cardAmount: 99.75, voucherAmount: 50.25, paymentMethod: 'CARD_AND_VOUCHER' });
    assert.equal(body.nextUrl, `${sandbox.origin}/payglobe/checkout?paymentId=${id}`);
  });

  it('is accepted once, only after the pre-authorisation', async () => {
    const { body } = await callApi(sandbox.origin, '/api/payment/init', { key: SK, body: { amount: 10, notifyUrl: 'https://shop.example/hook' } });
    assert.equal((await choose(body.transactionId, { paymentMethod: 'CARD_ONLY' })).status, 409);
    const id = await preauthorised(10);
    assert.equal((await choose(id, { paymentMethod: 'CARD_ONLY' })).status, 200);
    assert.equal((await choose(id, { paymentMethod: 'CARD_ONLY' })).status, 409);
  });

  for (const [name, body, message] of [
    ['an unknown method', { paymentMethod: 'CASH' }, /paymentMethod:/],
    ['a partial split without an amount', { paymentMethod: 'CARD_AND_VOUCHER' }, /voucherAmount: is required/],
    ['a partial split of the whole total', { paymentMethod: 'CARD_AND_VOUCHER', voucherAmount: 20 }, /below totalAmount/],
    ['a partial split of zero', { paymentMethod: 'CARD_AND_VOUCHER', voucherAmount: 0 }, /above zero/],
    ['too many decimals', { paymentMethod: 'CARD_AND_VOUCHER', voucherAmount: 1.234 }, /voucherAmount:/],
    ['VOUCHER_ONLY with another amount', { paymentMethod: 'VOUCHER_ONLY', voucherAmount: 5 }, /must be 20 for VOUCHER_ONLY/],
  ] as const) {
    it(`refuses ${name}`, async () => {
      const id = await preauthorised(20);
      const { status, body: json } = await choose(id, body);
      assert.equal(status, 400);
      assert.match(json.error.message, message);
    });
  }

  it('needs the secret key that created the transaction', async () => {
    const id = await preauthorised(20);
    assert.equal((await choose(id, { paymentMethod: 'CARD_ONLY' }, 'sk_test_other')).status, 404);
    assert.equal((await choose(id, { paymentMethod: 'CARD_ONLY' }, PK)).status, 401);
  });
});

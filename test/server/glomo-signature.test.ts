import { expect } from '@open-wc/testing';
import { signGlomoCallback, verifyGlomoCallback } from '../../src/server/index.js';

// Reference values from Node's crypto.createHmac('sha256', key).update(data).digest('hex').
const KEY = 'sk_test_abc';
const SUCCESS_SIGNATURE = '369f988725175d8dfb4b11bb65784cb76326d998bba4b5bbb0f594e6d0388263';
const FAILED_SIGNATURE = '17a8f5c29ffef84aa71fc8e956fb7af5fb671072bb1ba9c8a4a41130e31967fa';
const query = (fields: Record<string, string>) => new URLSearchParams(fields);

describe('signGlomoCallback (WebCrypto in Chromium)', () => {
  it('computes the documented hex HMAC-SHA256 of order_id|payment_id|status', async () => {
    expect(await signGlomoCallback({ orderId: 'order_A', paymentId: 'payt_1', status: 'success' }, KEY)).to.equal(SUCCESS_SIGNATURE);
    expect(await signGlomoCallback({ orderId: 'order_A', paymentId: 'payt_1', status: 'failed' }, KEY)).to.equal(FAILED_SIGNATURE);
    expect(await signGlomoCallback({ orderId: 'order_679a16457aP6K', paymentId: 'payment_679a16457aP6K', status: 'success' }, 'your_secret_key'))
      .to.equal('e1b643322f39bd51dcd5b9634f2496d6ea06ba23735be67d6ccc616fe30ffbea');
  });

  it('refuses to sign without a key', async () => {
    let error: unknown;
    await signGlomoCallback({ orderId: 'order_A', paymentId: 'payt_1', status: 'success' }, '').catch((e: unknown) => { error = e; });
    expect(error).to.be.instanceOf(TypeError);
  });
});

describe('verifyGlomoCallback (WebCrypto in Chromium)', () => {
  const genuine = { order_id: 'order_A', payment_id: 'payt_1', status: 'success', signature: SUCCESS_SIGNATURE };

  it('accepts a genuine callback for the merchant’s own order, as URLSearchParams, a query string or a plain object', async () => {
    for (const input of [query(genuine), `?${query(genuine)}`, `https://shop.example/cb?${query(genuine)}`, { ...genuine }]) {
      const { valid, result } = await verifyGlomoCallback(input, { secretKey: KEY, orderId: 'order_A' });
      expect(valid).to.equal(true);
      expect(result).to.deep.include({ provider: 'glomo', status: 'succeeded', orderId: 'order_A', paymentId: 'payt_1', signature: SUCCESS_SIGNATURE });
    }
  });

  it('accepts upper-case hex', async () => {
    const { valid } = await verifyGlomoCallback({ ...genuine, signature: SUCCESS_SIGNATURE.toUpperCase() }, { secretKey: KEY, orderId: 'order_A' });
    expect(valid).to.equal(true);
  });

  it('accepts a genuine failure and reports it as failed', async () => {
    const { valid, result } = await verifyGlomoCallback(
      query({ order_id: 'order_A', payment_id: 'payt_1', status: 'failed', signature: FAILED_SIGNATURE, error: 'Card declined' }),
      { secretKey: KEY, orderId: 'order_A' },
    );
    expect(valid).to.equal(true);
    expect(result.status).to.equal('failed');
    expect(result.error).to.deep.equal({ code: 'payment_failed', message: 'Card declined' });
  });

  it('verifies the Checkout callbackUrl query (camelCase) and a payment.success payload', async () => {
    const camel = query({ status: 'success', orderId: 'order_A', paymentId: 'payt_1', signature: SUCCESS_SIGNATURE });
    expect((await verifyGlomoCallback(camel, { secretKey: KEY, orderId: 'order_A' })).valid).to.equal(true);
    const payload = { payment_id: 'payt_1', order_id: 'order_A', status: 'success', signature: SUCCESS_SIGNATURE };
    expect((await verifyGlomoCallback(payload, { secretKey: KEY, orderId: 'order_A' })).valid).to.equal(true);
  });

  const refused: Array<[string, Record<string, unknown> | string, string?]> = [
    ['a tampered signature (one digit changed)', { ...genuine, signature: `${SUCCESS_SIGNATURE.slice(0, -1)}4` }],
    ['a failure’s signature on a success', { ...genuine, signature: FAILED_SIGNATURE }],
    ['a status changed under the success signature', { ...genuine, status: 'failed' }],
    ['another payment id', { ...genuine, payment_id: 'payt_2' }],
    ['a query naming another order', { ...genuine, order_id: 'order_B' }],
    ['a signature of the wrong length', { ...genuine, signature: SUCCESS_SIGNATURE.slice(0, 62) }],
    ['a signature too long', { ...genuine, signature: `${SUCCESS_SIGNATURE}00` }],
    ['a signature that is not hex', { ...genuine, signature: `${SUCCESS_SIGNATURE.slice(0, 63)}g` }],
    ['no signature', { order_id: 'order_A', payment_id: 'payt_1', status: 'failed' }],
    ['a repeated status', `order_id=order_A&payment_id=payt_1&status=failed&status=success&signature=${SUCCESS_SIGNATURE}`],
    ['an array value (as Express parses a repeated key)', { ...genuine, status: ['success', 'failed'] }],
    ['a non-string value', { ...genuine, payment_id: 42 }],
    ['an empty query', ''],
    ['a pipe inside the payment id', { ...genuine, payment_id: 'payt_1|x' }],
  ];
  for (const [what, input] of refused) {
    it(`refuses ${what}, with a failed result and no throw`, async () => {
      const { valid, result } = await verifyGlomoCallback(input as Record<string, unknown>, { secretKey: KEY, orderId: 'order_A' });
      expect(valid).to.equal(false);
      expect(result.status).to.equal('failed');
      expect(result.error?.code).to.equal('invalid_signature');
      expect(result.orderId).to.equal('order_A');
    });
  }

  it('refuses a genuine signature when the merchant expects another order', async () => {
    const { valid } = await verifyGlomoCallback(query(genuine), { secretKey: KEY, orderId: 'order_B' });
    expect(valid).to.equal(false);
  });

  it('refuses a signature made with another key', async () => {
    const { valid } = await verifyGlomoCallback(query(genuine), { secretKey: 'sk_test_other', orderId: 'order_A' });
    expect(valid).to.equal(false);
  });

  it('refuses when the merchant has no order id to judge against', async () => {
    const { valid } = await verifyGlomoCallback(query(genuine), { secretKey: KEY, orderId: '' });
    expect(valid).to.equal(false);
  });

  it('round-trips: what signGlomoCallback signs, verifyGlomoCallback accepts', async () => {
    const fields = { orderId: 'order_ZZ9', paymentId: 'payt_Q', status: 'failed' };
    const signature = await signGlomoCallback(fields, KEY);
    const { valid } = await verifyGlomoCallback({ order_id: 'order_ZZ9', payment_id: 'payt_Q', status: 'failed', signature }, { secretKey: KEY, orderId: 'order_ZZ9' });
    expect(valid).to.equal(true);
  });
});

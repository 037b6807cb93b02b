import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { callApi, createOrder, expectedSignature, postForm, PUBLIC_KEY, resultMessage, SECRET_KEY, useSandbox } from './helpers.js';

const sandbox = useSandbox();
const OPENER = 'http://localhost:8000';

function checkoutUrl(fields: Record<string, string>, query = ''): string {
  return `${sandbox.origin}/glomo/checkout?${new URLSearchParams(fields)}${query}`;
}

describe('the hosted checkout page', () => {
  test('shows the amount, the card choices and the bank transfer beneficiary', async () => {
    const orderId = await createOrder(sandbox.origin, SECRET_KEY, 129900, 'INR');
    const response = await fetch(checkoutUrl({ orderId, publicKey: PUBLIC_KEY, origin: OPENER }));
    assert.equal(response.status, 200);
    const page = await response.text();
    assert.match(page, /Pay ₹1,299\.00/);
    assert.match(page, /value="approve">Approve payment/);
    assert.match(page, /value="decline">Decline payment/);
    assert.match(page, /Glomo Sandbox Payments Ltd/);
    assert.match(page, /name="senderAccountNumber"/);
    assert.match(page, /name="transactionReference"/);
    assert.match(page, new RegExp(`<dt>Reference</dt><dd>${orderId}</dd>`));
  });

  for (const [name, fields, status, message] of [
    ['a secret key as public key', { publicKey: SECRET_KEY, origin: OPENER }, 400, /public key is not valid/],
    ['a missing opener origin', { publicKey: PUBLIC_KEY }, 400, /opener origin/],
    ['an opener origin with a path', { publicKey: PUBLIC_KEY, origin: `${OPENER}/shop` }, 400, /opener origin/],
    ['a javascript: callback URL', { publicKey: PUBLIC_KEY, origin: OPENER, callbackUrl: 'javascript:alert(1)' }, 400, /callback URL/],
  ] as const) {
    test(`refuses to open with ${name}`, async () => {
      const orderId = await createOrder(sandbox.origin);
      const response = await fetch(checkoutUrl({ orderId, ...fields }));
      assert.equal(response.status, status);
      const page = await response.text();
      assert.match(page, message);
      assert.doesNotMatch(page, /Approve payment/);
    });
  }

  test('an unknown order shows a not-found page', async () => {
    const response = await fetch(checkoutUrl({ orderId: 'order_nope', publicKey: 'test_abc', origin: OPENER }));
    assert.equal(response.status, 404);
    assert.match(await response.text(), /Order not found/);
  });

  test('escapes every value it echoes into the page', async () => {
    const orderId = await createOrder(sandbox.origin);
    const callbackUrl = 'https://shop.example/cb?next="><script>alert(1)</script>';
    const page = await (await fetch(checkoutUrl({ orderId, publicKey: 'pk_test_"><img/src=x/onerror=alert(1)>', origin: OPENER, callbackUrl }))).text();
    assert.doesNotMatch(page, /<script>alert|<img\/src=x/);
    assert.match(page, /value="pk_test_&quot;&gt;&lt;img\/src=x\/onerror=alert\(1\)&gt;"/);
    assert.match(page, /value="https:\/\/shop\.example\/cb\?next=&quot;&gt;&lt;script&gt;alert\(1\)&lt;\/script&gt;"/);
  });
});

describe('paying in the hosted checkout', () => {
  const session = (orderId: string, extra: Record<string, string> = {}) => ({ orderId, publicKey: PUBLIC_KEY, origin: OPENER, ...extra });

  test('Approve posts payment.success with the documented payload and a valid signature to the opener origin', async () => {
    const orderId = await createOrder(sandbox.origin);
    const response = await postForm(`${sandbox.origin}/glomo/checkout/pay`, { ...session(orderId), outcome: 'approve' });
    assert.equal(response.status, 200);
    const page = await response.text();
    assert.match(page, new RegExp(`data-opener-origin="${OPENER}"`));
    const message = resultMessage(page);
    assert.equal(message.source, 'glomo-checkout');
    assert.equal(message.event, 'payment.success');
    const { payment_id, ...rest } = message.payload;
    assert.match(payment_id, /^payt_/);
    assert.deepEqual(rest, { order_id: orderId, status: 'success', signature: expectedSignature(orderId, payment_id, 'success') });
    assert.equal((await callApi(sandbox.origin, `/api/v1/payment/${payment_id}`)).body.status, 'success');
  });

  test('Decline posts payment.failure with an error object', async () => {
    const orderId = await createOrder(sandbox.origin);
    const message = resultMessage(await (await postForm(`${sandbox.origin}/glomo/checkout/pay`, { ...session(orderId), outcome: 'decline' })).text());
    assert.equal(message.event, 'payment.failure');
    assert.equal(message.payload.order_id, orderId);
    assert.equal(message.payload.status, 'failed');
    assert.deepEqual(message.payload.error, { code: 'CARD_DECLINED', message: 'The card issuer declined the payment' });
  });

  test('with callbackUrl, Approve redirects with status, orderId, paymentId and signature', async () => {
    const orderId = await createOrder(sandbox.origin);
    const fields = { ...session(orderId, { callbackUrl: 'http://127.0.0.1:5173/return?from=glomo' }), outcome: 'approve' };
    const response = await postForm(`${sandbox.origin}/glomo/checkout/pay`, fields);
    assert.equal(response.status, 303);
    const location = new URL(response.headers.get('location')!);
    assert.equal(location.origin + location.pathname, 'http://127.0.0.1:5173/return');
    assert.equal(location.searchParams.get('from'), 'glomo');
    assert.equal(location.searchParams.get('status'), 'success');
    assert.equal(location.searchParams.get('orderId'), orderId);
    const paymentId = location.searchParams.get('paymentId')!;
    assert.equal(location.searchParams.get('signature'), expectedSignature(orderId, paymentId, 'success'));
  });

  test('with callbackUrl, Decline redirects with status failed and the error message', async () => {
    const orderId = await createOrder(sandbox.origin);
    const fields = { ...session(orderId, { callbackUrl: 'https://shop.example/return' }), outcome: 'decline' };
    const location = new URL((await postForm(`${sandbox.origin}/glomo/checkout/pay`, fields)).headers.get('location')!);
    assert.equal(location.searchParams.get('status'), 'failed');
    assert.equal(location.searchParams.get('signature'), expectedSignature(orderId, location.searchParams.get('paymentId')!, 'failed'));
    assert.equal(location.searchParams.get('error'), 'The card issuer declined the payment');
  });

  test('a paid order cannot be paid again', async () => {
    const orderId = await createOrder(sandbox.origin);
    await postForm(`${sandbox.origin}/glomo/checkout/pay`, { ...session(orderId), outcome: 'approve' });
    const again = await postForm(`${sandbox.origin}/glomo/checkout/pay`, { ...session(orderId), outcome: 'approve' });
    assert.equal(again.status, 409);
    assert.equal((await fetch(checkoutUrl(session(orderId)))).status, 409);
  });

  test('a bank transfer posts payment.bank_transfer_submitted with what the shopper typed', async () => {
    const orderId = await createOrder(sandbox.origin);
    const fields = { ...session(orderId), senderAccountNumber: ' 12345678 ', transactionReference: 'UTR-2024-0001' };
    const message = resultMessage(await (await postForm(`${sandbox.origin}/glomo/checkout/bank-transfer`, fields)).text());
    assert.deepEqual(message, {
      source: 'glomo-checkout',
      event: 'payment.bank_transfer_submitted',
      payload: { orderId, senderAccountNumber: '12345678', transactionReference: 'UTR-2024-0001' },
    });
  });

  test('a bank transfer without a reference is shown again with the problem', async () => {
    const orderId = await createOrder(sandbox.origin);
    const fields = { ...session(orderId), senderAccountNumber: '12345678', transactionReference: '' };
    const response = await postForm(`${sandbox.origin}/glomo/checkout/bank-transfer`, fields);
    assert.equal(response.status, 400);
    const page = await response.text();
    assert.match(page, /role="alert">Enter the transaction reference/);
    assert.match(page, /name="senderAccountNumber" required autocomplete="off" value="12345678"/);
  });

  test('fault malformed gives result payloads of the wrong shape', async () => {
    const orderId = await createOrder(sandbox.origin);
    const page = await (await fetch(checkoutUrl(session(orderId), '&__fault=malformed&__coop=same-origin'))).text();
    assert.match(page, new RegExp(`action="/glomo/checkout/pay\\?orderId=${orderId}&amp;__coop=same-origin&amp;__fault=malformed"`));
    assert.match(page, new RegExp(`action="/glomo/checkout/bank-transfer\\?orderId=${orderId}&amp;__coop=same-origin&amp;__fault=malformed"`));
    const message = resultMessage(await (await postForm(`${sandbox.origin}/glomo/checkout/pay?__fault=malformed`, { ...session(orderId), outcome: 'approve' })).text());
    assert.equal(message.event, 'payment.success');
    assert.equal(typeof message.payload.payment_id, 'number');
    assert.equal(message.payload.signature, undefined);
  });
});

describe('the Checkout SDK module', () => {
  test('is a JavaScript module exporting GlomoCheckoutApi', async () => {
    const response = await fetch(`${sandbox.origin}/glomo/sdk/index.js`);
    assert.equal(response.status, 200);
    assert.match(response.headers.get('content-type') ?? '', /^text\/javascript/);
    assert.equal(response.headers.get('access-control-allow-origin'), '*', 'module scripts load cross-origin only with CORS');
    const source = await response.text();
    assert.match(source, /export class GlomoCheckoutApi/);
    assert.match(source, /const CHECKOUT_QUERY = \{\};/);
  });

  test('passes its checkout.* parameters on to the checkout it opens', async () => {
    const source = await (await fetch(`${sandbox.origin}/glomo/sdk/index.js?checkout.__coop=same-origin&other=1`)).text();
    assert.match(source, /const CHECKOUT_QUERY = \{"__coop":"same-origin"\};/);
  });

  test('fault malformed serves a module without GlomoCheckoutApi', async () => {
    const source = await (await fetch(`${sandbox.origin}/glomo/sdk/index.js?__fault=malformed`)).text();
    assert.doesNotMatch(source, /GlomoCheckoutApi/);
    assert.match(source, /export/);
  });
});

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { callApi, createOrder, createPayment, expectedSignature, postForm, useSandbox } from './helpers.js';

const SLOW_MS = 400;
const sandbox = useSandbox({ slowMs: SLOW_MS });

async function newPayment(callbackUrl?: string) {
  const orderId = await createOrder(sandbox.origin);
  const payment = await createPayment(sandbox.origin, orderId, callbackUrl);
  return { orderId, paymentId: payment.payment_id, authUrl: payment.next_steps[0]!.payload.url };
}

const decide = (paymentId: string, decision: string, query = '') =>
  postForm(`${sandbox.origin}/glomo/authenticate${query}`, { paymentId, decision });

describe('the hosted authentication page', () => {
  test('shows the amount, the card ending and the four choices', async () => {
    const { authUrl, paymentId } = await newPayment();
    const response = await fetch(authUrl);
    assert.equal(response.status, 200);
    assert.match(response.headers.get('content-type') ?? '', /text\/html/);
    const page = await response.text();
    assert.match(page, /€10\.50/);
    assert.match(page, /card ending 1111/);
    for (const decision of ['approve', 'decline', 'cancel', 'slow']) assert.match(page, new RegExp(`name="decision" value="${decision}"`));
    assert.match(page, new RegExp(`name="paymentId" value="${paymentId}"`));
  });

  test('an unknown payment shows a not-found page', async () => {
    const response = await fetch(`${sandbox.origin}/glomo/authenticate?paymentId=%22%3E%3Cscript%3E`);
    assert.equal(response.status, 404);
    assert.match(await response.text(), /Payment not found/);
  });

  test('Approve sends the browser to the callback with order_id, payment_id, status and a valid signature', async () => {
    const { orderId, paymentId } = await newPayment();
    const response = await decide(paymentId, 'approve');
    assert.equal(response.status, 303);
    const location = new URL(response.headers.get('location')!);
    assert.equal(location.origin + location.pathname, 'https://shop.example/glomo/callback');
    assert.equal(location.searchParams.get('shop'), '1', 'the callback URL keeps its own query');
    assert.equal(location.searchParams.get('order_id'), orderId);
    assert.equal(location.searchParams.get('payment_id'), paymentId);
    assert.equal(location.searchParams.get('status'), 'success');
    assert.equal(location.searchParams.get('signature'), expectedSignature(orderId, paymentId, 'success'));
    assert.equal(location.searchParams.has('error'), false);
    const { body } = await callApi(sandbox.origin, `/api/v1/payment/${paymentId}`);
    assert.equal(body.status, 'success');
  });

  test('Decline fails the payment, signs "failed" and carries the error message', async () => {
    const { orderId, paymentId } = await newPayment();
    const location = new URL((await decide(paymentId, 'decline')).headers.get('location')!);
    assert.equal(location.searchParams.get('status'), 'failed');
    assert.equal(location.searchParams.get('signature'), expectedSignature(orderId, paymentId, 'failed'));
    assert.equal(location.searchParams.get('error'), 'The card issuer declined the payment');
    const { body } = await callApi(sandbox.origin, `/api/v1/payment/${paymentId}`);
    assert.deepEqual(body.error, { code: 'CARD_DECLINED', message: 'The card issuer declined the payment' });
  });

  test('Cancel fails the payment with the cancellation as its error', async () => {
    const { orderId, paymentId } = await newPayment();
    const location = new URL((await decide(paymentId, 'cancel')).headers.get('location')!);
    assert.equal(location.searchParams.get('status'), 'failed');
    assert.equal(location.searchParams.get('signature'), expectedSignature(orderId, paymentId, 'failed'));
    assert.match(location.searchParams.get('error')!, /cancelled/);
    const { body } = await callApi(sandbox.origin, `/api/v1/payment/${paymentId}`);
    assert.equal(body.error.code, 'AUTHENTICATION_CANCELLED');
  });

  test('Slow keeps the payment pending, then approves after slowMs', async () => {
    const { orderId, paymentId } = await newPayment();
    const started = Date.now();
    const decision = decide(paymentId, 'slow');
    await new Promise((resolve) => setTimeout(resolve, SLOW_MS / 4));
    assert.equal((await callApi(sandbox.origin, `/api/v1/payment/${paymentId}`)).body.status, 'pending');
    const response = await decision;
    assert.ok(Date.now() - started >= SLOW_MS - 20, 'answered only after slowMs');
    const location = new URL(response.headers.get('location')!);
    assert.equal(location.searchParams.get('status'), 'success');
    assert.equal(location.searchParams.get('signature'), expectedSignature(orderId, paymentId, 'success'));
  });

  test('a second decision on a settled payment is refused', async () => {
    const { paymentId, authUrl } = await newPayment();
    await decide(paymentId, 'approve');
    const again = await decide(paymentId, 'decline');
    assert.equal(again.status, 409);
    assert.match(await again.text(), /already success/);
    assert.equal((await fetch(authUrl)).status, 409);
  });

  test('an unknown decision is refused', async () => {
    const { paymentId } = await newPayment();
    const response = await decide(paymentId, 'maybe');
    assert.equal(response.status, 400);
    assert.equal((await callApi(sandbox.origin, `/api/v1/payment/${paymentId}`)).body.status, 'pending');
  });

  test('a paid order takes no new payment', async () => {
    const { orderId, paymentId } = await newPayment();
    await decide(paymentId, 'approve');
    const body = { order_id: orderId, method: 'card', card: { holder_name: 'A', number: '4111111111111111', expiry_month: '12', expiry_year: '2099', cvv: '123' }, callback_url: 'https://shop.example/cb' };
    const result = await callApi(sandbox.origin, '/api/v1/payment', { body });
    assert.equal(result.status, 409);
    assert.equal(result.body.error.code, 'ORDER_ALREADY_PAID');
  });

  test('the page keeps its COOP/CSP switches and a malformed fault on its form post', async () => {
    const { authUrl, paymentId } = await newPayment();
    const page = await (await fetch(`${authUrl}&__coop=same-origin&__fault=malformed`)).text();
    assert.match(page, new RegExp(`action="/glomo/authenticate\\?paymentId=${paymentId}&amp;__coop=same-origin&amp;__fault=malformed"`));
    assert.match(page, /<\/html>\s*$/, 'the page itself is whole');
  });

  test('fault malformed on the post sends an undocumented status and no signature', async () => {
    const { paymentId } = await newPayment();
    const location = new URL((await decide(paymentId, 'approve', '?__fault=malformed')).headers.get('location')!);
    assert.equal(location.searchParams.get('status'), 'approved');
    assert.equal(location.searchParams.has('signature'), false);
  });
});

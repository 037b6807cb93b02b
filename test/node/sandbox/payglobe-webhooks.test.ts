import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { callApi, useSandbox } from './helpers.js';
import { expectedSignatures, initiated, OTHER_PK, payWithChoice, PK, SK, step, useWebhookReceiver } from './payglobe-helpers.js';

const sandbox = useSandbox();
const receiver = useWebhookReceiver();

const register = (body: unknown) => callApi(sandbox.origin, '/__sandbox/payglobe/webhooks', { key: null, body });
const eventsFor = (id: string) => receiver.received.filter((hook) => hook.event.data.object.transactionId === id);

describe('PayGlobe sandbox: webhooks', () => {
  it('registers a webhook URL and secret per key (the secret defaults to whsec_test_<key name>)', async () => {
    const { status, body } = await register({ key: OTHER_PK, url: receiver.url });
    assert.equal(status, 201);
    assert.deepEqual(body, { key: OTHER_PK, url: receiver.url, secret: 'whsec_test_payglobe_two' });
    for (const bad of [{ key: 'nope', url: receiver.url }, { key: PK, url: 'ftp://x' }, { key: PK, url: receiver.url, secret: 'plain' }, null]) {
      assert.equal((await register(bad)).status, 400, JSON.stringify(bad));
    }
  });

  it('posts the Stripe-compatible envelope for each status change of a payglobe.js payment, signed both ways', async () => {
    const secret = 'whsec_test_signing_secret';
    await register({ key: PK, url: receiver.url, secret });
    const { id } = await initiated(sandbox.origin, { amount: 150 });
    await payWithChoice(sandbox.origin, id, 'CARD_AND_VOUCHER', '50');
    const hooks = eventsFor(id);
    assert.deepEqual(hooks.map((hook) => hook.event.type), ['payment_intent.processing', 'payment_intent.succeeded']);
    const last = hooks[1]!;
    assert.deepEqual(Object.keys(last.event), ['id', 'object', 'api_version', 'created', 'type', 'livemode', 'pending_webhooks', 'data', 'request']);
    assert.match(last.event.id, /^evt_\w+$/);
    assert.equal(last.event.object, 'event');
    assert.equal(last.event.livemode, false);
    assert.equal(last.event.request, null);
    const payment = last.event.data.object;
    assert.deepEqual(
      [payment.transactionId, payment.status, payment.totalAmount, payment.cardAmount, payment.voucherAmount, payment.paymentMethod, payment.currency],
      [id, 'SUCCESS', 150, 100, 50, 'CARD_AND_VOUCHER', 'EUR'],
    );
    assert.equal(payment.cardGatewayDetails.operationType, 'CAPTURE');
    assert.equal(payment.cardGatewayDetails.capturedAmount, 100);
    assert.equal(payment.voucherDetails.spentAmount, 50);
    const expected = expectedSignatures(last.rawBody, secret, last.event.created);
    assert.equal(last.headers['x-payglobe-signature'], expected.base64);
    assert.equal(last.headers['stripe-signature'], expected.stripe);
    assert.equal(last.headers['content-type'], 'application/json');
  });

  it('announces failures as payment_intent.payment_failed with the errorMessage', async () => {
    await register({ key: PK, url: receiver.url });
    const { id } = await initiated(sandbox.origin, { amount: 9 });
    await step(sandbox.origin, id, 'card', { action: 'decline' });
    const [hook] = eventsFor(id);
    assert.equal(hook!.event.type, 'payment_intent.payment_failed');
    assert.equal(hook!.event.data.object.status, 'CARD_PREAUTH_FAILED');
    assert.match(hook!.event.data.object.errorMessage, /declined/);
    assert.equal(hook!.headers['x-payglobe-signature'], expectedSignatures(hook!.rawBody, 'whsec_test_payglobe_one', 0).base64);
  });

  it("wrapper API: notifyUrl receives the events, signed with the key's default secret", async () => {
    const { body } = await callApi(sandbox.origin, '/api/payment/init', { key: SK, body: { amount: 1500, currency: 'JPY', notifyUrl: receiver.url } });
    const id = body.transactionId as string;
    await step(sandbox.origin, id, 'card', { action: 'approve' });
    await callApi(sandbox.origin, `/api/payment/transaction/${id}/voucher-choice`, { key: SK, body: { paymentMethod: 'VOUCHER_ONLY' } });
    await step(sandbox.origin, id, 'otp', { action: 'confirm', otp: '123456' });
    await step(sandbox.origin, id, 'capture', { action: 'capture' });
    const hooks = eventsFor(id);
    assert.deepEqual(hooks.map((hook) => hook.event.type), ['payment_intent.processing', 'payment_intent.succeeded']);
    const done = hooks[1]!;
    assert.deepEqual([done.event.data.object.cardAmount, done.event.data.object.voucherAmount, done.event.data.object.cardGatewayDetails.operationType], [0, 1500, 'VOID']);
    assert.equal(done.headers['x-payglobe-signature'], expectedSignatures(done.rawBody, 'whsec_test_payglobe_one', 0).base64);
  });

  it('sends nothing for a key without a registration, and records every delivery', async () => {
    const key = 'pk_test_nobody_listens';
    const { id } = await initiated(sandbox.origin, { paymentMode: 'SALE_DIRECT' }, key);
    await step(sandbox.origin, id, 'card', { action: 'approve' });
    assert.deepEqual(eventsFor(id), []);
    const { body } = await callApi(sandbox.origin, '/__sandbox/payglobe/webhooks/deliveries', { key: null });
    assert.ok(body.deliveries.length >= 4);
    assert.ok(body.deliveries.every((delivery: { status: number }) => delivery.status === 200));
  });
});

describe('PayGlobe sandbox: POST /__sandbox/payglobe/payments/{id}/status', () => {
  for (const forced of ['PAID', 'EXPIRED', 'CANCELLED'] as const) {
    it(`forces ${forced} and announces it`, async () => {
      await register({ key: PK, url: receiver.url });
      const { id } = await initiated(sandbox.origin);
      const { status, body } = await callApi(sandbox.origin, `/__sandbox/payglobe/payments/${id}/status`, { key: null, body: { status: forced } });
      assert.equal(status, 200);
      assert.equal(body.status, forced);
      assert.equal('errorMessage' in body, forced !== 'PAID');
      assert.equal(eventsFor(id).at(-1)!.event.type, forced === 'PAID' ? 'payment_intent.succeeded' : 'payment_intent.payment_failed');
    });
  }

  it('refuses an unknown status and an unknown payment', async () => {
    const { id } = await initiated(sandbox.origin);
    assert.equal((await callApi(sandbox.origin, `/__sandbox/payglobe/payments/${id}/status`, { key: null, body: { status: 'DONE' } })).status, 400);
    assert.equal((await callApi(sandbox.origin, '/__sandbox/payglobe/payments/pg_nope/status', { key: null, body: { status: 'PAID' } })).status, 404);
  });
});

describe('PayGlobe sandbox: payglobe.js', () => {
  it('is served as a classic script that finds its API from document.currentScript', async () => {
    const response = await fetch(`${sandbox.origin}/payglobe/js/payglobe.js`);
    assert.equal(response.status, 200);
    assert.match(response.headers.get('content-type')!, /^text\/javascript/);
    const script = await response.text();
    assert.doesNotMatch(script, /^\s*(import|export)\b/m);
    assert.match(script, /document\.currentScript/);
    assert.match(script, /window\.PayGlobe = PayGlobe/);
  });

  it('defines no PayGlobe under the malformed fault', async () => {
    const script = await (await fetch(`${sandbox.origin}/payglobe/js/payglobe.js?__fault=malformed`)).text();
    assert.doesNotMatch(script, /window\.PayGlobe =/);
  });
});

import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { describe, it } from 'node:test';
import { verifyPayGlobeWebhook } from '../../../src/server/index.js';

const SECRET = 'whsec_test_abc123';
const NOW = 1_700_000_000;

function envelope(overrides: Record<string, unknown> = {}) {
  return {
    id: 'evt_1a2b3c4d5e6f7g8h9i0j', object: 'event', api_version: '2023-10-16', created: NOW, type: 'payment_intent.succeeded',
    livemode: false, pending_webhooks: 0,
    data: { object: { transactionId: 'TXN_1', totalAmount: 150, cardAmount: 100, voucherAmount: 50, paymentMethod: 'CARD_AND_VOUCHER', status: 'SUCCESS', cardGatewayDetails: { paymentId: 'PAY_789' } } },
    request: null,
    ...overrides,
  };
}

/** Signed as PayGlobe documents it, computed with Node's crypto (independent of the helper under test). */
function sign(rawBody: string, secret = SECRET, timestamp = NOW) {
  return {
    'X-PayGlobe-Signature': createHmac('sha256', secret).update(rawBody).digest('base64'),
    'Stripe-Signature': `t=${timestamp},v1=${createHmac('sha256', secret).update(`${timestamp}.${rawBody}`).digest('hex')}`,
  };
}

const verify = (rawBody: string | Uint8Array, headers: Record<string, string> | Headers, secret = SECRET) =>
  verifyPayGlobeWebhook(rawBody, headers, secret, { now: NOW + 10 });

describe('verifyPayGlobeWebhook', () => {
  // Pretty-printed on purpose: verification is over the exact bytes, whatever their layout.
  const rawBody = JSON.stringify(envelope(), null, 2);
  const headers = sign(rawBody);

  it('accepts a genuine webhook by X-PayGlobe-Signature and returns the parsed event', async () => {
    const result = await verify(rawBody, { 'X-PayGlobe-Signature': headers['X-PayGlobe-Signature'] });
    assert.equal(result.ok, true);
    if (!result.ok) return;
    assert.equal(result.header, 'x-payglobe-signature');
    assert.equal(result.event.type, 'payment_intent.succeeded');
    assert.equal(result.event.data.object.cardAmount, 100);
    assert.equal((result.event.data.object as Record<string, any>).cardGatewayDetails.paymentId, 'PAY_789');
  });

  it('accepts the Stripe-Signature form alone, a Headers object, Node-style lower-case headers and bytes', async () => {
    assert.equal((await verify(rawBody, { 'Stripe-Signature': headers['Stripe-Signature'] })).ok, true);
    const result = await verify(new TextEncoder().encode(rawBody), new Headers(headers));
    assert.equal(result.ok && result.header, 'x-payglobe-signature');
    assert.equal((await verifyPayGlobeWebhook(rawBody, { 'stripe-signature': [headers['Stripe-Signature']] }, SECRET, { now: NOW })).ok, true);
  });

  it('accepts a Stripe-Signature carrying the bare base64 value (the guide says "same value")', async () => {
    const result = await verify(rawBody, { 'Stripe-Signature': headers['X-PayGlobe-Signature'] });
    assert.equal(result.ok && result.header, 'stripe-signature');
  });

  it('accepts any matching v1 among several (secret rotation), ignoring v0', async () => {
    const good = headers['Stripe-Signature'].split('v1=')[1];
    const stripe = `t=${NOW},v0=${'0'.repeat(64)},v1=${'a'.repeat(64)},v1=${good}`;
    assert.equal((await verify(rawBody, { 'Stripe-Signature': stripe })).ok, true);
  });

  const refusals: [string, () => Promise<unknown>, string][] = [
    ['a forged body (amount changed)', () => verify(rawBody.replace('"cardAmount": 100', '"cardAmount": 1'), headers), 'signature_mismatch'],
    ['a re-serialised body (same JSON, other bytes)', () => verify(JSON.stringify(JSON.parse(rawBody)), headers), 'signature_mismatch'],
    ['a trailing newline', () => verify(`${rawBody}\n`, headers), 'signature_mismatch'],
    ['the wrong secret', () => verify(rawBody, headers, 'whsec_test_other'), 'signature_mismatch'],
    ['a signature made with the wrong secret', () => verify(rawBody, sign(rawBody, 'whsec_test_other')), 'signature_mismatch'],
    ['no signature header', () => verify(rawBody, { 'Content-Type': 'application/json' }), 'missing_signature'],
    ['an empty signature header', () => verify(rawBody, { 'X-PayGlobe-Signature': '' }), 'missing_signature'],
    ['a signature that is not base64 of 32 bytes', () => verify(rawBody, { 'X-PayGlobe-Signature': 'Kx7j9mP4vR2nQ8sT...' }), 'malformed_signature'],
    ['a hex signature in X-PayGlobe-Signature', () => verify(rawBody, { 'X-PayGlobe-Signature': createHmac('sha256', SECRET).update(rawBody).digest('hex') }), 'malformed_signature'],
    ['a Stripe-Signature without t', () => verify(rawBody, { 'Stripe-Signature': `v1=${'a'.repeat(64)}` }), 'malformed_signature'],
    ['a Stripe-Signature signed for another timestamp', () => verify(rawBody, { 'Stripe-Signature': headers['Stripe-Signature'].replace(`t=${NOW}`, `t=${NOW + 1}`) }), 'signature_mismatch'],
    ['a replayed Stripe-Signature (older than 5 minutes)', () => verifyPayGlobeWebhook(rawBody, { 'Stripe-Signature': headers['Stripe-Signature'] }, SECRET, { now: NOW + 301 }), 'timestamp_out_of_tolerance'],
    ['an empty secret', () => verify(rawBody, headers, ''), 'invalid_secret'],
  ];
  for (const [name, run, reason] of refusals) {
    it(`rejects ${name}: ${reason}`, async () => {
      const result = (await run()) as { ok: boolean; reason?: string; message?: string };
      assert.equal(result.ok, false);
      assert.equal(result.reason, reason);
      assert.equal(typeof result.message, 'string');
    });
  }

  const malformed: [string, string, string][] = [
    ['signed text that is not JSON', 'hello', 'invalid_json'],
    ['signed JSON that is not an event (a bare notification)', JSON.stringify(envelope().data.object), 'invalid_envelope'],
    ['an event whose object is not "event"', JSON.stringify(envelope({ object: 'charge' })), 'invalid_envelope'],
    ['an event without data.object', JSON.stringify(envelope({ data: {} })), 'invalid_envelope'],
    ['an event id without evt_', JSON.stringify(envelope({ id: '123' })), 'invalid_envelope'],
    ['an amount as a string', JSON.stringify(envelope({ data: { object: { transactionId: 'T', cardAmount: '100.00' } } })), 'invalid_envelope'],
    ['an unknown paymentMethod', JSON.stringify(envelope({ data: { object: { transactionId: 'T', paymentMethod: 'CASH' } } })), 'invalid_envelope'],
    ['a JSON array', '[]', 'invalid_envelope'],
  ];
  for (const [name, body, reason] of malformed) {
    it(`rejects ${name} even when signed: ${reason}`, async () => {
      const result = await verify(body, sign(body));
      assert.equal(result.ok, false);
      assert.equal(!result.ok && result.reason, reason);
    });
  }

  it('accepts other event types (a dispute) whose object has no payment fields', async () => {
    const body = JSON.stringify(envelope({ type: 'charge.dispute.created', data: { object: { disputeId: 'dp_1', amountDisputed: 50, status: 'OPEN' } } }));
    const result = await verify(body, sign(body));
    assert.equal(result.ok && result.event.type, 'charge.dispute.created');
  });
});

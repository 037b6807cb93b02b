import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { useSandbox } from './helpers.js';
import {
  CLIENT_ID, cardInfo, createBody, createCheckout, decryptWithNode, eventually, methodCall, startWebhookReceiver,
} from './sibs-helpers.js';

const sandbox = useSandbox({ pollIntervalMs: 200 });
const SECRET = Buffer.alloc(32, 7).toString('base64');

function register(body: unknown) {
  return fetch(`${sandbox.origin}/__sandbox/sibs/webhooks`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
}

describe('SIBS webhook registration: POST /__sandbox/sibs/webhooks', () => {
  test('generates an AES-256 key when none is given', async () => {
    const response = await register({ clientId: '11111111-2222-4333-8444-555555555555', url: 'http://127.0.0.1:9/hook' });
    assert.equal(response.status, 201);
    const body = await response.json();
    assert.equal(Buffer.from(body.secret, 'base64').length, 32);
  });

  test('refuses a bad client id, URL or secret', async () => {
    for (const body of [
      { clientId: 'nope', url: 'http://127.0.0.1:9/hook' },
      { clientId: CLIENT_ID, url: 'ftp://127.0.0.1/hook' },
      { clientId: CLIENT_ID, url: 'not a url' },
      { clientId: CLIENT_ID, url: 'http://127.0.0.1:9/hook', secret: Buffer.alloc(16).toString('base64') },
    ]) {
      assert.equal((await register(body)).status, 400, JSON.stringify(body));
    }
  });
});

describe('SIBS webhooks on final statuses', () => {
  let receiver: Awaited<ReturnType<typeof startWebhookReceiver>>;
  before(async () => {
    receiver = await startWebhookReceiver((body) => ({ status: 200, body: JSON.stringify({ statusCode: '200', statusMsg: 'Success', echoed: body.length > 0 }) }));
    const registered = await register({ clientId: CLIENT_ID, url: receiver.url, secret: SECRET });
    assert.equal(registered.status, 201);
  });
  after(() => receiver.close());

  function notificationsFor(transactionID: string) {
    return receiver.received
      .map((delivery) => ({ delivery, payload: JSON.parse(decryptWithNode(delivery.body, delivery.headers['x-initialization-vector'] as string, delivery.headers['x-authentication-tag'] as string, SECRET)) }))
      .filter(({ payload }) => payload.transactionID === transactionID);
  }

  test('an approved MB WAY request is notified once, AES-256-GCM encrypted, with IV and tag in headers', async () => {
    const checkout = await createCheckout(sandbox.origin, ['MBWAY']);
    await methodCall(sandbox.origin, checkout, 'mbway-id/purchase', { customerPhone: '351#912345678' });
    assert.equal(notificationsFor(checkout.transactionID).length, 0, 'Pending is not notified');
    await fetch(`${sandbox.origin}/__sandbox/sibs/payments/${checkout.transactionID}/approve`, { method: 'POST' });
    const [notification, ...more] = notificationsFor(checkout.transactionID);
    assert.ok(notification, 'delivered before the control answered');
    assert.equal(more.length, 0);
    const { delivery, payload } = notification;
    assert.equal(delivery.headers['content-type'], 'text/plain');
    assert.equal(Buffer.from(delivery.headers['x-initialization-vector'] as string, 'base64').length, 12);
    assert.equal(Buffer.from(delivery.headers['x-authentication-tag'] as string, 'base64').length, 16);
    assert.doesNotMatch(delivery.body, /transactionID/, 'the body is not plaintext');
    assert.equal(payload.paymentStatus, 'Success');
    assert.equal(payload.paymentMethod, 'MBWAY');
    assert.equal(payload.returnStatus.statusCode, '000');
    assert.deepEqual(payload.amount, { value: 50, currency: 'EUR' });
    assert.match(payload.notificationID, /^[0-9a-f-]{36}$/);
    assert.ok(!Number.isNaN(Date.parse(payload.transactionDateTime)));

    const deliveries = await (await fetch(`${sandbox.origin}/__sandbox/sibs/webhooks/deliveries?transactionID=${checkout.transactionID}`)).json();
    assert.equal(deliveries.deliveries.length, 1);
    assert.equal(deliveries.deliveries[0].responseStatus, 200);
    assert.equal(deliveries.deliveries[0].notificationID, payload.notificationID);
  });

  test('every final status is notified: card success and decline, MB WAY timeout, reference paid', async () => {
    const expectations: Array<[Promise<string>, string]> = [];
    for (const [pan, status] of [['4111111111111111', 'Success'], ['4000000000000002', 'Declined']] as const) {
      const checkout = await createCheckout(sandbox.origin, ['CARD']);
      await methodCall(sandbox.origin, checkout, 'card/purchase', cardInfo(pan));
      expectations.push([Promise.resolve(checkout.transactionID), status]);
    }
    const mbway = await createCheckout(sandbox.origin, ['MBWAY']);
    await methodCall(sandbox.origin, mbway, 'mbway-id/purchase', { customerPhone: '351#910000003' });
    expectations.push([Promise.resolve(mbway.transactionID), 'Timeout']);
    const multibanco = await createCheckout(sandbox.origin, ['REFERENCE']);
    await methodCall(sandbox.origin, multibanco, 'service-reference/generate');
    await fetch(`${sandbox.origin}/__sandbox/sibs/payments/${multibanco.transactionID}/pay`, { method: 'POST' });
    expectations.push([Promise.resolve(multibanco.transactionID), 'Success']);
    for (const [id, status] of expectations) {
      const transactionID = await id;
      const [notification] = await eventually(() => {
        const found = notificationsFor(transactionID);
        return found.length > 0 ? found : undefined;
      });
      assert.equal(notification!.payload.paymentStatus, status, transactionID);
    }
  });

  test('a 3-D Secure challenge is not notified until it is answered', async () => {
    const checkout = await createCheckout(sandbox.origin, ['CARD']);
    await methodCall(sandbox.origin, checkout, 'card/purchase', cardInfo('4000000000003220'));
    assert.equal(notificationsFor(checkout.transactionID).length, 0);
    await fetch(`${sandbox.origin}/__sandbox/sibs/payments/${checkout.transactionID}/refuse`, { method: 'POST' });
    assert.equal(notificationsFor(checkout.transactionID)[0]!.payload.paymentStatus, 'Declined');
  });
});

describe('SIBS webhooks to an unreachable receiver', () => {
  test('are recorded with status 0 and the payment still settles', async () => {
    const clientId = '22222222-3333-4444-8555-666666666666';
    await register({ clientId, url: 'http://127.0.0.1:9/unreachable', secret: SECRET });
    const headers = { 'Content-Type': 'application/json', Authorization: 'Bearer unreachable-merchant-token', 'X-IBM-Client-Id': clientId };
    const created = await (await fetch(`${sandbox.origin}/api/v2/payments`, { method: 'POST', headers, body: JSON.stringify(createBody(['CARD'])) })).json();
    const purchase = await fetch(`${sandbox.origin}/api/v2/payments/${created.transactionID}/card/purchase`, {
      method: 'POST', headers: { ...headers, Authorization: `Digest ${created.transactionSignature}` }, body: JSON.stringify(cardInfo()),
    });
    assert.equal((await purchase.json()).paymentStatus, 'Success');
    const deliveries = await (await fetch(`${sandbox.origin}/__sandbox/sibs/webhooks/deliveries?transactionID=${created.transactionID}`)).json();
    assert.equal(deliveries.deliveries[0].responseStatus, 0);
  });
});

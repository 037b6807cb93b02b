import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { useSandbox } from './helpers.js';
import { cardInfo, createCheckout, eventually, methodCall, postForm, sibsCall, statusOf } from './sibs-helpers.js';

const sandbox = useSandbox({ pollIntervalMs: 200 });

async function mbwayRequest(phone = '351#912345678') {
  const checkout = await createCheckout(sandbox.origin, ['MBWAY']);
  const purchase = await methodCall(sandbox.origin, checkout, 'mbway-id/purchase', { customerPhone: phone });
  assert.equal(purchase.status, 200, JSON.stringify(purchase.body));
  return { checkout, purchase };
}

async function reference(finalDatetime?: string) {
  const checkout = await createCheckout(sandbox.origin, ['REFERENCE'], finalDatetime ? { finalDatetime } : {});
  const generated = await methodCall(sandbox.origin, checkout, 'service-reference/generate');
  return { checkout, generated };
}

const control = (id: string, action: string) => fetch(`${sandbox.origin}/__sandbox/sibs/payments/${id}/${action}`, { method: 'POST' });

describe('SIBS MB WAY: POST …/mbway-id/purchase', () => {
  test('a request to a Portuguese mobile is Pending', async () => {
    const { checkout, purchase } = await mbwayRequest();
    assert.equal(purchase.body.paymentStatus, 'Pending');
    assert.equal(purchase.body.paymentMethod, 'MBWAY');
    assert.equal(purchase.body.transactionID, checkout.transactionID);
    assert.equal((await statusOf(sandbox.origin, checkout.transactionID)).body.paymentStatus, 'Pending');
  });

  test('a phone that is not 351#9XXXXXXXX is refused', async () => {
    for (const customerPhone of ['912345678', '+351912345678', '351#212345678', '351#91234567', '34#912345678']) {
      const checkout = await createCheckout(sandbox.origin, ['MBWAY']);
      const result = await methodCall(sandbox.origin, checkout, 'mbway-id/purchase', { customerPhone });
      assert.equal(result.status, 400, customerPhone);
      assert.match(result.body.returnStatus.statusDescription, /351#9XXXXXXXX/);
    }
  });

  test('the phone app page shows the request (phone masked) and Approve settles it Success', async () => {
    const { checkout } = await mbwayRequest();
    const url = `${sandbox.origin}/sibs/mbway?transactionId=${checkout.transactionID}`;
    const page = await (await fetch(url)).text();
    assert.match(page, /€50\.00/);
    assert.match(page, /\+351 9•• ••• 678/);
    assert.doesNotMatch(page, /912345678/, 'the full number is not shown');
    for (const label of ['Approve', 'Refuse', 'Let expire']) assert.match(page, new RegExp(`>${label}</button>`));
    const posted = await postForm(url, { action: 'approve' });
    assert.equal(posted.status, 303);
    assert.equal(new URL(posted.headers.get('location')!, sandbox.origin).href, url);
    assert.equal((await statusOf(sandbox.origin, checkout.transactionID)).body.paymentStatus, 'Success');
    const after = await (await fetch(url)).text();
    assert.match(after, /This request was approved/);
    assert.doesNotMatch(after, /<form/);
  });

  test('Refuse declines and Let expire times the request out', async () => {
    for (const [action, status] of [['refuse', 'Declined'], ['expire', 'Timeout']] as const) {
      const { checkout } = await mbwayRequest();
      await postForm(`${sandbox.origin}/sibs/mbway?transactionId=${checkout.transactionID}`, { action });
      assert.equal((await statusOf(sandbox.origin, checkout.transactionID)).body.paymentStatus, status, action);
    }
  });

  test('the page ignores an action it does not offer, and knows no other transaction', async () => {
    const { checkout } = await mbwayRequest();
    await postForm(`${sandbox.origin}/sibs/mbway?transactionId=${checkout.transactionID}`, { action: 'pay' });
    assert.equal((await statusOf(sandbox.origin, checkout.transactionID)).body.paymentStatus, 'Pending');
    const card = await createCheckout(sandbox.origin, ['CARD']);
    assert.equal((await fetch(`${sandbox.origin}/sibs/mbway?transactionId=${card.transactionID}`)).status, 404);
  });

  test('the magic phones answer by themselves after the poll interval', async () => {
    for (const [phone, status] of [['351#910000001', 'Success'], ['351#910000002', 'Declined'], ['351#910000003', 'Timeout']] as const) {
      const { checkout, purchase } = await mbwayRequest(phone);
      assert.equal(purchase.body.paymentStatus, 'Pending');
      await eventually(async () => ((await statusOf(sandbox.origin, checkout.transactionID)).body.paymentStatus === status ? true : undefined));
    }
  });
});

describe('SIBS Multibanco: POST …/service-reference/generate', () => {
  test('issues entity, a 9-digit reference, the amount and the expiry, Pending', async () => {
    const { checkout, generated } = await reference();
    assert.equal(generated.status, 200, JSON.stringify(generated.body));
    assert.equal(generated.body.paymentStatus, 'Pending');
    assert.equal(generated.body.paymentMethod, 'REFERENCE');
    const { paymentReference } = generated.body;
    assert.equal(paymentReference.entity, '24000');
    assert.match(paymentReference.reference, /^\d{9}$/);
    assert.deepEqual(paymentReference.amount, { value: 50, currency: 'EUR' });
    assert.ok(Date.parse(paymentReference.expireDate) > Date.now() + 2 * 86_400_000);
    const status = await statusOf(sandbox.origin, checkout.transactionID);
    assert.deepEqual(status.body.paymentReference, paymentReference);
  });

  test('the ATM finds the reference by entity and reference (as typed, 3 3 3) and Pay settles it Success', async () => {
    const { checkout, generated } = await reference();
    const { entity, reference: ref } = generated.body.paymentReference;
    const spaced = `${ref.slice(0, 3)} ${ref.slice(3, 6)} ${ref.slice(6)}`;
    const url = `${sandbox.origin}/sibs/multibanco?entity=${entity}&reference=${encodeURIComponent(spaced)}`;
    const page = await (await fetch(url)).text();
    assert.match(page, new RegExp(`<dd>${spaced}</dd>`));
    assert.match(page, />Pay<\/button>/);
    await postForm(url, { action: 'pay' });
    const status = await statusOf(sandbox.origin, checkout.transactionID);
    assert.equal(status.body.paymentStatus, 'Success');
    assert.equal(status.body.paymentReference.status, 'PAID');
    assert.match(await (await fetch(url)).text(), /This reference was approved/);
    assert.equal((await fetch(`${sandbox.origin}/sibs/multibanco?entity=${entity}&reference=000000000`)).status, 404);
  });

  test('a reference whose final date is past cannot be generated', async () => {
    const { generated } = await reference(new Date(Date.now() - 1000).toISOString());
    assert.equal(generated.status, 400);
  });

  test('a reference reaching its expiry becomes Expired', async () => {
    const { checkout } = await reference(new Date(Date.now() + 400).toISOString());
    await eventually(async () => ((await statusOf(sandbox.origin, checkout.transactionID)).body.paymentStatus === 'Expired' ? true : undefined));
    assert.equal((await control(checkout.transactionID, 'pay')).status, 409, 'an expired reference cannot be paid');
  });
});

describe('SIBS test controls: POST /__sandbox/sibs/payments/{id}/{action}', () => {
  test('approve, refuse and expire an MB WAY request; pay and expire a reference; approve a 3-D Secure challenge', async () => {
    const cases: Array<[() => Promise<{ checkout: { transactionID: string } }>, string, string]> = [
      [() => mbwayRequest(), 'approve', 'Success'],
      [() => mbwayRequest(), 'refuse', 'Declined'],
      [() => mbwayRequest(), 'expire', 'Timeout'],
      [() => reference(), 'pay', 'Success'],
      [() => reference(), 'expire', 'Expired'],
      [async () => {
        const checkout = await createCheckout(sandbox.origin, ['CARD']);
        await methodCall(sandbox.origin, checkout, 'card/purchase', cardInfo('4000000000003220'));
        return { checkout };
      }, 'approve', 'Success'],
    ];
    for (const [start, action, status] of cases) {
      const { checkout } = await start();
      const response = await control(checkout.transactionID, action);
      assert.equal(response.status, 200, action);
      assert.equal((await response.json()).paymentStatus, status);
      assert.equal((await statusOf(sandbox.origin, checkout.transactionID)).body.paymentStatus, status);
    }
  });

  test('refuses a control that does not apply, an unknown control and an unknown transaction', async () => {
    const { checkout } = await mbwayRequest();
    const pay = await control(checkout.transactionID, 'pay');
    assert.equal(pay.status, 409);
    assert.match((await pay.json()).error.message, /cannot pay a MBWAY payment/);
    assert.equal((await control(checkout.transactionID, 'approve')).status, 200);
    assert.equal((await control(checkout.transactionID, 'refuse')).status, 409, 'a final status does not change');
    assert.equal((await statusOf(sandbox.origin, checkout.transactionID)).body.paymentStatus, 'Success');
    assert.equal((await control(checkout.transactionID, 'teleport')).status, 404);
    assert.equal((await control('nosuchtransaction000', 'approve')).status, 404);
    const notStarted = await createCheckout(sandbox.origin, ['MBWAY']);
    assert.equal((await control(notStarted.transactionID, 'approve')).status, 409);
  });

  test('the controls need no credentials (they are the sandbox\'s, not SIBS\'s)', async () => {
    const { checkout } = await mbwayRequest();
    const response = await sibsCall(sandbox.origin, `/__sandbox/sibs/payments/${checkout.transactionID}/approve`, { method: 'POST', authorization: null, clientId: null });
    assert.equal(response.status, 200);
  });
});

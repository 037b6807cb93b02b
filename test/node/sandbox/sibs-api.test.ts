import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { useSandbox } from './helpers.js';
import {
  OTHER_CLIENT_ID, OTHER_TOKEN, TOKEN, cardInfo, createBody, createCheckout, methodCall, sibsCall, statusOf,
} from './sibs-helpers.js';

const sandbox = useSandbox({ pollIntervalMs: 200 });

function assertSibsError(result: { status: number; body: any }, status: number, statusCode: string, descriptionPart?: RegExp) {
  assert.equal(result.status, status, JSON.stringify(result.body));
  assert.equal(result.body.returnStatus.statusCode, statusCode);
  if (descriptionPart) assert.match(result.body.returnStatus.statusDescription, descriptionPart);
}

function assertGatewayRefusal(result: { status: number; body: any }, messagePart: RegExp) {
  assert.equal(result.status, 401, JSON.stringify(result.body));
  assert.equal(result.body.httpCode, '401');
  assert.match(result.body.moreInformation, messagePart);
}

describe('SIBS create checkout: POST /api/v2/payments', () => {
  test('answers transactionID, transactionSignature and the echo of the checkout', async () => {
    const { status, body } = await sibsCall(sandbox.origin, '/api/v2/payments', { body: createBody(['CARD', 'MBWAY']) });
    assert.equal(status, 200);
    assert.equal(body.returnStatus.statusCode, '000');
    assert.match(body.transactionID, /^[0-9A-Za-z]{20}$/);
    assert.match(body.transactionSignature, /^[A-Za-z0-9+/=]+\.[A-Za-z0-9+/=]+$/);
    assert.deepEqual(body.amount, { value: 50, currency: 'EUR' });
    assert.deepEqual(body.paymentMethodList, ['CARD', 'MBWAY']);
  });

  test('refuses a call without the Bearer token or the client id, as the API gateway does', async () => {
    assertGatewayRefusal(await sibsCall(sandbox.origin, '/api/v2/payments', { authorization: null, body: createBody() }), /Bearer/);
    assertGatewayRefusal(await sibsCall(sandbox.origin, '/api/v2/payments', { clientId: null, body: createBody() }), /X-IBM-Client-Id/);
    assertGatewayRefusal(await sibsCall(sandbox.origin, '/api/v2/payments', { clientId: 'not-a-uuid', body: createBody() }), /client id/);
    assertGatewayRefusal(await sibsCall(sandbox.origin, '/api/v2/payments', { authorization: `Digest ${TOKEN}`, body: createBody() }), /Bearer/);
  });

  test('refuses another token for a client id that already has one', async () => {
    await createCheckout(sandbox.origin);
    assertGatewayRefusal(await sibsCall(sandbox.origin, '/api/v2/payments', { authorization: `Bearer ${OTHER_TOKEN}`, body: createBody() }), /not valid for this client id/);
  });

  test('validates the body: terminal, amount, methods, the reference for Multibanco', async () => {
    const valid = createBody(['CARD', 'REFERENCE']);
    const cases: Array<[string, unknown, RegExp]> = [
      ['no terminal id', { ...valid, merchant: { ...valid.merchant, terminalId: undefined } }, /merchant\.terminalId/],
      ['a string amount', { ...valid, transaction: { ...valid.transaction, amount: { value: '50', currency: 'EUR' } } }, /transaction\.amount\.value/],
      ['no payment method', { ...valid, transaction: { ...valid.transaction, paymentMethod: [] } }, /transaction\.paymentMethod/],
      ['an unknown payment method', { ...valid, transaction: { ...valid.transaction, paymentMethod: ['BITCOIN'] } }, /transaction\.paymentMethod/],
      ['REFERENCE without paymentReference', { ...valid, transaction: { ...valid.transaction, paymentReference: undefined } }, /paymentReference is required/],
      ['a 4-digit entity', { ...valid, transaction: { ...valid.transaction, paymentReference: { ...valid.transaction.paymentReference, entity: '2400' } } }, /entity/],
    ];
    for (const [name, body, description] of cases) {
      assertSibsError(await sibsCall(sandbox.origin, '/api/v2/payments', { body }), 400, 'E0400', description);
      void name;
    }
    assertSibsError(await sibsCall(sandbox.origin, '/api/v2/payments', { rawBody: '{not json' }), 400, 'E0400');
  });
});

describe('SIBS status: GET /api/v2/payments/{id}/status', () => {
  test('a new checkout is Pending; the status needs the Bearer token and the same client id', async () => {
    const checkout = await createCheckout(sandbox.origin, ['CARD']);
    const { status, body } = await statusOf(sandbox.origin, checkout.transactionID);
    assert.equal(status, 200);
    assert.equal(body.paymentStatus, 'Pending');
    assert.equal(body.transactionID, checkout.transactionID);
    assertGatewayRefusal(await sibsCall(sandbox.origin, `/api/v2/payments/${checkout.transactionID}/status`, { authorization: null }), /Bearer/);
    assertGatewayRefusal(await sibsCall(sandbox.origin, `/api/v2/payments/${checkout.transactionID}/status`, { authorization: `Digest ${checkout.transactionSignature}` }), /Bearer/);
    const otherClient = await sibsCall(sandbox.origin, `/api/v2/payments/${checkout.transactionID}/status`, { clientId: OTHER_CLIENT_ID, authorization: `Bearer ${OTHER_TOKEN}` });
    assertSibsError(otherClient, 404, 'E0404');
    assertSibsError(await statusOf(sandbox.origin, 'nosuchtransaction000'), 404, 'E0404');
  });
});

describe('SIBS method calls are authorised by the transaction signature', () => {
  test('a missing Digest, a Bearer token, another transaction\'s signature or another client id are refused', async () => {
    const checkout = await createCheckout(sandbox.origin, ['MBWAY']);
    const other = await createCheckout(sandbox.origin, ['MBWAY']);
    const path = `/api/v2/payments/${checkout.transactionID}/mbway-id/purchase`;
    const body = { customerPhone: '351#912345678' };
    assertSibsError(await sibsCall(sandbox.origin, path, { authorization: null, body }), 401, 'E0401', /Digest/);
    assertSibsError(await sibsCall(sandbox.origin, path, { authorization: `Bearer ${TOKEN}`, body }), 401, 'E0401', /Digest/);
    assertSibsError(await sibsCall(sandbox.origin, path, { authorization: `Digest ${other.transactionSignature}`, body }), 401, 'E0401', /not valid/);
    assertSibsError(await sibsCall(sandbox.origin, path, { authorization: `Digest ${checkout.transactionSignature}x`, body }), 401, 'E0401', /not valid/);
    assertSibsError(await sibsCall(sandbox.origin, path, { authorization: `Digest ${checkout.transactionSignature}`, clientId: OTHER_CLIENT_ID, body }), 401, 'E0401');
    assertGatewayRefusal(await sibsCall(sandbox.origin, path, { authorization: `Digest ${checkout.transactionSignature}`, clientId: null, body }), /X-IBM-Client-Id/);
    assert.equal((await statusOf(sandbox.origin, checkout.transactionID)).body.paymentStatus, 'Pending', 'nothing happened');
  });

  test('a method the checkout did not list, an unknown transaction, and a second purchase are refused', async () => {
    const cardOnly = await createCheckout(sandbox.origin, ['CARD']);
    assertSibsError(await methodCall(sandbox.origin, cardOnly, 'mbway-id/purchase', { customerPhone: '351#912345678' }), 400, 'E0400', /MBWAY is not a payment method/);
    assertSibsError(await methodCall(sandbox.origin, { ...cardOnly, transactionID: 'nosuchtransaction000' }, 'card/purchase', cardInfo()), 404, 'E0404');
    assert.equal((await methodCall(sandbox.origin, cardOnly, 'card/purchase', cardInfo())).status, 200);
    assertSibsError(await methodCall(sandbox.origin, cardOnly, 'card/purchase', cardInfo()), 409, 'E0409');
  });
});

describe('SIBS card purchase: POST …/card/purchase', () => {
  async function purchase(pan: string, validationDate?: string) {
    const checkout = await createCheckout(sandbox.origin, ['CARD'], { returnUrl: 'https://shop.example/sibs-return.html?shop=1' });
    return { checkout, result: await methodCall(sandbox.origin, checkout, 'card/purchase', cardInfo(pan, validationDate)) };
  }

  test('the test PANs decide: approve, decline, error; an expired card is declined', async () => {
    const outcomes: Array<[string, string, string?]> = [
      ['4111111111111111', 'Success'], ['5555555555554444', 'Success'], ['4000000000000002', 'Declined'], ['4000000000000119', 'Error'],
      ['4111111111111111', 'Declined', '2020-01-31T23:59:59.000Z'],
    ];
    for (const [pan, expected, validationDate] of outcomes) {
      const { checkout, result } = await purchase(pan, validationDate);
      assert.equal(result.status, 200);
      assert.equal(result.body.paymentStatus, expected, pan);
      assert.equal(result.body.paymentMethod, 'CARD');
      assert.equal(result.body.actionResponse, undefined);
      assert.equal((await statusOf(sandbox.origin, checkout.transactionID)).body.paymentStatus, expected);
    }
  });

  test('validates the card: a PAN failing Luhn, a missing secure code', async () => {
    assertSibsError((await purchase('4111111111111112')).result, 400, 'E0400', /PAN/);
    const checkout = await createCheckout(sandbox.origin, ['CARD']);
    const body = cardInfo();
    assertSibsError(await methodCall(sandbox.origin, checkout, 'card/purchase', { cardInfo: { ...body.cardInfo, secureCode: undefined } }), 400, 'E0400', /secureCode/);
  });

  test('the 3-D Secure card answers Partial with a redirect; Approve on the challenge returns the shopper to the shop', async () => {
    const { checkout, result } = await purchase('4000000000003220');
    assert.equal(result.body.paymentStatus, 'Partial');
    assert.equal(result.body.actionResponse.type, 'DO_REDIRECT');
    const challengeUrl = result.body.actionResponse.redirectURL as string;
    assert.equal(challengeUrl, `${sandbox.origin}/sibs/3ds?transactionId=${checkout.transactionID}`);
    const page = await (await fetch(challengeUrl)).text();
    assert.match(page, /Confirm the payment of €50\.00/);
    assert.match(page, /<button type="submit" name="action" value="approve">Approve<\/button>/);
    assert.match(page, /value="refuse">Decline<\/button>/);
    const back = await fetch(challengeUrl, { method: 'POST', body: new URLSearchParams({ action: 'approve' }), redirect: 'manual' });
    assert.equal(back.status, 303);
    const location = new URL(back.headers.get('location')!);
    assert.equal(location.origin + location.pathname, 'https://shop.example/sibs-return.html');
    assert.deepEqual(Object.fromEntries(location.searchParams), { shop: '1', transactionID: checkout.transactionID, paymentStatus: 'Success' });
    assert.equal((await statusOf(sandbox.origin, checkout.transactionID)).body.paymentStatus, 'Success');
    assert.match(await (await fetch(challengeUrl)).text(), /This payment was approved/);
  });

  test('Decline on the challenge declines the payment', async () => {
    const { checkout, result } = await purchase('4000000000003220');
    const back = await fetch(result.body.actionResponse.redirectURL, { method: 'POST', body: new URLSearchParams({ action: 'refuse' }), redirect: 'manual' });
    assert.equal(new URL(back.headers.get('location')!).searchParams.get('paymentStatus'), 'Declined');
    assert.equal((await statusOf(sandbox.origin, checkout.transactionID)).body.paymentStatus, 'Declined');
  });

  test('a challenge page for an unknown transaction is a 404 page', async () => {
    const response = await fetch(`${sandbox.origin}/sibs/3ds?transactionId=nosuch`);
    assert.equal(response.status, 404);
    assert.match(await response.text(), /No card payment awaits authentication/);
  });
});

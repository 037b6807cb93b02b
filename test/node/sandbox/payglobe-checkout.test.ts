import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { useSandbox } from './helpers.js';
import { currentStep, initiated, payWithChoice, retrieve, step } from './payglobe-helpers.js';

const sandbox = useSandbox();

async function status(id: string) {
  return (await retrieve(sandbox.origin, id)).body;
}

describe('PayGlobe sandbox: hosted checkout, PREAUTH_VOUCHER_CAPTURE', () => {
  it('walks card → choice → OTP → capture and shows each step with its labelled controls', async () => {
    const { id, checkoutUrl } = await initiated(sandbox.origin, { amount: 150 });
    const card = await (await fetch(checkoutUrl)).text();
    assert.match(card, /data-step="card"/);
    for (const label of ['Approve card', 'Decline card', 'Cancel payment']) assert.ok(card.includes(`>${label}</button>`), label);
    await step(sandbox.origin, id, 'card', { action: 'approve' });
    assert.equal((await status(id)).status, 'CARD_PREAUTH_SUCCESS');
    const choice = await (await fetch(checkoutUrl)).text();
    for (const value of ['CARD_ONLY', 'CARD_AND_VOUCHER', 'VOUCHER_ONLY']) assert.ok(choice.includes(`value="${value}"`), value);
    assert.match(choice, /<label for="voucher-amount">/);
    await step(sandbox.origin, id, 'choice', { action: 'choose', paymentMethod: 'CARD_AND_VOUCHER', voucherAmount: '50' });
    assert.equal(await currentStep(sandbox.origin, id), 'otp');
    await step(sandbox.origin, id, 'otp', { action: 'confirm', otp: '123456' });
    const capture = await (await fetch(checkoutUrl)).text();
    assert.ok(capture.includes('>Capture €100.00 on the card</button>'));
    assert.ok(capture.includes('>Fail capture</button>'));
    const done = await step(sandbox.origin, id, 'capture', { action: 'capture' });
    assert.equal(done.status, 303);
    assert.equal(done.location, `/payglobe/checkout?paymentId=${id}`);
    const result = await (await fetch(checkoutUrl)).text();
    assert.match(result, /<h1>Payment complete<\/h1>/);
    assert.deepEqual(await status(id), {
      id, status: 'SUCCESS', totalAmount: 150, cardAmount: 100, voucherAmount: 50, currency: 'EUR',
      paymentMode: 'PREAUTH_VOUCHER_CAPTURE', paymentMethod: 'CARD_AND_VOUCHER', paymentId: (await status(id)).paymentId,
    });
  });

  it('card only: no OTP, the whole amount is captured', async () => {
    const { id } = await initiated(sandbox.origin, { amount: 20 });
    await step(sandbox.origin, id, 'card', { action: 'approve' });
    await step(sandbox.origin, id, 'choice', { action: 'choose', paymentMethod: 'CARD_ONLY' });
    assert.equal(await currentStep(sandbox.origin, id), 'capture');
    await step(sandbox.origin, id, 'capture', { action: 'capture' });
    const body = await status(id);
    assert.deepEqual([body.status, body.paymentMethod, body.cardAmount, body.voucherAmount], ['SUCCESS', 'CARD_ONLY', 20, 0]);
  });

  it('all vouchers: the pre-authorisation is voided and the card pays nothing', async () => {
    const { id, checkoutUrl } = await initiated(sandbox.origin, { amount: 20 });
    await step(sandbox.origin, id, 'card', { action: 'approve' });
    await step(sandbox.origin, id, 'choice', { action: 'choose', paymentMethod: 'VOUCHER_ONLY' });
    await step(sandbox.origin, id, 'otp', { action: 'confirm', otp: '123456' });
    assert.ok((await (await fetch(checkoutUrl)).text()).includes('>Void the card pre-authorisation</button>'));
    await step(sandbox.origin, id, 'capture', { action: 'capture' });
    const body = await status(id);
    assert.deepEqual([body.status, body.paymentMethod, body.cardAmount, body.voucherAmount], ['SUCCESS', 'VOUCHER_ONLY', 0, 20]);
  });

  const failures = [
    ['a declined card', async (id: string) => step(sandbox.origin, id, 'card', { action: 'decline' }), 'CARD_PREAUTH_FAILED', /declined/],
    ['a wrong voucher OTP', (id: string) => payWithChoice(sandbox.origin, id, 'VOUCHER_ONLY', '', '654321'), 'VOUCHER_FAILED', /OTP/],
    ['a failed capture', (id: string) => payWithChoice(sandbox.origin, id, 'CARD_ONLY', '', '', 'fail-capture'), 'CARD_CAPTURE_FAILED', /capture/],
    ['Cancel at the card step', (id: string) => step(sandbox.origin, id, 'cancel', { action: 'cancel' }), 'FAILED', /cancelled/],
    ['Cancel at the choice step', async (id: string) => {
      await step(sandbox.origin, id, 'card', { action: 'approve' });
      return step(sandbox.origin, id, 'cancel', { action: 'cancel' });
    }, 'FAILED', /cancelled/],
  ] as const;
  for (const [name, act, expected, message] of failures) {
    it(`${name} ends in ${expected} with an errorMessage`, async () => {
      const { id } = await initiated(sandbox.origin, { amount: 30 });
      await act(id);
      const body = await status(id);
      assert.equal(body.status, expected);
      assert.match(body.errorMessage, message);
      assert.equal(await currentStep(sandbox.origin, id), 'done');
    });
  }

  it('shows the shopper a mistake in the voucher amount and keeps the step', async () => {
    const { id } = await initiated(sandbox.origin, { amount: 30 });
    await step(sandbox.origin, id, 'card', { action: 'approve' });
    for (const voucherAmount of ['30', '0', '1.234', 'ten', '']) {
      const page = await step(sandbox.origin, id, 'choice', { action: 'choose', paymentMethod: 'CARD_AND_VOUCHER', voucherAmount });
      assert.equal(page.status, 400, voucherAmount);
      assert.match(page.text, /role="alert"/);
    }
    assert.equal(await currentStep(sandbox.origin, id), 'choice');
  });

  it('refuses a step that is over (double submit, a step skipped) with 409', async () => {
    const { id } = await initiated(sandbox.origin);
    assert.equal((await step(sandbox.origin, id, 'capture', { action: 'capture' })).status, 409);
    await step(sandbox.origin, id, 'card', { action: 'approve' });
    assert.equal((await step(sandbox.origin, id, 'card', { action: 'decline' })).status, 409);
    assert.equal((await status(id)).status, 'CARD_PREAUTH_SUCCESS');
  });

  it('answers 404 for an unknown payment and 400 for an unknown button', async () => {
    assert.equal((await fetch(`${sandbox.origin}/payglobe/checkout?paymentId=pg_nope`)).status, 404);
    const { id } = await initiated(sandbox.origin);
    assert.equal((await step(sandbox.origin, id, 'card', { action: 'maybe' })).status, 400);
    assert.equal((await step(sandbox.origin, id, 'card', { action: 'approve', embedded: 'yes' })).status, 400);
    assert.equal((await step(sandbox.origin, id, 'card', { action: 'approve', otp: '1'.repeat(21) })).status, 400);
    assert.equal((await retrieve(sandbox.origin, id)).body.status, 'PENDING');
  });
});

describe('PayGlobe sandbox: hosted checkout, SALE_DIRECT', () => {
  for (const [action, expected] of [['approve', 'SUCCESS'], ['decline', 'FAILED']] as const) {
    it(`${action} → ${expected}, no voucher step`, async () => {
      const { id } = await initiated(sandbox.origin, { paymentMode: 'SALE_DIRECT', amount: 42.1 });
      await step(sandbox.origin, id, 'card', { action });
      const body = await status(id);
      assert.equal(body.status, expected);
      assert.deepEqual([body.cardAmount, body.voucherAmount, body.paymentMethod], [42.1, 0, 'CARD_ONLY']);
    });
  }
});

describe('PayGlobe sandbox: where the shopper lands', () => {
  it('full page with returnUrl: 303 to returnUrl?paymentId=&status=', async () => {
    const { id } = await initiated(sandbox.origin, { paymentMode: 'SALE_DIRECT', returnUrl: 'https://shop.example/back?cart=7' });
    const done = await step(sandbox.origin, id, 'card', { action: 'approve' });
    assert.equal(done.location, `https://shop.example/back?cart=7&paymentId=${id}&status=SUCCESS`);
  });

  it('embedded: the result page posts payglobe:checkout-complete with id and status only', async () => {
    const { id } = await initiated(sandbox.origin, { returnUrl: 'https://shop.example/back' });
    const done = await step(sandbox.origin, id, 'card', { action: 'decline' }, true);
    assert.equal(done.location, `/payglobe/checkout?paymentId=${id}&embedded=1`);
    const page = await (await fetch(sandbox.origin + done.location)).text();
    assert.match(page, /data-embedded="1"/);
    assert.ok(page.includes(`data-message="{&quot;type&quot;:&quot;payglobe:checkout-complete&quot;,&quot;paymentId&quot;:&quot;${id}&quot;,&quot;status&quot;:&quot;CARD_PREAUTH_FAILED&quot;}"`));
    assert.match(page, /src="\/payglobe\/assets\/checkout-result.js"/);
    const script = await (await fetch(`${sandbox.origin}/payglobe/assets/checkout-result.js`)).text();
    assert.match(script, /window\.parent\.postMessage\(JSON\.parse\(result\.dataset\.message\), '\*'\)/);
  });

  it('wrapper API: errorUrl on failure, returnUrl on success, both with transactionId', async () => {
    const init = async () => {
      const response = await fetch(`${sandbox.origin}/api/payment/init`, {
        method: 'POST', headers: { Authorization: 'Bearer sk_test_payglobe_one', 'Content-Type': 'application/json' },
        body: JSON.stringify({ amount: 10, paymentMode: 'SALE_DIRECT', notifyUrl: 'https://shop.example/hook', errorUrl: 'https://shop.example/error', returnUrl: 'https://shop.example/done' }),
      });
      return ((await response.json()) as { transactionId: string }).transactionId;
    };
    const failed = await init();
    assert.equal((await step(sandbox.origin, failed, 'card', { action: 'decline' })).location, `https://shop.example/error?transactionId=${failed}&status=FAILED`);
    const paid = await init();
    assert.equal((await step(sandbox.origin, paid, 'card', { action: 'approve' })).location, `https://shop.example/done?transactionId=${paid}&status=SUCCESS`);
  });
});

describe('PayGlobe sandbox: exact splits in integer minor units', () => {
  const cases = [
    ['EUR', 150.3, '0.1', 150.2, 0.1],
    ['EUR', 0.03, '0.01', 0.02, 0.01],
    ['EUR', 1234567.89, '1234567.88', 0.01, 1234567.88],
    ['JPY', 1500, '333', 1167, 333],
    ['JPY', 3, '1', 2, 1],
    ['BHD', 10.005, '3.333', 6.672, 3.333],
    ['BHD', 0.003, '0.001', 0.002, 0.001],
  ] as const;
  for (const [currency, total, voucher, card, voucherAmount] of cases) {
    it(`${total} ${currency} with ${voucher} on vouchers leaves exactly ${card} on the card`, async () => {
      const { id } = await initiated(sandbox.origin, { amount: total, currency });
      await payWithChoice(sandbox.origin, id, 'CARD_AND_VOUCHER', voucher);
      const body = await status(id);
      assert.equal(body.status, 'SUCCESS');
      assert.deepEqual([body.totalAmount, body.cardAmount, body.voucherAmount, body.currency], [total, card, voucherAmount, currency]);
    });
  }

  it('refuses a JPY voucher amount with decimals and a BHD one with four', async () => {
    for (const [currency, total, voucher] of [['JPY', 1500, '10.5'], ['BHD', 10, '1.0001']] as const) {
      const { id } = await initiated(sandbox.origin, { amount: total, currency });
      await step(sandbox.origin, id, 'card', { action: 'approve' });
      const page = await step(sandbox.origin, id, 'choice', { action: 'choose', paymentMethod: 'CARD_AND_VOUCHER', voucherAmount: voucher });
      assert.equal(page.status, 400);
    }
  });
});

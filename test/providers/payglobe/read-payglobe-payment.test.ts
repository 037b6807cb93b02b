import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { PAYGLOBE_STATUSES } from '../../../src/providers/payglobe/payglobe-schemas.js';
import { PAYGLOBE_STATUS_MAP } from '../../../src/providers/payglobe/payglobe-results.js';
import {
  readPayGlobeCheckoutMessage, readPayGlobeCreatedPayment, readPayGlobePayment, readPayGlobeReturn,
} from '../../../src/providers/payglobe/read-payglobe-payment.js';

/** A retrieve() payload as the sandbox (and PayGlobe's docs) shape it. */
const payment = (fields: Record<string, unknown> = {}) => ({
  id: 'pg_abc123', status: 'SUCCESS', totalAmount: 150, cardAmount: 100, voucherAmount: 50, currency: 'EUR',
  paymentMode: 'PREAUTH_VOUCHER_CAPTURE', paymentMethod: 'CARD_AND_VOUCHER', paymentId: 'IGFS_1', ...fields,
});
const eur = (amount: number) => ({ amount, currency: 'EUR' });

describe('readPayGlobePayment', () => {
  it('maps every documented status, with pending ones not terminal', () => {
    const expected = {
      PENDING: ['pending', false], CARD_PREAUTH_SUCCESS: ['pending', false], SUCCESS: ['succeeded', true],
      CARD_PREAUTH_FAILED: ['failed', true], VOUCHER_FAILED: ['failed', true], CARD_CAPTURE_FAILED: ['failed', true],
      FAILED: ['failed', true], PAID: ['succeeded', true], EXPIRED: ['failed', true], CANCELLED: ['cancelled', true],
    } as const;
    expect(Object.keys(PAYGLOBE_STATUS_MAP).sort()).to.deep.equal([...PAYGLOBE_STATUSES].sort());
    for (const status of PAYGLOBE_STATUSES) {
      const pendingSplit = status === 'PENDING' ? { paymentMethod: null, cardAmount: 150, voucherAmount: 0 } : {};
      const reading = readPayGlobePayment(payment({ status, ...pendingSplit }));
      if (!reading.ok) throw new Error(`${status} refused`);
      expect([reading.result.status, reading.terminal], status).to.deep.equal(expected[status]);
      expect(reading.result.provider).to.equal('payglobe');
    }
  });

  it('gives a success its split as Money and its PayGlobe id as paymentId', () => {
    const reading = readPayGlobePayment(payment());
    expect(reading).to.deep.equal({
      ok: true, terminal: true,
      result: { provider: 'payglobe', status: 'succeeded', paymentId: 'pg_abc123', split: { total: eur(15000), card: eur(10000), voucher: eur(5000) }, raw: payment() },
    });
  });

  it('gives a failure PayGlobe’s errorMessage, or a worded default, under the status as code', () => {
    const withMessage = readPayGlobePayment(payment({ status: 'CARD_CAPTURE_FAILED', errorMessage: 'capture refused' }));
    expect(withMessage.ok && withMessage.result.error).to.deep.equal({ code: 'card_capture_failed', message: 'capture refused' });
    const bare = readPayGlobePayment(payment({ status: 'CARD_PREAUTH_FAILED', paymentMethod: null, cardAmount: 150, voucherAmount: 0 }));
    expect(bare.ok && bare.result.error).to.deep.equal({ code: 'card_preauth_failed', message: 'The card was declined.' });
  });

  it('reads JPY, EUR and BHD amounts exactly', () => {
    const jpy = readPayGlobePayment(payment({ currency: 'JPY', totalAmount: 1501, cardAmount: 1001, voucherAmount: 500 }));
    expect(jpy.ok && jpy.result.split).to.deep.equal({ total: { amount: 1501, currency: 'JPY' }, card: { amount: 1001, currency: 'JPY' }, voucher: { amount: 500, currency: 'JPY' } });
    const bhd = readPayGlobePayment(payment({ currency: 'BHD', totalAmount: 1.005, cardAmount: 0.67, voucherAmount: 0.335 }));
    expect(bhd.ok && bhd.result.split).to.deep.equal({ total: { amount: 1005, currency: 'BHD' }, card: { amount: 670, currency: 'BHD' }, voucher: { amount: 335, currency: 'BHD' } });
    const eurSmall = readPayGlobePayment(payment({ totalAmount: 0.3, cardAmount: 0.2, voucherAmount: 0.1 }));
    expect(eurSmall.ok && eurSmall.result.split).to.deep.equal({ total: eur(30), card: eur(20), voucher: eur(10) });
  });

  it('refuses amounts that do not add up, carry too many decimals, or contradict the method', () => {
    const refused = [
      payment({ cardAmount: 100, voucherAmount: 49.99 }),
      payment({ totalAmount: 150.001 }),
      payment({ currency: 'JPY', totalAmount: 150.5, cardAmount: 100.5, voucherAmount: 50 }),
      payment({ currency: 'BHD', totalAmount: 1.0005, cardAmount: 1.0005, voucherAmount: 0 }),
      payment({ totalAmount: 0.30000000000000004, cardAmount: 0.2, voucherAmount: 0.1 }),
      payment({ paymentMethod: 'CARD_ONLY' }),
      payment({ paymentMethod: 'VOUCHER_ONLY' }),
      payment({ paymentMethod: 'CARD_AND_VOUCHER', cardAmount: 150, voucherAmount: 0 }),
      payment({ cardAmount: null, voucherAmount: null }),
      payment({ totalAmount: -1 }),
      payment({ currency: 'XYZ' }),
    ];
    for (const body of refused) {
      const reading = readPayGlobePayment(body);
      expect(reading.ok, JSON.stringify(body)).to.equal(false);
      if (!reading.ok) expect(reading.error).to.include({ code: 'invalid_response', provider: 'payglobe' });
    }
  });

  it('refuses malformed payloads: unknown status, string amounts, no id, not an object', () => {
    for (const body of [
      { id: 'pg_1', status: 'SUCCEEDED', totalAmount: '150.00' }, payment({ status: 'SUCCEEDED' }), payment({ totalAmount: '150' }),
      payment({ id: undefined }), payment({ id: 'pg 1' }), payment({ paymentMethod: 'CASH' }), null, 'SUCCESS', [],
    ]) {
      const reading = readPayGlobePayment(body);
      expect(reading.ok, JSON.stringify(body)).to.equal(false);
    }
  });

  it('refuses another payment than the one expected (id or total)', () => {
    expect(readPayGlobePayment(payment(), { expected: { paymentId: 'pg_other' } }).ok).to.equal(false);
    expect(readPayGlobePayment(payment(), { expected: { total: eur(9900) } }).ok).to.equal(false);
    expect(readPayGlobePayment(payment(), { expected: { total: { amount: 15000, currency: 'BHD' } } }).ok).to.equal(false);
    expect(readPayGlobePayment(payment(), { expected: { total: eur(15000), paymentId: 'pg_abc123' } }).ok).to.equal(true);
  });

  it('keeps card + voucher = total for any split of any total (property)', () => {
    fc.assert(fc.property(
      fc.constantFrom(['JPY', 1], ['EUR', 100], ['BHD', 1000]), fc.integer({ min: 1, max: 10_000_000 }), fc.integer({ min: 0, max: 10_000_000 }),
      ([currency, scale], total, rawVoucher) => {
        const voucher = rawVoucher % (total + 1);
        const card = total - voucher;
        const method = voucher === 0 ? 'CARD_ONLY' : card === 0 ? 'VOUCHER_ONLY' : 'CARD_AND_VOUCHER';
        const toDecimal = (minor: number) => Number((minor / (scale as number)).toFixed(String(scale).length - 1));
        const reading = readPayGlobePayment(payment({
          currency, totalAmount: toDecimal(total), cardAmount: toDecimal(card), voucherAmount: toDecimal(voucher), paymentMethod: method,
        }));
        if (!reading.ok) return false;
        const split = reading.result.split!;
        return split.total.amount === total && split.card.amount === card && split.voucher.amount === voucher;
      },
    ));
  });
});

describe('readPayGlobeCreatedPayment', () => {
  const created = { id: 'pg_abc123', status: 'PENDING', totalAmount: 150.5, currency: 'EUR', checkoutUrl: 'https://api.payglobe.it/c?paymentId=pg_abc123' };
  it('accepts the created payment of the expected total', () => {
    expect(readPayGlobeCreatedPayment(created, { expected: { total: eur(15050) } })).to.deep.equal({ ok: true, payment: created });
  });
  it('refuses another total, a malformed body or a missing checkoutUrl', () => {
    expect(readPayGlobeCreatedPayment(created, { expected: { total: eur(15000) } }).ok).to.equal(false);
    expect(readPayGlobeCreatedPayment({ ...created, checkoutUrl: undefined }).ok).to.equal(false);
    expect(readPayGlobeCreatedPayment({ ...created, totalAmount: 150.505 }).ok).to.equal(false);
  });
});

describe('readPayGlobeCheckoutMessage', () => {
  it('reads the completion message, ignores other messages, refuses a completion of the wrong shape', () => {
    const message = { type: 'payglobe:checkout-complete', paymentId: 'pg_1', status: 'SUCCESS' };
    expect(readPayGlobeCheckoutMessage(message)).to.deep.equal({ ok: true, message });
    expect(readPayGlobeCheckoutMessage({ type: 'resize', height: 300 })).to.deep.equal({ ok: false, ignore: true });
    expect(readPayGlobeCheckoutMessage('payglobe:checkout-complete')).to.deep.equal({ ok: false, ignore: true });
    const bad = readPayGlobeCheckoutMessage({ type: 'payglobe:checkout-complete', paymentId: 42, status: 'SUCCESS' });
    expect(bad.ok === false && 'error' in bad && bad.error.code).to.equal('invalid_response');
  });
});

describe('readPayGlobeReturn', () => {
  it('reads paymentId and status; absent without paymentId', () => {
    expect(readPayGlobeReturn('?paymentId=pg_1&status=SUCCESS')).to.deep.equal({ ok: true, query: { paymentId: 'pg_1', status: 'SUCCESS' } });
    expect(readPayGlobeReturn('?paymentId=pg_1')).to.deep.equal({ ok: true, query: { paymentId: 'pg_1' } });
    expect(readPayGlobeReturn('?other=1')).to.deep.equal({ ok: false, absent: true });
  });
  it('refuses a malformed or repeated reference', () => {
    for (const search of ['?paymentId=', '?paymentId=%3Cscript%3E', '?paymentId=pg_1&status=DONE', '?paymentId=pg_1&paymentId=pg_2', `?paymentId=${'a'.repeat(200)}`]) {
      const reading = readPayGlobeReturn(search);
      expect(reading.ok === false && 'error' in reading, search).to.equal(true);
    }
  });
});

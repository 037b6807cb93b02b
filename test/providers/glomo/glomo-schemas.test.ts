import { expect } from '@open-wc/testing';
import * as z from 'zod/mini';
import {
  glomoNextSteps, glomoPaymentResponseSchema, glomoPaymentSchema, glomoPaymentStatus, glomoPaymentToResult, glomoOrderSchema,
  readGlomoCheckoutEvent,
} from '../../../src/providers/glomo/index.js';

const SIGNATURE = '369f988725175d8dfb4b11bb65784cb76326d998bba4b5bbb0f594e6d0388263';
const documentedResponse = {
  payment_id: 'payt_691eeb9aV79Uk',
  status: 'pending',
  next_steps: [
    { action: 'redirect', payload: { url: 'https://secure.glomopay.com?paymentId=payt_123&authToken=ey&redirectUrl=x' } },
    { action: 'poll', payload: { url: 'https://api.glomopay.com/api/v1/payment/payt_691eeb9aV79Uk', interval_in_ms: 5000 } },
  ],
};

describe('Glomo payment response', () => {
  it('accepts the documented response and extracts the redirect and the poll interval', () => {
    const parsed = z.safeParse(glomoPaymentResponseSchema, documentedResponse);
    expect(parsed.success).to.equal(true);
    if (!parsed.success) return;
    expect(glomoNextSteps(parsed.data)).to.deep.equal({
      redirectUrl: 'https://secure.glomopay.com?paymentId=payt_123&authToken=ey&redirectUrl=x',
      poll: { url: 'https://api.glomopay.com/api/v1/payment/payt_691eeb9aV79Uk', intervalMs: 5000 },
    });
  });

  it('skips next steps it does not know, and has none when Glomo sends none', () => {
    const parsed = z.parse(glomoPaymentResponseSchema, {
      payment_id: 'payt_1', status: 'success', next_steps: [{ action: 'display_qr', payload: { code: 'x' } }],
    });
    expect(glomoNextSteps(parsed)).to.deep.equal({ redirectUrl: null, poll: null });
    expect(z.parse(glomoPaymentResponseSchema, { payment_id: 'payt_1', status: 'failed' }).next_steps).to.deep.equal([]);
  });

  const malformed: Array<[string, unknown]> = [
    ['a redirect without a URL', { ...documentedResponse, next_steps: [{ action: 'redirect', payload: {} }] }],
    ['a poll with a fractional interval', { ...documentedResponse, next_steps: [{ action: 'poll', payload: { url: 'https://a', interval_in_ms: 1.5 } }] }],
    ['a poll with a negative interval', { ...documentedResponse, next_steps: [{ action: 'poll', payload: { url: 'https://a', interval_in_ms: -5 } }] }],
    ['no payment id', { status: 'pending', next_steps: [] }],
    ['an unknown status', { ...documentedResponse, status: 'authorised' }],
    ['a string', 'pending'],
    ['null', null],
  ];
  for (const [what, payload] of malformed) {
    it(`refuses ${what}`, () => {
      expect(z.safeParse(glomoPaymentResponseSchema, payload).success).to.equal(false);
    });
  }
});

describe('Glomo payment object and status map', () => {
  it('maps pending, success and failed to the library’s statuses', () => {
    expect(glomoPaymentStatus('pending')).to.equal('pending');
    expect(glomoPaymentStatus('success')).to.equal('succeeded');
    expect(glomoPaymentStatus('failed')).to.equal('failed');
  });

  it('turns a payment object into a PaymentResult, keeping extra fields in raw', () => {
    const payment = z.parse(glomoPaymentSchema, { payment_id: 'payt_1', order_id: 'order_A', status: 'failed', error: { code: 'INVALID_CARD', message: 'Card not eligible' }, amount: 100 });
    expect(glomoPaymentToResult(payment)).to.deep.equal({
      provider: 'glomo', status: 'failed', orderId: 'order_A', paymentId: 'payt_1',
      error: { code: 'INVALID_CARD', message: 'Card not eligible' }, raw: payment,
    });
    expect((payment as Record<string, unknown>).amount).to.equal(100);
  });

  it('refuses a payment object with a status outside pending|success|failed', () => {
    expect(z.safeParse(glomoPaymentSchema, { payment_id: 'payt_1', status: 'refunded' }).success).to.equal(false);
  });

  it('reads an order id from order_id or id', () => {
    expect(z.parse(glomoOrderSchema, { order_id: 'order_A' }).order_id).to.equal('order_A');
    expect(z.parse(glomoOrderSchema, { id: 'order_B', amount: 5 }).order_id).to.equal('order_B');
    expect(z.safeParse(glomoOrderSchema, { amount: 5 }).success).to.equal(false);
  });
});

describe('Glomo Checkout SDK events', () => {
  it('maps payment.success to a succeeded result with the signature', () => {
    const payload = { payment_id: 'payment_1', order_id: 'order_A', status: 'success', signature: SIGNATURE };
    expect(readGlomoCheckoutEvent('payment.success', payload)).to.deep.equal({
      ok: true,
      event: 'payment.success',
      result: { provider: 'glomo', status: 'succeeded', orderId: 'order_A', paymentId: 'payment_1', signature: SIGNATURE, raw: payload },
    });
  });

  it('maps payment.failure to a failed result with Glomo’s error', () => {
    const payload = { payment_id: 'payment_1', order_id: 'order_A', status: 'failed', error: { code: 'INVALID_CARD', message: 'Card not eligible for international payments' } };
    const reading = readGlomoCheckoutEvent('payment.failure', payload);
    expect(reading.ok && 'result' in reading && reading.result).to.deep.equal({
      provider: 'glomo', status: 'failed', orderId: 'order_A', paymentId: 'payment_1',
      error: { code: 'INVALID_CARD', message: 'Card not eligible for international payments' }, raw: payload,
    });
  });

  it('maps payment.bank_transfer_submitted to the pay-bank-transfer-submitted detail', () => {
    const payload = { orderId: 'order_A', senderAccountNumber: '12345678', transactionReference: 'REF-9' };
    expect(readGlomoCheckoutEvent('payment.bank_transfer_submitted', payload)).to.deep.equal({ ok: true, event: 'payment.bank_transfer_submitted', detail: payload });
  });

  const malformed: Array<[Parameters<typeof readGlomoCheckoutEvent>[0], unknown]> = [
    ['payment.success', { payment_id: 'payment_1', order_id: 'order_A', status: 'success' }],
    ['payment.success', { payment_id: 'payment_1', order_id: 'order_A', status: 'failed', signature: SIGNATURE }],
    ['payment.failure', { payment_id: 'payment_1', order_id: 'order_A', status: 'failed', error: 'boom' }],
    ['payment.bank_transfer_submitted', { orderId: 'order_A', senderAccountNumber: '' , transactionReference: 'x' }],
    ['payment.success', undefined],
  ];
  malformed.forEach(([event, payload], index) => {
    it(`answers invalid_response for malformed ${event} payload #${index + 1}`, () => {
      const reading = readGlomoCheckoutEvent(event, payload);
      expect(reading).to.deep.equal({ ok: false, error: { code: 'invalid_response', message: `Glomo Checkout sent a malformed ${event} payload.`, provider: 'glomo' } });
    });
  });
});

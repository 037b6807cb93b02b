import { expect } from '@open-wc/testing';
import { readGlomoPayment, readGlomoPaymentResponse } from '../../../src/providers/glomo/index.js';

const INVALID = { ok: false, error: { code: 'invalid_response', message: 'The payment server sent an answer that is not a Glomo payment.', provider: 'glomo' } };

describe('readGlomoPaymentResponse', () => {
  it('validates the payment response and hands over its next steps', () => {
    const reading = readGlomoPaymentResponse({
      payment_id: 'payt_1', status: 'pending',
      next_steps: [{ action: 'poll', payload: { url: 'https://api.glomopay.com/api/v1/payment/payt_1', interval_in_ms: 2000 } }, { action: 'redirect', payload: { url: 'https://secure.glomopay.com/x' } }],
    });
    expect(reading.ok && reading.nextSteps).to.deep.equal({
      redirectUrl: 'https://secure.glomopay.com/x',
      poll: { url: 'https://api.glomopay.com/api/v1/payment/payt_1', intervalMs: 2000 },
    });
  });

  it('answers invalid_response for an error body, HTML or nothing', () => {
    expect(readGlomoPaymentResponse({ error: { code: 'INVALID_REQUEST', message: 'x' } })).to.deep.equal(INVALID);
    expect(readGlomoPaymentResponse('<html>')).to.deep.equal(INVALID);
    expect(readGlomoPaymentResponse(undefined)).to.deep.equal(INVALID);
  });
});

describe('readGlomoPayment', () => {
  it('maps the status endpoint’s payment object to a PaymentResult', () => {
    const payment = { payment_id: 'payt_1', order_id: 'order_A', status: 'success', method: 'card' };
    expect(readGlomoPayment(payment)).to.deep.equal({
      ok: true,
      result: { provider: 'glomo', status: 'succeeded', orderId: 'order_A', paymentId: 'payt_1', raw: payment },
    });
    const pending = readGlomoPayment({ payment_id: 'payt_1', status: 'pending' });
    expect(pending.ok && pending.result.status).to.equal('pending');
  });

  it('answers invalid_response for a payment object with an undocumented status', () => {
    expect(readGlomoPayment({ payment_id: 'payt_1', status: 'approved' })).to.deep.equal(INVALID);
  });
});

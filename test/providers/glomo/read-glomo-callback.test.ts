import { expect } from '@open-wc/testing';
import { readGlomoCallback } from '../../../src/providers/glomo/index.js';
import { registerMessages } from '../../../src/core/messages.js';

const SIGNATURE = '369f988725175d8dfb4b11bb65784cb76326d998bba4b5bbb0f594e6d0388263';

describe('readGlomoCallback', () => {
  it('reads a successful S2S callback URL into a glomo PaymentResult carrying the signature', () => {
    const reading = readGlomoCallback(`https://shop.example/return?order_id=order_A&payment_id=payt_1&status=success&signature=${SIGNATURE}`);
    expect(reading).to.deep.equal({
      ok: true,
      result: {
        provider: 'glomo',
        status: 'succeeded',
        orderId: 'order_A',
        paymentId: 'payt_1',
        signature: SIGNATURE,
        raw: { order_id: 'order_A', payment_id: 'payt_1', status: 'success', signature: SIGNATURE },
      },
    });
  });

  it('reads a URL object, a bare query string and the page location alike', () => {
    const query = `order_id=order_A&payment_id=payt_1&status=success&signature=${SIGNATURE}`;
    const fromUrl = readGlomoCallback(new URL(`https://shop.example/return?${query}`));
    const fromQuery = readGlomoCallback(`?${query}`);
    const fromBare = readGlomoCallback(query);
    expect(fromUrl).to.deep.equal(fromQuery);
    expect(fromBare).to.deep.equal(fromQuery);
    expect(fromQuery.ok).to.equal(true);
    // The test page itself has no callback query: a real Location object is read, and refused.
    const fromLocation = readGlomoCallback(window.location);
    expect(fromLocation.ok).to.equal(false);
  });

  it('maps a failed callback to a failed result with Glomo’s error message', () => {
    const reading = readGlomoCallback('?order_id=order_A&payment_id=payt_1&status=failed&error=Card%20declined%20by%20issuer&signature=' + SIGNATURE);
    expect(reading.ok).to.equal(true);
    if (!reading.ok) return;
    expect(reading.result.status).to.equal('failed');
    expect(reading.result.error).to.deep.equal({ code: 'payment_failed', message: 'Card declined by issuer' });
  });

  it('gives a failed callback without an error message a worded default', () => {
    const reading = readGlomoCallback('?order_id=order_A&payment_id=payt_1&status=failed');
    expect(reading.ok && reading.result.error).to.deep.equal({ code: 'payment_failed', message: 'The payment failed.' });
  });

  it('reads the Checkout callbackUrl query, with or without a payment id', () => {
    const withId = readGlomoCallback(`https://shop.example/r?status=success&orderId=order_B&paymentId=payt_2&signature=${SIGNATURE}`);
    expect(withId.ok && withId.result).to.deep.include({ provider: 'glomo', status: 'succeeded', orderId: 'order_B', paymentId: 'payt_2', signature: SIGNATURE });
    const withoutId = readGlomoCallback(`https://shop.example/r?status=failed&orderId=order_B&signature=${SIGNATURE}`);
    expect(withoutId.ok && withoutId.result.status).to.equal('failed');
    expect(withoutId.ok && 'paymentId' in withoutId.result).to.equal(false);
  });

  const invalid: Array<[string, string]> = [
    ['an empty query', 'https://shop.example/return'],
    ['a missing payment id', `?order_id=order_A&status=success&signature=${SIGNATURE}`],
    ['an unknown status', `?order_id=order_A&payment_id=payt_1&status=paid&signature=${SIGNATURE}`],
    ['a pending status (callbacks are final)', `?order_id=order_A&payment_id=payt_1&status=pending&signature=${SIGNATURE}`],
    ['an unsigned success', '?order_id=order_A&payment_id=payt_1&status=success'],
    ['a signature that is not hex', `?order_id=order_A&payment_id=payt_1&status=success&signature=${'z'.repeat(64)}`],
    ['a signature of the wrong length', `?order_id=order_A&payment_id=payt_1&status=success&signature=${SIGNATURE.slice(2)}`],
    ['a repeated status', `?order_id=order_A&payment_id=payt_1&status=failed&status=success&signature=${SIGNATURE}`],
    ['an empty order id', `?order_id=&payment_id=payt_1&status=success&signature=${SIGNATURE}`],
    ['a broken URL', 'https://[bad'],
  ];
  for (const [what, query] of invalid) {
    it(`answers invalid_response, without throwing, for ${what}`, () => {
      const reading = readGlomoCallback(query);
      expect(reading.ok).to.equal(false);
      if (reading.ok) return;
      expect(reading.error.code).to.equal('invalid_response');
      expect(reading.error.provider).to.equal('glomo');
      expect(reading.error.message).to.be.a('string').and.not.equal('');
    });
  }

  it('says the shop refused the result when the merchant server redirected with error=invalid_signature', () => {
    const reading = readGlomoCallback('https://shop.example/return?error=invalid_signature');
    expect(reading).to.deep.equal({
      ok: false,
      error: { code: 'invalid_response', message: 'The payment result could not be verified by the shop (invalid_signature).', provider: 'glomo' },
    });
  });

  it('words its errors in the requested locale', () => {
    registerMessages('pt', { 'glomo.callback.missing': 'Sem resultado de pagamento.' });
    const reading = readGlomoCallback('https://shop.example/return', { locale: 'pt-PT' });
    expect(!reading.ok && reading.error.message).to.equal('Sem resultado de pagamento.');
  });
});

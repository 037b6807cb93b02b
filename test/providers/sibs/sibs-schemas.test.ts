import { expect } from '@open-wc/testing';
import * as z from 'zod/mini';
import {
  SIBS_PAYMENT_STATUSES, sibsCardPurchaseResponseSchema, sibsCreateResponseSchema, sibsMbwayPurchaseResponseSchema,
  sibsPaymentStatus, sibsReferenceGenerateResponseSchema, sibsStatusResponseSchema, sibsThreeDSRedirectUrl,
  sibsWebhookPayloadSchema, toSibsCustomerPhone,
} from '../../../src/providers/sibs/sibs-schemas.js';

const returnStatus = { statusCode: '000', statusMsg: 'Success', statusDescription: 'Success' };
const amount = { value: 50, currency: 'EUR' };
const merchant = { terminalId: 55711, channel: 'web', merchantTransactionId: 'order-1' };

describe('SIBS create (checkout) response', () => {
  it('accepts the public shape and keeps extra fields', () => {
    const parsed = z.parse(sibsCreateResponseSchema, {
      returnStatus, transactionID: 's2MfidBaW9NbUDThbQNh', transactionSignature: 'eyJ0eElkIjoiczJN.f5JJ.fDgH', amount, merchant,
      paymentMethodList: ['CARD', 'MBWAY'], formContext: 'abc', tokenList: [],
    });
    expect(parsed.transactionID).to.equal('s2MfidBaW9NbUDThbQNh');
    expect((parsed as Record<string, unknown>).formContext).to.equal('abc');
  });

  it('refuses a response without the signature or with an empty id', () => {
    expect(z.safeParse(sibsCreateResponseSchema, { returnStatus, transactionID: 'x' }).success).to.equal(false);
    expect(z.safeParse(sibsCreateResponseSchema, { returnStatus, transactionID: '', transactionSignature: 's' }).success).to.equal(false);
  });
});

describe('SIBS card purchase response', () => {
  const challenge = {
    returnStatus, paymentStatus: 'Partial', paymentMethod: 'CARD', transactionID: 't1', amount,
    actionResponse: { type: 'DO_REDIRECT', redirectURL: 'https://acs.example/3ds?x=1', method: 'GET' },
  };

  it('reads the 3-D Secure redirect URL of a Partial purchase', () => {
    expect(sibsThreeDSRedirectUrl(z.parse(sibsCardPurchaseResponseSchema, challenge))).to.equal('https://acs.example/3ds?x=1');
  });

  it('has no redirect for an immediate success, nor for an action it does not know', () => {
    const success = z.parse(sibsCardPurchaseResponseSchema, { returnStatus, paymentStatus: 'Success', transactionID: 't1' });
    expect(sibsThreeDSRedirectUrl(success)).to.equal(null);
    const other = z.parse(sibsCardPurchaseResponseSchema, { ...challenge, actionResponse: { type: 'THREEDS_METHOD', data: 'x' } });
    expect(sibsThreeDSRedirectUrl(other)).to.equal(null);
  });

  const malformed: Array<[string, unknown]> = [
    ['a Partial purchase without its action', { ...challenge, actionResponse: undefined }],
    ['a redirect action without a URL', { ...challenge, actionResponse: { type: 'DO_REDIRECT' } }],
    ['an unknown paymentStatus', { ...challenge, paymentStatus: 'Maybe' }],
    ['a missing returnStatus', { ...challenge, returnStatus: undefined }],
    ['an amount in a lower-case currency', { ...challenge, amount: { value: 50, currency: 'eur' } }],
    ['a negative amount', { ...challenge, amount: { value: -1, currency: 'EUR' } }],
  ];
  for (const [name, payload] of malformed) {
    it(`refuses ${name}`, () => {
      expect(z.safeParse(sibsCardPurchaseResponseSchema, payload).success).to.equal(false);
    });
  }
});

describe('SIBS MB WAY and Multibanco responses', () => {
  it('accepts a pending MB WAY purchase', () => {
    const parsed = z.parse(sibsMbwayPurchaseResponseSchema, { returnStatus, paymentStatus: 'Pending', paymentMethod: 'MBWAY', transactionID: 't2', amount });
    expect(parsed.paymentStatus).to.equal('Pending');
  });

  const reference = { entity: '24000', reference: '123456789', amount, expireDate: '2026-11-26T23:59:59.000Z', status: 'UNPAID' };

  it('accepts a generated reference with entity, reference, amount and expiry', () => {
    const parsed = z.parse(sibsReferenceGenerateResponseSchema, { returnStatus, paymentStatus: 'Pending', paymentMethod: 'REFERENCE', transactionID: 't3', paymentReference: reference });
    expect(parsed.paymentReference).to.deep.include({ entity: '24000', reference: '123456789' });
  });

  const badReferences: Array<[string, unknown]> = [
    ['a 4-digit entity', { ...reference, entity: '2400' }],
    ['an 8-digit reference', { ...reference, reference: '12345678' }],
    ['a numeric reference', { ...reference, reference: 123456789 }],
    ['an expiry that is not a date', { ...reference, expireDate: 'soon' }],
    ['no amount', { ...reference, amount: undefined }],
  ];
  for (const [name, paymentReference] of badReferences) {
    it(`refuses a reference with ${name}`, () => {
      const payload = { returnStatus, paymentStatus: 'Pending', transactionID: 't3', paymentReference };
      expect(z.safeParse(sibsReferenceGenerateResponseSchema, payload).success).to.equal(false);
    });
  }

  it('refuses a generate answer without its reference', () => {
    expect(z.safeParse(sibsReferenceGenerateResponseSchema, { returnStatus, paymentStatus: 'Pending', transactionID: 't3' }).success).to.equal(false);
  });
});

describe('SIBS status and webhook payloads', () => {
  it('accepts every documented status', () => {
    for (const paymentStatus of SIBS_PAYMENT_STATUSES) {
      expect(z.safeParse(sibsStatusResponseSchema, { returnStatus, paymentStatus, transactionID: 't' }).success, paymentStatus).to.equal(true);
    }
  });

  it('requires the notification id in a webhook', () => {
    const payload = { returnStatus, paymentStatus: 'Success', paymentMethod: 'MBWAY', transactionID: 't', transactionDateTime: '2026-11-23T10:00:00Z', amount };
    expect(z.safeParse(sibsWebhookPayloadSchema, payload).success).to.equal(false);
    expect(z.safeParse(sibsWebhookPayloadSchema, { ...payload, notificationID: 'n-1' }).success).to.equal(true);
  });
});

describe('SIBS status map', () => {
  it('maps each paymentStatus to the library status and failure code', () => {
    expect(sibsPaymentStatus('Success')).to.deep.equal({ status: 'succeeded' });
    expect(sibsPaymentStatus('Partial')).to.deep.equal({ status: 'requires_action' });
    expect(sibsPaymentStatus('Pending')).to.deep.equal({ status: 'pending' });
    expect(sibsPaymentStatus('InProcessing')).to.deep.equal({ status: 'pending' });
    expect(sibsPaymentStatus('Declined')).to.deep.equal({ status: 'failed', failure: 'payment_declined' });
    expect(sibsPaymentStatus('Timeout')).to.deep.equal({ status: 'failed', failure: 'payment_expired' });
    expect(sibsPaymentStatus('Expired')).to.deep.equal({ status: 'failed', failure: 'payment_expired' });
    expect(sibsPaymentStatus('Error')).to.deep.equal({ status: 'failed', failure: 'payment_error' });
  });
});

describe('MB WAY phone numbers', () => {
  it('turns what a shopper types into the SIBS alias', () => {
    for (const typed of ['912345678', '912 345 678', '+351 912 345 678', '00351-912-345-678', '351912345678', '(+351) 912345678']) {
      expect(toSibsCustomerPhone(typed), typed).to.equal('351#912345678');
    }
  });

  it('refuses numbers that are not Portuguese mobiles', () => {
    for (const typed of ['', '212345678', '91234567', '9123456789', '+34 912 345 678', '351#912345678x', 'nine one two']) {
      expect(toSibsCustomerPhone(typed), typed).to.equal(null);
    }
  });
});

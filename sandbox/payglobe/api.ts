import { Hono, type Context } from 'hono';
import { apiError } from '../errors.js';
import type { SandboxEnv } from '../faults.js';
import { newId } from '../store.js';
import { chooseMethod } from './flow.js';
import { publishableKeyOf, secretKeyOf } from './keys.js';
import { decimal, retrieveView, transactionView, type PayGlobePayment, type PayGlobeState } from './state.js';
import { minorUnits, readJson, validateInitiateRequest, validateInitRequest, validateVoucherChoice, type NewPaymentRequest } from './validate.js';

/**
 * PayGlobe's API (https://api.payglobe.it/paymentgw in production):
 * - payglobe.js' endpoints, publishable key: `POST /api/payment/initiate`, `GET /api/payment/initiate/{id}`;
 * - the wrapper API, secret key: `POST /api/payment/init`, `GET /api/payment/transaction/{id}`, and the
 *   sandbox-defined `POST /api/payment/transaction/{id}/voucher-choice` for merchant-hosted voucher steps.
 */

type ApiEnv = { Variables: SandboxEnv['Variables'] & { apiKey: string } };

function checkoutUrl(c: Context<ApiEnv>, id: string): string {
  const url = new URL('/payglobe/checkout', new URL(c.req.url).origin);
  url.searchParams.set('paymentId', id);
  return url.href;
}

function insertPayment(state: PayGlobeState, key: string, api: PayGlobePayment['api'], request: NewPaymentRequest): PayGlobePayment {
  const { total, mode, ...rest } = request;
  return state.payments.insert({
    id: api === 'initiate' ? newId('pg_') : newId('TXN_'),
    key,
    api,
    mode,
    status: 'PENDING',
    step: 'card',
    total,
    card: total,
    voucher: 0,
    // A direct sale has no voucher option: it is card only from the start.
    paymentMethod: mode === 'SALE_DIRECT' ? 'CARD_ONLY' : null,
    // The wrapper API names the card gateway's payment at once (`igfs.paymentId`).
    gatewayPaymentId: api === 'wrapper' ? newId('IGFS_') : null,
    ...rest,
    createdAt: new Date().toISOString(),
  });
}

export function payglobeApi({ state }: { state: PayGlobeState }) {
  const api = new Hono<ApiEnv>();

  api.use('/api/payment/initiate', requireKey('publishable'));
  api.use('/api/payment/initiate/*', requireKey('publishable'));
  api.use('/api/payment/init', requireKey('secret'));
  api.use('/api/payment/transaction/*', requireKey('secret'));

  /** Another key's payment is "not found" too: ids don't leak across merchants. */
  const ownPayment = (c: Context<ApiEnv>, id: string) => {
    const payment = state.payments.get(id);
    return payment && payment.key === c.get('apiKey') ? payment : undefined;
  };
  const notFound = (c: Context<ApiEnv>, id: string) => apiError(c, 404, 'NOT_FOUND', `payment ${id} not found`);

  api.post('/api/payment/initiate', async (c) => {
    const body = validateInitiateRequest(await readJson(c.req.raw));
    if (!body.ok) return apiError(c, 400, 'INVALID_REQUEST', body.message);
    const payment = insertPayment(state, c.get('apiKey'), 'initiate', body.value);
    return c.json({
      success: true,
      id: payment.id,
      status: payment.status,
      totalAmount: decimal(payment.total, payment.currency),
      currency: payment.currency,
      paymentMode: payment.mode,
      checkoutUrl: checkoutUrl(c, payment.id),
    });
  });

  api.get('/api/payment/initiate/:id', (c) => {
    const payment = ownPayment(c, c.req.param('id'));
    if (!payment) return notFound(c, c.req.param('id'));
    if (c.get('malformed')) {
      // Fault `malformed`: valid JSON of the wrong shape, as a broken gateway might answer.
      c.set('malformedHandled', true);
      return c.json({ id: payment.id, status: 'SUCCEEDED', totalAmount: '150.00' });
    }
    return c.json(retrieveView(payment));
  });

  api.post('/api/payment/init', async (c) => {
    const body = validateInitRequest(await readJson(c.req.raw));
    if (!body.ok) return apiError(c, 400, 'INVALID_REQUEST', body.message);
    const payment = insertPayment(state, c.get('apiKey'), 'wrapper', body.value);
    return c.json({
      success: true,
      transactionId: payment.id,
      totalAmount: decimal(payment.total, payment.currency),
      currency: payment.currency,
      paymentMode: payment.mode,
      redirectUrl: checkoutUrl(c, payment.id),
      igfs: { paymentId: payment.gatewayPaymentId, status: 'PENDING' },
    });
  });

  api.get('/api/payment/transaction/:id', (c) => {
    const payment = ownPayment(c, c.req.param('id'));
    return payment ? c.json(transactionView(payment)) : notFound(c, c.req.param('id'));
  });

  api.post('/api/payment/transaction/:id/voucher-choice', async (c) => {
    const payment = ownPayment(c, c.req.param('id'));
    if (!payment) return notFound(c, c.req.param('id'));
    const body = validateVoucherChoice(await readJson(c.req.raw));
    if (!body.ok) return apiError(c, 400, 'INVALID_REQUEST', body.message);
    if (payment.step !== 'choice') {
      return apiError(c, 409, 'INVALID_REQUEST', `payment ${payment.id} is ${payment.status}: the voucher choice is made once, after the card pre-authorisation`);
    }
    const { paymentMethod, voucherAmount } = body.value;
    let voucher: number | null = null;
    if (voucherAmount !== undefined) {
      const minor = minorUnits(voucherAmount, payment.currency, 'voucherAmount');
      if (!minor.ok) return apiError(c, 400, 'INVALID_REQUEST', minor.message);
      voucher = minor.value;
    }
    const expected = paymentMethod === 'CARD_ONLY' ? 0 : paymentMethod === 'VOUCHER_ONLY' ? payment.total : null;
    if (paymentMethod === 'CARD_AND_VOUCHER' && voucher === null) return apiError(c, 400, 'INVALID_REQUEST', 'voucherAmount: is required for CARD_AND_VOUCHER');
    if (expected !== null && voucher !== null && voucher !== expected) {
      return apiError(c, 400, 'INVALID_REQUEST', `voucherAmount: must be ${decimal(expected, payment.currency)} for ${paymentMethod}`);
    }
    const chosen = chooseMethod(state, payment, paymentMethod, voucher);
    if (!chosen) return apiError(c, 400, 'INVALID_REQUEST', 'voucherAmount: must be above zero and below totalAmount for CARD_AND_VOUCHER');
    return c.json({ ...transactionView(chosen), nextUrl: checkoutUrl(c, chosen.id) });
  });

  return api;
}

function requireKey(kind: 'publishable' | 'secret') {
  return async (c: Context<ApiEnv>, next: () => Promise<void>) => {
    if (c.req.method === 'OPTIONS') return next();
    const result = kind === 'publishable' ? publishableKeyOf(c.req.header('Authorization')) : secretKeyOf(c.req.header('Authorization'));
    if ('problem' in result) return apiError(c, 401, 'UNAUTHORIZED', result.problem);
    c.set('apiKey', result.key);
    return next();
  };
}

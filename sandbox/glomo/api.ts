import { Hono } from 'hono';
import { apiError } from '../errors.js';
import type { SandboxEnv } from '../faults.js';
import { newId } from '../store.js';
import type { GlomoDeps } from './deps.js';
import { secretKeyProblem } from './keys.js';
import { isOrderPaid, paymentView } from './state.js';
import { validateOrderRequest, validatePaymentRequest } from './validate.js';

type GlomoApiEnv = { Variables: SandboxEnv['Variables'] & { secretKey: string } };

async function readJson(request: Request): Promise<unknown> {
  try {
    return JSON.parse(await request.text());
  } catch {
    return undefined;
  }
}

/**
 * Glomo's server API (https://api.glomopay.com in production): orders, S2S card payments and
 * the payment status the `poll` step points at. Every call needs `Authorization: Bearer sk_test_…`.
 */
export function glomoApi({ state, pollIntervalMs }: GlomoDeps) {
  const api = new Hono<GlomoApiEnv>();

  api.use('/api/v1/*', async (c, next) => {
    const problem = secretKeyProblem(c.req.header('Authorization'));
    if (problem) return apiError(c, 401, 'UNAUTHORIZED', problem);
    c.set('secretKey', c.req.header('Authorization')!.slice('Bearer '.length));
    return next();
  });

  api.post('/api/v1/orders', async (c) => {
    const body = validateOrderRequest(await readJson(c.req.raw));
    if (!body.ok) return apiError(c, 400, 'INVALID_REQUEST', body.message);
    const order = state.orders.insert({
      id: newId('order_'),
      secretKey: c.get('secretKey'),
      amount: body.value.amount,
      currency: body.value.currency,
      notes: body.value.notes,
      createdAt: new Date().toISOString(),
    });
    return c.json({ order_id: order.id, status: 'created', amount: order.amount, currency: order.currency, created_at: order.createdAt }, 201);
  });

  api.post('/api/v1/payment', async (c) => {
    const body = validatePaymentRequest(await readJson(c.req.raw));
    if (!body.ok) return apiError(c, 400, 'INVALID_REQUEST', body.message);
    const request = body.value;
    // The sandbox has no subscriptions API, so no subscription id can exist.
    if (request.kind === 'subsequent' || request.subscription_id !== undefined) {
      return apiError(c, 404, 'NOT_FOUND', `subscription ${request.subscription_id} not found`);
    }
    const order = state.orders.get(request.order_id ?? '');
    // Another merchant's order is "not found" too: ids don't leak across keys.
    if (!order || order.secretKey !== c.get('secretKey')) return apiError(c, 404, 'NOT_FOUND', `order ${request.order_id} not found`);
    if (isOrderPaid(state, order.id)) return apiError(c, 409, 'ORDER_ALREADY_PAID', `order ${order.id} is already paid`);
    const payment = state.payments.insert({
      id: newId('payt_'),
      orderId: order.id,
      method: 'card',
      status: 'pending',
      callbackUrl: request.callback_url,
      cardLast4: request.card.number.slice(-4),
      createdAt: new Date().toISOString(),
    });
    const origin = new URL(c.req.url).origin;
    const redirectUrl = new URL('/glomo/authenticate', origin);
    redirectUrl.searchParams.set('paymentId', payment.id);
    return c.json({
      payment_id: payment.id,
      status: payment.status,
      next_steps: [
        { action: 'redirect', payload: { url: redirectUrl.href } },
        { action: 'poll', payload: { url: `${origin}/api/v1/payment/${payment.id}`, interval_in_ms: pollIntervalMs } },
      ],
    });
  });

  api.get('/api/v1/payment/:id', (c) => {
    const payment = state.payments.get(c.req.param('id'));
    const order = payment && state.orders.get(payment.orderId);
    if (!payment || !order || order.secretKey !== c.get('secretKey')) {
      return apiError(c, 404, 'NOT_FOUND', `payment ${c.req.param('id')} not found`);
    }
    return c.json(paymentView(payment, order));
  });

  return api;
}

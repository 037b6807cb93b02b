import { Hono } from 'hono';
import { apiError } from '../errors.js';
import type { SandboxEnv } from '../faults.js';
import { defaultWebhookSecret } from './keys.js';
import { isTerminalStatus, retrieveView, type PayGlobeState } from './state.js';
import { readJson, validateForcedStatus, validateWebhookRegistration } from './validate.js';
import { sendWebhook } from './webhooks.js';

/**
 * Sandbox-only controls (no auth; the sandbox is a local test tool):
 * - `POST /__sandbox/payglobe/webhooks` `{ key, url, secret? }`: where (and with which secret) the
 *   payments of an API key are announced. payglobe.js payments need it (they have no `notifyUrl`);
 *   for the wrapper API it sets the secret. Without a secret, `whsec_test_<key without prefix>`.
 * - `GET /__sandbox/payglobe/webhooks/deliveries[?paymentId=]`: every delivery attempt and its HTTP status.
 * - `POST /__sandbox/payglobe/payments/{id}/status` `{ status, errorMessage? }`: forces any documented
 *   status (the payment-link ones PAID, EXPIRED, CANCELLED included) and announces it.
 */
export function payglobeControls({ state }: { state: PayGlobeState }) {
  const controls = new Hono<SandboxEnv>();

  controls.post('/__sandbox/payglobe/webhooks', async (c) => {
    const body = validateWebhookRegistration(await readJson(c.req.raw));
    if (!body.ok) return apiError(c, 400, 'INVALID_REQUEST', body.message);
    const { key, url } = body.value;
    const secret = body.value.secret ?? defaultWebhookSecret(key);
    state.webhooks.set(key, { url, secret });
    return c.json({ key, url, secret }, 201);
  });

  controls.get('/__sandbox/payglobe/webhooks/deliveries', (c) => {
    const paymentId = c.req.query('paymentId');
    return c.json({ deliveries: state.deliveries.filter((delivery) => paymentId === undefined || delivery.paymentId === paymentId) });
  });

  controls.post('/__sandbox/payglobe/payments/:id/status', async (c) => {
    const payment = state.payments.get(c.req.param('id'));
    if (!payment) return apiError(c, 404, 'NOT_FOUND', `payment ${c.req.param('id')} not found`);
    const body = validateForcedStatus(await readJson(c.req.raw));
    if (!body.ok) return apiError(c, 400, 'INVALID_REQUEST', body.message);
    const { status, errorMessage } = body.value;
    const terminal = isTerminalStatus(status);
    const updated = state.payments.update(payment.id, {
      status,
      errorMessage: errorMessage ?? (terminal && status !== 'SUCCESS' && status !== 'PAID' ? `Sandbox: status forced to ${status}` : undefined),
      step: terminal ? 'done' : status === 'CARD_PREAUTH_SUCCESS' ? 'choice' : 'card',
      ...(terminal ? { completedAt: new Date().toISOString() } : {}),
    })!;
    await sendWebhook(state, updated);
    return c.json(retrieveView(updated));
  });

  return controls;
}

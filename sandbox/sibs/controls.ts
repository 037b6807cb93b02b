import { Hono } from 'hono';
import { apiError } from '../errors.js';
import type { SandboxEnv } from '../faults.js';
import type { SibsSettler } from './settle.js';
import { inquiryView, type SibsState, type SibsStatus, type SibsTransaction } from './state.js';
import { isWebhookSecret, newWebhookSecret } from './webhooks.js';

/** What the shopper (or a test) can do to a pending payment. */
export const SIBS_CONTROLS = ['approve', 'refuse', 'expire', 'pay'] as const;
export type SibsControl = (typeof SIBS_CONTROLS)[number];

/**
 * The status a control leads to from where the transaction stands, or why it cannot apply:
 * approve / refuse / expire an MB WAY request (or a 3-D Secure challenge), pay or expire a
 * Multibanco reference.
 */
export function controlOutcome(transaction: SibsTransaction, control: SibsControl): SibsStatus | string {
  const { method, status } = transaction;
  const awaitingShopper = (method === 'MBWAY' && status === 'Pending') || (method === 'CARD' && status === 'Partial');
  const unpaidReference = method === 'REFERENCE' && status === 'Pending';
  if (control === 'approve' && awaitingShopper) return 'Success';
  if (control === 'refuse' && awaitingShopper) return 'Declined';
  if (control === 'expire' && awaitingShopper) return 'Timeout';
  if (control === 'expire' && unpaidReference) return 'Expired';
  if (control === 'pay' && unpaidReference) return 'Success';
  return `cannot ${control} a ${method ?? 'not yet started'} payment whose status is ${status}`;
}

/** Applies a control; the updated transaction, or the reason it could not apply. */
export async function applyControl(settler: SibsSettler, id: string, control: SibsControl): Promise<SibsTransaction | string | undefined> {
  const transaction = await settler.current(id);
  if (!transaction) return undefined;
  const outcome = controlOutcome(transaction, control);
  if (!['Success', 'Declined', 'Timeout', 'Expired'].includes(outcome)) return outcome;
  return (await settler.settle(id, outcome as SibsStatus)) ?? 'the payment is already final';
}

/**
 * Test controls: `POST /__sandbox/sibs/payments/{transactionID}/{approve|refuse|expire|pay}`,
 * webhook registration `POST /__sandbox/sibs/webhooks { clientId, url, secret? }` and the record of
 * deliveries `GET /__sandbox/sibs/webhooks/deliveries[?transactionID=…]`.
 */
export function sibsControls(state: SibsState, settler: SibsSettler) {
  const controls = new Hono<SandboxEnv>();

  controls.post('/__sandbox/sibs/payments/:id/:control', async (c) => {
    const control = c.req.param('control') as SibsControl;
    if (!SIBS_CONTROLS.includes(control)) return apiError(c, 404, 'NOT_FOUND', `no control ${control}; use ${SIBS_CONTROLS.join(', ')}`);
    const result = await applyControl(settler, c.req.param('id'), control);
    if (result === undefined) return apiError(c, 404, 'NOT_FOUND', `transaction ${c.req.param('id')} not found`);
    if (typeof result === 'string') return apiError(c, 409, 'INVALID_REQUEST', result);
    return c.json(inquiryView(result));
  });

  controls.post('/__sandbox/sibs/webhooks', async (c) => {
    const body = (await c.req.json().catch(() => null)) as Record<string, unknown> | null;
    const clientId = typeof body?.clientId === 'string' ? body.clientId.toLowerCase() : '';
    if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(clientId)) {
      return apiError(c, 400, 'INVALID_REQUEST', 'clientId must be the X-IBM-Client-Id (a UUID)');
    }
    let url: URL | null = null;
    try {
      url = new URL(String(body?.url));
    } catch {
      // reported below
    }
    if (!url || !['http:', 'https:'].includes(url.protocol)) return apiError(c, 400, 'INVALID_REQUEST', 'url must be an http(s) URL');
    if (body?.secret !== undefined && !isWebhookSecret(body.secret)) {
      return apiError(c, 400, 'INVALID_REQUEST', 'secret must be base64 of 32 bytes (an AES-256 key)');
    }
    const secret = (body?.secret as string | undefined) ?? newWebhookSecret();
    state.webhooks.set(clientId, { id: clientId, url: url.href, secret });
    return c.json({ clientId, url: url.href, secret }, 201);
  });

  controls.get('/__sandbox/sibs/webhooks/deliveries', (c) => {
    const transactionID = c.req.query('transactionID');
    const deliveries = state.deliveries.filter((delivery) => transactionID === undefined || delivery.transactionID === transactionID);
    return c.json({ deliveries });
  });

  return controls;
}

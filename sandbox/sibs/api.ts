import { Hono, type Context } from 'hono';
import * as z from 'zod/mini';
import {
  sibsCardPurchaseRequestSchema, sibsCreateRequestSchema, sibsMbwayPurchaseRequestSchema,
} from '../../src/providers/sibs/sibs-schemas.js';
import type { SandboxEnv } from '../faults.js';
import { sibsError, type SibsAuth } from './auth.js';
import { cardOutcome, luhnValid } from './cards.js';
import { MBWAY_WINDOW_MS, type SibsSettler } from './settle.js';
import { inquiryView, newTransaction, newTransactionId, OK_STATUS, type SibsMethod, type SibsState, type SibsTransaction } from './state.js';

/** MB WAY phones that answer by themselves after the poll interval (so tests need not drive the app page). */
export const MBWAY_MAGIC_PHONES: Readonly<Record<string, 'Success' | 'Declined' | 'Timeout'>> = {
  '351#910000001': 'Success',
  '351#910000002': 'Declined',
  '351#910000003': 'Timeout',
};

export interface SibsApiDeps {
  state: SibsState;
  auth: SibsAuth;
  settler: SibsSettler;
  pollIntervalMs: number;
}

async function readJson(request: Request): Promise<unknown> {
  try {
    const text = await request.text();
    return text.trim() === '' ? {} : JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** The first zod issue as "path: message", for SIBS-style error descriptions. */
function firstIssue(error: z.core.$ZodError): string {
  const issue = error.issues[0];
  return issue ? `${issue.path.join('.') || 'body'}: ${issue.message}` : 'invalid body';
}

/**
 * SIBS SPG's server API (`https://api.sibspayments.com/api/v2` in production): create a checkout,
 * pay it by card / MB WAY / Multibanco reference, read its status.
 */
export function sibsApi({ state, auth, settler, pollIntervalMs }: SibsApiDeps) {
  const api = new Hono<SandboxEnv>();
  const origin = (c: Context) => new URL(c.req.url).origin;

  api.post('/api/v2/payments', async (c) => {
    const caller = auth.bearer(c);
    if (caller instanceof Response) return caller;
    const body = z.safeParse(sibsCreateRequestSchema, await readJson(c.req.raw));
    if (!body.success) return sibsError(c, 400, 'E0400', `Invalid request: ${firstIssue(body.error)}`);
    const { transaction } = body.data;
    if (transaction.paymentMethod.includes('REFERENCE') && !transaction.paymentReference) {
      return sibsError(c, 400, 'E0400', 'Invalid request: transaction.paymentReference is required with REFERENCE');
    }
    const id = newTransactionId();
    const created = state.transactions.insert(newTransaction({
      request: body.data, token: caller.token, clientId: caller.clientId, id, signature: auth.sign(id, body.data.merchant.terminalId),
    }));
    return c.json({
      returnStatus: OK_STATUS,
      transactionID: created.id,
      transactionSignature: created.signature,
      amount: created.amount,
      merchant: { terminalId: created.terminalId, channel: body.data.merchant.channel, merchantTransactionId: created.merchantTransactionId },
      paymentMethodList: created.methods,
      expiry: new Date(Date.now() + 30 * 60 * 1000).toISOString(),
    });
  });

  /** The transaction a method call names, once its Digest and state allow `method` on it. */
  async function forMethodCall(c: Context, method: SibsMethod): Promise<SibsTransaction | Response> {
    const transaction = state.transactions.get(c.req.param('id') ?? '');
    if (!transaction) return sibsError(c, 404, 'E0404', 'Transaction not found.');
    const refused = auth.digest(c, transaction);
    if (refused) return refused;
    if (!transaction.methods.includes(method)) return sibsError(c, 400, 'E0400', `${method} is not a payment method of this transaction.`);
    if (transaction.method !== null) return sibsError(c, 409, 'E0409', 'This transaction was already processed.');
    return transaction;
  }

  api.post('/api/v2/payments/:id/card/purchase', async (c) => {
    const transaction = await forMethodCall(c, 'CARD');
    if (transaction instanceof Response) return transaction;
    const body = z.safeParse(sibsCardPurchaseRequestSchema, await readJson(c.req.raw));
    if (!body.success) return sibsError(c, 400, 'E0400', `Invalid request: ${firstIssue(body.error)}`);
    if (!luhnValid(body.data.cardInfo.PAN)) return sibsError(c, 400, 'E0400', 'Invalid request: cardInfo.PAN is not a valid card number');
    state.transactions.update(transaction.id, { method: 'CARD' });
    const outcome = cardOutcome(body.data.cardInfo);
    if (outcome !== 'challenge') {
      const settled = (await settler.settle(transaction.id, outcome))!;
      return c.json(inquiryView(settled));
    }
    const partial = state.transactions.update(transaction.id, { status: 'Partial' })!;
    const redirectURL = `${origin(c)}/sibs/3ds?transactionId=${encodeURIComponent(partial.id)}`;
    return c.json({ ...inquiryView(partial), actionResponse: { type: 'DO_REDIRECT', redirectURL, method: 'GET' } });
  });

  api.post('/api/v2/payments/:id/mbway-id/purchase', async (c) => {
    const transaction = await forMethodCall(c, 'MBWAY');
    if (transaction instanceof Response) return transaction;
    const body = z.safeParse(sibsMbwayPurchaseRequestSchema, await readJson(c.req.raw));
    if (!body.success) return sibsError(c, 400, 'E0400', 'Invalid request: customerPhone must be 351#9XXXXXXXX');
    const phone = body.data.customerPhone;
    const updated = state.transactions.update(transaction.id, { method: 'MBWAY', phone, expiresAt: Date.now() + MBWAY_WINDOW_MS })!;
    const magic = MBWAY_MAGIC_PHONES[phone];
    if (magic) settler.later(pollIntervalMs, () => void settler.settle(updated.id, magic));
    settler.later(MBWAY_WINDOW_MS, () => void settler.current(updated.id));
    return c.json(inquiryView(updated));
  });

  api.post('/api/v2/payments/:id/service-reference/generate', async (c) => {
    const transaction = await forMethodCall(c, 'REFERENCE');
    if (transaction instanceof Response) return transaction;
    const request = transaction.referenceRequest!;
    const expireAt = Date.parse(request.finalDatetime);
    if (!(expireAt > Date.now())) return sibsError(c, 400, 'E0400', 'paymentReference.finalDatetime is not in the future.');
    const reference = String(crypto.getRandomValues(new Uint32Array(1))[0]! % 1_000_000_000).padStart(9, '0');
    const updated = state.transactions.update(transaction.id, {
      method: 'REFERENCE',
      reference: { entity: request.entity, reference, expireDate: new Date(expireAt).toISOString() },
    })!;
    settler.later(expireAt - Date.now(), () => void settler.current(updated.id));
    return c.json(inquiryView(updated));
  });

  api.get('/api/v2/payments/:id/status', async (c) => {
    const caller = auth.bearer(c);
    if (caller instanceof Response) return caller;
    const transaction = await settler.current(c.req.param('id'));
    // Another client's transaction is "not found": ids don't leak across merchants.
    if (!transaction || transaction.clientId !== caller.clientId) return sibsError(c, 404, 'E0404', 'Transaction not found.');
    return c.json(inquiryView(transaction));
  });

  return api;
}

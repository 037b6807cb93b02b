import { Hono, type Context } from 'hono';
import { formAction, type SandboxEnv } from '../faults.js';
import { newId } from '../store.js';
import {
  checkoutErrorPage,
  checkoutPage,
  checkoutResultPage,
  type CheckoutActions,
  type CheckoutMessage,
  type CheckoutSession,
} from './checkout-views.js';
import type { GlomoDeps } from './deps.js';
import { isGlomoPublicKey } from './keys.js';
import { isOrderPaid, settleGlomoPayment, signGlomo, type GlomoPayment, type GlomoState } from './state.js';
import { isAllowedCallbackUrl, isWebOrigin, withQuery } from './urls.js';

/**
 * The hosted checkout Glomo's Checkout SDK opens in a popup:
 * `GET /glomo/checkout?orderId&publicKey&origin=<opener origin>[&callbackUrl]`. Card payments
 * approve or decline; a bank transfer collects the sender's account and reference. Results go
 * to the opener by postMessage, or (success/failure with `callbackUrl`) by redirecting there.
 */

type SessionFields = Record<string, unknown>;
type SessionProblem = { status: 400 | 404 | 409; title: string; message: string };

function readSession(state: GlomoState, fields: SessionFields): CheckoutSession | SessionProblem {
  const field = (name: string) => (typeof fields[name] === 'string' ? (fields[name] as string) : undefined);
  const publicKey = field('publicKey') ?? '';
  const openerOrigin = field('origin') ?? '';
  const callbackUrl = field('callbackUrl') || undefined;
  const bad = (message: string): SessionProblem => ({ status: 400, title: 'Checkout cannot open', message });
  if (!isGlomoPublicKey(publicKey)) return bad('The public key is not valid (expected pk_test_… or test_…; never a secret key).');
  if (!isWebOrigin(openerOrigin)) return bad('The opener origin is missing or not an http(s) origin.');
  if (callbackUrl !== undefined && !isAllowedCallbackUrl(callbackUrl)) return bad('The callback URL must be https (or http on a loopback host).');
  const order = state.orders.get(field('orderId') ?? '');
  if (!order) return { status: 404, title: 'Order not found', message: 'This checkout link does not match any order.' };
  if (isOrderPaid(state, order.id)) return { status: 409, title: 'Order already paid', message: 'This order has already been paid.' };
  return { order, publicKey, openerOrigin, callbackUrl };
}

const isProblem = (value: CheckoutSession | SessionProblem): value is SessionProblem => 'status' in value && 'title' in value;
const problemPage = (c: Context<SandboxEnv>, problem: SessionProblem) => c.html(checkoutErrorPage(problem.title, problem.message), problem.status);

/** The documented payloads, or (fault `malformed`) payloads of the wrong shape. */
function paymentMessage(payment: GlomoPayment, secretKey: string, malformed: boolean): CheckoutMessage {
  if (payment.status === 'success') {
    const payload = malformed
      ? { payment_id: 42, order_id: payment.orderId, status: 'success' }
      : { payment_id: payment.id, order_id: payment.orderId, status: 'success', signature: signGlomo(payment.orderId, payment.id, 'success', secretKey) };
    return { source: 'glomo-checkout', event: 'payment.success', payload };
  }
  const payload = malformed
    ? { order_id: payment.orderId, status: 'failed', error: 'declined' }
    : { payment_id: payment.id, order_id: payment.orderId, status: 'failed', error: payment.error };
  return { source: 'glomo-checkout', event: 'payment.failure', payload };
}

/** `callbackUrl` mode: `?status&orderId&paymentId&signature` (+ `error` on failure). */
function checkoutCallbackLocation(callbackUrl: string, payment: GlomoPayment, secretKey: string, malformed: boolean): string {
  if (malformed) return withQuery(callbackUrl, { status: 'approved', orderId: payment.orderId });
  return withQuery(callbackUrl, {
    status: payment.status,
    orderId: payment.orderId,
    paymentId: payment.id,
    signature: signGlomo(payment.orderId, payment.id, payment.status, secretKey),
    error: payment.error?.message,
  });
}

const ACCOUNT_NUMBER = /^[A-Za-z0-9 ]{4,34}$/;
const TRANSACTION_REFERENCE = /^[A-Za-z0-9 ./_-]{4,64}$/;

export function glomoCheckoutPages({ state }: GlomoDeps) {
  const pages = new Hono<SandboxEnv>();
  /** The checkout's two form actions, naming the order and carrying the page's switches. */
  const actions = (c: Context<SandboxEnv>, orderId: string): CheckoutActions => ({
    pay: formAction('/glomo/checkout/pay', { orderId }, c.req.query(), c.get('malformed')),
    bankTransfer: formAction('/glomo/checkout/bank-transfer', { orderId }, c.req.query(), c.get('malformed')),
  });

  pages.get('/glomo/checkout', (c) => {
    const session = readSession(state, c.req.query());
    if (isProblem(session)) return problemPage(c, session);
    // A malformed checkout is a whole page whose results (the form posts) are malformed.
    c.set('malformedHandled', true);
    return c.html(checkoutPage(session, actions(c, session.order.id)));
  });

  pages.post('/glomo/checkout/pay', async (c) => {
    const form = await c.req.parseBody();
    const session = readSession(state, form);
    if (isProblem(session)) return problemPage(c, session);
    const outcome = form.outcome === 'approve' ? 'approve' : form.outcome === 'decline' ? 'decline' : null;
    if (!outcome) return problemPage(c, { status: 400, title: 'Unknown choice', message: 'Choose Approve payment or Decline payment.' });
    const pending = state.payments.insert({
      id: newId('payt_'),
      orderId: session.order.id,
      method: 'card',
      status: 'pending',
      cardLast4: '1111',
      createdAt: new Date().toISOString(),
    });
    const payment = settleGlomoPayment(state, pending, outcome);
    const malformed = c.get('malformed');
    c.set('malformedHandled', true);
    if (session.callbackUrl !== undefined) {
      return c.redirect(checkoutCallbackLocation(session.callbackUrl, payment, session.order.secretKey, malformed), 303);
    }
    return c.html(checkoutResultPage(session.openerOrigin, paymentMessage(payment, session.order.secretKey, malformed)));
  });

  pages.post('/glomo/checkout/bank-transfer', async (c) => {
    const form = await c.req.parseBody();
    const session = readSession(state, form);
    if (isProblem(session)) return problemPage(c, session);
    const senderAccountNumber = String(form.senderAccountNumber ?? '').trim();
    const transactionReference = String(form.transactionReference ?? '').trim();
    const error = !ACCOUNT_NUMBER.test(senderAccountNumber)
      ? 'Enter your account number: 4 to 34 letters or digits.'
      : !TRANSACTION_REFERENCE.test(transactionReference)
        ? 'Enter the transaction reference your bank gave you: 4 to 64 characters.'
        : undefined;
    if (error) return c.html(checkoutPage(session, actions(c, session.order.id), { senderAccountNumber, transactionReference, error }), 400);
    state.orders.update(session.order.id, { bankTransfer: { senderAccountNumber, transactionReference } });
    c.set('malformedHandled', true);
    const payload = c.get('malformed')
      ? { orderId: session.order.id, senderAccountNumber: 12345 }
      : { orderId: session.order.id, senderAccountNumber, transactionReference };
    // Sent in callbackUrl mode too: the guide suppresses only success and failure events there.
    return c.html(checkoutResultPage(session.openerOrigin, { source: 'glomo-checkout', event: 'payment.bank_transfer_submitted', payload }));
  });

  return pages;
}

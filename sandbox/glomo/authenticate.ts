import { Hono, type Context } from 'hono';
import { formAction, type SandboxEnv } from '../faults.js';
import { html, htmlDocument, type SafeHtml } from '../html.js';
import { formatMinorUnits } from '../money.js';
import type { GlomoDeps } from './deps.js';
import { settleGlomoPayment, signGlomo, type GlomoDecision, type GlomoPayment } from './state.js';
import { withQuery } from './urls.js';

/**
 * The hosted 3-D Secure page behind the S2S `redirect` step (secure.glomopay.com in production):
 * Approve / Decline / Cancel / Slow, then the browser goes to the payment's `callback_url` with
 * `order_id, payment_id, status, signature` (+ `error`, a message, on failure).
 */
const DECISIONS = ['approve', 'decline', 'cancel', 'slow'] as const;
type Decision = (typeof DECISIONS)[number];

function messagePage(c: Context<SandboxEnv>, status: 400 | 404 | 409, title: string, message: string) {
  const body = html`<main><h1>${title}</h1><p role="alert">${message}</p></main>`;
  return c.html(htmlDocument({ title, body }), status);
}

function authenticationForm(payment: GlomoPayment, amount: string, action: string, slowMs: number): SafeHtml {
  return html`<main>
<h1>Authenticate your payment</h1>
<p>Glomo test bank: confirm the payment of <strong>${amount}</strong> with the card ending ${payment.cardLast4 ?? ''}.</p>
<dl><dt>Order</dt><dd>${payment.orderId}</dd><dt>Payment</dt><dd>${payment.id}</dd></dl>
<form method="post" action="${action}">
<input type="hidden" name="paymentId" value="${payment.id}">
<button type="submit" name="decision" value="approve">Approve</button>
<button type="submit" name="decision" value="decline">Decline</button>
<button type="submit" name="decision" value="cancel">Cancel</button>
<button type="submit" name="decision" value="slow">Slow</button>
</form>
<p>Slow approves after ${(slowMs / 1000).toFixed(1)} s; the payment stays pending meanwhile.</p>
</main>`;
}

/** The callback the browser is sent to: documented query, or (fault `malformed`) an undocumented status and no signature. */
function callbackLocation(payment: GlomoPayment, secretKey: string, malformed: boolean): string {
  if (malformed) return withQuery(payment.callbackUrl!, { order_id: payment.orderId, payment_id: payment.id, status: 'approved' });
  return withQuery(payment.callbackUrl!, {
    order_id: payment.orderId,
    payment_id: payment.id,
    status: payment.status,
    signature: signGlomo(payment.orderId, payment.id, payment.status, secretKey),
    error: payment.error?.message,
  });
}

export function glomoAuthenticatePages({ state, lifecycle, slowMs }: GlomoDeps) {
  const pages = new Hono<SandboxEnv>();

  pages.get('/glomo/authenticate', (c) => {
    const payment = state.payments.get(c.req.query('paymentId') ?? '');
    const order = payment && state.orders.get(payment.orderId);
    if (!payment?.callbackUrl || !order) return messagePage(c, 404, 'Payment not found', 'This authentication link is not valid.');
    if (payment.status !== 'pending') {
      return messagePage(c, 409, 'Payment already complete', `This payment is already ${payment.status}.`);
    }
    // A malformed authentication page is a whole page whose callback (the form post) is malformed.
    c.set('malformedHandled', true);
    const action = formAction('/glomo/authenticate', { paymentId: payment.id }, c.req.query(), c.get('malformed'));
    const body = authenticationForm(payment, formatMinorUnits(order.amount, order.currency), action, slowMs);
    return c.html(htmlDocument({ title: 'Authenticate your payment', body }));
  });

  pages.post('/glomo/authenticate', async (c) => {
    const form = await c.req.parseBody();
    const decision = form.decision as Decision;
    const payment = state.payments.get(String(form.paymentId ?? ''));
    const order = payment && state.orders.get(payment.orderId);
    if (!payment?.callbackUrl || !order) return messagePage(c, 404, 'Payment not found', 'This authentication link is not valid.');
    if (!DECISIONS.includes(decision)) return messagePage(c, 400, 'Unknown choice', 'Choose Approve, Decline, Cancel or Slow.');
    if (payment.status !== 'pending' || payment.deciding) {
      return messagePage(c, 409, 'Payment already complete', `This payment is already ${payment.status}.`);
    }
    if (decision === 'slow') {
      state.payments.update(payment.id, { deciding: true });
      // Not tied to the request: the bank approves even if the shopper closes the page meanwhile.
      await lifecycle.delay(slowMs);
    }
    const outcome: GlomoDecision = decision === 'slow' ? 'approve' : decision;
    const settled = settleGlomoPayment(state, payment, outcome);
    c.set('malformedHandled', true);
    return c.redirect(callbackLocation(settled, order.secretKey, c.get('malformed')), 303);
  });

  return pages;
}

import { Hono, type Context } from 'hono';
import { formAction, type SandboxEnv } from '../faults.js';
import { html, htmlDocument } from '../html.js';
import { signPayGlocalToken, type PayGlocalSigningKeys } from './keys.js';
import { callbackPayload, PAYGLOCAL_OUTCOMES, type PayGlocalOutcome, type PayGlocalPayment, type PayGlocalState } from './state.js';

/**
 * The hosted payment page (`redirectUrl`, /gl/payflow-ui/ in production). The shopper picks an
 * outcome — one per documented status — and the page answers with a form that posts
 * `x-gl-token` (RS256 JWT) to the payment's `merchantCallbackURL`, submitted by a script at once
 * (a button for browsers without scripts). Two switches: the ids-only token (`x-gl-enc: "true"`)
 * and a repeated callback (the sandbox first posts the same token server to server).
 */
const PAGE_PATH = '/gl/payflow-ui/';
const AUTOSUBMIT_JS = `document.getElementById('callback-form')?.submit();\n`;
const DUPLICATE_DELIVERY_TIMEOUT_MS = 3000;

function messagePage(c: Context<SandboxEnv>, status: 400 | 404 | 409, title: string, message: string) {
  return c.html(htmlDocument({ title, body: html`<main><h1>${title}</h1><p role="alert">${message}</p></main>` }), status);
}

function displayAmount(payment: PayGlocalPayment): string {
  return `${payment.totalAmount} ${payment.currency}`;
}

function paymentPage(payment: PayGlocalPayment, action: string) {
  return html`<main>
<h1>PayGlocal test checkout</h1>
<p>Pay <strong>${displayAmount(payment)}</strong> to merchant ${payment.merchantId}.</p>
<dl><dt>Order</dt><dd>${payment.merchantTxnId}</dd><dt>gid</dt><dd>${payment.id}</dd></dl>
<form method="post" action="${action}">
<input type="hidden" name="x-gl-token" value="${payment.pageToken}">
<fieldset><legend>Callback options</legend>
<label><input type="checkbox" name="idsOnly" value="on"> Send the ids-only token (x-gl-enc: "true")</label>
<label><input type="checkbox" name="duplicate" value="on"> Send the callback twice</label>
</fieldset>
${PAYGLOCAL_OUTCOMES.map((outcome) => html`<button type="submit" name="outcome" value="${outcome.status}">${outcome.label}</button>`)}
</form>
</main>`;
}

function callbackPage(payment: PayGlocalPayment, token: string) {
  return html`<main>
<h1>Returning to the shop</h1>
<p>Payment ${payment.status}. Sending the result to the shop…</p>
<form id="callback-form" method="post" action="${payment.callbackUrl}">
<input type="hidden" name="x-gl-token" value="${token}">
<button type="submit">Continue to the shop</button>
</form>
</main>`;
}

/** PayGlocal's retry: the same token posted server to server, before the browser's own post. */
async function deliverServerToServer(callbackUrl: string, token: string): Promise<void> {
  try {
    const response = await fetch(callbackUrl, {
      method: 'POST',
      body: new URLSearchParams({ 'x-gl-token': token }),
      redirect: 'manual',
      signal: AbortSignal.timeout(DUPLICATE_DELIVERY_TIMEOUT_MS),
    });
    await response.body?.cancel();
  } catch {
    // An unreachable callback is the merchant's problem; the browser's post still follows.
  }
}

export function payglocalHostedPages(state: PayGlocalState, keys: Promise<PayGlocalSigningKeys>) {
  const pages = new Hono<SandboxEnv>();
  const byPageToken = (token: unknown) =>
    typeof token === 'string' && token ? state.payments.filter((payment) => payment.pageToken === token)[0] : undefined;

  pages.get(`${PAGE_PATH}autosubmit.js`, (c) => c.body(AUTOSUBMIT_JS, 200, { 'Content-Type': 'text/javascript; charset=utf-8' }));

  pages.get(PAGE_PATH, (c) => {
    const payment = byPageToken(c.req.query('x-gl-token'));
    if (!payment) return messagePage(c, 404, 'Payment not found', 'This payment link is not valid.');
    if (payment.status !== 'INPROGRESS') return messagePage(c, 409, 'Payment already complete', `This payment is already ${payment.status}.`);
    c.set('malformedHandled', true);
    const action = formAction(PAGE_PATH, {}, c.req.query(), c.get('malformed'));
    return c.html(htmlDocument({ title: 'PayGlocal test checkout', body: paymentPage(payment, action) }));
  });

  pages.post(PAGE_PATH, async (c) => {
    const form = await c.req.parseBody();
    const payment = byPageToken(form['x-gl-token']);
    if (!payment) return messagePage(c, 404, 'Payment not found', 'This payment link is not valid.');
    const outcome = PAYGLOCAL_OUTCOMES.find((known) => known.status === form.outcome)?.status as PayGlocalOutcome | undefined;
    if (!outcome) return messagePage(c, 400, 'Unknown choice', 'Choose one of the outcomes.');
    if (payment.status !== 'INPROGRESS') return messagePage(c, 409, 'Payment already complete', `This payment is already ${payment.status}.`);
    const settled = state.payments.update(payment.id, { status: outcome })!;
    // A malformed page posts a token that is no JWT at all.
    c.set('malformedHandled', true);
    const token = c.get('malformed') ? 'not-a-jwt' : await signPayGlocalToken(await keys, callbackPayload(settled, form.idsOnly === 'on'));
    if (form.duplicate === 'on') await deliverServerToServer(settled.callbackUrl, token);
    return c.html(htmlDocument({ title: 'Returning to the shop', body: callbackPage(settled, token), scripts: [`${PAGE_PATH}autosubmit.js`] }));
  });

  return pages;
}

import { html, htmlDocument, type SafeHtml } from '../html.js';
import type { SibsTransaction } from './state.js';

/** Markup of the SIBS stand-in's hosted pages: the MB WAY "phone app", the Multibanco "ATM", the 3-D Secure challenge. */

function money(amount: { value: number; currency: string }): string {
  try {
    return new Intl.NumberFormat('en', { style: 'currency', currency: amount.currency }).format(amount.value);
  } catch {
    return `${amount.value} ${amount.currency}`;
  }
}

/** `351#912345678` → `+351 9•• ••• 678`: the page shows whose phone, not the whole number. */
function maskedPhone(phone: string | undefined): string {
  const digits = phone?.split('#')[1] ?? '';
  return digits.length === 9 ? `+351 ${digits[0]}•• ••• ${digits.slice(6)}` : '—';
}

const OUTCOME_TEXT: Record<string, string> = {
  Success: 'approved', Declined: 'refused', Timeout: 'expired', Expired: 'expired', Error: 'failed',
};

export function notFoundPage(title: string, message: string): string {
  return htmlDocument({ title, body: html`<main><h1>${title}</h1><p role="alert">${message}</p></main>` });
}

function outcome(transaction: SibsTransaction, what: string): SafeHtml {
  return html`<p role="status">This ${what} was ${OUTCOME_TEXT[transaction.status] ?? transaction.status}.</p>`;
}

/** The MB WAY app: the request and the shopper's three answers. */
export function mbwayPage(transaction: SibsTransaction, action: string, error?: string): string {
  const pending = transaction.status === 'Pending';
  const body = html`<main>
<h1>MB WAY</h1>
<section aria-labelledby="request-heading">
<h2 id="request-heading">Payment request</h2>
<dl>
<dt>Amount</dt><dd>${money(transaction.amount)}</dd>
<dt>Merchant</dt><dd>Terminal ${transaction.terminalId}</dd>
<dt>Phone</dt><dd>${maskedPhone(transaction.phone)}</dd>
${pending && transaction.expiresAt ? html`<dt>Expires</dt><dd>${new Date(transaction.expiresAt).toISOString()}</dd>` : ''}
</dl>
${error ? html`<p role="alert">${error}</p>` : ''}
${pending
    ? html`<form method="post" action="${action}">
<button type="submit" name="action" value="approve">Approve</button>
<button type="submit" name="action" value="refuse">Refuse</button>
<button type="submit" name="action" value="expire">Let expire</button>
</form>`
    : outcome(transaction, 'request')}
</section>
</main>`;
  return htmlDocument({ title: 'MB WAY', body });
}

/** The ATM: a Multibanco reference to pay. */
export function multibancoPage(transaction: SibsTransaction, action: string, error?: string): string {
  const reference = transaction.reference!;
  const spaced = reference.reference.replace(/^(\d{3})(\d{3})(\d{3})$/, '$1 $2 $3');
  const pending = transaction.status === 'Pending';
  const body = html`<main>
<h1>Multibanco — Payments of services</h1>
<section aria-labelledby="reference-heading">
<h2 id="reference-heading">Reference</h2>
<dl>
<dt>Entity</dt><dd>${reference.entity}</dd>
<dt>Reference</dt><dd>${spaced}</dd>
<dt>Amount</dt><dd>${money(transaction.amount)}</dd>
<dt>Pay by</dt><dd>${reference.expireDate}</dd>
</dl>
${error ? html`<p role="alert">${error}</p>` : ''}
${pending
    ? html`<form method="post" action="${action}"><button type="submit" name="action" value="pay">Pay</button></form>`
    : outcome(transaction, 'reference')}
</section>
</main>`;
  return htmlDocument({ title: 'Multibanco', body });
}

/** The issuer's 3-D Secure challenge. */
export function challengePage(transaction: SibsTransaction, action: string): string {
  const partial = transaction.status === 'Partial';
  const body = html`<main>
<h1>3-D Secure</h1>
<p>Confirm the payment of ${money(transaction.amount)} to terminal ${transaction.terminalId}.</p>
${partial
    ? html`<form method="post" action="${action}">
<button type="submit" name="action" value="approve">Approve</button>
<button type="submit" name="action" value="refuse">Decline</button>
</form>`
    : outcome(transaction, 'payment')}
</main>`;
  return htmlDocument({ title: '3-D Secure', body });
}

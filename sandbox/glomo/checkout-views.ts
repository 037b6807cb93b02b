import { html, htmlDocument, type SafeHtml } from '../html.js';
import { formatMinorUnits } from '../money.js';
import type { GlomoOrder } from './state.js';

/** Markup of the hosted checkout (the popup Glomo's Checkout SDK opens). */

/** The checkout's identity, carried in every form so each post is checked again. */
export interface CheckoutSession {
  order: GlomoOrder;
  publicKey: string;
  /** Where results are posted: the opener's exact origin. */
  openerOrigin: string;
  callbackUrl?: string;
}

/** The fake beneficiary a bank transfer goes to. */
export const SANDBOX_BENEFICIARY = {
  name: 'Glomo Sandbox Payments Ltd',
  bank: 'Sandbox Bank',
  accountNumber: '000123456789',
  swift: 'GLMOSBX1',
};

/** Where the checkout's forms post. */
export interface CheckoutActions {
  pay: string;
  bankTransfer: string;
}

export interface BankTransferInput {
  senderAccountNumber?: string;
  transactionReference?: string;
  error?: string;
}

function hiddenSessionFields(session: CheckoutSession): SafeHtml {
  return html`<input type="hidden" name="orderId" value="${session.order.id}">
<input type="hidden" name="publicKey" value="${session.publicKey}">
<input type="hidden" name="origin" value="${session.openerOrigin}">
${session.callbackUrl === undefined ? '' : html`<input type="hidden" name="callbackUrl" value="${session.callbackUrl}">`}`;
}

/** The checkout: pay by card (approve / decline) or by bank transfer, or cancel. */
export function checkoutPage(session: CheckoutSession, actions: CheckoutActions, bankTransfer: BankTransferInput = {}): string {
  const { order } = session;
  const amount = formatMinorUnits(order.amount, order.currency);
  const body = html`<main>
<h1>Pay ${amount}</h1>
<p>Order <code>${order.id}</code></p>
<section aria-labelledby="card-heading">
<h2 id="card-heading">Card</h2>
<p>Test card 4111 1111 1111 1111, expiry 12/30, CVV 123.</p>
<form method="post" action="${actions.pay}">
${hiddenSessionFields(session)}
<button type="submit" name="outcome" value="approve">Approve payment</button>
<button type="submit" name="outcome" value="decline">Decline payment</button>
</form>
</section>
<section aria-labelledby="bank-heading">
<h2 id="bank-heading">Bank transfer</h2>
<p>Transfer ${amount} to:</p>
<dl>
<dt>Beneficiary</dt><dd>${SANDBOX_BENEFICIARY.name}</dd>
<dt>Bank</dt><dd>${SANDBOX_BENEFICIARY.bank}</dd>
<dt>Account number</dt><dd>${SANDBOX_BENEFICIARY.accountNumber}</dd>
<dt>SWIFT/BIC</dt><dd>${SANDBOX_BENEFICIARY.swift}</dd>
<dt>Reference</dt><dd>${order.id}</dd>
</dl>
<form method="post" action="${actions.bankTransfer}">
${hiddenSessionFields(session)}
<label for="sender-account">Your account number</label>
<input id="sender-account" name="senderAccountNumber" required autocomplete="off" value="${bankTransfer.senderAccountNumber ?? ''}">
<label for="transaction-reference">Transaction reference</label>
<input id="transaction-reference" name="transactionReference" required autocomplete="off" value="${bankTransfer.transactionReference ?? ''}">
${bankTransfer.error ? html`<p role="alert">${bankTransfer.error}</p>` : ''}
<button type="submit">I have made the transfer</button>
</form>
</section>
<button type="button" id="glomo-checkout-cancel">Cancel</button>
</main>`;
  return htmlDocument({ title: `Glomo Checkout: pay ${amount}`, body, scripts: ['/glomo/assets/checkout.js'] });
}

/** A message the result page posts to its opener (the SDK), if it still has one. */
export interface CheckoutMessage {
  source: 'glomo-checkout';
  event: 'payment.success' | 'payment.failure' | 'payment.bank_transfer_submitted';
  payload: unknown;
}

const RESULT_TITLES: Record<CheckoutMessage['event'], string> = {
  'payment.success': 'Payment approved',
  'payment.failure': 'Payment declined',
  'payment.bank_transfer_submitted': 'Transfer details received',
};

/**
 * The page after a choice: its script posts `message` to `window.opener` at `openerOrigin`
 * (nothing reaches a page whose COOP cut the link, as in production) and closes the popup.
 */
export function checkoutResultPage(openerOrigin: string, message: CheckoutMessage): string {
  const title = RESULT_TITLES[message.event];
  const body = html`<main id="glomo-checkout-result" data-opener-origin="${openerOrigin}" data-message="${JSON.stringify(message)}">
<h1>${title}</h1>
<p id="glomo-checkout-status" role="status">Returning to the merchant…</p>
</main>`;
  return htmlDocument({ title, body, scripts: ['/glomo/assets/checkout-result.js'] });
}

/** The checkout's own error page (bad link, unknown order…). */
export function checkoutErrorPage(title: string, message: string): string {
  return htmlDocument({ title, body: html`<main><h1>${title}</h1><p role="alert">${message}</p></main>` });
}

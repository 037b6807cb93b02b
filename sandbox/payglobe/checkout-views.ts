import { html, htmlDocument, type SafeHtml } from '../html.js';
import { formatMinorUnits } from '../money.js';
import { SANDBOX_VOUCHER_OTP } from './flow.js';
import type { PayGlobePayment } from './state.js';

/** Markup of PayGlobe's hosted checkout: one page per step of the flow, and the result page. */

/** Where a step's form posts, with the payment's identity (built by the route). */
export type StepAction = (step: string) => string;

const money = (payment: PayGlobePayment, amount: number) => formatMinorUnits(amount, payment.currency);

function hiddenFields(payment: PayGlobePayment, embedded: boolean): SafeHtml {
  return html`<input type="hidden" name="paymentId" value="${payment.id}">${embedded ? html`<input type="hidden" name="embedded" value="1">` : ''}`;
}

function cancelForm(payment: PayGlobePayment, embedded: boolean, action: StepAction): SafeHtml {
  return html`<form method="post" action="${action('cancel')}">${hiddenFields(payment, embedded)}
<button type="submit" name="action" value="cancel">Cancel payment</button></form>`;
}

function page(payment: PayGlobePayment, title: string, content: SafeHtml, footer: SafeHtml | string = ''): string {
  const body = html`<main data-step="${payment.step}">
<h1>${title}</h1>
<p>Payment <code>${payment.id}</code>: ${money(payment, payment.total)}${payment.description ? html` for ${payment.description}` : ''}</p>
${content}
${footer}
</main>`;
  return htmlDocument({ title: `PayGlobe checkout: ${title}`, body });
}

/** Step 1: the card gateway's page. The sandbox has no card fields: the tester picks the issuer's answer. */
export function cardStepPage(payment: PayGlobePayment, embedded: boolean, action: StepAction): string {
  const what = payment.mode === 'SALE_DIRECT' ? 'Card payment' : 'Card pre-authorisation';
  const content = html`<section aria-labelledby="card-heading">
<h2 id="card-heading">${what} of ${money(payment, payment.total)}</h2>
<p>Test card 4111 1111 1111 1111, expiry 12/30, CVV 123.</p>
<form method="post" action="${action('card')}">${hiddenFields(payment, embedded)}
<button type="submit" name="action" value="approve">Approve card</button>
<button type="submit" name="action" value="decline">Decline card</button>
</form></section>`;
  return page(payment, what, content, cancelForm(payment, embedded, action));
}

export interface ChoiceInput {
  method?: string;
  voucherAmount?: string;
  error?: string;
}

/** Step 2 (PREAUTH_VOUCHER_CAPTURE): card only, part vouchers, or all vouchers. */
export function choiceStepPage(payment: PayGlobePayment, embedded: boolean, action: StepAction, input: ChoiceInput = {}): string {
  const checked = (method: string) => (input.method ?? 'CARD_ONLY') === method;
  const content = html`<form method="post" action="${action('choice')}">${hiddenFields(payment, embedded)}
<fieldset><legend>How do you want to pay ${money(payment, payment.total)}?</legend>
<label><input type="radio" name="paymentMethod" value="CARD_ONLY" ${checked('CARD_ONLY') ? 'checked' : ''}> Card only</label>
<label><input type="radio" name="paymentMethod" value="CARD_AND_VOUCHER" ${checked('CARD_AND_VOUCHER') ? 'checked' : ''}> Part with meal vouchers, the rest by card</label>
<label for="voucher-amount">Amount on meal vouchers (${payment.currency}, e.g. ${payment.currency === 'JPY' ? '500' : payment.currency === 'BHD' ? '1.250' : '50.00'})</label>
<input id="voucher-amount" name="voucherAmount" inputmode="decimal" autocomplete="off" value="${input.voucherAmount ?? ''}">
<label><input type="radio" name="paymentMethod" value="VOUCHER_ONLY" ${checked('VOUCHER_ONLY') ? 'checked' : ''}> All with meal vouchers</label>
</fieldset>
${input.error ? html`<p role="alert">${input.error}</p>` : ''}
<button type="submit" name="action" value="choose">Continue</button>
</form>`;
  return page(payment, 'Meal vouchers', content, cancelForm(payment, embedded, action));
}

/** Step 3 (voucher methods): the voucher provider's one-time password. */
export function otpStepPage(payment: PayGlobePayment, embedded: boolean, action: StepAction): string {
  const content = html`<p>Vouchers ${money(payment, payment.voucher)} · Card ${money(payment, payment.card)}</p>
<form method="post" action="${action('otp')}">${hiddenFields(payment, embedded)}
<label for="otp">Voucher one-time password (the sandbox accepts ${SANDBOX_VOUCHER_OTP})</label>
<input id="otp" name="otp" inputmode="numeric" autocomplete="one-time-code">
<button type="submit" name="action" value="confirm">Confirm voucher</button>
</form>`;
  return page(payment, 'Confirm your meal vouchers', content, cancelForm(payment, embedded, action));
}

/** Step 4: capture the card part, or void the pre-authorisation when vouchers pay it all. */
export function captureStepPage(payment: PayGlobePayment, embedded: boolean, action: StepAction): string {
  const label = payment.card === 0 ? 'Void the card pre-authorisation' : `Capture ${money(payment, payment.card)} on the card`;
  const content = html`<p>Vouchers ${money(payment, payment.voucher)} · Card ${money(payment, payment.card)}</p>
<form method="post" action="${action('capture')}">${hiddenFields(payment, embedded)}
<button type="submit" name="action" value="capture">${label}</button>
<button type="submit" name="action" value="fail-capture">Fail capture</button>
</form>`;
  return page(payment, 'Complete the payment', content, cancelForm(payment, embedded, action));
}

/** A wrapper-API payment whose merchant hosts the voucher step: the shopper continues there. */
export function merchantChoicePage(payment: PayGlobePayment, location: string): string {
  return page(payment, 'Card pre-authorised', html`<p><a id="payglobe-continue" href="${location}">Continue on the merchant's site to choose meal vouchers</a></p>`);
}

const RESULT_TITLES: Record<string, string> = {
  SUCCESS: 'Payment complete',
  PAID: 'Payment complete',
};

/**
 * The terminal page. Embedded, its script tells the parent page the outcome (payment id and
 * status only: no amounts, nothing sensitive) with `payglobe:checkout-complete`.
 */
export function resultPage(payment: PayGlobePayment, embedded: boolean): string {
  const title = RESULT_TITLES[payment.status] ?? 'Payment not completed';
  const message = { type: 'payglobe:checkout-complete', paymentId: payment.id, status: payment.status };
  const body = html`<main id="payglobe-result" data-step="done" data-embedded="${embedded ? '1' : '0'}" data-message="${JSON.stringify(message)}">
<h1>${title}</h1>
<p id="payglobe-status" role="status">Status: ${payment.status}${payment.errorMessage && payment.status !== 'SUCCESS' ? ` (${payment.errorMessage})` : ''}</p>
<p>Vouchers ${money(payment, payment.voucher)} · Card ${money(payment, payment.card)}</p>
</main>`;
  return htmlDocument({ title: `PayGlobe checkout: ${title}`, body, scripts: ['/payglobe/assets/checkout-result.js'] });
}

/** The checkout's own error page (unknown payment, a step that is over…). */
export function checkoutErrorPage(title: string, message: string, back?: string): string {
  return htmlDocument({
    title,
    body: html`<main><h1>${title}</h1><p role="alert">${message}</p>${back ? html`<p><a href="${back}">Back to the payment</a></p>` : ''}</main>`,
  });
}

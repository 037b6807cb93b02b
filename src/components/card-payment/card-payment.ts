import { html, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { Announcer, sayByFocus, visuallyHiddenStyles } from '../../core/announcer.js';
import type { PayCardSubmitDetail } from '../../core/events.js';
import { PayElement } from '../../core/pay-element.js';
import { reportInvalidConfig } from '../../core/report-invalid-config.js';
import type { PaymentResult } from '../../core/types.js';
import { finishFlow, type FlowOutcome } from '../../flows/outcome.js';
import type { PayCardForm } from '../card-form/card-form.js';
import { cardPaymentStyles } from './card-payment.styles.js';
import { readCardPaymentConfig, valueMistake, type CardPaymentConfigMistake, type CardPaymentProvider, type CardPaymentRedirect } from './card-payment-config.js';
import { runGlomoCardFlow } from './glomo-card-flow.js';
import { runSibsCardFlow } from './sibs-card-flow.js';
import { flowsMessages, flowsTranslations } from '../../flows/flows.messages.js';
import { glomoMessages, glomoTranslations } from '../../providers/glomo/glomo.messages.js';
import { sibsMessages, sibsTranslations } from '../../providers/sibs/sibs.messages.js';
import { cardPaymentMessages, cardPaymentTranslations } from './card-payment.messages.js';
import { formControlTranslations } from '../../core/form-control.messages.js';
import { cardFormTranslations } from '../card-form/card-form.messages.js';

/** The card form's parts, re-exported so `pay-card-payment::part(button)` styles the pay button. */
const CARD_FORM_PARTS = 'form, field, label, input, number-input, expiry-input, cvv-input, holder-input, hint, error, brand, button, spinner, submit-error';

/**
 * The server-to-server card flow in one element: `<pay-card-form>` → the shop's endpoint →
 * the bank's authentication page (`next_steps` redirect) → the payment's status → exactly one
 * result event.
 *
 * **Flow (`provider="glomo"`, default).** When the shopper pays, the card is POSTed as JSON
 * `{ card }` to `payment-url`, the shop's endpoint (e.g. `createGlomoRoutes().payment` from
 * `pay-elements/server`), which adds the order and Glomo's secret key and answers with Glomo's
 * payment response `{ payment_id, status, next_steps }`. No key of any kind is configured here.
 * The answer is validated, then the shopper goes to the `redirect` step's URL — only `https:` on
 * `redirect-hosts` (Glomo's `*.glomopay.com` by default) or loopback (the local sandbox);
 * `javascript:`, `data:` and foreign hosts end in `pay-error` `invalid_response`. Meanwhile
 * `status-url` is polled at the response's `interval_in_ms`, and the shop's return page
 * (`readGlomoCallback(location)` then `notifyOpener(result)`) finishes the flow at once over a
 * BroadcastChannel, with Glomo's signature.
 *
 * **Flow (`provider="sibs"`).** The card is POSTed as JSON `{ method: 'card', card }` to
 * `payment-url` (e.g. `createSibsRoutes()` from `pay-elements/server`), which creates the SIBS
 * payment and runs its card purchase, and answers with SIBS's purchase response. `Success` or
 * `Declined` end the attempt at once; `Partial` with `actionResponse` `DO_REDIRECT` sends the
 * shopper to the 3-D Secure page through the same redirect targets (`redirect-hosts` default:
 * `*.sibspayments.com`, `*.sibs.pt`), while `status-url` (`{paymentId}` = SIBS's `transactionID`)
 * is polled every 2 s until SIBS's `paymentStatus` is final. Results carry `provider: 'sibs'` and
 * `raw` = SIBS's purchase or status object.
 *
 * A `pay-success` is a signal for the page: fulfil the order from the shop's server (its verified
 * callback or webhook, or the status endpoint).
 *
 * **Outcomes.** Every attempt ends in exactly one of `pay-success`, `pay-failure`,
 * `pay-cancel` or `pay-error` (after a `pay-pending` once the payment waits for the bank).
 * A decline (or a cancel on the bank's page, which Glomo reports as a failed payment) brings the
 * form back with the reason shown and the card kept for a retry. A network error, an HTTP error,
 * or an answer that is not the provider's is a `pay-error` (`network`, `timeout`,
 * `invalid_response`) and the form back with a message. Closing the modal (Escape, the close
 * button) is `pay-cancel`. Removing the element aborts the attempt — request, polling, listener
 * and modal — with `pay-cancel` `{ reason: 'aborted' }` dispatched on the element itself.
 *
 * **Card data** goes to `payment-url` only: the inner `pay-card-submit` stops at this element.
 * The shop's server receives the card, which puts it in PCI DSS SAQ D scope.
 *
 * **Providers.** `provider="glomo"` or `provider="sibs"`; any other value is refused with
 * `pay-error` `invalid_config`, once when set and again on each attempt.
 *
 * @tagname pay-card-payment
 * @summary A card payment through the shop's server, the bank's 3-D Secure page and status polling, ending in one result event.
 * @dependency pay-card-form
 *
 * @fires {CustomEvent<PaymentResult>} pay-pending - Once per attempt, when the payment exists and waits for the shopper's bank: `status: 'requires_action'`, `paymentId` (Glomo's `payment_id`, SIBS's `transactionID`), `raw` (the shop's answer).
 * @fires {CustomEvent<PayRedirectDetail>} pay-redirect - Before the shopper is sent to the bank: `{ url, target }`, cancelable (`preventDefault()` lets a WebView or router navigate). With `redirect="host"` it is only announced (`target: 'same-tab'`) and nothing navigates.
 * @fires {CustomEvent<PaymentResult>} pay-success - The payment succeeded: `provider` (`glomo` / `sibs`), `paymentId`, and for Glomo `orderId` and `signature` (when the return page delivered it), `raw`.
 * @fires {CustomEvent<PaymentResult>} pay-failure - The payment failed (declined, or cancelled on the bank's page): `error` holds the reason (SIBS: `error.code` `payment_declined` / `payment_expired` / `payment_error`); the form is back.
 * @fires {CustomEvent<PayCancelDetail>} pay-cancel - The shopper closed the modal (`reason` `escape` / `close-button`), or the element was removed (`aborted`).
 * @fires {CustomEvent<PayErrorDetail>} pay-error - `invalid_config` (provider, URLs, redirect mode), `network` / `timeout` (the shop's endpoint), `invalid_response` (a malformed answer, a refused redirect URL, or a SIBS action other than a redirect), `popup_blocked` (`new-tab` blocked).
 *
 * @csspart card-form - The composed `<pay-card-form>`; its parts (`form`, `field`, `label`, `input`, `number-input`, `expiry-input`, `cvv-input`, `holder-input`, `hint`, `error`, `brand`, `button`, `spinner`, `submit-error`) are exported too.
 * @csspart status - The notice while the payment waits in another tab or the host's WebView.
 * @csspart success - The notice that replaces the form after a successful payment.
 * @csspart modal - The iframe modal's `<dialog>`.
 * @csspart modal-header - The modal's title bar.
 * @csspart modal-title - The modal's title.
 * @csspart modal-close - The modal's close button.
 * @csspart modal-frame - The `<iframe>` holding the bank's page.
 *
 * @cssprop --pay-color-success - Colour of the success notice.
 * @cssprop --pay-color-panel-background - Background of the notices.
 * @cssprop --pay-modal-width - Width of the modal.
 * @cssprop --pay-modal-height - Height of the modal.
 * @cssprop --pay-modal-backdrop - The modal's backdrop.
 * @cssprop --pay-modal-background - The modal's background.
 * (and every `--pay-*` property of `<pay-card-form>`)
 */
export class PayCardPayment extends PayElement {
  static override styles = [cardPaymentStyles, visuallyHiddenStyles];
  static override properties: PropertyDeclarations = {
    provider: {},
    paymentUrl: { attribute: 'payment-url' },
    statusUrl: { attribute: 'status-url' },
    redirect: {},
    redirectHosts: { attribute: 'redirect-hosts' },
    amount: { type: Number },
    currency: {},
    waitingIn: { state: true, attribute: false },
    succeeded: { state: true, attribute: false },
  };

  protected static override messages = { ...flowsMessages, ...glomoMessages, ...sibsMessages, ...cardPaymentMessages };
  /** The card form's translations too: they load with these, before the first render, not after it in a second round trip. */
  protected static override translations = [flowsTranslations, glomoTranslations, sibsTranslations, cardPaymentTranslations, formControlTranslations, cardFormTranslations];

  // ── Public properties ────────────────────────────────────────────────────

  /** The payment provider: `glomo` or `sibs`; anything else is refused with `invalid_config`. */
  provider = 'glomo';

  /** The shop's endpoint that starts a payment: receives `POST { card }` (Glomo) or `POST { method: 'card', card }` (SIBS) as JSON, answers with the provider's payment response. */
  paymentUrl = '';

  /** The shop's status endpoint, a URL template containing `{paymentId}`; answers with the provider's payment (Glomo) or status (SIBS) object. */
  statusUrl = '';

  /**
   * Where the bank's page opens: `iframe` (default, a modal over the page), `new-tab`,
   * `same-tab` (this page leaves; the return page shows the outcome), or `host` (only the
   * `pay-redirect` event; the WebView or router navigates while this element keeps waiting).
   */
  redirect: CardPaymentRedirect = 'iframe';

  /** Hosts the bank's page may be on, space- or comma-separated (`*.example.com` for subdomains). Default: the provider's own (Glomo `*.glomopay.com`; SIBS `*.sibspayments.com`, `*.sibs.pt`). Loopback is always allowed (the sandbox). */
  redirectHosts = '';

  /** Amount in integer minor units of `currency`; labels the pay button only (the shop's server prices the order). */
  amount: number | null = null;

  /** ISO 4217 currency of `amount`. */
  currency = '';

  // ── Internal state ───────────────────────────────────────────────────────

  /** The attempt under way; aborting it ends everything it started. */
  private attempt: AbortController | null = null;
  /** Where the payment waits while an attempt is under way outside the modal. */
  private waitingIn: CardPaymentRedirect | null = null;
  private succeeded = false;
  private readonly reportedConfig = new Set<string>();
  private readonly announcer = new Announcer(this);

  private get cardForm(): PayCardForm | null {
    return this.renderRoot?.querySelector<PayCardForm>('pay-card-form') ?? null;
  }

  // ── Lifecycle ────────────────────────────────────────────────────────────

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.attempt?.abort();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // Only values that are wrong whatever comes next; a missing URL is reported when paying.
    if (changed.has('provider') || changed.has('redirect')) {
      const mistake = valueMistake({ provider: this.provider ?? '', redirect: this.redirect ?? '' });
      if (mistake) this.reportConfig(mistake);
    }
  }

  // ── Public API ───────────────────────────────────────────────────────────

  /** True while an attempt is under way (from the shopper's click to its result event). */
  get busy(): boolean {
    return this.attempt !== null;
  }

  /** Back to an empty card form: an attempt under way is aborted (`pay-cancel` `aborted`). */
  reset(): void {
    this.attempt?.abort();
    this.succeeded = false;
    this.waitingIn = null;
    this.announcer.clear();
    void this.updateComplete.then(() => this.cardForm?.reset());
  }

  // ── Flow ─────────────────────────────────────────────────────────────────

  private readConfig() {
    return readCardPaymentConfig({
      provider: this.provider ?? '',
      paymentUrl: this.paymentUrl ?? '',
      statusUrl: this.statusUrl ?? '',
      redirect: this.redirect ?? '',
      redirectHosts: this.redirectHosts ?? '',
    }, this.ownerDocument.baseURI);
  }

  private reportConfig(mistake: CardPaymentConfigMistake): void {
    reportInvalidConfig(this, this.reportedConfig, mistake.mistake, () => this.t(mistake.key, mistake.params));
  }

  private readonly handleCardSubmit = (event: CustomEvent<PayCardSubmitDetail>): void => {
    // The card goes to the shop's endpoint only, not to every listener on the page.
    event.stopPropagation();
    const form = event.currentTarget as PayCardForm;
    if (this.attempt) return; // one attempt at a time
    const reading = this.readConfig();
    if (!reading.ok) {
      const message = this.t(reading.key, reading.params);
      this.reportedConfig.add(reading.mistake);
      // This attempt's one result event (a mistake already reported on its own is said again: the attempt ends on it).
      this.emit('pay-error', { code: 'invalid_config', message });
      form.endSubmit({ error: this.t('cardPayment.retry') });
      return;
    }
    const attempt = new AbortController();
    this.attempt = attempt;
    const { provider } = reading.config;
    const run = provider === 'sibs' ? runSibsCardFlow : runGlomoCardFlow;
    void run({
      host: this,
      container: this.renderRoot as ShadowRoot,
      config: reading.config,
      card: event.detail.card,
      signal: attempt.signal,
      t: (key, params) => this.t(key, params),
      locale: this.locale,
      onStarted: (pending, waitingIn) => {
        this.emit('pay-pending', pending);
        if (waitingIn === 'new-tab' || waitingIn === 'host') {
          this.waitingIn = waitingIn;
          // Said by the announcer, already in the page: a status region inserted with its text may never be read.
          this.announcer.announce(this.t(waitingIn === 'new-tab' ? 'cardPayment.waiting.newTab' : 'cardPayment.waiting.host'));
        }
      },
    }).then((outcome) => this.finishAttempt(attempt, provider, outcome));
  };

  /** Emits the attempt's one result event and brings the form back (or the success notice). */
  private finishAttempt(attempt: AbortController, provider: CardPaymentProvider, outcome: FlowOutcome<PaymentResult>): void {
    if (this.attempt === attempt) this.attempt = null;
    this.waitingIn = null;
    finishFlow(this, provider, outcome);
    const form = this.cardForm;
    if (outcome.kind === 'result' && outcome.value.status === 'succeeded') {
      this.succeeded = true;
      sayByFocus(this, this.announcer, this.t('cardPayment.succeeded'), () => this.renderRoot.querySelector<HTMLElement>('[part="success"]'));
      return;
    }
    if (outcome.kind === 'cancel') {
      form?.endSubmit();
      if (outcome.reason !== 'aborted') this.announcer.announce(this.t('cardPayment.cancelled'));
    } else {
      form?.endSubmit({ error: this.formMessage(outcome) });
    }
    if (this.isConnected) void form?.updateComplete.then(() => form.shadowRoot?.querySelector<HTMLElement>('[part~="button"]')?.focus());
  }

  /** What the shopper reads on the form after a failure or an error. */
  private formMessage(outcome: FlowOutcome<PaymentResult>): string {
    if (outcome.kind === 'result') {
      // SIBS's decline says only "declined": the generic sentence says it better.
      const sibsDecline = outcome.value.provider === 'sibs' && outcome.value.error?.code === 'payment_declined';
      const reason = sibsDecline ? undefined : outcome.value.error?.message;
      return reason ? this.t('cardPayment.declined', { reason }) : this.t('cardPayment.declined.generic');
    }
    // A blocked tab is the shopper's to fix (the flows catalog says how); the rest are the shop's.
    if (outcome.kind === 'error' && outcome.error.code === 'popup_blocked') return outcome.error.message;
    return this.t('cardPayment.retry');
  }

  // ── Rendering ────────────────────────────────────────────────────────────

  protected override render(): TemplateResult {
    if (this.succeeded) return html`<p part="success" class="notice success" tabindex="-1">${this.t('cardPayment.succeeded')}</p>`;
    const waiting = this.waitingIn === 'new-tab' ? this.t('cardPayment.waiting.newTab') : this.waitingIn === 'host' ? this.t('cardPayment.waiting.host') : '';
    return html`
      <pay-card-form part="card-form" exportparts=${CARD_FORM_PARTS} .amount=${this.amount} .currency=${this.currency}
        @pay-card-submit=${this.handleCardSubmit}></pay-card-form>
      ${waiting ? html`<p part="status" class="notice">${waiting}</p>` : nothing}
    `;
  }
}

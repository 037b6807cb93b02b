import { html, nothing, type PropertyValues, type PropertyDeclarations } from 'lit';
import { Announcer, visuallyHiddenStyles } from '../../core/announcer.js';
import { formatMoney } from '../../core/money.js';
import { PayElement } from '../../core/pay-element.js';
import { reportInvalidConfig } from '../../core/report-invalid-config.js';
import { readPayGlobeCheckoutConfig, type PayGlobeCheckoutConfigReading, type PayGlobeCheckoutMode } from './payglobe-checkout-config.js';
import { PayGlobeCheckoutSession } from './payglobe-checkout-session.js';
import { payButtonStyles } from '../../core/pay-button-styles.js';
import { payglobeCheckoutStyles } from './payglobe-checkout.styles.js';
import { flowsMessages, flowsTranslations } from '../../flows/flows.messages.js';
import { payglobeMessages, payglobeTranslations } from '../../providers/payglobe/payglobe.messages.js';
import { payglobeCheckoutMessages, payglobeCheckoutTranslations } from './payglobe-checkout.messages.js';

/**
 * A Pay button that creates a PayGlobe payment with payglobe.js and opens PayGlobe's checkout —
 * card, then meal vouchers if the shopper wants — inside the element or as a full page.
 *
 * **Setting up.** `publishable-key` (`pk_test_…` / `pk_live_…`; a secret `sk_…` key, or anything
 * else, is refused with `pay-error` `invalid_config` before any request), `amount` in minor units
 * like everywhere in the library (`15000` with `currency="EUR"` is €150.00, sent to PayGlobe as
 * `150`), `email` (PayGlobe sends the receipt there), optional `description`. payglobe.js, a
 * classic script, is loaded on the click from `script-url` (default PayGlobe's; https on
 * PayGlobe's host, or a loopback address for the sandbox) through the library's SDK loader
 * (Trusted Types policy `pay-elements`).
 *
 * **Where the checkout opens.** `mode="iframe"` (default): payglobe.js puts its iframe into the
 * element named by a CSS selector, and a selector cannot see into shadow roots. So the element
 * manages a light-DOM child of its own, `<div slot="checkout" id="pay-payglobe-checkout-N">`,
 * projected into its shadow DOM through the `checkout` slot, and hands payglobe.js that id's
 * selector (the element itself when the host sits in a shadow root no selector reaches). The
 * child exists only while the checkout is open; don't put anything in the `checkout` slot.
 * `mode="redirect"`: after a cancelable `pay-redirect` (`target: 'same-tab'`; `preventDefault()`
 * to navigate yourself) the whole page goes to the checkout, which comes back to this page's
 * address with `?paymentId=…&status=…`. An element in redirect mode on that page validates the
 * query, removes it from the address bar and finishes the attempt from `payments.retrieve()`
 * (the query's `status` is never trusted).
 *
 * **Results.** The payment is followed with `payments.retrieve()` until a terminal status (and
 * at once when the embedded checkout posts `payglobe:checkout-complete`, origin and frame
 * checked). SUCCESS and PAID → `pay-success`; CARD_PREAUTH_FAILED, VOUCHER_FAILED,
 * CARD_CAPTURE_FAILED, FAILED and EXPIRED → `pay-failure` (`error.code` the status in lower case,
 * `error.message` PayGlobe's); CANCELLED → `pay-cancel`. Results carry `provider: 'payglobe'`,
 * `paymentId` (PayGlobe's payment id — confirm it on your server or by webhook), `split`
 * `{ total, card, voucher }` in minor units (exact: card + voucher = total) and `raw`. Removing
 * the element while an attempt is under way ends it with `pay-cancel` `{ reason: 'aborted' }`
 * (dispatched on the element itself) and stops the polling. A shopper's Cancel inside PayGlobe's
 * checkout is `pay-failure` `failed`: PayGlobe reports it as FAILED and documents no field that
 * tells a cancel from a timeout (its `errorMessage` is free text), so the element cannot know. A payload
 * that fails validation, whose amounts don't add up or aren't exact in the currency, or that
 * names another payment → `pay-error` `invalid_response`.
 *
 * @tagname pay-payglobe-checkout
 * @summary A Pay button that opens PayGlobe's card and meal-voucher checkout (iframe or full page) and reports one result.
 *
 * @fires {CustomEvent<PayRedirectDetail>} pay-redirect - Before the checkout opens (`target` `iframe` or `same-tab`). Cancelable: `preventDefault()` and show `url` yourself; the element keeps following the payment.
 * @fires {CustomEvent<PaymentResult>} pay-success - The payment succeeded; `split` says how much the card and the meal vouchers paid.
 * @fires {CustomEvent<PaymentResult>} pay-failure - The payment failed (card declined, voucher refused, capture failed, cancelled in the checkout, link expired); `error` says why.
 * @fires {CustomEvent<PayCancelDetail>} pay-cancel - A payment link was cancelled (`reason: 'cancelled'`), or the element was removed mid-attempt (`aborted`).
 * @fires {CustomEvent<PayErrorDetail>} pay-error - `invalid_config`, `sdk_load_failed`, `csp_blocked`, `invalid_response`, `network` or `timeout`.
 *
 * @slot - Your own Pay button (or any content); a click on it starts the payment. Default: a "Pay €…" button.
 * @slot checkout - Managed by the element: the container payglobe.js renders its iframe in. Leave it empty.
 *
 * @csspart base - The wrapper of the button, the checkout and the status.
 * @csspart button - The default Pay button.
 * @csspart spinner - The progress indicator in the default button while the payment is under way.
 * @csspart checkout - The area that shows PayGlobe's checkout (iframe mode).
 * @csspart status - The outcome of the last attempt, in words.
 *
 * @cssprop --pay-font-family - Font of the whole element.
 * @cssprop --pay-font-size - Base font size.
 * @cssprop --pay-color-text - Text colour.
 * @cssprop --pay-spacing - Gap between the parts; the status panel's padding.
 * @cssprop --pay-radius - Corner radius of the button, the checkout frame and the status panel.
 * @cssprop --pay-color-primary - Button background.
 * @cssprop --pay-color-primary-hover - Button background on hover.
 * @cssprop --pay-color-button-text - Button text colour.
 * @cssprop --pay-button-padding - Button padding.
 * @cssprop --pay-button-font-weight - Button font weight.
 * @cssprop --pay-focus-ring-color - Focus ring colour.
 * @cssprop --pay-focus-ring-width - Focus ring width.
 * @cssprop --pay-disabled-opacity - Opacity of the button while busy.
 * @cssprop --pay-checkout-height - Height of the checkout iframe (default 36rem).
 * @cssprop --pay-color-border - Border of the checkout frame.
 * @cssprop --pay-color-error - Text colour of a failure or error.
 * @cssprop --pay-color-success - Text colour of a success.
 * @cssprop --pay-color-panel-background - Background of a failure or error.
 * @cssprop --pay-notice-max-width - Width limit of the status.
 */
export class PayPayglobeCheckout extends PayElement {
  static override styles = [payButtonStyles, payglobeCheckoutStyles, visuallyHiddenStyles];
  static override properties: PropertyDeclarations = {
    publishableKey: { attribute: 'publishable-key' },
    amount: { type: Number },
    currency: {},
    email: {},
    description: {},
    mode: {},
    scriptUrl: { attribute: 'script-url' },
    sdkTimeout: { type: Number, attribute: 'sdk-timeout' },
    pollInterval: { type: Number, attribute: 'poll-interval' },
    disabled: { type: Boolean, reflect: true },
  };

  protected static override messages = { ...flowsMessages, ...payglobeMessages, ...payglobeCheckoutMessages };
  protected static override translations = [flowsTranslations, payglobeTranslations, payglobeCheckoutTranslations];

  // ── Public properties ────────────────────────────────────────────────────

  /** Your PayGlobe publishable key (`pk_test_…` / `pk_live_…`). A secret key (`sk_…`) is refused. */
  publishableKey = '';

  /** The amount in minor units of `currency` (15000 EUR = €150.00). */
  amount: number | undefined = undefined;

  /** ISO 4217 currency; default EUR. */
  currency = 'EUR';

  /** The shopper's e-mail address: PayGlobe sends the receipt there. */
  email = '';

  /** Optional: what the payment is for (your order number). */
  description = '';

  /** `iframe` (default): the checkout opens inside the element. `redirect`: the whole page goes there and comes back. */
  mode: PayGlobeCheckoutMode = 'iframe';

  /** payglobe.js (default `https://api.payglobe.it/paymentgw/js/payglobe.js`; the sandbox's in development). */
  scriptUrl = '';

  /** How long payglobe.js may take to load before `sdk_load_failed`, in ms (default 10 000). */
  sdkTimeout = 10_000;

  /** How often `payments.retrieve()` is asked while the checkout is open, in ms (default 2 000). */
  pollInterval = 2000;

  /** Ignores clicks and marks the default button as unavailable. */
  disabled = false;

  // ── Internal state ───────────────────────────────────────────────────────

  private get statusElement(): HTMLElement | null {
    return this.renderRoot?.querySelector<HTMLElement>('[part~="status"]') ?? null;
  }
  private readonly announcer = new Announcer(this);
  /** The attempts: their phase and status (rendered below), the checkout's container, removal. */
  private readonly session = new PayGlobeCheckoutSession({
    element: this, announcer: this.announcer, t: (key, params) => this.t(key, params), locale: () => this.locale,
    sdkTimeout: () => this.sdkTimeout, pollInterval: () => this.pollInterval,
  });
  private readonly reportedConfig = new Set<string>();
  private returnChecked = false;

  // ── Lifecycle ────────────────────────────────────────────────────────────

  override connectedCallback(): void {
    super.connectedCallback();
    this.session.connect();
    // Removed before its first update could look at the return: looks now.
    if (this.hasUpdated && !this.returnChecked) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.session.disconnect();
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const reading = this.readConfig();
    reportInvalidConfig(this, this.reportedConfig, reading.ok ? '' : reading.problem.mistake, () => this.configMessage(reading));
    // Only while in the page: a removed element must not consume the return (its replacement finishes the payment).
    if (!this.returnChecked && this.isConnected) {
      this.returnChecked = true;
      // After this update, not inside it: resuming changes state.
      if (reading.ok && reading.config.mode === 'redirect') void Promise.resolve(reading.config).then((config) => this.session.resumeFromReturn(config));
    }
    if (this.session.takeStatusFocus()) this.statusElement?.focus();
  }

  // ── Rendering ────────────────────────────────────────────────────────────

  protected override render() {
    const { phase, status } = this.session;
    const busy = phase !== 'idle' && phase !== 'paid';
    const reading = this.readConfig();
    const label = reading.ok ? this.t('payglobeCheckout.pay', { amount: formatMoney(reading.config.total, this.locale) }) : this.t('payglobeCheckout.payPlain');
    return html`<div part="base" class="base">
      ${phase === 'paid' ? nothing : html`<slot @click=${this.onPayClick}>
        <button part="button" type="button" aria-disabled=${busy || this.disabled ? 'true' : 'false'} aria-busy=${busy ? 'true' : 'false'}>
          ${busy ? html`<span part="spinner" class="spinner" aria-hidden="true"></span>` : nothing}${
            status && status.kind !== 'succeeded' ? this.t('payglobeCheckout.payAgain') : label}
        </button>
      </slot>`}
      <div part="checkout" class="checkout" ?hidden=${phase !== 'open'}><slot name="checkout"></slot></div>
      ${status ? html`<p part="status" class="status ${status.kind}" tabindex="-1">${status.message}</p>` : nothing}
    </div>`;
  }

  // ── Behaviour ────────────────────────────────────────────────────────────

  private readConfig(): PayGlobeCheckoutConfigReading {
    return readPayGlobeCheckoutConfig({
      publishableKey: this.publishableKey, amount: this.amount, currency: this.currency, email: this.email,
      description: this.description, mode: this.mode, scriptUrl: this.scriptUrl,
    });
  }

  private configMessage(reading: PayGlobeCheckoutConfigReading): string {
    return reading.ok ? '' : this.t(reading.problem.key, reading.problem.params);
  }

  private onPayClick = () => {
    if (this.disabled || this.session.phase !== 'idle') return; // a double click starts one payment
    const reading = this.readConfig();
    if (!reading.ok) {
      this.emit('pay-error', { code: 'invalid_config', message: this.configMessage(reading), provider: 'payglobe' });
      return;
    }
    this.session.pay(reading.config);
  };
}

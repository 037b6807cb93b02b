import { html, nothing, type PropertyValues, type PropertyDeclarations } from 'lit';
import { Announcer, visuallyHiddenStyles } from '../../core/announcer.js';
import { PayElement } from '../../core/pay-element.js';
import { reportInvalidConfig } from '../../core/report-invalid-config.js';
import type { PaymentResult } from '../../core/types.js';
import { finishFlow, flowError, type FlowOutcome } from '../../flows/outcome.js';
import { readGlomoCheckoutConfig, type GlomoCheckoutConfigReading, type GlomoCheckoutMode } from './glomo-checkout-config.js';
import { startGlomoCheckout, type GlomoCheckoutAttempt } from './glomo-checkout-attempt.js';
import { GlomoCheckoutPreparation, type GlomoCheckoutReadiness } from './glomo-checkout-preparation.js';
import { explainCoopCut } from './glomo-checkout-prepare.js';
import { payButtonStyles } from '../../core/pay-button-styles.js';
import { glomoCheckoutStyles } from './glomo-checkout.styles.js';
import { flowsMessages, flowsTranslations } from '../../flows/flows.messages.js';
import { glomoMessages, glomoTranslations } from '../../providers/glomo/glomo.messages.js';
import { glomoCheckoutMessages, glomoCheckoutTranslations } from './glomo-checkout.messages.js';

type Notice = { message: string; action: 'retry' | 'redirect' | null };

/**
 * A Pay button that opens Glomo Checkout (the hosted payment page) through Glomo's SDK.
 *
 * **Setting up.** Give it `public-key` (the dashboard's public key; a secret `sk_…` key is
 * refused with `pay-error` `invalid_config` before any request) and the order: `order-id` (made
 * by your server with the secret key), or `order-url`, your endpoint that answers a `POST` with
 * `{ order_id }` (`createGlomoRoutes().order` in `pay-elements/server`). The SDK module is loaded
 * from `sdk-url` (default Glomo's) on first use — when the pointer comes over the button, when it
 * takes focus, or at the latest on the click — through the library's SDK loader (`sdk-timeout`,
 * Trusted Types, CSP diagnosis).
 *
 * **The click.** Popups need the shopper's gesture, so once everything is loaded the click opens
 * the checkout synchronously. A click that must wait for a slow load opens it afterwards; if the
 * browser then blocks the window the element says `popup_blocked` and shows a one-click retry. One
 * attempt at a time: more clicks while one is open do nothing.
 *
 * **Results.** `payment.success` → `pay-success`, `payment.failure` → `pay-failure` (with
 * `error`), `payment.bank_transfer_submitted` → `pay-bank-transfer-submitted` then `pay-pending`
 * (not a confirmation: confirm by webhook); every payload is validated, a malformed one is
 * `pay-error` `invalid_response`. Results carry `provider: 'glomo'`, `orderId`, `paymentId`,
 * `signature` (verify it on your server with `verifyGlomoCallback`) and `raw`.
 *
 * **COOP.** `Cross-Origin-Opener-Policy: same-origin` on your page cuts the popup off: no event
 * can come back and the popup looks closed at once. A popup that looks closed is therefore a
 * cancel only when the page's COOP does not explain it. In `mode="events"` (default) a page whose
 * COOP cuts popups gets `pay-error` `coop_blocked` with the fix; when `callback-url` is set the
 * element also offers the redirect mode. In `mode="redirect"` the SDK gets `callbackUrl` (your
 * server's verifying callback route, e.g. `createGlomoRoutes().callback`): the popup goes there,
 * then to your return page, whose `notifyOpener()` finishes the element over a BroadcastChannel —
 * whatever the COOP.
 *
 * @tagname pay-glomo-checkout
 * @summary A Pay button that opens Glomo Checkout through its SDK and reports one result.
 *
 * @fires {CustomEvent<PaymentResult>} pay-success - The payment succeeded (`payment.success`, or a verified return page).
 * @fires {CustomEvent<PaymentResult>} pay-failure - The payment failed; `error` says why.
 * @fires {CustomEvent<PayBankTransferSubmittedDetail>} pay-bank-transfer-submitted - The shopper submitted bank transfer details. Not a confirmation.
 * @fires {CustomEvent<PaymentResult>} pay-pending - After `pay-bank-transfer-submitted`: the payment awaits the transfer.
 * @fires {CustomEvent<PayCancelDetail>} pay-cancel - The shopper closed the checkout (`reason: 'closed'`).
 * @fires {CustomEvent<PayErrorDetail>} pay-error - `invalid_config`, `sdk_load_failed`, `csp_blocked`, `popup_blocked`, `coop_blocked`, `invalid_response`, `network` or `timeout`.
 *
 * @slot - Your own Pay button (or any content); a click on it opens the checkout. Default: a "Pay" button.
 *
 * @csspart base - The wrapper of the button and the notice.
 * @csspart button - The default Pay button.
 * @csspart spinner - The progress indicator in the default button while the checkout prepares or is open.
 * @csspart notice - The message shown after a blocked popup or a cut link, with its action.
 * @csspart retry-button - "Open the payment window", after `popup_blocked`.
 * @csspart redirect-button - "Continue in redirect mode", after `coop_blocked` when `callback-url` is set.
 *
 * @cssprop --pay-font-family - Font of the whole element.
 * @cssprop --pay-font-size - Base font size.
 * @cssprop --pay-color-text - Text colour.
 * @cssprop --pay-spacing - Gap between the button and the notice; the notice's padding.
 * @cssprop --pay-radius - Corner radius of buttons and the notice.
 * @cssprop --pay-color-primary - Button background.
 * @cssprop --pay-color-primary-hover - Button background on hover.
 * @cssprop --pay-color-button-text - Button text colour.
 * @cssprop --pay-button-padding - Button padding.
 * @cssprop --pay-button-font-weight - Button font weight.
 * @cssprop --pay-focus-ring-color - Focus ring colour.
 * @cssprop --pay-focus-ring-width - Focus ring width.
 * @cssprop --pay-disabled-opacity - Opacity of the button while busy.
 * @cssprop --pay-color-error - Notice text colour.
 * @cssprop --pay-color-panel-background - Notice background.
 * @cssprop --pay-notice-max-width - Notice width limit.
 */
export class PayGlomoCheckout extends PayElement {
  static override styles = [payButtonStyles, glomoCheckoutStyles, visuallyHiddenStyles];
  static override properties: PropertyDeclarations = {
    orderId: { attribute: 'order-id' },
    orderUrl: { attribute: 'order-url' },
    publicKey: { attribute: 'public-key' },
    callbackUrl: { attribute: 'callback-url' },
    sdkUrl: { attribute: 'sdk-url' },
    mode: {},
    sdkTimeout: { type: Number, attribute: 'sdk-timeout' },
    disabled: { type: Boolean, reflect: true },
    phase: { state: true, attribute: false },
    notice: { state: true, attribute: false },
  };

  protected static override messages = { ...flowsMessages, ...glomoMessages, ...glomoCheckoutMessages };
  protected static override translations = [flowsTranslations, glomoTranslations, glomoCheckoutTranslations];

  // ── Public properties ────────────────────────────────────────────────────

  /** The order your server created with the secret key (`order_…`). */
  orderId = '';

  /** Without `order-id`: your endpoint that creates the order, `POST` → `{ order_id }`. */
  orderUrl = '';

  /** Your Glomo public key. A secret key (`sk_…`) is refused. */
  publicKey = '';

  /** Your server's route that verifies Glomo's result and forwards to your return page (https, or http on loopback). */
  callbackUrl = '';

  /** The Checkout SDK module (default `https://glomopay-checkout-sdk.web.app/index.js`; the sandbox's in development). */
  sdkUrl = '';

  /** `events` (default): results as SDK events. `redirect`: through `callback-url` and your return page. */
  mode: GlomoCheckoutMode = 'events';

  /** How long the SDK may take to load before `sdk_load_failed`, in ms (default 10 000). */
  sdkTimeout = 10_000;

  /** Ignores clicks and marks the default button as unavailable. */
  disabled = false;

  // ── Internal state ───────────────────────────────────────────────────────

  private phase: 'idle' | 'preparing' | 'open' = 'idle';
  private notice: Notice | null = null;
  private get noticeButton(): HTMLButtonElement | null {
    return this.renderRoot?.querySelector<HTMLButtonElement>('[part~="retry-button"], [part~="redirect-button"]') ?? null;
  }
  private readonly announcer = new Announcer(this);
  private readonly preparation = new GlomoCheckoutPreparation();
  private readonly reportedConfig = new Set<string>();
  private attempt: GlomoCheckoutAttempt | null = null;
  /** Aborted on removal; replaced on connection. */
  private connection = new AbortController();
  /** Bumped on removal: an attempt still preparing then stops. */
  private generation = 0;

  // ── Lifecycle ────────────────────────────────────────────────────────────

  override connectedCallback(): void {
    super.connectedCallback();
    this.connection = new AbortController();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // A removed element ends everything it started, silently: nobody is listening any more.
    this.generation += 1;
    this.connection.abort();
    this.attempt?.abort();
    this.attempt = null;
    // The next connection may be in another document (with its own SDK module): prepare afresh.
    // The notice stays: a moved element still offers its retry.
    this.preparation.reset();
    this.phase = 'idle';
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const reading = this.readConfig();
    reportInvalidConfig(this, this.reportedConfig, reading.ok ? '' : reading.problem.mistake, () => this.configMessage(reading));
    if (changed.has('notice') && this.notice?.action) this.noticeButton?.focus();
  }

  // ── Rendering ────────────────────────────────────────────────────────────

  protected override render() {
    const busy = this.phase !== 'idle';
    return html`<div part="base" class="base" @pointerover=${this.prepareAhead} @focusin=${this.prepareAhead}>
      <slot @click=${this.onPayClick}>
        <button part="button" type="button" aria-disabled=${busy || this.disabled ? 'true' : 'false'} aria-busy=${busy ? 'true' : 'false'}>
          ${busy ? html`<span part="spinner" class="spinner" aria-hidden="true"></span>` : nothing}${this.t('glomoCheckout.pay')}
        </button>
      </slot>
      ${this.notice ? html`<div part="notice" class="notice">
        <p role="alert">${this.notice.message}</p>
        ${this.notice.action === 'retry'
          ? html`<button part="retry-button" type="button" @click=${() => this.begin('events-or-mode')}>${this.t('glomoCheckout.retry')}</button>`
          : this.notice.action === 'redirect'
            ? html`<button part="redirect-button" type="button" @click=${() => this.begin('redirect')}>${this.t('glomoCheckout.redirect')}</button>`
            : nothing}
      </div>` : nothing}
    </div>`;
  }

  // ── Behaviour ────────────────────────────────────────────────────────────

  private readConfig(mode: GlomoCheckoutMode = this.mode): GlomoCheckoutConfigReading {
    return readGlomoCheckoutConfig({
      orderId: this.orderId, orderUrl: this.orderUrl, publicKey: this.publicKey, callbackUrl: this.callbackUrl, sdkUrl: this.sdkUrl, mode,
    }, this.ownerDocument.baseURI);
  }

  private configMessage(reading: GlomoCheckoutConfigReading): string {
    return reading.ok ? '' : this.t(reading.problem.key, reading.problem.params);
  }

  private context() {
    return { host: this, sdkTimeoutMs: this.sdkTimeout > 0 ? this.sdkTimeout : 10_000, locale: this.locale, signal: this.connection.signal };
  }

  /** Hover or focus: load what the click will need, so the click can open the popup at once. */
  private prepareAhead = () => {
    const reading = this.readConfig();
    if (reading.ok && !this.disabled) void this.preparation.start(reading.config, this.context());
  };

  private onPayClick = () => {
    if (this.disabled) return;
    this.begin('events-or-mode');
  };

  /** One attempt: from the click to exactly one result event. */
  private begin(requested: 'events-or-mode' | 'redirect'): void {
    if (this.phase !== 'idle') return; // a double click opens one checkout
    const reading = this.readConfig(requested === 'redirect' ? 'redirect' : this.mode);
    if (!reading.ok) {
      this.emit('pay-error', { code: 'invalid_config', message: this.configMessage(reading), provider: 'glomo' });
      return;
    }
    const config = reading.config;
    this.notice = null;
    this.phase = 'preparing';
    const generation = this.generation;
    const waiting = this.preparation.start(config, this.context());
    const now = this.preparation.readyNow();
    if (now) {
      this.open(now, config.mode, config.callbackUrl); // still inside the click: the popup is allowed
      return;
    }
    this.announcer.announce(this.t('glomoCheckout.preparing'));
    void Promise.all(waiting).then(() => {
      if (generation !== this.generation) return;
      this.open(this.preparation.readyNow()!, config.mode, config.callbackUrl);
    });
  }

  private open(readiness: GlomoCheckoutReadiness, mode: GlomoCheckoutMode, callbackUrl: string | null): void {
    if (readiness.kind === 'error') return this.end(readiness.outcome, mode, callbackUrl);
    const { Api, orderId, coopCut } = readiness.ready;
    // Events mode on a page whose COOP cuts popups: no event could ever come back, so don't open a checkout that never returns.
    if (mode === 'events' && coopCut) {
      return this.end(flowError('coop_blocked', `${this.t('flows.error.coopBlocked')} ${coopCut}`), mode, callbackUrl);
    }
    const generation = this.generation;
    const attempt = startGlomoCheckout({
      host: this, Api, orderId, publicKey: this.publicKey.trim(), mode, callbackUrl, locale: this.locale,
      explainCut: () => explainCoopCut(this.locale, callbackUrl),
      onBankTransfer: (detail) => { if (generation === this.generation) this.emit('pay-bank-transfer-submitted', detail); },
    });
    this.attempt = attempt;
    this.phase = 'open';
    if (attempt.popup !== null) this.announcer.announce(this.t('glomoCheckout.opened'));
    void attempt.outcome.then((outcome) => {
      if (generation !== this.generation || this.attempt !== attempt) return;
      this.attempt = null;
      this.end(outcome, mode, callbackUrl);
    });
  }

  /** Emits the attempt's one result event and shows what the shopper can do next. */
  private end(outcome: FlowOutcome<PaymentResult>, mode: GlomoCheckoutMode, callbackUrl: string | null): void {
    this.phase = 'idle';
    // The notice (an alert) or the outcome replaces a "Preparing…" still waiting to be said.
    this.announcer.clear();
    if (outcome.kind === 'error' && outcome.error.code === 'coop_blocked') {
      const offer = mode === 'events' && callbackUrl !== null;
      const message = `${outcome.error.message} ${this.t(offer ? 'glomoCheckout.coop.offer' : 'glomoCheckout.coop.callbackHint')}`;
      outcome = flowError('coop_blocked', message);
      this.notice = { message, action: offer ? 'redirect' : null };
    } else if (outcome.kind === 'error' && outcome.error.code === 'popup_blocked') {
      this.notice = { message: outcome.error.message, action: 'retry' };
    } else {
      this.announcer.announce(this.outcomeAnnouncement(outcome));
    }
    if (outcome.kind === 'result' && (outcome.value.status === 'succeeded' || outcome.value.status === 'pending')) {
      this.preparation.forgetOrder(); // that order is paid (or being paid): the next attempt needs a new one
    }
    finishFlow(this, 'glomo', outcome);
  }

  private outcomeAnnouncement(outcome: FlowOutcome<PaymentResult>): string {
    if (outcome.kind === 'cancel') return this.t('glomoCheckout.cancelled');
    if (outcome.kind === 'error') return outcome.error.message;
    const result = outcome.value;
    if (result.status === 'succeeded') return this.t('glomoCheckout.succeeded');
    if (result.status === 'failed') return this.t('glomoCheckout.failed', { message: result.error?.message ?? '' });
    return this.t('glomoCheckout.pending');
  }
}

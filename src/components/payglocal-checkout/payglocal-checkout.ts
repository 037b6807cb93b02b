import { html, nothing, type PropertyValues, type PropertyDeclarations } from 'lit';
import { Announcer, visuallyHiddenStyles } from '../../core/announcer.js';
import { translator } from '../../core/messages.js';
import { PayElement } from '../../core/pay-element.js';
import { reportInvalidConfig } from '../../core/report-invalid-config.js';
import { finishFlow, flowCancel, flowError, type FlowError } from '../../flows/outcome.js';
import { redirect } from '../../flows/redirect.js';
import { checkProviderUrl, refusedUrlMessage } from '../../flows/safe-url.js';
import { PAYGLOCAL_HOSTS, readPayGlocalCheckoutConfig, type PayGlocalCheckoutConfigReading } from './payglocal-checkout-config.js';
import { requestHostedPage, type PayGlocalHostedPage } from './payglocal-checkout-request.js';
import { payglocalCheckoutStyles } from './payglocal-checkout.styles.js';
import { flowsMessages, flowsTranslations } from '../../flows/flows.messages.js';
import { payglocalCheckoutMessages, payglocalCheckoutTranslations } from './payglocal-checkout.messages.js';

/**
 * A Pay button for PayGlocal's hosted checkout (PayCollect).
 *
 * **Setting up.** `payment-url` is your server's endpoint that initiates the payment with
 * PayGlocal (`createPayGlocalClient().initiate` in `pay-elements/server`) and answers
 * `{ redirectUrl, gid?, merchantTxnId? }` — or PayGlocal's own initiate response. The element
 * `POST`s it JSON `{ amount?, currency?, returnUrl? }` from its attributes; your server prices the
 * order itself and should accept only its own return URLs.
 *
 * **The click.** The answer is validated, the hosted page URL checked (`https:` on PayGlocal's
 * hosts, or a loopback sandbox), `pay-pending` says which payment started, then the page leaves
 * through the redirect primitive: a cancelable `pay-redirect` (`target: 'same-tab'`;
 * `preventDefault()` lets a router or WebView navigate itself), then `location.assign`.
 *
 * **Results.** The payment ends on PayGlocal's page, which posts `x-gl-token` (RS256 JWT) to your
 * `merchantCallbackURL`: verify it there with `verifyPayGlocalToken` (only `SENT_FOR_CAPTURE` is
 * paid), then send the shopper to your result page. So this element fires no success or failure
 * of its own: an attempt ends in this page with `pay-redirect` (the page leaves) or `pay-error`
 * (`invalid_config`, `network`, `timeout`, `invalid_response`), shown under the button too.
 * Coming back with the browser's Back button makes the button usable again.
 *
 * @tagname pay-payglocal-checkout
 * @summary A Pay button that starts a PayGlocal payment on your server and leaves for PayGlocal's hosted page.
 *
 * @fires {CustomEvent<PaymentResult>} pay-pending - The shop initiated the payment (`paymentId` = gid, `orderId` = merchantTxnId); the page is about to leave.
 * @fires {CustomEvent<PayRedirectDetail>} pay-redirect - Cancelable. The page leaves for the hosted page (`target: 'same-tab'`) unless the host calls `preventDefault()`.
 * @fires {CustomEvent<PayCancelDetail>} pay-cancel - The element was removed while the shop's endpoint was answering (`reason: 'aborted'`).
 * @fires {CustomEvent<PayErrorDetail>} pay-error - `invalid_config`, `network`, `timeout` or `invalid_response` (a bad answer, or a hosted page URL that is not PayGlocal's).
 *
 * @slot - Your own Pay button (or any content); a click on it starts the payment. Default: a "Pay" button.
 *
 * @csspart base - The wrapper of the button and the notice.
 * @csspart button - The default Pay button.
 * @csspart spinner - The progress indicator in the default button while the payment starts.
 * @csspart notice - The error shown under the button after a failed attempt.
 *
 * @cssprop --pay-font-family - Font of the whole element.
 * @cssprop --pay-font-size - Base font size.
 * @cssprop --pay-color-text - Text colour.
 * @cssprop --pay-spacing - Gap between the button and the notice; the notice's padding.
 * @cssprop --pay-radius - Corner radius of the button and the notice.
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
export class PayPayglocalCheckout extends PayElement {
  static override styles = [payglocalCheckoutStyles, visuallyHiddenStyles];
  static override properties: PropertyDeclarations = {
    paymentUrl: { attribute: 'payment-url' },
    amount: { type: Number },
    currency: {},
    returnUrl: { attribute: 'return-url' },
    requestTimeout: { type: Number, attribute: 'request-timeout' },
    disabled: { type: Boolean, reflect: true },
    phase: { state: true, attribute: false },
    notice: { state: true, attribute: false },
  };

  protected static override messages = { ...flowsMessages, ...payglocalCheckoutMessages };
  protected static override translations = [flowsTranslations, payglocalCheckoutTranslations];

  // ── Public properties ────────────────────────────────────────────────────

  /** Your endpoint that initiates the payment: `POST` → `{ redirectUrl, gid?, merchantTxnId? }`. */
  paymentUrl = '';

  /** The amount in minor units, sent to `payment-url` (your server decides the price). */
  amount: number | null = null;

  /** ISO 4217 currency code, sent to `payment-url`. */
  currency = '';

  /** Your result page, sent to `payment-url` as `returnUrl` (resolved against the page's address). */
  returnUrl = '';

  /** How long `payment-url` may take to answer, in ms (default 15 000). */
  requestTimeout = 15_000;

  /** Ignores clicks and marks the default button as unavailable. */
  disabled = false;

  // ── Internal state ───────────────────────────────────────────────────────

  private phase: 'idle' | 'starting' | 'leaving' = 'idle';
  private notice: string | null = null;
  private readonly announcer = new Announcer(this);
  private readonly reportedConfig = new Set<string>();
  /** Aborted on removal: an answer arriving afterwards is dropped. */
  private connection = new AbortController();

  // ── Lifecycle ────────────────────────────────────────────────────────────

  override connectedCallback(): void {
    super.connectedCallback();
    this.connection = new AbortController();
    window.addEventListener('pageshow', this.onPageShow);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // Removed while the shop's endpoint was answering: the attempt still ends in its one result
    // event, `pay-cancel` `aborted` on the element itself. ('leaving': the page is already going.)
    const interrupted = this.phase === 'starting';
    this.connection.abort();
    window.removeEventListener('pageshow', this.onPageShow);
    this.phase = 'idle';
    if (interrupted) finishFlow(this, 'payglocal', flowCancel('aborted'));
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const reading = this.readConfig();
    reportInvalidConfig(this, this.reportedConfig, reading.ok ? '' : reading.problem.mistake, () => this.configMessage(reading));
  }

  // ── Rendering ────────────────────────────────────────────────────────────

  protected override render() {
    const busy = this.phase !== 'idle';
    return html`<div part="base" class="base">
      <slot @click=${this.onPayClick}>
        <button part="button" type="button" aria-disabled=${busy || this.disabled ? 'true' : 'false'} aria-busy=${busy ? 'true' : 'false'}>
          ${busy ? html`<span part="spinner" class="spinner" aria-hidden="true"></span>` : nothing}${this.t('payglocalCheckout.pay')}
        </button>
      </slot>
      ${this.notice ? html`<p part="notice" class="notice" role="alert">${this.notice}</p>` : nothing}
    </div>`;
  }

  // ── Behaviour ────────────────────────────────────────────────────────────

  private readConfig(): PayGlocalCheckoutConfigReading {
    return readPayGlocalCheckoutConfig(
      { paymentUrl: this.paymentUrl, returnUrl: this.returnUrl, amount: this.amount, currency: this.currency },
      this.ownerDocument.baseURI,
    );
  }

  private configMessage(reading: PayGlocalCheckoutConfigReading): string {
    return reading.ok ? '' : this.t(reading.problem.key, reading.problem.params);
  }

  /** Back from the hosted page through the back/forward cache: the page is live again, so is the button. */
  private onPageShow = (event: PageTransitionEvent) => {
    if (event.persisted) this.phase = 'idle';
  };

  private onPayClick = () => {
    if (this.disabled || this.phase !== 'idle') return; // a double click starts one payment
    void this.begin();
  };

  /** One attempt: the shop's endpoint, then the redirect (or exactly one `pay-error`). */
  private async begin(): Promise<void> {
    const reading = this.readConfig();
    if (!reading.ok) return this.fail({ code: 'invalid_config', message: this.configMessage(reading) });
    this.notice = null;
    this.phase = 'starting';
    this.announcer.announce(this.t('payglocalCheckout.preparing'));
    const signal = this.connection.signal;
    const t = translator(PayPayglocalCheckout.messages, this.locale);
    const timeoutMs = this.requestTimeout > 0 ? this.requestTimeout : 15_000;
    const answer = await requestHostedPage(reading.config, { timeoutMs, signal, t });
    if (signal.aborted) return; // removed meanwhile: nobody is listening
    if (!answer.ok) return this.fail(answer.error);
    this.leave(answer.page);
  }

  private leave(page: PayGlocalHostedPage): void {
    const target = { allowedHosts: PAYGLOCAL_HOSTS, locale: this.locale };
    const checked = checkProviderUrl(page.redirectUrl, target);
    if (!checked.ok) return this.fail({ code: 'invalid_response', message: refusedUrlMessage(checked.reason, this.locale) });
    this.emit('pay-pending', {
      provider: 'payglocal', status: 'pending', raw: page.raw,
      ...(page.gid ? { paymentId: page.gid } : {}), ...(page.merchantTxnId ? { orderId: page.merchantTxnId } : {}),
    });
    const start = redirect(this, { url: checked.url.href, target: 'same-tab', ...target });
    if (start.kind === 'error') return this.fail(start.error);
    if (start.kind === 'prevented') {
      this.phase = 'idle'; // the host navigates; this attempt is over here
      return;
    }
    this.phase = 'leaving';
    this.announcer.announce(this.t('payglocalCheckout.leaving'));
  }

  private fail(error: FlowError): void {
    this.phase = 'idle';
    // A "Preparing…" still waiting to be said would follow the error: it's no longer true.
    this.announcer.clear();
    // A configuration mistake is the developer's to read (the event); the shopper gets the others.
    this.notice = error.code === 'invalid_config' ? null : error.message;
    finishFlow(this, 'payglocal', flowError(error.code, error.message));
  }
}

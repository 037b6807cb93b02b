import { html, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { focusIsWithin, sayByFocus, visuallyHiddenStyles } from '../../core/announcer.js';
import { FieldInputHandler } from '../../core/field-input.js';
import { PayFormControl, type FieldProblem } from '../../core/form-control.js';
import type { MessageKey } from '../../core/messages.js';
import { reportInvalidConfig } from '../../core/report-invalid-config.js';
import type { PaymentResult } from '../../core/types.js';
import { finishFlow, type FlowOutcome } from '../../flows/outcome.js';
import { readSibsEndpoints } from '../../providers/sibs/sibs-endpoints.js';
import { Countdown } from './countdown.js';
import { runMbwayAttempt } from './mbway-attempt.js';
import { mbwayStyles } from './mbway.styles.js';
import { renderPhoneField, renderSucceeded, renderWaiting, type MbwayField } from './mbway-view.js';
import { groupNational, readPhoneNumber, type PhoneReading } from './phone-number.js';
import { spokenDuration } from './spoken-duration.js';
import { formControlMessages, formControlTranslations } from '../../core/form-control.messages.js';
import { flowsMessages, flowsTranslations } from '../../flows/flows.messages.js';
import { sibsMessages, sibsTranslations } from '../../providers/sibs/sibs.messages.js';
import { mbwayMessages, mbwayTranslations } from './mbway.messages.js';

/** MB WAY requests expire after four minutes (SIBS, and PSPs reselling MB WAY, document 4 min). */
export const MBWAY_DEFAULT_TIMEOUT_S = 240;
const DEFAULT_POLL_INTERVAL_MS = 2000;
const FIELDS: readonly MbwayField[] = ['phone'];

/**
 * Pay with MB WAY (SIBS): the shopper types the Portuguese mobile number linked to the MB WAY
 * app, a payment request goes to that phone, and the element waits — with a visible countdown —
 * while the shopper approves it in the app.
 *
 * **The number.** Nine digits starting with 9, typed as the shopper likes: `912 345 678`,
 * `+351 912 345 678`, `00351912345678`; separators are ignored. It is sent as SIBS's
 * `customerPhone`, `351#912345678`. Errors show when the field is left or on submit; a character
 * or prefix that can never be right shows at once.
 *
 * **Flow.** Submitting POSTs JSON `{ method: 'mbway', customerPhone }` to `payment-url`, the shop's
 * endpoint, which creates the SIBS payment and relays SIBS's MB WAY purchase response (with its
 * `transactionID`). The element then shows where the request went and the time left (`timeout`,
 * four minutes by default, as MB WAY's requests live), said to screen readers each minute and at
 * 30 and 10 seconds, and polls `status-url` (`{paymentId}` = the `transactionID`) until SIBS's
 * `paymentStatus` is final. After a refusal or an expiry the form comes back with the number
 * kept and the reason shown: pressing Pay again sends a new request.
 *
 * **Outcomes.** `pay-pending` once the request reached the phone, then exactly one of
 * `pay-success` (approved), `pay-failure` (`error.code` `payment_declined` — refused in the app —, `payment_expired` or `payment_error`),
 * `pay-cancel` (the element was removed: `aborted`) or `pay-error` (the shop's endpoint failed or
 * answered something that is not SIBS's). Fulfil the order from the shop's server (SIBS's webhook
 * or status), never from the page's event alone.
 *
 * **Forms.** Form-associated: once valid, `FormData` gets `<name>[customerPhone]`.
 *
 * @tagname pay-mbway
 * @summary MB WAY (SIBS): a Portuguese mobile number, then a countdown while the shopper approves the payment in the app.
 *
 * @fires {CustomEvent<PaymentResult>} pay-pending - The request reached the shopper's phone: `provider: 'sibs'`, `status: 'pending'`, `paymentId` (SIBS `transactionID`), `raw` (the purchase response).
 * @fires {CustomEvent<PaymentResult>} pay-success - Approved in the app: `status: 'succeeded'`, `paymentId`, `raw` (SIBS's status object).
 * @fires {CustomEvent<PaymentResult>} pay-failure - Refused in the app, declined, or expired: `error.code` `payment_declined` (refused in the app), `payment_expired` or `payment_error`; the form is back with the number.
 * @fires {CustomEvent<PayCancelDetail>} pay-cancel - The element was removed while waiting (`reason: 'aborted'`).
 * @fires {CustomEvent<PayErrorDetail>} pay-error - `invalid_config` (payment-url, status-url, timeout), `network` / `timeout` (the shop's endpoint), `invalid_response` (an answer that is not SIBS's).
 *
 * @slot - Optional content shown above the pay button.
 *
 * @csspart field - The phone field's wrapper (label, prefix, input, hint and error).
 * @csspart label - The field's visible `<label>`.
 * @csspart prefix - The `+351` shown before the input.
 * @csspart input - The `<input>`.
 * @csspart phone-input - The `<input>` (same element, named).
 * @csspart hint - The field's hint.
 * @csspart error - The field's error message.
 * @csspart button - The pay button.
 * @csspart spinner - The progress indicator in the button while the request is sent.
 * @csspart submit-error - Why the last attempt ended (refused, expired, an error), above the button.
 * @csspart waiting - The panel shown while the shopper approves in the app.
 * @csspart title - The waiting panel's title.
 * @csspart countdown - The time left.
 * @csspart checking - Shown once the time is up, while the last status is read.
 * @csspart success - The notice that replaces the form once the payment is approved.
 *
 * @cssprop --pay-font-family - Font of the whole element.
 * @cssprop --pay-spacing - Gap between blocks.
 * @cssprop --pay-radius - Corner radius of the input, button and panels.
 * @cssprop --pay-color-border - Input and panel border colour.
 * @cssprop --pay-color-primary - Pay button background.
 * @cssprop --pay-color-button-text - Pay button text colour.
 * @cssprop --pay-color-panel-background - Background of the waiting panel and notices.
 * @cssprop --pay-color-success - Colour of the success notice.
 * @cssprop --pay-countdown-font-size - Size of the countdown's digits.
 */
export class PayMbway extends PayFormControl<MbwayField> {
  static override styles = [mbwayStyles, visuallyHiddenStyles];
  static override properties: PropertyDeclarations = {
    paymentUrl: { attribute: 'payment-url' },
    statusUrl: { attribute: 'status-url' },
    timeout: { type: Number },
    pollInterval: { type: Number, attribute: 'poll-interval' },
    value: { state: true, attribute: false },
    waitingFor: { state: true, attribute: false },
    succeeded: { state: true, attribute: false },
  };

  protected static override messages = { ...formControlMessages, ...flowsMessages, ...sibsMessages, ...mbwayMessages };
  protected static override translations = [formControlTranslations, flowsTranslations, sibsTranslations, mbwayTranslations];

  // ── Public properties ────────────────────────────────────────────────────

  /** The shop's endpoint that starts the payment: receives `POST { method: 'mbway', customerPhone }` (JSON), answers with SIBS's MB WAY purchase response. */
  paymentUrl = '';

  /** The shop's status endpoint, a URL template containing `{paymentId}`; answers with SIBS's status object. */
  statusUrl = '';

  /** Seconds the shopper has to approve in the app (MB WAY: 240). Shorter only for tests: the request lives at SIBS as long as SIBS says. */
  timeout = MBWAY_DEFAULT_TIMEOUT_S;

  /** Milliseconds between status reads while waiting. */
  pollInterval = DEFAULT_POLL_INTERVAL_MS;

  // ── Internal state ───────────────────────────────────────────────────────

  protected readonly fieldOrder = FIELDS;
  /** The typed number, as typed. */
  private value = '';
  /** The number the running request went to (`912 345 678`), or null when no request waits. */
  private waitingFor: string | null = null;
  private succeeded = false;
  private readonly countdown = new Countdown(this);
  private attempt: AbortController | null = null;
  private readonly reportedConfig = new Set<string>();
  private readonly edits = new FieldInputHandler<MbwayField>({
    edit: (_field, value, final) => this.edit(value, final),
    left: () => {
      if (this.waitingFor === null && this.errorDisplay.leave('phone')) this.noteErrors('phone');
    },
    submit: () => this.submit(),
  });

  // ── Lifecycle ────────────────────────────────────────────────────────────

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.attempt?.abort();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (changed.has('timeout')) {
      reportInvalidConfig(this, this.reportedConfig, this.validTimeout() ? '' : `timeout:${this.timeout}`, () =>
        this.t('mbway.config.timeout', { value: String(this.getAttribute('timeout') ?? this.timeout) }));
    }
  }

  // ── Public API ───────────────────────────────────────────────────────────

  /** `351#9XXXXXXXX` once the typed number is valid, else null. */
  get customerPhone(): string | null {
    const reading = this.reading;
    return reading.ok ? reading.customerPhone : null;
  }

  /** Back to an empty form: a request under way is abandoned (`pay-cancel` `aborted`). */
  override reset(): void {
    this.attempt?.abort();
    super.reset();
  }

  // ── Form control hooks ───────────────────────────────────────────────────

  protected problems(): FieldProblem<MbwayField>[] {
    const reading = this.reading;
    if (reading.ok) return [];
    return [{ field: 'phone', message: this.t(`mbway.error.phone.${reading.error}` as MessageKey), missing: reading.error === 'required' }];
  }

  protected visibleErrors(): Partial<Record<MbwayField, string>> {
    const reading = this.reading;
    if (reading.ok || this.waitingFor !== null) return {};
    // Shown when final (left or submitted), or while typing when more typing can't fix it.
    if (this.errorDisplay.shows('phone') || reading.final) return { phone: this.t(`mbway.error.phone.${reading.error}` as MessageKey) };
    return {};
  }

  protected formEntries(): [string, string][] | null {
    const phone = this.customerPhone;
    return this.name && phone ? [[`${this.name}[customerPhone]`, phone]] : null;
  }

  protected handOut(): void {
    const reading = this.reading;
    if (!reading.ok) return;
    const endpoints = readSibsEndpoints({ paymentUrl: this.paymentUrl, statusUrl: this.statusUrl }, this.ownerDocument.baseURI);
    if (!endpoints.ok) {
      const message = this.t(endpoints.attribute === 'payment-url' ? 'mbway.config.paymentUrl' : 'mbway.config.statusUrl');
      this.reportedConfig.add(`${endpoints.attribute}:${endpoints.value}`);
      this.emit('pay-error', { code: 'invalid_config', message, provider: 'sibs' });
      this.endSubmit({ error: this.t('mbway.retry') });
      return;
    }
    const attempt = new AbortController();
    this.attempt = attempt;
    const phone = groupNational(reading.national);
    const timeout = this.validTimeout() ? this.timeout : MBWAY_DEFAULT_TIMEOUT_S;
    void runMbwayAttempt({
      endpoints: endpoints.endpoints,
      customerPhone: reading.customerPhone,
      timeoutSeconds: timeout,
      intervalMs: Number.isFinite(this.pollInterval) && this.pollInterval > 0 ? this.pollInterval : DEFAULT_POLL_INTERVAL_MS,
      signal: attempt.signal,
      locale: this.locale,
      onRequested: (pending) => this.requested(pending, phone, timeout),
    }).then((outcome) => this.finish(attempt, outcome));
  }

  protected clearValues(): void {
    this.value = '';
    this.waitingFor = null;
    this.succeeded = false;
    this.countdown.stop();
  }

  // ── Attempt ──────────────────────────────────────────────────────────────

  private requested(pending: PaymentResult, phone: string, timeout: number): void {
    this.emit('pay-pending', pending);
    this.waitingFor = phone;
    this.countdown.start(timeout, {
      onThreshold: (seconds) => this.announcer.announce(this.t('mbway.countdown.left', { time: spokenDuration(seconds, this.locale) })),
      onEnd: () => this.announcer.announce(this.t('mbway.checking')),
    });
    this.announcer.announce(this.t('mbway.waiting.announce', { phone: `+351 ${phone}`, time: spokenDuration(timeout, this.locale) }));
    // The form the shopper was in is replaced: focus follows to the panel (its title is read). Focus elsewhere stays there.
    if (focusIsWithin(this)) void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#waiting')?.focus());
  }

  /** Emits the attempt's one result event, then shows success or brings the form back with the reason. */
  private finish(attempt: AbortController, outcome: FlowOutcome<PaymentResult>): void {
    if (this.attempt === attempt) this.attempt = null;
    const wasWaiting = this.waitingFor !== null;
    this.waitingFor = null;
    this.countdown.stop();
    finishFlow(this, 'sibs', outcome);
    if (outcome.kind === 'result' && outcome.value.status === 'succeeded') {
      this.succeeded = true;
      this.pending = false;
      sayByFocus(this, this.announcer, this.t('mbway.succeeded'), () => this.renderRoot.querySelector<HTMLElement>('#success'));
      return;
    }
    if (outcome.kind === 'cancel') {
      this.endSubmit();
      return;
    }
    this.endSubmit({ error: this.failureMessage(outcome) });
    // The waiting panel had focus and is gone: the button, right under the reason, is ready for a retry.
    if (wasWaiting && this.isConnected) void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('button[part~="button"]')?.focus());
  }

  private failureMessage(outcome: FlowOutcome<PaymentResult>): string {
    if (outcome.kind !== 'result') return this.t('mbway.retry');
    const code = outcome.value.error?.code;
    if (code === 'payment_expired') return this.t('mbway.expired');
    if (code === 'payment_declined') return this.t('mbway.refused');
    return this.t('mbway.failed', { reason: outcome.value.error?.message ?? '' });
  }

  // ── Derived state ────────────────────────────────────────────────────────

  private cached: { value: string; reading: PhoneReading } | null = null;

  private get reading(): PhoneReading {
    if (this.cached?.value !== this.value) this.cached = { value: this.value, reading: readPhoneNumber(this.value) };
    return this.cached.reading;
  }

  private validTimeout(): boolean {
    return Number.isFinite(this.timeout) && this.timeout >= 1 && this.timeout <= 3600;
  }

  private edit(value: string, final: boolean): void {
    this.value = value;
    this.errorDisplay.edit('phone', final);
    this.noteErrors('phone');
  }

  // ── Rendering ────────────────────────────────────────────────────────────

  protected override render(): TemplateResult {
    const t = this.t.bind(this);
    if (this.succeeded) return renderSucceeded(t);
    if (this.waitingFor !== null) return renderWaiting({ phone: this.waitingFor, remaining: this.countdown.remaining, locale: this.locale }, t);
    const error = this.visibleErrors().phone ?? '';
    return html`<form part="form" novalidate aria-busy=${this.pending ? 'true' : 'false'} @submit=${(e: Event) => e.preventDefault()}>
      ${renderPhoneField({ value: this.value, error, disabled: this.busy }, t, this.edits)}
      ${this.renderFormEnd(t('mbway.submit'), t('mbway.pending'))}
    </form>`;
  }
}

import { html, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { Announcer, focusIsWithin, sayByFocus, visuallyHiddenStyles } from '../../core/announcer.js';
import { ClipboardCopy } from '../../core/clipboard-copy.js';
import { PayElement } from '../../core/pay-element.js';
import type { PaymentResult } from '../../core/types.js';
import { finishFlow, type FlowOutcome } from '../../flows/outcome.js';
import { readSibsEndpoints, type SibsEndpoints } from '../../providers/sibs/sibs-endpoints.js';
import type { MultibancoReference } from '../../providers/sibs/sibs-reference.js';
import { issueMultibancoReference, watchMultibancoPayment } from './multibanco-attempt.js';
import { multibancoStyles } from './multibanco.styles.js';
import { referenceRows, renderProgress, renderReferenceDetails, type ReferenceDetailKey, type ReferenceDetailRow, type WatchState } from './multibanco-view.js';
import { flowsMessages, flowsTranslations } from '../../flows/flows.messages.js';
import { sibsMessages, sibsTranslations } from '../../providers/sibs/sibs.messages.js';
import { multibancoMessages, multibancoTranslations } from './multibanco.messages.js';

const DEFAULT_POLL_INTERVAL_MS = 5000;
/** How long the page watches for the payment before it stops and offers "Check again". */
const DEFAULT_WATCH_S = 600;

type Phase = 'idle' | 'issuing' | 'issued' | 'succeeded';

/**
 * Pay by Multibanco reference (SIBS): the shop issues an entity and reference, the shopper pays
 * them later at a Multibanco ATM or in a bank app, and the shop hears of it — possibly days later.
 *
 * **Flow.** The start button (or `autostart`, as soon as the element is on the page) POSTs JSON
 * `{ method: 'multibanco' }` to `payment-url`, the shop's endpoint, which answers with SIBS's
 * `service-reference/generate` response. The element shows the entity (5 digits), the reference
 * (9 digits, `123 456 789`), the amount and the expiry date in the shopper's locale, each value
 * with a copy button that announces "Copied", and emits `pay-pending` with the reference. It
 * then watches `status-url` (`{paymentId}` = SIBS's `transactionID`) every `poll-interval` ms for
 * `watch` seconds; after that it stops, says plainly that the confirmation can take days, and
 * offers "Check again" (another watch). It never waits forever.
 *
 * **Outcomes.** `pay-pending` when the reference is issued (`raw` holds SIBS's answer, with
 * `paymentReference`), then `pay-success` once SIBS reports it paid, or `pay-failure` when the
 * reference expired (`error.code` `payment_expired`) or failed; `pay-error` when the shop's
 * endpoint fails or answers something else than SIBS's (the reference, if shown, stays shown);
 * `pay-cancel` `aborted` when removed while issuing or watching. A shopper who leaves the page
 * ends nothing: fulfil the order from SIBS's webhook on the shop's server.
 *
 * @tagname pay-multibanco
 * @summary Multibanco (SIBS): an entity and reference to pay later at an ATM or in a bank app, each with a copy button, then a bounded wait for the confirmation.
 *
 * @fires {CustomEvent<PaymentResult>} pay-pending - The reference was issued: `provider: 'sibs'`, `status: 'pending'`, `paymentId` (SIBS `transactionID`), `raw` (SIBS's answer with `paymentReference`).
 * @fires {CustomEvent<PaymentResult>} pay-success - SIBS reports the reference paid: `status: 'succeeded'`, `raw` (SIBS's status object).
 * @fires {CustomEvent<PaymentResult>} pay-failure - The reference expired unpaid (`error.code` `payment_expired`) or the payment failed.
 * @fires {CustomEvent<PayCancelDetail>} pay-cancel - The element was removed while issuing or watching (`reason: 'aborted'`).
 * @fires {CustomEvent<PayErrorDetail>} pay-error - `invalid_config` (payment-url, status-url), `network` / `timeout` (the shop's endpoint), `invalid_response` (an answer that is not SIBS's).
 *
 * @slot - Optional content shown above the start button (e.g. the order summary).
 *
 * @csspart intro - What paying by Multibanco means, above the start button.
 * @csspart button - The start button ("Get a Multibanco reference").
 * @csspart spinner - The progress indicator while issuing or watching.
 * @csspart message - Why the last attempt ended (an error, an expired reference), above the start button.
 * @csspart details - The reference's details.
 * @csspart title - The details' title.
 * @csspart detail - Each detail row (label, value, copy button).
 * @csspart detail-label - Each detail's label.
 * @csspart detail-value - Each detail's value and its copy button.
 * @csspart copy-button - Each copy button.
 * @csspart progress - The payment's progress (it may take days; watching; stopped).
 * @csspart watching - The line shown while the status is watched.
 * @csspart stopped - The line shown once the watch stopped.
 * @csspart check-button - "Check again".
 * @csspart success - The notice shown once the payment is received.
 *
 * @cssprop --pay-font-family - Font of the whole element.
 * @cssprop --pay-font-size - Base font size.
 * @cssprop --pay-color-text - Text colour.
 * @cssprop --pay-spacing - Gap between blocks.
 * @cssprop --pay-radius - Corner radius of buttons and panels.
 * @cssprop --pay-color-border - Panel border colour.
 * @cssprop --pay-color-panel-background - Background of the panels.
 * @cssprop --pay-color-primary - Start button background; copy and check button text and border.
 * @cssprop --pay-color-button-text - Start button text colour.
 * @cssprop --pay-focus-ring-color - Focus ring colour.
 * @cssprop --pay-color-error - Colour of the message after a failed attempt.
 * @cssprop --pay-color-success - Colour of the success notice.
 * @cssprop --pay-reference-font-size - Size of the entity and reference digits.
 */
export class PayMultibanco extends PayElement {
  static override styles = [multibancoStyles, visuallyHiddenStyles];
  static override properties: PropertyDeclarations = {
    paymentUrl: { attribute: 'payment-url' },
    statusUrl: { attribute: 'status-url' },
    autostart: { type: Boolean },
    pollInterval: { type: Number, attribute: 'poll-interval' },
    watch: { type: Number },
    phase: { state: true, attribute: false },
    watchState: { state: true, attribute: false },
    message: { state: true, attribute: false },
  };

  protected static override messages = { ...flowsMessages, ...sibsMessages, ...multibancoMessages };
  protected static override translations = [flowsTranslations, sibsTranslations, multibancoTranslations];

  // ── Public properties ────────────────────────────────────────────────────

  /** The shop's endpoint that issues the reference: receives `POST { method: 'multibanco' }` (JSON), answers with SIBS's generate response. */
  paymentUrl = '';

  /** The shop's status endpoint, a URL template containing `{paymentId}`; answers with SIBS's status object. */
  statusUrl = '';

  /** Issue the reference as soon as the element is on the page, without the start button. */
  autostart = false;

  /** Milliseconds between status reads while watching. */
  pollInterval = DEFAULT_POLL_INTERVAL_MS;

  /** Seconds the page watches for the payment before it stops and offers "Check again". */
  watch = DEFAULT_WATCH_S;

  // ── Internal state ───────────────────────────────────────────────────────

  private phase: Phase = 'idle';
  private watchState: WatchState = 'watching';
  /** Why the last attempt ended, shown above the start button. */
  private message = '';
  private issued: { reference: MultibancoReference; paymentId: string; endpoints: SibsEndpoints } | null = null;
  private attempt: AbortController | null = null;
  private readonly announcer = new Announcer(this);
  private readonly clipboard = new ClipboardCopy<ReferenceDetailKey>(this, (message) => this.announcer.announce(message));

  // ── Lifecycle ────────────────────────────────────────────────────────────

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.attempt?.abort();
  }

  protected override firstUpdated(changed: PropertyValues<this>): void {
    super.firstUpdated(changed);
    // After this first update, not inside it (starting changes state and renders again).
    if (this.autostart) void this.updateComplete.then(() => this.start());
  }

  // ── Public API ───────────────────────────────────────────────────────────

  /** Issues a reference (what the start button does). Does nothing while one is being issued or watched. */
  start(): void {
    // Removed from the page (before an `autostart` got here, say): nothing is issued that no one could follow.
    if (this.attempt || this.phase === 'issuing' || !this.isConnected) return;
    const endpoints = readSibsEndpoints({ paymentUrl: this.paymentUrl, statusUrl: this.statusUrl }, this.ownerDocument.baseURI);
    if (!endpoints.ok) {
      const message = this.t(endpoints.attribute === 'payment-url' ? 'multibanco.config.paymentUrl' : 'multibanco.config.statusUrl');
      this.emit('pay-error', { code: 'invalid_config', message, provider: 'sibs' });
      this.showMessage(this.t('multibanco.retry'));
      return;
    }
    const attempt = new AbortController();
    this.attempt = attempt;
    this.phase = 'issuing';
    this.message = '';
    void issueMultibancoReference({ endpoints: endpoints.endpoints, signal: attempt.signal, locale: this.locale }).then((issued) => {
      if (issued.kind !== 'issued') {
        this.end(attempt, issued);
        return;
      }
      this.issued = { reference: issued.reference, paymentId: issued.pending.paymentId!, endpoints: endpoints.endpoints };
      this.phase = 'issued';
      this.emit('pay-pending', issued.pending);
      this.announcer.announce(this.t('multibanco.issued.announce', this.spokenDetails(issued.reference)));
      // The button the shopper pressed is replaced: focus follows to the details (their title is read). Focus
      // elsewhere (an `autostart` reference) stays there.
      if (focusIsWithin(this)) void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#details')?.focus());
      this.watchPayment(attempt);
    });
  }

  /** Watches the status again for another `watch` seconds (what "Check again" does). */
  checkAgain(): void {
    if (this.phase !== 'issued' || this.watchState !== 'stopped') return;
    const attempt = new AbortController();
    this.attempt = attempt;
    // The button goes away: focus stays in the progress panel that now says what happens.
    sayByFocus(this, this.announcer, this.t('multibanco.watching'), () => this.renderRoot.querySelector<HTMLElement>('#progress'));
    this.watchPayment(attempt);
  }

  /** Back to the start button; an attempt under way is abandoned (`pay-cancel` `aborted`). The issued reference can still be paid. */
  reset(): void {
    this.attempt?.abort();
    this.attempt = null;
    this.issued = null;
    this.phase = 'idle';
    this.message = '';
    this.announcer.clear();
  }

  // ── Attempt ──────────────────────────────────────────────────────────────

  private watchPayment(attempt: AbortController): void {
    const issued = this.issued!;
    this.watchState = 'watching';
    void watchMultibancoPayment({
      statusUrl: issued.endpoints.statusUrl,
      paymentId: issued.paymentId,
      intervalMs: positive(this.pollInterval, DEFAULT_POLL_INTERVAL_MS),
      windowMs: positive(this.watch, DEFAULT_WATCH_S) * 1000,
      signal: attempt.signal,
      locale: this.locale,
    }).then((watched) => {
      if (watched.kind !== 'stopped') {
        this.end(attempt, watched);
        return;
      }
      if (this.attempt === attempt) this.attempt = null;
      this.watchState = 'stopped';
      this.announcer.announce(this.t('multibanco.stopped'));
    });
  }

  /** Emits the attempt's one result event and shows what it means. */
  private end(attempt: AbortController, outcome: FlowOutcome<PaymentResult>): void {
    if (this.attempt === attempt) this.attempt = null;
    finishFlow(this, 'sibs', outcome);
    if (outcome.kind === 'cancel') return;
    if (outcome.kind === 'result' && outcome.value.status === 'succeeded') {
      this.phase = 'succeeded';
      sayByFocus(this, this.announcer, this.t('multibanco.succeeded'), () => this.renderRoot.querySelector<HTMLElement>('#success'));
      return;
    }
    if (outcome.kind === 'error' && this.phase === 'issued') {
      // The reference can still be paid: it stays, but this page can no longer follow it.
      this.watchState = 'unavailable';
      return;
    }
    const code = outcome.kind === 'result' ? outcome.value.error?.code : undefined;
    const message = outcome.kind !== 'result'
      ? this.t('multibanco.retry')
      : code === 'payment_expired' ? this.t('multibanco.expired') : this.t('multibanco.failed', { reason: outcome.value.error?.message ?? '' });
    this.issued = null;
    this.showMessage(message);
  }

  /** Back to the start button, with `message` shown and said; focus on the button. */
  private showMessage(message: string): void {
    const hadFocus = focusIsWithin(this);
    this.phase = 'idle';
    this.message = message;
    this.announcer.announce(message);
    if (hadFocus) void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('button[part~="button"]')?.focus());
  }

  /** The announcement's `{entity}`, `{reference}`, `{amount}` and `{expiry}`: the details as shown. */
  private spokenDetails(reference: MultibancoReference): Record<string, string> {
    return Object.fromEntries(referenceRows(reference, this.locale).map((row) => [row.key, row.display]));
  }

  private copy(row: ReferenceDetailRow): void {
    if (row.copy === null) return;
    const detail = this.t(`multibanco.details.${row.key}`);
    void this.clipboard.copy(row.key, row.copy, {
      done: this.t('multibanco.copy.announce', { detail }),
      failed: this.t('multibanco.copy.failed', { detail }),
    });
  }

  // ── Rendering ────────────────────────────────────────────────────────────

  protected override render(): TemplateResult {
    const t = this.t.bind(this);
    if (this.phase === 'succeeded') return html`<p part="success" class="panel success" id="success" tabindex="-1">${t('multibanco.succeeded')}</p>`;
    if (this.phase === 'issued' && this.issued) {
      const rows = referenceRows(this.issued.reference, this.locale);
      return html`${renderReferenceDetails(rows, t, this.clipboard.copied, (row) => this.copy(row))}
        ${renderProgress(this.watchState, t, () => this.checkAgain())}`;
    }
    const issuing = this.phase === 'issuing';
    const label = issuing ? t('multibanco.starting') : this.message ? t('multibanco.newReference') : t('multibanco.start');
    return html`<div class="start">
      <p part="intro">${t('multibanco.intro')}</p>
      <slot></slot>
      ${this.message ? html`<p part="message" class="message">${this.message}</p>` : nothing}
      <button part="button" class="primary" type="button" aria-disabled=${issuing ? 'true' : 'false'} aria-busy=${issuing ? 'true' : 'false'} @click=${() => this.start()}>${
        issuing ? html`<span part="spinner" class="spinner" aria-hidden="true"></span>` : nothing}<span>${label}</span></button>
    </div>`;
  }
}

function positive(value: number, fallback: number): number {
  return Number.isFinite(value) && value > 0 ? value : fallback;
}

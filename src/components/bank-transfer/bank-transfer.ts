import { html, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { sayByFocus, visuallyHiddenStyles } from '../../core/announcer.js';
import { FieldInputHandler } from '../../core/field-input.js';
import { PayFormControl, type FieldProblem } from '../../core/form-control.js';
import { renderPlainForm, renderTextField } from '../../core/text-field.js';
import type { MessageKey, MessageParams } from '../../core/messages.js';
import { formatMoney, toMajorString } from '../../core/money.js';
import { reportInvalidConfig } from '../../core/report-invalid-config.js';
import { detailRows, parseBankTransferDetails, type BankTransferDetails, type DetailKey, type DetailRow, type ParsedDetails } from './bank-details.js';
import { ClipboardCopy } from '../../core/clipboard-copy.js';
import {
  BANK_TRANSFER_FIELDS, bankTransferFormEntries, deriveBankTransferState, emptyBankTransferValues,
  type BankTransferField, type BankTransferFieldError, type BankTransferInputs, type BankTransferState, type BankTransferValues,
} from './bank-transfer-state.js';
import { bankTransferStyles } from './bank-transfer.styles.js';
import { renderDetails, renderSubmitted } from './bank-transfer-view.js';
import { formControlMessages, formControlTranslations } from '../../core/form-control.messages.js';
import { bankTransferMessages, bankTransferTranslations } from './bank-transfer.messages.js';

/**
 * Pay by bank transfer: shows the account to pay into, then collects the account the shopper
 * paid from and the transfer's reference (UTR / bank reference), as Glomo Checkout's
 * `payment.bank_transfer_submitted` does.
 *
 * **Details.** Set the `details` property to `{ accountName, accountNumber and/or iban, bic?,
 * bankName?, amount: Money, reference? }`. It is validated (an IBAN or BIC must pass its own
 * checks); a malformed value shows a "details unavailable" notice instead of a form and emits
 * `pay-error` `invalid_config` once, as does a missing `order-id`. Details the shop sets once the
 * element is in the page (after a fetch) are waited for, showing nothing, for 5 seconds; still
 * missing then, they are reported as a malformed value is. Every detail has a
 * copy button that says "Copied" (or that copying failed) to screen readers. Provider strings are
 * shown as text, never as markup.
 *
 * **The form.** The sender's account: an IBAN (two letters and two digits first) is checked for
 * its country's length and mod-97; any other account number is 6–34 letters and digits. The
 * reference: 6–35 letters, digits, `-` and `/`. Errors show when a field is left or on submit.
 *
 * **Submitting.** Emits `pay-bank-transfer-submitted` `{ orderId, senderAccountNumber,
 * transactionReference }` (no spaces; an IBAN in upper case), goes `pending`, and shows that the
 * transfer will be confirmed later — this is **not** a payment confirmation: confirm the payment
 * from the provider's webhook. `endSubmit({ error })` brings the form back with the message;
 * `reset()` starts over.
 *
 * **Forms.** Form-associated: once valid, `FormData` gets `<name>[orderId]`,
 * `<name>[senderAccountNumber]` and `<name>[transactionReference]`.
 *
 * @tagname pay-bank-transfer
 * @summary Beneficiary details to pay into, then the sender's account number and transfer reference.
 *
 * @fires {CustomEvent<PayBankTransferSubmittedDetail>} pay-bank-transfer-submitted - The shopper says the transfer is made: `{ orderId, senderAccountNumber, transactionReference }`, normalised. Not a payment confirmation.
 * @fires {CustomEvent<PayErrorDetail>} pay-error - `{ code: 'invalid_config', message }` once per distinct mistake: `details` missing or malformed, or `order-id` missing.
 *
 * @slot - Optional content shown above the submit button.
 *
 * @csspart details - The beneficiary details block.
 * @csspart title - The details' title and the submitted notice's title.
 * @csspart intro - What to do, above the details.
 * @csspart detail - Each detail row (label, value, copy button).
 * @csspart detail-label - Each detail's label.
 * @csspart detail-value - Each detail's value and its copy button.
 * @csspart copy-button - Each copy button.
 * @csspart form - The inner `<form>` with the two fields.
 * @csspart field - Each field's wrapper (label, input, hint and error).
 * @csspart input - Both `<input>`s.
 * @csspart sender-input - The sender's account number `<input>`.
 * @csspart reference-input - The transfer reference `<input>`.
 * @csspart hint - Each field's hint.
 * @csspart error - Each field's error message.
 * @csspart submit-error - The merchant's message after `endSubmit({ error })`.
 * @csspart submitted - The notice shown once the details are submitted (the payment is not confirmed yet).
 * @csspart unavailable - The notice shown instead of the form when `details` or `order-id` is missing or malformed.
 *
 * @cssprop --pay-font-family - Font of the whole element.
 * @cssprop --pay-spacing - Gap between fields and blocks.
 * @cssprop --pay-radius - Corner radius of inputs, buttons and panels.
 * @cssprop --pay-color-border - Input and panel border colour.
 * @cssprop --pay-disabled-opacity - Opacity of disabled buttons.
 * @cssprop --pay-color-primary - Submit button background; copy button text and border.
 * @cssprop --pay-button-font-weight - Button font weight.
 * @cssprop --pay-color-panel-background - Background of the details and notices.
 */
export class PayBankTransfer extends PayFormControl<BankTransferField> {
  static override styles = [bankTransferStyles, visuallyHiddenStyles];
  static override properties: PropertyDeclarations = {
    details: { attribute: false },
    orderId: { attribute: 'order-id', reflect: true },
    submitted: { state: true, attribute: false },
    detailsLate: { state: true, attribute: false },
  };

  protected static override messages = { ...formControlMessages, ...bankTransferMessages };
  protected static override translations = [formControlTranslations, bankTransferTranslations];

  // ── Public properties ────────────────────────────────────────────────────

  /** The account to pay into (see the class description). Validated; never rendered as markup. */
  details: BankTransferDetails | undefined = undefined;

  /** The order the transfer pays (Glomo's `order_id`); handed out as `orderId`. Required. */
  orderId = '';

  // ── Internal state ───────────────────────────────────────────────────────

  protected readonly fieldOrder = BANK_TRANSFER_FIELDS;
  /** True once `details` had 5 seconds to arrive: missing ones are then a mistake. */
  private detailsLate = false;
  /** True once the details were handed out: the "confirmed later" notice shows instead of the form. */
  private submitted = false;
  private readonly clipboard = new ClipboardCopy<DetailKey>(this, (message) => this.announcer.announce(message));
  private values: BankTransferValues = emptyBankTransferValues();
  private readonly reportedConfig = new Set<string>();
  /** `details` as last parsed, and the value it was parsed from. */
  private parsed: { value: unknown; result: ParsedDetails } | null = null;
  private derived: { inputs: BankTransferInputs; state: BankTransferState } | null = null;
  private readonly edits = new FieldInputHandler<BankTransferField>({
    edit: (field, value, final) => this.edit(field, value, final),
    left: (field) => {
      // Chromium blurs a focused input as the submitted notice replaces the form: not a shopper leaving it.
      if (!this.submitted) this.fieldLeft(field);
    },
    submit: () => this.submit(),
  });

  // ── Lifecycle ────────────────────────────────────────────────────────────

  override connectedCallback(): void {
    super.connectedCallback();
    setTimeout(() => (this.detailsLate = true), 5000);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // Each distinct mistake is said once (reportInvalidConfig remembers), however often we render.
    const details = this.parsedDetails;
    reportInvalidConfig(this, this.reportedConfig, details.ok || this.awaitingDetails ? '' : `details: ${details.problem}`, () =>
      this.t('bank.config.details', { problem: details.ok ? '' : details.problem }));
    reportInvalidConfig(this, this.reportedConfig, this.orderId.trim() ? '' : 'order-id', () => this.t('bank.config.orderId'));
  }

  // ── Public API ───────────────────────────────────────────────────────────

  /** True when both fields hold valid values. */
  get complete(): boolean {
    return this.state.complete;
  }

  /** Does nothing while the configuration is unusable (there is no form to submit). */
  override submit(): void {
    if (this.configured) super.submit();
  }

  /** Ends a submit; with an `error` the form comes back, values kept, the message shown and announced. */
  override endSubmit(options: { error?: string } = {}): void {
    super.endSubmit(options);
    if (!options.error || !this.submitted) return;
    const hadFocus = this.shadowRoot?.activeElement?.id === 'submitted';
    this.submitted = false;
    // The focused notice goes away: focus the button, right under the message, ready for a retry.
    if (hadFocus) void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLButtonElement>('button[part=button]')?.focus());
  }

  // ── Form control hooks ───────────────────────────────────────────────────

  protected problems(): FieldProblem<BankTransferField>[] {
    if (!this.configured) return [{ field: 'senderAccountNumber', message: this.t('bank.unavailable'), missing: false }];
    return this.problemsFrom(this.state.errors, this.errorMessage);
  }

  protected visibleErrors(): Partial<Record<BankTransferField, string>> {
    return !this.configured || this.submitted ? {} : this.messagesFrom(this.state.visible, this.errorMessage);
  }

  protected formEntries(): [string, string][] | null {
    return this.configured ? bankTransferFormEntries(this.state, this.name, this.orderId.trim()) : null;
  }

  protected handOut(): void {
    // Submitted first: a listener may end the submit (`endSubmit({ error })`, `reset()`) before `emit` returns.
    this.submitted = true;
    this.emit('pay-bank-transfer-submitted', { orderId: this.orderId.trim(), ...this.state.submission! });
    if (!this.submitted) return;
    const message = this.t('bank.submitted.announce', { title: this.t('bank.submitted.title'), body: this.t('bank.submitted.body') });
    sayByFocus(this, this.announcer, message, () => this.renderRoot.querySelector<HTMLElement>('#submitted'));
  }

  protected clearValues(): void {
    this.values = emptyBankTransferValues();
    this.submitted = false;
    this.requestUpdate();
  }

  // ── Derived state ────────────────────────────────────────────────────────

  private get state(): BankTransferState {
    const inputs: BankTransferInputs = { values: this.values, showing: this.errorDisplay.showing };
    const last = this.derived?.inputs;
    if (!last || last.values !== inputs.values || last.showing !== inputs.showing) {
      this.derived = { inputs, state: deriveBankTransferState(inputs) };
    }
    return this.derived!.state;
  }

  /** `details` parsed, again only when the property holds another value. */
  private get parsedDetails(): ParsedDetails {
    if (!this.parsed || this.parsed.value !== this.details) {
      this.parsed = { value: this.details, result: parseBankTransferDetails(this.details) };
    }
    return this.parsed.result;
  }

  /** No details yet, and still time for the shop to set them. */
  private get awaitingDetails(): boolean {
    return this.details == null && !this.detailsLate;
  }

  /** Valid details and an order id: the form can be used. */
  private get configured(): boolean {
    return this.parsedDetails.ok && this.orderId.trim() !== '';
  }

  private readonly errorMessage = (field: BankTransferField, code: BankTransferFieldError): string => {
    const iban = this.state.account.iban;
    const params: MessageParams = iban ? { country: iban.country, length: iban.length ?? '', actual: iban.actual } : {};
    return this.t(`bank.error.${field}.${code}` as MessageKey, params);
  };

  // ── Editing and copying ──────────────────────────────────────────────────

  private edit(field: BankTransferField, value: string, final: boolean): void {
    this.values = { ...this.values, [field]: value };
    this.fieldEdited(field, final);
  }

  private copy(row: DetailRow): void {
    const detail = this.t(`bank.details.${row.key}`);
    void this.clipboard.copy(row.key, row.copy, {
      done: this.t('bank.copy.done.label', { detail }),
      failed: this.t('bank.copy.failed', { detail }),
    });
  }

  // ── Rendering ────────────────────────────────────────────────────────────

  /** A field (`part` `sender-input` or `reference-input`); account numbers and references read left to right. */
  private renderField(field: BankTransferField, part: 'sender' | 'reference'): TemplateResult {
    const code = this.state.visible[field];
    return renderTextField({
      id: field,
      part: `${part}-input`,
      label: this.t(`bank.${part}.label`),
      hint: this.t(`bank.${part}.hint`),
      value: this.values[field],
      error: code ? this.errorMessage(field, code) : '',
      disabled: this.busy,
      autocomplete: 'off',
      ltr: true,
      autocapitalize: 'characters',
    }, this.edits);
  }

  private renderForm(): TemplateResult {
    return renderPlainForm(this.pending, [
      this.renderField('senderAccountNumber', 'sender'),
      this.renderField('transactionReference', 'reference'),
      this.renderFormEnd(this.t('bank.submit'), this.t('bank.pending')),
    ]);
  }

  protected override render(): TemplateResult | typeof nothing {
    const details = this.parsedDetails;
    if (this.awaitingDetails) return nothing;
    if (!details.ok || !this.orderId.trim()) {
      return html`<div part="unavailable" class="unavailable" role="alert">${this.t('bank.unavailable')}</div>`;
    }
    const { amount } = details.details;
    const rows = detailRows(details.details, { display: formatMoney(amount, this.locale), copy: toMajorString(amount) });
    const t = this.t.bind(this);
    return html`
      ${renderDetails(rows, t, this.clipboard.copied, (row) => this.copy(row))}
      ${this.submitted ? renderSubmitted(t) : this.renderForm()}
    `;
  }
}

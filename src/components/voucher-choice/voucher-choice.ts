import { html, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { visuallyHiddenStyles } from '../../core/announcer.js';
import type { PayVoucherChangeDetail, VoucherPaymentMethod } from '../../core/events.js';
import { FieldInputHandler } from '../../core/field-input.js';
import { PayFormControl, type FieldProblem } from '../../core/form-control.js';
import { renderPlainForm, renderTextField } from '../../core/text-field.js';
import { currencySymbol } from '../../core/money.js';
import { reportInvalidConfig } from '../../core/report-invalid-config.js';
import { numberSymbols } from './locale-amount.js';
import { voucherChoiceStyles } from './voucher-choice.styles.js';
import { PAYMENT_METHODS, readVoucherConfig, type VoucherConfig } from './voucher-config.js';
import { moneyText, voucherErrorText, voucherParams } from './voucher-text.js';
import { deriveVoucherState, preselectedValues, VOUCHER_FIELDS, voucherFormEntries, type VoucherError, type VoucherField, type VoucherState, type VoucherValues } from './voucher-state.js';
import { formControlMessages, formControlTranslations } from '../../core/form-control.messages.js';
import { voucherChoiceMessages, voucherChoiceTranslations } from './voucher-choice.messages.js';

/** Integer minor units from an attribute; anything else stays the text given, to be reported as it was written ("" is not 0). */
const minorUnitsAttribute = { fromAttribute: (value: string | null) => (value !== null && /^\s*\d+\s*$/.test(value) ? Number(value) : value) };

/**
 * Lets the shopper split a total between meal vouchers and card, as PayGlobe's
 * `PREAUTH_VOUCHER_CAPTURE` flow does after pre-authorising the full amount on the card:
 * card only, part vouchers and the rest by card, or all vouchers. Native radios in a
 * fieldset (arrow keys move between them); the partial choice opens an amount field read in
 * the page's language (`12,50` under `lang="it"`, `12.50` under `lang="en"`) with a live
 * breakdown. Amounts are integer minor units throughout, and `card + voucher = total` exactly.
 *
 * "All with meal vouchers" is offered but disabled, with the reason shown, when
 * `voucher-balance` is below `total`. An amount with more decimals than the currency has, a
 * negative, letters, zero, the whole total or more than the balance is a visible field error:
 * what the shopper typed is never clamped or rewritten.
 *
 * **Forms.** Form-associated: once the choice is valid, `FormData` gets `<name>[paymentMethod]`,
 * `<name>[voucher]` and `<name>[card]` (minor units). Until then the element is invalid and
 * blocks its form. Its button, Enter, `submit()` or the surrounding form's submission emit
 * `pay-voucher-submit` once and set `pending`; end it with `endSubmit({ error? })` or `reset()`.
 * `reset()` (and a form reset) returns to the preselected `method` / `voucher-amount`.
 *
 * @tagname pay-voucher-choice
 * @summary Split a total between meal vouchers and card (PayGlobe meal-voucher flow).
 *
 * @fires {CustomEvent<PayVoucherChangeDetail>} pay-voucher-change - When the choice, the amount or the total changes what it reports: `{ total, card, voucher, paymentMethod, valid }`. While `valid` is false the card pays the whole total in the detail. Not fired for the initial preselection.
 * @fires {CustomEvent<PayVoucherSubmitDetail>} pay-voucher-submit - When a valid choice is submitted: `{ total, card, voucher, paymentMethod }`, each a `Money`.
 * @fires {CustomEvent<PayErrorDetail>} pay-error - `{ code: 'invalid_config', message }` once per distinct mistake: `total` or `voucher-balance` not integer minor units ≥ 0, an unknown `currency`, a `method` that isn't one of the three (or isn't available), a `voucher-amount` out of bounds. The element then shows that payment options can't be shown.
 *
 * @slot - Optional content shown above the button (terms, a note about vouchers…).
 *
 * @csspart fieldset - The radio group's `<fieldset>`.
 * @csspart legend - Its `<legend>` (the question, with the total).
 * @csspart option - Each choice's box (radio, label, reason, amount field).
 * @csspart radio - Each radio `<input>`.
 * @csspart option-label - Each choice's `<label>`.
 * @csspart reason - Why a choice is disabled.
 * @csspart field - The voucher amount field's wrapper.
 * @csspart label - The voucher amount `<label>`.
 * @csspart input - The voucher amount `<input>` (also `amount-input`).
 * @csspart amount-input - The voucher amount `<input>`.
 * @csspart hint - The voucher amount's bounds.
 * @csspart error - Each field's error message.
 * @csspart breakdown - "Vouchers €50.00 · Card €100.00".
 * @csspart button - The confirm button.
 * @csspart submit-error - The merchant's message after `endSubmit({ error })`.
 * @csspart config-error - What shows instead of the choices when the configuration is wrong.
 *
 * @cssprop --pay-font-family - Font of the whole element.
 * @cssprop --pay-color-label - Legend and amount label colour.
 * @cssprop --pay-label-font-size - Amount label font size.
 * @cssprop --pay-label-font-weight - Legend font weight.
 * @cssprop --pay-spacing - Gap between parts.
 * @cssprop --pay-radius - Corner radius of the options, the input and the button.
 * @cssprop --pay-border-width - Border width of the options and the input.
 * @cssprop --pay-color-border - Input border colour (and options', by default).
 * @cssprop --pay-color-option-border - Border colour of an option.
 * @cssprop --pay-option-padding - Padding of an option.
 * @cssprop --pay-color-focus - Border of the focused input and of the chosen option.
 * @cssprop --pay-color-hint - Hint and reason text colour.
 * @cssprop --pay-hint-font-size - Hint and reason text size.
 * @cssprop --pay-color-disabled-background - Background of the disabled input.
 * @cssprop --pay-color-disabled-text - Text colour of the disabled input.
 * @cssprop --pay-color-primary - Button background and radio colour.
 * @cssprop --pay-color-primary-hover - Button background on hover.
 * @cssprop --pay-color-button-text - Button text colour.
 * @cssprop --pay-button-padding - Button padding.
 * @cssprop --pay-button-font-weight - Button font weight.
 */
export class PayVoucherChoice extends PayFormControl<VoucherField> {
  static override styles = [voucherChoiceStyles, visuallyHiddenStyles];
  static override properties: PropertyDeclarations = {
    total: { converter: minorUnitsAttribute },
    currency: {},
    voucherBalance: { attribute: 'voucher-balance', converter: minorUnitsAttribute },
    method: {},
    voucherAmount: { attribute: 'voucher-amount', converter: minorUnitsAttribute },
    submitLabel: { attribute: 'submit-label' },
  };

  protected static override messages = { ...formControlMessages, ...voucherChoiceMessages };
  protected static override translations = [formControlTranslations, voucherChoiceTranslations];

  // ── Public properties ────────────────────────────────────────────────────

  /** The total to pay, in integer minor units of `currency` (15000 EUR is €150.00). */
  total: number | null = null;

  /** ISO 4217 currency of every amount ("EUR"). */
  currency = '';

  /** What the shopper's meal vouchers can cover, in minor units; unset: no limit but the total. */
  voucherBalance: number | null = null;

  /** The preselected choice: `CARD_ONLY`, `CARD_AND_VOUCHER` or `VOUCHER_ONLY` (reset returns to it). */
  method = '';

  /** The preselected voucher part of `CARD_AND_VOUCHER`, in minor units: above 0, below `total`, within `voucher-balance`. */
  voucherAmount: number | null = null;

  /** Overrides the button's label ("Confirm"). */
  submitLabel = '';

  // ── Internal state ───────────────────────────────────────────────────────

  protected readonly fieldOrder = VOUCHER_FIELDS;
  /** The shopper's own choice and typed amount; null until they touch anything (the preselection shows). */
  private values: VoucherValues | null = null;
  private readonly reportedConfig = new Set<string>();
  /** The inputs the state was last derived from, and the state (see `state`). */
  private derived: { key: unknown[]; config: VoucherConfig; state: VoucherState } | null = null;
  /** The last `pay-voucher-change` detail, serialised (null before the first update). */
  private lastChange: string | null = null;
  /** The amount field (its amount kept exactly as typed: never reformatted or clamped), and Enter in any field. */
  private readonly edits = new FieldInputHandler<'amount'>({
    edit: (_, text, final) => this.edit({ ...this.currentValues, amountText: text }, 'amount', final),
    left: () => this.fieldLeft('amount'),
    submit: () => this.submit(),
  });

  /** A radio chosen: click, Space, arrow keys (the browser's own radio group). */
  private readonly handleChoice = (event: Event): void => {
    const radio = event.target as HTMLInputElement;
    if (radio.checked) this.edit({ ...this.currentValues, method: radio.value as VoucherPaymentMethod }, 'method', true);
  };

  // ── Public API ───────────────────────────────────────────────────────────

  /** What `pay-voucher-change` reports now, or null while there is no usable total or no choice. */
  get choice(): PayVoucherChangeDetail | null {
    return this.state.change;
  }

  // ── Lifecycle ────────────────────────────────────────────────────────────

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const { config } = this;
    const mistake = config.status === 'invalid' ? config.mistake : null;
    reportInvalidConfig(this, this.reportedConfig, mistake ? `${mistake.attribute}=${mistake.value}` : '', () =>
      this.t('voucher.config', { attribute: mistake!.attribute, value: mistake!.value }));
    // One event per change of what it reports, whoever changed it (shopper, merchant, reset).
    const detail = this.state.change;
    const serialised = JSON.stringify(detail);
    const first = this.lastChange === null;
    if (serialised === this.lastChange) return;
    this.lastChange = serialised;
    if (detail && !first) this.emit('pay-voucher-change', detail);
  }

  // ── Form control hooks ───────────────────────────────────────────────────

  protected problems(): FieldProblem<VoucherField>[] {
    return this.problemsFrom<VoucherError>(this.state.errors, this.errorMessage);
  }

  protected visibleErrors(): Partial<Record<VoucherField, string>> {
    return this.messagesFrom<VoucherError>(this.state.visible, this.errorMessage);
  }

  protected override fieldControl(field: VoucherField): HTMLInputElement | null {
    if (field === 'amount') return this.renderRoot.querySelector<HTMLInputElement>('#amount');
    return this.renderRoot.querySelector<HTMLInputElement>('input[type=radio]:checked')
      ?? this.renderRoot.querySelector<HTMLInputElement>('input[type=radio]:not(:disabled)');
  }

  protected formEntries(): [string, string][] | null {
    return voucherFormEntries(this.state, this.name);
  }

  protected handOut(): void {
    const { total, card, voucher, paymentMethod } = this.state.change!;
    this.emit('pay-voucher-submit', { total, card, voucher, paymentMethod });
  }

  protected clearValues(): void {
    this.values = null;
    this.requestUpdate();
  }

  // ── Derived state ────────────────────────────────────────────────────────

  private get config(): VoucherConfig {
    return this.derive().config;
  }

  private get state(): VoucherState {
    return this.derive().state;
  }

  /** The configuration and state, derived again only when something they come from changed. */
  private derive(): { config: VoucherConfig; state: VoucherState } {
    const key = [this.total, this.currency, this.voucherBalance, this.method, this.voucherAmount, this.values, this.locale, this.errorDisplay.showing];
    if (this.derived && key.every((value, i) => Object.is(value, this.derived!.key[i]))) return this.derived;
    const config = readVoucherConfig({ total: this.total, currency: this.currency, balance: this.voucherBalance, method: this.method, voucherAmount: this.voucherAmount });
    const symbols = numberSymbols(this.locale);
    const values = this.values ?? preselectedValues(config, symbols);
    this.derived = { key, config, state: deriveVoucherState({ config, values, symbols, showing: this.errorDisplay.showing }) };
    return this.derived;
  }

  private get currentValues(): VoucherValues {
    return this.values ?? preselectedValues(this.config, numberSymbols(this.locale));
  }

  private money(amount: number): string {
    return moneyText(this.config, amount, this.locale);
  }

  /** A field's error in words. */
  private readonly errorMessage = (field: VoucherField, code: VoucherError): string =>
    voucherErrorText(this.t.bind(this), this.locale, this.config, field, code);

  // ── Editing ──────────────────────────────────────────────────────────────

  private edit(values: VoucherValues, field: VoucherField, final: boolean): void {
    this.values = values;
    // An error that appears while choosing or typing (over the balance) is said once.
    this.fieldEdited(field, final);
  }

  // ── Rendering ────────────────────────────────────────────────────────────

  private renderAmountField(): TemplateResult {
    const config = this.config;
    if (config.status !== 'ok') return html``;
    const error = this.state.visible.amount;
    return renderTextField({
      id: 'amount',
      part: 'amount-input',
      label: this.t('voucher.amount.label', { currency: currencySymbol(config.total.currency, this.locale) }),
      hint: this.t('voucher.amount.hint', { min: this.money(1), max: this.money(config.maxVoucher) }),
      value: this.currentValues.amountText,
      error: error ? this.errorMessage('amount', error) : '',
      disabled: this.busy,
      autocomplete: 'transaction-amount',
      inputmode: 'decimal',
      ltr: true,
      describedBy: this.state.split ? 'breakdown' : '',
    }, this.edits);
  }

  private renderOption(method: VoucherPaymentMethod): TemplateResult {
    const config = this.config;
    const reason = config.status === 'ok' ? config.unavailable[method] : null;
    const checked = this.currentValues.method === method;
    const id = `method-${method}`;
    return html`<div part="option" class="option">
      <input id=${id} part="radio" type="radio" name="method" value=${method} .checked=${checked}
        ?disabled=${this.busy || !!reason} aria-describedby=${reason ? `${id}-reason` : nothing}
        @change=${this.handleChoice} @keydown=${this.edits.keydown} />
      <label part="option-label" for=${id}>${this.t(`voucher.method.${method}`)}</label>
      ${reason
        ? html`<div id="${id}-reason" part="reason" class="hint reason">${this.t(`voucher.unavailable.${reason}`, voucherParams(config, this.locale))}</div>`
        : nothing}
      ${checked && method === 'CARD_AND_VOUCHER' ? this.renderAmountField() : nothing}
    </div>`;
  }

  private renderChoices(): TemplateResult {
    const config = this.config;
    const { split, visible } = this.state;
    const legend = this.t(config.status === 'ok' ? 'voucher.legend' : 'voucher.legend.no_total', voucherParams(config, this.locale));
    return html`<fieldset part="fieldset" aria-describedby=${visible.method ? 'method-error' : nothing}>
        <legend part="legend">${legend}</legend>
        ${PAYMENT_METHODS.map((method) => this.renderOption(method))}
        <div id="method-error" part="error" class="error">${visible.method ? this.errorMessage('method', visible.method) : nothing}</div>
      </fieldset>
      ${split
        ? html`<div id="breakdown" part="breakdown" class="breakdown">${this.t('voucher.breakdown', {
            voucher: this.money(split.voucher.amount), card: this.money(split.card.amount) })}</div>`
        : nothing}`;
  }

  protected override render(): TemplateResult {
    const misconfigured = this.config.status === 'invalid';
    return html`${renderPlainForm(this.pending, [
      misconfigured ? html`<p part="config-error" class="error">${this.t('voucher.misconfigured')}</p>` : this.renderChoices(),
      this.renderFormEnd(this.submitLabel || this.t('voucher.submit'), this.t('voucher.pending'), this.busy || misconfigured),
    ])}`;
  }
}

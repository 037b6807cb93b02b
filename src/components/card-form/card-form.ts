import type { PropertyDeclarations, PropertyValues, TemplateResult } from 'lit';
import { visuallyHiddenStyles } from '../../core/announcer.js';
import type { PayCardChangeDetail } from '../../core/events.js';
import { PayFormControl, type FieldProblem } from '../../core/form-control.js';
import type { Translator } from '../../core/messages.js';
import { configuredMoney, formatMoney } from '../../core/money.js';
import { reportInvalidConfig } from '../../core/report-invalid-config.js';
import { CARD_BRANDS, type CardBrand, type CardField, type CardFieldError, type Money } from '../../core/types.js';
import { brandMarkStyles } from './brand-mark.js';
import { maxLength } from './card-brands.js';
import { renderCardFields } from './card-field.js';
import { cardFormMessages, cardFormTranslations } from './card-form.messages.js';
import { cardFormStyles } from './card-form.styles.js';
import { cardErrorMessage, cardFieldWords } from './card-wording.js';
import { CardInputHandler, type CardEditTarget } from './card-input.js';
import { CARD_FIELDS, cardFormEntries, DerivedCardState, emptyCardValues, type CardState, type CardValues } from './card-state.js';
import { brandTokens, readBrandSelection, type BrandSelection } from './brand-selection.js';
import type { Formatted } from './format.js';
import { formControlMessages, formControlTranslations } from '../../core/form-control.messages.js';

/**
 * A card payment form: number, expiry, security code and name on card, with brand
 * detection, formatting as you type, Luhn and per-brand validation, and form association.
 *
 * Card data stays inside the element's shadow DOM: it never reaches an attribute, the
 * `pay-card-change` event, storage or the console, and is handed out only once, in
 * `pay-card-submit`, for the merchant to send to its server (Glomo server-to-server card API).
 *
 * **Forms.** The element is form-associated. Its form value is deliberately *not* the card:
 * when the card is complete, `FormData` gets `<name>[brand]` (for a brand we name), `<name>[last4]`,
 * `<name>[expiry_month]` and `<name>[expiry_year]` — never the number or the security code,
 * so a plain form post can't leak card data into server logs. Take the card itself from
 * `pay-card-submit`. While the card is incomplete or invalid the element is invalid
 * (`checkValidity()` is false) and blocks the form's submission, pointing at the first
 * invalid field. Inside a form, the pay button and Enter request the form's submission;
 * `pay-card-submit` is emitted when the form actually submits (whoever started it), and a
 * submission while `pending` is cancelled.
 *
 * **Submitting.** Emitting `pay-card-submit` puts the form into `pending` so a double click
 * can't pay twice. End the attempt with `endSubmit()` — `endSubmit({ error: 'Card declined' })`
 * shows and announces the message and keeps the card for a retry — or call `reset()` once it
 * succeeds. Errors show when a field is left, on submit or `reportValidity()`; `checkValidity()`
 * only answers. A page restored from the back/forward cache is not left pending and has the
 * number and security code cleared.
 *
 * @tagname pay-card-form
 * @summary Card number, expiry, security code and name on card, validated and accessible.
 *
 * @fires {CustomEvent<PayCardChangeDetail>} pay-card-change - When what it reports changes: `{ brand, complete, bin, errors }` with error codes of the fields whose errors are showing, `bin` the first six digits once six are typed. Never the card number.
 * @fires {CustomEvent<PayCardSubmitDetail>} pay-card-submit - When a complete, valid card is submitted: `{ card, brand, last4 }`, `card` being exactly the Glomo S2S `card` object; `brand` is null for a valid card of a brand we don't name.
 * @fires {CustomEvent<PayCardFieldDetail>} pay-card-focus - A field got focus: `{ field }`.
 * @fires {CustomEvent<PayCardFieldDetail>} pay-card-blur - A field lost focus: `{ field }`.
 * @fires {CustomEvent<PayErrorDetail>} pay-error - `{ code: 'invalid_config', message }` once per distinct bad configuration: `brands` naming unknown brands, or an `amount`/`currency` that doesn't make a price.
 *
 * @slot - Optional content shown above the pay button (terms, a saved-card checkbox…).
 *
 * @csspart number-input - The card number `<input>`.
 * @csspart expiry-input - The expiry (`MM / YY`) `<input>`.
 * @csspart cvv-input - The security code `<input>`.
 * @csspart holder-input - The name on card `<input>`.
 * @csspart hint - The security code hint and the accepted brands line.
 * @csspart brand - The brand mark inside the number field.
 *
 * @cssprop --pay-brand-color - Background of the brand mark (each brand's own colour by default).
 * @cssprop --pay-brand-text-color - Text colour of the brand mark.
 */
export class PayCardForm extends PayFormControl<CardField> {
  static override styles = [cardFormStyles, brandMarkStyles, visuallyHiddenStyles];
  static override properties: PropertyDeclarations = {
    brands: { converter: { fromAttribute: brandTokens } },
    amount: { type: Number },
    currency: {},
    submitLabel: { attribute: 'submit-label' },
    hideHolderName: { type: Boolean, attribute: 'hide-holder-name' },
  };

  protected static override messages = { ...formControlMessages, ...cardFormMessages };
  protected static override translations = [formControlTranslations, cardFormTranslations];

  // ── Public properties ────────────────────────────────────────────────────

  /**
   * Brands accepted here, as a space- or comma-separated attribute (`brands="visa mastercard"`),
   * an array, or a string property. Empty accepts every brand, and any Luhn-valid 12–19 digit
   * number of a brand we don't name (`brand: null`); otherwise any other brand shows the
   * `brand_not_accepted` error as soon as it is detected. Unknown names are reported once with
   * `pay-error` (`invalid_config`) and accept nothing: a list with no known brand (a typo such as
   * `brands="vias"`) refuses every card rather than accepting all of them.
   */
  // The attribute keeps every name given (see `brandTokens`).
  brands: CardBrand[] = [];

  /** Amount to pay in integer minor units of `currency` (5000 EUR is €50.00); labels the pay button. */
  amount: number | null = null;

  /** ISO 4217 currency of `amount` ("EUR"). */
  currency = '';

  /** Overrides the pay button's label ("Pay €50.00" by default, "Pay" without an amount). */
  submitLabel = '';

  /** Hides the name-on-card field; `card.holder_name` is then an empty string. */
  hideHolderName = false;

  // ── Internal state ───────────────────────────────────────────────────────

  protected readonly fieldOrder = CARD_FIELDS;
  /** What each field holds, as displayed (formatted); replaced, never mutated, on each edit. */
  private values: CardValues = emptyCardValues();
  /** The configuration mistakes already reported with `pay-error` (see `reportInvalidConfig`). */
  private readonly reportedConfig = new Set<string>();
  /** `brands` as last read, and the value it was read from: parsed once per value. */
  private brandSelection: { value: unknown; selection: BrandSelection } = { value: undefined, selection: readBrandSelection(undefined) };
  private readonly derived = new DerivedCardState();
  /** The last `pay-card-change` detail, serialised: the event fires only when it differs. */
  private lastChange = '';
  private readonly edits = new CardInputHandler(this.editTarget());
  /** `t`, for the wording functions (card-wording.ts). */
  private readonly translator: Translator = (key, params) => this.t(key, params);

  // ── Lifecycle ────────────────────────────────────────────────────────────

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (changed.has('amount') || changed.has('currency')) this.reportInvalidAmount();
    if (changed.has('brands')) this.reportUnknownBrands();
    // Accepted brands or the name field changing under a card being entered change what it reports.
    if (this.lastChange && (changed.has('brands') || changed.has('hideHolderName'))) this.notifyChange();
  }

  // ── Public API ───────────────────────────────────────────────────────────

  /** The detected brand, or null while the prefix doesn't decide one. */
  get brand(): CardBrand | null {
    return this.state.brand;
  }

  /** True when every field holds a valid value. */
  get complete(): boolean {
    return this.state.complete;
  }

  /** Moves focus to one field (`'number'`, `'expiry'`, `'cvv'`, `'holderName'`). */
  focusField(field: CardField): void {
    this.fieldControl(field)?.focus();
  }

  /** Clears every field, error and the pending state. */
  override reset(): void {
    super.reset();
    this.notifyChange();
  }

  // ── Form control hooks ───────────────────────────────────────────────────

  protected problems(): FieldProblem<CardField>[] {
    return this.problemsFrom(this.state.errors, (field, code) => this.errorMessage(field, code));
  }

  protected visibleErrors(): Partial<Record<CardField, string>> {
    return this.messagesFrom(this.state.visible, (field, code) => this.errorMessage(field, code));
  }

  protected formEntries(): [string, string][] | null {
    return cardFormEntries(this.state, this.name);
  }

  protected handOut(): void {
    const { card, brand, last4 } = this.state;
    this.emit('pay-card-submit', { card: card!, brand, last4 });
  }

  protected clearValues(): void {
    this.values = emptyCardValues();
    this.requestUpdate();
  }

  /** Card data must not outlive a visit the shopper left: the number and security code go. */
  protected override restoredFromCache(): void {
    this.values = { ...this.values, number: '', cvv: '' };
    this.errorDisplay.clear();
    this.requestUpdate();
    this.notifyChange();
  }

  /** Shows every error (submit, reported validity) and tells the merchant when that changes what `pay-card-change` says. */
  protected override showAllErrors(): void {
    super.showAllErrors();
    this.notifyChange();
  }

  // ── Derived state ────────────────────────────────────────────────────────

  /** The card's state, derived again only when what it is derived from changed. */
  private get state(): CardState {
    return this.derived.from({
      values: this.values,
      accepted: this.selectedBrands.accepted,
      holderName: !this.hideHolderName,
      showing: this.errorDisplay.showing,
      now: new Date(),
    });
  }

  /** `brands` read (see `readBrandSelection`), again only when the property holds another value. */
  private get selectedBrands(): BrandSelection {
    if (this.brandSelection.value !== this.brands) this.brandSelection = { value: this.brands, selection: readBrandSelection(this.brands) };
    return this.brandSelection.selection;
  }

  /** The amount the pay button shows, or null when `amount` and `currency` don't make one. */
  private get payAmount(): Money | null {
    return configuredMoney(this.amount, this.currency);
  }

  private errorMessage(field: CardField, code: CardFieldError): string {
    const { brand, cvvLength } = this.state;
    return cardErrorMessage(this.translator, brand, cvvLength, field, code);
  }

  // ── Events and configuration reports ─────────────────────────────────────

  /** Emits `pay-card-change` when what it reports differs from the last one. */
  private notifyChange(): void {
    const { brand, complete, bin, visible } = this.state;
    const detail: PayCardChangeDetail = { brand, complete, bin, errors: { ...visible } };
    const serialised = JSON.stringify(detail);
    if (serialised === this.lastChange) return;
    this.lastChange = serialised;
    this.emit('pay-card-change', detail);
  }

  /**
   * An `amount` that is not a non-negative integer of minor units, or a currency that isn't
   * ISO 4217, leaves the button saying "Pay" and is reported once as `invalid_config`.
   */
  private reportInvalidAmount(): void {
    const mistake = this.amount != null && !this.payAmount ? `amount=${this.amount} currency=${this.currency}` : '';
    reportInvalidConfig(this, this.reportedConfig, mistake, () =>
      this.t('card.config.amount', { amount: String(this.amount), currency: String(this.currency ?? '') }));
  }

  /** Names in `brands` that are no card brand are reported once (per distinct set of names) as `invalid_config`. */
  private reportUnknownBrands(): void {
    const names = this.selectedBrands.unknown.join(', ');
    reportInvalidConfig(this, this.reportedConfig, names && `brands=${names}`, () =>
      this.t('card.config.brands', { brands: names, known: CARD_BRANDS.join(', ') }));
  }

  // ── Input handling (see card-input.ts) ───────────────────────────────────

  private editTarget(): CardEditTarget {
    // Arrow functions: `this` is the element, and `state` is read when the handler runs.
    return {
      valueOf: (field) => this.values[field],
      maxDigits: (field) => (field === 'number' ? maxLength(this.state.digits) : field === 'expiry' ? 4 : this.state.cvvLength),
      apply: (field, input, formatted, final) => this.apply(field, input, formatted, final),
      submit: () => this.submit(),
      focused: (field) => this.emit('pay-card-focus', { field }),
      left: (field) => {
        this.emit('pay-card-blur', { field });
        if (this.fieldLeft(field)) this.notifyChange();
      },
    };
  }

  /**
   * Writes a formatted value and caret straight into the input, so the caret never jumps to
   * the end. A `final` value (autofill) shows its errors at once, as if the field had been left.
   */
  private apply(field: CardField, input: HTMLInputElement, formatted: Formatted, final: boolean): void {
    if (input.value !== formatted.value) input.value = formatted.value;
    if (this.shadowRoot?.activeElement === input) input.setSelectionRange(formatted.caret, formatted.caret);
    this.values = { ...this.values, [field]: formatted.value };
    // Editing a field that was showing its final error hides it until the field is left again.
    // An error showing while typing (a brand not accepted, month 13, digits in a name) is said
    // when it appears; an autofilled value's final error as if the field had been left.
    this.fieldEdited(field, final);
    this.notifyChange();
  }

  // ── Rendering ────────────────────────────────────────────────────────────

  private get buttonLabel(): string {
    if (this.submitLabel) return this.submitLabel;
    const money = this.payAmount;
    // `locale` is always a tag Intl reads: `localeOf` canonicalises "en_US" and drops garbage.
    return money ? this.t('card.submit.amount', { amount: formatMoney(money, this.locale) }) : this.t('card.submit');
  }

  protected override render(): TemplateResult {
    const { brand } = this.state;
    return renderCardFields({
      ...cardFieldWords(this.translator, brand, this.selectedBrands.accepted),
      values: this.values,
      errors: this.visibleErrors(),
      disabled: this.busy,
      brand,
      hideHolderName: this.hideHolderName,
      pending: this.pending,
      formEnd: this.renderFormEnd(this.buttonLabel, this.t('card.pending')),
    }, this.edits);
  }
}

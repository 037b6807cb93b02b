import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { PayElement } from '../../core/pay-element.js';
import type { PayCardChangeDetail, PayCardSubmitDetail } from '../../core/events.js';
import type { MessageKey } from '../../core/messages.js';
import { formatMoney, isCurrency } from '../../core/money.js';
import { splitNames } from '../../core/names.js';
import { reportInvalidConfig } from '../../core/report-invalid-config.js';
import { CARD_BRANDS, type CardBrand, type CardField, type CardFieldError, type Money } from '../../core/types.js';
import { brandMark, brandMarkStyles } from './brand-mark.js';
import { cvvMaxLength, detectBrand, maxLength } from './card-brands.js';
import { cardFormMessages } from './card-form.messages.js';
import { cardFormStyles } from './card-form.styles.js';
import { asciiDigits, deleteBackward, deleteForward, digitsOnly, formatCardNumber, formatExpiry, type Formatted } from './format.js';
import { parseExpiry, toGlomoCard, validateCvv, validateExpiry, validateHolderName, validateNumber } from './validate.js';

/** The fields in tab order: the first invalid one in this order gets focus on submit. */
const FIELDS: readonly CardField[] = ['number', 'expiry', 'cvv', 'holderName'];

/** Formats a raw input value and caret into the field's display value and caret. */
type FieldFormatter = (raw: string, caret: number) => Formatted;

type FieldErrors = Partial<Record<CardField, CardFieldError>>;

/** Each field's `autocomplete` token. */
const AUTOCOMPLETE: Record<CardField, string> = { number: 'cc-number', expiry: 'cc-exp', cvv: 'cc-csc', holderName: 'cc-name' };

/** Each field's name in its wrapper's class (`field--holder`) and its input's part (`holder-input`). */
const PART: Record<CardField, string> = { number: 'number', expiry: 'expiry', cvv: 'cvv', holderName: 'holder' };

const emptyValues = (): Record<CardField, string> => ({ number: '', expiry: '', cvv: '', holderName: '' });

/**
 * How long the announcer stays empty before a message is written into it. Emptying and
 * writing in the same frame is one change to the accessibility tree, and the same text
 * written twice is no change at all: a screen reader then says nothing. 100 ms is the gap
 * that works across browser / screen reader pairs (as in Angular CDK's LiveAnnouncer).
 */
const ANNOUNCE_DELAY_MS = 100;

/** What sets one field apart from the others when it is rendered. */
interface FieldSpec {
  field: CardField;
  /** Ids describing the input besides its error (brand mark, hints), in reading order. */
  describedBy?: (string | false | null)[];
  placeholder?: string;
  maxlength?: number;
  /** Shown inside the input's box (the brand mark); wraps both in a `.control`. */
  adornment?: TemplateResult;
  /** Shown between the input and its error (hints). */
  extra?: TemplateResult | typeof nothing;
}

/**
 * Splits a `brands` value ("visa mastercard", "Visa,amex", or an array as a framework may set
 * it) into lower-case names, in order, without duplicates. Unknown names are kept: the element
 * reports them, and a list of only unknown names must refuse cards rather than accept all.
 */
function brandTokens(value: unknown): string[] {
  if (value == null) return [];
  return splitNames(Array.isArray(value) ? value.join(' ') : String(value));
}

const KNOWN_BRANDS: ReadonlySet<string> = new Set(CARD_BRANDS);

/** What a `brands` value means: the brands accepted (null for all) and the names that are no brand. */
interface BrandSelection {
  /** The `brands` value this was read from. */
  value: unknown;
  accepted: CardBrand[] | null;
  unknown: string[];
}

/**
 * Reads a `brands` value through `brandTokens`, because a framework may set the property to
 * the attribute's string ("visa mastercard") or odd case. A non-empty `brands` with no known
 * name accepts `[]`: nothing.
 */
function readBrandSelection(value: unknown): BrandSelection {
  const tokens = brandTokens(value);
  return {
    value,
    accepted: tokens.length ? (tokens.filter((token) => KNOWN_BRANDS.has(token)) as CardBrand[]) : null,
    unknown: tokens.filter((token) => !KNOWN_BRANDS.has(token)),
  };
}

/**
 * A card payment form: number, expiry, security code and name on card, with brand
 * detection, formatting as you type, Luhn and per-brand validation, and form association.
 *
 * Card data stays inside the element's shadow DOM: it never reaches an attribute, the
 * `pay-card-change` event, storage or the console, and is handed out only once, in
 * `pay-card-submit`, for the merchant to send to its server (Glomo server-to-server card API).
 *
 * **Forms.** The element is form-associated. Its form value is deliberately *not* the card:
 * when the card is complete, `FormData` gets `<name>[brand]`, `<name>[last4]`,
 * `<name>[expiry_month]` and `<name>[expiry_year]` — never the number or the security code,
 * so a plain form post can't leak card data into server logs. Take the card itself from
 * `pay-card-submit`. While the card is incomplete or invalid the element is invalid
 * (`checkValidity()` is false) and blocks the form's submission, pointing at the first
 * invalid field. Inside a form, the pay button and Enter request the form's submission;
 * `pay-card-submit` is emitted when the form actually submits (whoever started it), and a
 * submission while `pending` is cancelled.
 *
 * **Submitting.** Emitting `pay-card-submit` puts the form into `pending` so a double click
 * can't pay twice. Set `pending = false` when the attempt fails (the shopper may then retry),
 * or call `reset()` once it succeeds.
 *
 * @tagname pay-card-form
 * @summary Card number, expiry, security code and name on card, validated and accessible.
 *
 * @fires {CustomEvent<PayCardChangeDetail>} pay-card-change - On every change: `{ brand, complete, errors }` with error codes of the fields whose errors are showing. Never contains card digits.
 * @fires {CustomEvent<PayCardSubmitDetail>} pay-card-submit - When a complete, valid card is submitted: `{ card, brand, last4 }`, `card` being exactly the Glomo S2S `card` object.
 * @fires {CustomEvent<PayErrorDetail>} pay-error - `{ code: 'invalid_config', message }` once per distinct bad configuration: `brands` naming unknown brands, or an `amount`/`currency` that doesn't make a price.
 *
 * @slot - Optional content shown above the pay button (terms, a saved-card checkbox…).
 *
 * @csspart form - The inner `<form>` that lays the fields out (a grid).
 * @csspart field - Each field's wrapper (label, control, hint and error).
 * @csspart label - Each field's visible `<label>`.
 * @csspart input - Every `<input>`.
 * @csspart number-input - The card number `<input>`.
 * @csspart expiry-input - The expiry (`MM / YY`) `<input>`.
 * @csspart cvv-input - The security code `<input>`.
 * @csspart holder-input - The name on card `<input>`.
 * @csspart hint - The security code hint and the accepted brands line.
 * @csspart error - Each field's error message (announced).
 * @csspart brand - The brand mark inside the number field.
 * @csspart button - The pay button.
 * @csspart spinner - The progress indicator in the pay button while `pending`.
 *
 * @cssprop --pay-font-family - Font of the whole form.
 * @cssprop --pay-font-size - Base font size.
 * @cssprop --pay-color-text - Text colour.
 * @cssprop --pay-color-label - Label colour.
 * @cssprop --pay-label-font-size - Label font size.
 * @cssprop --pay-label-font-weight - Label font weight.
 * @cssprop --pay-spacing - Gap between fields.
 * @cssprop --pay-radius - Corner radius of the inputs and the button.
 * @cssprop --pay-border-width - Input border width.
 * @cssprop --pay-color-border - Input border colour.
 * @cssprop --pay-input-padding - Input padding.
 * @cssprop --pay-color-input-text - Input text colour.
 * @cssprop --pay-color-input-background - Input background.
 * @cssprop --pay-color-placeholder - Placeholder colour.
 * @cssprop --pay-color-focus - Border colour of the focused input.
 * @cssprop --pay-focus-ring-color - Focus ring colour.
 * @cssprop --pay-focus-ring-width - Focus ring width.
 * @cssprop --pay-color-error - Error text and invalid border colour.
 * @cssprop --pay-error-ring-color - Focus ring of an invalid input.
 * @cssprop --pay-error-font-size - Error text size.
 * @cssprop --pay-color-hint - Hint text colour.
 * @cssprop --pay-hint-font-size - Hint text size.
 * @cssprop --pay-color-disabled-background - Background of disabled inputs.
 * @cssprop --pay-color-disabled-text - Text colour of disabled inputs.
 * @cssprop --pay-disabled-opacity - Opacity of the disabled button.
 * @cssprop --pay-color-primary - Pay button background.
 * @cssprop --pay-color-primary-hover - Pay button background on hover.
 * @cssprop --pay-color-button-text - Pay button text colour.
 * @cssprop --pay-button-padding - Pay button padding.
 * @cssprop --pay-button-font-weight - Pay button font weight.
 * @cssprop --pay-brand-color - Background of the brand mark (each brand's own colour by default).
 * @cssprop --pay-brand-text-color - Text colour of the brand mark.
 */
export class PayCardForm extends PayElement {
  static override styles = [cardFormStyles, brandMarkStyles];

  protected static override messages = cardFormMessages;

  /** @internal Focusing the host focuses the first input (and the browser's validation anchor works). */
  static override shadowRootOptions: ShadowRootInit = { ...PayElement.shadowRootOptions, delegatesFocus: true };

  /** Makes the element a form control (ElementInternals). */
  static formAssociated = true;

  // ── Public properties ────────────────────────────────────────────────────

  /**
   * Brands accepted here, as a space- or comma-separated attribute (`brands="visa mastercard"`),
   * an array, or a string property. Empty accepts every brand; any other brand shows the
   * `brand_not_accepted` error as soon as it is detected. Unknown names are reported once with
   * `pay-error` (`invalid_config`) and accept nothing: a list with no known brand (a typo such as
   * `brands="vias"`) refuses every card rather than accepting all of them.
   */
  // The attribute keeps every name given (see `brandTokens`).
  @property({ converter: { fromAttribute: brandTokens } })
  brands: CardBrand[] = [];

  /** Amount to pay in integer minor units of `currency` (5000 EUR is €50.00); labels the pay button. */
  @property({ type: Number })
  amount: number | null = null;

  /** ISO 4217 currency of `amount` ("EUR"). */
  @property()
  currency = '';

  /** Overrides the pay button's label ("Pay €50.00" by default, "Pay" without an amount). */
  @property({ attribute: 'submit-label' })
  submitLabel = '';

  /** While true: inputs and button disabled, a progress state shown, submits ignored. Set automatically on `pay-card-submit`. */
  @property({ type: Boolean, reflect: true })
  pending = false;

  /** Disables the whole form. A disabled ancestor `<fieldset>` has the same effect. */
  @property({ type: Boolean, reflect: true })
  disabled = false;

  /** Form field name: prefixes the entries this element adds to `FormData` (see the class description). */
  @property({ reflect: true })
  name = '';

  /** Hides the name-on-card field; `card.holder_name` is then an empty string. */
  @property({ type: Boolean, attribute: 'hide-holder-name' })
  hideHolderName = false;

  // ── Internal state ───────────────────────────────────────────────────────

  /** What each field holds, as displayed (formatted). */
  @state() private values = emptyValues();
  /** Fields whose final errors show: left after an edit, or all of them after a submit. */
  @state() private touched = new Set<CardField>();
  @state() private formDisabled = false;
  /** What the announcer (the form's one live region for errors) says now. */
  @state() private announcement = '';

  private readonly internals: ElementInternals;
  /** Fields edited since they were last left: leaving them shows their final error. */
  private readonly dirty = new Set<CardField>();
  /** The last `pay-card-change` detail, serialised: blur and submit re-emit only when it differs. */
  private lastChange = '';
  /** The form whose `submit` event hands the card out (see `formAssociatedCallback`). */
  private observedForm: HTMLFormElement | null = null;
  /** The configuration mistakes already reported with `pay-error` (see `reportInvalidConfig`). */
  private readonly reportedConfig = new Set<string>();
  /** `brands` as last read: parsed once per value, not on every validation. */
  private brandSelection: BrandSelection = readBrandSelection(undefined);
  /** The error text each field showed when last checked: an error is announced when it appears or changes. */
  private shownErrors = new Map<CardField, string>();
  /** The pending write of the announcer (see `announce`). */
  private announceTimer: ReturnType<typeof setTimeout> | undefined;

  constructor() {
    super();
    this.internals = this.attachInternals();
    this.addEventListener('invalid', this.handleInvalid);
  }

  // ── Lifecycle ────────────────────────────────────────────────────────────

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.clearAnnouncement();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.syncForm();
    if (changed.has('amount') || changed.has('currency')) this.reportInvalidAmount();
    if (changed.has('brands')) this.reportUnknownBrands();
    // Accepted brands or the name field changing under a card being entered change what it reports.
    if (this.lastChange && (changed.has('brands') || changed.has('hideHolderName'))) this.notifyChangeIfDifferent();
  }

  // ── Public API ───────────────────────────────────────────────────────────

  /** The detected brand, or null while the prefix doesn't decide one. */
  get brand(): CardBrand | null {
    return detectBrand(this.digits);
  }

  /** True when every field holds a valid value. */
  get complete(): boolean {
    return Object.keys(this.finalErrors()).length === 0;
  }

  /** The form this element belongs to, if any. */
  get form(): HTMLFormElement | null {
    return this.internals.form;
  }

  /** The element's validity, as for native form controls. */
  get validity(): ValidityState {
    return this.internals.validity;
  }

  /** The message of the first invalid field, or "" when valid. */
  get validationMessage(): string {
    return this.internals.validationMessage;
  }

  /** Whether the element takes part in constraint validation. */
  get willValidate(): boolean {
    return this.internals.willValidate;
  }

  /** True when the card is complete and valid; fires `invalid` otherwise. */
  checkValidity(): boolean {
    return this.internals.checkValidity();
  }

  /** Like `checkValidity()`, and shows every field's error when invalid. */
  reportValidity(): boolean {
    this.touchAll();
    return this.internals.reportValidity();
  }

  /**
   * Validates every field as final. When something is wrong, shows the errors and focuses
   * the first invalid field; otherwise emits `pay-card-submit` (or, inside a form, requests
   * the form's submission, which emits it). Does nothing while `pending` or disabled.
   */
  submit(): void {
    if (this.pending || this.isDisabled) return;
    this.touchAll();
    const errors = this.finalErrors();
    const first = FIELDS.find((field) => errors[field]);
    if (first) {
      this.notifyChange();
      // Every error shows at once: they are read through each field's description, not one by one.
      this.noteErrors();
      const summary = this.errorSummary(FIELDS.filter((field) => errors[field]).length);
      void this.updateComplete.then(() => {
        const input = this.inputFor(first);
        // Moving focus reads the field with its error (its description); a field that already
        // has focus (Enter pressed in it) is not read again, so the summary says its error.
        const moves = this.shadowRoot?.activeElement !== input;
        input?.focus();
        this.announce(moves ? summary : `${summary} ${this.errorMessage(first, errors[first]!)}`);
      });
      return;
    }
    const form = this.internals.form;
    if (form) form.requestSubmit();
    else this.emitSubmit();
  }

  /** Clears every field, error and the pending state. */
  reset(): void {
    this.values = emptyValues();
    this.touched = new Set();
    this.dirty.clear();
    this.pending = false;
    this.shownErrors = new Map();
    this.clearAnnouncement();
    this.notifyChange();
  }

  // ── Form-associated callbacks ────────────────────────────────────────────

  /** @internal */
  formResetCallback(): void {
    this.reset();
  }

  /** @internal */
  formDisabledCallback(disabled: boolean): void {
    this.formDisabled = disabled;
  }

  /** @internal */
  formAssociatedCallback(form: HTMLFormElement | null): void {
    this.observedForm?.removeEventListener('submit', this.handleFormSubmit);
    this.observedForm = form;
    form?.addEventListener('submit', this.handleFormSubmit);
  }

  /** @internal Card data is never restored by the browser (no autocomplete state restore). */
  formStateRestoreCallback(): void {}

  // ── Derived values ───────────────────────────────────────────────────────

  private get digits(): string {
    return this.values.number.replace(/\D/g, '');
  }

  private get isDisabled(): boolean {
    return this.disabled || this.formDisabled;
  }

  /** `brands` read (see `readBrandSelection`), again only when the property holds another value. */
  private get selectedBrands(): BrandSelection {
    if (this.brandSelection.value !== this.brands) this.brandSelection = readBrandSelection(this.brands);
    return this.brandSelection;
  }

  private get cvvLength(): number {
    return cvvMaxLength(this.brand);
  }

  /** The amount the pay button shows, or null when `amount` and `currency` don't make one. */
  private get payAmount(): Money | null {
    const amount = Number(this.amount);
    const currency = String(this.currency ?? '').toUpperCase();
    return this.amount != null && Number.isSafeInteger(amount) && amount >= 0 && isCurrency(currency) ? { amount, currency } : null;
  }

  private errorsFor(final: boolean): FieldErrors {
    const { number, expiry, cvv, holderName } = this.values;
    const errors: FieldErrors = {
      number: validateNumber(digitsOnly(number), this.selectedBrands.accepted, final) ?? undefined,
      expiry: validateExpiry(expiry, new Date(), final) ?? undefined,
      cvv: validateCvv(cvv, this.brand, final) ?? undefined,
      holderName: this.hideHolderName ? undefined : validateHolderName(holderName, final) ?? undefined,
    };
    for (const field of FIELDS) if (!errors[field]) delete errors[field];
    return errors;
  }

  private finalErrors(): FieldErrors {
    return this.errorsFor(true);
  }

  /**
   * Errors showing now: final ones for touched fields, immediate ones (a plausible prefix is
   * fine) for the rest. A caller that has just computed the final errors passes them in.
   */
  private visibleErrors(final = this.finalErrors()): FieldErrors {
    const typing = this.errorsFor(false);
    const visible: FieldErrors = {};
    for (const field of FIELDS) {
      const code = this.touched.has(field) ? final[field] : typing[field];
      if (code) visible[field] = code;
    }
    return visible;
  }

  private errorMessage(field: CardField, code: CardFieldError): string {
    const brand = this.brand;
    // Refused on its prefix before the brand is known ("3" when only Visa is accepted): no name to give.
    const key = (code === 'brand_not_accepted' && !brand ? 'card.error.number.brand_not_accepted.unknown' : `card.error.${field}.${code}`) as MessageKey;
    // While the brand is unknown a 3-digit code is the shortest that may be right.
    const params = { brand: brand ? this.t(`brand.${brand}`) : '', length: brand ? this.cvvLength : 3 };
    // A code without a message of its own for this field falls back to the field's generic "invalid".
    return this.t(key in cardFormMessages ? key : (`card.error.${field}.invalid` as MessageKey), params);
  }

  private inputFor(field: CardField): HTMLInputElement | null {
    return this.renderRoot.querySelector<HTMLInputElement>(`#${field}`);
  }

  /** How many digits a field takes: typing more into a full field is refused, as `maxlength` would. */
  private maxDigits(field: CardField): number {
    return field === 'number' ? maxLength(this.digits) : field === 'expiry' ? 4 : this.cvvLength;
  }

  // ── Syncing with the form, states and listeners ──────────────────────────

  private syncForm(): void {
    const final = this.finalErrors();
    const first = FIELDS.find((field) => final[field]);
    if (first) {
      const code = final[first]!;
      const flags: ValidityStateFlags = code === 'required' ? { valueMissing: true } : { customError: true };
      this.internals.setValidity(flags, this.errorMessage(first, code), this.inputFor(first) ?? undefined);
      this.internals.setFormValue(null);
    } else {
      this.internals.setValidity({});
      this.internals.setFormValue(this.formValue());
    }
    const visible = this.visibleErrors(final);
    this.setState('complete', !first);
    this.setState('user-invalid', Object.keys(visible).length > 0);
    this.setState('pending', this.pending);
    this.setState('disabled', this.isDisabled);
  }

  /** The safe summary of a complete card that goes into FormData: never the number or the security code. */
  private formValue(): FormData | null {
    if (!this.name) return null;
    const expiry = parseExpiry(this.values.expiry);
    const brand = this.brand;
    if (!expiry || !brand) return null;
    const data = new FormData();
    data.append(`${this.name}[brand]`, brand);
    data.append(`${this.name}[last4]`, this.digits.slice(-4));
    data.append(`${this.name}[expiry_month]`, String(expiry.month).padStart(2, '0'));
    data.append(`${this.name}[expiry_year]`, String(expiry.year));
    return data;
  }

  private setState(name: string, on: boolean): void {
    const states = this.internals.states as (CustomStateSet & Set<string>) | undefined;
    if (!states) return;
    try {
      if (on) states.add(name);
      else states.delete(name);
    } catch {
      // Older engines only accept the `--name` syntax; the states are an enhancement.
    }
  }

  private touchAll(): void {
    this.touched = new Set(FIELDS);
  }

  // ── Announcing errors ────────────────────────────────────────────────────

  /**
   * Says `message` once through the announcer, the form's single live region (field errors
   * are not live regions: they are read as their input's description). The region is emptied
   * now and the message written `ANNOUNCE_DELAY_MS` later, so a message equal to the last one
   * (a second submit) is announced again. A newer message replaces one still waiting.
   */
  private announce(message: string): void {
    this.clearAnnouncement();
    this.announceTimer = setTimeout(() => {
      this.announceTimer = undefined;
      this.announcement = message;
    }, ANNOUNCE_DELAY_MS);
  }

  /** Empties the announcer (silently: a polite region doesn't announce removals) and drops a waiting message. */
  private clearAnnouncement(): void {
    clearTimeout(this.announceTimer);
    this.announceTimer = undefined;
    this.announcement = '';
  }

  /**
   * Records the error text every field shows now, and announces `field`'s own error (the field
   * just edited or left) when it has just appeared or changed — once, not on every keystroke.
   * Without `field` (submit, `invalid`) nothing is announced here.
   */
  private noteErrors(field?: CardField): void {
    const visible = this.visibleErrors();
    const shown = new Map<CardField, string>();
    for (const each of FIELDS) {
      const code = visible[each];
      if (code) shown.set(each, this.errorMessage(each, code));
    }
    const message = field ? shown.get(field) : undefined;
    if (message && message !== this.shownErrors.get(field!)) this.announce(message);
    // Nothing wrong any more: an old message shouldn't linger where a reading cursor finds it.
    else if (shown.size === 0) this.clearAnnouncement();
    this.shownErrors = shown;
  }

  /**
   * "Please correct 3 fields." in the element's language, singular when its plural rules say so.
   * `locale` is always a tag Intl reads (`localeOf` canonicalises it).
   */
  private errorSummary(count: number): string {
    const one = new Intl.PluralRules(this.locale).select(count) === 'one';
    return this.t(one ? 'card.errors.summary.one' : 'card.errors.summary', { count });
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
    const { unknown } = this.selectedBrands;
    const names = unknown.join(', ');
    reportInvalidConfig(this, this.reportedConfig, names && `brands=${names}`, () =>
      this.t('card.config.brands', { brands: names, known: CARD_BRANDS.join(', ') }));
  }

  private changeDetail(): PayCardChangeDetail {
    return { brand: this.brand, complete: this.complete, errors: this.visibleErrors() };
  }

  private notifyChange(): void {
    const detail = this.changeDetail();
    this.lastChange = JSON.stringify(detail);
    this.emit('pay-card-change', detail);
  }

  /** Emits `pay-card-change` only when what it reports differs from the last one (blur, submit). */
  private notifyChangeIfDifferent(): void {
    if (JSON.stringify(this.changeDetail()) !== this.lastChange) this.notifyChange();
  }

  private emitSubmit(): void {
    if (this.pending || this.isDisabled || !this.complete) return;
    const brand = this.brand!;
    const card = toGlomoCard({ ...this.values, holderName: this.hideHolderName ? '' : this.values.holderName });
    const detail: PayCardSubmitDetail = { card, brand, last4: this.digits.slice(-4) };
    // Pending first: a handler that submits again, or a second click, finds the form busy.
    this.pending = true;
    this.clearAnnouncement();
    this.emit('pay-card-submit', detail);
  }

  /**
   * `checkValidity()`, `reportValidity()` or a blocked form submission: every error shows. The
   * browser's own validation (focus on the anchor field, its message bubble) speaks for it.
   */
  private readonly handleInvalid = (): void => {
    this.touchAll();
    this.notifyChangeIfDifferent();
    this.noteErrors();
  };

  /**
   * The form is really submitting (it passed validation, or has `novalidate`): hand the card
   * out once. A second submission while the first is pending is stopped, so a double click on
   * the merchant's own button can't post twice either.
   */
  private readonly handleFormSubmit = (event: SubmitEvent): void => {
    if (this.pending) {
      // Cancelled and hidden from the form's later submit listeners (ours is added on association).
      event.preventDefault();
      event.stopImmediatePropagation();
      return;
    }
    if (!this.complete || this.isDisabled) return;
    this.emitSubmit();
  };

  // ── Input handling ───────────────────────────────────────────────────────

  private formatterFor(field: CardField): FieldFormatter {
    switch (field) {
      case 'number':
        return (raw, caret) => formatCardNumber(raw, caret);
      case 'expiry':
        return (raw, caret) => formatExpiry(raw, caret);
      case 'cvv':
        return (raw, caret) => {
          const max = this.cvvLength;
          const before = digitsOnly(raw.slice(0, caret), max).length;
          const value = digitsOnly(raw, max);
          return { value, caret: Math.min(before, value.length) };
        };
      case 'holderName':
        // Free text, kept as typed; trimmed when the card is handed out.
        return (raw, caret) => ({ value: raw, caret });
    }
  }

  /**
   * Writes a formatted value and caret straight into the input, so the caret never jumps to
   * the end. A `final` value (autofill) shows its errors at once, as if the field had been left.
   */
  private apply(field: CardField, input: HTMLInputElement, formatted: Formatted, final = false): void {
    if (input.value !== formatted.value) input.value = formatted.value;
    if (this.shadowRoot?.activeElement === input) {
      input.setSelectionRange(formatted.caret, formatted.caret);
    }
    this.values = { ...this.values, [field]: formatted.value };
    // The CVC length follows the brand: trim a 4-digit CVC when the number turns out not to be Amex.
    this.values.cvv = this.values.cvv.slice(0, this.cvvLength);
    // Editing a field that was showing its final error hides it until the field is left again.
    const touched = new Set(this.touched);
    touched[final ? 'add' : 'delete'](field);
    this.touched = touched;
    this.dirty[final ? 'delete' : 'add'](field);
    this.notifyChange();
    // An error showing while typing (a brand not accepted, month 13, digits in a name) is said
    // when it appears; an autofilled value's final error as if the field had been left.
    this.noteErrors(field);
  }

  /**
   * Refuses typed text without a digit in digit-only fields, and a digit typed into a full
   * field (which would push the last one out), so the value and caret stay put.
   */
  private readonly handleBeforeInput = (event: InputEvent): void => {
    const input = event.target as HTMLInputElement;
    const field = input.id as CardField;
    if (field === 'holderName' || event.inputType !== 'insertText' || event.data === null) return;
    const data = asciiDigits(event.data);
    // A typed '/' is meaningful in the expiry: '1/' means January.
    const allowed = field === 'expiry' ? /[\d/]/ : /\d/;
    const full = input.selectionStart === input.selectionEnd && digitsOnly(input.value).length >= this.maxDigits(field);
    if (!allowed.test(data) || (full && /\d/.test(data))) event.preventDefault();
  };

  /**
   * Formats what the user typed, pasted or autofilled. An IME's composition is formatted once it
   * ends (`compositionend` comes here too), not under the user's fingers; full-width digits
   * count as digits.
   */
  private readonly handleInput = (event: Event): void => {
    if ((event as InputEvent).isComposing) return;
    const input = event.target as HTMLInputElement;
    const field = input.id as CardField;
    const raw = field === 'holderName' ? input.value : asciiDigits(input.value);
    // Autofill writes the whole value with an `input` event that has no inputType.
    const autofilled = event.type === 'input' && !(event as InputEvent).inputType;
    this.apply(field, input, this.formatterFor(field)(raw, input.selectionStart ?? raw.length), autofilled);
  };

  /** Backspace/Delete over a separator delete the digit beyond it; Enter submits. */
  private readonly handleKeydown = (event: KeyboardEvent): void => {
    if (event.isComposing) return;
    const input = event.target as HTMLInputElement;
    const field = input.id as CardField;
    if (event.key === 'Enter') {
      event.preventDefault();
      this.submit();
      return;
    }
    if (field !== 'number' && field !== 'expiry') return;
    if (event.key !== 'Backspace' && event.key !== 'Delete') return;
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const start = input.selectionStart ?? 0;
    const end = input.selectionEnd ?? start;
    const format = this.formatterFor(field);
    const result = event.key === 'Backspace'
      ? deleteBackward(input.value, start, end, format)
      : deleteForward(input.value, start, end, format);
    event.preventDefault();
    if (result.value === input.value && result.caret === start) return;
    this.apply(field, input, result);
  };

  private readonly handleBlur = (event: FocusEvent): void => {
    const field = (event.target as HTMLInputElement).id as CardField;
    if (!this.dirty.has(field)) return;
    this.dirty.delete(field);
    this.touched = new Set(this.touched).add(field);
    this.notifyChangeIfDifferent();
    this.noteErrors(field);
  };

  // ── Rendering ────────────────────────────────────────────────────────────

  private get buttonLabel(): string {
    if (this.submitLabel) return this.submitLabel;
    const money = this.payAmount;
    // `locale` is always a tag Intl reads: `localeOf` canonicalises "en_US" and drops garbage.
    return money ? this.t('card.submit.amount', { amount: formatMoney(money, this.locale) }) : this.t('card.submit');
  }

  /** One field: label, input (with its adornment), extra hints, and the error its input is described by. */
  private renderField(spec: FieldSpec, errors: FieldErrors, disabled: boolean): TemplateResult {
    const { field, describedBy = [], placeholder, maxlength, adornment, extra = nothing } = spec;
    const error = errors[field];
    const numeric = field !== 'holderName';
    const input = html`<input
      id=${field}
      part="input ${PART[field]}-input"
      type="text"
      inputmode=${numeric ? 'numeric' : nothing}
      autocomplete=${AUTOCOMPLETE[field]}
      autocorrect="off"
      autocapitalize=${numeric ? 'off' : 'words'}
      spellcheck="false"
      placeholder=${placeholder ?? nothing}
      maxlength=${maxlength ?? nothing}
      aria-invalid=${error ? 'true' : 'false'}
      aria-describedby=${[...describedBy, error && `${field}-error`].filter(Boolean).join(' ')}
      .value=${live(this.values[field])}
      ?disabled=${disabled}
      @beforeinput=${this.handleBeforeInput}
      @input=${this.handleInput}
      @compositionend=${this.handleInput}
      @keydown=${this.handleKeydown}
      @blur=${this.handleBlur}
    />`;
    return html`<div part="field" class="field field--${PART[field]}">
      <label part="label" for=${field}>${this.t(`card.${field}.label`)}</label>
      ${adornment ? html`<div class="control">${input}${adornment}</div>` : input}
      ${extra}
      <div id="${field}-error" part="error" class="error">${error ? this.errorMessage(field, error) : nothing}</div>
    </div>`;
  }

  protected override render(): TemplateResult {
    const brand = this.brand;
    const errors = this.visibleErrors();
    const disabled = this.isDisabled || this.pending;
    const accepted = this.selectedBrands.accepted;
    const brandName = brand ? this.t(`brand.${brand}`) : '';
    const brandLabel = brand ? this.t('card.brand.detected', { brand: brandName }) : this.t('card.brand.unknown');
    const acceptedHint = accepted?.length
      ? html`<div id="accepted" part="hint" class="accepted">
          ${this.t('card.accepted', { brands: accepted.map((b) => this.t(`brand.${b}`)).join(', ') })}
        </div>`
      : nothing;

    return html`
      <form part="form" novalidate aria-busy=${this.pending ? 'true' : 'false'} @submit=${(e: Event) => e.preventDefault()}>
        ${this.renderField({
          field: 'number',
          describedBy: [brand && 'brand', !!accepted?.length && 'accepted'],
          adornment: html`<span class="brand">${brandMark('brand', brand, brandLabel, brandName)}</span>`,
          extra: acceptedHint,
        }, errors, disabled)}
        ${this.renderField({ field: 'expiry', placeholder: this.t('card.expiry.placeholder') }, errors, disabled)}
        ${this.renderField({
          field: 'cvv',
          describedBy: ['cvv-hint'],
          maxlength: this.cvvLength,
          extra: html`<div id="cvv-hint" part="hint" class="hint">${this.t(brand === 'amex' ? 'card.cvv.hint.amex' : 'card.cvv.hint')}</div>`,
        }, errors, disabled)}
        ${this.hideHolderName ? nothing : this.renderField({ field: 'holderName' }, errors, disabled)}

        <slot></slot>

        <button part="button" type="button" ?disabled=${disabled} @click=${() => this.submit()}>
          ${this.pending ? html`<span part="spinner" class="spinner" aria-hidden="true"></span>` : nothing}
          <span>${this.pending ? this.t('card.pending') : this.buttonLabel}</span>
        </button>
        <div id="pending" class="visually-hidden" role="status">${this.pending ? this.t('card.pending') : nothing}</div>
      </form>
      <div id="announcer" class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.announcement}</div>
    `;
  }
}

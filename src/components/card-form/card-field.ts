import { html, nothing, type TemplateResult } from 'lit';
import type { CardBrand, CardField } from '../../core/types.js';
import type { CardInputHandler } from './card-input.js';
import type { CardValues } from './card-state.js';

/** What the four fields of `<pay-card-form>` show now; everything else in them is static. */
export interface CardFieldsView {
  labels: Record<CardField, string>;
  values: CardValues;
  /** The visible error of each field (none: no error shown). */
  errors: Partial<Record<CardField, string>>;
  disabled: boolean;
  /** Ids describing the number input besides its error (the brand mark, the accepted brands). */
  numberDescribedBy: string;
  /** The detected brand, null while unknown, and its mark's accessible name and visible name. */
  brand: CardBrand | null;
  brandLabel: string;
  brandName: string;
  /** The accepted brands line under the number, or nothing. */
  acceptedHint: TemplateResult | typeof nothing;
  expiryPlaceholder: string;
  cvvHint: string;
  hideHolderName: boolean;
  /** The form's `aria-busy`. */
  pending: boolean;
  /** What follows the fields in the `<form>`: the slot, the submit error, the button. */
  formEnd: TemplateResult;
}

/** The `aria-describedby` of an input: its other descriptions, then its error while one shows. */
const describedBy = (ids: string, field: CardField, error?: string): string =>
  error ? (ids ? `${ids} ${field}-error` : `${field}-error`) : ids;

/** A field's error, only while it has one: an empty one costs every form an element to clone and style. */
const fieldError = (field: CardField, error?: string): TemplateResult | typeof nothing =>
  error ? html`<div id=${`${field}-error`} part="error" class="error">${error}</div>` : nothing;

/** The inner form never submits itself: the element submits (see `submit()`). */
const preventDefault = (event: Event): void => event.preventDefault();

/**
 * The card form's `<form>` with its four fields: label, input (the number with its brand mark), hints, and the error each
 * input is described by (read with the field, not a live region of its own). Digit fields are
 * `dir="ltr"`: card numbers, dates and codes read left to right on every page.
 *
 * One template with the fields written out: what never changes is static markup, cloned with
 * the template, instead of ~20 bindings per input (mounting many forms is measured, issue 6).
 * The brand mark (see brand-mark.ts) is written out here too: one template to clone per form.
 * Text goes in with `.textContent` (no marker comment and text node per string), and input
 * events are listened to on the `<form>` (see `CardInputHandler`).
 *
 * `.value` is a plain binding, not `live()`: every edit is written into the input and into
 * `values` together (`apply` in card-form.ts), so the input never holds a value Lit's last one
 * doesn't know, except an IME composition in progress, which a re-render must not overwrite.
 */
export function renderCardFields(view: CardFieldsView, edits: CardInputHandler): TemplateResult {
  const { labels, values, errors, disabled, brand } = view;
  // prettier-ignore
  return html`<form part="form" novalidate aria-busy=${view.pending ? 'true' : 'false'} @submit=${preventDefault}
@beforeinput=${edits.beforeInput} @input=${edits.input} @compositionend=${edits.input} @keydown=${edits.keydown} @focusin=${edits.focus} @focusout=${edits.blur}
><div part="field" class="field field--number"><label part="label" for="number" .textContent=${labels.number}></label><div class="control"><input id="number" part="input number-input" type="text" dir="ltr" inputmode="numeric" autocomplete="cc-number" autocorrect="off" autocapitalize="off" spellcheck="false" aria-invalid=${errors.number ? 'true' : 'false'} aria-describedby=${describedBy(view.numberDescribedBy, 'number', errors.number)} .value=${values.number} ?disabled=${disabled}><span id="brand" part="brand" role="img" class="brand brand-mark brand-mark--${brand ?? 'unknown'}" aria-label=${view.brandLabel}>${
  brand ? html`<span aria-hidden="true">${view.brandName}</span>` : nothing}</span></div>${view.acceptedHint}${fieldError('number', errors.number)}</div
><div part="field" class="field field--expiry"><label part="label" for="expiry" .textContent=${labels.expiry}></label><input id="expiry" part="input expiry-input" type="text" dir="ltr" inputmode="numeric" autocomplete="cc-exp" autocorrect="off" autocapitalize="off" spellcheck="false" placeholder=${view.expiryPlaceholder} aria-invalid=${errors.expiry ? 'true' : 'false'} aria-describedby=${describedBy('', 'expiry', errors.expiry)} .value=${values.expiry} ?disabled=${disabled}>${fieldError('expiry', errors.expiry)}</div
><div part="field" class="field field--cvv"><label part="label" for="cvv" .textContent=${labels.cvv}></label><input id="cvv" part="input cvv-input" type="text" dir="ltr" inputmode="numeric" autocomplete="cc-csc" autocorrect="off" autocapitalize="off" spellcheck="false" maxlength="4" aria-invalid=${errors.cvv ? 'true' : 'false'} aria-describedby=${describedBy('cvv-hint', 'cvv', errors.cvv)} .value=${values.cvv} ?disabled=${disabled}><div id="cvv-hint" part="hint" class="hint" .textContent=${view.cvvHint}></div>${fieldError('cvv', errors.cvv)}</div
><div part="field" class="field field--holder" ?hidden=${view.hideHolderName}><label part="label" for="holderName" .textContent=${labels.holderName}></label><input id="holderName" part="input holder-input" type="text" autocomplete="cc-name" autocorrect="off" autocapitalize="words" spellcheck="false" aria-invalid=${errors.holderName ? 'true' : 'false'} aria-describedby=${describedBy('', 'holderName', errors.holderName)} .value=${values.holderName} ?disabled=${disabled}>${fieldError('holderName', errors.holderName)}</div>${view.formEnd}</form>`;
}

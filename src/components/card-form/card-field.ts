import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { CardField } from '../../core/types.js';
import type { CardInputHandler } from './card-input.js';

/** Each field's `autocomplete` token. */
const AUTOCOMPLETE: Record<CardField, string> = { number: 'cc-number', expiry: 'cc-exp', cvv: 'cc-csc', holderName: 'cc-name' };

/** Each field's name in its wrapper's class (`field--holder`) and its input's part (`holder-input`). */
const PART: Record<CardField, string> = { number: 'number', expiry: 'expiry', cvv: 'cvv', holderName: 'holder' };

/** One field of `<pay-card-form>` as rendered: what sets it apart, and what it shows now. */
export interface CardFieldView {
  field: CardField;
  label: string;
  value: string;
  /** The error message showing now, or "". */
  error: string;
  disabled: boolean;
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
 * One field: label, input (with its adornment), extra hints, and the error its input is
 * described by (read with the field, not a live region of its own). Digit fields are
 * `dir="ltr"`: card numbers, dates and codes read left to right on every page.
 */
export function renderCardField(view: CardFieldView, edits: CardInputHandler): TemplateResult {
  const { field, describedBy = [], placeholder, maxlength, adornment, extra = nothing, error } = view;
  const numeric = field !== 'holderName';
  const input = html`<input
    id=${field}
    part="input ${PART[field]}-input"
    type="text"
    dir=${numeric ? 'ltr' : nothing}
    inputmode=${numeric ? 'numeric' : nothing}
    autocomplete=${AUTOCOMPLETE[field]}
    autocorrect="off"
    autocapitalize=${numeric ? 'off' : 'words'}
    spellcheck="false"
    placeholder=${placeholder ?? nothing}
    maxlength=${maxlength ?? nothing}
    aria-invalid=${error ? 'true' : 'false'}
    aria-describedby=${[...describedBy, error && `${field}-error`].filter(Boolean).join(' ')}
    .value=${live(view.value)}
    ?disabled=${view.disabled}
    @beforeinput=${edits.beforeInput}
    @input=${edits.input}
    @compositionend=${edits.input}
    @keydown=${edits.keydown}
    @focus=${edits.focus}
    @blur=${edits.blur}
  />`;
  return html`<div part="field" class="field field--${PART[field]}">
    <label part="label" for=${field}>${view.label}</label>
    ${adornment ? html`<div class="control">${input}${adornment}</div>` : input}
    ${extra}
    <div id="${field}-error" part="error" class="error">${error || nothing}</div>
  </div>`;
}

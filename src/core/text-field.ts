import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { FieldInputHandler } from './field-input.js';

/** One plain text field of a pay form as the shopper sees it now (the card form's formatted fields are its own). */
export interface TextFieldView {
  /** The input's id (the field's name for `FieldInputHandler`); its hint and error are `<id>-hint` and `<id>-error`. */
  id: string;
  /** The input's part besides `input` (`sender-input`). */
  part: string;
  label: string;
  hint: string;
  /** What the field holds: written with `live`, so the caret stays where the shopper put it. */
  value: string;
  /** The error message showing now, or "". */
  error: string;
  disabled: boolean;
  autocomplete: string;
  /** Account numbers and references read left to right on every page. */
  ltr?: boolean;
  inputmode?: string;
  autocapitalize?: string;
  /** Ids that also describe the input, after its hint and error (a live breakdown). */
  describedBy?: string;
}

/**
 * A `.field` of the shared form styles: label, input, hint, and the error its input is described
 * by (read with the field, not a live region of its own). Used by `<pay-bank-transfer>` and
 * `<pay-voucher-choice>`, listening through a `FieldInputHandler`.
 */
export function renderTextField(view: TextFieldView, edits: FieldInputHandler<string>): TemplateResult {
  const { id, error } = view;
  const describedBy = [`${id}-hint`, error && `${id}-error`, view.describedBy].filter(Boolean).join(' ');
  // prettier-ignore
  return html`<div part="field" class="field"><label part="label" for=${id} .textContent=${view.label}></label><input id=${id} part="input ${view.part}" type="text" dir=${view.ltr ? 'ltr' : nothing} inputmode=${view.inputmode ?? nothing} autocomplete=${view.autocomplete} autocorrect="off" autocapitalize=${view.autocapitalize ?? nothing} spellcheck="false" aria-invalid=${error ? 'true' : 'false'} aria-describedby=${describedBy} .value=${live(view.value)} ?disabled=${view.disabled} @input=${edits.input} @compositionend=${edits.input} @keydown=${edits.keydown} @blur=${edits.blur}><div id="${id}-hint" part="hint" class="hint" .textContent=${view.hint}></div><div id="${id}-error" part="error" class="error" .textContent=${error}></div></div>`;
}

const preventDefault = (event: Event): void => event.preventDefault();

/**
 * The inner `<form>` of a pay form with plain fields (`content`: its fields and `renderFormEnd()`):
 * it never submits itself — the element submits (see `PayFormControl.submit()`) — and is
 * `aria-busy` while `pending`.
 */
export const renderPlainForm = (pending: boolean, content: unknown): TemplateResult =>
  html`<form part="form" novalidate aria-busy=${pending ? 'true' : 'false'} @submit=${preventDefault}>${content}</form>`;

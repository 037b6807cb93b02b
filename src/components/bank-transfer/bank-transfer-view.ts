/**
 * The pieces `<pay-bank-transfer>` renders: the beneficiary details with their copy buttons,
 * one form field, the submitted notice. Every provider-supplied string goes through a text
 * binding: markup in it stays text.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { BankTransferInputHandler } from './bank-transfer-input.js';
import type { BankTransferField } from './bank-transfer-state.js';
import type { DetailRow } from './bank-details.js';

/** Each field's input part (`sender-input`, `reference-input`). */
const PART: Record<BankTransferField, string> = { senderAccountNumber: 'sender', transactionReference: 'reference' };

export interface DetailsView {
  rows: DetailRow[];
  /** The label of each row, from the catalog. */
  label: (row: DetailRow) => string;
  /** The copy button's accessible name ("Copy IBAN"). */
  copyLabel: (row: DetailRow) => string;
  /** The button's visible text: "Copy", or "Copied" just after a copy. */
  copyText: (row: DetailRow) => string;
  copy: (row: DetailRow) => void;
  title: string;
  intro: string;
}

export function renderDetails(view: DetailsView): TemplateResult {
  return html`<div part="details" class="details">
    <p part="title" class="title">${view.title}</p>
    <p part="intro" class="hint">${view.intro}</p>
    <dl>
      ${view.rows.map((row) => html`<div part="detail" class="detail detail--${row.key}">
        <dt part="detail-label">${view.label(row)}</dt>
        <dd part="detail-value">
          ${row.ltr ? html`<span class="value" dir="ltr">${row.display}</span>` : html`<bdi class="value">${row.display}</bdi>`}
          <button part="copy-button" class="copy" type="button" aria-label=${view.copyLabel(row)}
            @click=${() => view.copy(row)}>${view.copyText(row)}</button>
        </dd>
      </div>`)}
    </dl>
  </div>`;
}

/** One field of the form as the shopper sees it now. */
export interface BankFieldView {
  field: BankTransferField;
  label: string;
  hint: string;
  value: string;
  /** The error message showing now, or "". */
  error: string;
  disabled: boolean;
}

/**
 * Label, input, hint, and the error its input is described by (read with the field, not a
 * live region of its own). Account numbers and references read left to right on every page.
 */
export function renderBankField(view: BankFieldView, edits: BankTransferInputHandler): TemplateResult {
  const { field, error } = view;
  return html`<div part="field" class="field">
    <label part="label" for=${field}>${view.label}</label>
    <input
      id=${field}
      part="input ${PART[field]}-input"
      type="text"
      dir="ltr"
      autocomplete="off"
      autocorrect="off"
      autocapitalize="characters"
      spellcheck="false"
      aria-invalid=${error ? 'true' : 'false'}
      aria-describedby=${error ? `${field}-hint ${field}-error` : `${field}-hint`}
      .value=${live(view.value)}
      ?disabled=${view.disabled}
      @input=${edits.input}
      @compositionend=${edits.input}
      @keydown=${edits.keydown}
      @blur=${edits.blur}
    />
    <div id="${field}-hint" part="hint" class="hint">${view.hint}</div>
    <div id="${field}-error" part="error" class="error">${error || nothing}</div>
  </div>`;
}

/** Says the details were received and that the payment is not confirmed yet. Focused when shown. */
export function renderSubmitted(title: string, body: string): TemplateResult {
  return html`<div part="submitted" class="submitted" id="submitted" tabindex="-1">
    <p class="title">${title}</p>
    <p>${body}</p>
  </div>`;
}

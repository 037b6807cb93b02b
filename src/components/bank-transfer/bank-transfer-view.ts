/**
 * The pieces `<pay-bank-transfer>` renders: the beneficiary details with their copy buttons,
 * one form field, the submitted notice. Every provider-supplied string goes through a text
 * binding: markup in it stays text.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { Translator } from '../../core/messages.js';
import type { BankTransferInputHandler } from './bank-transfer-input.js';
import type { BankTransferField } from './bank-transfer-state.js';
import type { DetailKey, DetailRow } from './bank-details.js';

/** Each field's input part (`sender-input`, `reference-input`). */
const PART: Record<BankTransferField, string> = { senderAccountNumber: 'sender', transactionReference: 'reference' };

/**
 * The account to pay into, each row with its copy button: named "Copy IBAN" (or "Copied IBAN"
 * just after a copy of `copied`), its visible text "Copy" or "Copied".
 */
export function renderDetails(rows: DetailRow[], t: Translator, copied: DetailKey | null, copy: (row: DetailRow) => void): TemplateResult {
  return html`<div part="details" class="details">
    <p part="title" class="title">${t('bank.details.title')}</p>
    <p part="intro" class="hint">${t('bank.details.intro')}</p>
    <dl>
      ${rows.map((row) => {
        const detail = t(`bank.details.${row.key}`);
        const done = copied === row.key;
        return html`<div part="detail" class="detail detail--${row.key}">
        <dt part="detail-label">${detail}</dt>
        <dd part="detail-value">
          ${row.ltr ? html`<span class="value" dir="ltr">${row.display}</span>` : html`<bdi class="value">${row.display}</bdi>`}
          <button part="copy-button" class="copy" type="button" aria-label=${t(done ? 'bank.copy.done.label' : 'bank.copy.label', { detail })}
            @click=${() => copy(row)}>${t(done ? 'bank.copy.done' : 'bank.copy')}</button>
        </dd>
      </div>`;
      })}
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
export function renderSubmitted(t: Translator): TemplateResult {
  return html`<div part="submitted" class="submitted" id="submitted" tabindex="-1">
    <p class="title">${t('bank.submitted.title')}</p>
    <p>${t('bank.submitted.body')}</p>
  </div>`;
}

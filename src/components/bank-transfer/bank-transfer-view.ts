/**
 * The pieces `<pay-bank-transfer>` renders besides its fields: the beneficiary details with
 * their copy buttons, the submitted notice. Every provider-supplied string goes through a text
 * binding: markup in it stays text.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Translator } from '../../core/messages.js';
import type { DetailKey, DetailRow } from './bank-details.js';

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
          <bdi class="value" dir=${row.ltr ? 'ltr' : nothing}>${row.display}</bdi>
          <button part="copy-button" class="copy" type="button" aria-label=${t(done ? 'bank.copy.done.label' : 'bank.copy.label', { detail })}
            @click=${() => copy(row)}>${t(done ? 'bank.copy.done' : 'bank.copy')}</button>
        </dd>
      </div>`;
      })}
    </dl>
  </div>`;
}

/** Says the details were received and that the payment is not confirmed yet. Focused when shown. */
export function renderSubmitted(t: Translator): TemplateResult {
  return html`<div part="submitted" class="submitted" id="submitted" tabindex="-1">
    <p class="title">${t('bank.submitted.title')}</p>
    <p>${t('bank.submitted.body')}</p>
  </div>`;
}

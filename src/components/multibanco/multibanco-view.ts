/**
 * The pieces `<pay-multibanco>` renders: the reference's details with their copy buttons, and
 * the payment's progress (watching, stopped with "Check again", unavailable). Digits read left
 * to right on every page; provider strings are text bindings, never markup.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Translator } from '../../core/messages.js';
import { formatMoney, toMajorString } from '../../core/money.js';
import type { MultibancoReference } from '../../providers/sibs/sibs-reference.js';
import { groupReference } from './reference-format.js';

export type ReferenceDetailKey = 'entity' | 'reference' | 'amount' | 'expiry';

export interface ReferenceDetailRow {
  key: ReferenceDetailKey;
  /** As shown: `123 456 789`, `€12.50`, a long date. */
  display: string;
  /** What the copy button copies (digits only, a plain decimal), or null for no button. */
  copy: string | null;
  /** Digits that read left to right. */
  ltr: boolean;
}

/** The reference's details in reading order, as shown (in `locale`) and copied: what the panel shows and the announcement says. */
export function referenceRows(reference: MultibancoReference, locale: string): ReferenceDetailRow[] {
  return [
    { key: 'entity', display: reference.entity, copy: reference.entity, ltr: true },
    { key: 'reference', display: groupReference(reference.reference), copy: reference.reference, ltr: true },
    { key: 'amount', display: formatMoney(reference.amount, locale), copy: toMajorString(reference.amount), ltr: false },
    { key: 'expiry', display: new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short' }).format(reference.expiresAt), copy: null, ltr: false },
  ];
}

/** The details, each with its copy button, named "Copy Reference" (or "Copied Reference" just after). */
export function renderReferenceDetails(
  rows: ReferenceDetailRow[], t: Translator, copied: ReferenceDetailKey | null, copy: (row: ReferenceDetailRow) => void,
): TemplateResult {
  return html`<div part="details" class="panel details" id="details" tabindex="-1" role="group" aria-labelledby="details-title">
    <p part="title" class="title" id="details-title">${t('multibanco.details.title')}</p>
    <p part="intro" class="hint">${t('multibanco.details.intro')}</p>
    <dl>
      ${rows.map((row) => {
        const detail = t(`multibanco.details.${row.key}`);
        const done = copied === row.key;
        return html`<div part="detail" class="detail detail--${row.key}">
        <dt part="detail-label">${detail}</dt>
        <dd part="detail-value">
          <bdi class="value" dir=${row.ltr ? 'ltr' : nothing}>${row.display}</bdi>
          ${row.copy === null ? nothing : html`<button part="copy-button" class="copy" type="button"
            aria-label=${t(done ? 'multibanco.copy.done.label' : 'multibanco.copy.label', { detail })}
            @click=${() => copy(row)}>${t(done ? 'multibanco.copy.done' : 'multibanco.copy')}</button>`}
        </dd>
      </div>`;
      })}
    </dl>
  </div>`;
}

export type WatchState = 'watching' | 'stopped' | 'unavailable';

/**
 * What happens now: the payment may take days, said plainly; while the status is watched, a
 * progress line; once the watch stops, why, and "Check again".
 */
export function renderProgress(watch: WatchState, t: Translator, checkAgain: () => void): TemplateResult {
  return html`<div part="progress" class="panel progress" id="progress" tabindex="-1">
    <p>${t('multibanco.waiting')}</p>
    ${watch === 'watching'
      ? html`<p part="watching" class="watching"><span part="spinner" class="spinner" aria-hidden="true"></span>${t('multibanco.watching')}</p>`
      : watch === 'stopped'
        ? html`<p part="stopped">${t('multibanco.stopped')}</p>
          <button part="check-button" class="secondary" type="button" @click=${checkAgain}>${t('multibanco.checkAgain')}</button>`
        : nothing}
  </div>`;
}

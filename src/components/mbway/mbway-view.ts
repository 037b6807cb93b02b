/**
 * The pieces `<pay-mbway>` renders: the phone field, the waiting panel with its countdown, the
 * success notice. Numbers and the countdown read left to right on every page.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { FieldInputHandler } from '../../core/field-input.js';
import type { Translator } from '../../core/messages.js';
import { formatClock, isoDuration } from './countdown.js';

export type MbwayField = 'phone';

export interface PhoneFieldView {
  value: string;
  /** The error showing now, or "". */
  error: string;
  disabled: boolean;
}

/**
 * Label, the +351 prefix (shown, not typed: typing it too is fine), input, hint, and the error
 * the input is described by.
 */
export function renderPhoneField(view: PhoneFieldView, t: Translator, edits: FieldInputHandler<MbwayField>): TemplateResult {
  const { error } = view;
  return html`<div part="field" class="field">
    <label part="label" for="phone">${t('mbway.phone.label')}</label>
    <div class="phone" dir="ltr">
      <span part="prefix" class="prefix" aria-hidden="true">${t('mbway.phone.prefix')}</span>
      <input
        id="phone"
        part="input phone-input"
        type="tel"
        inputmode="tel"
        dir="ltr"
        autocomplete="tel"
        spellcheck="false"
        aria-invalid=${error ? 'true' : 'false'}
        aria-describedby=${error ? 'phone-hint phone-error' : 'phone-hint'}
        .value=${live(view.value)}
        ?disabled=${view.disabled}
        @input=${edits.input}
        @compositionend=${edits.input}
        @keydown=${edits.keydown}
        @blur=${edits.blur}
      />
    </div>
    <div id="phone-hint" part="hint" class="hint">${t('mbway.phone.hint')}</div>
    <div id="phone-error" part="error" class="error">${error || nothing}</div>
  </div>`;
}

export interface WaitingView {
  /** The number the request went to, as written (`912 345 678`). */
  phone: string;
  /** Whole seconds left. */
  remaining: number;
  locale: string;
}

/**
 * What the shopper does now (approve in the app), where the request went, and the time left.
 * The countdown is a `timer` (not live: its announcements are the element's, at intervals).
 * Focused when shown, so keyboard and screen reader users land on it.
 */
export function renderWaiting(view: WaitingView, t: Translator): TemplateResult {
  const clock = formatClock(view.remaining, view.locale);
  return html`<div part="waiting" class="panel waiting" id="waiting" tabindex="-1" role="group" aria-labelledby="waiting-title">
    <p part="title" class="title" id="waiting-title">${t('mbway.waiting.title')}</p>
    <p>${t('mbway.waiting.body', { phone: `\u2066+351 ${view.phone}\u2069` })}</p>
    <p part="countdown" class="countdown" role="timer">
      <span>${t('mbway.waiting.time')}</span>
      <time dir="ltr" datetime=${isoDuration(view.remaining)}>${clock}</time>
    </p>
    ${view.remaining === 0 ? html`<p part="checking" class="hint">${t('mbway.checking')}</p>` : nothing}
  </div>`;
}

/** The approved payment. Focused when shown. */
export function renderSucceeded(t: Translator): TemplateResult {
  return html`<p part="success" class="panel success" id="success" tabindex="-1">${t('mbway.succeeded')}</p>`;
}

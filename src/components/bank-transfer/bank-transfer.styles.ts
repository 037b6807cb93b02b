import { css } from 'lit';
import { formStyles } from '../../core/form-styles.js';

/**
 * Styles of `<pay-bank-transfer>`: the shared form styles, then the beneficiary details with
 * their copy buttons and the submitted notice, through the card form's `--pay-*` properties
 * where they mean the same thing.
 */
export const bankTransferStyles = [formStyles, css`
  :host {
    display: grid;
    gap: calc(var(--pay-spacing, 0.75rem) * 1.5);
  }

  p {
    margin: 0;
  }

  .title {
    font-weight: var(--pay-button-font-weight, 600);
  }

  .details,
  .submitted,
  .unavailable {
    display: grid;
    gap: calc(var(--pay-spacing, 0.75rem) / 1.5);
    padding: var(--pay-spacing, 0.75rem);
    background: var(--pay-color-panel-background, #f6f7f9);
    border: var(--pay-border-width, 1px) solid var(--pay-color-border, #767676);
    border-radius: var(--pay-radius, 6px);
  }

  .unavailable {
    color: var(--pay-color-error, #b3261e);
  }

  .submitted:focus-visible {
    outline: none;
    box-shadow: 0 0 0 var(--pay-focus-ring-width, 3px) var(--pay-focus-ring-color, rgb(10 88 202 / 0.35));
  }

  dl {
    display: grid;
    gap: calc(var(--pay-spacing, 0.75rem) / 2);
    margin: 0;
  }

  .detail {
    display: grid;
    grid-template-columns: minmax(7rem, auto) 1fr;
    align-items: center;
    gap: var(--pay-spacing, 0.75rem);
  }

  dt {
    font-size: var(--pay-label-font-size, 0.875rem);
    font-weight: var(--pay-label-font-weight, 500);
    color: var(--pay-color-label, inherit);
  }

  dd {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: 0.5rem;
    margin: 0;
    min-width: 0;
  }

  .value {
    overflow-wrap: anywhere;
    font-variant-numeric: tabular-nums;
    /* One click selects the whole value, for copying by hand when the clipboard is refused. */
    user-select: all;
  }

  /* Account numbers and references read left to right, aligned to the page's start. */
  :host(:dir(rtl)) [dir='ltr'] {
    text-align: right;
  }

  /* Typed account numbers and references keep the font's own digits. */
  .field input {
    font-variant-numeric: normal;
  }

  .copy {
    flex: none;
    min-height: 2rem;
    min-width: 4.5rem;
    padding: 0.25rem 0.75rem;
    font-size: var(--pay-hint-font-size, 0.8125rem);
    color: var(--pay-color-primary, #0a58ca);
    background: var(--pay-color-input-background, #fff);
    border: var(--pay-border-width, 1px) solid currentColor;
  }
`];
